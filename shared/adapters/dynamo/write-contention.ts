/**
 * Waiting after a lost race. Conditional writes (optimistic locking) fail when another writer
 * changed the item first; the loser reads again and retries. Writers racing for one hot item
 * (an article that pages under several keys update at once) must spread out, or they collide
 * again in step and give up: each waits a random time up to a cap that doubles with every lost
 * attempt ("full jitter" exponential backoff).
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** The cap of the first wait. */
const FIRST_CAP_MS = 10;
/** The largest cap. */
const MAX_CAP_MS = 1_000;

/**
 * How long to wait after the `attempt`-th lost race (1 for the first).
 *
 * @param attempt - the number of the attempt that lost
 * @param random - a number in [0, 1); `Math.random` by default
 * @returns milliseconds, in [0, min(1000, 10 × 2^(attempt − 1)))
 */
export function contentionDelayMs(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(MAX_CAP_MS, FIRST_CAP_MS * 2 ** (attempt - 1));
}

/**
 * Waits after the `attempt`-th lost race (see {@link contentionDelayMs}).
 *
 * @param attempt - the number of the attempt that lost
 */
export async function afterLostRace(attempt: number): Promise<void> {
  await sleep(contentionDelayMs(attempt));
}
