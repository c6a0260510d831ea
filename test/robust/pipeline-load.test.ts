import { mkdtemp, rm } from 'node:fs/promises';
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

const RUN = 'load';
const ARTICLES = 170;
const COPIES = 10;
const REJECTED = 20;
/**
 * 170 distinct articles, 10 re-uploads of some of them under other keys, 20 bad pages, all at
 * once: 200 pages, as the robustness issue asks, in twenty ingest batches with their feed
 * regenerations overlapping.
 */
const UPLOADS: UploadPage[] = [
  ...Array.from({ length: ARTICLES }, (_, i) => articleUpload(i, RUN)),
  ...Array.from({ length: COPIES }, (_, i) => ({
    ...articleUpload(i * 7, RUN),
    key: `demo/${RUN}/copy-${i}.html`,
  })),
  ...Array.from({ length: REJECTED }, (_, i) => rejectedUpload(i, RUN)),
];

describe(`the local runtime under ${UPLOADS.length} uploads at once`, () => {
  let dataDir: string;
  let runtime: LocalRuntime;
  let s3: S3Client;
  let dynamo: DynamoDBClient;
  let documents: DynamoDBDocumentClient;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'robust-load-'));
    runtime = await startLocalRuntime({
      ...throwawayRuntimeOptions(dataDir),
      ...testDynamoDbOptions(dataDir),
      // Room for every article in one feed, so "in the feed exactly once" is checkable.
      feedItemLimit: 250,
      stream: { pollIntervalMs: 100 },
      regenerationWindowMs: REGENERATION_WINDOW_MS,
    });
    s3 = localS3Client(runtime.urls.s3, runtime.region);
    dynamo = localDynamoDbClient(runtime.urls.dynamoDb, runtime.region);
    documents = localDocumentClient(dynamo);
    await putPages(s3, runtime.inboxBucket, UPLOADS);
    await runtime.idle();
  }, 300_000);

  afterAll(async () => {
    s3?.destroy();
    dynamo?.destroy();
    await runtime?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('turns every page into an article or a rejection with a reason, and the counts add up', async () => {
    const outcome = await readOutcome(documents, runtime.tableName);
    expectEveryUploadAccountedFor(UPLOADS, outcome);
    expect(outcome.live.size + outcome.rejections.size).toBe(ARTICLES + REJECTED);
    expect((await runtime.state()).deadLetters).toEqual([]);
  });

  it('lists every article exactly once in the aggregate and the publisher feed', async () => {
    const outcome = await readOutcome(documents, runtime.tableName);
    const ids = [...outcome.live.values()].map((a) => a.id);
    expectExactlyOnce(await feedIds(runtime.urls.feeds, '/feeds/all.json'), ids);
    expectExactlyOnce(await feedIds(runtime.urls.feeds, '/feeds/demo.json'), ids);
  });

  it('keeps the page re-uploaded under a second key as one article held by both keys', async () => {
    const outcome = await readOutcome(documents, runtime.tableName);
    const first = articleUpload(0, RUN);
    expect(outcome.live.get(first.articleUrl ?? '')?.sourceKeys.sort()).toEqual(
      [first.key, `demo/${RUN}/copy-0.html`].sort(),
    );
  });
});
