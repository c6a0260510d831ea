/**
 * Scale: a time-compressed day of 100 publishers × 10,000 articles a day replayed on DynamoDB
 * Local with `ReturnConsumedCapacity: INDEXES` on every call, through the real ingest store
 * (`DynamoIngestStore`: reads, then one transaction per article) and the real feed reader
 * (`DynamoFeedItemSource`: keys-only query, consistent `BatchGetItem`). Side by side, the same
 * articles written to a table of the design this replaced (three GSIs projecting ALL, one of them
 * `feed-all` written by every article, uncompressed items). Reports capacity per article on the
 * table and on each index, the busiest index partition key's share and its WCU/s at ten times
 * the average rate, RCU per feed regeneration, and a monthly cost at list prices. Regenerations,
 * their capacity and their S3 PUTs are the real regenerator's on the day's timeline (a virtual
 * clock, see `bench/lib/regeneration-replay.ts`), over the first `BENCH_SCALE_REGEN_ARTICLES`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import {
  type ConsumedCapacity,
  CreateTableCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';
import { ensureTable } from '../../local/emulators/provision.ts';
import { startS3Server } from '../../local/emulators/s3-server.ts';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
} from '../../local/runtime/clients.ts';
import { DynamoFeedEntries } from '../../shared/adapters/dynamo/feed-entries.ts';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoIngestStore } from '../../shared/adapters/dynamo/ingest-store.ts';
import { liveArticleItem, toStoredItem } from '../../shared/adapters/dynamo/items.ts';
import { DynamoSiteProfiles } from '../../shared/adapters/dynamo/site-profiles.ts';
import type { Article } from '../../shared/article.ts';
import { extractArticle } from '../../shared/extract/index.ts';
import { PROFILE_PAGES, type ProfilePage } from '../../shared/extract/template/index.ts';
import { describeFeed } from '../../shared/feeds/feed-info.ts';
import { ALL_FEED, type FeedRef } from '../../shared/feeds/feed-ref.ts';
import { renderJsonFeed } from '../../shared/feeds/json-feed.ts';
import { renderRss } from '../../shared/feeds/rss.ts';
import { DEFAULT_LEASE_MS, DEFAULT_REGENERATION_WINDOW_MS } from '../../shared/feeds/schedule.ts';
import type { Publisher } from '../../shared/publishers/publisher.ts';
import { ATTR, keys } from '../../shared/store/table.ts';
import { slugify } from '../../shared/text/slug.ts';
import { articleRecord, RegenerationReplay, runSpacing } from '../lib/regeneration-replay.ts';
import { stageMain } from '../lib/stage.ts';

const PUBLISHERS = 100;
const ARTICLES_PER_DAY = 10_000;
const SECTIONS_PER_PUBLISHER = 8;
/** Articles replayed (a time-compressed share of the day; the rates are per article). */
const ARTICLES = Number(process.env.BENCH_SCALE_ARTICLES ?? 1500);
/** Articles whose changes also run through marking and the regenerator (the slow part). */
const REGEN_ARTICLES = Math.min(ARTICLES, Number(process.env.BENCH_SCALE_REGEN_ARTICLES ?? 300));
/** Feed reads a day (the load). */
const FEED_READS_PER_DAY = 1_000_000;
const ITEM_LIMIT = 50;
const REGION = 'us-east-1';

/**
 * AWS list prices, us-east-1, as published on the pricing pages of DynamoDB (on-demand),
 * S3 Standard, Lambda (Arm), CloudFront (first 10 TB, North America/Europe) and SQS.
 */
const PRICES = {
  dynamoWriteRequestUnit: 0.625 / 1e6,
  dynamoReadRequestUnit: 0.125 / 1e6,
  dynamoStorageGbMonth: 0.25,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  lambdaGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  cloudFrontGb: 0.085,
  cloudFrontHttpsRequest: 0.01 / 10_000,
  sqsRequest: 0.4 / 1e6,
} as const;

/** Capacity units by where they were consumed: `table`, or an index name. */
type Units = Map<string, number>;

function add(
  units: Units,
  kind: 'read' | 'write',
  consumed: readonly ConsumedCapacity[] | ConsumedCapacity | undefined,
) {
  for (const entry of [consumed ?? []].flat()) {
    const table = entry.Table?.CapacityUnits ?? entry.CapacityUnits ?? 0;
    units.set(`${kind}:table`, (units.get(`${kind}:table`) ?? 0) + table);
    for (const [name, index] of Object.entries(entry.GlobalSecondaryIndexes ?? {})) {
      units.set(
        `${kind}:${name}`,
        (units.get(`${kind}:${name}`) ?? 0) + (index.CapacityUnits ?? 0),
      );
    }
  }
}

function only(units: Units, kind: 'read' | 'write'): Units {
  return new Map(
    [...units]
      .filter(([key]) => key.startsWith(`${kind}:`))
      .map(([key, v]) => [key.slice(kind.length + 1), v]),
  );
}

/**
 * The designs this replaced, both with the indexes keyed on the article item itself (written in
 * the ingest's transaction): the first one (`feed-all`, `feed-publisher`, `feed-section`,
 * projection ALL) and the one before the feed entries (`feed-publisher`, `feed-section`, keys
 * only).
 */
function articleIndexedSchema(
  tableName: string,
  design: 'projected-all' | 'keys-only',
): CreateTableCommandInput {
  const gsi = (indexName: string, partition: string) => ({
    IndexName: indexName,
    KeySchema: [
      { AttributeName: partition, KeyType: 'HASH' as const },
      { AttributeName: ATTR.feedSort, KeyType: 'RANGE' as const },
    ],
    Projection: {
      ProjectionType: design === 'keys-only' ? ('KEYS_ONLY' as const) : ('ALL' as const),
    },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      'pk',
      'sk',
      ...(design === 'keys-only' ? [] : ['feedAll']),
      'feedPublisher',
      'feedSection',
      'feedSort',
    ].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    GlobalSecondaryIndexes: [
      ...(design === 'keys-only' ? [] : [gsi('feed-all', 'feedAll')]),
      gsi('feed-publisher', 'feedPublisher'),
      gsi('feed-section', 'feedSection'),
    ],
  };
}

/** Sentences of the fixture pages, to build bodies of realistic size and compressibility. */
async function sentencePool(): Promise<string[]> {
  const dir = new URL('../../test/fixtures/', import.meta.url);
  const sentences: string[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.html'))) {
    try {
      const article = extractArticle(await readFile(new URL(name, dir)), {
        url: `https://fixture.example/${name}`,
      });
      sentences.push(...article.contentText.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30));
    } catch {
      // not an article (the rejection fixtures)
    }
  }
  return sentences;
}

/** The i-th article: about 6 KB of text (12–13 KB with its HTML, as measured on real pages). */
function article(i: number, pool: readonly string[], publisher: number): Article {
  const paragraphs: string[] = [];
  let length = 0;
  for (let k = 0; length < 6000; k += 1) {
    const sentence = `${pool[(i * 7919 + k * 104_729) % pool.length] ?? ''} (${i}.${k})`;
    paragraphs.push(sentence);
    length += sentence.length + 2;
  }
  const url = `https://p${publisher}.example.vn/bai-${i}.html`;
  const id = `${i.toString(16).padStart(8, '0')}${publisher.toString(16).padStart(8, '0')}`;
  return {
    id,
    url,
    title: `Bài số ${i} của nhà xuất bản ${publisher}`,
    lead: paragraphs[0] ?? null,
    authors: ['Đỗ Huy'],
    publishedAt: new Date(
      Date.UTC(2026, 10, 1) + (i * 86_400_000) / ARTICLES_PER_DAY,
    ).toISOString(),
    modifiedAt: null,
    language: 'vi',
    section: `Chuyên mục ${i % SECTIONS_PER_PUBLISHER}`,
    tags: ['tin tức'],
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    contentText: paragraphs.join('\n\n'),
    images: [],
    image: null,
    wordCount: length / 6,
    contentHash: `h${i}`,
  };
}

export interface ScaleFigures {
  readonly articles: number;
  readonly avgItemBytes: { readonly uncompressed: number; readonly stored: number };
  /** Capacity units per article written (ingest: reads + one transaction). */
  readonly writePerArticle: Readonly<Record<string, number>>;
  readonly previousWritePerArticle: Readonly<Record<string, number>>;
  /** The keys-only indexes on the article item, before the feed entries. */
  readonly articleIndexedWritePerArticle: Readonly<Record<string, number>>;
  readonly readPerArticle: number;
  /** An update of an article that keeps its place: capacity per write. */
  readonly updateWrite: Readonly<Record<string, number>>;
  readonly busiest: {
    readonly key: string;
    readonly share: number;
    readonly wcuPerSecondAt10x: number;
  };
  readonly previousBusiest: {
    readonly key: string;
    readonly share: number;
    readonly wcuPerSecondAt10x: number;
  };
  readonly rcuPerRegeneration: Readonly<Record<string, number>>;
  /** Measured through the regenerator over the first {@link regenerations.articles}. */
  readonly regenerations: {
    readonly articles: number;
    readonly windowMs: number;
    /** Feeds an article touches (one regeneration each without coalescing). */
    readonly perArticleUncoalesced: number;
    readonly perArticleCoalesced: number;
    readonly maxPerFeedPerMinute: number;
    /** Shortest time between two runs of one feed (ms). */
    readonly shortestGapMs: number;
    /** Messages that found nothing to do or came early. */
    readonly staleOrDeferredPerArticle: number;
    /** Capacity of marks, schedules, leases, reads and feed state, per article. */
    readonly wcuPerArticle: number;
    /** The same, by operation (its update expression): WCU and calls per article. */
    readonly byOperation: Readonly<
      Record<string, { readonly wcu: number; readonly calls: number }>
    >;
    /**
     * Conditional writes refused, per article: DynamoDB Local reports no capacity for them, AWS
     * bills each at least one WCU (the item's size).
     */
    readonly refusedWritesPerArticle: number;
    readonly rcuPerArticle: number;
    readonly sqsMessagesPerArticle: number;
  };
  /**
   * The site profile of template learning, per page of a known site (its profile full): the
   * ingest's template lookup and its recording, through the real `DynamoSiteProfiles`; and the
   * one-item layout it replaced (every page rewrites the site's item), modelled with the same
   * calls that adapter made.
   */
  readonly siteProfile: {
    readonly pagesMeasured: number;
    readonly fingerprintsPerPage: number;
    readonly perPage: { readonly wcu: number; readonly rcu: number };
    readonly oneItemPerSite: { readonly wcu: number; readonly rcu: number };
  };
  /** Measured: PUTs of feed files per article. */
  readonly s3PutsPerArticle: number;
  readonly feedGzipBytes: { readonly rss: number; readonly json: number };
  readonly monthlyCost: readonly { readonly item: string; readonly usd: number }[];
}

/** Fingerprints a page of a site contributes to its profile: 12 hex digits, as the extractor's. */
const PROFILE_FINGERPRINTS = 200;
/** Of those, the site's furniture, the same on every page. */
const FURNITURE_FINGERPRINTS = 50;

function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

/** A page of one site as the ingest records it: its own blocks and the site's furniture. */
function profilePage(site: string, n: number): ProfilePage {
  return {
    url: `https://${site}/tin/${n}.html`,
    source: `p0/${site}/${n}.html`,
    fingerprints: [
      ...Array.from({ length: FURNITURE_FINGERPRINTS }, (_, k) => fingerprint(`${site} ${k}`)),
      ...Array.from({ length: PROFILE_FINGERPRINTS - FURNITURE_FINGERPRINTS }, (_, k) =>
        fingerprint(`${site} ${n} ${k}`),
      ),
    ],
  };
}

/**
 * Capacity per page of a known site's profile: `PROFILE_PAGES` pages fill it, the next
 * `PROFILE_PAGES` are measured, each a lookup (`read`) then a recording on it, as the ingest does.
 *
 * @param documents - the document client, whose calls add to `units()`
 * @param units - switches the units the calls add to, and returns them
 */
async function measureSiteProfiles(
  documents: DynamoDBDocumentClient,
  units: (next?: Units) => Units,
): Promise<ScaleFigures['siteProfile']> {
  const sum = (map: Units, kind: 'read' | 'write') =>
    [...only(map, kind).values()].reduce((a, b) => a + b, 0);
  const profiles = new DynamoSiteProfiles('scale', documents);
  const site = 'profile.example.vn';
  // Filling the profiles is not measured.
  units(new Map());
  for (let n = 0; n < PROFILE_PAGES; n++) await profiles.record(profilePage(site, n));
  const measured = units(new Map());
  for (let n = PROFILE_PAGES; n < 2 * PROFILE_PAGES; n++) {
    const read = await profiles.read(site);
    await profiles.record(profilePage(site, n), read);
  }
  // The one-item layout: a consistent read for the lookup, another before the conditional
  // write, then the whole profile (its last PROFILE_PAGES pages, gzipped) written again.
  const legacy = 'one-item.example.vn';
  const key = keys.site(legacy);
  const pages: { url: string; fingerprints: string; source?: string }[] = [];
  const write = async (n: number) => {
    const page = profilePage(legacy, n);
    pages.push({ ...page, fingerprints: page.fingerprints.join(' ') });
    const kept = pages.slice(-PROFILE_PAGES);
    await documents.send(
      new PutCommand({
        TableName: 'scale',
        Item: { ...key, version: n, pagesGz: gzipSync(Buffer.from(JSON.stringify(kept))) },
      }),
    );
  };
  units(new Map());
  for (let n = 0; n < PROFILE_PAGES; n++) await write(n);
  const previous = units(new Map());
  for (let n = PROFILE_PAGES; n < 2 * PROFILE_PAGES; n++) {
    await documents.send(new GetCommand({ TableName: 'scale', Key: key, ConsistentRead: true }));
    await documents.send(new GetCommand({ TableName: 'scale', Key: key, ConsistentRead: true }));
    await write(n);
  }
  units(new Map());
  return {
    pagesMeasured: PROFILE_PAGES,
    fingerprintsPerPage: PROFILE_FINGERPRINTS,
    perPage: {
      wcu: sum(measured, 'write') / PROFILE_PAGES,
      rcu: sum(measured, 'read') / PROFILE_PAGES,
    },
    oneItemPerSite: {
      wcu: sum(previous, 'write') / PROFILE_PAGES,
      rcu: sum(previous, 'read') / PROFILE_PAGES,
    },
  };
}

await stageMain('scale', async (): Promise<ScaleFigures> => {
  const log = (line: string) => process.stderr.write(`scale: ${line}\n`);
  const dynamo = await startDynamoDbLocal();
  const s3Server = await startS3Server({ buckets: ['feeds'] });
  const s3 = localS3Client(s3Server.endpoint, REGION);
  let puts = 0;
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'PutObjectCommand') puts += 1;
      return next(args);
    },
    { step: 'initialize', name: 'countPuts' },
  );
  try {
    const client = localDynamoDbClient(dynamo.endpoint, REGION);
    const documents = localDocumentClient(client);
    await ensureTable(client, 'scale');
    await client.send(new CreateTableCommand(articleIndexedSchema('previous', 'projected-all')));
    await client.send(new CreateTableCommand(articleIndexedSchema('before', 'keys-only')));
    const units: Units = new Map();
    let current: Units = units;
    /** Bookkeeping writes by operation, while `current` is the regenerations' units. */
    const operations = new Map<string, { wcu: number; calls: number }>();
    let refusedWrites = 0;
    const regenUnits: Units = new Map();
    // Every call asks for its consumed capacity, and every answer's is added up.
    documents.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as Record<string, unknown>;
        input.ReturnConsumedCapacity = 'INDEXES';
        const kind = /Get|Query|Scan/.test(context.commandName ?? '') ? 'read' : 'write';
        const operation =
          `${context.commandName ?? '?'} ${String(input.UpdateExpression ?? '').replace(/:\w+/g, '…')}`.trim();
        const counted = current === regenUnits && kind === 'write';
        let result: Awaited<ReturnType<typeof next>>;
        try {
          result = await next(args);
        } catch (error) {
          if (counted && (error as Error).name === 'ConditionalCheckFailedException') {
            refusedWrites += 1;
            const entry = operations.get(operation) ?? { wcu: 0, calls: 0 };
            operations.set(operation, { wcu: entry.wcu, calls: entry.calls + 1 });
          }
          throw error;
        }
        const consumed = (result.output as { ConsumedCapacity?: ConsumedCapacity[] })
          .ConsumedCapacity;
        add(current, kind, consumed);
        if (counted) {
          const wcu = [consumed ?? []]
            .flat()
            .reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
          const entry = operations.get(operation) ?? { wcu: 0, calls: 0 };
          operations.set(operation, { wcu: entry.wcu + wcu, calls: entry.calls + 1 });
        }
        return result;
      },
      { step: 'initialize', name: 'consumedCapacity' },
    );
    const pool = await sentencePool();
    const store = new DynamoIngestStore('scale', documents);
    const entries = new DynamoFeedEntries('scale', documents);
    const publisherIds = Array.from({ length: PUBLISHERS }, (_, p) => `p${p}`);
    const indexKeys = new Map<string, number>();
    const previousKeys = new Map<string, number>();
    const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
    let uncompressed = 0;
    let stored = 0;
    const publishers = new Map<string, Publisher>(
      publisherIds.map((id) => [
        id,
        { id, name: id, homePage: `https://${id}.example.vn/`, language: 'vi', timezone: 'UTC' },
      ]),
    );
    const replay = new RegenerationReplay(
      {
        tableName: 'scale',
        documents,
        s3,
        feedsBucket: 'feeds',
        publishers,
        windowMs: DEFAULT_REGENERATION_WINDOW_MS,
        leaseMs: DEFAULT_LEASE_MS,
        itemLimit: ITEM_LIMIT,
      },
      Date.UTC(2026, 10, 1),
    );
    const previousUnits: Units = new Map();
    const beforeUnits: Units = new Map();
    const started = performance.now();
    for (let i = 0; i < ARTICLES; i += 1) {
      const publisher = i % PUBLISHERS;
      const value = article(i, pool, publisher);
      const at = new Date(Date.UTC(2026, 10, 1) + (i * 86_400_000) / ARTICLES_PER_DAY);
      current = units;
      await store.saveArticle(
        {
          objectKey: `p${publisher}/${i}.html`,
          sequencer: i.toString(16).toUpperCase().padStart(40, '0'),
          publisherId: `p${publisher}`,
          at,
        },
        value,
      );
      const item = liveArticleItem(value, {
        objectKey: `p${publisher}/${i}.html`,
        publisherId: `p${publisher}`,
        at,
        existing: null,
      });
      // The feeds function's first step for the article's stream record: its feed entry.
      await entries.follow(articleRecord(null, item));
      if (i < REGEN_ARTICLES) {
        current = regenUnits;
        await replay.changed(at.getTime(), item);
        if (i === REGEN_ARTICLES - 1) await replay.deliverUntil(Number.POSITIVE_INFINITY);
      }
      uncompressed += Buffer.byteLength(JSON.stringify(item));
      stored +=
        Buffer.byteLength(JSON.stringify({ ...toStoredItem(item), body: null })) +
        toStoredItem(item).body.byteLength;
      count(indexKeys, `feedPublisher=${item.feedPublisher}`);
      count(indexKeys, `feedSection=${item.feedSection}`);
      count(previousKeys, 'feedAll=all');
      count(previousKeys, `feedPublisher=${item.feedPublisher}`);
      count(previousKeys, `feedSection=${item.feedSection}`);
      // As the ingest wrote it: in a transaction with the key's state (which doubles WCU).
      const transact = (table: string, stored: object) =>
        documents.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: table, Item: stored } },
              {
                Put: {
                  TableName: table,
                  Item: { pk: `SOURCE#p${publisher}/${i}.html`, sk: 'SOURCE', articleId: item.id },
                },
              },
            ],
          }),
        );
      current = previousUnits;
      await transact('previous', { ...item, feedAll: 'all' });
      current = beforeUnits;
      await transact('before', toStoredItem(item));
      if ((i + 1) % 500 === 0) log(`${i + 1} articles`);
    }
    log(`replayed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const perArticle = (map: Units) =>
      Object.fromEntries([...map].map(([where, value]) => [where, value / ARTICLES]));
    const writes = perArticle(only(units, 'write'));
    const previousWrites = perArticle(only(previousUnits, 'write'));
    const beforeWrites = perArticle(only(beforeUnits, 'write'));

    // An update that keeps the article's place: the table only, no index.
    const updateUnits: Units = new Map();
    current = updateUnits;
    const first = article(0, pool, 0);
    const stored0 = await store.getArticle(first.id);
    await store.saveArticle(
      {
        objectKey: 'p0/0.html',
        sequencer: 'F'.repeat(40),
        publisherId: 'p0',
        at: new Date(Date.UTC(2026, 10, 2)),
      },
      { ...first, contentText: `${first.contentText} Cập nhật.`, contentHash: 'changed' },
    );
    await entries.follow(articleRecord(stored0, await store.getArticle(first.id)));

    // Feed reads: one regeneration's read of each kind of feed.
    const source = new DynamoFeedItemSource('scale', documents, publisherIds);
    const feeds: Record<string, FeedRef> = {
      all: ALL_FEED,
      publisher: { kind: 'publisher', publisherId: 'p1' },
      section: { kind: 'section', publisherId: 'p1', sectionSlug: slugify('Chuyên mục 1') },
    };
    const rcuPerRegeneration: Record<string, number> = {};
    let rendered = { rss: 0, json: 0 };
    for (const [name, ref] of Object.entries(feeds)) {
      const readUnits: Units = new Map();
      current = readUnits;
      const items = await source.newestItems(ref, ITEM_LIMIT);
      rcuPerRegeneration[name] = [...only(readUnits, 'read').values()].reduce((a, b) => a + b, 0);
      if (name === 'all') {
        const info = describeFeed(ref, { baseUrl: 'https://feeds.example.com', publishers });
        rendered = {
          rss: gzipSync(renderRss(info, items, { lastBuildDate: new Date() })).length,
          json: gzipSync(renderJsonFeed(info, items)).length,
        };
      }
    }
    const reads = only(units, 'read').get('table') ?? 0;
    const siteProfile = await measureSiteProfiles(documents, (next) => {
      if (next !== undefined) current = next;
      return current;
    });

    const busiestOf = (map: Map<string, number>, wcuPerWrite: number) => {
      const [key, writes] = [...map].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      const share = writes / ARTICLES;
      const rateAt10x = (10 * ARTICLES_PER_DAY) / 86_400;
      return { key, share, wcuPerSecondAt10x: rateAt10x * share * wcuPerWrite };
    };
    const previousIndexWcu = previousWrites['feed-all'] ?? 0;
    const counts = replay.counts();
    const spacing = runSpacing(counts.runs);
    const coalescedPerArticle = counts.regenerations / REGEN_ARTICLES;
    const s3PutsPerArticle = puts / REGEN_ARTICLES;
    const regenWcu = [...only(regenUnits, 'write').values()].reduce((a, b) => a + b, 0);
    const regenRcu = [...only(regenUnits, 'read').values()].reduce((a, b) => a + b, 0);
    const sqsMessagesPerArticle = counts.messages / REGEN_ARTICLES;

    const month = 30;
    const articlesPerMonth = ARTICLES_PER_DAY * month;
    const wcu = Object.values(writes).reduce((a, b) => a + b, 0);
    const regenerationsPerMonth = coalescedPerArticle * articlesPerMonth;
    const feedBytes = (rendered.rss + rendered.json) / 2;
    const monthlyCost = [
      {
        item: 'DynamoDB writes (ingest, table + indexes)',
        usd: wcu * articlesPerMonth * PRICES.dynamoWriteRequestUnit,
      },
      {
        item: 'DynamoDB writes (feed marks, schedules, leases, feed state)',
        usd: (regenWcu / REGEN_ARTICLES) * articlesPerMonth * PRICES.dynamoWriteRequestUnit,
      },
      {
        item: 'DynamoDB reads (ingest + feed regenerations)',
        usd:
          (reads / ARTICLES + regenRcu / REGEN_ARTICLES) *
          articlesPerMonth *
          PRICES.dynamoReadRequestUnit,
      },
      {
        item: 'DynamoDB site profiles (template learning: a lookup and a recording per page)',
        usd:
          articlesPerMonth *
          (siteProfile.perPage.wcu * PRICES.dynamoWriteRequestUnit +
            siteProfile.perPage.rcu * PRICES.dynamoReadRequestUnit),
      },
      {
        item: 'DynamoDB storage (a year of articles, compressed)',
        usd:
          ((365 * ARTICLES_PER_DAY * (uncompressed / ARTICLES) * 0.45) / 1e9) *
          PRICES.dynamoStorageGbMonth,
      },
      { item: 'S3 feed PUTs', usd: s3PutsPerArticle * articlesPerMonth * PRICES.s3Put },
      {
        item: 'Lambda (ingest 1,769 MB × ~0.3 s/page, regenerate 512 MB × ~0.2 s/run)',
        usd:
          articlesPerMonth * (1.769 * 0.3 * PRICES.lambdaGbSecond + PRICES.lambdaRequest) +
          regenerationsPerMonth * (0.5 * 0.2 * PRICES.lambdaGbSecond + PRICES.lambdaRequest),
      },
      {
        item: 'SQS (ingest and regeneration messages, ~3 requests each)',
        usd: articlesPerMonth * (1 + sqsMessagesPerArticle) * 3 * PRICES.sqsRequest,
      },
      {
        item: `CloudFront (1M feed reads/day, ${Math.round(feedBytes / 1024)} KiB gzip average)`,
        usd:
          FEED_READS_PER_DAY *
          month *
          (PRICES.cloudFrontHttpsRequest + (feedBytes / 1e9) * PRICES.cloudFrontGb),
      },
    ];
    return {
      articles: ARTICLES,
      avgItemBytes: {
        uncompressed: uncompressed / ARTICLES,
        stored: stored / ARTICLES,
      },
      writePerArticle: writes,
      previousWritePerArticle: previousWrites,
      articleIndexedWritePerArticle: beforeWrites,
      readPerArticle: reads / ARTICLES,
      updateWrite: Object.fromEntries(only(updateUnits, 'write')),
      busiest: busiestOf(indexKeys, 1),
      previousBusiest: busiestOf(previousKeys, previousIndexWcu),
      rcuPerRegeneration,
      regenerations: {
        articles: REGEN_ARTICLES,
        windowMs: DEFAULT_REGENERATION_WINDOW_MS,
        perArticleUncoalesced: 3,
        perArticleCoalesced: coalescedPerArticle,
        maxPerFeedPerMinute: spacing.maxPerFeedPerMinute,
        shortestGapMs: spacing.shortestGapMs,
        staleOrDeferredPerArticle: counts.staleOrDeferred / REGEN_ARTICLES,
        wcuPerArticle: regenWcu / REGEN_ARTICLES,
        byOperation: Object.fromEntries(
          [...operations]
            .sort((a, b) => b[1].wcu - a[1].wcu)
            .map(([operation, { wcu, calls }]) => [
              operation,
              { wcu: wcu / REGEN_ARTICLES, calls: calls / REGEN_ARTICLES },
            ]),
        ),
        refusedWritesPerArticle: refusedWrites / REGEN_ARTICLES,
        rcuPerArticle: regenRcu / REGEN_ARTICLES,
        sqsMessagesPerArticle,
      },
      siteProfile,
      s3PutsPerArticle,
      feedGzipBytes: rendered,
      monthlyCost,
    };
  } finally {
    s3.destroy();
    await s3Server.stop();
    await dynamo.stop();
  }
});
