/**
 * The regenerate Lambda: batches of the regeneration queue, each a feed whose schedule is due
 * (see `shared/handlers/regenerate-handler.ts`). Its dependencies are built once per instance,
 * when the module loads, and reused by every invocation; a missing setting fails the load with a
 * message naming the variable.
 */
import './support/lambda-start.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createDocumentClient,
  createS3Client,
  createSqsClient,
} from '../shared/adapters/aws-client-factories.ts';
import { DynamoPublisherRegistry } from '../shared/adapters/dynamo/publisher-registry.ts';
import { hubPushFromEnv } from '../shared/adapters/sqs/hub-queue.ts';
import { SqsRegenerationQueue } from '../shared/adapters/sqs/regeneration-queue.ts';
import { regenerateConfigFromEnv } from '../shared/feeds/config.ts';
import {
  createRegenerateHandler,
  type RegenerateHandlerDeps,
} from '../shared/handlers/regenerate-handler.ts';
import { CachedPublisherDirectory } from '../shared/publishers/cached-directory.ts';
import { RegistrySnapshot, refreshedBefore } from '../shared/publishers/registry-snapshot.ts';

const config = regenerateConfigFromEnv();
const documentClient = createDocumentClient();
/** The registry, read through a cache and refreshed before each invocation. */
const publishers = new RegistrySnapshot(
  new CachedPublisherDirectory(new DynamoPublisherRegistry(config.tableName, documentClient)),
);

/**
 * The production dependencies: configuration from the environment, SDK clients, the SQS
 * regeneration queue (for follow-ups), Powertools, the publishers.
 */
export const defaults: RegenerateHandlerDeps = {
  config,
  clients: { s3: createS3Client(), documentClient },
  queue: new SqsRegenerationQueue(config.queueUrl ?? '', createSqsClient()),
  logger: new Logger(),
  metrics: new Metrics(),
  publishers,
  ...hubPushFromEnv(),
};

/** Processes a batch of regeneration messages. */
export const handler = refreshedBefore(publishers, createRegenerateHandler(defaults));
