import { Duration } from 'aws-cdk-lib';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_FEED_ITEM_LIMIT } from '../../shared/feeds/config.ts';
import { FEEDS_KEY_PREFIX } from '../../shared/feeds/feed-ref.ts';
import { KEY_PREFIX } from '../../shared/store/table.ts';
import { acknowledgeFinding, guardRule } from '../nag.ts';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
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
}

/**
 * Table changes to feed files: the table's stream invokes the feeds function in batches; it
 * re-renders the affected feeds and writes the changed ones to the feeds bucket. A batch that
 * keeps failing is bisected to isolate the bad record, retried a bounded number of times, and
 * then described in the failure queue instead of blocking the shard.
 */
export class FeedPublisher extends Construct {
  /** On-failure destination of the stream: records of batches that exhausted their retries. */
  public readonly failureQueue: Queue;
  /** The feeds function. */
  public readonly handler: ProjectFunction;
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

    this.handler = new ProjectFunction(this, 'Function', {
      entry: 'functions/feeds.ts',
      description: 'Feeds: table stream to RSS 2.0 and JSON Feed files',
      serviceName: 'feeds',
      metricsNamespace: props.metricsNamespace,
      // A batch re-renders at most a handful of feeds of 50 items each (a query, two renders and
      // a conditional put per feed): light work, so 512 MiB; 60 s covers a burst touching every
      // publisher's and section's feeds with slow S3 responses.
      memorySize: 512,
      timeout: FEEDS_TIMEOUT,
      logRetention: props.stage.logRetention,
      logRemovalPolicy: props.stage.removalPolicy,
      environment: {
        FEEDS_BASE_URL: props.feedsBaseUrl,
        FEED_ITEM_LIMIT: String(DEFAULT_FEED_ITEM_LIMIT),
      },
    });
    this.watched = {
      name: 'Feeds',
      fn: this.handler,
      timeout: FEEDS_TIMEOUT,
      serviceName: 'feeds',
    };
    this.handler.grantTableAccess(props.table, 'feeds');
    this.handler.grantWriteObjects(props.feedsBucket, 'FEEDS_BUCKET', FEEDS_KEY_PREFIX);
    this.handler.addEventSource(
      new DynamoEventSource(props.table.table, {
        // TRIM_HORIZON: the first deployment misses no change made before the mapping existed.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        // Coalesces a burst of uploads into one regeneration of each affected feed.
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
