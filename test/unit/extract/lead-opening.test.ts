import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstParagraphs } from '../../../shared/extract/lead.ts';

// Texts rich in what splitting depends on: blank lines, lone and tripled newlines, ends.
const text = fc
  .array(fc.constantFrom('\n\n', '\n', '\n\n\n', 'a', 'Tin mới', ' ', 'x'.repeat(40)), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('firstParagraphs', () => {
  it("gives the body's first paragraphs as splitting it whole on blank lines does", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 5 }), (body, count) => {
        expect(firstParagraphs(body, count)).toEqual(body.split('\n\n').slice(0, count));
      }),
    );
  });

  it('gives the whole text as the one paragraph of a body without blank lines', () => {
    expect(firstParagraphs('', 3)).toEqual(['']);
    expect(firstParagraphs('one line\nand another', 3)).toEqual(['one line\nand another']);
  });

  it('stops after the paragraphs asked for', () => {
    expect(firstParagraphs('a\n\nb\n\nc\n\nd', 3)).toEqual(['a', 'b', 'c']);
  });
});
