import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DateKeys,
  FIRST_PUBLISHED,
  MODIFIED,
  PUBLISHED,
} from '../../../shared/extract/embedded-dates.ts';

const KEY_SETS: [string, DateKeys][] = [
  ['first published', FIRST_PUBLISHED],
  ['published', PUBLISHED],
  ['modified', MODIFIED],
];

describe('the keys of embedded dates', () => {
  it.each(KEY_SETS)('gives each %s key a part that the script must hold', (_, set) => {
    for (const key of set.keys) expect(set.parts.some((part) => key.includes(part))).toBe(true);
  });

  it.each(KEY_SETS)('finds a %s key only in a script that holds one of the parts', (_, set) => {
    const piece = fc.oneof(
      fc.constantFrom(...set.keys, '"', "'", '\\"', ': ', ':', '"2024-05-06T07:08:09Z"'),
      fc.constantFrom('1714979289', '1714979289000', 'publi', 'Date', 'modif', 'pdate', ', '),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        const pattern = new RegExp(set.pattern.source, 'g');
        if (pattern.test(text)) expect(set.parts.some((part) => text.includes(part))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
