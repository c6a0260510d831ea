/**
 * Longest slug, in characters. A section slug names a feed file (`feeds/<publisher>/<slug>.xml`):
 * file systems take 255 bytes per name, and a reader's URL should stay readable.
 */
export const MAX_SLUG_LENGTH = 80;

/**
 * Turns a label into an ASCII URL slug, folding diacritics (Vietnamese included).
 *
 * @param label - any text, e.g. a section name
 * @returns lowercase `a-z0-9` words joined by `-`, cut at a word boundary to at most
 *   {@link MAX_SLUG_LENGTH} characters; empty when nothing is left
 * @example
 * slugify('Du lịch'); // 'du-lich'
 * slugify('Đời sống'); // 'doi-song'
 */
export function slugify(label: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}
