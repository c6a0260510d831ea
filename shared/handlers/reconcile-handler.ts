/**
 * The reconcile handler: rebuilds feeds outside the flow of changes. Invoked by the daily
 * EventBridge schedule (any event without `feeds`: every known feed), or by `syndicate feeds
 * rebuild --endpoint aws` with `{ "feeds": ["demo/du-lich"] }` or `{ "all": true }`. Each feed is
 * rendered from the table and every file whose bytes differ from the stored one is rewritten, so
 * a feed the table and the bucket agree on costs reads only. `functions/reconcile.ts` builds it
 * with the production dependencies; the CLI runs the same rebuild locally.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { DynamoSectionCatalog } from '../adapters/dynamo/section-catalog.ts';
import { S3FeedObjectStore } from '../adapters/s3/feed-objects.ts';
import type { RegenerateConfig } from '../feeds/config.ts';
import { InvalidRebuildRequestError } from '../feeds/errors.ts';
import {
  feedsOfPaths,
  knownFeeds,
  type RebuildReport,
  type RebuildResult,
  rebuildFeeds,
} from '../feeds/rebuild.ts';
import type { Publisher } from '../publishers/publisher.ts';
import {
  announce,
  type FeedRunClients,
  feedRunDeps,
  type PublishedObserver,
} from './feed-run-deps.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** What a rebuild is asked for: some feeds, or (no `feeds`) every known feed. */
export interface RebuildRequest {
  /** Feed paths (`all`, `demo`, `demo/du-lich`). */
  readonly feeds?: readonly string[];
}

/** What the reconcile handler answers (and the CLI prints). */
export interface RebuildSummary {
  readonly checked: number;
  readonly rebuilt: readonly string[];
  readonly unchanged: readonly string[];
  readonly failed: readonly { readonly feed: string; readonly error: string }[];
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
  if (typeof event !== 'object' || event === null || !('feeds' in event)) return {};
  const { feeds } = event as { feeds: unknown };
  if (!Array.isArray(feeds) || !feeds.every((feed) => typeof feed === 'string')) {
    throw new InvalidRebuildRequestError(`"feeds" must be a list of feed paths`);
  }
  return { feeds };
}

function summaryOf(report: RebuildReport): RebuildSummary {
  return {
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
      const request = rebuildRequestOf(event);
      const feeds =
        request.feeds === undefined
          ? await knownFeeds(sources)
          : feedsOfPaths(request.feeds, publishers);
      const report = await rebuildFeeds(feeds, run, (result) => {
        if ('outcome' in result) announce(result.outcome, observer);
        else {
          logger.error('Feed rebuild failed', { feedPath: result.feedPath, error: result.error });
        }
        observer?.feedDone?.(result);
      });
      const summary = summaryOf(report);
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
