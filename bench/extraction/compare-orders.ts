/**
 * How `npm run bench:compare` turns its two processes' figures into one. In one process the
 * extractor bundle imported second runs 8–16% slower than the first, whichever it is (measured
 * on 2026-12-07 with the same bundle imported twice), so each process imports the two bundles
 * in one order and the other process in the other; the geometric mean of the two ratios
 * cancels the order's share. Timing each page by both bundles in turn, not a whole pass of one
 * then of the other, shrinks that share too: the same bundle against itself gave 0.990 and 1.002
 * in the two processes (2 rounds, load 3.7), where whole passes had left them 12–20% apart.
 */

/** One process's result: each bundle's CPU in every timed pass over the pages, in milliseconds. */
export interface OrderRun {
  readonly baseMs: readonly number[];
  readonly headMs: readonly number[];
}

/**
 * Which bundle runs a page first: the two alternate from page to page (`round + page`), so that
 * neither always inherits the other's garbage or cache.
 *
 * @param step - the round's number plus the page's, from 0
 * @returns `base` or `head`
 */
export function firstOfRound(step: number): 'base' | 'head' {
  return step % 2 === 0 ? 'base' : 'head';
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
