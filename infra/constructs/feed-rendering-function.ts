import type { Duration } from 'aws-cdk-lib';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { DEFAULT_FEED_ITEM_LIMIT } from '../../shared/feeds/config.ts';
import { FEEDS_KEY_PREFIX } from '../../shared/feeds/feed-ref.ts';
import { DEFAULT_LEASE_MS } from '../../shared/feeds/schedule.ts';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
import type { WatchedFunction } from './pipeline-alarms.ts';
import { ProjectFunction } from './project-function.ts';

/** What a construct with a function that renders feeds (regenerate, reconcile) is given. */
export interface FeedRenderingProps {
  /** The article table: feed indexes, articles, feed state items. */
  readonly table: ArticleTable;
  /** The bucket the feed files are written to. */
  readonly feedsBucket: IBucket;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`). */
  readonly feedsBaseUrl: string;
  /** Least time between two regenerations of one feed (`REGENERATION_WINDOW_MS`). */
  readonly window: Duration;
  /** The stage. */
  readonly stage: StageConfig;
  /** Powertools metrics namespace. */
  readonly metricsNamespace: string;
}

/** The function's own part: what it runs and how long it may take. */
export interface FeedRenderingFunctionProps {
  readonly entry: string;
  readonly description: string;
  /** Powertools service name; also the function's name for the alarms. */
  readonly serviceName: string;
  /** The alarms' name of the function. */
  readonly alarmName: string;
  readonly timeout: Duration;
}

/** A function that renders feeds, and what the alarms watch of it. */
export interface FeedRenderingFunction {
  readonly handler: ProjectFunction;
  readonly watched: WatchedFunction;
}

/**
 * A function that renders feeds from the table and writes their files: the settings
 * `regenerateConfigFromEnv` reads (base URL, item limit, window, lease), the feeds' table access
 * (`TABLE_NAME`) and writing under the feeds prefix (`FEEDS_BUCKET`). Rendering a few feeds of
 * 50 items at a time is light work: 512 MB.
 *
 * @param scope - the construct it belongs to (its id is `Function`)
 * @param props - table, bucket, base URL, window, stage and metrics namespace
 * @param fn - entry, description, service and alarm names, timeout
 * @returns the function and what the alarms watch of it
 */
export function feedRenderingFunction(
  scope: Construct,
  props: FeedRenderingProps,
  fn: FeedRenderingFunctionProps,
): FeedRenderingFunction {
  const handler = new ProjectFunction(scope, 'Function', {
    entry: fn.entry,
    description: fn.description,
    serviceName: fn.serviceName,
    metricsNamespace: props.metricsNamespace,
    memorySize: 512,
    timeout: fn.timeout,
    logRetention: props.stage.logRetention,
    logRemovalPolicy: props.stage.removalPolicy,
    environment: {
      FEEDS_BASE_URL: props.feedsBaseUrl,
      FEED_ITEM_LIMIT: String(DEFAULT_FEED_ITEM_LIMIT),
      REGENERATION_WINDOW_MS: String(props.window.toMilliseconds()),
      FEED_LEASE_MS: String(DEFAULT_LEASE_MS),
    },
  });
  handler.grantTableAccess(props.table, 'feeds');
  handler.grantWriteObjects(props.feedsBucket, 'FEEDS_BUCKET', FEEDS_KEY_PREFIX);
  return {
    handler,
    watched: {
      name: fn.alarmName,
      fn: handler,
      timeout: fn.timeout,
      serviceName: fn.serviceName,
    },
  };
}
