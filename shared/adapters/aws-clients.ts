/**
 * The AWS SDK clients of the Lambdas and the local runtime, built once at module load from the
 * environment (see `aws-client-factories.ts` for the variables). Import this module (or an
 * adapter using its clients by default) only once the environment is set: in a test, import it
 * dynamically after `useLocalAws()`'s `beforeAll`.
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

/** The process's S3 client, from the environment. */
export const s3Client: S3Client = createS3Client();

/** The process's low-level DynamoDB client, from the environment. */
export const dynamoDbClient: DynamoDBClient = createDynamoDbClient();

/** The process's DynamoDB document client, over {@link dynamoDbClient}. */
export const documentClient: DynamoDBDocumentClient = createDocumentClient(dynamoDbClient);
