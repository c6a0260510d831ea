/** The first pipeline's page size limit: its handler must not take the second's (the default). */
const FIRST_MAX_PAGE_BYTES = 4000;
const LARGE_PAGE = 'vi-wordpress-yoast-blog-post.html';

/**
 * Two local pipelines in one process: each has its own servers, clients, handlers and
 * configuration, so what one ingests or publishes never shows in the other, and stopping one
 * leaves the other running.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localS3Client } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { type TestDynamoDb, testRuntimeOptions, uploadPage } from '../support/local-runtime.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => readFile(join(root, 'test/fixtures', name));

interface Running {
  readonly dataDir: string;
  readonly runtime: LocalRuntime;
  readonly s3: S3Client;
}

let first: Running;
let second: Running;

async function start(
  name: string,
  options: { readonly publicBaseUrl: string; readonly maxPageBytes?: number },
  dynamoDb: TestDynamoDb,
): Promise<Running> {
  const dataDir = await mkdtemp(join(tmpdir(), `two-pipelines-${name}-`));
  const runtime = await startLocalRuntime(testRuntimeOptions(dataDir, options, dynamoDb));
  return { dataDir, runtime, s3: localS3Client(runtime.urls.s3, runtime.region) };
}

async function stop(running: Running | undefined): Promise<void> {
  running?.s3.destroy();
  await running?.runtime.stop();
  if (running !== undefined) await rm(running.dataDir, { recursive: true, force: true });
}

async function upload(running: Running, key: string, page: string): Promise<void> {
  await uploadPage(running.s3, running.runtime.inboxBucket, key, await fixture(page));
}

async function aggregate(running: Running) {
  const response = await fetch(`${running.runtime.urls.feeds}/feeds/all.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as { feed_url: string; items: { url: string }[] };
}

beforeAll(async () => {
  // Each its own S3 server, ports and table, and its own DynamoDB endpoint: the first a DynamoDB
  // Local of its own, the second the run's shared one (which stopping the first must not stop).
  // One process must not pin the other's servers or configuration.
  [first, second] = await Promise.all([
    start(
      'first',
      { publicBaseUrl: 'https://first.example', maxPageBytes: FIRST_MAX_PAGE_BYTES },
      'own',
    ),
    start('second', { publicBaseUrl: 'https://second.example' }, 'shared'),
  ]);
});

afterAll(async () => {
  await Promise.all([stop(first), stop(second)]);
});

describe('two local pipelines in one process', () => {
  it('run on their own servers with their own configuration', async () => {
    expect(first.runtime.urls.s3).not.toBe(second.runtime.urls.s3);
    expect(first.runtime.urls.dynamoDb).not.toBe(second.runtime.urls.dynamoDb);
    expect((await aggregate(first)).feed_url).toBe('https://first.example/feeds/all.json');
    expect((await aggregate(second)).feed_url).toBe('https://second.example/feeds/all.json');
  });

  it('each publish only the pages uploaded to them', async () => {
    await upload(first, 'demo/first.html', 'ingest/article.html');
    await upload(second, 'demo/second.html', 'vi-police-portal-article.html');
    await Promise.all([first.runtime.idle(), second.runtime.idle()]);
    expect((await aggregate(first)).items.map((item) => item.url)).toEqual([
      'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html',
    ]);
    const secondUrls = (await aggregate(second)).items.map((item) => item.url);
    expect(secondUrls).toHaveLength(1);
    expect(secondUrls).not.toContain('https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html');
    expect((await first.runtime.state()).articles).toHaveLength(1);
    expect((await second.runtime.state()).articles).toHaveLength(1);
  });

  it('each apply their own ingest configuration to the same page', async () => {
    const size = (await fixture(LARGE_PAGE)).byteLength;
    expect(size).toBeGreaterThan(FIRST_MAX_PAGE_BYTES);
    await upload(first, 'demo/large.html', LARGE_PAGE);
    await upload(second, 'demo/large.html', LARGE_PAGE);
    await Promise.all([first.runtime.idle(), second.runtime.idle()]);
    const rejected = (await first.runtime.state()).rejections;
    expect(rejected.map((r) => [r.key, r.message])).toEqual([
      [
        'demo/large.html',
        `Page is larger than the limit (${size} bytes > ${FIRST_MAX_PAGE_BYTES} bytes)`,
      ],
    ]);
    expect((await second.runtime.state()).rejections).toEqual([]);
    expect((await second.runtime.state()).articles).toHaveLength(2);
  });

  it('keeps one running when the other stops', async () => {
    await stop(first);
    await upload(second, 'demo/after.html', 'ingest/article.html');
    await second.runtime.idle();
    expect((await aggregate(second)).items.map((item) => item.url)).toContain(
      'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html',
    );
    expect(second.runtime.stats().queue.deadLettered).toBe(0);
  });
});
