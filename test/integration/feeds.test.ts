/**
 * The feeds and regenerate Lambdas on real local servers: articles are written to DynamoDB
 * Local, the records of its real stream are read with GetRecords (as Lambda's event source
 * mapping does) and handed to the feeds handler, which marks the feeds and schedules their
 * regeneration on the local regeneration queue; the regenerate handler drains it, and the feed
 * files are read back from s3rver and parsed.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalQueue } from '../../local/event-sources/queue.ts';
import { LocalRegenerationQueue } from '../../local/event-sources/regeneration-queue.ts';
import { toLambdaStreamRecord } from '../../local/event-sources/stream-records.ts';
import { createS3Client } from '../../shared/adapters/aws-client-factories.ts';
import {
  type ArticleItem,
  detachedArticleItem,
  liveArticleItem,
} from '../../shared/adapters/dynamo/items.ts';
import type { Article } from '../../shared/article.ts';
import { type DirectoryOutcome, FEED_DIRECTORY_KEY } from '../../shared/feeds/directory.ts';
import { atomEntryId } from '../../shared/feeds/entry-id.ts';
import { FEED_FORMATS } from '../../shared/feeds/feed-ref.ts';
import type { MarkOutcome } from '../../shared/feeds/mark-feeds.ts';
import type { RegenerationQueue } from '../../shared/feeds/ports.ts';
import type { FeedPublished } from '../../shared/feeds/regenerate.ts';
import type { RegenerationRequest } from '../../shared/feeds/schedule.ts';
import { createFeedsHandler, type FeedsHandler } from '../../shared/handlers/feeds-handler.ts';
import { silentLogger } from '../../shared/handlers/observability.ts';
import {
  createRegenerateHandler,
  type RegenerateFailure,
} from '../../shared/handlers/regenerate-handler.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import {
  opmlOutlines,
  parseAtom,
  rssParser,
  strictXml,
  validateJsonFeed,
} from '../support/feed-parsers.ts';
import { LOCAL_REGION, useLocalAws } from '../support/local-aws.ts';
import { recordingMetrics } from '../support/recording-observability.ts';
import { article } from '../unit/feeds/fixtures.ts';

const aws = useLocalAws();

/** Short, so that the confirming follow-ups of each delivery run within the test. */
const WINDOW_MS = 20;

let handler: FeedsHandler;
/** The regenerate handler's own S3 client, whose PUTs are counted. */
let handlerS3Client: S3Client;
/** Both handlers' metrics of the delivery in progress. */
const metrics = new Map<string, number[]>();
/** What the handlers reported. */
const marked: MarkOutcome[] = [];
const published: FeedPublished[] = [];
const regenerationFailures: RegenerateFailure[] = [];
const sent: RegenerationRequest[] = [];
let regenerations: LocalQueue;
let streams: DynamoDBStreamsClient;
let streamArn: string;
const iterators = new Map<string, string | undefined>();
let putObjects = 0;
/** While set, the regenerate handler's PUT of the feed directory fails (an S3 fault). */
let failDirectoryPut = false;
/** Feed directories the regenerate handler rendered. */
const directories: DirectoryOutcome[] = [];

beforeAll(async () => {
  const { Table } = await aws().dynamoDbClient.send(
    new DescribeTableCommand({ TableName: aws().tableName }),
  );
  streamArn = Table?.LatestStreamArn ?? '';
  streams = new DynamoDBStreamsClient({
    region: LOCAL_REGION,
    endpoint: aws().dynamo.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  handlerS3Client = createS3Client({
    region: LOCAL_REGION,
    endpoint: aws().s3.endpoint,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    forcePathStyle: true,
  });
  const recording = recordingMetrics(metrics);
  regenerations = new LocalQueue({
    handler: (event) => regenerate(event),
    source: 'regenerate',
    maxReceiveCount: 2,
    // As on AWS (visibility timeout over the window), a retry comes once the window has passed.
    retryDelayMs: () => 2 * WINDOW_MS,
    deadLetter: async () => {},
  });
  const local = new LocalRegenerationQueue(regenerations, {
    region: LOCAL_REGION,
    queueArn: 'arn:aws:sqs:us-east-1:000000000000:regenerate',
  });
  const queue: RegenerationQueue = {
    send: (request, delayMs) => {
      sent.push(request);
      return local.send(request, delayMs);
    },
  };
  handler = createFeedsHandler({
    config: { tableName: aws().tableName, windowMs: WINDOW_MS },
    clients: { documentClient: aws().documentClient },
    queue,
    logger: silentLogger,
    metrics: recording,
    observer: { marked: (outcome) => marked.push(outcome) },
    publishers: samplePublishersById,
  });
  const regenerate = createRegenerateHandler({
    config: {
      tableName: aws().tableName,
      feedsBucket: aws().feedsBucket,
      baseUrl: 'https://feeds.test',
      itemLimit: 2,
      windowMs: WINDOW_MS,
      leaseMs: 30_000,
    },
    clients: { s3: handlerS3Client, documentClient: aws().documentClient },
    queue,
    logger: silentLogger,
    metrics: recording,
    observer: {
      published: (event) => published.push(event),
      failed: (failure) => regenerationFailures.push(failure),
      directory: (outcome) => directories.push(outcome),
    },
    publishers: samplePublishersById,
  });
  handlerS3Client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'PutObjectCommand') {
        putObjects += 1;
        const { Key } = args.input as { Key?: string };
        if (failDirectoryPut && Key === FEED_DIRECTORY_KEY) throw new Error('S3 is unavailable');
      }
      return next(args);
    },
    { step: 'initialize', name: 'countFeedPuts' },
  );
});

afterAll(async () => {
  await regenerations?.stop();
  streams?.destroy();
  handlerS3Client?.destroy();
});

/** Every stream record written since the last call, shaped as Lambda delivers them. */
async function newStreamRecords(): Promise<DynamoDBRecord[]> {
  const { StreamDescription } = await streams.send(
    new DescribeStreamCommand({ StreamArn: streamArn }),
  );
  const records: DynamoDBRecord[] = [];
  for (const shard of StreamDescription?.Shards ?? []) {
    const shardId = shard.ShardId ?? '';
    let iterator = iterators.get(shardId);
    if (!iterators.has(shardId)) {
      const start = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      iterator = start.ShardIterator;
    }
    while (iterator !== undefined) {
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
      records.push(
        ...(page.Records ?? []).map((r) => toLambdaStreamRecord(r, streamArn, LOCAL_REGION)),
      );
      iterator = page.NextShardIterator;
      if ((page.Records ?? []).length === 0) break;
    }
    iterators.set(shardId, iterator);
  }
  return records;
}

const stored = new Map<string, ArticleItem>();

async function publish(value: Article, publisherId = 'demo'): Promise<void> {
  const item = liveArticleItem(value, {
    objectKey: `${publisherId}/${value.id}.html`,
    publisherId,
    at: new Date('2024-11-01T00:00:00Z'),
    existing: stored.get(value.id) ?? null,
  });
  await aws().documentClient.send(new PutCommand({ TableName: aws().tableName, Item: item }));
  stored.set(value.id, item);
}

async function withdraw(id: string, at = new Date('2024-11-02Z')): Promise<void> {
  const current = stored.get(id);
  if (current === undefined) throw new Error(`no article ${id}`);
  const item = detachedArticleItem(current, current.sourceKeys[0] ?? '', at);
  await aws().documentClient.send(new PutCommand({ TableName: aws().tableName, Item: item }));
  stored.set(id, item);
}

async function readFeed(key: string) {
  const object = await aws().s3Client.send(
    new GetObjectCommand({ Bucket: aws().feedsBucket, Key: key }),
  );
  return {
    body: (await object.Body?.transformToString('utf8')) ?? '',
    contentType: object.ContentType,
    cacheControl: object.CacheControl,
  };
}

async function rssTitles(key: string): Promise<string[]> {
  const feed = await rssParser.parseString((await readFeed(key)).body);
  return feed.items.map((entry) => entry.title ?? '');
}

/** The channel's lastBuildDate of an RSS file, read by a strict XML parser. */
async function lastBuildDate(key: string): Promise<Date> {
  const { body } = await readFeed(key);
  const text = String(strictXml.parse(body).rss.channel.lastBuildDate ?? '');
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new Error(`${key} has no lastBuildDate: ${text}`);
  return date;
}

async function jsonIds(key: string): Promise<string[]> {
  const document = JSON.parse((await readFeed(key)).body);
  expect(validateJsonFeed(document)).toBe(true);
  return document.items.map((entry: { id: string }) => entry.id);
}

/** Runs `action` and collects the metrics the handler reported meanwhile. */
async function withMetrics<T>(
  action: () => Promise<T>,
): Promise<{ result: T; metrics: Record<string, number[]> }> {
  metrics.clear();
  const result = await action();
  return { result, metrics: Object.fromEntries(metrics) };
}

/** Hands a batch to the feeds handler, then waits until every regeneration it led to ran. */
async function deliver(records: DynamoDBRecord[]): Promise<DynamoDBBatchResponse> {
  const response = await handler({ Records: records });
  await regenerations.idle();
  return response;
}

const travel = article({
  id: 'travel',
  title: 'Hạ Long mùa thu',
  section: 'Du lịch',
  publishedAt: '2024-10-01T08:00:00+07:00',
  modifiedAt: null,
});
const life = article({
  id: 'life',
  title: 'Phố cổ về đêm',
  section: 'Đời sống',
  publishedAt: '2024-10-02T08:00:00+07:00',
  modifiedAt: null,
});
const world = article({
  id: 'world',
  url: 'https://news.example.com/world/1.html',
  title: 'World news',
  language: 'en',
  section: null,
  publishedAt: '2024-10-03T08:00:00Z',
  modifiedAt: null,
  // No picture in its body: the feeds show the one its page declares.
  images: [],
  image: {
    url: 'https://news.example.com/img/world-1.jpg',
    caption: null,
    alt: null,
    width: 1200,
    height: 630,
  },
});

describe('feeds handler on the DynamoDB Local stream and s3rver', () => {
  it('publishes the aggregate, publisher and section feeds of new articles', async () => {
    await publish(travel);
    await publish(life);
    await publish(world, 'example-news');
    const response = await deliver(await newStreamRecords());
    expect(response.batchItemFailures).toEqual([]);

    // FEED_ITEM_LIMIT is 2: the aggregate holds the two newest.
    expect(await rssTitles('feeds/all.xml')).toEqual(['World news', 'Phố cổ về đêm']);
    expect(await jsonIds('feeds/all.json')).toEqual(['world', 'life']);
    expect(await rssTitles('feeds/demo.xml')).toEqual(['Phố cổ về đêm', 'Hạ Long mùa thu']);
    expect(await jsonIds('feeds/example-news.json')).toEqual(['world']);
    const worldFeed = JSON.parse((await readFeed('feeds/example-news.json')).body);
    expect(worldFeed.items[0].image).toBe('https://news.example.com/img/world-1.jpg');
    const worldRss = await rssParser.parseString((await readFeed('feeds/example-news.xml')).body);
    expect(worldRss.items[0]?.enclosure?.url).toBe('https://news.example.com/img/world-1.jpg');
    expect(await rssTitles('feeds/demo/du-lich.xml')).toEqual(['Hạ Long mùa thu']);
    expect(await jsonIds('feeds/demo/doi-song.json')).toEqual(['life']);

    const rss = await readFeed('feeds/demo/du-lich.xml');
    expect(rss.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(rss.cacheControl).toMatch(/max-age=60.*stale-while-revalidate=/);
    const parsed = await rssParser.parseString(rss.body);
    expect(parsed.title).toBe('Demo — Tin tức — Du lịch');
    expect(parsed.feedUrl).toBe('https://feeds.test/feeds/demo/du-lich.xml');
    expect((await readFeed('feeds/demo.json')).contentType).toBe('application/json; charset=utf-8');

    // Atom: the same items, with the ids derived from the article ids.
    const atom = await readFeed('feeds/all.atom');
    expect(atom.contentType).toBe('application/atom+xml; charset=utf-8');
    const entries = parseAtom(atom.body).entries ?? [];
    expect(entries.map((entry) => entry.title?.value)).toEqual(['World news', 'Phố cổ về đêm']);
    expect(entries.map((entry) => entry.id)).toEqual([atomEntryId('world'), atomEntryId('life')]);
  });

  it('lists every new feed in the feed directory, each section by its name', async () => {
    const directory = await readFeed(FEED_DIRECTORY_KEY);
    expect(directory.contentType).toBe('text/x-opml; charset=utf-8');
    const outlines = opmlOutlines(directory.body);
    expect(outlines.map((outline) => outline.text)).toEqual([
      'All publishers',
      'Demo — Tin tức',
      'Example News',
    ]);
    expect(outlines[1]?.outlines?.map(({ title, xmlUrl }) => ({ title, xmlUrl }))).toEqual([
      { title: 'Demo — Tin tức', xmlUrl: 'https://feeds.test/feeds/demo.xml' },
      { title: 'Demo — Tin tức — Đời sống', xmlUrl: 'https://feeds.test/feeds/demo/doi-song.xml' },
      { title: 'Demo — Tin tức — Du lịch', xmlUrl: 'https://feeds.test/feeds/demo/du-lich.xml' },
    ]);
  });

  it('moves an edited article to its new section and leaves the old section feed', async () => {
    const before = await lastBuildDate('feeds/demo/du-lich.xml');
    await publish({
      ...travel,
      title: 'Hạ Long mùa thu (cập nhật)',
      section: 'Đời sống',
      contentHash: 'h2',
    });
    const response = await deliver(await newStreamRecords());
    expect(response.batchItemFailures).toEqual([]);
    expect(await rssTitles('feeds/demo/du-lich.xml')).toEqual([]);
    // The emptied feed still says when it last changed: later than before, not nothing.
    expect((await lastBuildDate('feeds/demo/du-lich.xml')).getTime()).toBeGreaterThan(
      before.getTime(),
    );
    expect(await rssTitles('feeds/demo/doi-song.xml')).toEqual([
      'Phố cổ về đêm',
      'Hạ Long mùa thu (cập nhật)',
    ]);
    expect(await rssTitles('feeds/demo.xml')).toContain('Hạ Long mùa thu (cập nhật)');
  });

  it('takes a withdrawn article out of every feed it was in', async () => {
    await withdraw('life');
    const records = await newStreamRecords();
    expect(records.some((r) => r.dynamodb?.Keys?.pk?.S === 'ARTICLE#life')).toBe(true);
    expect((await deliver(records)).batchItemFailures).toEqual([]);
    expect(await jsonIds('feeds/all.json')).toEqual(['world', 'travel']);
    expect(await jsonIds('feeds/demo.json')).toEqual(['travel']);
    expect(await jsonIds('feeds/demo/doi-song.json')).toEqual(['travel']);
  });

  it('moves lastBuildDate forward to the withdrawal when an article leaves a feed', async () => {
    await publish(article({ id: 'brief', title: 'Tin vắn', section: null, modifiedAt: null }));
    expect((await deliver(await newStreamRecords())).batchItemFailures).toEqual([]);
    const before = await lastBuildDate('feeds/demo.xml');
    const withdrawnAt = new Date('2024-11-05T06:07:08Z');
    await withdraw('brief', withdrawnAt);
    expect((await deliver(await newStreamRecords())).batchItemFailures).toEqual([]);
    const after = await lastBuildDate('feeds/demo.xml');
    expect(await jsonIds('feeds/demo.json')).not.toContain('brief');
    expect(after.getTime()).toBeGreaterThan(before.getTime());
    expect(after.toISOString()).toBe(withdrawnAt.toISOString());
  });

  it('writes nothing when the same records are delivered again', async () => {
    await publish(life);
    const records = await newStreamRecords();
    await deliver(records);
    const before = await aws().s3Client.send(
      new HeadObjectCommand({ Bucket: aws().feedsBucket, Key: 'feeds/all.xml' }),
    );
    const putsBefore = putObjects;
    const { result: response, metrics } = await withMetrics(() => deliver(records));
    expect(response.batchItemFailures).toEqual([]);
    expect(putObjects).toBe(putsBefore);
    // 3 feeds, each run once for the marks and once to confirm: every file found unchanged.
    expect(metrics.FeedRegenerations).toHaveLength(2 * 3);
    expect(metrics.FeedsUnchanged).toHaveLength(2 * 3 * FEED_FORMATS.length);
    expect(metrics.FeedsWritten).toBeUndefined();
    const after = await aws().s3Client.send(
      new HeadObjectCommand({ Bucket: aws().feedsBucket, Key: 'feeds/all.xml' }),
    );
    expect(after.ETag).toBe(before.ETag);
    expect(after.Metadata?.['feed-generation']).toBe(before.Metadata?.['feed-generation']);
  });

  it('marks each feed once per batch and sends one message per feed, however many records touch it', async () => {
    await publish(
      article({ id: 'm1', title: 'Một', section: 'Kinh tế', publishedAt: '2024-09-01T00:00:00Z' }),
    );
    await publish(
      article({ id: 'm2', title: 'Hai', section: 'Kinh tế', publishedAt: '2024-09-02T00:00:00Z' }),
    );
    await publish(
      article({ id: 'm3', title: 'Ba', section: 'Kinh tế', publishedAt: '2024-09-03T00:00:00Z' }),
    );
    marked.length = 0;
    sent.length = 0;
    const { metrics } = await withMetrics(async () => deliver(await newStreamRecords()));
    expect(marked.map((mark) => mark.feedPath).sort()).toEqual(['all', 'demo', 'demo/kinh-te']);
    expect(marked.every((mark) => mark.scheduled !== null)).toBe(true);
    expect(metrics.FeedsMarked).toHaveLength(3);
    // One message each, then one follow-up each: the feed never ran twice for the batch.
    expect(sent.map((request) => request.feed).sort()).toEqual([
      'all',
      'all',
      'demo',
      'demo',
      'demo/kinh-te',
      'demo/kinh-te',
    ]);
    expect(await rssTitles('feeds/demo/kinh-te.xml')).toEqual(['Ba', 'Hai']);
  });

  it('announces each published feed with its path, formats written, content hash and items', async () => {
    published.length = 0;
    await publish(
      article({
        id: 'news1',
        title: 'Tin mới',
        section: 'Thế giới',
        publishedAt: '2024-09-04T00:00:00Z',
      }),
    );
    await deliver(await newStreamRecords());
    const section = published.find((event) => event.feedPath === 'demo/the-gioi');
    expect(section).toMatchObject({
      ref: { kind: 'section', publisherId: 'demo', sectionSlug: 'the-gioi' },
      formats: ['rss', 'atom', 'json'],
      itemIds: ['news1'],
    });
    const stored = await aws().s3Client.send(
      new HeadObjectCommand({ Bucket: aws().feedsBucket, Key: 'feeds/demo/the-gioi.json' }),
    );
    const json = section?.files.find((file) => file.format === 'json');
    expect(stored.Metadata?.['content-sha256']).toBe(json?.hash);
    expect(section?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The confirming run found the same content: nothing more was announced for the feed.
    expect(published.filter((event) => event.feedPath === 'demo/the-gioi')).toHaveLength(1);
  });

  it('ignores records of other items and skips the feeds of unknown publishers', async () => {
    await aws().documentClient.send(
      new PutCommand({
        TableName: aws().tableName,
        Item: { pk: 'SOURCE#demo/x.html', sk: 'SOURCE', type: 'source', feedAll: 'all' },
      }),
    );
    const orphan = {
      ...liveArticleItem(article({ id: 'orphan' }), {
        objectKey: 'gone/orphan.html',
        publisherId: 'gone',
        at: new Date('2024-11-03T00:00:00Z'),
        existing: null,
      }),
      feedAll: undefined,
    };
    await aws().documentClient.send(new PutCommand({ TableName: aws().tableName, Item: orphan }));
    const putsBefore = putObjects;
    const response = await deliver(await newStreamRecords());
    expect(response.batchItemFailures).toEqual([]);
    expect(putObjects).toBe(putsBefore);
  });

  it('renders the feed directory only when a feed appears', async () => {
    directories.length = 0;
    await publish({ ...world, title: 'World news, updated', contentHash: 'h2' }, 'example-news');
    expect((await deliver(await newStreamRecords())).batchItemFailures).toEqual([]);
    expect(directories).toEqual([]);
    await publish(
      article({
        id: 'sport',
        title: 'Bóng đá',
        section: 'Thể thao',
        publishedAt: '2024-09-01T08:00:00+07:00',
      }),
    );
    expect((await deliver(await newStreamRecords())).batchItemFailures).toEqual([]);
    expect(directories).toEqual([expect.objectContaining({ written: true })]);
    const demo = opmlOutlines((await readFeed(FEED_DIRECTORY_KEY)).body)[1];
    expect(demo?.outlines?.map((outline) => outline.title)).toContain('Demo — Tin tức — Thể thao');
  });

  it('publishes a new feed when the directory cannot be written, and counts the failure', async () => {
    failDirectoryPut = true;
    regenerationFailures.length = 0;
    try {
      await publish(
        article({
          id: 'music',
          title: 'Nhạc',
          section: 'Âm nhạc',
          publishedAt: '2024-09-01T08:00:00+07:00',
        }),
      );
      const { result, metrics: reported } = await withMetrics(async () =>
        deliver(await newStreamRecords()),
      );
      expect(result.batchItemFailures).toEqual([]);
      expect(regenerationFailures).toEqual([]);
      expect(await rssTitles('feeds/demo/am-nhac.xml')).toEqual(['Nhạc']);
      expect(reported.FeedDirectoryFailures).toEqual([1]);
      expect((await readFeed(FEED_DIRECTORY_KEY)).body).not.toContain('am-nhac');
    } finally {
      failDirectoryPut = false;
    }
  });

  it('reports only the records whose feeds could not be marked, for the stream to retry', async () => {
    // A corrupt state item: its mark counter is not a number, so marking it fails on the table.
    await aws().documentClient.send(
      new PutCommand({
        TableName: aws().tableName,
        Item: { pk: 'FEED#demo/broken', sk: 'FEED', marks: 'not a number' },
      }),
    );
    await publish(article({ id: 'fine', title: 'Fine', section: null }));
    await publish(article({ id: 'bad', title: 'Bad', section: 'Broken' }));
    const records = (await newStreamRecords()).filter((r) =>
      r.dynamodb?.Keys?.pk?.S?.startsWith('ARTICLE#'),
    );
    const response = await deliver(records);
    const bad = records.find((r) => r.dynamodb?.Keys?.pk?.S === 'ARTICLE#bad');
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: bad?.dynamodb?.SequenceNumber }]);
    expect(await jsonIds('feeds/demo.json')).toEqual(['fine', 'bad']);
  });

  it('reports a feed whose regeneration fails for the queue to retry, and publishes the others', async () => {
    await aws().documentClient.send(
      new PutCommand({
        TableName: aws().tableName,
        Item: { pk: 'FEED#demo/stuck', sk: 'FEED', generation: 'not a number' },
      }),
    );
    regenerationFailures.length = 0;
    await publish(article({ id: 'stuck1', title: 'Stuck', section: 'Stuck' }));
    const response = await deliver(await newStreamRecords());
    expect(response.batchItemFailures).toEqual([]);
    // Received twice (maxReceiveCount 2), failed both times; the other feeds are published.
    expect(regenerationFailures.map((failure) => failure.feedPath)).toEqual([
      'demo/stuck',
      'demo/stuck',
    ]);
    expect(await jsonIds('feeds/demo.json')).toContain('stuck1');
  });
});
