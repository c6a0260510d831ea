import { describe, expect, it } from 'vitest';
import { extractArticle, PageTooComplexError } from '../../../shared/extract/index.ts';
import { checkElementCount, MAX_ELEMENTS } from '../../../shared/extract/limits.ts';
import { parsePage } from '../../../shared/extract/parse-page.ts';
import { buildPage } from './build-page.ts';

/** The size of a page as the parse counts it. */
function sizeOf(html: string): { elements: number; comments: number } {
  return parsePage(html).size;
}

describe('checkElementCount', () => {
  it('accepts a page with exactly the limit of elements', () => {
    const { elements, comments } = sizeOf(`<p>${'<br>'.repeat(9)}</p>`);
    // htmlparser2 adds no implied <html>/<head>/<body>: <p> and 9 <br> are 10 elements.
    expect(() => checkElementCount(elements, comments, 10)).not.toThrow();
  });

  it('rejects a page with one element more than the limit, naming both numbers', () => {
    const { elements, comments } = sizeOf(`<p>${'<br>'.repeat(9)}</p>`);
    expect(() => checkElementCount(elements, comments, 9)).toThrow(
      new PageTooComplexError('too-complex', 'Page has 10 elements (limit 9)'),
    );
  });

  it('counts comments with the elements, and names them', () => {
    const { elements, comments } = sizeOf(`<p><b>lúa</b>${'<!-- x -->'.repeat(5)}</p>`);
    expect(() => checkElementCount(elements, comments, 7)).not.toThrow();
    expect(() => checkElementCount(elements, comments, 6)).toThrow(
      new PageTooComplexError('too-complex', 'Page has 2 elements and 5 comments (limit 6)'),
    );
  });
});

describe('extractArticle on a page with too many elements', () => {
  // Just past the limit is enough to show the rejection, its count and the limit; 5 MiB of
  // 655,360 <br> is one of the pathological pages (test/robust/extractor-pathological.test.ts),
  // whose case checks this rejection and count too: building and parsing it here as well cost
  // 0.8-1 s of CPU a run.
  it('rejects 60,000 <br> as PageTooComplexError "too-complex" with the count and the limit', () => {
    const html = buildPage({ body: `<p>${'lúa<br>'.repeat(60_000)}</p>` });
    expect(() => extractArticle(html)).toThrow(
      expect.objectContaining({
        name: 'PageTooComplexError',
        reason: 'too-complex',
        message: expect.stringMatching(
          new RegExp(
            `^Page has 60,\\d{3} elements \\(limit ${MAX_ELEMENTS.toLocaleString('en-US')}\\)$`,
          ),
        ),
      }),
    );
  });

  it('still extracts a long page well under the limit (5,000 paragraphs)', () => {
    const paragraph = '<p>Người dân phấn khởi vì mùa lúa năm nay bội thu.</p>';
    const article = extractArticle(buildPage({ body: paragraph.repeat(5_000) }));
    expect(article.wordCount).toBe(11 * 5_000);
  });
});
