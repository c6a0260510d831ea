/**
 * The process's default AWS SDK clients, built from the environment on first use (see
 * `aws-client-factories.ts` for the variables). Nothing is built when this module is imported:
 * an adapter falls back to these only when it is constructed without a client, so the Lambdas,
 * the local runtime and the tests pass their own and the environment is never read for them.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  createDocumentClient,
  createDynamoDbClient,
  createS3Client,
} from './aws-client-factories.ts';

export * from './aws-client-factories.ts';

let s3: S3Client | undefined;
let dynamoDb: DynamoDBClient | undefined;
let documents: DynamoDBDocumentClient | undefined;

/** @returns the process's S3 client, built from the environment on the first call */
export function defaultS3Client(): S3Client {
  s3 ??= createS3Client();
  return s3;
}

/** @returns the process's low-level DynamoDB client, built from the environment on the first call */
export function defaultDynamoDbClient(): DynamoDBClient {
  dynamoDb ??= createDynamoDbClient();
  return dynamoDb;
}

/** @returns the process's DynamoDB document client, over {@link defaultDynamoDbClient} */
export function defaultDocumentClient(): DynamoDBDocumentClient {
  documents ??= createDocumentClient(defaultDynamoDbClient());
  return documents;
}
