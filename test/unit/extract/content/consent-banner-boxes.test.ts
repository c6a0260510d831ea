import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendants } from '../../../../shared/extract/content/dom.ts';
import { boxesWithButtons, isConsentBanner } from '../../../../shared/extract/error-page.ts';

// Blocks rich in what the consent banner's test reads: buttons of every kind, links, the words
// of a notice and of the choices to accept or refuse.
const piece = fc.constantFrom(
  '<button>Accept all</button>',
  '<button>Reject</button>',
  '<a role="button" href="#">Accept</a>',
  '<span role="button">Settings</span>',
  '<input type="submit" value="OK">',
  '<input type="BUTTON" value="Agree">',
  '<input type="text" value="Agree">',
  '<a href="/privacy">Manage privacy settings</a>',
  'We use cookies to improve your experience.',
  'The council met on Tuesday.',
);
const block = fc.letrec<{ box: string }>((tie) => ({
  box: fc.oneof(
    { depthSize: 'small' },
    piece,
    fc
      .array(tie('box'), { maxLength: 4 })
      .chain((parts) =>
        fc.constantFrom('div', 'p', 'section').map((tag) => `<${tag}>${parts.join('')}</${tag}>`),
      ),
  ),
})).box;

describe('the boxes a consent banner may be', () => {
  it('holds every box the consent banner test accepts, among the elements below the root', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (parts) => {
        const $ = load(`<div id="root">${parts.join('')}</div>`);
        const root = $('#root').get(0) as Element;
        const elements = descendants(root);
        const boxes = boxesWithButtons(elements, root);
        for (const el of elements) if (isConsentBanner(el)) expect(boxes.has(el)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out the boxes with fewer than two buttons below them', () => {
    const $ = load(
      '<div id="root"><div id="one"><button>Accept</button><p>cookies</p></div>' +
        '<div id="two"><p><button>Accept</button></p><input type="submit" value="No"></div></div>',
    );
    const root = $('#root').get(0) as Element;
    const boxes = boxesWithButtons(descendants(root), root);
    expect([...boxes].map((b) => b.attribs.id)).toEqual(['two']);
  });
});
