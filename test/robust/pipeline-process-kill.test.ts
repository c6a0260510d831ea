import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/emulators/free-port.ts';
import {
  localDocumentClient,
  localDynamoDbClient,
  localS3Client,
} from '../../local/runtime/clients.ts';
import { eventually, FeedMonitor } from './support/feed-monitor.ts';
import {
  expectEveryUploadAccountedFor,
  expectExactlyOnce,
  feedIds,
  readOutcome,
} from './support/pipeline-checks.ts';
import {
  articleUpload,
  putPages,
  rejectedUpload,
  type UploadPage,
} from './support/pipeline-pages.ts';

const RUN = 'kill';
const BEFORE: UploadPage[] = [
  ...Array.from({ length: 50 }, (_, i) => articleUpload(i, RUN)),
  ...Array.from({ length: 10 }, (_, i) => rejectedUpload(i, RUN)),
];
const AFTER: UploadPage[] = Array.from({ length: 10 }, (_, i) => articleUpload(50 + i, RUN));
const SCRIPT = fileURLToPath(new URL('./support/pipeline-process.ts', import.meta.url));

interface Ready {
  readonly urls: { feeds: string; s3: string; dynamoDb: string };
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly region: string;
}

/** Starts the runtime process and waits for its ready line. */
async function startRuntime(
  args: readonly string[],
): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', SCRIPT, ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const ready = await new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`runtime not ready in 90 s:\n${stderr.join('').slice(-2000)}`));
    }, 90_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as Ready);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`runtime exited (${code}) before ready:\n${stderr.join('').slice(-2000)}`));
    });
  });
  return { child, ready };
}

/** Resolves once nothing listens on the port any more. */
async function portClosed(port: number): Promise<void> {
  await eventually(
    () =>
      new Promise<void>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          reject(new Error(`port ${port} still open`));
        });
        socket.once('error', () => resolve());
      }),
    30_000,
    100,
  );
}

async function stopRuntime(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

describe('the local runtime killed mid-batch and restarted', () => {
  let dataDir: string;
  let ports: number[];
  let runtime: ChildProcess | undefined;
  let ready: Ready;
  let s3: S3Client;
  let dynamo: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  let monitor: FeedMonitor;
  let liveWhenKilled = 0;

  function upload(pages: readonly UploadPage[]): Promise<void> {
    return putPages(s3, ready.inboxBucket, pages);
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'robust-kill-'));
    ports = [await freePort(), await freePort(), await freePort()];
    const args = [dataDir, ...ports.map(String)];
    ({ child: runtime, ready } = await startRuntime(args));
    s3 = localS3Client(ready.urls.s3, ready.region);
    dynamo = localDynamoDbClient(ready.urls.dynamoDb, ready.region);
    documents = localDocumentClient(dynamo);
    monitor = new FeedMonitor(`${ready.urls.feeds}/feeds/all.json`);

    await upload(BEFORE);
    await eventually(
      async () => {
        liveWhenKilled = (await readOutcome(documents, ready.tableName)).live.size;
        expect(liveWhenKilled).toBeGreaterThanOrEqual(8);
      },
      60_000,
      50,
    );
    // Mid-batch: the queue still holds most of the pages, in memory only.
    runtime.kill('SIGKILL');
    await Promise.all(ports.map(portClosed));

    ({ child: runtime, ready } = await startRuntime(args));
    await upload(AFTER);
    await eventually(
      async () => {
        expectEveryUploadAccountedFor(
          [...BEFORE, ...AFTER],
          await readOutcome(documents, ready.tableName),
        );
      },
      180_000,
      500,
    );
    // Let the feeds catch up with the last articles before the monitor stops.
    await eventually(
      async () => {
        const outcome = await readOutcome(documents, ready.tableName);
        expectExactlyOnce(
          await feedIds(ready.urls.feeds, '/feeds/all.json'),
          [...outcome.live.values()].map((a) => a.id),
        );
      },
      60_000,
      500,
    );
    await monitor.stop();
  }, 400_000);

  afterAll(async () => {
    await monitor?.stop();
    s3?.destroy();
    dynamo?.destroy();
    await stopRuntime(runtime);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('was killed with pages still in flight', () => {
    expect(liveWhenKilled).toBeLessThan(50);
  });

  it('accounts for every page after the restart, none dead-lettered', async () => {
    expectEveryUploadAccountedFor(
      [...BEFORE, ...AFTER],
      await readOutcome(documents, ready.tableName),
    );
    const deadLetters = join(dataDir, 'dead-letters.jsonl');
    expect(existsSync(deadLetters) ? readFileSync(deadLetters, 'utf8').trim() : '').toBe('');
  });

  it('lists every article exactly once in the feeds', async () => {
    const outcome = await readOutcome(documents, ready.tableName);
    const ids = [...outcome.live.values()].map((a) => a.id);
    expectExactlyOnce(await feedIds(ready.urls.feeds, '/feeds/all.json'), ids);
    expectExactlyOnce(await feedIds(ready.urls.feeds, '/feeds/demo.json'), ids);
  });

  it('never served a feed that went backwards, across the kill and the restart', () => {
    expect(monitor.snapshots.length).toBeGreaterThan(1);
    expect(monitor.firstRegression()).toBeNull();
    expect(monitor.errors).toEqual([]);
  });
});
