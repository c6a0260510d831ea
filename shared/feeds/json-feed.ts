import { cleanText } from './clean-text.ts';
import type { FeedInfo } from './feed-info.ts';
import {
  authorsOf,
  categoriesOf,
  type FeedItem,
  leadImageOf,
  linkOf,
  modifiedDate,
  publishedDate,
  summaryOf,
} from './feed-item.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** A JSON Feed 1.1 item, as written (optional members are left out, never `null`). */
export interface JsonFeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly summary?: string;
  readonly content_html: string;
  readonly image?: string;
  readonly date_published: string;
  readonly date_modified?: string;
  readonly authors?: readonly { readonly name: string }[];
  readonly tags?: readonly string[];
  readonly language?: string;
}

/** A JSON Feed 1.1 document, as written. */
export interface JsonFeedDocument {
  readonly version: string;
  readonly title: string;
  readonly home_page_url: string;
  readonly feed_url: string;
  /** The next page toward older items: the newest archive page, then each older one. */
  readonly next_url?: string;
  readonly description: string;
  readonly language?: string;
  /** WebSub hubs (JSON Feed 1.1 `hubs`). */
  readonly hubs?: readonly { readonly type: string; readonly url: string }[];
  readonly items: readonly JsonFeedItem[];
}

function toItem(item: FeedItem, feed: FeedInfo): JsonFeedItem {
  const { article } = item;
  const link = linkOf(article, feed);
  const summary = summaryOf(article);
  const image = leadImageOf(article);
  const modified = modifiedDate(item);
  const authors = authorsOf(article);
  const tags = categoriesOf(article);
  const language = cleanText(article.language).trim();
  // Members in a fixed order: JSON.stringify keeps insertion order, so the bytes are stable.
  return {
    id: cleanText(article.id),
    url: link,
    title: cleanText(article.title).trim() || link,
    ...(summary === '' ? {} : { summary }),
    content_html: cleanText(article.contentHtml),
    ...(image === null ? {} : { image: image.url }),
    date_published: publishedDate(item).toISOString(),
    ...(modified === null ? {} : { date_modified: modified.toISOString() }),
    ...(authors.length === 0 ? {} : { authors: authors.map((name) => ({ name })) }),
    ...(tags.length === 0 ? {} : { tags }),
    ...(language === '' ? {} : { language }),
  };
}

/**
 * Renders a feed as JSON Feed 1.1.
 *
 * A pure function: the same feed and items give the same bytes. Strings are cleaned like the RSS
 * ones (no control characters, no lone surrogates), dates are RFC 3339 in UTC.
 *
 * @param feed - the feed's title, links and language
 * @param items - the items, newest first
 * @returns the JSON document (compact, with a final newline)
 * @example
 * const json = renderJsonFeed(describeFeed(ALL_FEED, options), items);
 */
export function renderJsonFeed(feed: FeedInfo, items: readonly FeedItem[]): string {
  const document: JsonFeedDocument = {
    version: JSON_FEED_VERSION,
    title: cleanText(feed.title),
    home_page_url: cleanText(feed.homePageUrl),
    // An archive page is a page of the same feed: `feed_url` stays the feed's.
    feed_url: cleanText(feed.history?.current?.json ?? feed.jsonUrl),
    ...(feed.history?.prevArchive === undefined
      ? {}
      : { next_url: cleanText(feed.history.prevArchive.json) }),
    description: cleanText(feed.description),
    ...(feed.language === null ? {} : { language: cleanText(feed.language) }),
    ...(feed.hubUrl ? { hubs: [{ type: 'WebSub', url: cleanText(feed.hubUrl) }] } : {}),
    items: items.map((item) => toItem(item, feed)),
  };
  return `${JSON.stringify(document)}\n`;
}
