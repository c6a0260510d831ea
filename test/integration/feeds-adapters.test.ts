/**
 * The feeds adapters on real local servers: GSI queries across 1 MB pages, generations with
 * conditional writes, and two regenerations of one feed racing on DynamoDB Local and s3rver.
 */
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoFeedStateStore } from '../../shared/adapters/dynamo/feed-state.ts';
import {
  type ArticleItem,
  detachedArticleItem,
  liveArticleItem,
  toStoredItem,
} from '../../shared/adapters/dynamo/items.ts';
import { S3FeedObjectStore } from '../../shared/adapters/s3/feed-objects.ts';
import type { Article } from '../../shared/article.ts';
import type { FeedRef } from '../../shared/feeds/feed-ref.ts';
import type { FeedItemSource, FeedObjectStore } from '../../shared/feeds/ports.ts';
import { regenerateFeed } from '../../shared/feeds/regenerate.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { placeFeedEntry } from '../support/feed-entries.ts';
import { useLocalAws } from '../support/local-aws.ts';
import { article } from '../unit/feeds/fixtures.ts';
import { gate, settle } from '../unit/feeds/in-memory-ports.ts';

const aws = useLocalAws();
const PUBLISHER_IDS = [...samplePublishersById.keys()];

const place = (item: ArticleItem) => placeFeedEntry(aws(), item);

async function store(value: Article, publisherId = 'example-news'): Promise<void> {
  const item = liveArticleItem(value, {
    objectKey: `${publisherId}/${value.id}.html`,
    publisherId,
    at: new Date('2024-11-01T00:00:00Z'),
    existing: null,
  });
  await aws().documentClient.send(new PutCommand({ TableName: aws().tableName, Item: item }));
  await place(item);
}

function day(n: number): string {
  return new Date(Date.UTC(2024, 9, n)).toISOString();
}

describe('DynamoFeedItemSource', () => {
  it('reads the newest N items of a section across pages of the 1 MB query limit', async () => {
    const big = '<p>'.concat('x'.repeat(380_000), '</p>');
    for (let n = 1; n <= 5; n += 1) {
      await store(
        article({
          id: `big${n}`,
          section: 'Big',
          contentHtml: big,
          publishedAt: day(n),
          images: [],
        }),
      );
    }
    const source = new DynamoFeedItemSource(aws().tableName, aws().documentClient, PUBLISHER_IDS);
    const ref: FeedRef = { kind: 'section', publisherId: 'example-news', sectionSlug: 'big' };
    const items = await source.newestItems(ref, 4);
    expect(items.map((item) => item.article.id)).toEqual(['big5', 'big4', 'big3', 'big2']);
    expect(items[0]?.sortTime.toISOString()).toBe(day(5));
    expect(items[0]?.article.contentHtml).toBe(big);
  });

  it('leaves out a withdrawn article its entry still lists, and sorts an undated one by its ingest time', async () => {
    await store(article({ id: 'dated', section: 'Mixed', publishedAt: day(20) }));
    await store(article({ id: 'undated', section: 'Mixed', publishedAt: null }));
    const gone = liveArticleItem(article({ id: 'gone', section: 'Mixed', publishedAt: day(25) }), {
      objectKey: 'example-news/gone.html',
      publisherId: 'example-news',
      at: new Date('2024-11-01T00:00:00Z'),
      existing: null,
    });
    // Withdrawn after its entry was placed, before the stream moved the entry: the index lags.
    await place(gone);
    await aws().documentClient.send(
      new PutCommand({
        TableName: aws().tableName,
        Item: detachedArticleItem(gone, 'example-news/gone.html', new Date('2024-11-02Z')),
      }),
    );
    const source = new DynamoFeedItemSource(aws().tableName, aws().documentClient, PUBLISHER_IDS);
    const items = await source.newestItems(
      { kind: 'section', publisherId: 'example-news', sectionSlug: 'mixed' },
      10,
    );
    expect(items.map((item) => item.article.id)).toEqual(['undated', 'dated']);
    expect(items[0]?.sortTime.toISOString()).toBe('2024-11-01T00:00:00.000Z');
  });
});

describe('DynamoFeedItemSource aggregate feed', () => {
  it('merges the partitions of the configured publishers, newest first, leaving others out', async () => {
    const dated = (id: string, publisherId: string, n: number) =>
      store(article({ id, section: 'Merge', publishedAt: day(n) }), publisherId);
    await dated('m-a1', 'merge-a', 1);
    await dated('m-b2', 'merge-b', 2);
    await dated('m-a3', 'merge-a', 3);
    await dated('m-b4', 'merge-b', 4);
    await dated('m-a5', 'merge-a', 5);
    await dated('m-c6', 'merge-c', 6);
    const source = new DynamoFeedItemSource(aws().tableName, aws().documentClient, [
      'merge-a',
      'merge-b',
    ]);
    const items = await source.newestItems({ kind: 'all' }, 4);
    expect(items.map((item) => item.article.id)).toEqual(['m-a5', 'm-b4', 'm-a3', 'm-b2']);
    expect(items.map((item) => item.publisherId)).toEqual([
      'merge-a',
      'merge-b',
      'merge-a',
      'merge-b',
    ]);
  });

  it('reads the body back from the compressed item the ingest stores', async () => {
    const value = article({ id: 'm-stored', section: 'Stored', publishedAt: day(9) });
    const item = liveArticleItem(value, {
      objectKey: 'merge-d/m-stored.html',
      publisherId: 'merge-d',
      at: new Date('2024-11-01T00:00:00Z'),
      existing: null,
    });
    await aws().documentClient.send(
      new PutCommand({ TableName: aws().tableName, Item: toStoredItem(item) }),
    );
    await place(item);
    const source = new DynamoFeedItemSource(aws().tableName, aws().documentClient, ['merge-d']);
    const [read] = await source.newestItems({ kind: 'publisher', publisherId: 'merge-d' }, 5);
    expect(read?.article).toEqual(value);
  });
});

describe('DynamoFeedStateStore', () => {
  it('hands out increasing generations and refuses a commit older than the last one', async () => {
    const state = new DynamoFeedStateStore(aws().tableName, aws().documentClient);
    const first = (await state.begin('example-news/state')).generation;
    const second = (await state.begin('example-news/state')).generation;
    expect(second).toBe(first + 1);
    expect(await state.commit('example-news/state', second, { rss: 'b' })).toBe(true);
    expect(await state.commit('example-news/state', first, { rss: 'a' })).toBe(false);
    expect(await state.commit('example-news/state', second, { rss: 'b' })).toBe(false);
  });

  it('claims versions whose build date moves forward and hands back a later one it refuses', async () => {
    const state = new DynamoFeedStateStore(aws().tableName, aws().documentClient);
    const path = 'example-news/claims';
    expect((await state.begin(path)).latest).toBeNull();
    const v1 = { buildDate: new Date('2024-11-02T00:00:00Z'), contentHash: 'one' };
    const v2 = { buildDate: new Date('2024-11-03T00:00:00Z'), contentHash: 'two' };
    expect(await state.claim(path, v1)).toBeNull();
    expect(await state.claim(path, v1)).toBeNull();
    expect(await state.claim(path, v2)).toBeNull();
    expect(await state.claim(path, v1)).toEqual(v2);
    expect(await state.claim(path, { ...v2, contentHash: 'other' })).toEqual(v2);
    expect((await state.begin(path)).latest).toEqual(v2);
  });
});

describe('two regenerations of one feed at once', () => {
  it('never leave the older render on top, whatever order their writes land in', async () => {
    const ref: FeedRef = { kind: 'section', publisherId: 'example-news', sectionSlug: 'race' };
    await store(article({ id: 'race1', title: 'Old news', section: 'Race', publishedAt: day(1) }));
    const real = new DynamoFeedItemSource(aws().tableName, aws().documentClient, PUBLISHER_IDS);
    const bucket = new S3FeedObjectStore(aws().feedsBucket, aws().s3Client);
    const staleRead = gate();
    const stalePut = gate();
    let reads = 0;
    const items: FeedItemSource = {
      async newestItems(feed, limit) {
        const result = await real.newestItems(feed, limit);
        reads += 1;
        if (reads === 1) await staleRead.opened;
        return result;
      },
    };
    let staleGeneration = -1;
    const objects: FeedObjectStore = {
      storedHash: (key) => bucket.storedHash(key),
      listFeedKeys: () => bucket.listFeedKeys(),
      async put(object) {
        if (object.generation === staleGeneration) await stalePut.opened;
        await bucket.put(object);
      },
    };
    const state = new DynamoFeedStateStore(aws().tableName, aws().documentClient);
    const firstGeneration = state.begin.bind(state);
    state.begin = async (path) => {
      const begun = await firstGeneration(path);
      if (staleGeneration === -1) staleGeneration = begun.generation;
      return begun;
    };
    const deps = {
      items,
      objects,
      state,
      publishers: samplePublishersById,
      baseUrl: 'https://feeds.test',
      itemLimit: 10,
    };

    // The first regeneration reads the feed before the new article exists, then stalls.
    const stale = regenerateFeed(ref, deps);
    while (reads === 0) await settle();
    await store(article({ id: 'race2', title: 'New news', section: 'Race', publishedAt: day(2) }));
    staleRead.open();
    // A second one, started after the change, completes first.
    await regenerateFeed(ref, deps);
    // Then the stale writes land on s3rver, which ignores conditional requests.
    stalePut.open();
    const outcome = await stale;
    expect(outcome.attempts).toBe(2);

    for (const key of ['feeds/example-news/race.xml', 'feeds/example-news/race.json']) {
      const object = await aws().s3Client.send(
        new GetObjectCommand({ Bucket: aws().feedsBucket, Key: key }),
      );
      const body = (await object.Body?.transformToString('utf8')) ?? '';
      expect(body).toContain('New news');
      expect(body).toContain('Old news');
    }
    const head = await aws().s3Client.send(
      new HeadObjectCommand({ Bucket: aws().feedsBucket, Key: 'feeds/example-news/race.xml' }),
    );
    expect(Number(head.Metadata?.['feed-generation'])).toBeGreaterThan(staleGeneration);
  });
});
