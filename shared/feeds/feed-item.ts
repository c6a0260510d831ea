import type { Article, ArticleImage } from '../article.ts';
import { lookupTable } from '../lookup-table.ts';
import { cleanText } from './clean-text.ts';

/** One entry of a feed: a live article and the time it sorts by in the feed indexes. */
export interface FeedItem {
  readonly article: Article;
  /**
   * When the article entered the feeds: its publication time, or the time it was first ingested
   * when the page had none (the time in its `feedSort` key).
   */
  readonly sortTime: Date;
  /** The stored item's `revision` (incremented on every write), when the source knows it. */
  readonly revision?: number;
  /** The publisher of the article, when the source knows it. */
  readonly publisherId?: string;
}

/** Longest summary made from the body when an article has no lead, in characters. */
const EXCERPT_LENGTH = 300;

function validDate(iso: string | null): Date | null {
  if (iso === null) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The time an item was published: its publication time, else the time it sorts by. */
export function publishedDate(item: FeedItem): Date {
  return validDate(item.article.publishedAt) ?? item.sortTime;
}

/** The time an item last changed: its modification time when later than its publication. */
export function modifiedDate(item: FeedItem): Date | null {
  const modified = validDate(item.article.modifiedAt);
  return modified !== null && modified > publishedDate(item) ? modified : null;
}

/**
 * The time of the newest change among the items: what `lastBuildDate` says. A pure function of
 * the items, so rendering the same items always gives the same bytes.
 *
 * @param items - the items of a feed
 * @returns the latest publication or modification time, or null for an empty feed
 */
export function newestChange(items: readonly FeedItem[]): Date | null {
  let newest: Date | null = null;
  for (const item of items) {
    const changed = modifiedDate(item) ?? publishedDate(item);
    if (newest === null || changed > newest) newest = changed;
  }
  return newest;
}

/**
 * The build date of a feed: the later of the newest change among its items and the date the
 * regeneration gives (a change no item shows, such as a withdrawal; see `nextBuildDate`).
 *
 * @param items - the feed's items
 * @param given - the date of the newest change of the content, if known
 * @returns the build date, or null for an empty feed without a given date
 */
export function buildDateOf(items: readonly FeedItem[], given: Date | null = null): Date | null {
  const fromItems = newestChange(items);
  return given !== null && (fromItems === null || given > fromItems) ? given : fromItems;
}

/**
 * The short text a reader shows under the title: the lead, else the start of the body cut at a
 * word boundary.
 */
export function summaryOf(article: Article): string {
  const lead = cleanText(article.lead ?? '').trim();
  if (lead !== '') return lead;
  const firstParagraph =
    cleanText(article.contentText)
      .trim()
      .split(/\n\s*\n/)[0] ?? '';
  if (firstParagraph.length <= EXCERPT_LENGTH) return firstParagraph;
  const cut = firstParagraph.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The names of the item's authors, cleaned, without blanks or repeats. */
export function authorsOf(article: Article): string[] {
  return unique(article.authors.map((name) => cleanText(name).trim()));
}

/** The item's categories: its section first, then its tags, without blanks or repeats. */
export function categoriesOf(article: Article): string[] {
  return unique([article.section ?? '', ...article.tags].map((label) => cleanText(label).trim()));
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLocaleLowerCase();
    if (value === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Resolves a URL against a base and keeps it only when it is absolute http(s).
 *
 * @returns the absolute URL, or null when it is not a usable web address
 */
export function absoluteUrl(url: string, base?: string): string | null {
  try {
    const resolved = new URL(cleanText(url).trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}

/**
 * The link of an item: the article's canonical URL, which the extractor makes absolute; should
 * one not be, the feed's home page stands in, since a relative link is meaningless in a feed.
 */
export function linkOf(article: Article, feed: { readonly homePageUrl: string }): string {
  return absoluteUrl(article.url) ?? cleanText(feed.homePageUrl);
}

/**
 * The lead image of an article (the first image of its body with a usable URL, else the picture
 * its page declares for sharing) and its type.
 */
export interface LeadImage {
  readonly url: string;
  /** MIME type guessed from the file extension, or null when the extension says nothing. */
  readonly type: string | null;
  readonly image: ArticleImage;
}

const IMAGE_TYPES: Readonly<Record<string, string>> = lookupTable({
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  bmp: 'image/bmp',
});

/**
 * Picks the lead image of an article.
 *
 * @param article - the article
 * @returns the first body image with an absolute http(s) URL, else the declared picture, or null
 */
export function leadImageOf(article: Article): LeadImage | null {
  // Items stored before articles had a declared picture have no `image`.
  const declared = article.image ?? null;
  for (const image of declared === null ? article.images : [...article.images, declared]) {
    const url = absoluteUrl(image.url, article.url);
    if (url === null) continue;
    const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
    return { url, type: (extension && IMAGE_TYPES[extension]) || null, image };
  }
  return null;
}
