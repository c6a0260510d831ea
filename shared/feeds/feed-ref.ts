/**
 * Which feeds exist and where they live. Every feed is published three times, as RSS 2.0
 * (`.xml`), Atom 1.0 (`.atom`) and JSON Feed 1.1 (`.json`), under the `feeds/` prefix of the
 * feeds bucket:
 *
 * | feed                | object keys                                              |
 * |---------------------|----------------------------------------------------------|
 * | aggregate           | `feeds/all.xml`, `feeds/all.atom`, `feeds/all.json`      |
 * | one publisher       | `feeds/<publisher>.xml`, `.atom`, `.json`                |
 * | a publisher section | `feeds/<publisher>/<section-slug>.xml`, `.atom`, `.json` |
 */

/** One feed, whatever its format. */
export type FeedRef =
  | { readonly kind: 'all' }
  | { readonly kind: 'publisher'; readonly publisherId: string }
  | { readonly kind: 'section'; readonly publisherId: string; readonly sectionSlug: string };

/** The formats every feed is published in. */
export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** The file extension of each format. */
export const FEED_EXTENSIONS: Readonly<Record<FeedFormat, string>> = {
  rss: 'xml',
  atom: 'atom',
  json: 'json',
};

/**
 * `Content-Type` of each format. RSS has no registered type; `application/rss+xml` is what
 * readers and the W3C validator expect. JSON Feed goes out as `application/json`, which every
 * JSON Feed reader accepts (the format is detected from its `version` member) and which
 * CloudFront compresses; it does not compress `application/feed+json` (394 KB instead of 136 KB
 * for a 50-item feed). Pre-compressed objects were the alternative: they would reach clients
 * that do not ask for gzip compressed all the same.
 */
export const FEED_CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * The format of a feed file, by its key or path.
 *
 * @param key - an object key or URL path, e.g. `feeds/demo.atom`
 * @returns the format, or null when the extension is not a feed's
 */
export function feedFormatOf(key: string): FeedFormat | null {
  const extension = /\.([a-z]+)$/.exec(key)?.[1];
  return FEED_FORMATS.find((format) => FEED_EXTENSIONS[format] === extension) ?? null;
}

/** The aggregate feed. */
export const ALL_FEED: FeedRef = { kind: 'all' };

/** Key prefix of the feed files in the feeds bucket (and path prefix of their public URLs). */
export const FEEDS_KEY_PREFIX = 'feeds/';

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
 * @param format - `rss`, `atom` or `json`
 * @returns e.g. `feeds/demo/du-lich.xml`
 * @example
 * feedObjectKey({ kind: 'publisher', publisherId: 'demo' }, 'json'); // 'feeds/demo.json'
 */
export function feedObjectKey(ref: FeedRef, format: FeedFormat): string {
  return `${FEEDS_KEY_PREFIX}${feedPath(ref)}.${FEED_EXTENSIONS[format]}`;
}

/**
 * The public, absolute URL of a feed.
 *
 * @param baseUrl - the public base URL of the feeds (`FEEDS_BASE_URL`), with or without a
 *   trailing slash
 * @param ref - the feed
 * @param format - `rss`, `atom` or `json`
 * @returns e.g. `https://d123.cloudfront.net/feeds/all.xml`
 */
export function feedUrl(baseUrl: string, ref: FeedRef, format: FeedFormat): string {
  return `${baseUrl.replace(/\/+$/, '')}/${feedObjectKey(ref, format)}`;
}

/** A stable string for a feed, to deduplicate feeds touched by several records. */
export function feedId(ref: FeedRef): string {
  return `${ref.kind}:${feedPath(ref)}`;
}

/** Publisher ids and section slugs: lowercase ASCII letters, digits and dashes. */
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The feed a path names, the inverse of {@link feedPath}.
 *
 * @param path - `all`, `demo` or `demo/du-lich` (no `feeds/` prefix, no extension)
 * @returns the feed, or null when the path names none
 * @example
 * parseFeedPath('demo/du-lich'); // { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' }
 */
export function parseFeedPath(path: string): FeedRef | null {
  if (path === 'all') return ALL_FEED;
  const [publisherId, sectionSlug, ...rest] = path.split('/');
  if (publisherId === undefined || !SEGMENT.test(publisherId) || rest.length > 0) return null;
  if (sectionSlug === undefined) return { kind: 'publisher', publisherId };
  return SEGMENT.test(sectionSlug) ? { kind: 'section', publisherId, sectionSlug } : null;
}

/**
 * The feed a file of the feeds bucket belongs to.
 *
 * @param key - an object key, e.g. `feeds/demo/du-lich.atom`
 * @returns the feed, or null when the key is not a feed file
 */
export function feedRefOfKey(key: string): FeedRef | null {
  const match = /^feeds\/(.+)\.([a-z]+)$/.exec(key);
  if (match?.[1] === undefined || feedFormatOf(key) === null) return null;
  return parseFeedPath(match[1]);
}
