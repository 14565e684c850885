// A per-key token bucket kept in this process's memory. Simple on purpose: with
// several server instances each enforces its own budget, which is enough to stop
// a runaway client; a shared limiter can come when a deployment needs it.
// Memory stays bounded: a bucket idle long enough to be full again is the same
// as no bucket and is forgotten, and past `maxEntries` the longest-idle go first.
export interface RateDecision {
  ok: boolean;
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export const DEFAULT_LIMITER_ENTRIES = 100_000;

export class TokenBucketLimiter {
  /** Ordered by last use: the first entries are the longest idle. */
  private readonly buckets = new Map<string, Bucket>();
  /** How long an untouched bucket takes to fill up again, after which it can be dropped. */
  private readonly refillMs: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries: number = DEFAULT_LIMITER_ENTRIES,
  ) {
    this.refillMs = Math.ceil((burst / perSecond) * 1000);
  }

  /** Buckets held right now. */
  get size(): number {
    return this.buckets.size;
  }

  take(key: string): RateDecision {
    const t = this.now();
    this.forgetIdle(t);
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: t };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((t - bucket.at) / 1000) * this.perSecond);
    bucket.at = t;
    // Re-inserting keeps the map in last-use order.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true, retryAfterSeconds: 0 };
    }
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perSecond)) };
  }

  /** Gives back one token taken for `key` (an attempt that turned out not to count), never beyond the burst. */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.burst, bucket.tokens + 1);
  }

  /** Drops buckets full again (idle for refillMs), and the longest idle beyond maxEntries. */
  private forgetIdle(t: number): void {
    for (const [key, bucket] of this.buckets) {
      const full = t - bucket.at >= this.refillMs;
      if (!full && this.buckets.size < this.maxEntries) break;
      this.buckets.delete(key);
    }
  }
}
