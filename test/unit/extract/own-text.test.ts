import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownText } from '../../../shared/extract/content/dom.ts';
import { indexPage } from '../../../shared/extract/page-index.ts';

describe('ownText', () => {
  it('joins the text nodes of an element by a space, as filtering its children does', () => {
    const piece = fc.constantFrom(
      '<p>',
      '</p>',
      '<b>',
      '</b>',
      '<!-- c -->',
      '<br>',
      'Đăng',
      ' ',
      '',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        for (const el of indexPage(load(`<div>${pieces.join('x')}</div>`)).elements) {
          const joined = el.children
            .filter((c) => c.type === 'text')
            .map((c) => c.data)
            .join(' ');
          expect(ownText(el)).toBe(joined);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
