/**
 * The closed archive pages of every feed, one item per page beside the feed's state item
 * (`pk = FEED#<feed path>`, `sk = ARCHIVE#<page number, 10 digits>`): the page's range in the
 * feed's order and the ids it held when it closed. Written once, with a condition, so two runs
 * closing the same page agree on one.
 *
 * Late articles (dated at or before the newest closed page, arrived after it closed) are tracked
 * on the feed's state item (`FEED#<feed path>` / `FEED`):
 *
 * | attribute | meaning |
 * |---|---|
 * | `arrivalMin` | the oldest new place (`feedSort`) marked since a run took them (the mark sets it, `feed-schedule.ts`) |
 * | `arrivalTaken` | the oldest place a run took and has not settled yet |
 * | `lateIds` | the late articles no page holds yet (string set) |
 *
 * The attributes stay small (one place, a few ids), so the state item stays within a write unit.
 */
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type ArchivePage, type FeedPosition, positionKey } from '../../feeds/archive.ts';
import type { FeedArchiveStore, TakenArrivals } from '../../feeds/ports.ts';
import { keys } from '../../store/table.ts';
import { defaultDocumentClient } from '../aws-clients.ts';

/** Sort-key prefix of the page items in a feed's partition. */
export const ARCHIVE_SORT_PREFIX = 'ARCHIVE#';

/**
 * The key of a page's item.
 *
 * @param feedPath - the feed
 * @param page - the page number
 * @returns e.g. `{ pk: 'FEED#all', sk: 'ARCHIVE#0000000003' }`
 */
export function archivePageKey(feedPath: string, page: number): { pk: string; sk: string } {
  return {
    pk: keys.feed(feedPath).pk,
    sk: `${ARCHIVE_SORT_PREFIX}${String(page).padStart(10, '0')}`,
  };
}

/** Page items read per query when looking for the pages that can hold a place. */
const PAGES_PER_QUERY = 20;
/** Reads of the state item before giving up to marks that keep lowering `arrivalMin`. */
const MAX_TAKE_ATTEMPTS = 10;

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** A page as stored. */
interface ArchivePageItem {
  readonly pk: string;
  readonly sk: string;
  readonly type: 'archive-page';
  readonly number: number;
  /** `feedSort` of the previous page's newest item; absent on page 1. */
  readonly after?: string;
  /** `feedSort` of the page's newest item. */
  readonly upTo: string;
  readonly ids: readonly string[];
  /** When the page closed (ISO 8601 UTC). */
  readonly closedAt: string;
}

function positionOfKey(key: string): FeedPosition {
  const split = key.indexOf('#');
  return { sortTime: new Date(key.slice(0, split)), articleId: key.slice(split + 1) };
}

function pageOf(item: Record<string, unknown>): ArchivePage {
  const stored = item as unknown as ArchivePageItem;
  return {
    number: stored.number,
    after: stored.after === undefined ? null : positionOfKey(stored.after),
    upTo: positionOfKey(stored.upTo),
    ids: [...stored.ids],
  };
}

/** The late ids of a feed state item (a string set), or none. */
function lateIdsOf(state: Record<string, unknown> | undefined): string[] {
  const ids = state?.lateIds;
  return ids instanceof Set ? [...ids].filter((id): id is string => typeof id === 'string') : [];
}

/** Archive pages kept in the table. */
export class DynamoFeedArchiveStore implements FeedArchiveStore {
  readonly #tableName: string;
  readonly #client: DynamoDBDocumentClient;
  readonly #clock: () => Date;

  /**
   * @param tableName - the table (`TABLE_NAME`)
   * @param client - a document client; the process's client by default
   * @param clock - the time written as `closedAt`
   */
  constructor(
    tableName: string,
    client: DynamoDBDocumentClient = defaultDocumentClient(),
    clock: () => Date = () => new Date(),
  ) {
    this.#tableName = tableName;
    this.#client = client;
    this.#clock = clock;
  }

  /** @inheritDoc */
  async latest(feedPath: string): Promise<ArchivePage | null> {
    const [newest] = await this.#query(feedPath, { newestFirst: true, limit: 1 });
    return newest ?? null;
  }

  /** @inheritDoc */
  async close(feedPath: string, page: ArchivePage, lateIds: readonly string[]): Promise<boolean> {
    const item: ArchivePageItem = {
      ...archivePageKey(feedPath, page.number),
      type: 'archive-page',
      number: page.number,
      ...(page.after === null ? {} : { after: positionKey(page.after) }),
      upTo: positionKey(page.upTo),
      ids: page.ids,
      closedAt: this.#clock().toISOString(),
    };
    const put = {
      TableName: this.#tableName,
      Item: item,
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    try {
      if (lateIds.length === 0) {
        await this.#client.send(new PutCommand(put));
        return true;
      }
      // One atomic write: a late article is in the page or on the late list, never both.
      await this.#client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: put },
            {
              Update: {
                TableName: this.#tableName,
                Key: keys.feed(feedPath),
                UpdateExpression: 'DELETE lateIds :ids',
                ExpressionAttributeValues: { ':ids': new Set(lateIds) },
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        return false;
      }
      throw error;
    }
  }

  /** @inheritDoc */
  async pagesSince(feedPath: string, sort: string): Promise<ArchivePage[]> {
    // Newest first, down to the first page ending before `sort` (pages' `upTo` only grows).
    const pages = await this.#query(feedPath, {
      newestFirst: true,
      perQuery: PAGES_PER_QUERY,
      while: (page) => positionKey(page.upTo) >= sort,
    });
    return pages.reverse();
  }

  /** @inheritDoc */
  async takeArrivals(feedPath: string, upTo: string | null): Promise<TakenArrivals> {
    for (let attempt = 1; attempt <= MAX_TAKE_ATTEMPTS; attempt += 1) {
      const state = await this.#state(feedPath);
      const arrived = text(state?.arrivalMin);
      const taken = text(state?.arrivalTaken);
      // The run holds the feed's lease: no other run adds late ids before it reads them again.
      const late = lateIdsOf(state);
      // Most runs: nothing placed behind the pages, and no write.
      if (arrived === null || upTo === null || arrived > upTo) return { taken, late };
      const oldest = taken !== null && taken < arrived ? taken : arrived;
      try {
        await this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: keys.feed(feedPath),
            UpdateExpression: 'SET arrivalTaken = :oldest REMOVE arrivalMin',
            // A mark that lowered it meanwhile: read again.
            ConditionExpression: 'arrivalMin = :arrived',
            ExpressionAttributeValues: { ':oldest': oldest, ':arrived': arrived },
          }),
        );
        return { taken: oldest, late };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error(`Feed ${feedPath}: arrivals kept changing over ${MAX_TAKE_ATTEMPTS} attempts`);
  }

  /** @inheritDoc */
  async settleArrivals(feedPath: string, taken: string): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.feed(feedPath),
          UpdateExpression: 'REMOVE arrivalTaken',
          ConditionExpression: 'arrivalTaken = :taken',
          ExpressionAttributeValues: { ':taken': taken },
        }),
      );
    } catch (error) {
      // Another run took an older place since: it settles it.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** @inheritDoc */
  async late(feedPath: string): Promise<string[]> {
    return lateIdsOf(await this.#state(feedPath));
  }

  /** @inheritDoc */
  async addLate(feedPath: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: keys.feed(feedPath),
        UpdateExpression: 'ADD lateIds :ids',
        ExpressionAttributeValues: { ':ids': new Set(ids) },
      }),
    );
  }

  /** The feed's state item (a consistent query: the regeneration functions may not `GetItem`). */
  async #state(feedPath: string): Promise<Record<string, unknown> | undefined> {
    const key = keys.feed(feedPath);
    const result = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        ExpressionAttributeValues: { ':pk': key.pk, ':sk': key.sk },
        ProjectionExpression: 'arrivalMin, arrivalTaken, lateIds',
        ConsistentRead: true,
      }),
    );
    return result.Items?.[0];
  }

  /** @inheritDoc */
  async pages(feedPath: string): Promise<ArchivePage[]> {
    return this.#query(feedPath, { newestFirst: false });
  }

  async #query(
    feedPath: string,
    options: {
      readonly newestFirst: boolean;
      readonly limit?: number;
      /** Items per query while paging. */
      readonly perQuery?: number;
      /** Pages are read while this holds. */
      readonly while?: (page: ArchivePage) => boolean;
    },
  ): Promise<ArchivePage[]> {
    const pages: ArchivePage[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const result = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': keys.feed(feedPath).pk,
            ':prefix': ARCHIVE_SORT_PREFIX,
          },
          ScanIndexForward: !options.newestFirst,
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
          ...(options.limit === undefined ? {} : { Limit: options.limit }),
          ...(options.perQuery === undefined ? {} : { Limit: options.perQuery }),
        }),
      );
      for (const page of (result.Items ?? []).map(pageOf)) {
        if (options.while !== undefined && !options.while(page)) return pages;
        pages.push(page);
      }
      startKey = options.limit === undefined ? result.LastEvaluatedKey : undefined;
    } while (startKey !== undefined);
    return pages;
  }
}
