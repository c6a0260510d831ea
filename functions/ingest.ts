/**
 * The ingest Lambda: SQS batches of S3 event notifications from the inbox bucket (see
 * `shared/handlers/ingest-handler.ts`). Its dependencies are built once per instance, when the
 * module loads, and reused by every invocation; a missing setting fails the load with a message
 * naming the variable.
 */
import './support/lambda-start.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createS3Client } from '../shared/adapters/aws-client-factories.ts';
import { DynamoPublisherRegistry } from '../shared/adapters/dynamo/publisher-registry.ts';
import { createIngestHandler, type IngestHandlerDeps } from '../shared/handlers/ingest-handler.ts';
import { ingestConfigFromEnv } from '../shared/ingest/config.ts';
import { CachedPublisherDirectory } from '../shared/publishers/cached-directory.ts';

/**
 * The production dependencies: configuration from the environment, SDK clients, Powertools,
 * the publisher registry (through a cache: a change applies within half a minute).
 */
const config = ingestConfigFromEnv();
const documentClient = createDocumentClient();

export const defaults: IngestHandlerDeps = {
  config,
  clients: { s3: createS3Client(), documentClient },
  logger: new Logger(),
  metrics: new Metrics(),
  publishers: new CachedPublisherDirectory(
    new DynamoPublisherRegistry(config.tableName, documentClient),
  ),
};

/** Processes a batch of SQS messages carrying S3 event notifications. */
export const handler = createIngestHandler(defaults);
