/**
 * Real local AWS for integration tests: DynamoDB Local and s3rver on free ports, the table from
 * `tableSchema()` and the inbox and feeds buckets, started in `beforeAll` and always stopped in
 * `afterAll`, with clients pointed at them. Handlers under test are built with these clients (or
 * their own, pointed at the same servers); the process environment is left alone.
 *
 * In the integration project the DynamoDB Local is the one its global setup started for the whole
 * run (`shared-dynamodb-local.ts`): each file gets a table of its own, dropped after the file.
 * Elsewhere the file starts its own server. s3rver is cheap to start and runs in the file's worker.
 *
 * s3rver's paginated listings need `--openssl-legacy-provider`; `vitest.config.ts` passes it to
 * the test workers through `execArgv`.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, inject } from 'vitest';
import { startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';
import { ensureTable } from '../../local/emulators/provision.ts';
import {
  S3RVER_CREDENTIALS,
  type S3Server,
  startS3Server,
} from '../../local/emulators/s3-server.ts';
import {
  createDocumentClient,
  createDynamoDbClient,
  createS3Client,
} from '../../shared/adapters/aws-client-factories.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { ensurePublishers } from '../../shared/publishers/admin.ts';
import { SAMPLE_PUBLISHERS } from '../../shared/publishers/samples.ts';

/** The region the local clients sign for (the servers ignore it). */
export const LOCAL_REGION = 'us-east-1';

/** The DynamoDB Local a suite uses: the run's shared one or its own. */
export interface SuiteDynamoDb {
  readonly endpoint: string;
  /** Whether the server is shared with other files (this suite owns only its table). */
  readonly shared: boolean;
  /** Stops the server when the suite owns it; leaves a shared one running. */
  stop(): Promise<void>;
}

/** What a suite gets from {@link useLocalAws}. */
export interface LocalAws {
  readonly dynamo: SuiteDynamoDb;
  readonly s3: S3Server;
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly feedsBucket: string;
  /** Clients pointed at the local servers. */
  readonly s3Client: S3Client;
  readonly dynamoDbClient: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
}

/**
 * Starts the local servers and builds the table and buckets (not registered with vitest).
 *
 * @returns the servers and clients; call {@link stopLocalAws} to stop them
 */
export async function startLocalAws(): Promise<LocalAws> {
  // A table of its own, so that files sharing one DynamoDB Local never see each other's items.
  const tableName = `syndication-${randomUUID()}`;
  const inboxBucket = 'inbox';
  const feedsBucket = 'feeds';
  const [dynamoResult, s3Result] = await Promise.allSettled([
    suiteDynamoDb(),
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
    const documentClient = createDocumentClient(dynamoDbClient);
    // The handlers look publishers up in the registry: the samples, as `npm start` seeds them.
    await ensurePublishers(
      new DynamoPublisherRegistry(tableName, documentClient),
      SAMPLE_PUBLISHERS,
      new Date(),
    );
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
      documentClient,
    };
  } catch (error) {
    await Promise.allSettled([dynamo.stop(), s3.stop()]);
    throw error;
  }
}

async function suiteDynamoDb(): Promise<SuiteDynamoDb> {
  const endpoint = inject('sharedDynamoDbEndpoint');
  if (endpoint !== undefined) return { endpoint, shared: true, stop: async () => {} };
  const own = await startDynamoDbLocal();
  return { endpoint: own.endpoint, shared: false, stop: () => own.stop() };
}

/**
 * Stops what {@link startLocalAws} started (on a shared DynamoDB Local, drops the suite's table);
 * never throws before both servers were asked to stop.
 *
 * @param local - the running servers
 */
export async function stopLocalAws(local: LocalAws): Promise<void> {
  local.s3Client.destroy();
  const dropped = local.dynamo.shared
    ? local.dynamoDbClient.send(new DeleteTableCommand({ TableName: local.tableName }))
    : Promise.resolve();
  const results = await Promise.allSettled([
    dropped.finally(() => local.dynamoDbClient.destroy()),
    local.dynamo.stop(),
    local.s3.stop(),
  ]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
}

/**
 * Registers `beforeAll`/`afterAll` hooks that run local AWS for the current suite.
 *
 * @returns an accessor for the running servers (valid inside tests)
 * @example
 * const aws = useLocalAws();
 * it('stores a page', async () => {
 *   await aws().s3Client.send(new PutObjectCommand({ Bucket: aws().inboxBucket, Key: 'demo/a.html', Body: '<p>' }));
 * });
 */
export function useLocalAws(): () => LocalAws {
  let local: LocalAws | undefined;
  beforeAll(async () => {
    local = await startLocalAws();
  });
  afterAll(async () => {
    if (local !== undefined) await stopLocalAws(local);
  });
  return () => {
    if (local === undefined) throw new Error('Local AWS is not running (use it inside a test)');
    return local;
  };
}
