/**
 * A local runtime on a DynamoDB Local it did not start (`dynamoDbEndpoint`, as the test runtimes
 * use the run's shared one): its table is made there, the server is left running when the
 * runtime stops, and a runtime started again on the same data folder and table resumes it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localDynamoDbClient, localS3Client } from '../../local/runtime/clients.ts';
import { type LocalRuntime, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { testRuntimeOptions, uploadPage } from '../support/local-runtime.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const endpoint = inject('sharedDynamoDbEndpoint');

let dataDir: string;
let runtime: LocalRuntime | undefined;
let firstRun: FirstRun | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shared-dynamodb-runtime-'));
});

afterAll(async () => {
  await runtime?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** What the first runtime left: its table, the pid of a DynamoDB Local it started, its article. */
interface FirstRun {
  readonly table: string;
  readonly pid: number | undefined;
  readonly articleId: string | undefined;
}

async function startAndIngestOnePage(): Promise<FirstRun> {
  const first = await startLocalRuntime(testRuntimeOptions(dataDir));
  runtime = first;
  const s3 = localS3Client(first.urls.s3, first.region);
  try {
    const page = await readFile(join(root, 'test/fixtures/ingest/article.html'));
    await uploadPage(s3, first.inboxBucket, 'demo/shared/article.html', page);
    await first.idle();
    const { articles } = await first.state();
    return { table: first.tableName, pid: first.dynamoDbPid, articleId: articles[0]?.id };
  } finally {
    s3.destroy();
    await first.stop();
    runtime = undefined;
  }
}

describe('a local runtime on a DynamoDB Local it did not start', () => {
  it('makes its own table there, starts no java, and leaves the server running when stopped', async () => {
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    firstRun = await startAndIngestOnePage();
    const { table, pid, articleId } = firstRun;
    expect(pid).toBeUndefined();
    expect(table).not.toBe('syndication');
    expect(articleId).toEqual(expect.any(String));
    const dynamo = localDynamoDbClient(endpoint, 'us-east-1');
    try {
      const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: table }));
      expect(Table?.TableStatus).toBe('ACTIVE');
    } finally {
      dynamo.destroy();
    }
  });

  it('resumes its table when started again on the same data folder', async () => {
    runtime = await startLocalRuntime(testRuntimeOptions(dataDir));
    expect(runtime.urls.dynamoDb).toBe(endpoint);
    await runtime.idle();
    const state = await runtime.state();
    expect(firstRun?.articleId).toEqual(expect.any(String));
    expect(state.articles.map((a) => a.id)).toEqual([firstRun?.articleId]);
    // Nothing to catch up on, and the stream resumed after its checkpoint instead of replaying.
    expect(runtime.stats().queue.sent).toBe(0);
    expect(runtime.stats().stream.records).toBe(0);
  });
});
