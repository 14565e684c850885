// Staff changes and the sign-in check (KDF hashing, so never inside a live query).
// Every change is an event of the unit's stream written by the signed-in user.
import type { Session } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { db } from '@renderer/db/database';
import type { Role, UserRow } from '@renderer/db/schema';
import { writeContextFor } from '@renderer/features/district/device';
import { addUser, changeStaff, setPassword, type StaffContext } from './staff-store';
import { checkSignIn, clearSignInFailures, signInAllowance, type SignInResult } from './lockout-store';
import type { Allowance } from '@shared/staff/lockout';
import { needsRehash } from '@shared/staff/password';

type Who = Pick<Session, 'settings' | 'user'>;
/** A write context in the name of `who.user`, on this PC, now. */
export const contextOf = (who: Who): StaffContext => writeContextFor(db, who.settings, who.user, localMoment());

/** Adds a colleague; refused with StaffNotAllowedError unless the signed-in user may manage staff. */
export function addColleague(who: Who, user: { name: string; role: Role; password: string }): Promise<UserRow> {
  return addUser(contextOf(who), user, who.user);
}

export function changeColleague(who: Who, userId: string, change: { role: Role } | { deactivate: true }): Promise<void> {
  return changeStaff(contextOf(who), userId, change);
}

/** The akim or head sets a new password for a colleague who forgot theirs; this PC lifts the colleague's lock. */
export async function resetPassword(who: Who, userId: string, password: string): Promise<void> {
  await setPassword(contextOf(who), userId, password, true);
  await clearSignInFailures(db, userId);
}

/** The signed-in person changes their own password; the current one is checked (and counted) as at sign-in. */
export async function changeOwnPassword(who: Who, current: string, next: string): Promise<SignInResult> {
  const checked = await checkSignIn(db, who.user.id, current);
  if (checked.kind === 'signed-in') await setPassword(contextOf(who), who.user.id, next, false);
  return checked;
}

/**
 * The user when the password matches; a wrong one is counted, and after several the user must wait (lockout-store.ts).
 * A person whose hash an earlier build made (PBKDF2, or weaker scrypt) gets a new one on this sign-in, as their own change.
 */
export async function signInCheck(userId: string, password: string): Promise<SignInResult> {
  const result = await checkSignIn(db, userId, password);
  if (result.kind === 'signed-in' && needsRehash(result.user.password)) {
    const settings = await db.settings.get('office');
    // Best effort: signing in never fails because the stronger hash could not be written now; the next sign-in tries again.
    if (settings) await setPassword(contextOf({ settings, user: result.user }), userId, password, false).catch(() => undefined);
  }
  return result;
}

/** Whether the user may try a password now, or how long they must wait. */
export function signInWait(userId: string): Promise<Allowance> {
  return signInAllowance(db, userId);
}
