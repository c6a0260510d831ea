import { load } from 'cheerio/slim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMainContent, renderContent } from '../../../../shared/extract/content/index.ts';
import { PARAGRAPHS } from './pages.ts';

/** Pieces of real-world HTML, hostile and broken ones included, to assemble pages from. */
const PIECES = [
  ...PARAGRAPHS.map((p) => `<p>${p}`),
  ...PARAGRAPHS.map((p) => `${p}<br><br>`),
  '<div class="content">',
  '<div class="sidebar">',
  '<table><tr><td>',
  '</td></tr></table>',
  '</td>',
  '</div>',
  '<font face="Arial">',
  '</font>',
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(1)">',
  '<img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg">',
  '<a href="javascript:alert(1)">bấm</a>',
  '<a href=" jav&#x09;ascript:alert(1)">bấm</a>',
  '<iframe src="https://evil.example.com/"></iframe>',
  '<iframe src="https://www.youtube.com/embed/abc"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '<style>p{}</style>',
  '<!-- comment -->',
  '<p hidden>ẩn</p>',
  '<h3>Tin liên quan</h3><ul><li><a href="/x">Tin khác</a></li></ul>',
  '<figure><img src="/b.jpg"><figcaption>Chú thích</figcaption></figure>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<object data="x.swf"></object>',
  '<form><input value="x"></form>',
  '&amp;&lt;&#xD800;&#0;',
  '<p',
  '"><',
  '<![CDATA[ x ]]>',
  // Element names that are properties of every object: no lookup by name may take them for a rule.
  '<constructor>',
  '</constructor>',
  '<__proto__ title="x">',
];

describe('findMainContent and renderContent on arbitrary markup', () => {
  it('never throw, never let scripts, handlers or script URLs through, and keep the text format', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const $ = load(`<html><body>${pieces.join('')}</body></html>`);
        const container = findMainContent($, {});
        if (container === null) return;
        const { contentHtml, contentText, images } = renderContent(container, 'https://x.vn/a/');
        expect(contentHtml).not.toMatch(/<script|<style|<svg|<object|<form|<input|<math/i);
        expect(contentHtml).not.toMatch(/\son\w+\s*=/i);
        expect(contentHtml).not.toMatch(/javascript:|data:/i);
        expect(contentHtml).not.toContain('evil.example.com');
        // The text format holds whatever the markup: NFC, paragraphs split by one blank line.
        expect(contentText).toBe(contentText.normalize('NFC'));
        expect(contentText).not.toMatch(/\n{3,}|^\s|\s$/);
        for (const image of images) expect(image.url).toMatch(/^https:\/\/x\.vn\//);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('renderContent on elements named like the properties of every object', () => {
  it.each(['constructor', '__proto__', 'valueof'])(
    'renders <%s> as any unknown element, its text kept',
    (name) => {
      const $ = load(
        `<html><body><article><p>${PARAGRAPHS[0]}</p><${name}>Trong thẻ lạ.</${name}><p>${PARAGRAPHS[1]}</p></article></body></html>`,
      );
      const container = findMainContent($, {});
      expect(container).not.toBeNull();
      const { contentText } = renderContent(
        container as NonNullable<typeof container>,
        'https://x.vn/a/',
      );
      expect(contentText).toContain('Trong thẻ lạ.');
    },
  );
});
