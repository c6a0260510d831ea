/**
 * The items the ingest writes to the table (see `shared/store/table.ts` for keys and indexes),
 * and the pure functions that build them. Feed code reads {@link ArticleItem}.
 */
import type { Article } from '../../article.ts';
import type { RejectionReason } from '../../ingest/errors.ts';
import { type ClampedDates, clampFutureDates } from '../../ingest/future-dates.ts';
import type { SourceState } from '../../ingest/ports.ts';
import {
  ATTR,
  feedSortValue,
  keys,
  REJECTION_PARTITION,
  SORT_KEY,
  sectionFeedValue,
} from '../../store/table.ts';
import { slugify } from '../../text/slug.ts';
import { BODY_ATTRIBUTE, decodeBody, encodeBody } from './article-body.ts';

/**
 * An article item: `pk = ARTICLE#<id>`, `sk = ARTICLE`. Holds every {@link Article} field
 * (`null` where the article has no value, empty lists kept) plus bookkeeping. Every write
 * replaces the whole item and so produces one stream record with the new and old images. In the
 * table the body (`contentHtml`, `contentText`) is stored compressed (see `article-body.ts`):
 * {@link toStoredItem} and {@link fromStoredItem} convert.
 *
 * While `status` is `live` the item carries the sparse feed-index attributes `feedPublisher`,
 * `feedSort` and, when it has a section, `feedSection`; a withdrawn article has none of them, so
 * it is in no feed index, but keeps all its other fields.
 */
export interface ArticleItem extends Article {
  readonly pk: string;
  readonly sk: typeof SORT_KEY.article;
  readonly type: 'article';
  /** The publisher of the inbox key the article last came from. */
  readonly publisherId: string;
  /** `slugify(section)`, or null when the article has no section (or it slugifies to nothing). */
  readonly sectionSlug: string | null;
  /** `live`: in the feeds; `withdrawn`: every key that held it was deleted. */
  readonly status: 'live' | 'withdrawn';
  /** When the article was first stored (ISO 8601 UTC); the feed sort time without `publishedAt`. */
  readonly ingestedAt: string;
  /** When the item was last written (ISO 8601 UTC). */
  readonly updatedAt: string;
  /** When the article was withdrawn (ISO 8601 UTC); only on withdrawn articles. */
  readonly withdrawnAt?: string;
  /** The inbox keys whose current upload is this article (several keys, one canonical URL). */
  readonly sourceKeys: readonly string[];
  /** Incremented on every write; the condition of the next write (optimistic locking). */
  readonly revision: number;
  /**
   * The page's own dates that lay in the future and were clamped to the ingest time (see
   * `shared/ingest/future-dates.ts`); absent when none was.
   */
  readonly clampedDates?: ClampedDates;
  /** `<publisherId>` while live. */
  readonly feedPublisher?: string;
  /** `<publisherId>#<sectionSlug>` while live and with a section. */
  readonly feedSection?: string;
  /** `<publication time, UTC ISO with ms>#<id>` while live (see `feedSortValue`). */
  readonly feedSort?: string;
}

/** The state of an inbox key: `pk = SOURCE#<key>`, `sk = SOURCE`. */
export interface SourceItem {
  readonly pk: string;
  readonly sk: typeof SORT_KEY.source;
  readonly type: 'source';
  readonly objectKey: string;
  readonly publisherId: string | null;
  /** Normalized sequencer (upper-case hex, zero-padded) of the last event applied. */
  readonly sequencer: string;
  readonly status: SourceState['status'];
  /** The article of the key's last successful upload (kept after a rejection or deletion). */
  readonly articleId: string | null;
  readonly lastError: {
    readonly reason: RejectionReason;
    readonly message: string;
    readonly at: string;
  } | null;
  /** What the last ingested upload did to its article (absent on items written before it). */
  readonly change?: 'created' | 'updated' | 'unchanged' | null;
  /** ETag of the object version of the last upload event (absent on older items). */
  readonly eTag?: string | null;
  readonly updatedAt: string;
}

/** A rejected upload: `pk = REJECTION`, `sk = <ISO time>#<key>`, expires after 90 days. */
export interface RejectionItem {
  readonly pk: typeof REJECTION_PARTITION;
  readonly sk: string;
  readonly type: 'rejection';
  readonly objectKey: string;
  readonly publisherId: string | null;
  readonly reason: RejectionReason;
  readonly message: string;
  readonly sequencer: string;
  /** ISO 8601 UTC. */
  readonly rejectedAt: string;
  /** TTL, epoch seconds. */
  readonly expiresAt: number;
}

/** How long rejections stay in the table. */
export const REJECTION_RETENTION_DAYS = 90;

const FEED_ATTRIBUTES = [ATTR.feedPublisher, ATTR.feedSection, ATTR.feedSort] as const;

function time(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The `modifiedAt` to store: on changed content the page's own value when it moved forward,
 * else the time of this ingest, so readers see the article changed.
 */
function modifiedAtOf(
  article: Article,
  existing: ArticleItem | null,
  atIso: string,
): string | null {
  if (existing === null) return article.modifiedAt;
  if (existing.contentHash === article.contentHash)
    return existing.modifiedAt ?? article.modifiedAt;
  const incoming = time(article.modifiedAt);
  const previous = time(existing.modifiedAt);
  if (incoming !== null && (previous === null || incoming > previous)) return article.modifiedAt;
  return atIso;
}

function withoutFeeds<T extends Partial<Record<(typeof FEED_ATTRIBUTES)[number], unknown>>>(
  item: T,
): Omit<T, (typeof FEED_ATTRIBUTES)[number]> {
  const copy = { ...item };
  for (const name of FEED_ATTRIBUTES) delete copy[name];
  return copy;
}

/**
 * Builds the live item of an article uploaded under `objectKey`. Dates more than a small
 * allowance after the ingest are clamped to it and flagged in `clampedDates`; a publication time
 * clamped before stays at its first clamped value, so a re-upload does not move the article up.
 *
 * @param extracted - the extracted article
 * @param context - the key, its publisher, the time, and the stored item if any
 * @returns the item to put (feed attributes set)
 */
export function liveArticleItem(
  extracted: Article,
  context: {
    readonly objectKey: string;
    readonly publisherId: string;
    readonly at: Date;
    readonly existing: ArticleItem | null;
  },
): ArticleItem {
  const { existing, publisherId } = context;
  const atIso = context.at.toISOString();
  const ingestedAt = existing?.ingestedAt ?? atIso;
  const { article, clamped } = clampFutureDates(extracted, context.at);
  const publishedAt =
    clamped?.publishedAt !== undefined && existing?.clampedDates?.publishedAt !== undefined
      ? existing.publishedAt
      : article.publishedAt;
  const sectionSlug = article.section === null ? null : slugify(article.section) || null;
  const published = time(publishedAt);
  const sortTime = new Date(published ?? Date.parse(ingestedAt));
  const sourceKeys = [...new Set([...(existing?.sourceKeys ?? []), context.objectKey])];
  return {
    ...article,
    ...keys.article(article.id),
    sk: SORT_KEY.article,
    type: 'article',
    publishedAt,
    modifiedAt: modifiedAtOf(article, existing, atIso),
    publisherId,
    sectionSlug,
    status: 'live',
    ingestedAt,
    updatedAt: atIso,
    sourceKeys,
    revision: (existing?.revision ?? 0) + 1,
    ...(clamped === null ? {} : { clampedDates: clamped }),
    feedPublisher: publisherId,
    ...(sectionSlug === null ? {} : { feedSection: sectionFeedValue(publisherId, sectionSlug) }),
    feedSort: feedSortValue(sortTime, article.id),
  };
}

/** An article item as stored: the body compressed in `body` instead of its two text fields. */
export type StoredArticleItem = Omit<ArticleItem, 'contentHtml' | 'contentText'> & {
  readonly [BODY_ATTRIBUTE]: Uint8Array;
};

/**
 * The attributes to write for an article item.
 *
 * @param item - the article item
 * @returns the item with its body compressed
 */
export function toStoredItem(item: ArticleItem): StoredArticleItem {
  const { contentHtml, contentText, ...rest } = item;
  return { ...rest, [BODY_ATTRIBUTE]: encodeBody({ contentHtml, contentText }) };
}

/**
 * An article item as read from the table (or a stream image).
 *
 * @param stored - the stored attributes
 * @returns the item with its body decoded (an item stored before articles had a declared
 *   picture has none)
 * @throws UnreadableBodyError when the body cannot be read
 */
export function fromStoredItem(stored: Record<string, unknown>): ArticleItem {
  const { [BODY_ATTRIBUTE]: _body, ...rest } = stored;
  const item = rest as unknown as ArticleItem;
  return { ...item, image: item.image ?? null, ...decodeBody(stored) };
}

/**
 * Builds the item of an article after `objectKey` stopped holding it: withdrawn (out of every
 * feed, record kept) when no other key holds it, else live with the remaining keys.
 *
 * @param item - the stored article
 * @param objectKey - the key that no longer holds it
 * @param at - the time of the change
 * @returns the item to put
 */
export function detachedArticleItem(item: ArticleItem, objectKey: string, at: Date): ArticleItem {
  const sourceKeys = item.sourceKeys.filter((key) => key !== objectKey);
  const updatedAt = at.toISOString();
  const revision = item.revision + 1;
  if (sourceKeys.length > 0) return { ...item, sourceKeys, updatedAt, revision };
  return {
    ...withoutFeeds(item),
    status: 'withdrawn',
    withdrawnAt: updatedAt,
    sourceKeys,
    updatedAt,
    revision,
  };
}

/**
 * Builds the item of an article its publisher's suspension takes out of the feeds: withdrawn
 * (out of every feed, record kept) with its keys kept, so a later upload of one of them
 * publishes it again.
 *
 * @param item - the stored article
 * @param at - the time of the withdrawal
 * @returns the item to put
 */
export function suspendedArticleItem(item: ArticleItem, at: Date): ArticleItem {
  const withdrawnAt = at.toISOString();
  return {
    ...withoutFeeds(item),
    status: 'withdrawn',
    withdrawnAt,
    updatedAt: withdrawnAt,
    revision: item.revision + 1,
  };
}

/**
 * The state of an inbox key as the ingest reads it.
 *
 * @param item - a stored source item
 * @returns the state (fields older items lack are null)
 */
export function sourceStateOf(item: SourceItem): SourceState {
  return {
    objectKey: item.objectKey,
    sequencer: item.sequencer,
    status: item.status,
    articleId: item.articleId,
    lastError:
      item.lastError === null
        ? null
        : { reason: item.lastError.reason, message: item.lastError.message },
    change: item.change ?? null,
    eTag: item.eTag ?? null,
    updatedAt: item.updatedAt,
  };
}

/**
 * Builds a rejection log entry.
 *
 * @param entry - the key, reason, message, sequencer and time
 * @returns the item to put
 */
export function rejectionItem(entry: {
  readonly objectKey: string;
  readonly publisherId: string | null;
  readonly reason: RejectionReason;
  readonly message: string;
  readonly sequencer: string;
  readonly at: Date;
}): RejectionItem {
  const rejectedAt = entry.at.toISOString();
  return {
    ...keys.rejection(rejectedAt, entry.objectKey),
    pk: REJECTION_PARTITION,
    type: 'rejection',
    objectKey: entry.objectKey,
    publisherId: entry.publisherId,
    reason: entry.reason,
    message: entry.message,
    sequencer: entry.sequencer,
    rejectedAt,
    expiresAt: Math.floor(entry.at.getTime() / 1000) + REJECTION_RETENTION_DAYS * 24 * 3600,
  };
}

/**
 * The article fields of an item, without the bookkeeping.
 *
 * @param item - a stored article
 * @returns the {@link Article}
 */
export function articleOf(item: ArticleItem): Article {
  return {
    id: item.id,
    url: item.url,
    title: item.title,
    lead: item.lead,
    authors: item.authors,
    publishedAt: item.publishedAt,
    modifiedAt: item.modifiedAt,
    language: item.language,
    section: item.section,
    tags: item.tags,
    contentHtml: item.contentHtml,
    contentText: item.contentText,
    images: item.images,
    image: item.image,
    wordCount: item.wordCount,
    contentHash: item.contentHash,
  };
}
