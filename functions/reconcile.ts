/**
 * The reconcile Lambda: the daily schedule's rebuild of every feed whose stored content differs
 * from the table, and the rebuilds `syndicate feeds rebuild --endpoint aws` asks for (see
 * `shared/handlers/reconcile-handler.ts`). Its dependencies are built once per instance, when the
 * module loads; a missing setting fails the load with a message naming the variable.
 */
import './support/lambda-start.ts';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient, createS3Client } from '../shared/adapters/aws-client-factories.ts';
import { DynamoPublisherRegistry } from '../shared/adapters/dynamo/publisher-registry.ts';
import { hubPushFromEnv } from '../shared/adapters/sqs/hub-queue.ts';
import { regenerateConfigFromEnv } from '../shared/feeds/config.ts';
import {
  createReconcileHandler,
  type ReconcileHandlerDeps,
} from '../shared/handlers/reconcile-handler.ts';
import { CachedPublisherDirectory } from '../shared/publishers/cached-directory.ts';
import { RegistrySnapshot, refreshedBefore } from '../shared/publishers/registry-snapshot.ts';

const config = regenerateConfigFromEnv(process.env, false);
const documentClient = createDocumentClient();
/** The registry, read through a cache and refreshed before each invocation. */
const publishers = new RegistrySnapshot(
  new CachedPublisherDirectory(new DynamoPublisherRegistry(config.tableName, documentClient)),
);

/** The production dependencies: configuration from the environment, SDK clients, Powertools. */
export const defaults: ReconcileHandlerDeps = {
  config,
  clients: { s3: createS3Client(), documentClient },
  logger: new Logger(),
  metrics: new Metrics(),
  publishers,
  ...hubPushFromEnv(),
};

/** Rebuilds the feeds an event asks for (every known feed for the schedule's events). */
export const handler = refreshedBefore(publishers, createReconcileHandler(defaults));
