import { Duration } from 'aws-cdk-lib';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_REGENERATION_WINDOW_MS } from '../../shared/feeds/schedule.ts';
import { KEY_PREFIX } from '../../shared/store/table.ts';
import { acknowledgeFinding, guardRule } from '../nag.ts';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
import { FeedReconciler } from './feed-reconciler.ts';
import { FeedRegenerator } from './feed-regenerator.ts';
import type { WatchedFunction } from './pipeline-alarms.ts';
import { ProjectFunction } from './project-function.ts';

/** Timeout of the feeds function. */
export const FEEDS_TIMEOUT = Duration.seconds(60);

/** Properties of {@link FeedPublisher}. */
export interface FeedPublisherProps {
  /** The article table, whose stream drives regeneration. */
  readonly table: ArticleTable;
  /** The bucket the feed files are written to. */
  readonly feedsBucket: IBucket;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`), e.g. `https://d111.cloudfront.net`. */
  readonly feedsBaseUrl: string;
  /** The stage. */
  readonly stage: StageConfig;
  /** Powertools metrics namespace. */
  readonly metricsNamespace: string;
  /**
   * Least time between two regenerations of one feed.
   * @default - `DEFAULT_REGENERATION_WINDOW_MS`
   */
  readonly regenerationWindow?: Duration;
}

/**
 * Table changes to feed files, coalesced: the table's stream invokes the feeds function in
 * batches; it only marks the affected feeds on their state items, and the first mark of a feed
 * sends one delayed message to the {@link FeedRegenerator}, which regenerates each feed at most
 * once per window whatever the write rate. A stream batch that keeps failing is bisected to
 * isolate the bad record, retried a bounded number of times, and then described in the failure
 * queue instead of blocking the shard.
 */
export class FeedPublisher extends Construct {
  /** On-failure destination of the stream: records of batches that exhausted their retries. */
  public readonly failureQueue: Queue;
  /** The feeds function: marks feeds and schedules their regeneration. */
  public readonly handler: ProjectFunction;
  /** The regeneration queue and function. */
  public readonly regenerator: FeedRegenerator;
  /** The daily reconcile (and `syndicate feeds rebuild --endpoint aws`). */
  public readonly reconciler: FeedReconciler;
  /** What the alarms watch of it. */
  public readonly watched: WatchedFunction;

  constructor(scope: Construct, id: string, props: FeedPublisherProps) {
    super(scope, id);
    this.failureQueue = new Queue(this, 'StreamFailureQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.stage.removalPolicy,
    });

    const window = props.regenerationWindow ?? Duration.millis(DEFAULT_REGENERATION_WINDOW_MS);
    this.regenerator = new FeedRegenerator(this, 'Regenerator', {
      table: props.table,
      feedsBucket: props.feedsBucket,
      feedsBaseUrl: props.feedsBaseUrl,
      window,
      stage: props.stage,
      metricsNamespace: props.metricsNamespace,
    });

    this.reconciler = new FeedReconciler(this, 'Reconciler', {
      table: props.table,
      feedsBucket: props.feedsBucket,
      feedsBaseUrl: props.feedsBaseUrl,
      window,
      stage: props.stage,
      metricsNamespace: props.metricsNamespace,
    });

    this.handler = new ProjectFunction(this, 'Function', {
      entry: 'functions/feeds.ts',
      description: 'Feeds: table stream to feed marks and scheduled regenerations',
      serviceName: 'feeds',
      metricsNamespace: props.metricsNamespace,
      // A batch makes one conditional update per affected feed and at most one message each:
      // light work; 60 s covers a batch touching every publisher's and section's feeds with
      // throttled table responses.
      memorySize: 512,
      timeout: FEEDS_TIMEOUT,
      logRetention: props.stage.logRetention,
      logRemovalPolicy: props.stage.removalPolicy,
      environment: { REGENERATION_WINDOW_MS: String(window.toMilliseconds()) },
    });
    this.watched = {
      name: 'Feeds',
      fn: this.handler,
      timeout: FEEDS_TIMEOUT,
      serviceName: 'feeds',
    };
    this.handler.grantTableAccess(props.table, 'marks');
    this.regenerator.grantSend(this.handler);
    this.handler.addEventSource(
      new DynamoEventSource(props.table.table, {
        // TRIM_HORIZON: the first deployment misses no change made before the mapping existed.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        // Fewer, larger batches: one mark per feed per batch.
        maxBatchingWindow: Duration.seconds(5),
        bisectBatchOnError: true,
        retryAttempts: 5,
        maxRecordAge: Duration.days(1),
        reportBatchItemFailures: true,
        // One batch per shard at a time keeps the shard's changes in order.
        parallelizationFactor: 1,
        onFailure: new SqsDlq(this.failureQueue),
        // Only article changes reach the function: the ingest's key-state and rejection writes
        // and the feeds function's own generation items never invoke it.
        filters: [
          FilterCriteria.filter({
            dynamodb: { Keys: { pk: { S: FilterRule.beginsWith(KEY_PREFIX.article) } } },
          }),
        ],
      }),
    );
    acknowledgeFinding(
      this.handler.serviceRole,
      'AwsSolutions-IAM5[Resource::*]',
      'dynamodb:ListStreams, added by the DynamoDB event source, has no resource-level ' +
        'permissions; every other action of this role names its table, index, stream or object ARN.',
    );
    acknowledgeFinding(
      this.failureQueue,
      guardRule('sqs_dlq_check'),
      'This queue is itself the dead-letter store of the stream mapping (its on-failure ' +
        'destination); its messages are alarmed on and kept 14 days.',
    );
    acknowledgeFinding(
      this.failureQueue,
      'AwsSolutions-SQS3',
      'This queue is itself the dead-letter store: the on-failure destination of the stream ' +
        'mapping. Its messages are alarmed on and kept 14 days.',
    );
  }
}
