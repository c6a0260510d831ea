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
import { testDynamoDbOptions } from '../support/local-runtime.ts';
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

/** The runtime in its own process (`support/pipeline-process.ts`). */
interface RuntimeProcess {
  readonly child: ChildProcess;
  readonly ready: Ready;
  /** Resolves at the process's next stdout line equal to `line`; rejects if it exits first. */
  line(line: string): Promise<void>;
  /** Resolves once the runtime is idle (every upload ingested, every feed written). */
  idle(): Promise<void>;
}

/**
 * Starts the runtime process and waits for its ready line. Every wait on the process fails as
 * soon as it exits, with what it wrote on stderr, rather than leaving the test to time out on a
 * refused connection.
 */
async function startRuntime(args: readonly string[]): Promise<RuntimeProcess> {
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', SCRIPT, ...args],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => {
      reject(
        new Error(`runtime process exited (${code ?? signal}):\n${stderr.join('').slice(-2000)}`),
      );
    });
  });
  // Not every wait is pending when it exits (a SIGKILL under test): that rejection is no error.
  exited.catch(() => {});
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const next = (matches: (line: string) => boolean) =>
    Promise.race([
      new Promise<string>((resolve) => {
        const listener = (line: string) => {
          if (!matches(line)) return;
          lines.off('line', listener);
          resolve(line);
        };
        lines.on('line', listener);
      }),
      exited,
    ]);
  const ready = JSON.parse(await next((line) => line.startsWith('{'))) as Ready;
  return {
    child,
    ready,
    line: async (expected) => {
      await next((line) => line === expected);
    },
    idle: async () => {
      const answered = next((line) => line === 'idle');
      child.stdin?.write('idle\n');
      await answered;
    },
  };
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

async function stopRuntime(running: RuntimeProcess | undefined): Promise<void> {
  const child = running?.child;
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
  let runtime: RuntimeProcess | undefined;
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
    // The table is on the run's shared DynamoDB Local, which outlives the kill as DynamoDB
    // outlives a Lambda; without one, on a server of the runtime's own, which dies with it.
    const { dynamoDbEndpoint, tableName } = testDynamoDbOptions(dataDir);
    ports = [await freePort(), await freePort()];
    if (dynamoDbEndpoint === undefined) ports.push(await freePort());
    const dynamoDb = dynamoDbEndpoint === undefined ? [] : [`${dynamoDbEndpoint}#${tableName}`];
    const args = [dataDir, ...ports.map(String), ...dynamoDb];
    // The third ingest batch never ends: the kill surely finds pages in flight.
    runtime = await startRuntime([...args, '3']);
    const held = runtime.line('held');
    ({ ready } = runtime);
    s3 = localS3Client(ready.urls.s3, ready.region);
    dynamo = localDynamoDbClient(ready.urls.dynamoDb, ready.region);
    documents = localDocumentClient(dynamo);
    monitor = new FeedMonitor(`${ready.urls.feeds}/feeds/all.json`);

    await upload(BEFORE);
    await held;
    liveWhenKilled = (await readOutcome(documents, ready.tableName)).live.size;
    // Mid-batch: the queue still holds most of the pages, in memory only.
    runtime.child.kill('SIGKILL');
    await Promise.all(ports.map(portClosed));

    runtime = await startRuntime(args);
    ({ ready } = runtime);
    await upload(AFTER);
    // The catch-up of what the kill lost, the new uploads and every feed they change.
    await runtime.idle();
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
