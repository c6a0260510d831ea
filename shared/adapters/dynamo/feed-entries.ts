/**
 * Feed entries: each article's place in the feed indexes, on an item of its own
 * (`pk = ENTRY#<id>`, `sk = ENTRY`, see `shared/store/table.ts`). The feeds function writes it
 * from the article's stream record, before it marks the feeds, so a regeneration the change
 * schedules finds the entry. One plain `PutItem` of about 150 bytes: 1 WCU on the table and 1 in
 * each index it enters — where the ingest's transaction would have counted every index write twice.
 * A change that keeps the article's place (a new body, a new title) writes nothing.
 *
 * Each entry carries the revision of the article it was written from, and a write only replaces
 * an older revision, so records delivered twice or late (a retried batch) never bring back an
 * older place. A withdrawn article's entry stays, without its index attributes (out of every
 * index), so its revision keeps guarding it.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord, AttributeValue as StreamAttributeValue } from 'aws-lambda';
import { ATTR, articleIdOfKey, keys, SORT_KEY } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** Where a live article sits in the feed indexes. */
export interface FeedPlace {
  /** `feed-publisher` partition: the publisher id. */
  readonly publisher: string;
  /** `feed-section` partition (`<publisherId>#<sectionSlug>`), or null without a section. */
  readonly section: string | null;
  /** Sort key in both (`<UTC ISO>#<id>`). */
  readonly sort: string;
}

/** A feed entry as stored. */
export interface FeedEntryItem {
  readonly pk: string;
  readonly sk: typeof SORT_KEY.entry;
  readonly type: 'feed-entry';
  /** The article revision it was written from. */
  readonly revision: number;
  readonly entryPublisher?: string;
  readonly entrySection?: string;
  readonly entrySort?: string;
}

/** What to do to an article's entry. */
export interface FeedEntryChange {
  readonly articleId: string;
  /** The article's revision after the change (0 when the record has none). */
  readonly revision: number;
  /** The article's place now; null when it is in no feed (withdrawn) or was deleted. */
  readonly place: FeedPlace | null;
  /** The article item itself was deleted: so is its entry. */
  readonly deleted: boolean;
}

type Image = Record<string, unknown>;

function text(item: Image, name: string): string | null {
  const value = item[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The place of an article item in the feed indexes.
 *
 * @param item - an article item (or its stream image), or null
 * @returns its place while it is live, else null
 */
export function feedPlaceOf(item: Image | null): FeedPlace | null {
  if (item === null) return null;
  const publisher = text(item, ATTR.feedPublisher);
  const sort = text(item, ATTR.feedSort);
  if (publisher === null || sort === null) return null;
  return { publisher, section: text(item, ATTR.feedSection), sort };
}

function samePlace(a: FeedPlace | null, b: FeedPlace | null): boolean {
  if (a === null || b === null) return a === b;
  return a.publisher === b.publisher && a.section === b.section && a.sort === b.sort;
}

/**
 * The entry item of an article at a revision.
 *
 * @param articleId - the article
 * @param revision - its revision
 * @param place - its place, or null for an entry in no index
 * @returns the item to put
 * @example feedEntryItem('e3b0', 3, { publisher: 'demo', section: 'demo#du-lich', sort: '2026-11-30T08:00:00.000Z#e3b0' });
 */
export function feedEntryItem(
  articleId: string,
  revision: number,
  place: FeedPlace | null,
): FeedEntryItem {
  return {
    ...keys.entry(articleId),
    sk: SORT_KEY.entry,
    type: 'feed-entry',
    revision,
    ...(place === null
      ? {}
      : {
          [ATTR.entryPublisher]: place.publisher,
          [ATTR.entrySort]: place.sort,
          ...(place.section === null ? {} : { [ATTR.entrySection]: place.section }),
        }),
  };
}

function image(value: Record<string, StreamAttributeValue> | undefined): Image | null {
  if (value === undefined) return null;
  // The stream's AttributeValue type (aws-lambda) and the SDK's differ only in typing.
  return unmarshall(value as Parameters<typeof unmarshall>[0]);
}

/**
 * What a table change does to a feed entry.
 *
 * @param record - one record of the table's stream (new and old images)
 * @returns the change, or null when the record is not about an article or keeps its place
 */
export function feedEntryChangeOf(record: DynamoDBRecord): FeedEntryChange | null {
  const key = image(record.dynamodb?.Keys);
  const articleId = key === null ? null : articleIdOfKey(key);
  if (articleId === null) return null;
  const before = image(record.dynamodb?.OldImage);
  const after = image(record.dynamodb?.NewImage);
  const place = feedPlaceOf(after);
  if (before !== null && after !== null && samePlace(feedPlaceOf(before), place)) return null;
  const revision = after?.revision;
  return {
    articleId,
    revision: typeof revision === 'number' ? revision : 0,
    place,
    deleted: after === null,
  };
}

/** The feed entries in DynamoDB. */
export class DynamoFeedEntries {
  readonly #tableName: string;
  readonly #client: DynamoDBDocumentClient;

  /**
   * @param tableName - the table (`TABLE_NAME`)
   * @param client - a document client; the process's client by default
   */
  constructor(tableName: string, client: DynamoDBDocumentClient = defaultDocumentClient()) {
    this.#tableName = tableName;
    this.#client = client;
  }

  /**
   * Applies a stream record to its article's entry.
   *
   * @param record - one record of the table's stream
   * @returns `written`; `unchanged` when the record is not an article's or keeps its place;
   *   `stale` when the entry holds a later revision already
   */
  async follow(record: DynamoDBRecord): Promise<'written' | 'unchanged' | 'stale'> {
    const change = feedEntryChangeOf(record);
    return change === null ? 'unchanged' : this.apply(change);
  }

  /**
   * Writes an article's entry, unless it holds a later revision.
   *
   * @param change - the article, its revision and place
   * @returns `written`, or `stale` when a later revision is there
   */
  async apply(change: FeedEntryChange): Promise<'written' | 'stale'> {
    if (change.deleted) {
      await this.#client.send(
        new DeleteCommand({ TableName: this.#tableName, Key: keys.entry(change.articleId) }),
      );
      return 'written';
    }
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: feedEntryItem(change.articleId, change.revision, change.place),
          ConditionExpression: 'attribute_not_exists(pk) OR revision < :revision',
          ExpressionAttributeValues: { ':revision': change.revision },
        }),
      );
      return 'written';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'stale';
      throw error;
    }
  }
}
