import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../shared/upload-api/rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows a burst, then asks to retry once a token is back', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    const rate = { perSecond: 2, burst: 3 };
    expect([1, 2, 3].map(() => limiter.take('k', rate))).toEqual([0, 0, 0]);
    expect(limiter.take('k', rate)).toBe(1);
    now = 500;
    expect(limiter.take('k', rate)).toBe(0);
    expect(limiter.take('k', rate)).toBe(1);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter(() => 0);
    const rate = { perSecond: 1, burst: 1 };
    expect(limiter.take('a', rate)).toBe(0);
    expect(limiter.take('b', rate)).toBe(0);
    expect(limiter.take('a', rate)).toBeGreaterThan(0);
  });
});
