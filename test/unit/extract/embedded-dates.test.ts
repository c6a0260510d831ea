import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DateKeys,
  FIRST_PUBLISHED,
  keyMatches,
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

  /** Pieces of a script: the keys, quotes, values, parts of keys, anything. */
  const pieces = (set: DateKeys) =>
    fc.array(
      fc.oneof(
        fc.constantFrom(...set.keys, '"', "'", '\\"', ': ', ':', '"2024-05-06T07:08:09Z"'),
        fc.constantFrom('1714979289', '1714979289000', 'publi', 'Date', 'modif', 'pdate', ', '),
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...set.keys.flatMap((key) => [`\\"${key}\\":`, `'${key}': `])),
        fc.constantFrom('\\"2024-05-06 07:08\\"', "'2024-05-06T07:08:09Z'"),
      ),
      { maxLength: 24 },
    );

  it.each(KEY_SETS)('finds a %s key only in a script that holds one of the parts', (_, set) => {
    fc.assert(
      fc.property(pieces(set), (parts) => {
        const text = parts.join('');
        const pattern = new RegExp(set.pattern.source, 'g');
        if (pattern.test(text)) expect(set.parts.some((part) => text.includes(part))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(KEY_SETS)('finds the %s keys where a search of the whole script does', (_, set) => {
    const whole = new RegExp(set.pattern.source, 'g');
    const found = (matches: Iterable<RegExpExecArray>) =>
      [...matches].map((m) => [m.index, m[0], m[1], m[2]]);
    fc.assert(
      fc.property(pieces(set), (parts) => {
        const text = parts.join('');
        expect(found(keyMatches(text, set))).toEqual(found(text.matchAll(whole)));
      }),
      { numRuns: 5000 },
    );
  });
});
