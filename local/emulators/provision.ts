/**
 * Creates the table and buckets on local servers (tests, `npm start`); in AWS the CDK stack does.
 */
import {
  CreateTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
} from '@aws-sdk/client-dynamodb';
import {
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  HeadBucketCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { tableSchema } from '../../shared/store/table.ts';

/**
 * Creates the syndication table (from `tableSchema()`) unless it exists.
 *
 * @param client - a client pointed at DynamoDB Local
 * @param tableName - the table's name
 * @returns true when the table was created, false when it existed
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new CreateTableCommand(tableSchema(tableName)));
    return true;
  } catch (error) {
    if (error instanceof ResourceInUseException) return false;
    throw error;
  }
}

/**
 * Creates buckets unless they exist.
 *
 * @param client - a client pointed at the local S3 server
 * @param buckets - bucket names
 */
export async function ensureBuckets(client: S3Client, buckets: readonly string[]): Promise<void> {
  for (const bucket of buckets) {
    try {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
      continue;
    } catch {
      // Missing (or unreadable): try to create it below, which reports the real problem.
    }
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
    } catch (error) {
      if (!(error instanceof BucketAlreadyOwnedByYou)) throw error;
    }
  }
}
