import { readFileSync } from 'node:fs';
import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../shared/extract/hash.ts';
import {
  extractArticle,
  NotAnArticleError,
  UnreadablePageError,
} from '../../../shared/extract/index.ts';
import { FIXTURE_CASES } from './fixture-pages.ts';

function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
}

/** The tags and attributes a sanitized body may contain. */
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'a',
  'figure',
  'figcaption',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'caption',
  'iframe',
  'hr',
  'span',
  'q',
  'cite',
  'mark',
  'small',
  'abbr',
  'dl',
  'dt',
  'dd',
  'video',
  'audio',
  'source',
  'picture',
  'time',
]);

describe('extractArticle on the fixture pages', () => {
  for (const { file, what, options, expected } of FIXTURE_CASES) {
    describe(`${file}: ${what}`, () => {
      const article = extractArticle(fixture(file), options);
      const $ = load(article.contentHtml);

      it('reads every metadata field', () => {
        expect({
          id: article.id,
          url: article.url,
          title: article.title,
          lead: article.lead,
          authors: article.authors,
          publishedAt: article.publishedAt,
          modifiedAt: article.modifiedAt,
          language: article.language,
          section: article.section,
          tags: article.tags,
          image: article.image,
        }).toEqual({
          id: expected.id,
          url: expected.url,
          title: expected.title,
          lead: expected.lead,
          authors: expected.authors,
          publishedAt: expected.publishedAt,
          modifiedAt: expected.modifiedAt,
          language: expected.language,
          section: expected.section,
          tags: expected.tags,
          image: expected.image,
        });
      });

      it('extracts the body text, paragraph by paragraph, and counts its words', () => {
        expect(article.contentText.split('\n\n')).toEqual(expected.paragraphs);
        expect(article.wordCount).toBe(expected.wordCount);
      });

      it('pairs the images with their captions, in reading order, with absolute URLs', () => {
        expect(article.images).toEqual(expected.images);
      });

      it('renders the same body as sanitized HTML with the images in place', () => {
        const blocks = $('p, h2, h3, h4, li, pre')
          .toArray()
          .filter((el) => $(el).parents('p, li, figcaption').length === 0)
          .map((el) => $(el).text().replace(/\s+/g, ' ').trim())
          .filter((text) => text !== '');
        expect(blocks).toEqual(expected.paragraphs.map((p) => p.replace(/\s+/g, ' ')));
        expect(
          $('img')
            .toArray()
            .map((img) => img.attribs.src),
        ).toEqual(expected.images.map((image) => image.url));
        for (const el of $('*').toArray()) {
          if (el.type !== 'tag') continue;
          expect(ALLOWED_TAGS, `<${el.name}> in contentHtml`).toContain(el.name);
          for (const [name, value] of Object.entries(el.attribs)) {
            expect(name).not.toMatch(/^on/i);
            expect(value).not.toMatch(/^\s*javascript:/i);
          }
        }
      });

      it('hashes the normalized content', () => {
        const {
          id: _id,
          url: _url,
          wordCount: _wordCount,
          contentHash: hash,
          ...content
        } = article;
        expect(hash).toBe(contentHash(content));
      });

      it('returns NFC strings only', () => {
        const json = JSON.stringify(article);
        expect(json).toBe(json.normalize('NFC'));
      });
    });
  }
});

describe('extractArticle on the fixture non-articles', () => {
  it('rejects the empty page as NotAnArticleError "empty"', () => {
    const error = captureError(() => extractArticle(fixture('not-article-empty.html')));
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error).toMatchObject({ reason: 'empty', message: 'Page is empty (0 bytes)' });
  });

  it('rejects a PNG uploaded as .html as UnreadablePageError "binary", naming the type', () => {
    const error = captureError(() => extractArticle(fixture('not-article-binary-image.html')));
    expect(error).toBeInstanceOf(UnreadablePageError);
    expect(error).toMatchObject({
      reason: 'binary',
      message: 'Page is not HTML (got image/png, 71 bytes)',
    });
  });

  it('rejects a category page of linked headlines as a listing', () => {
    const error = captureError(() => extractArticle(fixture('not-article-category-listing.html')));
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error).toMatchObject({ reason: 'listing' });
    expect((error as Error).message).toMatch(
      /^Page looks like a listing, not an article: .*10 linked headlines/,
    );
  });

  it('rejects a "page not found" stub as an error page, with its title', () => {
    const error = captureError(() => extractArticle(fixture('not-article-stub-page.html')));
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error).toMatchObject({
      reason: 'error-page',
      message: 'Page is an error page ("Không tìm thấy trang"), not an article',
    });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, got none');
}
