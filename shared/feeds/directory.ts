/**
 * The feed directory: one OPML 2.0 file, `feeds/index.opml`, listing every published feed with
 * its title, its RSS URL and its site. A partner imports it into any feed reader (every reader
 * imports OPML) or reads it to find the section feeds, whose slugs it cannot guess when a
 * section's name is in a script ASCII cannot spell (`shared/text/slug.ts`).
 *
 * It lists the feeds whose files are in the bucket, so no URL in it answers 404. It changes only
 * when a feed appears (a new publisher or section) or a name changes, so it is rewritten when a
 * regeneration creates a feed's files and by the reconcile (a renamed publisher or section), and
 * only when its bytes differ: it carries no date of its own.
 */
import { hash } from 'node:crypto';
import type { Publisher } from '../publishers/publisher.ts';
import { cleanText } from './clean-text.ts';
import { FeedContentionError } from './errors.ts';
import { describeFeed, type FeedInfo } from './feed-info.ts';
import { FEEDS_KEY_PREFIX, type FeedRef, feedPath, feedRefOfKey } from './feed-ref.ts';
import type { FeedItemSource, FeedObjectStore, FeedSectionNames } from './ports.ts';
import { xmlElement, xmlTextElement } from './xml.ts';

/** Object key of the directory (and its path below the public base URL). */
export const FEED_DIRECTORY_KEY = `${FEEDS_KEY_PREFIX}index.opml`;

/** `Content-Type` of the directory: OPML has no registered type; readers know this one. */
export const FEED_DIRECTORY_CONTENT_TYPE = 'text/x-opml; charset=utf-8';

/**
 * `Cache-Control` of the directory: it changes rarely and a new feed may wait a few minutes to
 * appear in it, while a stale copy may be served for a day if the origin fails.
 */
export const FEED_DIRECTORY_CACHE_CONTROL =
  'public, max-age=300, stale-while-revalidate=600, stale-if-error=86400';

/**
 * The metric the regenerate and reconcile functions count when the directory could not be
 * written (an alarm watches it).
 */
export const DIRECTORY_FAILURES_METRIC = 'FeedDirectoryFailures';

/**
 * The order of section titles: Unicode's root collation, the same whatever the process's locale,
 * so every function renders the same bytes.
 */
const TITLE_ORDER = new Intl.Collator('und');

/** Listings made before giving up to feeds that keep appearing meanwhile. */
const MAX_ATTEMPTS = 5;

/**
 * The feeds with a file in the bucket that the directory lists: those of configured publishers
 * (a feed of a publisher no longer configured has no title or site), each once, by path.
 *
 * @param keys - the feed files of the bucket (`FeedObjectStore.listFeedKeys`)
 * @param publishers - the configured publishers
 * @returns the feeds, sorted by path
 */
export function listedFeeds(
  keys: readonly string[],
  publishers: ReadonlyMap<string, Publisher>,
): FeedRef[] {
  const feeds = new Map<string, FeedRef>();
  for (const key of keys) {
    const ref = feedRefOfKey(key);
    if (ref === null || (ref.kind !== 'all' && !publishers.has(ref.publisherId))) continue;
    feeds.set(feedPath(ref), ref);
  }
  return [...feeds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, ref]) => ref);
}

/** What the directory is made of. */
export interface DirectoryInput {
  /** The feeds to list (see {@link listedFeeds}). */
  readonly feeds: readonly FeedRef[];
  readonly publishers: ReadonlyMap<string, Publisher>;
  /** The display name of each section feed, by feed path; the slug stands in for a missing one. */
  readonly sectionNames: ReadonlyMap<string, string>;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`). */
  readonly baseUrl: string;
}

function feedOutline(info: FeedInfo): string {
  const title = cleanText(info.title);
  return xmlElement('outline', {
    type: 'rss',
    version: 'RSS2',
    text: title,
    title,
    description: cleanText(info.description),
    xmlUrl: info.rssUrl,
    htmlUrl: info.homePageUrl,
  });
}

/**
 * Renders the directory as OPML 2.0: the aggregate feed first, then one folder per publisher
 * (its display name) holding its feed and its section feeds. A feed outline is `type="rss"` with
 * `text`, `title`, `description`, `xmlUrl` (the RSS file; the Atom and JSON Feed files sit beside
 * it with the other extensions) and `htmlUrl` (the site). The same input gives the same bytes.
 *
 * @param input - the feeds, the publishers, the section names and the base URL
 * @returns the OPML document
 * @example
 * renderFeedDirectory({ feeds: [ALL_FEED], publishers, sectionNames: new Map(), baseUrl });
 */
export function renderFeedDirectory(input: DirectoryInput): string {
  const describe = (ref: FeedRef) =>
    describeFeed(ref, {
      baseUrl: input.baseUrl,
      publishers: input.publishers,
      sectionName: input.sectionNames.get(feedPath(ref)) ?? null,
    });
  const outlines: string[] = [];
  const byPublisher = new Map<string, FeedRef[]>();
  for (const ref of input.feeds) {
    if (ref.kind === 'all') outlines.push(feedOutline(describe(ref)));
    else {
      const refs = byPublisher.get(ref.publisherId);
      if (refs === undefined) byPublisher.set(ref.publisherId, [ref]);
      else refs.push(ref);
    }
  }
  for (const [publisherId, refs] of byPublisher) {
    const name = input.publishers.get(publisherId)?.name ?? publisherId;
    // The publisher's own feed first, then its sections by the title a reader sees.
    const infos = refs
      .map(describe)
      .sort(
        (a, b) =>
          Number(a.ref.kind === 'section') - Number(b.ref.kind === 'section') ||
          TITLE_ORDER.compare(a.title, b.title) ||
          feedPath(a.ref).localeCompare(feedPath(b.ref)),
      );
    outlines.push(xmlElement('outline', { text: cleanText(name) }, ...infos.map(feedOutline)));
  }
  // No `docs` (OPML 2.0's pointer to its spec): the W3C validator, written for OPML 1, calls it an
  // error, and no reader needs it.
  const head = xmlElement('head', {}, xmlTextElement('title', 'Feeds'));
  // OPML requires a body with at least one outline; an empty folder says there is none yet.
  const body = outlines.length > 0 ? outlines : [xmlElement('outline', { text: 'No feed yet' })];
  return `<?xml version="1.0" encoding="utf-8"?>\n${xmlElement(
    'opml',
    { version: '2.0' },
    head,
    xmlElement('body', {}, ...body),
  )}\n`;
}

/** What publishing the directory needs. */
export interface DirectoryDeps {
  readonly objects: FeedObjectStore;
  readonly sectionNames: FeedSectionNames;
  /** The feeds' items: a section without a recorded name takes its newest item's section. */
  readonly items: FeedItemSource;
  readonly publishers: ReadonlyMap<string, Publisher>;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`). */
  readonly baseUrl: string;
}

/** What publishing the directory did. */
export interface DirectoryOutcome {
  /** How many feeds it lists. */
  readonly feeds: number;
  /** Whether its bytes differed from the stored file's, so it was written. */
  readonly written: boolean;
}

/**
 * The display name of each section feed: the one its changes recorded, else its newest item's
 * section (a feed rebuilt without changes, after a restore); the slug stands in for neither.
 */
async function namesOf(
  sections: readonly FeedRef[],
  deps: DirectoryDeps,
): Promise<Map<string, string>> {
  const names = await deps.sectionNames.sectionNames(sections.map(feedPath));
  for (const ref of sections) {
    if (names.has(feedPath(ref))) continue;
    const [newest] = await deps.items.newestItems(ref, 1);
    const name = newest?.article.section;
    if (name !== undefined && name !== null) names.set(feedPath(ref), name);
  }
  return names;
}

function samePaths(a: readonly FeedRef[], b: readonly FeedRef[]): boolean {
  return a.length === b.length && a.every((ref, i) => feedPath(ref) === feedPath(b[i] as FeedRef));
}

/**
 * Renders the directory from the bucket's feed files and writes it when its bytes changed.
 *
 * Two of these may run at once (two regenerations each creating a feed), each rendering the
 * feeds it listed. After writing, each lists the bucket again and starts over when feeds
 * appeared meanwhile: the last one to write has then listed after every other write, so every
 * feed whose files were written before it is in the file it leaves.
 *
 * @param deps - the bucket, the section names, the items, the publishers and the base URL
 * @returns how many feeds it lists and whether it was written
 * @throws FeedContentionError when feeds kept appearing for {@link MAX_ATTEMPTS} listings
 */
export async function publishFeedDirectory(deps: DirectoryDeps): Promise<DirectoryOutcome> {
  let feeds = listedFeeds(await deps.objects.listFeedKeys(), deps.publishers);
  let written = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const body = renderFeedDirectory({
      feeds,
      publishers: deps.publishers,
      sectionNames: await namesOf(
        feeds.filter((ref) => ref.kind === 'section'),
        deps,
      ),
      baseUrl: deps.baseUrl,
    });
    const bodyHash = hash('sha256', body, 'hex');
    if ((await deps.objects.storedHash(FEED_DIRECTORY_KEY)) !== bodyHash) {
      await deps.objects.put({
        key: FEED_DIRECTORY_KEY,
        body,
        contentType: FEED_DIRECTORY_CONTENT_TYPE,
        cacheControl: FEED_DIRECTORY_CACHE_CONTROL,
        hash: bodyHash,
        generation: attempt,
      });
      written = true;
    }
    const now = listedFeeds(await deps.objects.listFeedKeys(), deps.publishers);
    if (samePaths(now, feeds)) return { feeds: feeds.length, written };
    feeds = now;
  }
  throw new FeedContentionError(FEED_DIRECTORY_KEY, MAX_ATTEMPTS);
}
