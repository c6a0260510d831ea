/**
 * Which feeds exist and where they live. Every feed is published twice, as RSS 2.0 (`.xml`) and
 * JSON Feed 1.1 (`.json`), under the `feeds/` prefix of the feeds bucket:
 *
 * | feed                | object keys                                        |
 * |---------------------|----------------------------------------------------|
 * | aggregate           | `feeds/all.xml`, `feeds/all.json`                  |
 * | one publisher       | `feeds/<publisher>.xml`, `.json`                   |
 * | a publisher section | `feeds/<publisher>/<section-slug>.xml`, `.json`    |
 */

/** One feed, whatever its format. */
export type FeedRef =
  | { readonly kind: 'all' }
  | { readonly kind: 'publisher'; readonly publisherId: string }
  | { readonly kind: 'section'; readonly publisherId: string; readonly sectionSlug: string };

/** The two formats every feed is published in. */
export type FeedFormat = 'rss' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'json'];

const EXTENSION: Record<FeedFormat, string> = { rss: 'xml', json: 'json' };

/** The aggregate feed. */
export const ALL_FEED: FeedRef = { kind: 'all' };

/**
 * The path of a feed without its extension, unique per feed: `all`, `demo`, `demo/du-lich`.
 *
 * @param ref - the feed
 * @returns its path below `feeds/`
 */
export function feedPath(ref: FeedRef): string {
  switch (ref.kind) {
    case 'all':
      return 'all';
    case 'publisher':
      return ref.publisherId;
    case 'section':
      return `${ref.publisherId}/${ref.sectionSlug}`;
  }
}

/**
 * The object key of a feed in the feeds bucket (also its path below the public base URL).
 *
 * @param ref - the feed
 * @param format - `rss` or `json`
 * @returns e.g. `feeds/demo/du-lich.xml`
 * @example
 * feedObjectKey({ kind: 'publisher', publisherId: 'demo' }, 'json'); // 'feeds/demo.json'
 */
export function feedObjectKey(ref: FeedRef, format: FeedFormat): string {
  return `feeds/${feedPath(ref)}.${EXTENSION[format]}`;
}

/**
 * The public, absolute URL of a feed.
 *
 * @param baseUrl - the public base URL of the feeds (`FEEDS_BASE_URL`), with or without a
 *   trailing slash
 * @param ref - the feed
 * @param format - `rss` or `json`
 * @returns e.g. `https://d123.cloudfront.net/feeds/all.xml`
 */
export function feedUrl(baseUrl: string, ref: FeedRef, format: FeedFormat): string {
  return `${baseUrl.replace(/\/+$/, '')}/${feedObjectKey(ref, format)}`;
}

/** A stable string for a feed, to deduplicate feeds touched by several records. */
export function feedId(ref: FeedRef): string {
  return `${ref.kind}:${feedPath(ref)}`;
}
