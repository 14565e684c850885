import { describe, expect, it } from 'vitest';
import {
  afterPasswordReset,
  DELAY_SECONDS,
  delayAfter,
  type FailureState,
  isLocked,
  LOCK_AFTER,
  LOCK_SECONDS,
  NO_FAILURES,
  onClock,
  recordFailure,
  recordSuccess,
  whenAllowed,
} from './lockout';

const T0 = Date.UTC(2026, 10, 23, 5, 0, 0);
const s = (seconds: number) => seconds * 1000;

/** `count` wrong passwords, each typed as soon as it is allowed. */
function failTimes(count: number, from = NO_FAILURES, start = T0): { state: FailureState; now: number } {
  let state = from;
  let now = start;
  for (let i = 0; i < count; i++) {
    const allowance = whenAllowed(state, now);
    if (!allowance.allowed) now += s(allowance.waitSeconds);
    state = recordFailure(state, now);
  }
  return { state, now };
}

describe('the sign-in failure policy', () => {
  it('lets anyone in at first', () => {
    expect(whenAllowed(NO_FAILURES, T0)).toEqual({ allowed: true });
  });

  it('forgives three typos, then waits 5, 15, 30, 60, 120 and 300 seconds', () => {
    const waits: number[] = [];
    let state = NO_FAILURES;
    let now = T0;
    for (let i = 1; i < LOCK_AFTER; i++) {
      state = recordFailure(state, now);
      const allowance = whenAllowed(state, now);
      waits.push(allowance.allowed ? 0 : allowance.waitSeconds);
      if (!allowance.allowed) {
        expect(allowance.locked).toBe(false);
        now += s(allowance.waitSeconds);
      }
    }
    expect(waits).toEqual([0, 0, 0, 5, 15, 30, 60, 120, 300]);
    expect(waits).toEqual([...DELAY_SECONDS]);
  });

  it('counts down the wait in whole seconds, rounding up, and allows at its end', () => {
    const { state, now } = failTimes(4);
    expect(whenAllowed(state, now)).toEqual({ allowed: false, waitSeconds: 5, locked: false });
    expect(whenAllowed(state, now + 1)).toEqual({ allowed: false, waitSeconds: 5, locked: false });
    expect(whenAllowed(state, now + s(4))).toEqual({ allowed: false, waitSeconds: 1, locked: false });
    expect(whenAllowed(state, now + s(4.5))).toEqual({ allowed: false, waitSeconds: 1, locked: false });
    expect(whenAllowed(state, now + s(5))).toEqual({ allowed: true });
  });

  it(`locks after ${LOCK_AFTER} wrong passwords in a row for ${LOCK_SECONDS / 60} minutes`, () => {
    const { state, now } = failTimes(LOCK_AFTER);
    expect(isLocked(state)).toBe(true);
    expect(whenAllowed(state, now)).toEqual({ allowed: false, waitSeconds: LOCK_SECONDS, locked: true });
    expect(whenAllowed(state, now + s(LOCK_SECONDS - 61))).toEqual({ allowed: false, waitSeconds: 61, locked: true });
    expect(whenAllowed(state, now + s(LOCK_SECONDS))).toEqual({ allowed: true });
  });

  it('locks again at once for each wrong password after a lock has run out', () => {
    const locked = failTimes(LOCK_AFTER);
    const later = locked.now + s(LOCK_SECONDS);
    const again = recordFailure(locked.state, later);
    expect(again.failures).toBe(LOCK_AFTER + 1);
    expect(whenAllowed(again, later)).toEqual({ allowed: false, waitSeconds: LOCK_SECONDS, locked: true });
  });

  it('clears everything on the correct password', () => {
    const { state, now } = failTimes(6);
    expect(whenAllowed(state, now).allowed).toBe(false);
    // The correct password is only checked once the wait is over; then the count starts afresh.
    const cleared = recordSuccess();
    expect(cleared).toEqual(NO_FAILURES);
    expect(whenAllowed(recordFailure(cleared, now), now)).toEqual({ allowed: true });
  });

  it('lifts a lock when an akim or head resets the password', () => {
    const { state, now } = failTimes(LOCK_AFTER);
    expect(whenAllowed(state, now).allowed).toBe(false);
    expect(whenAllowed(afterPasswordReset(), now)).toEqual({ allowed: true });
  });

  it('keeps each user apart: the state is per user and nothing else is shared', () => {
    const a = failTimes(5).state;
    const b = NO_FAILURES;
    expect(whenAllowed(a, T0).allowed).toBe(false);
    expect(whenAllowed(b, T0)).toEqual({ allowed: true });
  });

  it('never blocks longer than the policy when the PC clock was turned back', () => {
    const { state, now } = failTimes(4); // 5 s to wait
    const dayEarlier = now - s(24 * 3600);
    expect(whenAllowed(state, dayEarlier)).toEqual({ allowed: false, waitSeconds: 5, locked: false });
    expect(onClock(state, dayEarlier).blockedUntil).toBe(dayEarlier + s(5));
    expect(onClock(state, now)).toBe(state);
    expect(whenAllowed(onClock(state, dayEarlier), dayEarlier + s(5))).toEqual({ allowed: true });
  });

  it('has the wait for any count, negative and beyond the table included', () => {
    expect(delayAfter(-1)).toBe(0);
    expect(delayAfter(0)).toBe(0);
    expect(delayAfter(4)).toBe(5);
    expect(delayAfter(LOCK_AFTER - 1)).toBe(300);
    expect(delayAfter(LOCK_AFTER)).toBe(LOCK_SECONDS);
    expect(delayAfter(1000)).toBe(LOCK_SECONDS);
  });
});
