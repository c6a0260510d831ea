/**
 * Lambda entry of the upload API (behind the API Gateway HTTP API): the Hono app of
 * `shared/upload-api/app.ts` over the inbox bucket and the table, built once per instance.
 */
import './support/lambda-start.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { handle } from 'hono/aws-lambda';
import { createDocumentClient, createS3Client } from '../shared/adapters/aws-client-factories.ts';
import { DynamoPageStates } from '../shared/adapters/dynamo/page-states.ts';
import { DynamoPublisherRegistry } from '../shared/adapters/dynamo/publisher-registry.ts';
import { DynamoRateLimits } from '../shared/adapters/dynamo/rate-limits.ts';
import { S3InboxPages } from '../shared/adapters/s3/inbox-pages.ts';
import { CachedPublisherDirectory } from '../shared/publishers/cached-directory.ts';
import { createUploadApi } from '../shared/upload-api/app.ts';
import { uploadApiConfigFromEnv } from '../shared/upload-api/config.ts';

const config = uploadApiConfigFromEnv();
const documentClient = createDocumentClient();
const registry = new DynamoPublisherRegistry(config.tableName, documentClient);
const logger = new Logger();

/** The app with its production dependencies. */
export const app = createUploadApi({
  inbox: new S3InboxPages(config.inboxBucket, createS3Client()),
  states: new DynamoPageStates(config.tableName, documentClient),
  keys: registry,
  publishers: new CachedPublisherDirectory(registry),
  rateLimits: new DynamoRateLimits(config.tableName, documentClient),
  maxPageBytes: config.maxPageBytes,
  feedsBaseUrl: config.feedsBaseUrl,
  onError: (error) => logger.error('Upload API request failed', { error }),
});

/** Answers API Gateway HTTP API (payload 2.0) events. */
export const handler = handle(app);
