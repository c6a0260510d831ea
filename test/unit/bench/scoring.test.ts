import { describe, expect, it } from 'vitest';
import {
  matchShingles,
  scorePage,
  shingles,
  summarize,
  tokenize,
} from '../../../bench/extraction/scoring.ts';

describe('tokenize', () => {
  it('keeps letters, digits and underscores and drops punctuation and spacing', () => {
    expect(tokenize('Hello,   wörld_2! — 3.14')).toEqual(['Hello', 'wörld_2', '3', '14']);
  });

  it('normalizes to NFC so that decomposed Vietnamese stays one token', () => {
    expect(tokenize('Vie\u0302\u0323t Nam')).toEqual(['Việt', 'Nam']);
  });

  it('treats null, undefined and empty text as no tokens', () => {
    expect(tokenize(null)).toEqual([]);
    expect(tokenize(undefined)).toEqual([]);
    expect(tokenize(' .,; ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts every run of four consecutive tokens', () => {
    const counts = shingles(['a', 'b', 'c', 'd', 'e']);
    expect([...counts.values()]).toEqual([1, 1]);
    expect(counts.size).toBe(2);
  });

  it('counts a repeated 4-gram as many times as it occurs', () => {
    expect([...shingles(tokenize('x y z w x y z w')).values()].sort()).toEqual([1, 1, 1, 2]);
  });

  it('makes one short shingle of a text under four tokens and none of an empty one', () => {
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });
});

describe('matchShingles', () => {
  it('normalizes true/false positives and negatives so they sum to 1', () => {
    expect(matchShingles('a b c d e', 'a b c d')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(matchShingles('a b c d', 'a b c d e')).toEqual({ tp: 0.5, fp: 0.5, fn: 0 });
  });

  it('is all zero when both texts are empty', () => {
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('scorePage', () => {
  it('gives precision and recall 1 and an exact match for the same tokens', () => {
    const score = scorePage('Hello,   world — it is', 'Hello world. It is'.replace('It', 'it'));
    expect(score).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true });
  });

  it('compares tokens case-sensitively', () => {
    expect(scorePage('A b c d', 'a b c d')).toMatchObject({
      precision: 0,
      recall: 0,
      exact: false,
    });
  });

  it('gives recall 0 and no precision when the prediction is empty', () => {
    expect(scorePage('a b c d e', '')).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  it('matches repeated passages as multisets, not sets', () => {
    const score = scorePage('x y z w x y z w', 'x y z w');
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.2, 12);
  });

  it('computes the page F1 from its precision and recall', () => {
    // truth: abcd bcde cdef; prediction: abcd bcde xbcd… → 2 shared of 3 each side
    const score = scorePage('a b c d e f', 'a b c d e x');
    expect(score.precision).toBeCloseTo(2 / 3, 12);
    expect(score.recall).toBeCloseTo(2 / 3, 12);
    expect(score.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('summarize', () => {
  it('averages precision only over pages with output and recall over pages with truth', () => {
    const pages = [scorePage('a b c d e', 'a b c d'), scorePage('a b c d e', '')];
    const summary = summarize(pages);
    expect(summary.precision).toBe(1);
    expect(summary.recall).toBe(0.25);
    expect(summary.f1).toBeCloseTo(0.4, 12);
    expect(summary.accuracy).toBe(0);
    expect(summary.pages).toBe(2);
  });

  it('takes F1 from the averages, not the average of page F1s', () => {
    const pages = [scorePage('a b c d e', 'a b c d'), scorePage('a b c d', 'a b c d e')];
    const summary = summarize(pages);
    expect(summary.precision).toBe(0.75);
    expect(summary.recall).toBe(0.75);
    expect(summary.f1).toBeCloseTo(0.75, 12);
  });

  it('counts exact token matches for accuracy', () => {
    expect(summarize([scorePage('a b', 'a, b'), scorePage('a b', 'a c')]).accuracy).toBe(0.5);
  });

  it('returns zeros for no pages', () => {
    expect(summarize([])).toEqual({ pages: 0, precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
