/**
 * The feeds' read side: the newest live articles of a feed. The keys come from the feed's
 * keys-only GSI over the articles' feed entries (`feed-entries.ts`), newest first (`entrySort`
 * descending, never a scan); the aggregate feed merges
 * the partitions of every configured publisher. The items themselves come from the base table
 * with a strongly consistent `BatchGetItem`, so what is rendered is the article as it is now,
 * whatever the index still shows: an article that left the feed since (withdrawn, moved to
 * another section) is dropped, and the feed is sorted by the items' current `feedSort`.
 */
import { type DynamoDBDocumentClient, paginateQuery, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type FeedPosition, positionKey } from '../../feeds/archive.ts';
import type { FeedItem } from '../../feeds/feed-item.ts';
import type { FeedRef } from '../../feeds/feed-ref.ts';
import type { FeedArchiveSource, FeedItemSource } from '../../feeds/ports.ts';
import {
  ATTR,
  articleIdOfEntryKey,
  articleIdOfKey,
  INDEX,
  keys,
  sectionFeedValue,
} from '../../store/table.ts';
import { batchGetItems } from './batch-get.ts';
import { type ArticleItem, articleOf, fromStoredItem } from './items.ts';

/** One partition of a feed index. */
export interface FeedPartition {
  readonly indexName: string;
  readonly attribute: string;
  readonly value: string;
}

/**
 * The index partitions that hold a feed's items: one for a publisher or section feed, one per
 * publisher for the aggregate feed.
 *
 * @param ref - the feed
 * @param publisherIds - the configured publishers (the aggregate feed's partitions)
 * @returns the partitions to merge
 */
export function feedPartitions(ref: FeedRef, publisherIds: readonly string[]): FeedPartition[] {
  switch (ref.kind) {
    case 'all':
      return publisherIds.map((value) => ({
        indexName: INDEX.publisher,
        attribute: ATTR.entryPublisher,
        value,
      }));
    case 'publisher':
      return [
        { indexName: INDEX.publisher, attribute: ATTR.entryPublisher, value: ref.publisherId },
      ];
    case 'section':
      return [
        {
          indexName: INDEX.section,
          attribute: ATTR.entrySection,
          value: sectionFeedValue(ref.publisherId, ref.sectionSlug),
        },
      ];
  }
}

/**
 * The sort time of an item: the time part of its `feedSort` (`<UTC ISO>#<id>`).
 *
 * @param item - a live article item
 * @returns the time, or the epoch when the attribute is missing or malformed
 */
export function sortTimeOf(item: Pick<ArticleItem, 'feedSort' | 'ingestedAt'>): Date {
  const time = Date.parse(item.feedSort?.split('#', 1)[0] ?? '');
  if (!Number.isNaN(time)) return new Date(time);
  const ingested = Date.parse(item.ingestedAt);
  return new Date(Number.isNaN(ingested) ? 0 : ingested);
}

/**
 * Converts a stored article item into a feed item.
 *
 * @param item - an article item as the table returns it
 * @returns the article, its sort time, revision and publisher
 */
export function feedItemOf(item: ArticleItem): FeedItem {
  return {
    article: articleOf(item),
    sortTime: sortTimeOf(item),
    revision: item.revision,
    publisherId: item.publisherId,
  };
}

/** Whether an item, as it is now, belongs to a feed. */
function belongs(item: ArticleItem, ref: FeedRef, publisherIds: ReadonlySet<string>): boolean {
  if (item.status !== 'live' || item.feedSort === undefined) return false;
  switch (ref.kind) {
    case 'all':
      return item.feedPublisher !== undefined && publisherIds.has(item.feedPublisher);
    case 'publisher':
      return item.feedPublisher === ref.publisherId;
    case 'section':
      return item.feedSection === sectionFeedValue(ref.publisherId, ref.sectionSlug);
  }
}

/** Keys read beyond what is still missing, for the few entries a lagging index may hold. */
const SLACK = 5;
/** Queries in flight at once (the aggregate feed queries one partition per publisher). */
const QUERY_CONCURRENCY = 16;

interface IndexEntry {
  readonly articleKey: { readonly pk: string; readonly sk: string };
  /** The entry's sort key (`entrySort`, the article's `feedSort`). */
  readonly sort: string;
}

/**
 * The article behind an entry a feed index returned.
 *
 * @param raw - an item of a feed index query (keys only)
 * @returns the article's key and the entry's sort key, or null when it is not a feed entry
 */
export function indexEntryOf(raw: Record<string, unknown>): IndexEntry | null {
  const articleId = articleIdOfEntryKey(raw);
  const sort = raw[ATTR.entrySort];
  if (articleId === null || typeof sort !== 'string') return null;
  return { articleKey: keys.article(articleId), sort };
}

/** Reads one partition newest first, a page at a time, as far as the merge asks. */
class PartitionCursor {
  readonly #entries: IndexEntry[] = [];
  #startKey: Record<string, unknown> | undefined;
  #done = false;

  constructor(
    private readonly partition: FeedPartition,
    private readonly read: (
      partition: FeedPartition,
      limit: number,
      startKey: Record<string, unknown> | undefined,
    ) => Promise<{ entries: IndexEntry[]; lastKey: Record<string, unknown> | undefined }>,
  ) {}

  get exhausted(): boolean {
    return this.#done && this.#entries.length === 0;
  }

  peek(): IndexEntry | undefined {
    return this.#entries[0];
  }

  take(): IndexEntry | undefined {
    return this.#entries.shift();
  }

  /** Makes sure `count` entries are buffered, unless the partition has fewer. */
  async fill(count: number): Promise<void> {
    while (!this.#done && this.#entries.length < count) {
      const page = await this.read(this.partition, count - this.#entries.length, this.#startKey);
      this.#entries.push(...page.entries);
      this.#startKey = page.lastKey;
      if (page.lastKey === undefined) this.#done = true;
    }
  }
}

async function inBatches<T>(
  values: readonly T[],
  size: number,
  run: (value: T) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < values.length; start += size) {
    await Promise.all(values.slice(start, start + size).map(run));
  }
}

/**
 * Which end of a feed a read starts from: its newest items (the subscription document), or its
 * oldest after a `feedSort` (archive pages).
 */
type ReadOrder =
  | { readonly newest: true }
  | { readonly newest: false; readonly after: string | null };

/** Reads feeds from the table's keys-only feed GSIs and the article items. */
export class DynamoFeedItemSource implements FeedItemSource, FeedArchiveSource {
  readonly #tableName: string;
  readonly #client: DynamoDBDocumentClient;
  readonly #publisherIds: readonly string[];

  /**
   * @param tableName - the table (`TABLE_NAME`)
   * @param client - a document client
   * @param publisherIds - the configured publishers, whose partitions make the aggregate feed
   */
  constructor(tableName: string, client: DynamoDBDocumentClient, publisherIds: readonly string[]) {
    this.#tableName = tableName;
    this.#client = client;
    this.#publisherIds = publisherIds;
  }

  /** @inheritDoc */
  async newestItems(ref: FeedRef, limit: number): Promise<FeedItem[]> {
    return this.#read(ref, limit, { newest: true });
  }

  /** @inheritDoc */
  async itemsAfter(ref: FeedRef, after: FeedPosition | null, limit: number): Promise<FeedItem[]> {
    return this.#read(ref, limit, { newest: false, after: after && positionKey(after) });
  }

  /** @inheritDoc */
  async itemsByIds(ref: FeedRef, ids: readonly string[]): Promise<FeedItem[]> {
    const members = new Set(this.#publisherIds);
    const byId = new Map<string, ArticleItem>();
    for (const item of await this.#getItems(ids.map((id) => keys.article(id)))) {
      if (belongs(item, ref, members)) byId.set(item.id, item);
    }
    return ids.flatMap((id) => {
      const item = byId.get(id);
      return item === undefined ? [] : [feedItemOf(item)];
    });
  }

  /** @inheritDoc */
  async idsBetween(ref: FeedRef, from: string, to: string): Promise<string[]> {
    const found: IndexEntry[] = [];
    await inBatches(feedPartitions(ref, this.#publisherIds), QUERY_CONCURRENCY, async (p) => {
      const pages = paginateQuery(
        { client: this.#client },
        {
          TableName: this.#tableName,
          IndexName: p.indexName,
          KeyConditionExpression: '#partition = :value AND #sort BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#partition': p.attribute, '#sort': ATTR.entrySort },
          ExpressionAttributeValues: { ':value': p.value, ':from': from, ':to': to },
        },
      );
      for await (const page of pages) {
        for (const raw of page.Items ?? []) {
          const entry = indexEntryOf(raw);
          if (entry !== null) found.push(entry);
        }
      }
    });
    return found
      .sort((a, b) => a.sort.localeCompare(b.sort))
      .flatMap((entry) => articleIdOfKey(entry.articleKey) ?? []);
  }

  async #read(ref: FeedRef, limit: number, order: ReadOrder): Promise<FeedItem[]> {
    const cursors = feedPartitions(ref, this.#publisherIds).map(
      (partition) =>
        new PartitionCursor(partition, (p, n, start) => this.#query(p, n, start, order)),
    );
    const members = new Set(this.#publisherIds);
    const found = new Map<string, ArticleItem>();
    const seen = new Set<string>();
    while (found.size < limit) {
      const wanted = limit - found.size + SLACK;
      await inBatches(cursors, QUERY_CONCURRENCY, (cursor) => cursor.fill(wanted));
      const batch: IndexEntry[] = [];
      while (batch.length < wanted) {
        const cursor = next(cursors, order.newest);
        if (cursor === undefined) break;
        const entry = cursor.take();
        if (entry !== undefined && !seen.has(entry.articleKey.pk)) {
          seen.add(entry.articleKey.pk);
          batch.push(entry);
        }
      }
      if (batch.length === 0) break;
      for (const item of await this.#getItems(batch.map((entry) => entry.articleKey))) {
        if (belongs(item, ref, members)) found.set(item.pk, item);
      }
    }
    const direction = order.newest ? -1 : 1;
    return [...found.values()]
      .sort((a, b) => direction * (a.feedSort ?? '').localeCompare(b.feedSort ?? ''))
      .slice(0, limit)
      .map(feedItemOf);
  }

  async #query(
    partition: FeedPartition,
    limit: number,
    startKey: Record<string, unknown> | undefined,
    order: ReadOrder,
  ): Promise<{ entries: IndexEntry[]; lastKey: Record<string, unknown> | undefined }> {
    const after = order.newest ? null : order.after;
    const page = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: partition.indexName,
        KeyConditionExpression:
          after === null ? '#partition = :value' : '#partition = :value AND #sort > :after',
        ExpressionAttributeNames: {
          '#partition': partition.attribute,
          ...(after === null ? {} : { '#sort': ATTR.entrySort }),
        },
        ExpressionAttributeValues: {
          ':value': partition.value,
          ...(after === null ? {} : { ':after': after }),
        },
        ScanIndexForward: !order.newest,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const entries = (page.Items ?? []).flatMap((raw): IndexEntry[] => {
      const entry = indexEntryOf(raw);
      return entry === null ? [] : [entry];
    });
    return { entries, lastKey: page.LastEvaluatedKey };
  }

  async #getItems(articleKeys: readonly { pk: string; sk: string }[]): Promise<ArticleItem[]> {
    const raw = await batchGetItems(this.#client, this.#tableName, articleKeys, {
      consistent: true,
    });
    return raw.map(fromStoredItem);
  }
}

/**
 * The cursor whose next entry sorts newest (or oldest), or undefined when every cursor is
 * exhausted.
 */
function next(
  cursors: readonly PartitionCursor[],
  newestFirst: boolean,
): PartitionCursor | undefined {
  let best: PartitionCursor | undefined;
  for (const cursor of cursors) {
    const entry = cursor.peek();
    if (entry === undefined) continue;
    const bestEntry = best?.peek();
    if (
      bestEntry === undefined ||
      (newestFirst ? entry.sort > bestEntry.sort : entry.sort < bestEntry.sort)
    ) {
      best = cursor;
    }
  }
  return best;
}
