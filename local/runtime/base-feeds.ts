/**
 * The feeds the start-up banner lists — the aggregate and one per configured publisher — are
 * published at start, empty if need be, so a reader subscribing at once gets a feed, not a 404.
 * The feeds handler only writes a feed when an article changes it, so a publisher without
 * articles yet (or a data folder started with `--no-samples`) would have none.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoFeedItemSource } from '../../shared/adapters/dynamo/feed-queries.ts';
import { DynamoFeedStateStore } from '../../shared/adapters/dynamo/feed-state.ts';
import { S3FeedObjectStore } from '../../shared/adapters/s3/feed-objects.ts';
import { DEFAULT_FEED_ITEM_LIMIT } from '../../shared/feeds/config.ts';
import {
  ALL_FEED,
  FEED_FORMATS,
  type FeedRef,
  feedObjectKey,
  feedPath,
} from '../../shared/feeds/feed-ref.ts';
import { regenerateFeed } from '../../shared/feeds/regenerate.ts';
import type { Publisher } from '../../shared/publishers/publisher.ts';

/** Where the feeds live and how they are read. */
export interface BaseFeedsSettings {
  readonly s3: S3Client;
  readonly documentClient: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly feedsBucket: string;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`). */
  readonly baseUrl: string;
  /** Items per feed (`FEED_ITEM_LIMIT`); 50 by default. */
  readonly itemLimit?: number;
  readonly publishers: ReadonlyMap<string, Publisher>;
}

/**
 * Publishes the aggregate feed and each publisher's feed when a file of it is missing, from the
 * table's current articles (the same regeneration as the feeds handler, so a concurrent one
 * cannot leave an older file on top).
 *
 * @param settings - clients, table, bucket, base URL and publishers
 * @returns the paths of the feeds published (`all`, `demo`, …)
 */
export async function publishMissingBaseFeeds(settings: BaseFeedsSettings): Promise<string[]> {
  const objects = new S3FeedObjectStore(settings.feedsBucket, settings.s3);
  const deps = {
    items: new DynamoFeedItemSource(settings.tableName, settings.documentClient, [
      ...settings.publishers.keys(),
    ]),
    objects,
    state: new DynamoFeedStateStore(settings.tableName, settings.documentClient),
    publishers: settings.publishers,
    baseUrl: settings.baseUrl,
    itemLimit: settings.itemLimit ?? DEFAULT_FEED_ITEM_LIMIT,
  };
  const refs: FeedRef[] = [
    ALL_FEED,
    ...[...settings.publishers.keys()].map((publisherId) => ({
      kind: 'publisher' as const,
      publisherId,
    })),
  ];
  const published: string[] = [];
  for (const ref of refs) {
    const stored = await Promise.all(
      FEED_FORMATS.map((format) => objects.storedHash(feedObjectKey(ref, format))),
    );
    if (stored.every((hash) => hash !== null)) continue;
    await regenerateFeed(ref, deps);
    published.push(feedPath(ref));
  }
  return published;
}
