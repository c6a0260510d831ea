/**
 * Pull quotes: a sentence of the article set again, large, beside the text it comes from. A
 * reader that shows the body shows it twice.
 */
import type { Element } from 'domhandler';
import { closest, descendants, textOf } from './dom.ts';
import { isEmbeddedPost } from './patterns.ts';
import type { Remove } from './removal.ts';

const QUOTATION: ReadonlySet<string> = new Set(['blockquote']);

/** A pull quote repeats at least this many words: fewer may be a phrase said twice. */
const MIN_PULL_QUOTE_WORDS = 5;

/** Text as compared: lower case, words only (quotation marks, punctuation and spacing aside). */
function wordsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/**
 * Removes each `<blockquote>` (not an embedded post) whose words a paragraph of `container`
 * outside any quotation says again in the same order, whatever its class names: the article's
 * own sentence set as a pull quote. A quotation the body does not repeat whole stays.
 *
 * @param container - the block being cleaned
 * @param remove - records and removes an element
 */
export function removePullQuotes(container: Element, remove: Remove): void {
  const elements = descendants(container);
  const quotes = elements.filter((el) => el.name === 'blockquote' && !isEmbeddedPost(el));
  if (quotes.length === 0) return;
  const said = elements
    .filter((el) => el.name === 'p' && closest(el, QUOTATION, container) === null)
    .map((p) => ` ${wordsOf(textOf(p))} `)
    .join('\n');
  for (const quote of quotes) {
    const words = wordsOf(textOf(quote));
    if (words.split(' ').length < MIN_PULL_QUOTE_WORDS) continue;
    if (said.includes(` ${words} `)) remove(quote, 'pull quote');
  }
}
