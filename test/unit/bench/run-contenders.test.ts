import { describe, expect, it, vi } from 'vitest';

// Records every forced collection, in order with the contenders' runs.
const events: string[] = [];
vi.mock('../../../bench/lib/measure.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../bench/lib/measure.ts')>();
  return {
    ...actual,
    collectGarbage: () => events.push('gc'),
    HeapPeak: class {
      constructor() {
        events.push('gc');
      }
      sample(): void {}
      get peakBytes(): number {
        return 1;
      }
    },
  };
});

const { runContenders } = await import('../../../bench/extraction/run.ts');

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
