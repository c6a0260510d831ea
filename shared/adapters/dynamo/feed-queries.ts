/**
 * The feeds' read side: the newest live articles of a feed, through its sparse GSI (never a
 * scan). Items are read newest first (`feedSort` descending) and pages are followed until the
 * limit is reached, since a page stops at 1 MB and article items are large.
 */
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedItem } from '../../feeds/feed-item.ts';
import type { FeedRef } from '../../feeds/feed-ref.ts';
import type { FeedItemSource } from '../../feeds/ports.ts';
import { ATTR, FEED_ALL_VALUE, INDEX, sectionFeedValue } from '../../store/table.ts';
import { documentClient as defaultClient } from '../aws-clients.ts';
import { type ArticleItem, articleOf } from './items.ts';

/** The index, partition attribute and partition value that hold a feed's items. */
export function feedIndexQuery(ref: FeedRef): {
  readonly indexName: string;
  readonly attribute: string;
  readonly value: string;
} {
  switch (ref.kind) {
    case 'all':
      return { indexName: INDEX.all, attribute: ATTR.feedAll, value: FEED_ALL_VALUE };
    case 'publisher':
      return { indexName: INDEX.publisher, attribute: ATTR.feedPublisher, value: ref.publisherId };
    case 'section':
      return {
        indexName: INDEX.section,
        attribute: ATTR.feedSection,
        value: sectionFeedValue(ref.publisherId, ref.sectionSlug),
      };
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
 * @returns the article and its sort time
 */
export function feedItemOf(item: ArticleItem): FeedItem {
  return { article: articleOf(item), sortTime: sortTimeOf(item), revision: item.revision };
}

/** Reads feeds from the table's feed GSIs. */
export class DynamoFeedItemSource implements FeedItemSource {
  readonly #tableName: string;
  readonly #client: DynamoDBDocumentClient;

  /**
   * @param tableName - the table (`TABLE_NAME`)
   * @param client - a document client; the process's client by default
   */
  constructor(tableName: string, client: DynamoDBDocumentClient = defaultClient) {
    this.#tableName = tableName;
    this.#client = client;
  }

  /** @inheritDoc */
  async newestItems(ref: FeedRef, limit: number): Promise<FeedItem[]> {
    const { indexName, attribute, value } = feedIndexQuery(ref);
    const items: FeedItem[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: indexName,
          KeyConditionExpression: '#partition = :value',
          ExpressionAttributeNames: { '#partition': attribute },
          ExpressionAttributeValues: { ':value': value },
          ScanIndexForward: false,
          Limit: limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const raw of page.Items ?? []) {
        const item = raw as ArticleItem;
        // The index is sparse on live articles; the check guards against a hand-edited item.
        if (item.status === 'withdrawn') continue;
        items.push(feedItemOf(item));
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined && items.length < limit);
    return items;
  }
}
