// Wrong passwords per user on this PC (policy: shared/staff/lockout.ts), kept in the
// `meta` table so a restart does not forgive them: `signin-failures:<userId>` holds the
// count, `signin-blocked-until:<userId>` the moment (ms) before which no password of
// that user is checked. The sign-in check goes through here; nothing is ever logged.
import type { AkimatDb, UserRow } from '@renderer/db/schema';
import {
  afterPasswordReset,
  type Allowance,
  type FailureState,
  NO_FAILURES,
  onClock,
  recordFailure,
  recordSuccess,
  whenAllowed,
} from '@shared/staff/lockout';
import { checkPassword } from './staff-store';

const failuresKey = (userId: string) => `signin-failures:${userId}`;
const blockedUntilKey = (userId: string) => `signin-blocked-until:${userId}`;

export type Clock = () => number;

export async function loadFailures(db: AkimatDb, userId: string): Promise<FailureState> {
  const [failures, blockedUntil] = await Promise.all([db.meta.get(failuresKey(userId)), db.meta.get(blockedUntilKey(userId))]);
  if (!failures && !blockedUntil) return NO_FAILURES;
  return { failures: failures?.value ?? 0, blockedUntil: blockedUntil?.value ?? 0 };
}

async function saveFailures(db: AkimatDb, userId: string, state: FailureState): Promise<void> {
  if (state.failures === 0 && state.blockedUntil === 0) {
    await db.meta.bulkDelete([failuresKey(userId), blockedUntilKey(userId)]);
    return;
  }
  await db.meta.bulkPut([
    { key: failuresKey(userId), value: state.failures },
    { key: blockedUntilKey(userId), value: state.blockedUntil },
  ]);
}

/** Whether the user may try a password now (a block beyond what the policy allows — clock turned back — is shortened and saved). */
export async function signInAllowance(db: AkimatDb, userId: string, now: Clock = Date.now): Promise<Allowance> {
  return db.transaction('rw', db.meta, async () => {
    const state = await loadFailures(db, userId);
    const at = now();
    const seen = onClock(state, at);
    if (seen !== state) await saveFailures(db, userId, seen);
    return whenAllowed(seen, at);
  });
}

export type SignInResult =
  | { kind: 'signed-in'; user: UserRow }
  /** The password was checked and is wrong; `next` says when the next one will be. */
  | { kind: 'wrong'; next: Allowance }
  /** The password was not checked: the user must wait (or is locked). */
  | { kind: 'wait'; next: Extract<Allowance, { allowed: false }> };

// One check at a time: attempts fired together must not all pass the allowance before the first failure is counted.
let checking: Promise<unknown> = Promise.resolve();

/** Checks the password unless the user must wait; counts a wrong one, clears the count on the right one. */
export function checkSignIn(db: AkimatDb, userId: string, password: string, now: Clock = Date.now): Promise<SignInResult> {
  const result = checking.then(() => checkOnce(db, userId, password, now));
  checking = result.catch(() => undefined);
  return result;
}

async function checkOnce(db: AkimatDb, userId: string, password: string, now: Clock): Promise<SignInResult> {
  const before = await signInAllowance(db, userId, now);
  if (!before.allowed) return { kind: 'wait', next: before };
  // Hashing takes a quarter of a second and yields, so it stays outside the transactions.
  const user = await checkPassword(db, userId, password);
  if (user) {
    await saveFailures(db, userId, recordSuccess());
    return { kind: 'signed-in', user };
  }
  if (!(await db.users.get(userId))) return { kind: 'wrong', next: { allowed: true } };
  const next = await db.transaction('rw', db.meta, async () => {
    const at = now();
    const state = recordFailure(await loadFailures(db, userId), at);
    await saveFailures(db, userId, state);
    return whenAllowed(state, at);
  });
  return { kind: 'wrong', next };
}

/** For the password reset by an akim or head: the user's count and any lock are gone. */
export async function clearSignInFailures(db: AkimatDb, userId: string): Promise<void> {
  await saveFailures(db, userId, afterPasswordReset());
}
