import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { admit, MemoryRateLimits } from '../../../shared/upload-api/rate-limiter.ts';

describe('admit (GCRA)', () => {
  it('allows a burst at once, then one request per interval', () => {
    const rate = { perSecond: 2, burst: 3 };
    let tat: number | null = null;
    const at = (now: number) => {
      const admission = admit(tat, now, rate);
      if (admission.allowed) tat = admission.tat;
      return admission.allowed ? 0 : admission.retryAfterSeconds;
    };
    expect([at(0), at(0), at(0)]).toEqual([0, 0, 0]);
    expect(at(0)).toBe(1);
    expect(at(500)).toBe(0);
    expect(at(500)).toBe(1);
  });

  it('says how many whole seconds to wait, at least one', () => {
    const slow = { perSecond: 0.1, burst: 1 };
    const first = admit(null, 0, slow);
    expect(first.allowed).toBe(true);
    const second = admit(first.allowed ? first.tat : 0, 0, slow);
    expect(second).toEqual({ allowed: false, retryAfterSeconds: 10 });
    const later = admit(first.allowed ? first.tat : 0, 9_500, slow);
    expect(later).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(admit(first.allowed ? first.tat : 0, 10_000, slow).allowed).toBe(true);
  });

  it('never allows more than the burst plus the rate over any window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 300 }),
        (perSecond, burst, gaps) => {
          const rate = { perSecond, burst };
          let tat: number | null = null;
          let now = 0;
          const allowedAt: number[] = [];
          for (const gap of gaps) {
            now += gap;
            const admission = admit(tat, now, rate);
            if (admission.allowed) {
              tat = admission.tat;
              allowedAt.push(now);
            }
          }
          for (let i = 0; i < allowedAt.length; i++) {
            for (let j = i; j < allowedAt.length; j++) {
              const window = (allowedAt[j] as number) - (allowedAt[i] as number);
              expect(j - i + 1).toBeLessThanOrEqual(burst + (window / 1000) * perSecond + 1e-9);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('MemoryRateLimits', () => {
  it('keeps one limit per key', async () => {
    const limits = new MemoryRateLimits(() => 0);
    const rate = { perSecond: 1, burst: 1 };
    expect(await limits.take('a', rate)).toBe(0);
    expect(await limits.take('b', rate)).toBe(0);
    expect(await limits.take('a', rate)).toBeGreaterThan(0);
  });
});
