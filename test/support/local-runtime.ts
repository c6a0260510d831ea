/**
 * A local runtime in a test: options with free ports, the given data folder, no watched folder,
 * no samples, and retries fast enough for a test (each test adds what it is about); and uploads
 * to its inbox, as a publisher's S3 client makes them.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import type { LocalRuntimeOptions } from '../../local/runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../../local/runtime/throwaway-options.ts';

/**
 * Where a test runtime's table lives: `shared` is the run's DynamoDB Local when the file's
 * project provides one (`shared-dynamodb-local.ts`), else a server of the runtime's own; `own`
 * is always a server of its own (for a test about that server: its process, its restart).
 */
export type TestDynamoDb = 'shared' | 'own';

/**
 * The DynamoDB options of a test runtime. On the shared server the table is named after the
 * data folder: unique to the runtime, and found again by a runtime restarted on the same folder.
 *
 * @param dataDir - the runtime's data folder
 * @param dynamoDb - the shared server (when there is one) or a server of its own
 * @returns the options to spread into the runtime's
 */
export function testDynamoDbOptions(
  dataDir: string,
  dynamoDb: TestDynamoDb = 'shared',
): Pick<LocalRuntimeOptions, 'dynamoDbEndpoint' | 'tableName'> {
  const endpoint = dynamoDb === 'shared' ? inject('sharedDynamoDbEndpoint') : undefined;
  if (endpoint === undefined) return {};
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return { dynamoDbEndpoint: endpoint, tableName: `syndication-${id}` };
}

/**
 * @param dataDir - a temporary folder for the runtime's data
 * @param overrides - what the test changes
 * @param dynamoDb - the run's shared DynamoDB Local (the default) or one of its own
 * @returns options for `startLocalRuntime`
 * @example
 * runtime = await startLocalRuntime(testRuntimeOptions(dataDir, { samples: true }));
 */
export function testRuntimeOptions(
  dataDir: string,
  overrides: Partial<LocalRuntimeOptions> = {},
  dynamoDb: TestDynamoDb = 'shared',
): LocalRuntimeOptions {
  return {
    ...throwawayRuntimeOptions(dataDir),
    ...testDynamoDbOptions(dataDir, dynamoDb),
    queue: { retryDelayMs: () => 50 },
    stream: { pollIntervalMs: 500, retryDelayMs: () => 50 },
    // A short window, so the confirming follow-up of each change runs within the test; a short
    // lease, so one left by a killed runtime expires soon.
    regenerationWindowMs: 100,
    feedLeaseMs: 5_000,
    ...overrides,
  };
}

/**
 * Uploads a page to the inbox of a local runtime through its S3 server (`text/html`).
 *
 * @param s3 - a client of the runtime's S3 server
 * @param inboxBucket - the runtime's inbox bucket
 * @param key - the inbox key (`<publisher>/…`)
 * @param body - the page
 * @example
 * await uploadPage(s3, runtime.inboxBucket, 'demo/a.html', page);
 * await runtime.idle();
 */
export async function uploadPage(
  s3: S3Client,
  inboxBucket: string,
  key: string,
  body: Buffer | string,
): Promise<void> {
  await s3.send(
    new PutObjectCommand({ Bucket: inboxBucket, Key: key, Body: body, ContentType: 'text/html' }),
  );
}
