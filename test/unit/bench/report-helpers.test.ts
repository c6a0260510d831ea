import { describe, expect, it } from 'vitest';
import { diffPassages } from '../../../bench/extraction/passages.ts';
import { median, percentile } from '../../../bench/lib/measure.ts';
import { renderTable } from '../../../bench/lib/table.ts';

describe('diffPassages', () => {
  it('reports the tail the extractor missed and the text it added', () => {
    const { missed, extra } = diffPassages(
      'one two three four five six',
      'Share this one two three four',
    );
    expect(missed).toEqual([{ start: 4, length: 2, text: 'five six' }]);
    expect(extra).toEqual([{ start: 0, length: 2, text: 'Share this' }]);
  });

  it('reports nothing when the texts share every token run', () => {
    expect(diffPassages('a b c d e', 'a, b; c d e.')).toEqual({ missed: [], extra: [] });
  });
});

describe('renderTable', () => {
  it('pads columns, right-aligns numbers and prints missing cells as a dash', () => {
    const table = renderTable(
      [{ header: 'name' }, { header: 'F1', format: (v) => v.toFixed(2) }],
      [
        ['readability', 0.9471],
        ['x', null],
      ],
    );
    expect(table.split('\n')).toEqual([
      'name         F1',
      '-----------  ----',
      'readability  0.95',
      'x               –',
    ]);
  });
});

describe('percentile and median', () => {
  it('picks by nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
  });

  it('takes the mean of the middle two for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
