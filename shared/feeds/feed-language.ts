/**
 * The language a feed declares (RSS `<language>`, Atom `xml:lang`, JSON Feed `language`).
 * Readers apply it to every item — hyphenation, speech, fonts, translation offers, language
 * filters — so it must be the items' language, not a setting that some items contradict.
 */
import { cleanText } from './clean-text.ts';
import type { FeedItem } from './feed-item.ts';

/**
 * The language of an item, when its article has a known one.
 *
 * @param item - a feed item
 * @returns the BCP 47 tag, or null for an unknown (`und`) or missing language
 */
export function itemLanguage(item: FeedItem): string | null {
  const language = cleanText(item.article.language).trim();
  return language === '' || language.toLowerCase() === 'und' ? null : language;
}

const primary = (tag: string) => tag.split('-', 1)[0]?.toLowerCase() ?? '';

/**
 * The language of a feed, from its items:
 * - all items with a known language agree: that tag (`vi`), or the language they share when
 *   only their regions differ (`en-US` and `en-GB` give `en`);
 * - they disagree: null — a feed of Vietnamese and English articles declares neither, and each
 *   item carries its own (RSS `dc:language`, Atom `xml:lang`, JSON Feed `language`);
 * - no item with a known language (an empty feed): the fallback, the publisher's setting.
 *
 * @param items - the feed's items
 * @param fallback - the language when the items tell none
 * @returns a BCP 47 tag, or null when the items disagree
 * @example
 * feedLanguage(items, 'vi'); // 'en' when every item is in English
 */
export function feedLanguage(items: readonly FeedItem[], fallback: string | null): string | null {
  const known = items.map(itemLanguage).filter((tag): tag is string => tag !== null);
  const [first] = known;
  if (first === undefined) return fallback;
  if (known.every((tag) => tag.toLowerCase() === first.toLowerCase())) return first;
  const language = primary(first);
  return known.every((tag) => primary(tag) === language) ? language : null;
}
