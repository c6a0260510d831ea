/**
 * How `npm run bench:compare` turns its two processes' figures into one. In one process the
 * extractor bundle imported second runs 8–16% slower than the first, whichever it is (measured
 * on 2026-12-07 with the same bundle imported twice), so each process imports the two bundles
 * in one order and the other process in the other; the geometric mean of the two ratios
 * cancels the order's share.
 */

/** One process's result: the CPU of every timed pass of each bundle, in milliseconds. */
export interface OrderRun {
  readonly baseMs: readonly number[];
  readonly headMs: readonly number[];
}

/**
 * Which bundle a round runs first: the two alternate from round to round, so that neither
 * always inherits the other's garbage.
 *
 * @param round - the round's number, from 0
 * @returns `base` or `head`
 */
export function firstOfRound(round: number): 'base' | 'head' {
  return round % 2 === 0 ? 'base' : 'head';
}

/**
 * The head's CPU over the base's in one process: summed over its timed passes.
 *
 * @param run - the passes of one process
 * @returns head ÷ base
 */
export function headOverBase(run: OrderRun): number {
  const sum = (ms: readonly number[]) => ms.reduce((total, x) => total + x, 0);
  return sum(run.headMs) / sum(run.baseMs);
}

/**
 * The head's CPU over the base's, the import order's share cancelled.
 *
 * @param baseFirst - the process that imported the base first
 * @param headFirst - the process that imported the head first
 * @returns the geometric mean of the two processes' head ÷ base
 */
export function combineOrders(baseFirst: OrderRun, headFirst: OrderRun): number {
  return Math.sqrt(headOverBase(baseFirst) * headOverBase(headFirst));
}
