// Who is at the counter: the office settings of this PC and the signed-in user.
// The user is remembered for this window only (sessionStorage).
import { createContext, useContext, type ReactNode } from 'react';
import type { OfficeSettings, UserRow } from '@renderer/db/schema';

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

/** This PC's settings where a user is signed in; undefined on the start screens. */
export function useSignedInSettings(): OfficeSettings | undefined {
  return useContext(SessionContext)?.settings;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in screen');
  return session;
}
