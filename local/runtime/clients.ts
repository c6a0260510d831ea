/**
 * SDK clients for the local servers: the project's client factories with the local endpoints,
 * credentials and path-style addressing.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  createDocumentClient,
  createDynamoDbClient,
  createS3Client,
} from '../../shared/adapters/aws-client-factories.ts';
import { LOCAL_CREDENTIALS } from './defaults.ts';

/**
 * @param endpoint - the S3 server, e.g. `http://127.0.0.1:4569`
 * @param region - the region to sign for
 * @returns a client with the settings s3rver needs (path style, checksums only when required)
 */
export function localS3Client(endpoint: string, region: string): S3Client {
  return createS3Client({ endpoint, region, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
}

/**
 * @param endpoint - DynamoDB Local, e.g. `http://127.0.0.1:8000`
 * @param region - the region to sign for
 * @returns a low-level client
 */
export function localDynamoDbClient(endpoint: string, region: string): DynamoDBClient {
  return createDynamoDbClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
}

/**
 * @param client - a low-level client
 * @returns a document client over it
 */
export function localDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return createDocumentClient(client);
}

/**
 * @param endpoint - DynamoDB Local (it serves the Streams API on the same port)
 * @param region - the region to sign for
 * @returns a DynamoDB Streams client
 */
export function localStreamsClient(endpoint: string, region: string): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({ endpoint, region, credentials: LOCAL_CREDENTIALS });
}
