/**
 * The DynamoDB ingest store on its own, against DynamoDB Local: the conditions that make writes
 * order-safe and concurrent writers of one article safe.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DynamoIngestStore } from '../../shared/adapters/dynamo/ingest-store.ts';
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
