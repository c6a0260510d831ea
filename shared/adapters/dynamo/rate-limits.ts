/**
 * The upload API's rate limits in the table, shared by every function instance: one item per
 * API key (`RATE#<key id>`) holding the key's GCRA instant (see
 * `shared/upload-api/rate-limiter.ts`). Each request is one conditional `UpdateItem`, with no
 * read first, so concurrent requests of one key never both take the last place of its burst:
 *
 * - a busy key (its instant within the burst): `tat = tat + interval`, if `tat` is between now
 *   and now + (burst − 1) intervals;
 * - an idle or new key (its instant past): `tat = now + interval`, if `tat` is before now.
 *
 * When neither condition holds the key is over its rate, and the item the failed write returns
 * says for how long. The item expires (TTL) once its instant no longer matters.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateLimit } from '../../publishers/publisher.ts';
import { ATTR, keys } from '../../store/table.ts';
import type { RateLimits } from '../../upload-api/rate-limiter.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** Attempts when the key's state changes between the two kinds of write (races only). */
const MAX_ATTEMPTS = 5;

/** How long (s) an item outlives its instant before TTL may delete it. */
const EXPIRY_MARGIN_SECONDS = 3600;

function conditionFailed(error: unknown): error is ConditionalCheckFailedException {
  return error instanceof ConditionalCheckFailedException;
}

/** The instant the failed write saw (raw attribute values: the document client leaves them). */
function tatOf(error: ConditionalCheckFailedException): number | null | undefined {
  if (error.Item === undefined) return undefined;
  const value = error.Item.tat?.N;
  return value === undefined ? null : Number(value);
}

/**
 * Rate limits shared through the article table.
 *
 * @example
 * const limits = new DynamoRateLimits(tableName, documentClient);
 * const wait = await limits.take(keyId, { perSecond: 20, burst: 40 }); // 0: allowed
 */
export class DynamoRateLimits implements RateLimits {
  /**
   * @param tableName - the table
   * @param client - a document client; the process's one (from the environment) by default
   * @param now - the clock in ms @default Date.now
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient = defaultDocumentClient(),
    private readonly now: () => number = Date.now,
  ) {}

  async take(id: string, rate: RateLimit): Promise<number> {
    const interval = 1000 / rate.perSecond;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const now = this.now();
      const limit = now + (rate.burst - 1) * interval;
      const expiresAt = Math.ceil((limit + interval) / 1000) + EXPIRY_MARGIN_SECONDS;
      let seen: number | null | undefined;
      try {
        await this.update(id, 'SET #tat = #tat + :interval, #expires = :expires', {
          condition: '#tat BETWEEN :now AND :limit',
          values: { ':interval': interval, ':now': now, ':limit': limit, ':expires': expiresAt },
        });
        return 0;
      } catch (error) {
        if (!conditionFailed(error)) throw error;
        seen = tatOf(error);
      }
      if (seen === undefined) seen = await this.read(id);
      if (seen !== null && seen > limit) {
        return Math.max(1, Math.ceil((seen - limit) / 1000));
      }
      if (seen !== null && seen >= now) continue; // moved into the burst meanwhile: try again
      try {
        await this.update(id, 'SET #tat = :next, #expires = :expires', {
          condition: 'attribute_not_exists(#tat) OR #tat < :now',
          values: { ':next': now + interval, ':now': now, ':expires': expiresAt },
        });
        return 0;
      } catch (error) {
        if (!conditionFailed(error)) throw error;
      }
    }
    // The key's requests keep racing each other: ask this one to come back shortly.
    return 1;
  }

  private async update(
    id: string,
    expression: string,
    options: { condition: string; values: Record<string, number> },
  ): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.rateLimit(id),
        UpdateExpression: expression,
        ConditionExpression: options.condition,
        ExpressionAttributeNames: { '#tat': 'tat', '#expires': ATTR.expiresAt },
        ExpressionAttributeValues: options.values,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
  }

  private async read(id: string): Promise<number | null> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.rateLimit(id),
        ConsistentRead: true,
        ProjectionExpression: '#tat',
        ExpressionAttributeNames: { '#tat': 'tat' },
      }),
    );
    return typeof Item?.tat === 'number' ? Item.tat : null;
  }
}
