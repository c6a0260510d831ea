/**
 * Isolation between publishers on the local runtime: a page uploaded by `example-news` that names
 * `demo`'s canonical URL (the takeover page) changes nothing of `demo` — its article item, its
 * feed files and feed states, the states of its inbox keys stay byte-for-byte as they were.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
} from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { DynamoPublisherArticles } from '../../shared/adapters/dynamo/publisher-articles.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { articleId } from '../../shared/extract/hash.ts';
import { FEEDS_KEY_PREFIX } from '../../shared/feeds/feed-ref.ts';
import { setPublisherStatus, updatePublisher } from '../../shared/publishers/admin.ts';
import { KEY_PREFIX, REJECTION_PARTITION } from '../../shared/store/table.ts';
import { testRuntimeOptions, uploadPage } from '../support/local-runtime.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DEMO_URL = 'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html';
const DEMO_KEY = 'demo/thoi-su/xe-buyt.html';
const DEMO_ARTICLE = articleId(DEMO_URL, 'demo');

let dataDir: string;
let runtime: LocalRuntime;
let s3: S3Client;
let dynamo: DynamoDBClient;
let page: Buffer;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'publisher-isolation-'));
  // No registry cache: a change to the registry applies to the next upload.
  runtime = await startLocalRuntime(testRuntimeOptions(dataDir, { registryCacheMs: 0 }));
  s3 = localS3Client(runtime.urls.s3, runtime.region);
  dynamo = localDynamoDbClient(runtime.urls.dynamoDb, runtime.region);
  page = await readFile(join(root, 'test/fixtures/ingest/article.html'));
  await put(DEMO_KEY, page);
  await runtime.idle();
});

afterAll(async () => {
  s3?.destroy();
  dynamo?.destroy();
  await runtime?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

function put(key: string, body: Buffer): Promise<void> {
  return uploadPage(s3, runtime.inboxBucket, key, body);
}

/** Every item of the table, as stored (attribute values), by `pk sk`. */
async function tableItems(): Promise<Map<string, string>> {
  const items = new Map<string, string>();
  let startKey: ScanCommand['input']['ExclusiveStartKey'];
  do {
    const page = await dynamo.send(
      new ScanCommand({
        TableName: runtime.tableName,
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      items.set(`${item.pk?.S} ${item.sk?.S}`, JSON.stringify(item));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

/** Every feed file's bytes, by key. */
async function feedFiles(): Promise<Map<string, string>> {
  const listing = await s3.send(
    new ListObjectsV2Command({ Bucket: runtime.feedsBucket, Prefix: FEEDS_KEY_PREFIX }),
  );
  const files = new Map<string, string>();
  for (const { Key } of listing.Contents ?? []) {
    if (Key === undefined) continue;
    const object = await s3.send(new GetObjectCommand({ Bucket: runtime.feedsBucket, Key }));
    files.set(
      Key,
      Buffer.from(await (object.Body?.transformToByteArray() ?? [])).toString('base64'),
    );
  }
  return files;
}

const only = <V>(map: Map<string, V>, keep: (key: string) => boolean) =>
  new Map([...map].filter(([key]) => keep(key)));

/** What is `demo`'s: its article, its inbox keys' states, its feed states and feed files. */
function isDemos(key: string): boolean {
  return (
    key.startsWith(`${KEY_PREFIX.article}${DEMO_ARTICLE} `) ||
    key.startsWith(`${KEY_PREFIX.source}demo/`) ||
    key.startsWith(`${KEY_PREFIX.feed}demo`) ||
    key.startsWith(`${FEEDS_KEY_PREFIX}demo`)
  );
}

describe('a page of one publisher that names another publisher’s URL', () => {
  it('publishes demo’s page under an id of demo and its URL', async () => {
    const items = await tableItems();
    expect([...items.keys()]).toContain(`${KEY_PREFIX.article}${DEMO_ARTICLE} ARTICLE`);
    expect(items.get(`${KEY_PREFIX.article}${DEMO_ARTICLE} ARTICLE`)).toContain(DEMO_URL);
  });

  it('is rejected as foreign-url, and nothing else in the table or the feeds changes', async () => {
    const itemsBefore = await tableItems();
    const filesBefore = await feedFiles();
    expect(filesBefore.size).toBeGreaterThan(0);

    await put('example-news/takeover.html', page);
    await runtime.idle();

    const { rejections } = await runtime.state();
    expect(rejections.filter((r) => r.key === 'example-news/takeover.html')).toMatchObject([
      { reason: 'foreign-url' },
    ]);
    expect(rejections[0]?.message).toContain('demo.example.vn');
    // Only the rejection log and the state of example-news's own key (and its listing entry)
    // were written.
    const written = (key: string) =>
      key.startsWith(`${REJECTION_PARTITION} `) ||
      key.startsWith(`${KEY_PREFIX.source}example-news/`) ||
      key.startsWith(`${KEY_PREFIX.pageListing}example-news#`);
    const itemsAfter = await tableItems();
    expect(only(itemsAfter, (key) => !written(key))).toEqual(
      only(itemsBefore, (key) => !written(key)),
    );
    expect(await feedFiles()).toEqual(filesBefore);
  });

  it('never overwrites demo’s article even when both publishers may use the host', async () => {
    const registry = new DynamoPublisherRegistry(runtime.tableName, localDocumentClient(dynamo));
    await updatePublisher({ registry, keys: registry }, 'example-news', {
      addDomains: ['demo.example.vn'],
    });
    const itemsBefore = await tableItems();
    const filesBefore = await feedFiles();

    await put('example-news/same-url.html', page);
    await runtime.idle();

    const itemsAfter = await tableItems();
    const theirs = `${KEY_PREFIX.article}${articleId(DEMO_URL, 'example-news')} ARTICLE`;
    expect(itemsAfter.get(theirs)).toContain('"example-news"');
    expect(only(itemsAfter, isDemos)).toEqual(only(itemsBefore, isDemos));
    expect(only(await feedFiles(), isDemos)).toEqual(only(filesBefore, isDemos));
    expect(only(filesBefore, isDemos).size).toBeGreaterThan(0);
  });
});

describe('a suspended publisher', () => {
  const admin = () => {
    const registry = new DynamoPublisherRegistry(runtime.tableName, localDocumentClient(dynamo));
    return {
      registry,
      keys: registry,
      articles: new DynamoPublisherArticles(runtime.tableName, localDocumentClient(dynamo)),
    };
  };
  const demoFeed = async () =>
    (await fetch(`${runtime.urls.feeds}/feeds/demo.json`)).json() as Promise<{
      items: { url: string }[];
    }>;

  it('has its uploads rejected as suspended while its live articles stay', async () => {
    await setPublisherStatus(admin(), 'demo', 'suspended');
    await put('demo/while-suspended.html', page);
    await runtime.idle();
    const { rejections } = await runtime.state();
    expect(rejections.filter((r) => r.key === 'demo/while-suspended.html')).toMatchObject([
      { reason: 'suspended' },
    ]);
    expect((await demoFeed()).items.map((item) => item.url)).toEqual([DEMO_URL]);
  });

  it('has its live articles taken out of its feeds by suspend --withdraw', async () => {
    const { withdrawn } = await setPublisherStatus(admin(), 'demo', 'suspended', {
      withdraw: true,
    });
    expect(withdrawn).toBe(1);
    await runtime.idle();
    expect((await demoFeed()).items).toEqual([]);
    const items = await tableItems();
    expect(items.get(`${KEY_PREFIX.article}${DEMO_ARTICLE} ARTICLE`)).toContain('"withdrawn"');
  });

  it('publishes again once resumed and the page is uploaded again', async () => {
    await setPublisherStatus(admin(), 'demo', 'active');
    await put(DEMO_KEY, page);
    await runtime.idle();
    expect((await demoFeed()).items.map((item) => item.url)).toEqual([DEMO_URL]);
  });
});
