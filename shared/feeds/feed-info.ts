import type { Publisher } from '../publishers/publisher.ts';
import type { FeedHistory } from './archive.ts';
import { UnknownPublisherError } from './errors.ts';
import type { FeedItem } from './feed-item.ts';
import { feedLanguage } from './feed-language.ts';
import { type FeedRef, feedUrl } from './feed-ref.ts';

/** What a feed says about itself (the RSS channel, the Atom feed, the JSON Feed top level). */
export interface FeedInfo {
  readonly ref: FeedRef;
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the site the feed is about. */
  readonly homePageUrl: string;
  /** Absolute public URL of the RSS file. */
  readonly rssUrl: string;
  /** Absolute public URL of the Atom file. */
  readonly atomUrl: string;
  /** Absolute public URL of the JSON Feed file. */
  readonly jsonUrl: string;
  /** BCP 47 language of the items (see `feedLanguage`), or null when they mix languages. */
  readonly language: string | null;
  /** Display names of the publishers by id: the author of an item that names none (Atom). */
  readonly publisherNames: ReadonlyMap<string, string>;
  /** Minutes a reader may cache the feed before polling again (RSS `ttl`). */
  readonly ttlMinutes: number;
  /** The WebSub hub that pushes the feed's changes, advertised in every format; null for none. */
  readonly hubUrl?: string | null;
  /**
   * RFC 5005 links of this document: the subscription document's `prev-archive`, or an archive
   * page's (its self URLs are then the page's). None for a feed without archive pages.
   */
  readonly history?: FeedHistory;
}

/** Polling hint for readers, in minutes. Feeds change when articles do; 15 minutes is polite. */
export const DEFAULT_TTL_MINUTES = 15;

/** What `describeFeed` needs besides the feed itself. */
export interface DescribeOptions {
  /** Public base URL of the feeds, `FEEDS_BASE_URL`. */
  readonly baseUrl: string;
  /** The configured publishers by id. */
  readonly publishers: ReadonlyMap<string, Publisher>;
  /** Display name of the section, for section feeds (the slug is used without one). */
  readonly sectionName?: string | null;
  /** Name of the aggregate feed. */
  readonly siteName?: string;
  /** The WebSub hub of the feeds (`HUB_URL`). @default none */
  readonly hubUrl?: string | null;
  /**
   * The feed's items, whose languages decide the feed's; without them (or when none has a
   * known language) the publisher's language applies, and the aggregate's when every
   * publisher has the same.
   */
  readonly items?: readonly FeedItem[];
}

/**
 * Describes a feed: its title, links and language.
 *
 * @param ref - the feed
 * @param options - base URL, publishers, the section's display name for a section feed, and
 *   the items
 * @returns the channel-level fields of every format
 * @throws UnknownPublisherError when the feed names a publisher that is not configured
 * @example
 * describeFeed({ kind: 'publisher', publisherId: 'demo' }, { baseUrl, publishers: publishersById });
 */
export function describeFeed(ref: FeedRef, options: DescribeOptions): FeedInfo {
  const base = options.baseUrl.replace(/\/+$/, '');
  const items = options.items ?? [];
  const common = {
    ref,
    rssUrl: feedUrl(base, ref, 'rss'),
    atomUrl: feedUrl(base, ref, 'atom'),
    jsonUrl: feedUrl(base, ref, 'json'),
    ttlMinutes: DEFAULT_TTL_MINUTES,
    hubUrl: options.hubUrl ?? null,
    publisherNames: new Map([...options.publishers.values()].map((p) => [p.id, p.name])),
  };
  if (ref.kind === 'all') {
    const languages = new Set([...options.publishers.values()].map((p) => p.language));
    const siteName = options.siteName ?? 'All publishers';
    return {
      ...common,
      title: siteName,
      description: `The newest articles of every publisher (${siteName})`,
      homePageUrl: `${base}/`,
      language: feedLanguage(items, languages.size === 1 ? ([...languages][0] ?? null) : null),
    };
  }
  const publisher = options.publishers.get(ref.publisherId);
  if (publisher === undefined) throw new UnknownPublisherError(ref.publisherId);
  if (ref.kind === 'publisher') {
    return {
      ...common,
      title: publisher.name,
      description: `The newest articles of ${publisher.name}`,
      homePageUrl: publisher.homePage,
      language: feedLanguage(items, publisher.language),
    };
  }
  const section = options.sectionName?.trim() || ref.sectionSlug;
  return {
    ...common,
    title: `${publisher.name} — ${section}`,
    description: `The newest articles of ${publisher.name} in ${section}`,
    homePageUrl: publisher.homePage,
    language: feedLanguage(items, publisher.language),
  };
}
