// Staff changes and the sign-in check (WebCrypto, so never inside a live query).
import type { Role, UserRow } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { addUser, checkPassword } from './staff-store';

/** Adds a colleague; refused with StaffNotAllowedError unless `by` may manage staff. */
export function addColleague(user: { name: string; role: Role; password: string }, by: Pick<UserRow, 'role'>): Promise<UserRow> {
  return addUser(db, user, by);
}

/** The user when the password matches, otherwise null. */
export function signInCheck(userId: string, password: string): Promise<UserRow | null> {
  return checkPassword(db, userId, password);
}
