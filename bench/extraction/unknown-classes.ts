/**
 * Pages whose class names say nothing: every `class` and `id` value of a page replaced by a
 * hash of itself. An extractor tuned to the class names of the pages it was built on (`content`,
 * `sidebar`, `comment`) meets pages that use other words — another CMS, another language, CSS
 * modules, utility classes. Scoring the same pages this way shows how much of each contender's
 * accuracy rests on the words and how much on the page's structure and text.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** The attributes whose words are hashed. */
const NAMING = new Set(['class', 'id']);

function hashed(word: string): string {
  return `k${createHash('sha256').update(word).digest('hex').slice(0, 6)}`;
}

/** Where an attribute is written in the page (`[start, end)`), and its new text. */
interface Rewrite {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Replaces every word of every `class` and `id` attribute of the page's elements by a hash of
 * it: a word that repeats stays the same hash (blocks of one kind still look alike), and none
 * says what it is. The attributes are found by htmlparser2's tokenizer, as a browser would find
 * them: markup written inside an attribute value or a script is text there and stays as it was.
 *
 * @param html - the page's bytes (UTF-8)
 * @returns the page with its class and id words hashed
 * @example hideClassNames(Buffer.from('<div class="post-content">')).toString()
 * // '<div class="k…">'
 */
export function hideClassNames(html: Buffer): Buffer {
  const text = html.toString('utf8');
  const rewrites: Rewrite[] = [];
  const parser: Parser = new Parser({
    onattribute(name, value) {
      if (!NAMING.has(name)) return;
      const words = value.split(/\s+/).filter((w) => w !== '');
      rewrites.push({
        start: parser.startIndex,
        end: parser.endIndex,
        text: `${name}="${words.map(hashed).join(' ')}"`,
      });
    },
  });
  parser.end(text);
  let out = '';
  let at = 0;
  for (const { start, end, text: written } of rewrites) {
    out += text.slice(at, start) + written;
    at = end;
  }
  return Buffer.from(out + text.slice(at), 'utf8');
}
