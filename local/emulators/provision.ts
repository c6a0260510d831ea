/**
 * Creates the table and buckets on local servers (tests, `npm start`); in AWS the CDK stack does.
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  type GlobalSecondaryIndexDescription,
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
import {
  type DynamoDBDocumentClient,
  paginateScan,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../shared/adapters/aws-client-factories.ts';
import { DynamoFeedEntries, feedPlaceOf } from '../../shared/adapters/dynamo/feed-entries.ts';
import { DynamoPageListing } from '../../shared/adapters/dynamo/page-listing.ts';
import type { SourceState } from '../../shared/ingest/ports.ts';
import {
  articleIdOfKey,
  KEY_PREFIX,
  RETIRED_INDEXES,
  tableSchema,
} from '../../shared/store/table.ts';

/**
 * Creates the syndication table (from `tableSchema()`) unless it exists; a table made by an
 * older version gets the indexes it lacks (as a deployment would from the CDK stack), and an index
 * whose keys changed is made again — for the feed indexes, now over feed entries, with an entry
 * written for every article (what the feeds function writes from then on). A retired index
 * (`RETIRED_INDEXES`) is deleted, and what it served is written as items: the `pages` index's
 * listing of keys by outcome (what the ingest writes from then on). Indexes change one at a time,
 * each awaited until built, as DynamoDB requires.
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
  const existing = new Map(
    (Table?.GlobalSecondaryIndexes ?? []).map((index) => [index.IndexName, index.KeySchema]),
  );
  let rekeyed = false;
  for (const index of schema.GlobalSecondaryIndexes ?? []) {
    const keys = existing.get(index.IndexName);
    if (keys !== undefined && JSON.stringify(keys) === JSON.stringify(index.KeySchema)) continue;
    if (keys !== undefined) {
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: index.IndexName } }],
        }),
      );
      await indexGone(client, tableName, index.IndexName ?? '');
      rekeyed = true;
    }
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: schema.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
    // One online index change at a time: DynamoDB (and DynamoDB Local) refuse the next one with
    // LimitExceededException while this index builds. DynamoDB Local also fails writes
    // (InternalFailure) to a table whose new index is still building.
    await indexesActive(client, tableName);
  }
  if (rekeyed) await writeFeedEntries(client, tableName);
  for (const retired of RETIRED_INDEXES) {
    if (!existing.has(retired)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: retired } }],
      }),
    );
    await indexGone(client, tableName, retired);
    // `pages` listed the keys by outcome: its entries are base-table items now.
    await writePageListing(client, tableName);
  }
  return false;
}

/** Lists every key of a table made when the listing was the `pages` index. */
async function writePageListing(client: DynamoDBClient, tableName: string): Promise<void> {
  const documents = createDocumentClient(client);
  const listing = new DynamoPageListing(tableName, documents);
  await scanEach(
    documents,
    {
      TableName: tableName,
      FilterExpression: 'begins_with(pk, :source) AND attribute_type(publisherId, :string)',
      ExpressionAttributeValues: { ':source': KEY_PREFIX.source, ':string': 'S' },
      ProjectionExpression: 'publisherId, objectKey, #status, updatedAt',
      ExpressionAttributeNames: { '#status': 'status' },
    },
    (item) =>
      listing.put({
        publisherId: String(item.publisherId),
        status: item.status as SourceState['status'],
        updatedAt: String(item.updatedAt),
        objectKey: String(item.objectKey),
      }),
  );
}

/** Visits every item a scan returns, page by page (a local table being migrated). */
async function scanEach(
  documents: DynamoDBDocumentClient,
  input: ScanCommandInput,
  visit: (item: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  for await (const page of paginateScan({ client: documents }, { ...input })) {
    for (const item of page.Items ?? []) await visit(item);
  }
}

/** How long a deleted index may take to go, or a new one to build (DynamoDB Local does both in the background). */
const INDEX_DELETION_TIMEOUT_MS = 60_000;

async function indexGone(client: DynamoDBClient, tableName: string, indexName: string) {
  await untilIndexes(
    client,
    tableName,
    `Index ${indexName} of ${tableName} was still being deleted`,
    (indexes) => !indexes.some((index) => index.IndexName === indexName),
  );
}

async function indexesActive(client: DynamoDBClient, tableName: string) {
  await untilIndexes(
    client,
    tableName,
    `The indexes of ${tableName} were still being built`,
    (indexes) => indexes.every((index) => index.IndexStatus === 'ACTIVE'),
  );
}

/** Polls the table's indexes until `done` holds, for at most a minute. */
async function untilIndexes(
  client: DynamoDBClient,
  tableName: string,
  failure: string,
  done: (indexes: readonly GlobalSecondaryIndexDescription[]) => boolean,
): Promise<void> {
  const deadline = Date.now() + INDEX_DELETION_TIMEOUT_MS;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (done(Table?.GlobalSecondaryIndexes ?? [])) return;
    if (Date.now() > deadline) throw new Error(`${failure} after a minute`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Writes the feed entry of every article of a table made before the feed entries. */
async function writeFeedEntries(client: DynamoDBClient, tableName: string): Promise<void> {
  const documents = createDocumentClient(client);
  const entries = new DynamoFeedEntries(tableName, documents);
  await scanEach(
    documents,
    {
      TableName: tableName,
      FilterExpression: 'attribute_exists(feedPublisher)',
      ProjectionExpression: 'pk, sk, revision, feedPublisher, feedSection, feedSort',
    },
    async (item) => {
      const articleId = articleIdOfKey(item);
      if (articleId === null) return;
      const revision = typeof item.revision === 'number' ? item.revision : 0;
      await entries.apply({ articleId, revision, place: feedPlaceOf(item), deleted: false });
    },
  );
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
