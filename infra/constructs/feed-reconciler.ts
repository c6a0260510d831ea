import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INDEX } from '../../shared/store/table.ts';
import { createDeadLetterQueue } from './dead-letter-queue.ts';
import { type FeedRenderingProps, feedRenderingFunction } from './feed-rendering-function.ts';
import type { WatchedFunction } from './pipeline-alarms.ts';
import type { ProjectFunction } from './project-function.ts';

/**
 * Timeout of the reconcile function: it renders every known feed, a few at a time, each at most
 * once per window; a few thousand feeds fit in it.
 */
export const RECONCILE_TIMEOUT = Duration.minutes(15);

/** How often the reconcile runs. */
export const RECONCILE_SCHEDULE = Schedule.rate(Duration.days(1));

/**
 * Retries of a scheduled reconcile that failed: by EventBridge when the invocation could not be
 * delivered, by Lambda when the function failed. Each retry checks every feed again (idempotent).
 */
export const RECONCILE_RETRY_ATTEMPTS = 2;

/** Properties of {@link FeedReconciler}. */
export type FeedReconcilerProps = FeedRenderingProps;

/**
 * The daily reconcile: an EventBridge rule invokes the reconcile function, which rebuilds every
 * feed whose stored files differ from what the table says (a renderer fix, a new base URL, a lost
 * file, a regeneration that ran out of retries). `syndicate feeds rebuild --endpoint aws` invokes
 * the same function with the feeds to rebuild. A scheduled run that fails for good — EventBridge
 * could not invoke the function, or the function failed every retry — leaves a message in the
 * dead-letter queue, which the alarms watch.
 */
export class FeedReconciler extends Construct {
  /** The reconcile function. */
  public readonly handler: ProjectFunction;
  /** The daily schedule. */
  public readonly rule: Rule;
  /** What the alarms watch of it. */
  public readonly watched: WatchedFunction;
  /**
   * Scheduled runs that failed for good: the rule's undeliverable events and the function's
   * failed asynchronous invocations (with the error).
   */
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: FeedReconcilerProps) {
    super(scope, id);
    ({ handler: this.handler, watched: this.watched } = feedRenderingFunction(this, props, {
      entry: 'functions/reconcile.ts',
      description: 'Reconcile: rebuilds every feed whose files differ from the table',
      serviceName: 'reconcile',
      alarmName: 'Reconcile',
      timeout: RECONCILE_TIMEOUT,
    }));
    // The list of section feeds: a scan of the keys-only section index, its partition key only.
    iam.Grant.addToPrincipal({
      grantee: this.handler,
      actions: ['dynamodb:Scan'],
      resourceArns: [`${props.table.table.tableArn}/index/${INDEX.section}`],
    });
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', {
      removalPolicy: props.stage.removalPolicy,
      holds:
        'This queue is itself the dead-letter queue of the daily reconcile (its rule and its ' +
        "function); its messages are alarmed on, and the next day's run checks every feed again.",
      sentToByNonQueues: true,
    });
    // EventBridge invokes the function asynchronously: its own dead letters are the events it
    // could not deliver; the function's failures are Lambda's, sent on by the on-failure
    // destination after Lambda's retries.
    this.handler.configureAsyncInvoke({
      retryAttempts: RECONCILE_RETRY_ATTEMPTS,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    this.rule = new Rule(this, 'Daily', {
      description: 'Rebuilds every feed whose files differ from the table',
      schedule: RECONCILE_SCHEDULE,
      targets: [
        new LambdaFunction(this.handler, {
          retryAttempts: RECONCILE_RETRY_ATTEMPTS,
          deadLetterQueue: this.deadLetterQueue,
        }),
      ],
    });
  }
}
