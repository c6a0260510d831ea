import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../shared/extract/from-source.ts';

/** Global patterns: some match empty text, some read pairs of surrogates as one character. */
const PATTERNS = [/\s*[|-]\s*/g, /a*/g, /(?<d>\d+)|x?/gu, /\p{L}*/gu, /(?<=b)c|^/g, /./gsu];

const piece = fc.constantFrom('a', 'b', 'c', '1', '23', ' ', '|', '-', 'x', '😀', '\uD83D', 'é');

describe('the matches of a global pattern read by the pattern itself', () => {
  it('are those matchAll gives, whatever the pattern was last used for', () => {
    const found = (matches: Iterable<RegExpExecArray>) =>
      [...matches].map((m) => [m.index, m[0], m.groups?.d]);
    fc.assert(
      fc.property(
        fc.constantFrom(...PATTERNS),
        fc.array(piece, { maxLength: 12 }),
        fc.nat(5),
        (pattern, pieces, used) => {
          const text = pieces.join('');
          pattern.lastIndex = used;
          const copy = new RegExp(pattern.source, pattern.flags);
          expect(found(matchesOf(pattern, text))).toEqual(found(text.matchAll(copy)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
