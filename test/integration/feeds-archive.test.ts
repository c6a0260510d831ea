/**
 * Archived feeds on real local servers: the archive reads of the feed indexes and the page items
 * on DynamoDB Local, the pages and their cache policy on s3rver, and a reader catching up by
 * walking the documents it reads back from the bucket.
 */
import { GetObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoFeedArchiveStore } from '../../shared/adapters/dynamo/feed-archive.ts';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoFeedScheduleStore } from '../../shared/adapters/dynamo/feed-schedule.ts';
import { DynamoFeedStateStore } from '../../shared/adapters/dynamo/feed-state.ts';
import { detachedArticleItem, liveArticleItem } from '../../shared/adapters/dynamo/items.ts';
import { S3FeedObjectStore } from '../../shared/adapters/s3/feed-objects.ts';
import type { Article } from '../../shared/article.ts';
import { ARCHIVE_CACHE_CONTROL, type ArchivePage } from '../../shared/feeds/archive.ts';
import { atomEntryId } from '../../shared/feeds/entry-id.ts';
import {
  ALL_FEED,
  FEED_FORMATS,
  type FeedFormat,
  type FeedRef,
} from '../../shared/feeds/feed-ref.ts';
import { FEED_CACHE_CONTROL, regenerateFeed } from '../../shared/feeds/regenerate.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { walkBack } from '../support/archive-walker.ts';
import { storeArticleItem } from '../support/feed-entries.ts';
import { useLocalAws } from '../support/local-aws.ts';
import { article } from '../unit/feeds/fixtures.ts';

const aws = useLocalAws();
const PUBLISHER_IDS = [...samplePublishersById.keys()];
const baseUrl = 'https://feeds.test';

async function store(value: Article, publisherId = 'example-news'): Promise<string> {
  const item = liveArticleItem(value, {
    objectKey: `${publisherId}/${value.id}.html`,
    publisherId,
    at: new Date('2026-11-01T00:00:00Z'),
    existing: null,
  });
  await storeArticleItem(aws(), item);
  return item.feedSort ?? '';
}

/** Hours of October, before the articles' ingest time (a later date would be clamped to it). */
const hour = (n: number) => new Date(Date.UTC(2026, 9, 1, n)).toISOString();
const source = () => new DynamoFeedItemSource(aws().tableName, aws().documentClient, PUBLISHER_IDS);

async function objectOf(key: string) {
  const object = await aws().s3Client.send(
    new GetObjectCommand({ Bucket: aws().feedsBucket, Key: key }),
  );
  return {
    body: (await object.Body?.transformToString('utf8')) ?? '',
    cacheControl: object.CacheControl,
  };
}

describe('DynamoFeedItemSource in archive order', () => {
  it('reads the items after a position oldest first, merging the aggregate partitions', async () => {
    for (let n = 1; n <= 6; n += 1) {
      await store(
        article({ id: `m${n}`, section: 'Merge', publishedAt: hour(n) }),
        n % 2 === 0 ? 'demo' : 'example-news',
      );
    }
    const first = await source().itemsAfter(ALL_FEED, null, 3);
    expect(first.map((i) => i.article.id)).toEqual(['m1', 'm2', 'm3']);
    const last = first.at(-1);
    if (last === undefined) throw new Error('expected items');
    const next = await source().itemsAfter(
      ALL_FEED,
      { sortTime: last.sortTime, articleId: last.article.id },
      10,
    );
    expect(next.map((i) => i.article.id)).toEqual(['m4', 'm5', 'm6']);
  });

  it('reads a page by its ids, leaving out what was withdrawn', async () => {
    const ref: FeedRef = { kind: 'section', publisherId: 'example-news', sectionSlug: 'ids' };
    await store(article({ id: 'i1', section: 'Ids', publishedAt: hour(1) }));
    await store(article({ id: 'i2', section: 'Ids', publishedAt: hour(2) }));
    const gone = liveArticleItem(article({ id: 'i3', section: 'Ids', publishedAt: hour(3) }), {
      objectKey: 'example-news/i3.html',
      publisherId: 'example-news',
      at: new Date('2026-11-01T00:00:00Z'),
      existing: null,
    });
    await aws().documentClient.send(
      new PutCommand({
        TableName: aws().tableName,
        Item: detachedArticleItem(gone, 'example-news/i3.html', new Date('2026-11-02Z')),
      }),
    );
    const items = await source().itemsByIds(ref, ['i2', 'i3', 'i1', 'nowhere']);
    expect(items.map((i) => i.article.id)).toEqual(['i2', 'i1']);
  });
});

describe('DynamoFeedArchiveStore', () => {
  const page = (number: number, after: ArchivePage['upTo'] | null): ArchivePage => ({
    number,
    after,
    upTo: { sortTime: new Date(hour(number * 2)), articleId: `p${number}` },
    ids: [`x${number}`, `p${number}`],
  });

  it('records each page once and reads the newest and all of them', async () => {
    const archive = new DynamoFeedArchiveStore(aws().tableName, aws().documentClient);
    expect(await archive.latest('store/test')).toBeNull();
    const one = page(1, null);
    const two = page(2, one.upTo);
    expect(await archive.close('store/test', one, [])).toBe(true);
    expect(await archive.close('store/test', two, [])).toBe(true);
    expect(await archive.close('store/test', { ...two, ids: ['other'] }, [])).toBe(false);
    expect(await archive.latest('store/test')).toEqual(two);
    expect(await archive.pages('store/test')).toEqual([one, two]);
    expect(await archive.latest('store')).toBeNull();
  });

  it('keeps the oldest place the marks recorded until a run settles what it took', async () => {
    const archive = new DynamoFeedArchiveStore(aws().tableName, aws().documentClient);
    const schedule = new DynamoFeedScheduleStore(aws().tableName, aws().documentClient);
    const mark = (placedSort: string | null) =>
      schedule.mark('store/arrivals', { at: 0, changedAt: null, sectionName: null, placedSort });
    const upTo = '2026-10-08T00:00:00.000Z#z';
    const taken = async (upToKey: string | null) =>
      (await archive.takeArrivals('store/arrivals', upToKey)).taken;
    expect(await taken(upTo)).toBeNull();
    await mark('2026-10-09T00:00:00.000Z#c');
    // After the newest closed page: left in place, nothing written.
    expect(await taken(upTo)).toBeNull();
    expect(await taken(null)).toBeNull();
    await mark('2026-10-05T00:00:00.000Z#b');
    await mark('2026-10-01T00:00:00.000Z#a');
    await mark(null);
    expect(await taken(upTo)).toBe('2026-10-01T00:00:00.000Z#a');
    // A run that stopped before settling: the next one takes the older place again.
    await mark('2026-10-03T00:00:00.000Z#d');
    expect(await taken(upTo)).toBe('2026-10-01T00:00:00.000Z#a');
    await archive.settleArrivals('store/arrivals', '2026-10-01T00:00:00.000Z#a');
    expect(await taken(upTo)).toBeNull();
    await mark('2026-10-07T00:00:00.000Z#e');
    expect(await taken(upTo)).toBe('2026-10-07T00:00:00.000Z#e');
  });

  it('gives the late list with the arrivals taken, from the same read of the feed state', async () => {
    const archive = new DynamoFeedArchiveStore(aws().tableName, aws().documentClient);
    expect(await archive.takeArrivals('store/late-with-arrivals', null)).toEqual({
      taken: null,
      late: [],
    });
    await archive.addLate('store/late-with-arrivals', ['x1', 'x2']);
    const { late } = await archive.takeArrivals('store/late-with-arrivals', null);
    expect(late.sort()).toEqual(['x1', 'x2']);
  });
});

describe('an archived feed on DynamoDB Local and s3rver', () => {
  it('places an article dated before the newest closed page in exactly one document', async () => {
    const ref: FeedRef = { kind: 'section', publisherId: 'example-news', sectionSlug: 'late' };
    const path = 'example-news/late';
    const archiveStore = new DynamoFeedArchiveStore(aws().tableName, aws().documentClient);
    const schedule = new DynamoFeedScheduleStore(aws().tableName, aws().documentClient);
    const deps = {
      items: source(),
      objects: new S3FeedObjectStore(aws().feedsBucket, aws().s3Client),
      state: new DynamoFeedStateStore(aws().tableName, aws().documentClient),
      publishers: samplePublishersById,
      baseUrl,
      itemLimit: 4,
      archive: { source: source(), store: archiveStore, pageSize: 3 },
    };
    const ids: string[] = [];
    // As the feeds function does: the entry, then the mark with the article's new place.
    const publish = async (id: string, publishedAt: string) => {
      const sort = await store(article({ id, section: 'Late', publishedAt, modifiedAt: null }));
      await schedule.mark(path, { at: 0, changedAt: null, sectionName: 'Late', placedSort: sort });
      ids.push(id);
    };
    const fetchBody = async (url: string) => (await objectOf(url.slice(baseUrl.length + 1))).body;
    const start = (format: FeedFormat) =>
      `${baseUrl}/feeds/example-news/late.${{ rss: 'xml', atom: 'atom', json: 'json' }[format]}`;
    const everyDocument = async (format: FeedFormat) =>
      (await walkBack(start(format), format, fetchBody)).flatMap((document) => document.ids);
    const expectEachOnce = async () => {
      for (const format of FEED_FORMATS) {
        const expected = ids.map((id) => (format === 'atom' ? atomEntryId(id) : id));
        expect((await everyDocument(format)).sort(), format).toEqual(expected.sort());
      }
    };

    for (let n = 1; n <= 10; n += 1) await publish(`l${n}`, hour(10 + n));
    expect((await regenerateFeed(ref, deps)).archive?.latestPage).toBe(2);
    // Two late arrivals in one window, the second older than the first.
    await publish('old1', hour(13));
    await publish('old2', hour(2));
    const outcome = await regenerateFeed(ref, deps);
    expect(outcome.itemIds.slice(-2)).toEqual(['old1', 'old2']);
    expect(await archiveStore.late(path)).toEqual(expect.arrayContaining(['old1', 'old2']));
    await expectEachOnce();
    // An unchanged run finds nothing new to place.
    expect((await regenerateFeed(ref, deps)).itemIds).toEqual(outcome.itemIds);
    for (let n = 11; n <= 13; n += 1) await publish(`l${n}`, hour(10 + n));
    await regenerateFeed(ref, deps);
    const pages = await archiveStore.pages(path);
    expect(pages[2]?.ids).toEqual(['old2', 'old1', 'l7']);
    expect(await archiveStore.late(path)).toEqual([]);
    await expectEachOnce();
  });

  it('lets a reader away for a month walk back and get every article exactly once', async () => {
    const ref: FeedRef = { kind: 'section', publisherId: 'example-news', sectionSlug: 'walk' };
    const deps = {
      items: source(),
      objects: new S3FeedObjectStore(aws().feedsBucket, aws().s3Client),
      state: new DynamoFeedStateStore(aws().tableName, aws().documentClient),
      publishers: samplePublishersById,
      baseUrl,
      itemLimit: 4,
      archive: {
        source: source(),
        store: new DynamoFeedArchiveStore(aws().tableName, aws().documentClient),
        pageSize: 3,
      },
    };
    let n = 0;
    const publish = async (count: number) => {
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) {
        n += 1;
        await store(
          article({ id: `w${n}`, section: 'Walk', publishedAt: hour(n), modifiedAt: null }),
        );
        ids.push(`w${n}`);
      }
      await regenerateFeed(ref, deps);
      return ids;
    };
    const fetchBody = async (url: string) => (await objectOf(url.slice(baseUrl.length + 1))).body;
    const start = (format: FeedFormat) =>
      `${baseUrl}/feeds/example-news/walk.${{ rss: 'xml', atom: 'atom', json: 'json' }[format]}`;

    await publish(8);
    const seen = new Map<FeedFormat, Set<string>>();
    for (const format of FEED_FORMATS) {
      const walk = await walkBack(start(format), format, fetchBody);
      seen.set(format, new Set(walk.slice(1).map((document) => document.url)));
    }
    const away = [...(await publish(11)), ...(await publish(2)), ...(await publish(9))];
    for (const format of FEED_FORMATS) {
      const walk = await walkBack(start(format), format, fetchBody, seen.get(format));
      const got = walk.flatMap((document) => document.ids);
      expect(new Set(got).size, `${format}: an article twice`).toBe(got.length);
      const expected = away.map((id) => (format === 'atom' ? atomEntryId(id) : id));
      expect(got).toEqual(expect.arrayContaining(expected));
    }

    const closed = await objectOf('feeds/example-news/walk/archive/1.xml');
    expect(closed.cacheControl).toBe(ARCHIVE_CACHE_CONTROL);
    expect((await objectOf('feeds/example-news/walk.xml')).cacheControl).toBe(FEED_CACHE_CONTROL);
    const head = await aws().s3Client.send(
      new HeadObjectCommand({
        Bucket: aws().feedsBucket,
        Key: 'feeds/example-news/walk/archive/2.json',
      }),
    );
    expect(head.ContentType).toBe('application/json; charset=utf-8');
  });
});
