// What a command needs to write events: who, where, when. Built from the session
// by commands (never by screens), with the app's one database connection.
import type { EventActor } from '@shared/case';
import type { WriteContext } from '@renderer/db/case-store';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import type { UserRow } from '@renderer/db/schema';
import type { Session } from './session';

export function actorOf(user: UserRow): EventActor {
  return { id: user.id, name: user.name, role: user.role };
}

/** What a write needs: who, where, when (now, in the office's local time). */
export function writeContextOf(session: Pick<Session, 'settings' | 'user'>, now = new Date()): WriteContext {
  return { db, office: session.settings, actor: actorOf(session.user), at: localMoment(now) };
}
