/**
 * The WebSub hub endpoint Lambda, behind API Gateway's HTTP API (see
 * `shared/handlers/hub-api-handler.ts`). Its dependencies are built once per instance, when the
 * module loads; a missing setting fails the load with a message naming the variable.
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
import { createHubApiHandler, type HubApiHandlerDeps } from '../shared/handlers/hub-api-handler.ts';
import { hubConfigFromEnv } from '../shared/websub/config.ts';

/** The production dependencies: configuration from the environment, SDK clients, Powertools. */
export const defaults: HubApiHandlerDeps = {
  config: hubConfigFromEnv(),
  clients: { s3: createS3Client(), documentClient: createDocumentClient() },
  queue: new SqsHubQueue(requireEnv('HUB_QUEUE_URL'), createSqsClient()),
  logger: new Logger(),
  metrics: new Metrics(),
};

/** Answers a subscription request. */
export const handler = createHubApiHandler(defaults);
