/**
 * Articles written straight into the table by a test, with the feed entry the feeds function
 * would have written from their stream record (the feed indexes are built on entries).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoFeedEntries, feedPlaceOf } from '../../shared/adapters/dynamo/feed-entries.ts';
import { type ArticleItem, toStoredItem } from '../../shared/adapters/dynamo/items.ts';
import type { LocalAws } from './local-aws.ts';

/**
 * Writes an article's feed entry at its revision, as the feeds function does.
 *
 * @param aws - the suite's local servers
 * @param item - the article item
 */
export async function placeFeedEntry(aws: LocalAws, item: ArticleItem): Promise<void> {
  await new DynamoFeedEntries(aws.tableName, aws.documentClient).apply({
    articleId: item.id,
    revision: item.revision,
    place: feedPlaceOf({ ...item }),
    deleted: false,
  });
}

/**
 * Stores an article item (body compressed, as the ingest stores it) and its feed entry.
 *
 * @param aws - the suite's local servers
 * @param item - the article item
 */
export async function storeArticleItem(aws: LocalAws, item: ArticleItem): Promise<void> {
  await aws.documentClient.send(
    new PutCommand({ TableName: aws.tableName, Item: toStoredItem(item) }),
  );
  await placeFeedEntry(aws, item);
}
