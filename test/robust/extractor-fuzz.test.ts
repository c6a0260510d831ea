import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectArticleOrTypedRejection } from './support/article-checks.ts';
import { ExtractorSandbox } from './support/extractor-sandbox.ts';
import { htmlDocument, htmlFragment, mutatedPage } from './support/html-arbitraries.ts';
import { articlePage } from './support/pages.ts';

const URL = 'https://baodientu.example.vn/tin/bai-viet.html';
const BASE = Buffer.from(articlePage());
/** Each property runs many pages; far above normal, to leave the per-page guard in charge. */
const PROPERTY_TIMEOUT_MS = 180_000;

/** Describes an input in a failure message without dumping megabytes. */
function preview(input: Buffer | string): string {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  return `${input.length}-byte input starting ${JSON.stringify(text.slice(0, 200))}`;
}

describe('extractArticle under random and mutated input', () => {
  let sandbox: ExtractorSandbox;
  beforeAll(() => {
    sandbox = new ExtractorSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('extracts the unmutated base page (so the mutations start from a real article)', async () => {
    const outcome = await sandbox.extract(BASE, { url: URL });
    expect(outcome.kind).toBe('article');
    expectArticleOrTypedRejection(outcome, 'the base page');
  });

  it(
    'returns an Article or a typed error for random HTML documents',
    async () => {
      await fc.assert(
        fc.asyncProperty(htmlDocument, fc.option(fc.webUrl()), async (html, url) => {
          const outcome = await sandbox.extract(html, url === null ? {} : { url });
          expectArticleOrTypedRejection(outcome, preview(html));
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'returns an Article or a typed error for the page with random HTML spliced into its body',
    async () => {
      const [head, tail] = articlePage().split('<div class="article-content">') as [string, string];
      await fc.assert(
        fc.asyncProperty(fc.array(htmlFragment, { maxLength: 8 }), async (fragments) => {
          const html = `${head}<div class="article-content">${fragments.join('')}${tail}`;
          expectArticleOrTypedRejection(await sandbox.extract(html, { url: URL }), preview(html));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'returns an Article or a typed error for the page truncated at any byte',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: BASE.length }), async (at) => {
          const bytes = BASE.subarray(0, at);
          expectArticleOrTypedRejection(
            await sandbox.extract(bytes, { url: URL }),
            `page cut at ${at}`,
          );
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'returns an Article or a typed error for byte-level mutations of the page',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedPage(BASE), fc.boolean(), async (bytes, withUrl) => {
          const outcome = await sandbox.extract(bytes, withUrl ? { url: URL } : {});
          expectArticleOrTypedRejection(outcome, preview(bytes));
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'rejects random bytes with a typed error or reads them as a page, never crashing',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 16_384 }), async (bytes) => {
          const outcome = await sandbox.extract(bytes, { url: URL });
          expectArticleOrTypedRejection(outcome, preview(Buffer.from(bytes)));
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'rejects random text without markup with a typed error',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 2000 }), async (text) => {
          const outcome = await sandbox.extract(text.replaceAll('<', ''), { url: URL });
          expectArticleOrTypedRejection(outcome, preview(text));
          expect(outcome.kind).toBe('rejected');
        }),
        { numRuns: 100 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
