import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { REJECTION_PARTITION } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';
import type { RejectionItem } from './items.ts';

/** Options of {@link listRecentRejections}. */
export interface RecentRejectionsOptions {
  /** At most this many, newest first. @default 50 */
  readonly limit?: number;
  /** Only rejections at or after this time. */
  readonly since?: Date;
  /** A document client; the process's one by default. */
  readonly client?: DynamoDBDocumentClient;
}

/**
 * Reads the newest rejected uploads (one query on the `REJECTION` partition, sorted by time).
 *
 * @param tableName - the table
 * @param options - limit, lower time bound, client
 * @returns rejections, newest first
 * @example
 * for (const r of await listRecentRejections('syndication', { limit: 10 })) console.log(r.objectKey, r.reason);
 */
export async function listRecentRejections(
  tableName: string,
  options: RecentRejectionsOptions = {},
): Promise<RejectionItem[]> {
  const client = options.client ?? defaultDocumentClient();
  const limit = options.limit ?? 50;
  const since = options.since?.toISOString();
  const found: RejectionItem[] = [];
  const pages = paginateQuery(
    { client, pageSize: limit },
    {
      TableName: tableName,
      KeyConditionExpression: since === undefined ? 'pk = :pk' : 'pk = :pk AND sk >= :since',
      ExpressionAttributeValues: {
        ':pk': REJECTION_PARTITION,
        ...(since === undefined ? {} : { ':since': since }),
      },
      ScanIndexForward: false,
    },
  );
  for await (const page of pages) {
    found.push(...((page.Items ?? []) as RejectionItem[]));
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}
