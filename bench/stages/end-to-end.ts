/**
 * End to end on the local runtime (`startLocalRuntime`, the `npm start` machinery): N pages
 * uploaded to the inbox bucket by C concurrent clients; pages per second ingested, and the
 * latency from each upload to its article being in the table and then in the aggregate feed as
 * published by the regenerate handler (coalesced: each feed at most once per window).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { objectKeysOfMessage } from '../../local/event-sources/s3-events.ts';
import { localS3Client } from '../../local/runtime/clients.ts';
import { startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../../local/runtime/throwaway-options.ts';
import { MAX_FEED_ITEM_LIMIT } from '../../shared/feeds/config.ts';
import { watchAggregateArrivals } from '../lib/aggregate-arrivals.ts';
import { percentile } from '../lib/measure.ts';
import { processGroupPeakRss } from '../lib/process-memory.ts';
import { stageMain } from '../lib/stage.ts';
import { syntheticPage } from '../lib/synthetic-articles.ts';

/** Latency percentiles in milliseconds. */
export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** The stage's figures. */
export interface EndToEndFigures {
  readonly pages: number;
  readonly clients: number;
  readonly uploadSeconds: number;
  /** Pages per second from the first upload to the last article written to the table. */
  readonly ingestPagesPerSecond: number;
  /** Pages per second from the first upload to the last article in a regenerated feed. */
  readonly inFeedPagesPerSecond: number;
  readonly uploadToTable: Latency;
  readonly uploadToFeed: Latency;
  readonly articlesLive: number;
  readonly rejected: number;
  readonly deadLetters: number;
  /** Uploaded pages that never reached a feed (rejected or dead-lettered). */
  readonly notInFeed: number;
  /** Peak RSS of DynamoDB Local's java process(es), in bytes. */
  readonly dynamoDbLocalPeakRssBytes: number | null;
}

const PAGES = Number(process.env.BENCH_E2E_PAGES ?? 1000);
const CLIENTS = Number(process.env.BENCH_E2E_CLIENTS ?? 16);
const TIMEOUT_MS = Number(process.env.BENCH_E2E_TIMEOUT_MS ?? 15 * 60_000);

function latency(values: readonly number[]): Latency {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
}

function failedIds(response: unknown): Set<string> {
  const failures =
    (response as { batchItemFailures?: { itemIdentifier: string }[] } | undefined)
      ?.batchItemFailures ?? [];
  return new Set(failures.map((f) => f.itemIdentifier));
}

await stageMain('end-to-end', async (): Promise<EndToEndFigures> => {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-e2e-'));
  const run = `e2e-${Date.now().toString(36)}`;
  const uploadedAt = new Map<string, number>();
  const ingestedAt = new Map<string, number>();
  const inFeedAt = new Map<string, number>();

  const runtime = await startLocalRuntime({
    ...throwawayRuntimeOptions(dataDir),
    log: (line) => {
      if (line.includes('ERROR')) log(line);
    },
    // Room for every page in the aggregate feed, so that each page's arrival in it shows.
    feedItemLimit: Math.min(PAGES, MAX_FEED_ITEM_LIMIT),
    wrapHandlers: {
      ingest: (real) => async (event) => {
        const response = await real(event);
        const now = performance.now();
        const failed = failedIds(response);
        for (const record of event.Records) {
          if (failed.has(record.messageId)) continue;
          for (const key of objectKeysOfMessage(record))
            if (!ingestedAt.has(key)) ingestedAt.set(key, now);
        }
        return response;
      },
    },
  });
  // In a feed: the first publication of the aggregate feed that holds the page.
  watchAggregateArrivals(runtime, (key, at) => {
    if (uploadedAt.has(key) && !inFeedAt.has(key)) inFeedAt.set(key, at);
  });
  const s3 = localS3Client(runtime.urls.s3, runtime.region);
  try {
    const pages = Array.from({ length: PAGES }, (_, i) => ({
      key: `demo/${run}/${i}.html`,
      body: Buffer.from(syntheticPage(i, run)),
    }));
    log(`end-to-end: uploading ${PAGES} pages with ${CLIENTS} clients`);
    const started = performance.now();
    const client = async () => {
      for (let page = pages.shift(); page; page = pages.shift()) {
        await s3.send(
          new PutObjectCommand({
            Bucket: runtime.inboxBucket,
            Key: page.key,
            Body: page.body,
            ContentType: 'text/html',
          }),
        );
        uploadedAt.set(page.key, performance.now());
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    const uploadSeconds = (performance.now() - started) / 1000;
    log(`end-to-end: uploads done in ${uploadSeconds.toFixed(1)} s, waiting for the feeds`);
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`the runtime did not settle within ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      ).unref(),
    );
    // Settled: the queue is empty (every page ingested, rejected or dead-lettered) and the
    // stream is caught up and every scheduled regeneration has run.
    await Promise.race([runtime.idle(), timeout]);
    const state = await runtime.state();
    const dynamoDbLocalPeakRssBytes =
      runtime.dynamoDbPid === undefined ? null : processGroupPeakRss(runtime.dynamoDbPid);

    // Pages that never reached the table or a feed are reported as counts, not latencies.
    const toTable = [...uploadedAt].flatMap(([key, t]) => {
      const at = ingestedAt.get(key);
      return at === undefined ? [] : [at - t];
    });
    const toFeed = [...uploadedAt].flatMap(([key, t]) => {
      const at = inFeedAt.get(key);
      return at === undefined ? [] : [at - t];
    });
    const lastIngest = Math.max(...ingestedAt.values());
    const lastInFeed = Math.max(...inFeedAt.values());
    const live = state.feeds.find((f) => f.feed === 'all')?.articles ?? Number.NaN;
    return {
      pages: PAGES,
      clients: CLIENTS,
      uploadSeconds,
      ingestPagesPerSecond: ingestedAt.size / ((lastIngest - started) / 1000),
      inFeedPagesPerSecond: inFeedAt.size / ((lastInFeed - started) / 1000),
      uploadToTable: latency(toTable),
      uploadToFeed: latency(toFeed),
      articlesLive: live,
      rejected: state.rejections.length,
      deadLetters: state.deadLetters.length,
      notInFeed: PAGES - inFeedAt.size,
      dynamoDbLocalPeakRssBytes,
    };
  } finally {
    s3.destroy();
    await runtime.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
