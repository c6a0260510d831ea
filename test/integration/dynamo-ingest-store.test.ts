/**
 * The DynamoDB ingest store on its own, against DynamoDB Local: the conditions that make writes
 * order-safe and concurrent writers of one article safe.
 */
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/adapters/aws-client-factories.ts';
import {
  type DynamoIngestStore,
  DynamoIngestStore as DynamoIngestStoreClass,
} from '../../shared/adapters/dynamo/ingest-store.ts';
import { DynamoPageListing, pageListingKey } from '../../shared/adapters/dynamo/page-listing.ts';
import { DynamoPageStates } from '../../shared/adapters/dynamo/page-states.ts';
import type { Article } from '../../shared/article.ts';
import { normalizeSequencer } from '../../shared/ingest/sequencer.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
let store: DynamoIngestStore;

beforeAll(async () => {
  const { DynamoIngestStore } = await import('../../shared/adapters/dynamo/ingest-store.ts');
  store = new DynamoIngestStore(aws().tableName, aws().documentClient);
});

function article(id: string, contentHash: string): Article {
  return {
    id,
    url: `https://demo.example.vn/${id}.html`,
    title: `Bài ${id}`,
    lead: null,
    authors: ['Minh Anh'],
    publishedAt: '2026-11-20T08:30:00+07:00',
    modifiedAt: null,
    language: 'vi',
    section: 'Thời sự',
    tags: ['giao thông'],
    contentHtml: `<p>${contentHash}</p>`,
    contentText: contentHash,
    images: [],
    image: {
      url: `https://demo.example.vn/anh/${id}.jpg`,
      caption: null,
      alt: `Ảnh ${id}`,
      width: 1200,
      height: 630,
    },
    wordCount: 1,
    contentHash,
  };
}

const event = (objectKey: string, sequencer: string) => ({
  objectKey,
  sequencer: normalizeSequencer(sequencer),
  publisherId: 'demo',
  at: new Date(),
});

describe('DynamoIngestStore', () => {
  it('refuses an older or repeated event even without a prior check by the caller', async () => {
    const key = 'demo/store/order.html';
    expect(await store.saveArticle(event(key, '20'), article('store-order', 'v2'))).toEqual({
      outcome: 'created',
      articleId: 'store-order',
    });
    expect(await store.saveArticle(event(key, '10'), article('store-order', 'v1'))).toEqual({
      outcome: 'stale',
    });
    expect(await store.saveArticle(event(key, '20'), article('store-order', 'v1'))).toEqual({
      outcome: 'duplicate',
    });
    expect(
      await store.recordRejection(event(key, '15'), { reason: 'oversize', message: 'x' }),
    ).toEqual({ outcome: 'stale' });
    expect(await store.removeSource(event(key, '19'))).toEqual({ outcome: 'stale' });
    expect((await store.getArticle('store-order'))?.contentHash).toBe('v2');
  });

  it('keeps every key when several keys save the same article at once', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `demo/store/concurrent-${i}.html`);
    const results = await Promise.all(
      keys.map((key) => store.saveArticle(event(key, '01'), article('store-shared', 'same'))),
    );
    expect(results.every((r) => r.outcome !== 'stale' && r.outcome !== 'duplicate')).toBe(true);
    const stored = await store.getArticle('store-shared');
    expect([...(stored?.sourceKeys ?? [])].sort()).toEqual([...keys].sort());
    expect(stored?.revision).toBe(keys.length);
  });

  it('records the removal of a key it never saw, so a late upload event stays stale', async () => {
    const key = 'demo/store/never.html';
    expect(await store.removeSource(event(key, '30'))).toEqual({ outcome: 'deleted' });
    expect(await store.saveArticle(event(key, '29'), article('store-never', 'v'))).toEqual({
      outcome: 'stale',
    });
    expect(await store.getArticle('store-never')).toBeNull();
  });
});

describe("DynamoIngestStore and the listing of a publisher's keys", () => {
  /** Capacity of every call made through a client, by where it was consumed. */
  function capacityOf(client: DynamoDBDocumentClient) {
    const units = new Map<string, number>();
    client.middlewareStack.add(
      (next) => async (args) => {
        (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'INDEXES';
        const result = await next(args);
        const consumed = (result.output as { ConsumedCapacity?: ConsumedCapacity[] })
          .ConsumedCapacity;
        for (const entry of [consumed ?? []].flat()) {
          units.set('table', (units.get('table') ?? 0) + (entry.Table?.CapacityUnits ?? 0));
          for (const [name, index] of Object.entries(entry.GlobalSecondaryIndexes ?? {})) {
            units.set(name, (units.get(name) ?? 0) + (index.CapacityUnits ?? 0));
          }
        }
        return result;
      },
      { step: 'initialize', name: 'capacity' },
    );
    return units;
  }

  it("writes no index for a key's state: a new key and a re-upload cost table writes only", async () => {
    const client = createDocumentClient(aws().dynamoDbClient);
    const units = capacityOf(client);
    const counted = new DynamoIngestStoreClass(aws().tableName, client);
    const key = 'demo/store/capacity.html';
    await counted.saveArticle(event(key, '10'), article('store-capacity', 'v1'));
    await counted.saveArticle(event(key, '11'), article('store-capacity', 'v2'));
    await counted.recordRejection(event(key, '12'), { reason: 'oversize', message: 'x' });
    expect([...units.keys()]).toEqual(['table']);
  });

  it('lists a key once, under the outcome of its last event, newest first', async () => {
    const states = new DynamoPageStates(aws().tableName, aws().documentClient);
    const at = (n: number) => new Date(Date.UTC(2026, 10, 1, n));
    const keyEvent = (objectKey: string, sequencer: string, hour: number) => ({
      ...event(objectKey, sequencer),
      publisherId: 'listing',
      at: at(hour),
    });
    await store.recordRejection(keyEvent('listing/a.html', '1', 1), {
      reason: 'oversize',
      message: 'x',
    });
    await store.recordRejection(keyEvent('listing/b.html', '1', 2), {
      reason: 'oversize',
      message: 'x',
    });
    await store.saveArticle(keyEvent('listing/a.html', '2', 3), article('listing-a', 'v1'));
    await store.saveArticle(keyEvent('listing/a.html', '3', 4), article('listing-a', 'v2'));
    // A redelivered event changes nothing and keeps the key listed once.
    await store.saveArticle(keyEvent('listing/a.html', '3', 4), article('listing-a', 'v2'));
    await store.removeSource(keyEvent('listing/b.html', '2', 5));

    const keysOf = async (status: 'ingested' | 'rejected' | 'deleted') =>
      (await states.recent('listing', status, 10)).map((state) => state.objectKey);
    expect(await keysOf('ingested')).toEqual(['listing/a.html']);
    expect(await keysOf('rejected')).toEqual([]);
    expect(await keysOf('deleted')).toEqual(['listing/b.html']);
    const ingested = await states.recent('listing', 'ingested', 10);
    expect(ingested[0]?.updatedAt).toBe(at(4).toISOString());
  });

  it('skips an entry a crash left behind, and a redelivered event lists its key again', async () => {
    const states = new DynamoPageStates(aws().tableName, aws().documentClient);
    const listing = new DynamoPageListing(aws().tableName, aws().documentClient);
    const e = { ...event('crash/a.html', '5'), publisherId: 'crash', at: new Date('2026-11-05Z') };
    await store.saveArticle(e, article('crash-a', 'v1'));
    // As if the delivery stopped after its transaction: its entry missing, an older one left.
    const entry = { publisherId: 'crash', objectKey: 'crash/a.html', status: 'ingested' } as const;
    await aws().documentClient.send(
      new DeleteCommand({
        TableName: aws().tableName,
        Key: pageListingKey({ ...entry, updatedAt: e.at.toISOString() }),
      }),
    );
    await listing.put({ ...entry, updatedAt: '2026-11-01T00:00:00.000Z' });
    expect(await states.recent('crash', 'ingested', 10)).toEqual([]);
    expect(await store.saveArticle(e, article('crash-a', 'v1'))).toEqual({ outcome: 'duplicate' });
    expect((await states.recent('crash', 'ingested', 10)).map((s) => s.objectKey)).toEqual([
      'crash/a.html',
    ]);
  });
});
