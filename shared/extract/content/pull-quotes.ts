/**
 * Pull quotes: a sentence of the article set again, large, beside the text it comes from. A
 * reader that shows the body shows it twice.
 */
import type { Element } from 'domhandler';
import { onFirstUse } from '../first-use.ts';
import { fromSource } from '../from-source.ts';
import { isElement, textExcept, textOf } from './dom.ts';
import { isEmbeddedPost } from './patterns.ts';
import type { Remove } from './removal.ts';
import type { ShortTexts } from './short-text.ts';

/** A pull quote repeats at least this many words: fewer may be a phrase said twice. */
const MIN_PULL_QUOTE_WORDS = 5;
/** A pull quote is a sentence or two: a longer quotation is the article's own. */
const MAX_PULL_QUOTE_CHARS = 600;
/** More quotations than this make a page of quotations (an interview, a forum), not pull quotes. */
const MAX_QUOTES = 30;

/**
 * Runs of punctuation, symbols and spaces.
 * Built on first use, from its source (`from-source.ts`).
 */
const punctuationOrSpaces = onFirstUse(() => fromSource(String.raw`[\p{P}\p{S}\s]+`, 'gu'));

/** Text as compared: lower case, words only (quotation marks, punctuation and spacing aside). */
export function wordsOf(text: string): string {
  return wordsOfLower(text.toLowerCase());
}

/** {@link wordsOf} of a text already lower-cased. */
function wordsOfLower(lower: string): string {
  return lower.replace(punctuationOrSpaces(), ' ').trim();
}

/**
 * The quotations of `container` that no other holds (not an embedded post's), and its
 * paragraphs outside any quotation, in one walk that enters neither.
 */
function quotesAndParagraphs(container: Element): { quotes: Element[]; paragraphs: Element[] } {
  const quotes: Element[] = [];
  const paragraphs: Element[] = [];
  const stack: Element[] = [container];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.name === 'blockquote') {
        if (!isEmbeddedPost(child)) quotes.push(child);
      } else if (child.name === 'p') paragraphs.push(child);
      else stack.push(child);
    }
  }
  return { quotes, paragraphs };
}

/**
 * Removes each `<blockquote>` (not an embedded post, nor one inside another) whose words a
 * paragraph of `container` outside any quotation says again in the same order, whatever its
 * class names: the article's own sentence set as a pull quote. A quotation the body does not
 * repeat whole stays; so do all of a page of more than {@link MAX_QUOTES} quotations.
 *
 * @param container - the block being cleaned
 * @param remove - records and removes an element
 * @param texts - the cleaning's short texts
 */
/** What names who said a quotation, inside it: not the words said. */
const ATTRIBUTION: ReadonlySet<string> = new Set(['footer', 'cite']);

/**
 * The words a quotation says, without its attribution (`<footer>`, `<cite>`: the paragraph saying
 * them again names its speaker otherwise), or null past {@link MAX_PULL_QUOTE_CHARS}.
 */
function saidText(quote: Element, texts: ShortTexts): string | null {
  if (!quote.children.some((c) => isElement(c) && ATTRIBUTION.has(c.name))) {
    return texts.of(quote, MAX_PULL_QUOTE_CHARS);
  }
  const text = textExcept(quote.children, (el) => ATTRIBUTION.has(el.name));
  return text.length > MAX_PULL_QUOTE_CHARS * 2 ? null : text;
}

export function removePullQuotes(container: Element, remove: Remove, texts: ShortTexts): void {
  const { quotes, paragraphs } = quotesAndParagraphs(container);
  if (quotes.length === 0 || quotes.length > MAX_QUOTES) return;
  const saidAgain = sayerOf(paragraphs.map(textOf));
  for (const quote of quotes) {
    const text = saidText(quote, texts);
    if (text === null) continue;
    const words = wordsOf(text);
    if (words.split(' ').length < MIN_PULL_QUOTE_WORDS) continue;
    if (saidAgain(words)) remove(quote, 'pull quote');
  }
}

/**
 * A test of whether one of `texts` says given words ({@link wordsOf}) in that order. A text
 * saying them holds their longest word as it is once lower-cased, so only the texts holding it
 * have their words read, once: the punctuation pattern on every paragraph was most of the
 * step's time, and most quotations are no paragraph's.
 *
 * @param texts - the paragraphs' texts
 * @returns whether a text's words hold `words` whole (`words` as {@link wordsOf} gives them)
 */
export function sayerOf(texts: readonly string[]): (words: string) => boolean {
  const lower = texts.map((text) => text.toLowerCase());
  const said: string[] = [];
  return (words) => {
    const longest = words.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
    for (const [i, line] of lower.entries()) {
      if (!line.includes(longest)) continue;
      const lineWords = said[i] ?? wordsOfLower(line);
      said[i] = lineWords;
      if (` ${lineWords} `.includes(` ${words} `)) return true;
    }
    return false;
  };
}
