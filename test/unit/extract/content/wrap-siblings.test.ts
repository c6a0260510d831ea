import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isElement, wrapSiblings } from '../../../../shared/extract/content/dom.ts';
import { linksHold } from '../tree-shape.ts';

const child = fc.constantFrom(
  '<p>a</p>',
  '<div>b</div>',
  'text',
  ' ',
  '<span>c</span>',
  '<!--x-->',
);

describe('wrapSiblings', () => {
  it("builds what cheerio's wrapAll('<div></div>') builds", () => {
    fc.assert(
      fc.property(
        fc.array(child, { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (children, chosen) => {
          const page = `<section id="s">${children.join('')}</section>`;
          const a = load(page);
          const b = load(page);
          const pick = ($: typeof a): Element[] =>
            ($('#s')[0] as Element).children.filter(
              (c, i): c is Element => isElement(c) && chosen[i] === true,
            );
          const partsA = pick(a);
          if (partsA.length === 0) return;
          a(partsA).wrapAll('<div></div>');
          wrapSiblings(pick(b));
          expect(b.html()).toBe(a.html());
          expect(linksHold(b.root()[0] as AnyNode)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
