/**
 * The feeds Lambda: batches of the table's stream, which only mark the changed feeds and schedule
 * their regeneration (see `shared/handlers/feeds-handler.ts`). Its dependencies are built once
 * per instance, when the module loads, and reused by every invocation; a missing setting fails
 * the load with a message naming the variable.
 */
import './support/lambda-start.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createSqsClient } from '../shared/adapters/aws-client-factories.ts';
import { DynamoPublisherRegistry } from '../shared/adapters/dynamo/publisher-registry.ts';
import { SqsRegenerationQueue } from '../shared/adapters/sqs/regeneration-queue.ts';
import { markConfigFromEnv } from '../shared/feeds/config.ts';
import { createFeedsHandler, type FeedsHandlerDeps } from '../shared/handlers/feeds-handler.ts';
import { CachedPublisherDirectory } from '../shared/publishers/cached-directory.ts';
import { RegistrySnapshot, refreshedBefore } from '../shared/publishers/registry-snapshot.ts';

const config = markConfigFromEnv();
const documentClient = createDocumentClient();
/** The registry, read through a cache and refreshed before each invocation. */
const publishers = new RegistrySnapshot(
  new CachedPublisherDirectory(new DynamoPublisherRegistry(config.tableName, documentClient)),
);

/**
 * The production dependencies: configuration from the environment, SDK clients, the SQS
 * regeneration queue, Powertools, the publishers.
 */
export const defaults: FeedsHandlerDeps = {
  config,
  clients: { documentClient },
  queue: new SqsRegenerationQueue(config.queueUrl, createSqsClient()),
  logger: new Logger(),
  metrics: new Metrics(),
  publishers,
};

/** Processes a batch of the table's stream records. */
export const handler = refreshedBefore(publishers, createFeedsHandler(defaults));
