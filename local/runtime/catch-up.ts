/**
 * Catching up on startup. Object events exist only while the pipeline runs: an upload or a
 * deletion whose event was still queued at shutdown (or made while the pipeline was down, by
 * editing s3rver's folder) would otherwise never reach the ingest. Comparing the inbox bucket
 * with the table's source states finds them, so every upload still ends as an article or a
 * rejection.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { SourceItem } from '../../shared/adapters/dynamo/items.ts';
import { unquote } from '../../shared/ingest/s3-event.ts';
import { KEY_PREFIX } from '../../shared/store/table.ts';
import type { ObjectEvent } from '../event-sources/s3-events.ts';

/** The fields of a source item the catch-up reads. */
type SourceSummary = Pick<SourceItem, 'objectKey' | 'status' | 'updatedAt' | 'sequencer'>;

async function sourceStates(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<Map<string, SourceSummary>> {
  const states = new Map<string, SourceSummary>();
  // A scan: fine for a local table, and run once per start.
  const pages = paginateScan(
    { client },
    {
      TableName: tableName,
      FilterExpression: 'begins_with(pk, :source)',
      ExpressionAttributeValues: { ':source': KEY_PREFIX.source },
      ProjectionExpression: 'objectKey, #status, updatedAt, sequencer',
      ExpressionAttributeNames: { '#status': 'status' },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const state = item as SourceSummary;
      if (typeof state.objectKey === 'string') states.set(state.objectKey, state);
    }
  }
  return states;
}

/** What {@link findMissedEvents} found. */
export interface CatchUp {
  /** The events to send, uploads first. */
  readonly events: ObjectEvent[];
  /** The highest sequencer the table has applied (hex), if any: new ones must exceed it. */
  readonly highestSequencer: string | undefined;
}

function higher(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || !/^[0-9A-Fa-f]+$/.test(a)) return b;
  if (b === undefined || !/^[0-9A-Fa-f]+$/.test(b)) return a;
  return BigInt(`0x${a}`) >= BigInt(`0x${b}`) ? a : b;
}

/**
 * Lists the object events the ingest has missed: objects newer than their key's last recorded
 * state (or with no state at all), and keys whose object is gone while the table still counts
 * them as present.
 *
 * @param context - the S3 client and inbox bucket, the document client and table
 * @returns the events to send and the highest sequencer applied so far
 */
export async function findMissedEvents(context: {
  readonly s3: S3Client;
  readonly bucket: string;
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
}): Promise<CatchUp> {
  const { s3, bucket, documentClient, tableName } = context;
  const states = await sourceStates(documentClient, tableName);
  const events: ObjectEvent[] = [];
  const present = new Set<string>();
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    );
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined) continue;
      present.add(object.Key);
      const state = states.get(object.Key);
      const recorded = state === undefined ? Number.NaN : Date.parse(state.updatedAt);
      const modified = object.LastModified?.getTime() ?? Number.POSITIVE_INFINITY;
      // Unknown key, or an object written after its key's last state: its event never ran.
      if (Number.isNaN(recorded) || modified > recorded) {
        events.push({
          bucket,
          key: object.Key,
          eventName: 'ObjectCreated:Put',
          size: object.Size,
          eTag: object.ETag === undefined ? undefined : unquote(object.ETag),
          eventTime: object.LastModified,
        });
      }
    }
    token = page.NextContinuationToken;
  } while (token !== undefined);
  let highestSequencer: string | undefined;
  for (const [key, state] of states) {
    highestSequencer = higher(highestSequencer, state.sequencer);
    if (state.status !== 'deleted' && !present.has(key)) {
      events.push({ bucket, key, eventName: 'ObjectRemoved:Delete' });
    }
  }
  return { events, highestSequencer };
}
