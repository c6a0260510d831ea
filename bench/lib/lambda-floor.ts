/**
 * The cold-start benchmark's peer: a Lambda entry that loads only what every handler of this
 * project loads before any of its own code — Powertools (logger, metrics, batch) and the S3 and
 * DynamoDB clients, built once as the real entries do. Bundled and imported exactly like
 * `functions/*.ts`, it is the floor the ingest and feeds functions start from.
 */
import '../../functions/support/lambda-start.ts';
import { BatchProcessor, EventType } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const logger = new Logger();
const metrics = new Metrics();
const processor = new BatchProcessor(EventType.SQS);
const s3 = new S3Client({});
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

/** Does nothing: only the module's initialisation is measured. */
export const handler = async (): Promise<void> => {
  logger.debug('floor', { clients: [s3.config.serviceId, documents.config.serviceId] });
  metrics.publishStoredMetrics();
  void processor;
};
