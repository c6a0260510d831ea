/**
 * The feeds Lambda: batches of the table's stream, which only mark the changed feeds and schedule
 * their regeneration (see `shared/handlers/feeds-handler.ts`). Its dependencies are built once
 * per instance, when the module loads, and reused by every invocation; a missing setting fails
 * the load with a message naming the variable.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createSqsClient } from '../shared/adapters/aws-client-factories.ts';
import { SqsRegenerationQueue } from '../shared/adapters/sqs/regeneration-queue.ts';
import { markConfigFromEnv } from '../shared/feeds/config.ts';
import { createFeedsHandler, type FeedsHandlerDeps } from '../shared/handlers/feeds-handler.ts';
import { samplePublishersById } from '../shared/publishers/samples.ts';

const config = markConfigFromEnv();

/**
 * The production dependencies: configuration from the environment, SDK clients, the SQS
 * regeneration queue, Powertools, the publishers.
 */
export const defaults: FeedsHandlerDeps = {
  config,
  clients: { documentClient: createDocumentClient() },
  queue: new SqsRegenerationQueue(config.queueUrl, createSqsClient()),
  logger: new Logger(),
  metrics: new Metrics(),
  publishers: samplePublishersById,
};

/** Processes a batch of the table's stream records. */
export const handler = createFeedsHandler(defaults);
