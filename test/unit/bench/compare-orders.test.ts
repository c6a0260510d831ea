import { describe, expect, it } from 'vitest';
import {
  combineOrders,
  firstOfRound,
  headOverBase,
} from '../../../bench/extraction/compare-orders.ts';

describe('bench:compare figures', () => {
  it('alternates which bundle runs first from round to round', () => {
    expect([0, 1, 2, 3].map(firstOfRound)).toEqual(['base', 'head', 'base', 'head']);
  });

  it("divides the head's summed CPU by the base's", () => {
    expect(headOverBase({ baseMs: [100, 300], headMs: [150, 250] })).toBeCloseTo(1.0);
  });

  it('cancels a penalty of the bundle imported second by taking both orders', () => {
    // The same code twice: 10% slower whenever it is imported second.
    const baseFirst = { baseMs: [100, 100], headMs: [110, 110] };
    const headFirst = { baseMs: [110, 110], headMs: [100, 100] };
    expect(combineOrders(baseFirst, headFirst)).toBeCloseTo(1.0, 10);
    // A head 20% cheaper, the same penalty on top.
    expect(
      combineOrders({ baseMs: [100], headMs: [88] }, { baseMs: [110], headMs: [80] }),
    ).toBeCloseTo(Math.sqrt(0.88 * (80 / 110)), 10);
  });
});
