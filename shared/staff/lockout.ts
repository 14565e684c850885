// Repeated wrong passwords, per user: the first few cost nothing (a typo), then each
// one makes the next attempt wait longer, and after LOCK_AFTER in a row the user is
// locked for LOCK_SECONDS — or until an akim (a head on a district PC) resets the
// password. A correct password clears the count. Times are milliseconds since the epoch.

export interface FailureState {
  /** Wrong passwords in a row since the last success or reset. */
  failures: number;
  /** No attempt is checked before this moment (0: none pending). */
  blockedUntil: number;
}

export type Allowance = { allowed: true } | { allowed: false; waitSeconds: number; locked: boolean };

/** The wait after the n-th wrong password in a row (index n − 1); the LOCK_AFTER-th and later lock instead. */
export const DELAY_SECONDS = [0, 0, 0, 5, 15, 30, 60, 120, 300] as const;
/** Wrong passwords in a row that lock the user. */
export const LOCK_AFTER = 10;
/** How long a lock lasts unless the password is reset sooner. */
export const LOCK_SECONDS = 15 * 60;

export const NO_FAILURES: FailureState = { failures: 0, blockedUntil: 0 };

/** The wait imposed after `failures` wrong passwords in a row. */
export function delayAfter(failures: number): number {
  if (failures <= 0) return 0;
  if (failures >= LOCK_AFTER) return LOCK_SECONDS;
  return DELAY_SECONDS[Math.min(failures, DELAY_SECONDS.length) - 1];
}

export function isLocked(state: FailureState): boolean {
  return state.failures >= LOCK_AFTER;
}

/**
 * The state as this clock sees it: a block can never reach further ahead than the
 * policy allows, so a PC clock turned back (or a wrong date fixed) does not leave
 * someone locked out for days.
 */
export function onClock(state: FailureState, now: number): FailureState {
  const latest = now + delayAfter(state.failures) * 1000;
  return state.blockedUntil > latest ? { ...state, blockedUntil: latest } : state;
}

/** After another wrong password. */
export function recordFailure(state: FailureState, now: number): FailureState {
  const failures = state.failures + 1;
  return { failures, blockedUntil: now + delayAfter(failures) * 1000 };
}

/** After the correct password. */
export function recordSuccess(): FailureState {
  return NO_FAILURES;
}

/** After an akim or head resets the user's password: the lock and the count are gone. */
export function afterPasswordReset(): FailureState {
  return NO_FAILURES;
}

/** Whether a password may be checked now; if not, how many whole seconds are left and whether it is the lock. */
export function whenAllowed(state: FailureState, now: number): Allowance {
  const until = onClock(state, now).blockedUntil;
  if (now >= until) return { allowed: true };
  return { allowed: false, waitSeconds: Math.ceil((until - now) / 1000), locked: isLocked(state) };
}
