/**
 * Rate limiting per API key, as the generic cell rate algorithm (GCRA): a key's whole state is
 * one instant, its "theoretical arrival time" (TAT). Each request moves the TAT one interval
 * (1 s / rate) past the later of itself and now, and is allowed while the TAT stays within
 * `burst` intervals of now. That is a token bucket of `burst` tokens refilled at the rate, kept
 * in one number, so every function instance can share it through one conditional write
 * (`DynamoRateLimits` in `shared/adapters/dynamo/`); {@link MemoryRateLimits} keeps it in one
 * process.
 */
import type { RateLimit } from '../publishers/publisher.ts';

/** The outcome of one request under {@link admit}. */
export type Admission =
  | { readonly allowed: true; readonly tat: number }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Decides one request.
 *
 * @param tat - the key's TAT in ms, or null for a key never seen (or long idle)
 * @param now - the time in ms
 * @param rate - the publisher's rate and burst
 * @returns allowed with the key's new TAT, or refused with the whole seconds until a request
 *   would be allowed (at least 1, for `Retry-After`)
 */
export function admit(tat: number | null, now: number, rate: RateLimit): Admission {
  const interval = 1000 / rate.perSecond;
  const next = Math.max(tat ?? now, now) + interval;
  const over = next - now - rate.burst * interval;
  if (over <= 0) return { allowed: true, tat: next };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(over / 1000)) };
}

/** The rate limits of every key, wherever they are kept. */
export interface RateLimits {
  /**
   * Counts one request of a key.
   *
   * @param id - the key
   * @param rate - the publisher's rate and burst
   * @returns 0 when allowed, else the seconds until a request would be allowed (`Retry-After`)
   */
  take(id: string, rate: RateLimit): Promise<number>;
}

/** Most keys kept in memory; the least recently used is forgotten beyond it. */
const MAX_KEYS = 10_000;

/**
 * Rate limits kept in one process (unit tests; a single instance).
 *
 * @example
 * const limits = new MemoryRateLimits();
 * const wait = await limits.take('key-id', { perSecond: 20, burst: 40 }); // 0: allowed
 */
export class MemoryRateLimits implements RateLimits {
  readonly #tats = new Map<string, number>();
  readonly #now: () => number;

  /** @param now - the clock in ms @default Date.now */
  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  async take(id: string, rate: RateLimit): Promise<number> {
    const admission = admit(this.#tats.get(id) ?? null, this.#now(), rate);
    if (!admission.allowed) return admission.retryAfterSeconds;
    this.#tats.delete(id);
    this.#tats.set(id, admission.tat);
    if (this.#tats.size > MAX_KEYS) {
      const oldest = this.#tats.keys().next().value;
      if (oldest !== undefined) this.#tats.delete(oldest);
    }
    return 0;
  }
}
