/**
 * Atom 1.0 (RFC 4287). Written by hand over `xml.ts`: a pure function of the feed, its items and
 * an explicit update date, so the same inputs give the same bytes.
 */
import { FEED_HISTORY_NAMESPACE, type FeedHistory, historyLinks } from './archive.ts';
import { cleanText } from './clean-text.ts';
import { atomEntryId } from './entry-id.ts';
import type { FeedInfo } from './feed-info.ts';
import {
  authorsOf,
  buildDateOf,
  categoriesOf,
  type FeedItem,
  leadImageOf,
  linkOf,
  modifiedDate,
  publishedDate,
  summaryOf,
} from './feed-item.ts';
import { itemLanguage } from './feed-language.ts';
import { GENERATOR } from './rss.ts';
import { xmlElement, xmlTextElement } from './xml.ts';

export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/**
 * `updated` of a feed that never had an item nor a dated change. Atom requires a date; the epoch
 * says "never" and keeps the bytes stable.
 */
const NEVER = new Date(0);

/** What an Atom rendering takes besides the feed and its items. */
export interface AtomOptions {
  /**
   * The time of the newest change of the feed's content, which the items may not show (an
   * article withdrawn or moved away); see `nextBuildDate`. The items' own newest change wins
   * when it is later.
   */
  readonly updated?: Date | null;
}

/**
 * RFC 3339 in UTC, with milliseconds only when the time has them (as JSON Feed carries them):
 * two undated pages ingested within the same second keep distinct times, and readers and the
 * W3C validator expect distinct `updated` values.
 */
const atomDate = (date: Date) => date.toISOString().replace(/\.000Z$/, 'Z');

/** RFC 5005 links, and `fh:archive` on an archive page. */
function historyElements(history: FeedHistory | undefined): string[] {
  const links = historyLinks(history, 'atom').map(({ rel, href }) =>
    xmlElement('link', { rel, type: 'application/atom+xml', href: cleanText(href) }),
  );
  return [...links, ...(history?.archive ? [xmlElement('fh:archive', {})] : [])];
}

function entry(item: FeedItem, feed: FeedInfo): string {
  const { article } = item;
  const link = linkOf(article, feed);
  const published = publishedDate(item);
  const summary = summaryOf(article);
  const lead = leadImageOf(article);
  const language = itemLanguage(item);
  // Atom requires an author per entry (or feed): the article's, else its publisher's name.
  const publisher =
    item.publisherId === undefined ? undefined : feed.publisherNames.get(item.publisherId);
  const authors = authorsOf(article);
  const names = authors.length > 0 ? authors : [cleanText(publisher ?? feed.title).trim()];
  return xmlElement(
    'entry',
    { 'xml:lang': language !== null && language !== feed.language ? language : undefined },
    xmlTextElement('id', atomEntryId(cleanText(article.id))),
    xmlTextElement('title', cleanText(article.title).trim() || link),
    xmlElement('link', { rel: 'alternate', type: 'text/html', href: link }),
    lead === null
      ? ''
      : xmlElement('link', { rel: 'enclosure', type: lead.type ?? undefined, href: lead.url }),
    xmlTextElement('published', atomDate(published)),
    xmlTextElement('updated', atomDate(modifiedDate(item) ?? published)),
    ...names.map((name) => xmlElement('author', {}, xmlTextElement('name', name))),
    ...categoriesOf(article).map((label) => xmlElement('category', { term: label })),
    summary === '' ? '' : xmlTextElement('summary', summary, { type: 'text' }),
    xmlTextElement('content', cleanText(article.contentHtml), { type: 'html' }),
  );
}

/**
 * Renders a feed as Atom 1.0.
 *
 * Each entry has a permanent id derived from the article id (`atomEntryId`), `published` and
 * `updated`, its authors (its publisher's name when it names none, as Atom requires one),
 * categories (section, then tags), a plain-text `summary` (the lead), the sanitized body as
 * `content type="html"`, an alternate link to the article and an enclosure link to its lead
 * image. The feed and every entry whose language differs from the feed's carry `xml:lang`.
 * Strings are cleaned of what XML 1.0 forbids and escaped, never put in CDATA.
 *
 * @param feed - the feed's title, links and language
 * @param items - the items, newest first
 * @param options - the update date
 * @returns the XML document
 * @example
 * const atom = renderAtom(describeFeed(ALL_FEED, { baseUrl, publishers, items }), items);
 */
export function renderAtom(
  feed: FeedInfo,
  items: readonly FeedItem[],
  options: AtomOptions = {},
): string {
  const updated = buildDateOf(items, options.updated ?? null) ?? NEVER;
  const head = [
    // An archive page is a document of the same feed: it keeps the feed's id.
    xmlTextElement('id', cleanText(feed.history?.current?.atom ?? feed.atomUrl)),
    xmlTextElement('title', cleanText(feed.title)),
    xmlTextElement('subtitle', cleanText(feed.description)),
    xmlTextElement('updated', atomDate(updated)),
    xmlElement('link', { rel: 'alternate', type: 'text/html', href: cleanText(feed.homePageUrl) }),
    xmlElement('link', {
      rel: 'self',
      type: 'application/atom+xml',
      href: cleanText(feed.atomUrl),
    }),
    ...(feed.hubUrl ? [xmlElement('link', { rel: 'hub', href: cleanText(feed.hubUrl) })] : []),
    ...historyElements(feed.history),
    xmlTextElement('generator', GENERATOR),
  ];
  const document = xmlElement(
    'feed',
    {
      xmlns: ATOM_NAMESPACE,
      'xmlns:fh': feed.history?.archive ? FEED_HISTORY_NAMESPACE : undefined,
      'xml:lang': feed.language === null ? undefined : cleanText(feed.language),
    },
    `\n${head.join('\n')}\n`,
    ...items.map((item) => `${entry(item, feed)}\n`),
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n${document}\n`;
}
