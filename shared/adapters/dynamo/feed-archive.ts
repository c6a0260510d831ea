/**
 * The closed archive pages of every feed, one item per page beside the feed's state item
 * (`pk = FEED#<feed path>`, `sk = ARCHIVE#<page number, 10 digits>`): the page's range in the
 * feed's order and the ids it held when it closed. Written once, with a condition, so two runs
 * closing the same page agree on one.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type ArchivePage, type FeedPosition, positionKey } from '../../feeds/archive.ts';
import type { FeedArchiveStore } from '../../feeds/ports.ts';
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
  async close(feedPath: string, page: ArchivePage): Promise<boolean> {
    const item: ArchivePageItem = {
      ...archivePageKey(feedPath, page.number),
      type: 'archive-page',
      number: page.number,
      ...(page.after === null ? {} : { after: positionKey(page.after) }),
      upTo: positionKey(page.upTo),
      ids: page.ids,
      closedAt: this.#clock().toISOString(),
    };
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** @inheritDoc */
  async pages(feedPath: string): Promise<ArchivePage[]> {
    return this.#query(feedPath, { newestFirst: false });
  }

  async #query(
    feedPath: string,
    options: { readonly newestFirst: boolean; readonly limit?: number },
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
        }),
      );
      pages.push(...(result.Items ?? []).map(pageOf));
      startKey = options.limit === undefined ? result.LastEvaluatedKey : undefined;
    } while (startKey !== undefined);
    return pages;
  }
}
