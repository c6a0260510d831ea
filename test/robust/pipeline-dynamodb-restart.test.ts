import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
} from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../../local/runtime/throwaway-options.ts';
import { eventually, FeedMonitor } from './support/feed-monitor.ts';
import {
  expectEveryUploadAccountedFor,
  expectExactlyOnce,
  feedIds,
  readOutcome,
} from './support/pipeline-checks.ts';
import { REGENERATION_WINDOW_MS } from './support/pipeline-options.ts';
import {
  articleUpload,
  putPages,
  rejectedUpload,
  type UploadPage,
} from './support/pipeline-pages.ts';

const RUN = 'ddb-restart';
const BEFORE: UploadPage[] = [
  ...Array.from({ length: 40 }, (_, i) => articleUpload(i, RUN)),
  ...Array.from({ length: 5 }, (_, i) => rejectedUpload(i, RUN)),
];
const DURING: UploadPage[] = Array.from({ length: 20 }, (_, i) => articleUpload(40 + i, RUN));

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the local runtime when DynamoDB Local stops and restarts mid-run', () => {
  let dataDir: string;
  let runtime: LocalRuntime;
  let s3: S3Client;
  let dynamo: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  let restarted: DynamoDbLocal | undefined;
  let monitor: FeedMonitor;

  function upload(pages: readonly UploadPage[]): Promise<void> {
    return putPages(s3, runtime.inboxBucket, pages);
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'robust-ddb-'));
    // Its own DynamoDB Local (the default of these options), which this test stops and restarts.
    runtime = await startLocalRuntime({
      ...throwawayRuntimeOptions(dataDir),
      feedItemLimit: 250,
      // Retries that outlast a restart of a few seconds, as SQS and the stream's retries in AWS
      // outlast a short DynamoDB disruption.
      queue: { maxReceiveCount: 40, retryDelayMs: () => 500 },
      stream: { pollIntervalMs: 100, maxRetries: 40, retryDelayMs: () => 500 },
      regenerationWindowMs: REGENERATION_WINDOW_MS,
      regenerationQueue: { maxReceiveCount: 40, retryDelayMs: () => 500 },
      // A regeneration cut off by the stop cannot release its feed's lease (the table is gone):
      // the next run waits the lease out. Ten seconds instead of the deployed 90 keep that wait
      // in the test and out of the suite's critical path.
      feedLeaseMs: 10_000,
    });
    s3 = localS3Client(runtime.urls.s3, runtime.region);
    dynamo = localDynamoDbClient(runtime.urls.dynamoDb, runtime.region);
    documents = localDocumentClient(dynamo);
    monitor = new FeedMonitor(`${runtime.urls.feeds}/feeds/all.json`);

    // Mid-run: the 5th article is in, most pages are still queued.
    let ingested = 0;
    const fifthIngested = runtime.events.next(
      'outcome',
      (outcome) => outcome.kind === 'ingested' && ++ingested === 5,
    );
    await upload(BEFORE);
    await fifthIngested;
    const pgid = runtime.dynamoDbPid;
    if (pgid === undefined) throw new Error('This runtime was to start its DynamoDB Local');
    // Ingest fails against the stopped server and puts a message back for a retry.
    const retried = runtime.events.next('retry', (retry) => retry.source === 'ingest');
    process.kill(-pgid, 'SIGTERM');
    await eventually(async () => expect(groupAlive(pgid)).toBe(false), 30_000, 100);
    await upload(DURING);
    await retried;
    restarted = await startDynamoDbLocal({
      port: Number(new URL(runtime.urls.dynamoDb).port),
      dbPath: join(dataDir, 'dynamodb'),
    });
    await runtime.idle();
    await monitor.stop();
  }, 300_000);

  afterAll(async () => {
    await monitor?.stop();
    s3?.destroy();
    dynamo?.destroy();
    await runtime?.stop();
    await restarted?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('was hit mid-run: ingest retried messages while DynamoDB Local was down', () => {
    expect(runtime.stats().queue.retried).toBeGreaterThan(0);
  });

  it('accounts for every page after recovery, with nothing dead-lettered', async () => {
    expectEveryUploadAccountedFor(
      [...BEFORE, ...DURING],
      await readOutcome(documents, runtime.tableName),
    );
    expect((await runtime.state()).deadLetters).toEqual([]);
  });

  it('lists every article exactly once in the feeds', async () => {
    const outcome = await readOutcome(documents, runtime.tableName);
    const ids = [...outcome.live.values()].map((a) => a.id);
    expectExactlyOnce(await feedIds(runtime.urls.feeds, '/feeds/all.json'), ids);
    expectExactlyOnce(await feedIds(runtime.urls.feeds, '/feeds/demo.json'), ids);
  });

  it('never served a feed that went backwards while it recovered', () => {
    expect(monitor.snapshots.length).toBeGreaterThan(1);
    expect(monitor.firstRegression()).toBeNull();
    expect(monitor.errors).toEqual([]);
  });
});
