/**
 * A reader catching up on an archived feed (RFC 5005 §4.2): from the subscription document it
 * follows `prev-archive` (JSON Feed: `next_url`) until a page it has already seen, or the first
 * page, reading every document with a real parser.
 */
import type { FeedFormat } from '../../shared/feeds/feed-ref.ts';
import { parseAtom, rssParser, strictXml } from './feed-parsers.ts';

/** One document as a reader sees it. */
export interface WalkedDocument {
  readonly url: string;
  /** Item ids: RSS `guid`, Atom `id`, JSON Feed `id`. */
  readonly ids: readonly string[];
  /** Whether it says it is an archive page (`fh:archive`; JSON Feed has no marker). */
  readonly archive: boolean;
  /** `prev-archive` (RSS, Atom) or `next_url` (JSON Feed). */
  readonly older: string | null;
}

async function readDocument(
  url: string,
  body: string,
  format: FeedFormat,
): Promise<WalkedDocument> {
  if (format === 'json') {
    const json = JSON.parse(body) as { items: { id: string }[]; next_url?: string };
    return { url, ids: json.items.map((i) => i.id), archive: false, older: json.next_url ?? null };
  }
  if (format === 'atom') {
    const feed = parseAtom(body);
    const older = feed.links?.find((link) => link.rel === 'prev-archive')?.href ?? null;
    return {
      url,
      ids: (feed.entries ?? []).map((entry) => entry.id ?? ''),
      archive: body.includes('<fh:archive/>'),
      older,
    };
  }
  const parsed = await rssParser.parseString(body);
  const channel = strictXml.parse(body).rss.channel;
  const links = [channel['atom:link']].flat() as { '@rel': string; '@href': string }[];
  return {
    url,
    ids: parsed.items.map((i) => i.guid ?? ''),
    archive: channel['fh:archive'] !== undefined,
    older: links.find((link) => link['@rel'] === 'prev-archive')?.['@href'] ?? null,
  };
}

/**
 * Walks back from the subscription document.
 *
 * @param start - the feed's URL
 * @param format - its format
 * @param fetchBody - how the reader gets a document (throws when there is none)
 * @param seen - archive page URLs read on an earlier visit: the walk stops before them
 * @returns the documents read, newest first
 */
export async function walkBack(
  start: string,
  format: FeedFormat,
  fetchBody: (url: string) => Promise<string>,
  seen: ReadonlySet<string> = new Set(),
): Promise<WalkedDocument[]> {
  const documents: WalkedDocument[] = [];
  let url: string | null = start;
  while (url !== null && !seen.has(url)) {
    if (documents.length > 10_000) throw new Error(`no end to the archive walk at ${url}`);
    const document = await readDocument(url, await fetchBody(url), format);
    documents.push(document);
    url = document.older;
  }
  return documents;
}
