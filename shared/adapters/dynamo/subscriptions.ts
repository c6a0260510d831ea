/**
 * WebSub subscriptions in the table: one item per topic and callback (`SUB#<topic key>` /
 * `<callback>`) holding the lease and secret, and a copy of its lease under the callback's host
 * (`SUBHOST#<host>` / `<topic key>#<callback>`) so the per-host limit is one query. Both are
 * written and deleted in one transaction. A lease that ends is filtered out at once by every
 * read; DynamoDB's TTL (`expiresAt`, in seconds) deletes the items some time later.
 */
import {
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { keys } from '../../store/table.ts';
import type { Subscription, SubscriptionStore } from '../../websub/ports.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** A subscription as stored. */
interface SubscriptionItem {
  readonly pk: string;
  readonly sk: string;
  readonly type: 'subscription';
  readonly topicKey: string;
  readonly callback: string;
  readonly callbackHost: string;
  readonly secret?: string;
  readonly leaseSeconds: number;
  /** End of the lease, ms since the epoch. */
  readonly leaseEndsAt: number;
  readonly verifiedAt: number;
  /** TTL: end of the lease in seconds. */
  readonly expiresAt: number;
}

function hostOf(callback: string): string {
  return new URL(callback).hostname.toLowerCase();
}

function subscriptionOf(item: Record<string, unknown>): Subscription | null {
  const { topicKey, callback, callbackHost, secret, leaseSeconds, leaseEndsAt, verifiedAt } = item;
  if (
    typeof topicKey !== 'string' ||
    typeof callback !== 'string' ||
    typeof leaseEndsAt !== 'number'
  ) {
    return null;
  }
  return {
    topicKey,
    callback,
    callbackHost: typeof callbackHost === 'string' ? callbackHost : hostOf(callback),
    secret: typeof secret === 'string' && secret !== '' ? secret : null,
    leaseSeconds: typeof leaseSeconds === 'number' ? leaseSeconds : 0,
    expiresAt: leaseEndsAt,
    verifiedAt: typeof verifiedAt === 'number' ? verifiedAt : 0,
  };
}

/** Subscriptions kept in the pipeline's table. */
export class DynamoSubscriptionStore implements SubscriptionStore {
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

  /** @inheritDoc */
  async get(topicKey: string, callback: string): Promise<Subscription | null> {
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: keys.subscription(topicKey, callback),
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? null : subscriptionOf(Item);
  }

  /** @inheritDoc */
  async put(subscription: Subscription): Promise<void> {
    const host = hostOf(subscription.callback);
    const expiresAt = Math.ceil(subscription.expiresAt / 1000);
    const item: SubscriptionItem = {
      ...keys.subscription(subscription.topicKey, subscription.callback),
      type: 'subscription',
      topicKey: subscription.topicKey,
      callback: subscription.callback,
      callbackHost: host,
      ...(subscription.secret === null ? {} : { secret: subscription.secret }),
      leaseSeconds: subscription.leaseSeconds,
      leaseEndsAt: subscription.expiresAt,
      verifiedAt: subscription.verifiedAt,
      expiresAt,
    };
    await this.#client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.#tableName, Item: item } },
          {
            Put: {
              TableName: this.#tableName,
              Item: {
                ...keys.subscriptionByHost(host, subscription.topicKey, subscription.callback),
                type: 'subscription-host',
                leaseEndsAt: subscription.expiresAt,
                expiresAt,
              },
            },
          },
        ],
      }),
    );
  }

  /** @inheritDoc */
  async remove(topicKey: string, callback: string): Promise<void> {
    await this.#client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: this.#tableName, Key: keys.subscription(topicKey, callback) } },
          {
            Delete: {
              TableName: this.#tableName,
              Key: keys.subscriptionByHost(hostOf(callback), topicKey, callback),
            },
          },
        ],
      }),
    );
  }

  /** @inheritDoc */
  async activeForTopic(topicKey: string, now: number): Promise<Subscription[]> {
    const subscriptions: Subscription[] = [];
    await this.#query(
      {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.subscription(topicKey, '').pk, ':now': now },
      },
      (items) => {
        for (const item of items) {
          const subscription = subscriptionOf(item);
          if (subscription !== null) subscriptions.push(subscription);
        }
      },
    );
    return subscriptions;
  }

  /** @inheritDoc */
  async countActiveForHost(host: string, now: number): Promise<number> {
    let count = 0;
    await this.#query(
      {
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: {
          ':pk': keys.subscriptionByHost(host.toLowerCase(), '', '').pk,
          ':now': now,
        },
        Select: 'COUNT',
      },
      (_items, pageCount) => {
        count += pageCount;
      },
    );
    return count;
  }

  /** Runs a query over every page, keeping only items whose lease has not ended. */
  async #query(
    input: Omit<QueryCommandInput, 'TableName'>,
    page: (items: Record<string, unknown>[], count: number) => void,
  ): Promise<void> {
    const results = paginateQuery(
      { client: this.#client },
      {
        ...input,
        TableName: this.#tableName,
        FilterExpression: 'leaseEndsAt > :now',
        ConsistentRead: true,
      },
    );
    for await (const result of results) page(result.Items ?? [], result.Count ?? 0);
  }
}
