import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { createDeadLetterQueue } from './dead-letter-queue.ts';
import { type FeedRenderingProps, feedRenderingFunction } from './feed-rendering-function.ts';
import type { WatchedFunction } from './pipeline-alarms.ts';
import type { ProjectFunction } from './project-function.ts';

/**
 * Timeout of the regenerate function: a batch renders a few feeds side by side (a query, a
 * batch read, three renders and up to three puts each). It must stay under the feed lease
 * (`DEFAULT_LEASE_MS`), so a run cut short by the timeout has given up before its lease ends.
 */
export const REGENERATE_TIMEOUT = Duration.seconds(60);

/** Messages per invocation: the feeds regenerated side by side, which bounds memory. */
export const REGENERATE_BATCH_SIZE = 5;

/** Invocations at a time: bounds regeneration's load on the table and the bucket. */
export const REGENERATE_MAX_CONCURRENCY = 5;

/** Receives before a regeneration message goes to the dead-letter queue. */
export const REGENERATE_MAX_RECEIVE_COUNT = 5;

/**
 * Visibility timeout of the regeneration queue: AWS's rule for Lambda event sources (six times
 * the function timeout), which is also longer than a lease, so a message handed out again after
 * a crashed run finds the lease expired.
 */
export const REGENERATION_VISIBILITY_TIMEOUT = Duration.seconds(6 * REGENERATE_TIMEOUT.toSeconds());

/** Properties of {@link FeedRegenerator}. */
export type FeedRegeneratorProps = FeedRenderingProps;

/**
 * Due feeds to feed files: the regeneration queue holds one delayed message per scheduled
 * regeneration (sent by the feeds function's marks and by the regenerations' follow-ups); the
 * regenerate function takes each feed's lease, renders it from the table and writes the files
 * whose bytes changed. Failed messages are retried, then kept in a dead-letter queue.
 */
export class FeedRegenerator extends Construct {
  /** The regeneration queue. */
  public readonly queue: Queue;
  /** Where regeneration messages land after {@link REGENERATE_MAX_RECEIVE_COUNT} receives. */
  public readonly deadLetterQueue: Queue;
  /** The regenerate function. */
  public readonly handler: ProjectFunction;
  /** What the alarms watch of it. */
  public readonly watched: WatchedFunction;

  constructor(scope: Construct, id: string, props: FeedRegeneratorProps) {
    super(scope, id);
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', {
      removalPolicy: props.stage.removalPolicy,
      holds:
        'This queue is itself the dead-letter queue of the regeneration queue; its messages are ' +
        'alarmed on, and the daily reconcile rebuilds their feeds anyway.',
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: REGENERATION_VISIBILITY_TIMEOUT,
      retentionPeriod: Duration.days(1),
      deadLetterQueue: {
        queue: this.deadLetterQueue,
        maxReceiveCount: REGENERATE_MAX_RECEIVE_COUNT,
      },
      removalPolicy: props.stage.removalPolicy,
    });

    ({ handler: this.handler, watched: this.watched } = feedRenderingFunction(this, props, {
      entry: 'functions/regenerate.ts',
      description: 'Regenerate: a due feed to its RSS, Atom and JSON Feed files',
      serviceName: 'regenerate',
      alarmName: 'Regenerate',
      timeout: REGENERATE_TIMEOUT,
    }));
    this.grantSend(this.handler);
    this.handler.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: REGENERATE_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: REGENERATE_MAX_CONCURRENCY,
      }),
    );
  }

  /**
   * Lets a function send regeneration messages and sets `REGENERATE_QUEUE_URL`.
   *
   * @param fn - the feeds (marks) or regenerate function
   */
  grantSend(fn: ProjectFunction): void {
    this.queue.grantSendMessages(fn);
    fn.addEnvironment('REGENERATE_QUEUE_URL', this.queue.queueUrl);
  }
}
