/**
 * The WebSub hub worker Lambda: SQS batches of the hub queue — verifications, fan-outs and
 * deliveries (see `shared/handlers/hub-worker-handler.ts`). Its dependencies are built once per
 * instance, when the module loads; a missing setting fails the load with a message naming the
 * variable.
 */
import './support/lambda-start.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import {
  createDocumentClient,
  createS3Client,
  createSqsClient,
} from '../shared/adapters/aws-client-factories.ts';
import { SqsHubQueue } from '../shared/adapters/sqs/hub-queue.ts';
import { requireEnv } from '../shared/env.ts';
import {
  createHubWorkerHandler,
  type HubWorkerHandlerDeps,
} from '../shared/handlers/hub-worker-handler.ts';
import { hubConfigFromEnv } from '../shared/websub/config.ts';

/** The production dependencies: configuration from the environment, SDK clients, Powertools. */
export const defaults: HubWorkerHandlerDeps = {
  config: hubConfigFromEnv(),
  clients: { s3: createS3Client(), documentClient: createDocumentClient() },
  queue: new SqsHubQueue(requireEnv('HUB_QUEUE_URL'), createSqsClient()),
  logger: new Logger(),
  metrics: new Metrics(),
};

/** Processes a batch of hub jobs. */
export const handler = createHubWorkerHandler(defaults);
