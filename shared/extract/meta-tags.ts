import type { CheerioAPI } from 'cheerio/slim';

/** The page's `<meta>` values by lowercase `property` / `name` / `itemprop`, in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/**
 * Collects the `<meta>` tags of a page.
 *
 * @param $ - the loaded page
 * @returns values by lowercase key; one key may have several values (`article:tag`)
 */
export function readMetaTags($: CheerioAPI): MetaTags {
  const tags = new Map<string, string[]>();
  $('meta').each((_, el) => {
    const { attribs } = el;
    const content = attribs.content;
    if (content === undefined || content.trim() === '') return;
    for (const key of [attribs.property, attribs.name, attribs.itemprop, attribs['http-equiv']]) {
      if (key === undefined) continue;
      const lower = key.trim().toLowerCase();
      const list = tags.get(lower);
      if (list) list.push(content);
      else tags.set(lower, [content]);
    }
  });
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
