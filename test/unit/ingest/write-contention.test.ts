import { describe, expect, it } from 'vitest';
import { contentionDelayMs } from '../../../shared/adapters/dynamo/write-contention.ts';

describe('the wait after a lost conditional write', () => {
  const longest = (attempt: number) => contentionDelayMs(attempt, () => 0.999_999);

  it('is random between nothing and a cap', () => {
    expect(contentionDelayMs(3, () => 0)).toBe(0);
    expect(contentionDelayMs(3, () => 0.5)).toBe(20);
  });

  it('doubles its cap with every lost attempt, from 10 ms up to one second', () => {
    const caps = [1, 2, 3, 4, 5, 6, 7, 8, 12].map((attempt) => Math.round(longest(attempt)));
    expect(caps).toEqual([10, 20, 40, 80, 160, 320, 640, 1000, 1000]);
  });
});
