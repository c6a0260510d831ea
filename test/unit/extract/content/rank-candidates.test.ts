import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, Scoring } from '../../../../shared/extract/content/score.ts';
import { rankCandidates } from '../../../../shared/extract/content/select.ts';

function scoringOf(entries: readonly { name: string; score: number }[]): Scoring {
  const candidates = new Map<Element, Candidate>();
  for (const [i, { name, score }] of entries.entries()) {
    // The index tells apart candidates that look the same.
    const el = { name, startIndex: i } as Element;
    candidates.set(el, { el, score });
  }
  return { stats: new Map(), candidates, h1s: [], named: [] };
}

describe('rankCandidates', () => {
  it('gives the first five of a stable sort by score, highest first, body and html left out', () => {
    const entry = fc.record({
      name: fc.constantFrom('div', 'p', 'body', 'html', 'article'),
      score: fc.oneof(
        fc.integer({ min: -5, max: 5 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
      ),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
        const scoring = scoringOf(entries);
        const sorted = [...scoring.candidates.values()]
          .filter((c) => c.el.name !== 'body' && c.el.name !== 'html')
          .sort((a, b) => b.score - a.score)
          .slice(0, 5);
        expect(rankCandidates(scoring)).toEqual(sorted);
      }),
    );
  });

  it('keeps equally scored candidates in the order they were scored', () => {
    const scoring = scoringOf([
      { name: 'div', score: 3 },
      { name: 'p', score: 7 },
      { name: 'article', score: 3 },
    ]);
    expect(rankCandidates(scoring).map((c) => c.el.name)).toEqual(['p', 'div', 'article']);
  });
});
