/**
 * Pages whose class names say nothing: every `class` and `id` value of a page replaced by a
 * hash of itself. An extractor tuned to the class names of the pages it was built on (`content`,
 * `sidebar`, `comment`) meets pages that use other words — another CMS, another language, CSS
 * modules, utility classes. Scoring the same pages this way shows how much of each contender's
 * accuracy rests on the words and how much on the page's structure and text.
 */
import { createHash } from 'node:crypto';

/** A start tag (an attribute value holding `>` ends it early: that tag keeps its names). */
const START_TAG = /<[a-zA-Z][^<>]*>/g;

/** A `class` or `id` attribute of a start tag, with its value quoted or not. */
const ATTRIBUTE = /(\s)(class|id)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+))/gi;

function hashed(word: string): string {
  return `k${createHash('sha256').update(word).digest('hex').slice(0, 6)}`;
}

/**
 * Replaces every word of every `class` and `id` value in the page's start tags by a hash of it:
 * a word that repeats stays the same hash (blocks of one kind still look alike), and none says
 * what it is.
 *
 * @param html - the page's bytes (UTF-8)
 * @returns the page with its class and id words hashed
 * @example hideClassNames(Buffer.from('<div class="post-content">')).toString()
 * // '<div class="k…">'
 */
export function hideClassNames(html: Buffer): Buffer {
  const text = html.toString('utf8').replace(START_TAG, (tag) =>
    tag.replace(ATTRIBUTE, (_match, space, name, equals, double, single, bare) => {
      const value: string = double ?? single ?? bare ?? '';
      const words = value.split(/\s+/).filter((w) => w !== '');
      return `${space}${name}${equals}"${words.map(hashed).join(' ')}"`;
    }),
  );
  return Buffer.from(text, 'utf8');
}
