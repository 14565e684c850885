// Who is at the counter: the office settings of this PC and the signed-in user.
// The user is remembered for this window only (sessionStorage).
import { createContext, useContext, type ReactNode } from 'react';
import type { EventActor } from '@shared/case';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';
import type { WriteContext } from '@renderer/db/case-store';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';

export interface Session {
  settings: OfficeSettings;
  user: UserRow;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);
export const SESSION_KEY = 'akimat.userId';

export function SessionProvider({ value, children }: { value: Session; children: ReactNode }) {
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}

export function actorOf(user: UserRow): EventActor {
  return { id: user.id, name: user.name, role: user.role };
}

/** What a write needs: who, where, when (now, in the office's local time). */
export function writeContextOf(session: Session, now = new Date()): WriteContext {
  return { db, office: session.settings, actor: actorOf(session.user), at: localMoment(now) };
}
