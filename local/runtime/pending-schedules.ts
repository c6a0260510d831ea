/**
 * Catching up on the regeneration schedule at start-up: the local queue lives in memory, so the
 * messages of regenerations scheduled before a stop (or a crash) are gone while their feeds still
 * say a run is due. Each start sends them again; a run still holding its lease from the previous
 * process is waited out (the message comes back when the lease expires).
 */
import { type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { RegenerationRequest } from '../../shared/feeds/schedule.ts';
import { keys } from '../../shared/store/table.ts';

/** The key prefix of the feed state items. */
const FEED_PREFIX = keys.feed('').pk;

/**
 * Lists the scheduled regenerations recorded in the table.
 *
 * @param client - a document client
 * @param tableName - the table
 * @returns one request per feed with a schedule
 */
export async function pendingRegenerations(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<RegenerationRequest[]> {
  const pending: RegenerationRequest[] = [];
  // A scan: fine for a local table, and run once per start.
  const pages = paginateScan(
    { client },
    {
      TableName: tableName,
      FilterExpression: 'begins_with(pk, :feed) AND attribute_exists(dueAt)',
      ExpressionAttributeValues: { ':feed': FEED_PREFIX },
      ProjectionExpression: 'pk, dueAt',
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const { pk, dueAt } = item;
      if (typeof pk === 'string' && typeof dueAt === 'number') {
        pending.push({ feed: pk.slice(FEED_PREFIX.length), due: dueAt });
      }
    }
  }
  return pending;
}
