import RSS from 'rss';
import { FEED_HISTORY_NAMESPACE, type FeedHistory, historyLinks } from './archive.ts';
import { cleanText } from './clean-text.ts';
import type { FeedInfo } from './feed-info.ts';
import {
  authorsOf,
  buildDateOf,
  categoriesOf,
  type FeedItem,
  leadImageOf,
  linkOf,
  publishedDate,
  summaryOf,
} from './feed-item.ts';
import { itemLanguage } from './feed-language.ts';

/** Media RSS, for the lead image (`media:content`), read by most readers for thumbnails. */
const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';

export const GENERATOR = 'syndication-pipeline';

/**
 * `rss` always writes `<lastBuildDate>` as the current time, which would make every render
 * differ. The generator element comes right before it, so it is rendered as this marker and the
 * pair is replaced afterwards. U+FFFF is removed from every input string, so the marker cannot
 * occur anywhere else in the document.
 */
const MARKER = '\uFFFF';
const MARKED_BUILD_DATE = new RegExp(
  `<generator>${MARKER}</generator><lastBuildDate>[^<]*</lastBuildDate>`,
  'g',
);

type XmlNode = Record<string, unknown>;

/** Escapes plain text for a context that readers parse as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mediaContent(item: FeedItem): XmlNode[] {
  const lead = leadImageOf(item.article);
  if (lead === null) return [];
  const attributes: Record<string, string | number> = { url: lead.url, medium: 'image' };
  if (lead.type !== null) attributes.type = lead.type;
  if (lead.image.width !== null) attributes.width = lead.image.width;
  if (lead.image.height !== null) attributes.height = lead.image.height;
  // No media:description with the caption: feedparser (and the readers built on it) take any
  // media:description as the item's description, so the caption replaced the summary. The
  // caption stays in content:encoded, under the image.
  const media: XmlNode = { 'media:content': { _attr: attributes } };
  // RSS 2.0 requires a length and a type on an enclosure; the size of a remote image is unknown,
  // and the RSS Best Practices Profile says to write 0 then. Without a known type, only
  // media:content is written.
  const enclosure: XmlNode[] =
    lead.type === null
      ? []
      : [{ enclosure: { _attr: { url: lead.url, length: 0, type: lead.type } } }];
  return [media, ...enclosure];
}

function hubLink(hubUrl: string): XmlNode {
  return { 'atom:link': { _attr: { href: cleanText(hubUrl), rel: 'hub' } } };
}

/** RFC 5005 in RSS (its Appendix B): `atom:link` relations, and `fh:archive` on a page. */
function historyElements(history: FeedHistory | undefined): XmlNode[] {
  const links = historyLinks(history, 'rss').map(({ rel, href }) => ({
    'atom:link': { _attr: { href: cleanText(href), rel, type: 'application/rss+xml' } },
  }));
  return [...links, ...(history?.archive ? [{ 'fh:archive': '' }] : [])];
}

/** What an RSS rendering takes besides the feed and its items. */
export interface RssOptions {
  /**
   * The time of the newest change of the feed's content, which the items may not show (an
   * article withdrawn or moved away); see `nextBuildDate`. The items' own newest change wins
   * when it is later.
   */
  readonly lastBuildDate?: Date | null;
}

/**
 * Renders a feed as RSS 2.0 with the `content`, `dc`, `atom` and Media RSS extensions.
 *
 * A pure function: the same feed, items and options give the same bytes (`lastBuildDate` is the
 * later of `options.lastBuildDate` and the newest change among the items, never the time of
 * rendering). Every string is cleaned of characters illegal in XML 1.0; text goes in CDATA
 * sections, `]]>` inside them is split.
 *
 * @param feed - the channel: title, links, language, ttl
 * @param items - the items, newest first
 * @param options - the build date
 * @returns the XML document
 * @example
 * const xml = renderRss(describeFeed(ALL_FEED, options), items);
 */
export function renderRss(
  feed: FeedInfo,
  items: readonly FeedItem[],
  options: RssOptions = {},
): string {
  const rss = new RSS({
    title: cleanText(feed.title),
    description: cleanText(feed.description),
    site_url: cleanText(feed.homePageUrl),
    feed_url: cleanText(feed.rssUrl),
    generator: MARKER,
    ttl: feed.ttlMinutes,
    custom_namespaces: {
      media: MEDIA_NAMESPACE,
      ...(feed.history?.archive ? { fh: FEED_HISTORY_NAMESPACE } : {}),
    },
    ...(feed.language === null ? {} : { language: cleanText(feed.language) }),
    custom_elements: [
      // WebSub discovery: the hub next to the self link `rss` writes.
      ...(feed.hubUrl ? [hubLink(feed.hubUrl)] : []),
      ...historyElements(feed.history),
    ],
  });
  for (const item of items) {
    const { article } = item;
    const authors = authorsOf(article);
    const summary = summaryOf(article);
    const link = linkOf(article, feed);
    const language = itemLanguage(item);
    rss.item({
      title: cleanText(article.title).trim() || link,
      // Readers render an RSS description as HTML; the lead is plain text.
      description: escapeHtml(summary),
      url: link,
      guid: cleanText(article.id),
      categories: categoriesOf(article),
      date: publishedDate(item),
      ...(authors.length > 0 ? { author: authors.join(', ') } : {}),
      custom_elements: [
        { 'content:encoded': { _cdata: cleanText(article.contentHtml) } },
        // RSS has no item language; Dublin Core's says it when the channel's does not apply.
        ...(language !== null && language !== feed.language ? [{ 'dc:language': language }] : []),
        ...mediaContent(item),
      ],
    });
  }
  const newest = buildDateOf(items, options.lastBuildDate ?? null);
  const buildDate = newest === null ? '' : `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>`;
  const xml = rss.xml();
  const marked = xml.match(MARKED_BUILD_DATE)?.length ?? 0;
  if (marked !== 1) throw new Error(`rss output changed shape: ${marked} build-date markers`);
  return xml.replace(MARKED_BUILD_DATE, `<generator>${GENERATOR}</generator>${buildDate}`);
}
