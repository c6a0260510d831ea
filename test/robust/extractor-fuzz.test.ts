import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectArticleOrTypedRejection } from './support/article-checks.ts';
import {
  BASE_PAGE,
  EXTRACTOR_FUZZERS,
  expectFuzzOutcome,
  FUZZ_URL,
} from './support/extractor-fuzzers.ts';
import { ExtractorSandbox } from './support/extractor-sandbox.ts';

/** Each property runs many pages; far above normal, to leave the per-page guard in charge. */
const PROPERTY_TIMEOUT_MS = 180_000;

// The same fuzzers run far longer, outside the suite, with `npm run fuzz` (docs/reliability.md).
describe('extractArticle under random and mutated input', () => {
  let sandbox: ExtractorSandbox;
  beforeAll(() => {
    sandbox = new ExtractorSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('extracts the unmutated base page (so the mutations start from a real article)', async () => {
    const outcome = await sandbox.extract(BASE_PAGE, { url: FUZZ_URL });
    expect(outcome.kind).toBe('article');
    expectArticleOrTypedRejection(outcome, 'the base page');
  });

  for (const fuzzer of EXTRACTOR_FUZZERS) {
    it(
      fuzzer.title,
      async () => {
        await fc.assert(
          fc.asyncProperty(fuzzer.input, async (input) => {
            expectFuzzOutcome(await sandbox.extract(input.html, input.options), input);
          }),
          { numRuns: fuzzer.suiteRuns },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  }
});
