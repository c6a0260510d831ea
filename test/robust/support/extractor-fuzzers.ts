/**
 * The extractor fuzzers, defined once: each is an arbitrary of pages and what its outcome must
 * satisfy. The robustness suite runs them a few hundred times (`extractor-fuzz.test.ts`); the
 * long campaign (`npm run fuzz`) runs them as many times as asked, outside the suite.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { expectArticleOrTypedRejection } from './article-checks.ts';
import type { Outcome, SandboxOptions } from './extractor-sandbox.ts';
import { htmlDocument, htmlFragment, mutatedPage } from './html-arbitraries.ts';
import { articlePage } from './pages.ts';

/** One page a fuzzer hands to the extractor. */
export interface FuzzInput {
  readonly html: string | Uint8Array;
  readonly options: SandboxOptions;
  /** What the input is, when its bytes alone do not say (e.g. `page cut at 1234`). */
  readonly label?: string;
  /** The outcome must be a rejection (text without markup is never an article). */
  readonly mustReject?: boolean;
}

/** A named fuzzer. */
export interface ExtractorFuzzer {
  /** Short id, for `npm run fuzz -- --fuzzer <id>` and the names of saved inputs. */
  readonly id: string;
  /** What it checks, as the test names it. */
  readonly title: string;
  readonly input: fc.Arbitrary<FuzzInput>;
  /** Runs per `npm test`: enough to catch regressions, few enough to keep the suite short. */
  readonly suiteRuns: number;
}

/** The address the mutated real page is extracted with. */
export const FUZZ_URL = 'https://baodientu.example.vn/tin/bai-viet.html';

/** The real article page the splicing, truncating and mutating fuzzers start from. */
export const BASE_PAGE: Buffer = Buffer.from(articlePage());

const [BASE_HEAD, BASE_TAIL] = articlePage().split('<div class="article-content">') as [
  string,
  string,
];

/** Every extractor fuzzer, in the order the suite runs them. */
export const EXTRACTOR_FUZZERS: readonly ExtractorFuzzer[] = [
  {
    id: 'random-documents',
    title: 'returns an Article or a typed error for random HTML documents',
    input: fc
      .tuple(htmlDocument, fc.option(fc.webUrl()))
      .map(([html, url]) => ({ html, options: url === null ? {} : { url } })),
    suiteRuns: 150,
  },
  {
    id: 'spliced-fragments',
    title:
      'returns an Article or a typed error for the page with random HTML spliced into its body',
    input: fc.array(htmlFragment, { maxLength: 8 }).map((fragments) => ({
      html: `${BASE_HEAD}<div class="article-content">${fragments.join('')}${BASE_TAIL}`,
      options: { url: FUZZ_URL },
    })),
    suiteRuns: 100,
  },
  {
    id: 'truncated-page',
    title: 'returns an Article or a typed error for the page truncated at any byte',
    input: fc.integer({ min: 0, max: BASE_PAGE.length }).map((at) => ({
      html: BASE_PAGE.subarray(0, at),
      options: { url: FUZZ_URL },
      label: `page cut at ${at}`,
    })),
    suiteRuns: 150,
  },
  {
    id: 'mutated-page',
    title: 'returns an Article or a typed error for byte-level mutations of the page',
    input: fc
      .tuple(mutatedPage(BASE_PAGE), fc.boolean())
      .map(([bytes, withUrl]) => ({ html: bytes, options: withUrl ? { url: FUZZ_URL } : {} })),
    suiteRuns: 150,
  },
  {
    id: 'random-bytes',
    title: 'rejects random bytes with a typed error or reads them as a page, never crashing',
    input: fc
      .uint8Array({ maxLength: 16_384 })
      .map((bytes) => ({ html: Buffer.from(bytes), options: { url: FUZZ_URL } })),
    suiteRuns: 100,
  },
  {
    id: 'text-without-markup',
    title: 'rejects random text without markup with a typed error',
    input: fc.string({ unit: 'grapheme', maxLength: 2000 }).map((text) => ({
      html: text.replaceAll('<', ''),
      options: { url: FUZZ_URL },
      mustReject: true,
    })),
    suiteRuns: 100,
  },
];

/**
 * Describes an input in a failure message without dumping megabytes.
 *
 * @param input - the fuzzer's input
 * @returns its label, or its size and first 200 characters
 */
export function describeInput(input: FuzzInput): string {
  if (input.label !== undefined) return input.label;
  const { html } = input;
  const text = typeof html === 'string' ? html : Buffer.from(html).toString('latin1');
  return `${html.length}-byte input starting ${JSON.stringify(text.slice(0, 200))}`;
}

/**
 * Asserts what every fuzzer requires of an outcome: a sound Article or a typed rejection (and a
 * rejection when the input says so).
 *
 * @param outcome - from the sandbox
 * @param input - the input it came from
 * @throws AssertionError describing the broken requirement
 */
export function expectFuzzOutcome(outcome: Outcome, input: FuzzInput): void {
  expectArticleOrTypedRejection(outcome, describeInput(input));
  if (input.mustReject === true) {
    expect(outcome.kind, `outcome of ${describeInput(input)}`).toBe('rejected');
  }
}
