/**
 * Creates the table and buckets on local servers (tests, `npm start`); in AWS the CDK stack does.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  CreateBucketCommand,
  HeadBucketCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { tableSchema } from '../../shared/store/table.ts';

/**
 * Creates the syndication table (from `tableSchema()`) unless it exists; a table made by an
 * older version gets the indexes it lacks (as a deployment would from the CDK stack).
 *
 * @param client - a client pointed at DynamoDB Local
 * @param tableName - the table's name
 * @returns true when the table was created, false when it existed
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const schema = tableSchema(tableName);
  try {
    await client.send(new CreateTableCommand(schema));
    return true;
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of schema.GlobalSecondaryIndexes ?? []) {
    if (existing.has(index.IndexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: schema.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
  }
  return false;
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
      // The local server has one owner, so a bucket that "exists" is ours: the look above
      // failed for another reason (a slow answer on a loaded machine) and the bucket is there.
      if (!(error instanceof BucketAlreadyOwnedByYou || error instanceof BucketAlreadyExists)) {
        throw error;
      }
    }
  }
}
