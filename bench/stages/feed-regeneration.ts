/**
 * Feed regeneration cost as the table grows: the time to regenerate one 50-item feed (all
 * three formats: GSI query, render, hash check, S3 put, generation commit) with 1,000 and with 50,000
 * articles in DynamoDB Local (one table each, measured alternately). The feeds query a sparse GSI
 * newest-first with a limit, so the cost should depend on the feed size, not the table size.
 */
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';
import { ensureTable } from '../../local/emulators/provision.ts';
import { startS3Server } from '../../local/emulators/s3-server.ts';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
} from '../../local/runtime/clients.ts';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoFeedStateStore } from '../../shared/adapters/dynamo/feed-state.ts';
import { liveArticleItem, toStoredItem } from '../../shared/adapters/dynamo/items.ts';
import { S3FeedObjectStore } from '../../shared/adapters/s3/feed-objects.ts';
import {
  ALL_FEED,
  FEED_FORMATS,
  type FeedRef,
  feedObjectKey,
} from '../../shared/feeds/feed-ref.ts';
import { type RegenerateDeps, regenerateFeed } from '../../shared/feeds/regenerate.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { slugify } from '../../shared/text/slug.ts';
import { median, percentile } from '../lib/measure.ts';
import { stageMain } from '../lib/stage.ts';
import { SECTIONS, syntheticArticle } from '../lib/synthetic-articles.ts';

/** Regeneration times of one feed at one table size. */
export interface RegenerationTiming {
  readonly feed: string;
  readonly tableArticles: number;
  readonly msMedian: number;
  readonly msP95: number;
  readonly runs: number;
}

/** The stage's figures. */
export interface FeedRegenerationFigures {
  readonly sizes: readonly number[];
  readonly itemLimit: number;
  readonly timings: readonly RegenerationTiming[];
  /** Per feed: median at the largest size ÷ median at the smallest. */
  readonly ratios: Readonly<Record<string, number>>;
  readonly seedArticlesPerSecond: number;
}

const SIZES = (process.env.BENCH_FEED_SIZES ?? '1000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_FEED_RUNS ?? 15);
const ITEM_LIMIT = 50;
const REGION = 'us-east-1';
const BUCKET = 'bench-feeds';

const FEEDS: readonly FeedRef[] = [
  ALL_FEED,
  { kind: 'publisher', publisherId: 'demo' },
  { kind: 'section', publisherId: 'demo', sectionSlug: slugify(SECTIONS[1]) },
];

function label(ref: FeedRef): string {
  return ref.kind === 'all'
    ? 'all'
    : ref.kind === 'publisher'
      ? `publisher ${ref.publisherId}`
      : `section ${ref.publisherId}/${ref.sectionSlug}`;
}

async function seed(
  documents: DynamoDBDocumentClient,
  table: string,
  count: number,
): Promise<void> {
  const at = new Date('2025-01-01T00:00:00Z');
  const batches: number[][] = [];
  for (let i = 0; i < count; i += 25) {
    batches.push(Array.from({ length: Math.min(25, count - i) }, (_, k) => i + k));
  }
  // A few writers in parallel, as many ingest Lambdas would be.
  const writer = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let requests = batch.map((i) => ({
        PutRequest: {
          Item: toStoredItem(
            liveArticleItem(syntheticArticle(i), {
              objectKey: `demo/bench/${i}.html`,
              publisherId: 'demo',
              at,
              existing: null,
            }),
          ),
        },
      }));
      while (requests.length > 0) {
        const out = await documents.send(
          new BatchWriteCommand({ RequestItems: { [table]: requests } }),
        );
        requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, writer));
}

await stageMain('feed-regeneration', async (): Promise<FeedRegenerationFigures> => {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const [dynamo, s3] = await Promise.all([
    startDynamoDbLocal(),
    startS3Server({ buckets: [BUCKET] }),
  ]);
  const dynamoClient = localDynamoDbClient(dynamo.endpoint, REGION);
  const documents = localDocumentClient(dynamoClient);
  const s3Client = localS3Client(s3.endpoint, REGION);
  try {
    // One table per size in the same DynamoDB Local, measured alternately, so that load from
    // elsewhere on the machine falls on both sizes alike.
    const tables = new Map<number, RegenerateDeps>();
    let seeded = 0;
    let seedMs = 0;
    for (const size of SIZES) {
      const table = `bench-articles-${size}`;
      await ensureTable(dynamoClient, table);
      const started = performance.now();
      await seed(documents, table, size);
      seedMs += performance.now() - started;
      seeded += size;
      log(`seeded ${size} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      tables.set(size, {
        items: new DynamoFeedItemSource(table, documents, [...samplePublishersById.keys()]),
        objects: new S3FeedObjectStore(BUCKET, s3Client),
        state: new DynamoFeedStateStore(table, documents),
        publishers: samplePublishersById,
        baseUrl: 'https://feeds.example.com',
        itemLimit: ITEM_LIMIT,
      });
    }

    const timings: RegenerationTiming[] = [];
    for (const ref of FEEDS) {
      const samples = new Map<number, number[]>(SIZES.map((size) => [size, []]));
      for (const deps of tables.values()) {
        // Warm-up: connections, JIT, the table's first pages.
        for (let i = 0; i < 3; i += 1) await regenerateFeed(ref, deps);
      }
      for (let run = 0; run < RUNS; run += 1) {
        for (const [size, deps] of tables) {
          // Remove the files so every timed run renders, compares and writes every one of them.
          for (const format of FEED_FORMATS) {
            await s3Client.send(
              new DeleteObjectCommand({ Bucket: BUCKET, Key: feedObjectKey(ref, format) }),
            );
          }
          const started = performance.now();
          const outcome = await regenerateFeed(ref, deps);
          samples.get(size)?.push(performance.now() - started);
          if (!outcome.files.every((f) => f.written)) throw new Error('regeneration did not write');
        }
      }
      for (const [size, ms] of samples) {
        const timing = {
          feed: label(ref),
          tableArticles: size,
          msMedian: median(ms),
          msP95: percentile(ms, 95),
          runs: RUNS,
        };
        timings.push(timing);
        log(`${timing.feed} @ ${size}: median ${timing.msMedian.toFixed(1)} ms`);
      }
    }
    const smallest = Math.min(...SIZES);
    const largest = Math.max(...SIZES);
    const ratios: Record<string, number> = {};
    for (const ref of FEEDS) {
      const at = (size: number) =>
        timings.find((t) => t.feed === label(ref) && t.tableArticles === size)?.msMedian ??
        Number.NaN;
      ratios[label(ref)] = at(largest) / at(smallest);
    }
    return {
      sizes: SIZES,
      itemLimit: ITEM_LIMIT,
      timings,
      ratios,
      seedArticlesPerSecond: seeded / (seedMs / 1000),
    };
  } finally {
    s3Client.destroy();
    dynamoClient.destroy();
    await Promise.all([dynamo.stop(), s3.stop()]);
  }
});
