import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
} from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../../local/runtime/throwaway-options.ts';
import { testDynamoDbOptions } from '../support/local-runtime.ts';
import { FeedMonitor } from './support/feed-monitor.ts';
import {
  expectEveryUploadAccountedFor,
  expectExactlyOnce,
  feedIds,
  readOutcome,
} from './support/pipeline-checks.ts';
import { REGENERATION_WINDOW_MS } from './support/pipeline-options.ts';
import {
  articleUpload,
  putPage,
  putPages,
  rejectedUpload,
  type UploadPage,
} from './support/pipeline-pages.ts';

const RUN = 's3-restart';
const BEFORE: UploadPage[] = [
  ...Array.from({ length: 40 }, (_, i) => articleUpload(i, RUN)),
  ...Array.from({ length: 5 }, (_, i) => rejectedUpload(i, RUN)),
];
/** Uploaded by an S3 client while the server is down: each retried until it goes through. */
const DURING: UploadPage[] = Array.from({ length: 15 }, (_, i) => articleUpload(40 + i, RUN));
/** Written into the watched folder while the server is down. */
const FOLDER: UploadPage[] = [
  ...Array.from({ length: 5 }, (_, i) => articleUpload(55 + i, RUN)),
  rejectedUpload(5, RUN),
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A promise and the function that resolves it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/**
 * Wraps an SQS handler so that its n-th invocation says it started, then waits for `gate` before
 * the real handler runs; and says when an invocation reported failed messages while `down`.
 */
function holdInvocation<TEvent>(
  real: (event: TEvent) => Promise<unknown>,
  nth: number,
  started: () => void,
  gate: Promise<void>,
  failedWhileDown: () => void,
): (event: TEvent) => Promise<unknown> {
  let invocations = 0;
  let down = false;
  void gate.then(() => {
    down = true;
  });
  return async (event) => {
    invocations += 1;
    if (invocations === nth) {
      started();
      await gate;
    }
    const response = await real(event);
    const failures = (response as { batchItemFailures?: unknown[] } | undefined)?.batchItemFailures;
    if (down && (failures?.length ?? 0) > 0) failedWhileDown();
    return response;
  };
}

describe('the local runtime when its S3 server restarts mid-run', () => {
  let dataDir: string;
  let inboxDir: string;
  let runtime: LocalRuntime;
  let s3: S3Client;
  let dynamo: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  let monitor: FeedMonitor;
  let failedAttempts = 0;
  /** Files of the watched folder whose upload failed and is being retried. */
  const folderFailures: string[] = [];
  // The server stops while an ingest batch and a regeneration batch are both running: the second
  // ingest batch and the first regeneration batch wait (before the real handlers run) until it is
  // down. It starts again once every part of the pipeline has failed against it.
  const ingestInFlight = signal();
  const regenerationInFlight = signal();
  const s3Down = signal();
  const uploadFailed = signal();
  const ingestFailed = signal();
  const regenerationFailed = signal();
  const folderFailed = signal();

  /** Uploads a page as a publisher's client would: again after a failure, until it is stored. */
  async function putUntilStored(page: UploadPage): Promise<void> {
    for (;;) {
      try {
        await putPage(s3, runtime.inboxBucket, page);
        return;
      } catch {
        failedAttempts += 1;
        uploadFailed.resolve();
        await sleep(250);
      }
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'robust-s3-'));
    inboxDir = join(dataDir, 'inbox');
    runtime = await startLocalRuntime({
      ...throwawayRuntimeOptions(dataDir),
      ...testDynamoDbOptions(dataDir),
      inboxDir,
      feedItemLimit: 250,
      // Retries that outlast a restart of a few seconds, as SQS and the stream's retries in AWS
      // outlast a short S3 disruption.
      queue: { maxReceiveCount: 40, retryDelayMs: () => 500 },
      stream: { pollIntervalMs: 100, maxRetries: 40, retryDelayMs: () => 500 },
      regenerationWindowMs: REGENERATION_WINDOW_MS,
      regenerationQueue: { maxReceiveCount: 40, retryDelayMs: () => 500 },
      wrapHandlers: {
        ingest: (real) =>
          holdInvocation(real, 2, ingestInFlight.resolve, s3Down.promise, ingestFailed.resolve),
        regenerate: (real) =>
          holdInvocation(
            real,
            1,
            regenerationInFlight.resolve,
            s3Down.promise,
            regenerationFailed.resolve,
          ),
      },
    });
    runtime.events.on('folder', (event) => {
      if (event.kind !== 'failed' || event.retrying !== true) return;
      folderFailures.push(event.file);
      folderFailed.resolve();
    });
    s3 = localS3Client(runtime.urls.s3, runtime.region);
    dynamo = localDynamoDbClient(runtime.urls.dynamoDb, runtime.region);
    documents = localDocumentClient(dynamo);
    monitor = new FeedMonitor(`${runtime.urls.feeds}/feeds/all.json`);

    await putPages(s3, runtime.inboxBucket, BEFORE);
    // Mid-run: the first batch is in, the second is being ingested, its feeds are being written.
    await Promise.all([ingestInFlight.promise, regenerationInFlight.promise]);
    let uploadsDuring: Promise<void>[] = [];
    await runtime.restartS3Server(async () => {
      s3Down.resolve();
      uploadsDuring = DURING.map(putUntilStored);
      for (const page of FOLDER) {
        const file = join(inboxDir, page.key);
        await mkdir(join(file, '..'), { recursive: true });
        await writeFile(file, page.body);
      }
      // Until the client, ingest, the regeneration and the watcher have each failed against the
      // stopped server (and will retry).
      await Promise.all([
        uploadFailed.promise,
        ingestFailed.promise,
        regenerationFailed.promise,
        folderFailed.promise,
      ]);
    });
    await Promise.all(uploadsDuring);
    await runtime.idle();
    await monitor.stop();
  }, 300_000);

  afterAll(async () => {
    await monitor?.stop();
    s3?.destroy();
    dynamo?.destroy();
    await runtime?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('was hit mid-run: uploads, ingest and feed writes failed while the S3 server was down', () => {
    expect(failedAttempts).toBeGreaterThan(0);
    const { queue, regeneration } = runtime.stats();
    expect(queue.retried).toBeGreaterThan(0);
    expect(regeneration.retried).toBeGreaterThan(0);
    expect(folderFailures.length).toBeGreaterThan(0);
  });

  it('accounts for every page after recovery, the watched folder included, with nothing dead-lettered', async () => {
    expectEveryUploadAccountedFor(
      [...BEFORE, ...DURING, ...FOLDER],
      await readOutcome(documents, runtime.tableName),
    );
    expect((await runtime.state()).deadLetters).toEqual([]);
  });

  it('lists every article exactly once in the feeds, served again after the restart', async () => {
    const outcome = await readOutcome(documents, runtime.tableName);
    const ids = [...outcome.live.values()].map((a) => a.id);
    expectExactlyOnce(await feedIds(runtime.urls.feeds, '/feeds/all.json'), ids);
    expectExactlyOnce(await feedIds(runtime.urls.feeds, '/feeds/demo.json'), ids);
  });

  it('never served a feed that went backwards, only gateway errors while the origin was down', () => {
    expect(monitor.snapshots.length).toBeGreaterThan(1);
    expect(monitor.firstRegression()).toBeNull();
    for (const error of monitor.errors) expect(error).toMatch(/: 502$/);
  });
});
