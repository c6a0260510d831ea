/**
 * Token buckets per API key: each request takes a token; tokens come back at the publisher's
 * rate up to its burst. In a Lambda each instance keeps its own buckets (the API Gateway stage's
 * throttling bounds the total); locally one process holds them all.
 */
import type { RateLimit } from '../publishers/publisher.ts';

interface Bucket {
  tokens: number;
  at: number;
}

/** Most buckets kept; the least recently used is forgotten beyond it. */
const MAX_BUCKETS = 10_000;

/**
 * Rate limiting per key.
 *
 * @example
 * const limiter = new RateLimiter();
 * const wait = limiter.take('key-id', { perSecond: 20, burst: 40 }); // 0: allowed
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #now: () => number;

  /** @param now - the clock in ms @default Date.now */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /**
   * Takes a token of the key's bucket.
   *
   * @param id - the key
   * @param rate - the publisher's rate and burst
   * @returns 0 when allowed, else the seconds until a token is back (for `Retry-After`)
   */
  take(id: string, rate: RateLimit): number {
    const now = this.#now();
    const bucket = this.#buckets.get(id) ?? { tokens: rate.burst, at: now };
    this.#buckets.delete(id);
    bucket.tokens = Math.min(
      rate.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * rate.perSecond,
    );
    bucket.at = now;
    this.#buckets.set(id, bucket);
    if (this.#buckets.size > MAX_BUCKETS) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest !== undefined) this.#buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate.perSecond));
  }
}
