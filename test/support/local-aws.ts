/**
 * Real local AWS for integration tests: DynamoDB Local and s3rver on free ports, the table from
 * `tableSchema()` and the inbox and feeds buckets, started in `beforeAll` and always stopped in
 * `afterAll`. While a suite runs, `process.env` carries the variables the Lambdas read, so a
 * handler imported (dynamically) after `beforeAll` talks to these servers.
 *
 * s3rver's paginated listings need `--openssl-legacy-provider`; `vitest.config.ts` passes it to
 * the test workers through `execArgv`.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../local/dynamodb-local.ts';
import { ensureTable } from '../../local/provision.ts';
import { S3RVER_CREDENTIALS, type S3Server, startS3Server } from '../../local/s3-server.ts';
import {
  createDocumentClient,
  createDynamoDbClient,
  createS3Client,
} from '../../shared/adapters/aws-client-factories.ts';

/** The region the local clients sign for (the servers ignore it). */
export const LOCAL_REGION = 'us-east-1';

/** What a suite gets from {@link useLocalAws}. */
export interface LocalAws {
  readonly dynamo: DynamoDbLocal;
  readonly s3: S3Server;
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly feedsBucket: string;
  /** Clients pointed at the local servers. */
  readonly s3Client: S3Client;
  readonly dynamoDbClient: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  /** The environment variables set for the suite (the Lambdas' configuration). */
  readonly env: Readonly<Record<string, string>>;
}

/** Options of {@link useLocalAws}. */
export interface LocalAwsOptions {
  /** Extra environment variables for the suite, e.g. `MAX_PAGE_BYTES`. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Starts the local servers and builds the table and buckets (not registered with vitest).
 *
 * @param options - extra environment variables
 * @returns the servers, clients and environment; call {@link stopLocalAws} to stop them
 */
export async function startLocalAws(options: LocalAwsOptions = {}): Promise<LocalAws> {
  const tableName = 'syndication';
  const inboxBucket = 'inbox';
  const feedsBucket = 'feeds';
  const [dynamoResult, s3Result] = await Promise.allSettled([
    startDynamoDbLocal(),
    startS3Server({ buckets: [inboxBucket, feedsBucket] }),
  ]);
  if (dynamoResult.status === 'rejected' || s3Result.status === 'rejected') {
    if (dynamoResult.status === 'fulfilled') await dynamoResult.value.stop();
    if (s3Result.status === 'fulfilled') await s3Result.value.stop();
    throw dynamoResult.status === 'rejected'
      ? dynamoResult.reason
      : (s3Result as PromiseRejectedResult).reason;
  }
  const dynamo = dynamoResult.value;
  const s3 = s3Result.value;
  try {
    const credentials = S3RVER_CREDENTIALS;
    const dynamoDbClient = createDynamoDbClient({
      region: LOCAL_REGION,
      endpoint: dynamo.endpoint,
      credentials,
    });
    await ensureTable(dynamoDbClient, tableName);
    const env: Record<string, string> = {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      TABLE_NAME: tableName,
      INBOX_BUCKET: inboxBucket,
      FEEDS_BUCKET: feedsBucket,
      FEEDS_BASE_URL: 'http://localhost:3000',
      POWERTOOLS_SERVICE_NAME: 'syndication-test',
      POWERTOOLS_METRICS_NAMESPACE: 'SyndicationTest',
      ...options.env,
    };
    return {
      dynamo,
      s3,
      tableName,
      inboxBucket,
      feedsBucket,
      s3Client: createS3Client({
        region: LOCAL_REGION,
        endpoint: s3.endpoint,
        credentials,
        forcePathStyle: true,
      }),
      dynamoDbClient,
      documentClient: createDocumentClient(dynamoDbClient),
      env,
    };
  } catch (error) {
    await Promise.allSettled([dynamo.stop(), s3.stop()]);
    throw error;
  }
}

/**
 * Stops what {@link startLocalAws} started; never throws before both servers were asked to stop.
 *
 * @param local - the running servers
 */
export async function stopLocalAws(local: LocalAws): Promise<void> {
  local.s3Client.destroy();
  local.dynamoDbClient.destroy();
  const results = await Promise.allSettled([local.dynamo.stop(), local.s3.stop()]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that run local AWS for the current suite and set its
 * environment variables (restored afterwards).
 *
 * @param options - extra environment variables
 * @returns an accessor for the running servers (valid inside tests)
 * @example
 * const aws = useLocalAws();
 * it('stores a page', async () => {
 *   await aws().s3Client.send(new PutObjectCommand({ Bucket: aws().inboxBucket, Key: 'demo/a.html', Body: '<p>' }));
 * });
 */
export function useLocalAws(options: LocalAwsOptions = {}): () => LocalAws {
  let local: LocalAws | undefined;
  const saved = new Map<string, string | undefined>();
  beforeAll(async () => {
    local = await startLocalAws(options);
    for (const [name, value] of Object.entries(local.env)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
  });
  afterAll(async () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (local !== undefined) await stopLocalAws(local);
  });
  return () => {
    if (local === undefined) throw new Error('Local AWS is not running (use it inside a test)');
    return local;
  };
}
