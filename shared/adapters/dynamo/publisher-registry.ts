/**
 * The publisher registry and the API keys in the table (see `shared/store/table.ts`):
 * publishers are items of one partition (`PUBLISHER` / `<id>`), read by one query; a publisher's
 * keys are the items of its own partition (`APIKEY#<id>` / `<keyId>`), holding hashes only.
 * Reads are strongly consistent, so a revoked key fails at once.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  paginateQuery,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { StoredApiKey } from '../../publishers/api-keys.ts';
import {
  ApiKeyNotFoundError,
  PublisherExistsError,
  PublisherNotFoundError,
} from '../../publishers/errors.ts';
import type { ApiKeyStore, PublisherRegistry } from '../../publishers/ports.ts';
import type { PublisherRecord } from '../../publishers/publisher.ts';
import { keys, PUBLISHER_PARTITION } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

type Item = Record<string, unknown>;

function recordOf(item: Item): PublisherRecord {
  const { pk: _pk, sk: _sk, type: _type, ...record } = item;
  return record as unknown as PublisherRecord;
}

function keyOf(item: Item): StoredApiKey {
  return {
    publisherId: String(item.publisherId),
    keyId: String(item.keyId),
    secretHash: String(item.secretHash),
    createdAt: String(item.createdAt),
    revokedAt: typeof item.revokedAt === 'string' ? item.revokedAt : null,
  };
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/**
 * The registry on DynamoDB.
 *
 * @example
 * const registry = new DynamoPublisherRegistry('syndication', documentClient);
 * const demo = await registry.get('demo');
 */
export class DynamoPublisherRegistry implements PublisherRegistry, ApiKeyStore {
  /**
   * @param tableName - the table
   * @param client - a document client; the process's one (from the environment) by default
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient = defaultDocumentClient(),
  ) {}

  async get(id: string): Promise<PublisherRecord | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.publisher(id), ConsistentRead: true }),
    );
    return Item === undefined ? null : recordOf(Item);
  }

  async list(): Promise<readonly PublisherRecord[]> {
    return (await this.query(PUBLISHER_PARTITION)).map(recordOf);
  }

  async create(record: PublisherRecord): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.publisher(record.id), type: 'publisher', ...record },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new PublisherExistsError(record.id);
      throw error;
    }
  }

  async replace(record: PublisherRecord, previous: PublisherRecord): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.publisher(record.id), type: 'publisher', ...record },
          ConditionExpression: 'attribute_exists(pk) AND updatedAt = :previous',
          ExpressionAttributeValues: { ':previous': previous.updatedAt },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      if ((await this.get(record.id)) === null) throw new PublisherNotFoundError(record.id);
      return false;
    }
  }

  async putKey(key: StoredApiKey): Promise<void> {
    // No `revokedAt` attribute until revoked: `if_not_exists` would keep a stored null.
    const { revokedAt, ...fields } = key;
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.apiKey(key.publisherId, key.keyId),
          type: 'api-key',
          ...fields,
          ...(revokedAt === null ? {} : { revokedAt }),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getKey(publisherId: string, keyId: string): Promise<StoredApiKey | null> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.apiKey(publisherId, keyId),
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? null : keyOf(Item);
  }

  async listKeys(publisherId: string): Promise<readonly StoredApiKey[]> {
    const items = await this.query(keys.apiKey(publisherId, '').pk);
    return items.map(keyOf).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async revokeKey(publisherId: string, keyId: string, at: Date): Promise<StoredApiKey> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.apiKey(publisherId, keyId),
          UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return keyOf(Attributes ?? {});
    } catch (error) {
      if (isConditionFailure(error)) throw new ApiKeyNotFoundError(publisherId, keyId);
      throw error;
    }
  }

  private async query(pk: string): Promise<Item[]> {
    const items: Item[] = [];
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  }
}
