// Failed console sign-ins per address, across accounts: the per-account lockout
// (session.ts) stops guessing one password, this stops one address trying a few
// passwords on many accounts. A token bucket in this process's memory (the sync
// server's own limiter, bounded the same way): each attempt takes a token before
// the password is checked, so parallel guesses count too; a successful sign-in
// gives it back. Once an address has spent its budget it is refused with 429 and
// Retry-After until the bucket refills (one attempt per window / budget).
import { type RateDecision, TokenBucketLimiter } from '../http/rate-limit';

/** Failed sign-ins one address may make in a window before it is refused. */
export const FAILURES_PER_ADDRESS = 20;
export const WINDOW_SECONDS = 15 * 60;
/** Addresses remembered at most; past it the longest idle are forgotten. */
export const MAX_ADDRESSES = 10_000;

const positive = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);

export class SignInLimit {
  private readonly limiter: TokenBucketLimiter;

  /** `failures` and `windowSeconds` unset (or not a positive number) take the defaults. */
  constructor(now: () => number = Date.now, failures?: number, windowSeconds?: number, maxEntries = MAX_ADDRESSES) {
    const budget = positive(failures) ?? FAILURES_PER_ADDRESS;
    this.limiter = new TokenBucketLimiter(budget / (positive(windowSeconds) ?? WINDOW_SECONDS), budget, now, maxEntries);
  }

  /** Addresses remembered right now. */
  get size(): number {
    return this.limiter.size;
  }

  /** Before a password is checked: one attempt from the address's budget, refused when it is spent. */
  attempt(address: string): RateDecision {
    return this.limiter.take(address);
  }

  /** A sign-in that succeeded does not count against its address. */
  succeeded(address: string): void {
    this.limiter.refund(address);
  }
}
