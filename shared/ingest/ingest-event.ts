/**
 * The ingest of one inbox event: an upload becomes an article or a recorded rejection, a removal
 * withdraws the key's article. Pure over its ports; the Lambda and the local runtime wire it to
 * S3 and DynamoDB.
 */

import type { Article } from '../article.ts';
import { ExtractionError } from '../extract/errors.ts';
import { articleId } from '../extract/hash.ts';
import { mayRemoveFrom, type ProfilePage, siteOf, templateFor } from '../extract/template/index.ts';
import { foreignHost } from '../publishers/domains.ts';
import type { PublisherLookup } from '../publishers/ports.ts';
import type { PublisherRecord } from '../publishers/publisher.ts';
import { PageRejectedError, type RejectionReason } from './errors.ts';
import type {
  ExtractArticle,
  ExtractPage,
  IngestStore,
  PageHead,
  PageSource,
  SiteProfileRead,
  SiteProfileStore,
  SourceEvent,
} from './ports.ts';
import { decodeS3Key, type InboxEvent } from './s3-event.ts';
import { compareSequencers } from './sequencer.ts';

/** What the ingest needs. */
export interface IngestDependencies {
  readonly pages: PageSource;
  readonly store: IngestStore;
  readonly extract: ExtractArticle;
  /** The registry (through a short cache in the functions). */
  readonly publishers: PublisherLookup;
  /** Size limit of a page, checked before its body is read. */
  readonly maxPageBytes: number;
  /** The clock. @default () => new Date() */
  readonly now?: () => Date;
  /**
   * Site template learning: each page is extracted with its site's template (learnt from the
   * site's other recent pages) and recorded in the site's profile; when a profile first becomes
   * usable, the site's earlier pages are extracted again with it. Without it, `extract` runs
   * alone.
   */
  readonly templates?: {
    readonly profiles: SiteProfileStore;
    readonly extract: ExtractPage;
  };
}

/** Why an event changed nothing. */
export type SkipReason =
  /** A newer event of the key was already applied. */
  | 'stale'
  /** This very event was already applied (S3 delivers at least once). */
  | 'duplicate'
  /** The object was replaced since the event; the replacement's own event will apply it. */
  | 'superseded'
  /** The object was deleted since the event; the deletion's own event will apply it. */
  | 'gone'
  /** A folder placeholder (`<prefix>/`), not a page. */
  | 'folder';

/** What became of one event. */
export type IngestOutcome = { readonly objectKey: string } & (
  | {
      readonly kind: 'ingested';
      readonly articleId: string;
      readonly change: 'created' | 'updated';
    }
  | { readonly kind: 'unchanged'; readonly articleId: string }
  | { readonly kind: 'rejected'; readonly reason: RejectionReason; readonly message: string }
  | { readonly kind: 'withdrawn'; readonly articleId: string }
  | { readonly kind: 'detached'; readonly articleId: string }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'skipped'; readonly why: SkipReason }
) & {
    /** Milliseconds spent in the extractor, when it ran. */
    readonly extractionMs?: number;
  };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** Types that say nothing about the bytes; the extractor sniffs those. */
const GENERIC_TYPES = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'text/plain',
]);

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** The `charset` parameter of a content type (`text/html; charset="windows-1251"`), or null. */
function charsetOf(contentType: string | null): string | null {
  const value = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '')?.[2];
  return value ?? null;
}

function publisherIdOf(objectKey: string): string | null {
  const slash = objectKey.indexOf('/');
  return slash > 0 ? objectKey.slice(0, slash) : null;
}

function checkHead(head: PageHead, maxPageBytes: number): void {
  if (head.size > maxPageBytes) {
    throw new PageRejectedError(
      'oversize',
      `Page is larger than the limit (${head.size} bytes > ${maxPageBytes} bytes)`,
    );
  }
  const type = mediaType(head.contentType);
  if (!HTML_TYPES.has(type) && !GENERIC_TYPES.has(type)) {
    throw new PageRejectedError(
      'not-html',
      `Page is not HTML (got ${head.contentType}, ${head.size} bytes)`,
    );
  }
}

async function findPublisher(
  objectKey: string,
  publishers: PublisherLookup,
): Promise<PublisherRecord> {
  const id = publisherIdOf(objectKey);
  if (id === null) {
    throw new PageRejectedError(
      'unknown-publisher',
      `Key ${JSON.stringify(objectKey)} has no publisher prefix (expected <publisherId>/<path>.html)`,
    );
  }
  const publisher = await publishers.get(id);
  if (publisher === undefined || publisher === null) {
    throw new PageRejectedError(
      'unknown-publisher',
      `Unknown publisher ${JSON.stringify(id)} in key ${JSON.stringify(objectKey)}: the first segment of a key must be a registered publisher (syndicate publishers list)`,
    );
  }
  if (publisher.status === 'suspended') {
    throw new PageRejectedError(
      'suspended',
      `Publisher ${JSON.stringify(id)} is suspended: its uploads are refused until it is resumed`,
    );
  }
  return publisher;
}

/**
 * Rejects a URL whose host is not one of the publisher's domains: a publisher may only publish
 * its own pages, so another publisher's article can never be named.
 */
function checkOwnUrl(url: string, what: string, publisher: PublisherRecord): void {
  const host = foreignHost(url, publisher.domains);
  if (host === null) return;
  throw new PageRejectedError(
    'foreign-url',
    `Page's ${what} ${url} is on ${host}, which is not one of publisher ${JSON.stringify(publisher.id)}'s domains (${publisher.domains.join(', ')})`,
  );
}

/**
 * The article as the publisher's own: its id is a hash of the publisher and the canonical URL,
 * so two publishers' articles never share an item whatever their URLs say.
 */
function ownedBy(article: Article, publisher: PublisherRecord): Article {
  const id = articleId(article.url, publisher.id);
  return article.id === id ? article : { ...article, id };
}

/**
 * The skip of an event the source's record already holds, or one older than it (a redelivery or
 * a late event): checked again atomically by the store's writes; here it spares the S3 reads.
 *
 * @returns the skipped outcome, or null when the event is newer than what was applied
 */
async function alreadyApplied(
  event: InboxEvent,
  objectKey: string,
  deps: IngestDependencies,
): Promise<IngestOutcome | null> {
  const state = await deps.store.getSource(objectKey);
  if (state === null) return null;
  const order = compareSequencers(state.sequencer, event.sequencer);
  if (order < 0) return null;
  return { objectKey, kind: 'skipped', why: order === 0 ? 'duplicate' : 'stale' };
}

async function applyCreated(
  event: InboxEvent,
  source: SourceEvent,
  deps: IngestDependencies,
  timing: { extractionMs?: number },
): Promise<IngestOutcome> {
  const { objectKey } = source;
  const seen = await alreadyApplied(event, objectKey, deps);
  if (seen !== null) return seen;
  const publisher = await findPublisher(objectKey, deps.publishers);
  const head = await deps.pages.head(event.bucket, objectKey);
  if (head === null) return { objectKey, kind: 'skipped', why: 'gone' };
  if (event.eTag !== null && head.eTag !== event.eTag) {
    return { objectKey, kind: 'skipped', why: 'superseded' };
  }
  checkHead(head, deps.maxPageBytes);
  if (head.sourceUrl !== null) checkOwnUrl(head.sourceUrl, 'source-url', publisher);
  const body = await deps.pages.body(event.bucket, objectKey, head);
  if (body === null) return { objectKey, kind: 'skipped', why: 'superseded' };

  const started = performance.now();
  let extracted: Extracted;
  try {
    extracted = await extractWithTemplate(body, head, publisher, deps);
  } catch (error) {
    if (error instanceof ExtractionError) {
      throw new PageRejectedError(error.reason, error.message, { cause: error });
    }
    throw error;
  } finally {
    timing.extractionMs = performance.now() - started;
  }
  const { article, learning } = extracted;
  checkOwnUrl(article.url, 'canonical URL', publisher);

  const saved = await deps.store.saveArticle(
    { ...source, publisherId: publisher.id },
    ownedBy(article, publisher),
  );
  if (saved.outcome !== 'stale' && saved.outcome !== 'duplicate' && learning !== null) {
    await learnFrom(
      { ...learning, page: { ...learning.page, source: objectKey } },
      event.bucket,
      deps,
    );
  }
  switch (saved.outcome) {
    case 'stale':
    case 'duplicate':
      return { objectKey, kind: 'skipped', why: saved.outcome };
    case 'unchanged':
      return { objectKey, kind: 'unchanged', articleId: saved.articleId };
    default:
      return { objectKey, kind: 'ingested', articleId: saved.articleId, change: saved.outcome };
  }
}

function extractOptions(head: PageHead, publisher: PublisherRecord) {
  const charset = charsetOf(head.contentType);
  return {
    ...(head.sourceUrl === null ? {} : { url: head.sourceUrl }),
    // The charset the page was uploaded with, as a browser takes the one it was served with.
    ...(charset === null ? {} : { charset }),
    timezone: publisher.timezone,
    publisher,
  };
}

/** An extracted page, with what template learning records of it. */
interface Extracted {
  readonly article: Article;
  /** The page's fingerprints and the lookup of its site's profile; null without learning. */
  readonly learning: Learning | null;
}

/** What a page teaches its site's profile. */
interface Learning {
  readonly page: ProfilePage;
  /** The lookup made to extract it, which the recording may build on. */
  readonly siteRead: SiteProfileRead;
}

/**
 * Extracts a page, with its site's template when the site has a usable one. The site is the
 * canonical URL's host, known only once the page is read: a first pass finds it (and the
 * page's fingerprints), a second applies the template when it matches any of the page's blocks.
 */
async function extractWithTemplate(
  body: Buffer,
  head: PageHead,
  publisher: PublisherRecord,
  deps: IngestDependencies,
): Promise<Extracted> {
  const options = extractOptions(head, publisher);
  if (deps.templates === undefined) {
    return { article: await deps.extract(body, options), learning: null };
  }
  const { profiles, extract } = deps.templates;
  const first = await extract(body, options);
  const siteRead = await profiles.read(siteOf(first.article.url));
  const learning = { page: first.profilePage, siteRead };
  const template = templateFor(siteRead.profile, first.article.url);
  // A template that matches none of the page's blocks would change nothing: no second pass.
  if (template === null || !mayRemoveFrom(template, first.profilePage.fingerprints)) {
    return { article: first.article, learning };
  }
  const { article } = await extract(body, { ...options, template });
  return { article, learning };
}

/**
 * Records a page in its site's profile; when that makes the profile usable for the first time,
 * the site's earlier pages are extracted again with it, so a new site's first articles are
 * cleaned too.
 */
async function learnFrom(
  { page, siteRead }: Learning,
  bucket: string,
  deps: IngestDependencies,
): Promise<void> {
  if (deps.templates === undefined) return;
  const { profile, becameUsable } = await deps.templates.profiles.record(page, siteRead);
  if (!becameUsable) return;
  for (const earlier of profile.pages) {
    if (earlier.source === undefined || earlier.source === page.source) continue;
    await reextract(earlier.source, bucket, deps);
  }
}

/**
 * Extracts a key's current page again for the event already applied to it, and stores the
 * result through the same store write (idempotent: an unchanged article is not written, and a
 * newer event of the key wins). A page that is gone, replaced or now rejected is left alone:
 * its own events decide.
 */
async function reextract(
  objectKey: string,
  bucket: string,
  deps: IngestDependencies,
): Promise<void> {
  const state = await deps.store.getSource(objectKey);
  if (state === null || state.status !== 'ingested') return;
  const publisher = await deps.publishers.get(publisherIdOf(objectKey) ?? '');
  if (publisher === undefined || publisher === null || publisher.status !== 'active') return;
  const head = await deps.pages.head(bucket, objectKey);
  if (head === null) return;
  const body = await deps.pages.body(bucket, objectKey, head);
  if (body === null) return;
  let article: Article;
  try {
    ({ article } = await extractWithTemplate(body, head, publisher, deps));
  } catch (error) {
    if (error instanceof ExtractionError) return;
    throw error;
  }
  if (foreignHost(article.url, publisher.domains) !== null) return;
  await deps.store.saveArticle(
    {
      objectKey,
      sequencer: state.sequencer,
      publisherId: publisher.id,
      at: (deps.now ?? (() => new Date()))(),
    },
    ownedBy(article, publisher),
    { sameEvent: true },
  );
}

/**
 * A removal event: the key's page leaves the feeds only when the key has no current object. On
 * the versioned inbox a removal event does not always mean that: deleting a non-current version
 * (`ObjectRemoved:Delete` with its `versionId`) leaves the current page in place, and removing a
 * delete marker (the usual way to restore a page) makes the previous version current again. So
 * the key is looked at: a current object is ingested as if uploaded (unchanged content changes
 * nothing; a restored page is published again), and only a key without one is withdrawn.
 */
async function applyRemoved(
  event: InboxEvent,
  source: SourceEvent,
  deps: IngestDependencies,
  timing: { extractionMs?: number },
): Promise<IngestOutcome> {
  const { objectKey } = source;
  const seen = await alreadyApplied(event, objectKey, deps);
  if (seen !== null) return seen;
  if ((await deps.pages.head(event.bucket, objectKey)) !== null) {
    // Whichever version is current now is the page: no ETag of the event to compare it with.
    return applyCreated({ ...event, eTag: null }, source, deps, timing);
  }
  const removed = await deps.store.removeSource(source);
  switch (removed.outcome) {
    case 'stale':
    case 'duplicate':
      return { objectKey, kind: 'skipped', why: removed.outcome };
    case 'deleted':
      return { objectKey, kind: 'deleted' };
    default:
      return { objectKey, kind: removed.outcome, articleId: removed.articleId };
  }
}

/**
 * Applies one S3 event of the inbox. Idempotent and order-safe: a repeated or older event
 * changes nothing.
 *
 * @param event - a parsed S3 object event
 * @param deps - the ports and settings
 * @returns what became of the event; a permanent problem with the page is a recorded `rejected`
 *   outcome, not an error
 * @throws any error of a port that is not a rejection (throttling, timeouts, 5xx): transient,
 *   the caller lets SQS retry the message
 * @example
 * const outcome = await ingestEvent(event, { pages, store, extract: extractArticle, publishers: registry, maxPageBytes });
 */
export async function ingestEvent(
  event: InboxEvent,
  deps: IngestDependencies,
): Promise<IngestOutcome> {
  const at = (deps.now ?? (() => new Date()))();
  let objectKey = event.rawKey;
  const timing: { extractionMs?: number } = {};
  const source = (key: string): SourceEvent => ({
    objectKey: key,
    sequencer: event.sequencer,
    publisherId: publisherIdOf(key),
    eTag: event.kind === 'created' ? event.eTag : null,
    at,
  });
  try {
    objectKey = decodeS3Key(event.rawKey);
    if (objectKey.endsWith('/')) return { objectKey, kind: 'skipped', why: 'folder' };
    const outcome =
      event.kind === 'created'
        ? await applyCreated(event, source(objectKey), deps, timing)
        : await applyRemoved(event, source(objectKey), deps, timing);
    return { ...outcome, ...timing };
  } catch (error) {
    if (!(error instanceof PageRejectedError)) throw error;
    const recorded = await deps.store.recordRejection(source(objectKey), {
      reason: error.reason,
      message: error.message,
    });
    if (recorded.outcome !== 'recorded') {
      return { objectKey, kind: 'skipped', why: recorded.outcome, ...timing };
    }
    return { objectKey, kind: 'rejected', reason: error.reason, message: error.message, ...timing };
  }
}
