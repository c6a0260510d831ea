/**
 * The ingest Lambda as it is deployed: `functions/ingest.ts` bundled with the CDK's settings
 * (`lambdaBuildOptions()`: the packed entity trie and language models, the event-stream stand-in,
 * the source-mapped stacks), loaded in a child process that has only a Lambda's environment and
 * runs outside the repository (no node_modules can stand in for what the bundle lacks), and
 * invoked with SQS batches of S3 notifications for pages uploaded to s3rver. Its articles and
 * rejections land in DynamoDB Local. The other ingest tests drive `createIngestHandler` unbundled.
 *
 * The child is spawned asynchronously: s3rver runs in this test's worker and must keep serving
 * while the bundle calls it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SQSBatchResponse } from 'aws-lambda';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build-options.ts';
import { S3RVER_CREDENTIALS } from '../../local/emulators/s3-server.ts';
import { DynamoIngestStore } from '../../shared/adapters/dynamo/ingest-store.ts';
import { listRecentRejections } from '../../shared/adapters/dynamo/rejections.ts';
import { ExtractionError, extractArticle } from '../../shared/extract/index.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { IngestHarness, ingestFixture } from '../support/ingest-harness.ts';
import { LOCAL_REGION, useLocalAws } from '../support/local-aws.ts';
import { type S3EventSpec, s3NotificationBody, sqsEvent } from '../support/s3-notifications.ts';

const aws = useLocalAws();
/** Uploads pages and numbers their events; its own in-process handler is never built here. */
const inbox = new IngestHarness(aws);
let store: DynamoIngestStore;
let dir: string;
let bundle: string;

beforeAll(async () => {
  store = new DynamoIngestStore(aws().tableName, aws().documentClient);
  dir = mkdtempSync(path.join(tmpdir(), 'ingest-bundle-'));
  bundle = path.join(dir, 'ingest', 'index.mjs');
  await build({
    ...lambdaBuildOptions(),
    entryPoints: [path.resolve(import.meta.dirname, '../../functions/ingest.ts')],
    outfile: bundle,
    logLevel: 'silent',
  });
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** Imports the bundle, invokes its handler once with the event, prints the response last. */
const INVOKE = `const { handler } = await import(process.argv[1]);
const context = { functionName: 'ingest', functionVersion: '$LATEST', awsRequestId: 'bundle-test',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:ingest', memoryLimitInMB: '512',
  logGroupName: '/aws/lambda/ingest', logStreamName: 'bundle', callbackWaitsForEmptyEventLoop: true,
  getRemainingTimeInMillis: () => 60000 };
const response = await handler(JSON.parse(process.argv[2]), context);
process.stdout.write('\\nRESPONSE ' + JSON.stringify(response) + '\\n');`;

/** What one invocation of the bundled handler gave. */
interface Invocation {
  readonly response: SQSBatchResponse;
  /** The JSON lines it wrote to stdout and stderr: Powertools' log entries and metrics. */
  readonly lines: readonly Record<string, unknown>[];
  readonly stderr: string;
}

/** Delivers one SQS batch of the events to the bundled handler in a fresh process. */
async function invokeBundle(...events: S3EventSpec[]): Promise<Invocation> {
  const event = sqsEvent(...events.map(s3NotificationBody));
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', INVOKE, bundle, JSON.stringify(event)],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      // A Lambda's environment: no HOME with shared config, the endpoints of the local servers.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: dir,
        AWS_REGION: LOCAL_REGION,
        AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL_S3: aws().s3.endpoint,
        AWS_ENDPOINT_URL_DYNAMODB: aws().dynamo.endpoint,
        S3_FORCE_PATH_STYLE: 'true',
        TABLE_NAME: aws().tableName,
        POWERTOOLS_SERVICE_NAME: 'ingest',
        POWERTOOLS_METRICS_NAMESPACE: 'Syndication',
      },
    },
  );
  const marker = stdout.lastIndexOf('\nRESPONSE ');
  expect(marker, `the bundle printed no response; stdout: ${stdout}\nstderr: ${stderr}`).not.toBe(
    -1,
  );
  const lines = `${stdout.slice(0, marker)}\n${stderr}`
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const response = JSON.parse(stdout.slice(marker + '\nRESPONSE '.length)) as SQSBatchResponse;
  return { response, lines, stderr };
}

/** The error the unbundled extractor rejects a page with. */
function extractionErrorOf(html: Buffer): ExtractionError {
  try {
    extractArticle(html, { publisher: samplePublishersById.get('demo') });
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('the page should not extract as an article');
}

describe('the bundled ingest Lambda against DynamoDB Local and s3rver', () => {
  it('stores an uploaded page as a live article, its named entities decoded', async () => {
    const key = 'demo/thoi-su/bundled.html';
    // Named entities go through the bundle's packed entity trie.
    const page = (await ingestFixture('article.html'))
      .toString('utf8')
      .replaceAll('xe-buyt-dien-noi-bai.html', 'bundled.html')
      .replaceAll('Hà Nội', 'H&agrave; N&#7897;i')
      .replaceAll('buýt', 'bu&yacute;t');
    const { response, lines } = await invokeBundle(await inbox.upload(key, page));

    expect(response).toEqual({ batchItemFailures: [] });
    const source = await store.getSource(key);
    const article = await store.getArticle(source?.articleId ?? '');
    expect(article).toMatchObject({
      url: 'https://demo.example.vn/thoi-su/bundled.html',
      title: 'Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài',
      publisherId: 'demo',
      status: 'live',
      sourceKeys: [key],
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'INFO', objectKey: key, articleId: article?.id }),
    );
  });

  it('names the language of a page that declares none (the packed language models)', async () => {
    const key = 'demo/the-gioi/bundled-de.html';
    const paragraph =
      'Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und die öffentliche Bibliothek den neuen Haushalt beschlossen. Die Bürger, die bei der Sitzung sprachen, forderten mehr Busse am Abend und sichere Übergänge am Markt.';
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Stadtrat beschließt Haushalt</title><link rel="canonical" href="https://demo.example.vn/the-gioi/bundled-de.html"></head><body><article><h1>Stadtrat beschließt den neuen Haushalt</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const { response } = await invokeBundle(await inbox.upload(key, page));

    expect(response).toEqual({ batchItemFailures: [] });
    const source = await store.getSource(key);
    // The publisher's own language is Vietnamese: the page's text decides.
    expect(await store.getArticle(source?.articleId ?? '')).toMatchObject({
      title: 'Stadtrat beschließt den neuen Haushalt',
      language: 'de',
    });
  });

  it('records a page that is no article as a rejection with its reason, and logs no stack', async () => {
    const key = 'demo/thoi-su/bundled-listing.html';
    const { response, lines } = await invokeBundle(
      await inbox.upload(key, await ingestFixture('listing.html')),
    );

    expect(response).toEqual({ batchItemFailures: [] });
    const rejections = await listRecentRejections(aws().tableName, {
      client: aws().documentClient,
    });
    // The unbundled extractor's verdict on the same page.
    const expected = extractionErrorOf(await ingestFixture('listing.html'));
    expect(rejections.find((r) => r.objectKey === key)).toMatchObject({
      reason: expected.reason,
      message: expected.message,
    });
    expect(await store.getSource(key)).toMatchObject({
      status: 'rejected',
      articleId: null,
      lastError: { reason: expected.reason, message: expected.message },
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ objectKey: key, reason: expected.reason }),
    );
    // No entry carries a stack trace (its lines, escaped in the JSON, start with "at").
    expect(JSON.stringify(lines)).not.toMatch(/\\n\s+at /);
  });
});
