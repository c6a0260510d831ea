/**
 * Faults in the local runtime: an ingest failure that never clears ends in the dead-letter list
 * (shown by `syndicate status` in another process) without holding up the rest of its batch, and
 * failures of the feeds and regenerate handlers that clear are retried until the feed is written.
 * The faults are injected around the real handlers (`wrapHandlers`): the ingest gets events it
 * fails on by itself (a key DynamoDB refuses), the feeds handler a failure standing for a
 * throttled table, the regenerate handler one standing for a throttled S3.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectKeysOfMessage } from '../../local/event-sources/s3-events.ts';
import { localS3Client } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { runCli } from '../support/cli.ts';
import { testRuntimeOptions } from '../support/local-runtime.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

let dataDir: string;
let runtime: LocalRuntime;
let s3: S3Client;
let feedsFailures = 0;
let regenerateFailures = 0;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'local-runtime-faults-'));
  runtime = await startLocalRuntime(
    testRuntimeOptions(
      dataDir,
      {
        queue: { retryDelayMs: () => 20, maxReceiveCount: 3 },
        stream: { pollIntervalMs: 50, retryDelayMs: () => 20 },
        wrapHandlers: {
          // Messages about "poison" keys name a key longer than DynamoDB accepts in a key
          // attribute: the real handler's first DynamoDB call fails (an error it treats as
          // transient), so it reports them in batchItemFailures until they are dead-lettered.
          ingest: (real) => async (event) =>
            real({
              Records: event.Records.map((record) =>
                objectKeysOfMessage(record)[0]?.includes('poison')
                  ? {
                      ...record,
                      body: record.body.replace(
                        /"key":"[^"]*"/,
                        `"key":"demo/${'x'.repeat(2100)}"`,
                      ),
                    }
                  : record,
              ),
            }),
          // The first feeds invocation fails; the retry goes through.
          feeds: (real) => async (event) => {
            if (feedsFailures === 0) {
              feedsFailures += 1;
              throw new Error('ProvisionedThroughputExceededException');
            }
            return real(event);
          },
          // So does the first regenerate invocation.
          regenerate: (real) => async (event) => {
            if (regenerateFailures === 0) {
              regenerateFailures += 1;
              throw new Error('S3 SlowDown');
            }
            return real(event);
          },
        },
      },
      // Its own DynamoDB Local: `syndicate status` reads the default table on the port it is given.
      'own',
    ),
  );
  s3 = localS3Client(runtime.urls.s3, runtime.region);
});

afterAll(async () => {
  s3?.destroy();
  await runtime?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the local runtime under faults', () => {
  it('dead-letters a message that fails every receive, and still ingests its batch mates', async () => {
    const page = await readFile(join(root, 'test/fixtures/ingest/article.html'));
    await Promise.all(
      ['demo/poison pill.html', 'demo/fine.html', 'demo/fine-too.html', 'demo/poison-2.html'].map(
        (Key) => s3.send(new PutObjectCommand({ Bucket: 'inbox', Key, Body: page })),
      ),
    );
    await runtime.idle();
    const letters = await runtime.deadLetters.list();
    expect(letters.map((l) => [l.source, l.attempts, l.subjects]).sort()).toEqual([
      ['ingest', 3, ['demo/poison pill.html']],
      ['ingest', 3, ['demo/poison-2.html']],
    ]);
    expect(runtime.stats().queue.deadLettered).toBe(2);
    const feed = await (await fetch(`${runtime.urls.feeds}/feeds/all.json`)).json();
    expect(feed.items.map((i: { url: string }) => i.url)).toEqual([
      'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html',
    ]);
  });

  it('retried the failed feeds and regenerate invocations until the feed was written', () => {
    expect(feedsFailures).toBe(1);
    expect(runtime.stats().stream.retries).toBeGreaterThanOrEqual(1);
    expect(runtime.stats().stream.deadLettered).toBe(0);
    expect(regenerateFailures).toBe(1);
    expect(runtime.stats().regeneration.retried).toBeGreaterThanOrEqual(1);
    expect(runtime.stats().regeneration.deadLettered).toBe(0);
  });

  it('shows the dead letter in `syndicate status`', async () => {
    const { code, stdout } = await runCli([
      'status',
      '--dynamodb-port',
      new URL(runtime.urls.dynamoDb).port,
      '--data-dir',
      dataDir,
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Dead letters (2)');
    expect(stdout).toMatch(/ingest {2}demo\/poison pill\.html\n\s+after 3 attempts: /);
  });
});
