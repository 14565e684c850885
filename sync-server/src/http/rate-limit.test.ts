import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from './rate-limit';

describe('TokenBucketLimiter', () => {
  it('limits a key to its burst, then refills at its rate', () => {
    let t = 0;
    const limiter = new TokenBucketLimiter(2, 3, () => t);
    expect([1, 2, 3, 4].map(() => limiter.take('a').ok)).toEqual([true, true, true, false]);
    expect(limiter.take('a').retryAfterSeconds).toBe(1);
    t += 500;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('forgets addresses once their bucket is full again: 300,000 addresses keep a bounded table', () => {
    let t = 0;
    // Full again after 3 s (burst 60 at 20/s); one new address every millisecond.
    const limiter = new TokenBucketLimiter(20, 60, () => t);
    let largest = 0;
    for (let i = 0; i < 300_000; i++) {
      t += 1;
      limiter.take(`enroll:10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      largest = Math.max(largest, limiter.size);
    }
    expect(largest).toBeLessThanOrEqual(3_001);
    t += 3_000;
    limiter.take('device:0101-A');
    expect(limiter.size).toBe(1);
  });

  it('drops the longest-idle entries past maxEntries, keeping a busy key limited', () => {
    const t = 0;
    const limiter = new TokenBucketLimiter(1, 2, () => t, 1000);
    limiter.take('busy');
    limiter.take('busy');
    for (let i = 0; i < 50_000; i++) {
      limiter.take(`stranger:${i}`);
      if (i % 100 === 0) expect(limiter.take('busy').ok).toBe(false);
    }
    expect(limiter.size).toBeLessThanOrEqual(1000);
  });

  it('gives a token back on refund, never beyond the burst', () => {
    const t = 0;
    const limiter = new TokenBucketLimiter(1, 2, () => t);
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
    limiter.refund('a');
    expect([1, 2].map(() => limiter.take('a').ok)).toEqual([true, false]);
    limiter.refund('b');
    limiter.refund('a');
    limiter.refund('a');
    limiter.refund('a');
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, false]);
  });
});
