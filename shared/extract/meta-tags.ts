import type { PageIndex } from './page-index.ts';

/** The page's `<meta>` values by lowercase `property` / `name` / `itemprop`, in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/**
 * Collects the `<meta>` tags of a page.
 *
 * @param index - the page's elements
 * @returns values by lowercase key; one key may have several values (`article:tag`)
 */
export function readMetaTags(index: PageIndex): MetaTags {
  const tags = new Map<string, string[]>();
  for (const el of index.byTag('meta')) {
    const { attribs } = el;
    const content = attribs.content;
    if (content === undefined || content.trim() === '') continue;
    for (const key of [attribs.property, attribs.name, attribs.itemprop, attribs['http-equiv']]) {
      if (key === undefined) continue;
      const lower = key.trim().toLowerCase();
      const list = tags.get(lower);
      if (list) list.push(content);
      else tags.set(lower, [content]);
    }
  }
  return tags;
}

/** The first value among several keys, in priority order. */
export function firstMeta(meta: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)?.[0]?.trim();
    if (value) return value;
  }
  return null;
}
