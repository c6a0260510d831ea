/**
 * The feeds Lambda: batches of the table's stream (see `shared/handlers/feeds-handler.ts`). Its
 * dependencies are built once per instance, when the module loads, and reused by every
 * invocation; a missing setting fails the load with a message naming the variable.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createS3Client } from '../shared/adapters/aws-client-factories.ts';
import { feedsConfigFromEnv } from '../shared/feeds/config.ts';
import { createFeedsHandler, type FeedsHandlerDeps } from '../shared/handlers/feeds-handler.ts';
import { samplePublishersById } from '../shared/publishers/samples.ts';

/**
 * The production dependencies: configuration from the environment, SDK clients, Powertools,
 * the publishers.
 */
export const defaults: FeedsHandlerDeps = {
  config: feedsConfigFromEnv(),
  clients: { s3: createS3Client(), documentClient: createDocumentClient() },
  logger: new Logger(),
  metrics: new Metrics(),
  publishers: samplePublishersById,
};

/** Processes a batch of the table's stream records. */
export const handler = createFeedsHandler(defaults);
