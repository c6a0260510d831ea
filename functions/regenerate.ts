/**
 * The regenerate Lambda: batches of the regeneration queue, each a feed whose schedule is due
 * (see `shared/handlers/regenerate-handler.ts`). Its dependencies are built once per instance,
 * when the module loads, and reused by every invocation; a missing setting fails the load with a
 * message naming the variable.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createDocumentClient,
  createS3Client,
  createSqsClient,
} from '../shared/adapters/aws-client-factories.ts';
import { hubPushFromEnv } from '../shared/adapters/sqs/hub-queue.ts';
import { SqsRegenerationQueue } from '../shared/adapters/sqs/regeneration-queue.ts';
import { regenerateConfigFromEnv } from '../shared/feeds/config.ts';
import {
  createRegenerateHandler,
  type RegenerateHandlerDeps,
} from '../shared/handlers/regenerate-handler.ts';
import { samplePublishersById } from '../shared/publishers/samples.ts';

const config = regenerateConfigFromEnv();

/**
 * The production dependencies: configuration from the environment, SDK clients, the SQS
 * regeneration queue (for follow-ups), Powertools, the publishers.
 */
export const defaults: RegenerateHandlerDeps = {
  config,
  clients: { s3: createS3Client(), documentClient: createDocumentClient() },
  queue: new SqsRegenerationQueue(config.queueUrl ?? '', createSqsClient()),
  logger: new Logger(),
  metrics: new Metrics(),
  publishers: samplePublishersById,
  ...hubPushFromEnv(),
};

/** Processes a batch of regeneration messages. */
export const handler = createRegenerateHandler(defaults);
