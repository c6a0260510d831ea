import { createHash } from 'node:crypto';

/**
 * Longest slug, in characters. A section slug names a feed file (`feeds/<publisher>/<slug>.xml`):
 * file systems take 255 bytes per name, and a reader's URL should stay readable.
 */
export const MAX_SLUG_LENGTH = 80;

/** Latin letters (lower case) that Unicode does not decompose into an ASCII letter and marks. */
const LATIN_FOLDS: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
  ſ: 's',
};
const UNFOLDED_LATIN = new RegExp(`[${Object.keys(LATIN_FOLDS).join('')}]`, 'g');

/** Hex digits of the hash that stands for the letters a slug cannot spell in ASCII. */
const HASH_DIGITS = 8;

/** A short hash of a label, the same for labels that differ only in case and spacing. */
function labelHash(label: string): string {
  const key = label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(key).digest('hex').slice(0, HASH_DIGITS);
}

/** Cuts a slug at a word boundary to at most `max` characters. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max + 1);
  const boundary = head.lastIndexOf('-');
  return boundary > 0 ? head.slice(0, boundary) : slug.slice(0, max);
}

/**
 * Turns a label into an ASCII URL slug, folding diacritics (Vietnamese included) and the Latin
 * letters Unicode does not decompose (`ß`, `ø`, `ł`…). Letters or digits it cannot spell in ASCII
 * (Cyrillic, Greek, Arabic, CJK, Thai…) are stood for by a short hash of the label, after what
 * ASCII there is: every section has a feed, in any script, and names that differ only in such
 * letters keep apart.
 *
 * @param label - any text, e.g. a section name
 * @returns lowercase `a-z0-9` words joined by `-`, cut at a word boundary to at most
 *   {@link MAX_SLUG_LENGTH} characters; empty when the label has no letter or digit
 * @example
 * slugify('Du lịch'); // 'du-lich'
 * slugify('Đời sống'); // 'doi-song'
 * slugify('Политика'); // eight hex digits, the same for 'политика'
 */
export function slugify(label: string): string {
  const folded = label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNFOLDED_LATIN, (letter) => LATIN_FOLDS[letter] ?? letter);
  const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const unspelled = /[\p{L}\p{N}]/u.test(folded.replace(/[a-z0-9]+/g, ''));
  if (!unspelled) return cut(ascii, MAX_SLUG_LENGTH);
  const hash = labelHash(label);
  if (ascii === '') return hash;
  return `${cut(ascii, MAX_SLUG_LENGTH - HASH_DIGITS - 1)}-${hash}`;
}
