/** The article's tags: declared tag sources, and the `keywords` meta when the article uses it. */
import { decodeHTML } from 'entities';
import { stringOf, valuesOf } from './json-ld.ts';
import type { PageContext } from './metadata.ts';
import { ancestorClassTest } from './page-index.ts';
import { cleanText, sameText } from './text.ts';

/** Tag candidates: the page's declared tags, and its plain `keywords` meta kept apart. */
export interface TagSources {
  /** `article:tag` > JSON-LD `keywords` > `news_keywords` > tag links: the first non-empty. */
  readonly declared: readonly string[];
  /** The `keywords` meta, often site-wide boilerplate. */
  readonly keywords: readonly string[];
}

function uniqueTags(values: readonly string[]): string[] {
  const tags: string[] = [];
  for (const raw of values) {
    const tag = cleanText(raw).replace(/^#/, '');
    // A tag of punctuation only is a split escape ("&quot" of a quote escaped twice).
    if (!/[\p{L}\p{N}]/u.test(tag) || tag.length > 60) continue;
    if (!tags.some((t) => sameText(t, tag))) tags.push(tag);
  }
  return tags;
}

/** Reads the tag candidates (before the body finder edits the page). */
export function readTagSources(ctx: PageContext): TagSources {
  const { $, meta, jsonLd } = ctx;
  // Character references are decoded before splitting at ";": "AT&amp;T" is one tag. Meta
  // values come decoded once by the HTML parser; what is left was escaped twice by the CMS.
  const split = (values: readonly unknown[]) =>
    values.flatMap((v) => decodeHTML(stringOf(v) ?? '').split(/\s*[,;]\s*/));
  const inTagList = ancestorClassTest(/tags|tag-list|keyword/i);
  const sources: (() => string[])[] = [
    () => (meta.get('article:tag') ?? []).map((tag) => decodeHTML(tag)),
    () => split(valuesOf(jsonLd.article, 'keywords')),
    () => split(meta.get('news_keywords') ?? []),
    () =>
      ctx.index
        .byTag('a')
        .filter((a) => /(?:^|\s)tag(?:\s|$)/i.test(a.attribs.rel ?? '') || inTagList(a))
        .map((el) => $(el).text()),
  ];
  let declared: string[] = [];
  for (const source of sources) {
    declared = uniqueTags(source());
    if (declared.length > 0) break;
  }
  return { declared, keywords: uniqueTags(split(meta.get('keywords') ?? [])) };
}

/**
 * The tags: the declared ones, else the `keywords` meta when at least half of its keywords occur
 * in the article's title or text (site-wide keywords like "tin tức, báo điện tử" do not).
 *
 * @param sources - from {@link readTagSources}
 * @param text - the title and body text of the article
 * @returns the tags, possibly empty
 */
export function chooseTags(sources: TagSources, text: string): string[] {
  if (sources.declared.length > 0) return [...sources.declared];
  const haystack = text.toLocaleLowerCase('vi');
  const found = sources.keywords.filter((k) => haystack.includes(k.toLocaleLowerCase('vi')));
  return found.length > 0 && found.length * 2 >= sources.keywords.length
    ? [...sources.keywords]
    : [];
}
