/**
 * The reconcile handler: rebuilds feeds outside the flow of changes. Invoked by the daily
 * EventBridge schedule (an event without `feeds` or `publisher`: every known feed), or by
 * `syndicate feeds rebuild --endpoint aws` with `{ "feeds": ["demo/du-lich"] }`,
 * `{ "publisher": "demo" }` or `{}`. Each feed is rendered from the table and every file whose
 * bytes differ from the stored one is rewritten, so a feed the table and the bucket agree on
 * costs reads only. Then the feed directory (`shared/feeds/directory.ts`) is written again when
 * its bytes differ: a renamed publisher or section. `functions/reconcile.ts` builds it
 * with the production dependencies; the CLI runs the same rebuild locally.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { DynamoSectionCatalog } from '../adapters/dynamo/section-catalog.ts';
import { S3FeedObjectStore } from '../adapters/s3/feed-objects.ts';
import type { RegenerateConfig } from '../feeds/config.ts';
import type { DirectoryOutcome } from '../feeds/directory.ts';
import { InvalidRebuildRequestError, UnknownFeedError } from '../feeds/errors.ts';
import type { FeedRef } from '../feeds/feed-ref.ts';
import {
  feedsOfPaths,
  knownFeeds,
  type RebuildReport,
  type RebuildResult,
  rebuildFeeds,
} from '../feeds/rebuild.ts';
import type { FeedPublished } from '../feeds/regenerate.ts';
import type { Publisher } from '../publishers/publisher.ts';
import type { FeedPush } from '../websub/push.ts';
import {
  announce,
  type FeedRunClients,
  feedRunDeps,
  type PublishedObserver,
  pushPublished,
  refreshDirectory,
} from './feed-run-deps.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** What a rebuild is asked for: some feeds, one publisher's, or (neither) every known feed. */
export interface RebuildRequest {
  /** Feed paths (`all`, `demo`, `demo/du-lich`). */
  readonly feeds?: readonly string[];
  /** A publisher: its feed and each of its known section feeds. */
  readonly publisher?: string;
}

/** What the reconcile handler answers (and the CLI prints). */
export interface RebuildSummary {
  readonly checked: number;
  readonly rebuilt: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: readonly { readonly feed: string; readonly error: string }[];
  /** The feed directory after the rebuild: how many feeds it lists, whether it was rewritten. */
  readonly directory: DirectoryOutcome | null;
}

/** Hears what the reconcile handler did. */
export interface ReconcileObserver extends PublishedObserver {
  /** One feed done (progress). */
  feedDone?(result: RebuildResult): void;
}

/** What {@link createReconcileHandler} needs. */
export interface ReconcileHandlerDeps {
  /** Table, bucket, base URL, item limit, window and lease (`regenerateConfigFromEnv`). */
  readonly config: RegenerateConfig;
  readonly clients: FeedRunClients;
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: ReconcileObserver;
  /** The publishers, by id. */
  readonly publishers: ReadonlyMap<string, Publisher>;
  /**
   * Told of the files each rebuild wrote: the WebSub hub's publish jobs.
   * @default none (the feeds advertise no hub)
   */
  readonly push?: FeedPush;
}

/** The reconcile handler: a schedule event or a rebuild request in, a summary out. */
export type ReconcileHandler = (event: unknown, context?: Context) => Promise<RebuildSummary>;

/**
 * Reads what an invocation asks for.
 *
 * @param event - the EventBridge event or a rebuild request
 * @returns the request
 * @throws InvalidRebuildRequestError when `feeds` is given and is not a list of paths
 */
export function rebuildRequestOf(event: unknown): RebuildRequest {
  if (typeof event !== 'object' || event === null) return {};
  if ('publisher' in event) {
    const { publisher } = event as { publisher: unknown };
    if (typeof publisher !== 'string' || publisher === '') {
      throw new InvalidRebuildRequestError(`"publisher" must be a publisher id`);
    }
    return { publisher };
  }
  if (!('feeds' in event)) return {};
  const { feeds } = event as { feeds: unknown };
  if (!Array.isArray(feeds) || !feeds.every((feed) => typeof feed === 'string')) {
    throw new InvalidRebuildRequestError(`"feeds" must be a list of feed paths`);
  }
  return { feeds };
}

/**
 * The feeds a request names.
 *
 * @param request - the request
 * @param sources - sections, stored feed files and publishers (for every known feed)
 * @returns the feeds
 * @throws UnknownFeedError for a path or publisher that is not configured
 */
export async function feedsOfRequest(
  request: RebuildRequest,
  sources: Parameters<typeof knownFeeds>[0],
): Promise<FeedRef[]> {
  if (request.feeds !== undefined) return feedsOfPaths(request.feeds, sources.publishers);
  if (request.publisher === undefined) return knownFeeds(sources);
  const { publisher } = request;
  if (!sources.publishers.has(publisher)) throw new UnknownFeedError(publisher);
  return (await knownFeeds(sources)).filter(
    (ref) => ref.kind !== 'all' && ref.publisherId === publisher,
  );
}

function summaryOf(report: RebuildReport, directory: DirectoryOutcome | null): RebuildSummary {
  return {
    directory,
    checked: report.results.length,
    rebuilt: report.rebuilt,
    unchanged: report.unchanged,
    failed: report.results.flatMap((result) =>
      'error' in result
        ? [
            {
              feed: result.feedPath,
              error:
                result.error instanceof Error
                  ? `${result.error.name}: ${result.error.message}`
                  : String(result.error),
            },
          ]
        : [],
    ),
  };
}

/**
 * Builds the reconcile handler over its dependencies.
 *
 * @param deps - configuration, clients, logger, metrics and an outcome observer
 * @returns the handler
 * @example
 * export const handler = createReconcileHandler({
 *   config: regenerateConfigFromEnv(process.env, false),
 *   clients: { s3: createS3Client(), documentClient: createDocumentClient() },
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 *   publishers: samplePublishersById,
 * });
 */
export function createReconcileHandler(deps: ReconcileHandlerDeps): ReconcileHandler {
  const { config, clients, logger, metrics, observer, publishers } = deps;
  const run = feedRunDeps(config, clients, metrics, publishers);
  const sources = {
    sections: new DynamoSectionCatalog(config.tableName, clients.documentClient),
    objects: new S3FeedObjectStore(config.feedsBucket, clients.s3),
    publishers,
  };

  return async (event, context) => {
    if (context !== undefined) logger.addContext(context);
    try {
      const feeds = await feedsOfRequest(rebuildRequestOf(event), sources);
      const publications: FeedPublished[] = [];
      const report = await rebuildFeeds(feeds, run, (result) => {
        if ('outcome' in result) {
          const published = announce(result.outcome, observer);
          if (published !== null) publications.push(published);
        } else {
          logger.error('Feed rebuild failed', { feedPath: result.feedPath, error: result.error });
        }
        observer?.feedDone?.(result);
      });
      for (const published of publications) {
        await pushPublished(published, deps.push, logger, metrics);
      }
      const summary = summaryOf(
        report,
        await refreshDirectory(run.directory, observer, logger, metrics),
      );
      metrics.addMetric('FeedsChecked', MetricUnit.Count, summary.checked);
      // Feeds whose stored content differed from the table: zero when nothing was lost.
      metrics.addMetric('FeedsRebuilt', MetricUnit.Count, summary.rebuilt.length);
      metrics.addMetric('FailedMessages', MetricUnit.Count, summary.failed.length);
      logger.info('Feeds reconciled', {
        checked: summary.checked,
        rebuilt: summary.rebuilt,
        failed: summary.failed.length,
      });
      return summary;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
