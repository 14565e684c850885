// Staff changes and the sign-in check (hashing takes a while, so never inside a live query).
import type { Role, UserRow } from '@renderer/db/schema';
import { db } from '@renderer/db/database';
import { addUser } from './staff-store';
import { checkSignIn, signInAllowance, type SignInResult } from './lockout-store';
import type { Allowance } from '@shared/staff/lockout';

/** Adds a colleague; refused with StaffNotAllowedError unless `by` may manage staff. */
export function addColleague(user: { name: string; role: Role; password: string }, by: Pick<UserRow, 'role'>): Promise<UserRow> {
  return addUser(db, user, by);
}

/** The user when the password matches; a wrong one is counted, and after several the user must wait (lockout-store.ts). */
export function signInCheck(userId: string, password: string): Promise<SignInResult> {
  return checkSignIn(db, userId, password);
}

/** Whether the user may try a password now, or how long they must wait. */
export function signInWait(userId: string): Promise<Allowance> {
  return signInAllowance(db, userId);
}
