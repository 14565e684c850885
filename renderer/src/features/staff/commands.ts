// Staff changes and the sign-in check (KDF hashing, so never inside a live query).
// Every change is an event of the unit's stream written by the signed-in user.
import type { Session } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import type { Role, UserRow } from '@renderer/db/schema';
import { writeContextFor } from '@renderer/features/district/device';
import { addUser, changeStaff, checkPassword, setPassword, type StaffContext } from './staff-store';

type Who = Pick<Session, 'settings' | 'user'>;
const contextOf = (who: Who): StaffContext => writeContextFor(db, who.settings, who.user, localMoment());

/** Adds a colleague; refused with StaffNotAllowedError unless the signed-in user may manage staff. */
export function addColleague(who: Who, user: { name: string; role: Role; password: string }): Promise<UserRow> {
  return addUser(contextOf(who), user, who.user);
}

export function changeColleague(who: Who, userId: string, change: { role: Role } | { deactivate: true }): Promise<void> {
  return changeStaff(contextOf(who), userId, change);
}

/** The akim or head sets a new password for a colleague who forgot theirs. */
export function resetPassword(who: Who, userId: string, password: string): Promise<void> {
  return setPassword(contextOf(who), userId, password, true);
}

/** The signed-in person changes their own password; false when the current one is wrong. */
export async function changeOwnPassword(who: Who, current: string, next: string): Promise<boolean> {
  if (!(await checkPassword(db, who.user.id, current))) return false;
  await setPassword(contextOf(who), who.user.id, next, false);
  return true;
}

/** The user when the password matches, otherwise null. */
export function signInCheck(userId: string, password: string): Promise<UserRow | null> {
  return checkPassword(db, userId, password);
}
