/**
 * Withdrawing all of a publisher's live articles (`syndicate publishers suspend --withdraw`):
 * found through the `feed-publisher` index, each re-read consistently and written withdrawn
 * with the same optimistic lock on `revision` the ingest uses. The feeds function sees the
 * changes on the stream and regenerates the feeds they leave.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
} from '@aws-sdk/lib-dynamodb';
import { PublisherError } from '../../publishers/errors.ts';
import type { PublisherArticles } from '../../publishers/ports.ts';
import { ATTR, articleIdOfEntryKey, INDEX, keys } from '../../store/table.ts';
import { fromStoredItem, suspendedArticleItem, toStoredItem } from './items.ts';

/** Passes over the index; each one withdraws what the previous one found (the index lags). */
const MAX_PASSES = 20;
/** Writes of one article that found it changed before giving up. */
const MAX_ATTEMPTS = 8;

/**
 * The articles of publishers, on DynamoDB.
 *
 * @example
 * const withdrawn = await new DynamoPublisherArticles(tableName, documentClient).withdrawAll('demo', new Date());
 */
export class DynamoPublisherArticles implements PublisherArticles {
  /**
   * @param tableName - the table
   * @param client - a document client
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient,
  ) {}

  async withdrawAll(publisherId: string, at: Date): Promise<number> {
    let withdrawn = 0;
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      let changed = 0;
      for await (const id of this.liveIds(publisherId)) {
        if (await this.withdraw(id, publisherId, at)) changed += 1;
      }
      withdrawn += changed;
      // The index no longer lists a live article (or lists only ones already withdrawn).
      if (changed === 0) return withdrawn;
    }
    return withdrawn;
  }

  private async *liveIds(publisherId: string): AsyncGenerator<string> {
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        IndexName: INDEX.publisher,
        KeyConditionExpression: '#p = :p',
        ExpressionAttributeNames: { '#p': ATTR.entryPublisher },
        ExpressionAttributeValues: { ':p': publisherId },
        // The index holds the feed entries' keys only: the article id is in the entry's key.
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const id = articleIdOfEntryKey(item);
        if (id !== null) yield id;
      }
    }
  }

  /** @returns true when this call withdrew the article */
  private async withdraw(id: string, publisherId: string, at: Date): Promise<boolean> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const { Item } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: keys.article(id), ConsistentRead: true }),
      );
      const item = Item === undefined ? undefined : fromStoredItem(Item);
      if (item === undefined || item.status !== 'live' || item.publisherId !== publisherId) {
        return false;
      }
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: toStoredItem(suspendedArticleItem(item, at)),
            ConditionExpression: 'revision = :revision',
            ExpressionAttributeValues: { ':revision': item.revision },
          }),
        );
        return true;
      } catch (error) {
        // Changed meanwhile (a late ingest): read it again.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new PublisherError(`Article ${id} kept changing while withdrawing it; try again`);
  }
}
