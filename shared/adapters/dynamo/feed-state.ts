/**
 * Per-feed generations in the table (`pk = FEED#<feed path>`, `sk = FEED`): `generation` counts
 * regeneration attempts, `committed` is the greatest generation whose files are in place. See
 * `regenerateFeed` for how they keep an older render from staying on top of a newer one.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { FeedStateStore } from '../../feeds/ports.ts';
import { documentClient as defaultClient } from '../aws-clients.ts';

/** Key of a feed's state item. */
export function feedStateKey(feedPath: string): { pk: string; sk: string } {
  return { pk: `FEED#${feedPath}`, sk: 'FEED' };
}

/** The state of a feed as stored. */
export interface FeedStateItem {
  readonly pk: string;
  readonly sk: 'FEED';
  readonly type: 'feed-state';
  readonly generation: number;
  readonly committed?: number;
  /** Body hash of each format's file at `committed`. */
  readonly hashes?: Readonly<Record<string, string>>;
  /** When `committed` was last set (ISO 8601 UTC). */
  readonly committedAt?: string;
}

/** Generations kept in DynamoDB with atomic counters and conditional writes. */
export class DynamoFeedStateStore implements FeedStateStore {
  readonly #tableName: string;
  readonly #client: DynamoDBDocumentClient;
  readonly #clock: () => Date;

  /**
   * @param tableName - the table (`TABLE_NAME`)
   * @param client - a document client; the process's client by default
   * @param clock - the time written as `committedAt`
   */
  constructor(
    tableName: string,
    client: DynamoDBDocumentClient = defaultClient,
    clock: () => Date = () => new Date(),
  ) {
    this.#tableName = tableName;
    this.#client = client;
    this.#clock = clock;
  }

  /** @inheritDoc */
  async begin(feedPath: string): Promise<number> {
    const result = await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: feedStateKey(feedPath),
        UpdateExpression: 'ADD generation :one SET #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'feed-state' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const generation = result.Attributes?.generation;
    if (typeof generation !== 'number') {
      throw new Error(`Feed state of ${feedPath} returned no generation`);
    }
    return generation;
  }

  /** @inheritDoc */
  async commit(
    feedPath: string,
    generation: number,
    hashes: Readonly<Record<string, string>>,
  ): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: feedStateKey(feedPath),
          UpdateExpression: 'SET committed = :generation, hashes = :hashes, committedAt = :at',
          ConditionExpression: 'attribute_not_exists(committed) OR committed < :generation',
          ExpressionAttributeValues: {
            ':generation': generation,
            ':hashes': hashes,
            ':at': this.#clock().toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
