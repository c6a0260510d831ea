/**
 * Per-feed generations in the table (`pk = FEED#<feed path>`, `sk = FEED`): `generation` counts
 * regeneration attempts, `committed` is the greatest generation whose files are in place, and
 * `buildDate` / `contentHash` the latest version claimed before writing files (the build date
 * never goes back). See `regenerateFeed` for how they keep an older render from staying on top
 * of a newer one.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { FeedGeneration, FeedStateStore, FeedVersion } from '../../feeds/ports.ts';
import { keys, type SORT_KEY } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** Key of a feed's state item. */
export function feedStateKey(feedPath: string): { pk: string; sk: string } {
  return keys.feed(feedPath);
}

/** The state of a feed as stored. */
export interface FeedStateItem {
  readonly pk: string;
  readonly sk: typeof SORT_KEY.feed;
  readonly type: 'feed-state';
  readonly generation: number;
  readonly committed?: number;
  /** Body hash of each format's file at `committed`. */
  readonly hashes?: Readonly<Record<string, string>>;
  /** When `committed` was last set (ISO 8601 UTC). */
  readonly committedAt?: string;
  /** Build date of the latest claimed version (ISO 8601 UTC, whole seconds). */
  readonly buildDate?: string;
  /** Content hash of the latest claimed version. */
  readonly contentHash?: string;
}

/**
 * The latest claimed version of a stored state item.
 *
 * @param item - the state item's attributes, as stored
 * @returns the version, or null when none was claimed yet (or the item is malformed)
 */
export function feedVersionOf(item: Record<string, unknown> | undefined): FeedVersion | null {
  const contentHash = item?.contentHash;
  if (typeof contentHash !== 'string') return null;
  const stored = item?.buildDate;
  const time = typeof stored === 'string' ? Date.parse(stored) : Number.NaN;
  return { contentHash, buildDate: Number.isNaN(time) ? null : new Date(time) };
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
    client: DynamoDBDocumentClient = defaultDocumentClient(),
    clock: () => Date = () => new Date(),
  ) {
    this.#tableName = tableName;
    this.#client = client;
    this.#clock = clock;
  }

  /** @inheritDoc */
  async begin(feedPath: string): Promise<FeedGeneration> {
    const result = await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: feedStateKey(feedPath),
        UpdateExpression: 'ADD generation :one SET #type = :type',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':type': 'feed-state' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const generation = result.Attributes?.generation;
    if (typeof generation !== 'number') {
      throw new Error(`Feed state of ${feedPath} returned no generation`);
    }
    return { generation, latest: feedVersionOf(result.Attributes) };
  }

  /** @inheritDoc */
  async claim(feedPath: string, version: FeedVersion): Promise<FeedVersion | null> {
    const buildDate = version.buildDate?.toISOString() ?? null;
    // ISO 8601 UTC strings of one width compare like the times they name.
    const condition =
      buildDate === null
        ? 'attribute_not_exists(contentHash) OR attribute_not_exists(buildDate)'
        : 'attribute_not_exists(contentHash) OR attribute_not_exists(buildDate) OR ' +
          'buildDate < :buildDate OR (buildDate = :buildDate AND contentHash = :hash)';
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: feedStateKey(feedPath),
          UpdateExpression:
            buildDate === null
              ? 'SET contentHash = :hash REMOVE buildDate'
              : 'SET contentHash = :hash, buildDate = :buildDate',
          ConditionExpression: condition,
          ExpressionAttributeValues: {
            ':hash': version.contentHash,
            ...(buildDate === null ? {} : { ':buildDate': buildDate }),
          },
          // The refusal carries the item, so no read (and no GetItem permission) is needed.
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return null;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const latest = feedVersionOf(error.Item === undefined ? undefined : unmarshall(error.Item));
      if (latest === null) {
        throw new Error(`Feed state of ${feedPath} refused a claim without a version`, {
          cause: error,
        });
      }
      return latest;
    }
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
