/**
 * The feeds the start-up banner lists — the aggregate and one per configured publisher — and the
 * feed directory are published at start, empty if need be, so a reader subscribing at once gets
 * a feed, not a 404.
 * Feeds are only regenerated when an article changes them, so a publisher without articles yet
 * (or a data folder started with `--no-samples`) would have none.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3FeedObjectStore } from '../../shared/adapters/s3/feed-objects.ts';
import type { RegenerateConfig } from '../../shared/feeds/config.ts';
import { publishFeedDirectory } from '../../shared/feeds/directory.ts';
import {
  ALL_FEED,
  FEED_FORMATS,
  type FeedRef,
  feedObjectKey,
} from '../../shared/feeds/feed-ref.ts';
import { rebuildFeeds } from '../../shared/feeds/rebuild.ts';
import { feedRunDeps } from '../../shared/handlers/feed-run-deps.ts';
import { discardedMetrics } from '../../shared/handlers/observability.ts';
import type { Publisher } from '../../shared/publishers/publisher.ts';

/** Where the feeds live and how they are read. */
export interface BaseFeedsSettings {
  readonly s3: S3Client;
  readonly documentClient: DynamoDBDocumentClient;
  /** Table, bucket, base URL, item limit and the schedule's timing. */
  readonly config: RegenerateConfig;
  readonly publishers: ReadonlyMap<string, Publisher>;
}

/**
 * Publishes the aggregate feed and each publisher's feed when a file of it is missing, from the
 * table's current articles (a rebuild under the feed's lease, as `syndicate feeds rebuild` does),
 * then the feed directory when its bytes differ.
 *
 * @param settings - clients, configuration and publishers
 * @returns the paths of the feeds published (`all`, `demo`, …)
 * @throws the first rebuild's error, when one failed
 */
export async function publishMissingBaseFeeds(settings: BaseFeedsSettings): Promise<string[]> {
  const objects = new S3FeedObjectStore(settings.config.feedsBucket, settings.s3);
  const refs: FeedRef[] = [
    ALL_FEED,
    ...[...settings.publishers.keys()].map((publisherId) => ({
      kind: 'publisher' as const,
      publisherId,
    })),
  ];
  const missing: FeedRef[] = [];
  for (const ref of refs) {
    const stored = await Promise.all(
      FEED_FORMATS.map((format) => objects.storedHash(feedObjectKey(ref, format))),
    );
    if (stored.some((hash) => hash === null)) missing.push(ref);
  }
  const run = feedRunDeps(settings.config, settings, discardedMetrics, settings.publishers);
  const report = await rebuildFeeds(missing, run);
  const failed = report.results.find((result) => 'error' in result);
  if (failed !== undefined && 'error' in failed) throw failed.error;
  await publishFeedDirectory(run.directory);
  return [...report.rebuilt, ...report.unchanged];
}
