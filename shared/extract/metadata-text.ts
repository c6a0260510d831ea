/**
 * The text a metadata value (a meta tag's content, a JSON-LD string) means when a CMS wrote HTML
 * into it: character references escaped once more than the format needs (`K&amp;uuml;hlturm`,
 * `&amp;quot;`), and markup (`<p>Here&#x27;s a look…</p>`). Readers show these values as plain
 * text (a feed's title and summary), so they must carry neither.
 */
import { decodeHTML } from 'entities';
import { cleanOrNull } from './text.ts';

/** An HTML tag: a name after `<` (or `</`), then anything up to `>` (`a < b > c` is no tag). */
const TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;
/** Character references a value may hold after one decoding: twice-escaped text needs two. */
const DECODINGS = 2;

/**
 * Decodes what is left escaped in a metadata value, drops its tags, and cleans the text.
 *
 * @param value - a meta tag's content or a JSON-LD string, as read (decoded once already)
 * @returns the plain text, or null when nothing is left
 * @example
 * metadataText('<p>Here&#x27;s a look</p>'); // "Here's a look"
 * metadataText('K&amp;uuml;hlt&amp;uuml;rme'); // "Kühltürme" (from JSON-LD's "K&amp;amp;uuml;…")
 */
export function metadataText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let text = value;
  for (let i = 0; i < DECODINGS && text.includes('&'); i++) text = decodeHTML(text);
  if (text.includes('<')) text = text.replace(TAG, ' ');
  return cleanOrNull(text);
}
