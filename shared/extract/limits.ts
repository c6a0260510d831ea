/**
 * Structural limits of a page, checked right after parsing and before the costly work. Legal
 * but absurd markup (655,360 `<br>` in a 5 MiB page) costs tens of seconds and hundreds of
 * megabytes to extract, enough to time out the ingest Lambda, which fails its whole SQS batch.
 * Such a page is rejected at once instead, as a recorded `too-complex` rejection.
 */
import { PageTooComplexError } from './errors.ts';

/**
 * Most elements (comments counted with them) a page may have. Measured (htmlparser2 DOM,
 * scripts and styles included): the 181 benchmark pages and the 15 fixtures have 678 elements
 * at the median, 1,141 at the 90th percentile and 1,596 at most (a 500 KB news page). 50,000 is
 * 31× the largest. Just under it, the slowest shapes measured (32,000-element <table>s side by
 * side, 50,000 comments, 50,000 <script>s) extract in about 3 s on one loaded core, `<br>`- and
 * `<p>`-separated words in 0.6 s and 1 s; at 96,000 the sibling tables took 11 s.
 */
export const MAX_ELEMENTS = 50_000;

/**
 * Writes a count with thousands separators (`50,000`), on demand: an `Intl.NumberFormat` built
 * when the module loaded (ICU's locale data) cost the ingest Lambda's cold start about a sixth
 * of its import CPU (docs/performance.md), for a message only a rejection needs.
 */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Rejects a page with more than `maxElements` elements and comments, counted while parsing
 * (`parse-page.ts`, so that no walk over the tree is needed).
 *
 * @param elements - the page's elements
 * @param comments - the page's comments
 * @param maxElements - the most elements and comments allowed
 * @throws PageTooComplexError (`too-complex`) naming the count and the limit
 * @example checkElementCount(678, 12) // passes
 */
export function checkElementCount(
  elements: number,
  comments: number,
  maxElements: number = MAX_ELEMENTS,
): void {
  // Comments cost like elements (each is a node the cleaners visit and remove).
  if (elements + comments > maxElements) {
    const what =
      comments === 0
        ? `${count(elements)} elements`
        : `${count(elements)} elements and ${count(comments)} comments`;
    throw new PageTooComplexError('too-complex', `Page has ${what} (limit ${count(maxElements)})`);
  }
}
