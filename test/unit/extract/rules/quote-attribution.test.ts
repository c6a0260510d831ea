import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://example.org/news/helpline';

const OPENING =
  '<p>The council has opened a new helpline for carers, which will be staffed every day by people who have cared for a relative themselves.</p><p>Residents were consulted last year and most supported the plan, the council said in a statement on Tuesday.</p>';
const CLOSING =
  '<p>The number to call is 0800 808 7777, and the line is open every day of the week.</p>';
const QUOTE =
  '<p>"When I was caring for my dad I didn\'t know who to ask. I want other carers to have someone on the end of the phone who gets it."</p>';

const page = (quote: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New helpline for carers</title></head><body><main><article><h1>New helpline for carers</h1>${OPENING}${quote}${CLOSING}</article></main><footer><p>© County Council. All rights reserved.</p></footer></body></html>`;

describe("rule: a quotation's attribution in its <footer> or <cite> stays with the quotation", () => {
  it.each([
    [
      'a <footer> in the <blockquote>',
      `<blockquote>${QUOTE}<footer>Gwen Parry, helpline adviser</footer></blockquote>`,
    ],
    [
      'a <footer> with a <cite> in the <blockquote>',
      `<blockquote>${QUOTE}<footer>— <cite>Gwen Parry, helpline adviser</cite></footer></blockquote>`,
    ],
    [
      'a <footer> in the <figure> around the <blockquote>',
      `<figure class="quote"><blockquote>${QUOTE}</blockquote><footer>Gwen Parry, helpline adviser</footer></figure>`,
    ],
  ])('keeps %s', (_what, quote) => {
    const { contentText, contentHtml } = extractArticle(page(quote), { url: URL });
    expect(contentHtml).toMatch(
      /<p>(?:— )?(?:<cite>)?Gwen Parry, helpline adviser(?:<\/cite>)?<\/p>/,
    );
    expect(contentText).toMatch(
      /gets it\."\n\n(?:— )?Gwen Parry, helpline adviser\n\nThe number to call/,
    );
  });

  it('still drops a pull quote with its attribution when a paragraph says its words', () => {
    const said =
      '<p>"When I was caring for my dad I didn\'t know who to ask," said Gwen Parry, who now advises callers.</p>';
    const { contentText } = extractArticle(
      page(
        `${said}<blockquote><p>"When I was caring for my dad I didn't know who to ask."</p><footer>Gwen Parry, helpline adviser</footer></blockquote>`,
      ),
      { url: URL },
    );
    expect(contentText).not.toContain('helpline adviser');
  });

  it("keeps a picture's credit in its <figure>'s footer out of the quotation rule", () => {
    const { contentText } = extractArticle(
      page(
        '<figure><img src="https://example.org/a.jpg" alt=""><footer>Screenshots Instagram/TikTok</footer></figure>',
      ),
      { url: URL },
    );
    expect(contentText).not.toContain('Screenshots');
  });

  it("still drops the page's footer", () => {
    const { contentText } = extractArticle(
      page(`<blockquote>${QUOTE}<footer>Gwen Parry, helpline adviser</footer></blockquote>`),
      { url: URL },
    );
    expect(contentText).not.toContain('All rights reserved');
  });
});
