import { describe, expect, it } from 'vitest';
import { runContenders } from '../../../bench/extraction/run.ts';

// The contenders' runs and the heap measurements (each starts with a forced collection), in order.
const events: string[] = [];

function contender(id: string) {
  return {
    id,
    label: id,
    scored: false,
    run(page: { id: string }) {
      events.push(`${id}:${page.id}`);
      return { text: 'x' };
    },
  };
}

/** A heap measurement that records where it starts (where the real one forces a collection). */
function startHeapPeak() {
  events.push('gc');
  return { sample() {}, peakBytes: 1 };
}

const pages = ['p1', 'p2'].map((id) => ({
  id,
  url: `https://example.com/${id}`,
  html: Buffer.from('<p>x</p>'),
  truth: 'x',
}));

describe('runContenders', () => {
  it('warms every contender up with a whole pass, times rounds without forced collections, and measures the heap in a pass of its own', () => {
    events.length = 0;
    const results = runContenders({
      dataDir: '',
      pages,
      allPages: pages,
      contenders: [contender('a'), contender('b')],
      rounds: 2,
      startHeapPeak,
    });
    expect(events).toEqual([
      // warm-up: all pages, each contender
      'a:p1',
      'a:p2',
      'b:p1',
      'b:p2',
      // round 1, then round 2 in the opposite order: no collection forced between passes
      'a:p1',
      'a:p2',
      'b:p1',
      'b:p2',
      'b:p1',
      'b:p2',
      'a:p1',
      'a:p2',
      // the heap passes, each after a full collection
      'gc',
      'a:p1',
      'a:p2',
      'gc',
      'b:p1',
      'b:p2',
    ]);
    expect(results.map((r) => Number.isFinite(r.warmupCpuMsPerPage))).toEqual([true, true]);
    expect(results.map((r) => r.peakHeapBytes)).toEqual([1, 1]);
  });
});
