/**
 * Turns a label into an ASCII URL slug, folding diacritics (Vietnamese included).
 *
 * @param label - any text, e.g. a section name
 * @returns lowercase `a-z0-9` words joined by `-`; empty when nothing is left
 * @example
 * slugify('Du lịch'); // 'du-lich'
 * slugify('Đời sống'); // 'doi-song'
 */
export function slugify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
