/**
 * The listing of a publisher's inbox keys by the outcome of their last event, newest first (the
 * upload API's `GET /v1/pages`), kept as small base-table items in one partition per publisher and
 * outcome — not as a GSI over the key-state items:
 *
 * | item          | pk                                   | sk                   |
 * |---------------|--------------------------------------|----------------------|
 * | listing entry | `PAGES#<publisherId>#<status>`       | `<updatedAt>#<key>`  |
 *
 * Why not an index: the ingest writes a key's state in a transaction with its article, and
 * DynamoDB counts every write of a transaction twice on each index the item enters — 2 WCU per
 * new key and 4 per re-upload (the sort key, the update time, moves: a delete and a put), on top
 * of the feed indexes' 2. The ingest writes an entry itself, after its transaction, with plain
 * writes of about 100 bytes: 1 WCU for a new key, 2 for a re-upload (the new entry, then the old
 * one deleted), and no index at all. An entry can be left behind (a crash between the transaction
 * and the entry's writes, two events of a key at once); a read checks each entry against the
 * key's state as it is now and skips those that no longer match, and a redelivered event writes
 * its entry again. Each partition holds one publisher's keys of one outcome, as the index's did:
 * no key is written by every publisher.
 */
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import type { SourceState } from '../../ingest/ports.ts';
import { KEY_PREFIX, pageSortValue, pageStatusValue } from '../../store/table.ts';

/** A key as the listing holds it. */
export interface ListedPage {
  readonly publisherId: string;
  readonly status: SourceState['status'];
  /** The key state's `updatedAt` (ISO 8601): an entry matches its key only while it is this. */
  readonly updatedAt: string;
  readonly objectKey: string;
}

/**
 * The key of a listing entry.
 *
 * @param page - the publisher, outcome, time and key
 * @returns e.g. `{ pk: 'PAGES#demo#rejected', sk: '2026-11-30T08:00:00.000Z#demo/a.html' }`
 */
export function pageListingKey(page: ListedPage): { pk: string; sk: string } {
  return {
    pk: `${KEY_PREFIX.pageListing}${pageStatusValue(page.publisherId, page.status)}`,
    sk: pageSortValue(page.updatedAt, page.objectKey),
  };
}

/** Items read per query of a listing partition, beyond what is still missing. */
const SLACK = 5;

/** The listing entries in DynamoDB. */
export class DynamoPageListing {
  /**
   * @param tableName - the table
   * @param client - a document client
   */
  constructor(
    private readonly tableName: string,
    private readonly client: DynamoDBDocumentClient,
  ) {}

  /**
   * Lists a key in its new state, then takes its previous entry out: a crash in between leaves an
   * extra entry (skipped by reads), never a key missing from the listing.
   *
   * @param now - the key as the ingest just wrote it
   * @param before - the key as it was, or null (a new key, or one never listed)
   */
  async moved(now: ListedPage, before: ListedPage | null): Promise<void> {
    await this.put(now);
    if (before === null) return;
    const previous = pageListingKey(before);
    const next = pageListingKey(now);
    if (previous.pk === next.pk && previous.sk === next.sk) return;
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: previous }));
  }

  /** Writes a key's entry (again: a redelivered event repairs an entry a crash left out). */
  async put(page: ListedPage): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...pageListingKey(page), type: 'page-listing', objectKey: page.objectKey },
      }),
    );
  }

  /**
   * Reads a publisher's entries of one outcome, newest first, until `accept` took `limit` of
   * them or the partition ends.
   *
   * @param publisherId - whose keys
   * @param status - one stored outcome
   * @param limit - how many accepted entries are wanted
   * @param accept - checks a batch of entries (against the keys' states) and returns those that
   *   still hold, in order
   * @returns what `accept` returned, at most `limit`
   */
  async recent<T>(
    publisherId: string,
    status: SourceState['status'],
    limit: number,
    accept: (entries: readonly ListedPage[]) => Promise<readonly T[]>,
  ): Promise<T[]> {
    const found: T[] = [];
    let startKey: Record<string, unknown> | undefined;
    const pk = pageListingKey({ publisherId, status, updatedAt: '', objectKey: '' }).pk;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ScanIndexForward: false,
          Limit: limit - found.length + SLACK,
          ExclusiveStartKey: startKey,
        }),
      );
      const entries = (page.Items ?? []).flatMap((item): ListedPage[] => {
        const sk = typeof item.sk === 'string' ? item.sk : '';
        const split = sk.indexOf('#');
        if (split < 0 || typeof item.objectKey !== 'string') return [];
        return [{ publisherId, status, updatedAt: sk.slice(0, split), objectKey: item.objectKey }];
      });
      found.push(...(await accept(entries)));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined && found.length < limit);
    return found.slice(0, limit);
  }
}
