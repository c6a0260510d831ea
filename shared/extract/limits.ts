/**
 * Structural limits of a page, checked right after parsing and before the costly work. Legal
 * but absurd markup (655,360 `<br>` in a 5 MiB page) costs tens of seconds and hundreds of
 * megabytes to extract, enough to time out the ingest Lambda, which fails its whole SQS batch.
 * Such a page is rejected at once instead, as a recorded `too-complex` rejection.
 */
import type { AnyNode, ParentNode } from 'domhandler';
import { PageTooComplexError } from './errors.ts';

/**
 * Most elements a page may have. Measured (htmlparser2 DOM, scripts and styles included): the
 * 181 benchmark pages and the 15 fixtures have 678 elements at the median, 1,141 at the 90th
 * percentile and 1,596 at most (a 500 KB news page); very long real pages (a long Wikipedia
 * article) have a few tens of thousands. 100,000 is 60× the largest measured page, and a page
 * just under it extracts in about 2 s on one loaded core.
 */
export const MAX_ELEMENTS = 100_000;

const number = new Intl.NumberFormat('en-US');

/**
 * Counts the elements of a parsed page and rejects it when there are more than `maxElements`.
 *
 * @param root - the parsed document
 * @param maxElements - the most elements allowed
 * @throws PageTooComplexError (`too-complex`) naming the count and the limit
 * @example checkPageSize($.root()[0]) // passes on any real page
 */
export function checkPageSize(root: ParentNode, maxElements: number = MAX_ELEMENTS): void {
  let elements = 0;
  // Explicit stack: the page may be nested far deeper than the call stack allows.
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if ('children' in node) {
      if (node.type === 'tag' || node.type === 'script' || node.type === 'style') elements += 1;
      for (const child of node.children) stack.push(child);
    }
  }
  if (elements > maxElements) {
    throw new PageTooComplexError(
      'too-complex',
      `Page has ${number.format(elements)} elements (limit ${number.format(maxElements)})`,
    );
  }
}
