import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DIRECTORY_FAILURES_METRIC } from '../../shared/feeds/directory.ts';

/** Iterator age above which the feeds are considered stale (5 minutes). */
export const MAX_ITERATOR_AGE = Duration.minutes(5);

/** Age of the oldest waiting upload above which ingest is considered behind (15 minutes). */
export const MAX_INGEST_BACKLOG_AGE = Duration.minutes(15);

/**
 * Age of a feed's oldest change not yet published above which the feeds are considered stuck
 * (15 minutes): far beyond the regeneration window, which a healthy feed never lags by.
 */
export const MAX_FEED_AGE = Duration.minutes(15);

/** Name of the metric of how long a feed's oldest unpublished change has waited (seconds). */
export const FEED_AGE_METRIC = 'FeedAge';

/** Share of a function's timeout above which its longest invocation raises an alarm. */
export const DURATION_ALARM_SHARE = 0.8;

/**
 * Name of the metric the handlers publish for every message or record they report failed
 * (`batchItemFailures`): those do not make the invocation fail, so `Errors` does not see them.
 */
export const FAILED_MESSAGES_METRIC = 'FailedMessages';

/** A function the alarms watch. */
export interface WatchedFunction {
  readonly name: string;
  readonly fn: IFunction;
  /** Its timeout, for the duration alarm. */
  readonly timeout: Duration;
  /** Its Powertools service name: the `service` dimension of the metrics it publishes. */
  readonly serviceName: string;
}

/** Properties of {@link PipelineAlarms}. */
export interface PipelineAlarmsProps {
  /** Queues where failed work ends: any message in them needs a human. */
  readonly deadLetterQueues: readonly { readonly name: string; readonly queue: IQueue }[];
  /** Functions whose errors, throttles, failed messages and long durations raise an alarm. */
  readonly functions: readonly WatchedFunction[];
  /** The Powertools metrics namespace the handlers publish to. */
  readonly metricsNamespace: string;
  /** The table and its indexes, whose throttled requests raise an alarm. */
  readonly table: { readonly tableName: string; readonly indexNames: readonly string[] };
  /** The stream-driven function whose iterator age is watched. */
  readonly streamConsumer: IFunction;
  /** The work queue whose oldest message's age is watched (uploads waiting to be ingested). */
  readonly workQueue: IQueue;
  /**
   * Address that receives alarm notifications (it must confirm the subscription).
   * @default - the topic has no subscriber; subscribe to it yourself
   */
  readonly email?: string;
}

/**
 * The alarms an operator needs, all notifying one SNS topic: a message in any dead-letter
 * queue (work that failed for good), function errors, the age of the table stream's oldest
 * unprocessed record (feeds falling behind) and of the oldest waiting upload (ingest falling
 * behind).
 */
export class PipelineAlarms extends Construct {
  /** The topic every alarm notifies. */
  public readonly topic: Topic;
  /** The alarms, by name. */
  public readonly alarms: ReadonlyMap<string, Alarm>;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Syndication alarms', enforceSSL: true });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    const action = new SnsAction(this.topic);
    const alarms = new Map<string, Alarm>();
    const add = (name: string, metric: IMetric, threshold: number, description: string) => {
      const alarm = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
      alarms.set(name, alarm);
    };

    for (const { name, queue } of props.deadLetterQueues) {
      add(
        `${name}Messages`,
        queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: 'Maximum',
        }),
        1,
        `${name} holds messages that failed for good: inspect them, fix the cause, redrive.`,
      );
    }
    for (const { name, fn, timeout, serviceName } of props.functions) {
      add(
        `${name}Errors`,
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        1,
        `The ${name} function failed invocations (errors outside partial batch failures).`,
      );
      add(
        `${name}Throttles`,
        fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        1,
        `The ${name} function was throttled: concurrency (its own cap or the account's) ran out.`,
      );
      add(
        `${name}FailedMessages`,
        new Metric({
          namespace: props.metricsNamespace,
          metricName: FAILED_MESSAGES_METRIC,
          dimensionsMap: { service: serviceName },
          period: Duration.minutes(5),
          statistic: 'Sum',
        }),
        1,
        `The ${name} function reported messages or records failed (they are retried, then ` +
          'dead-lettered): see its log for why.',
      );
      add(
        `${name}DurationNearTimeout`,
        fn.metricDuration({ period: Duration.minutes(5), statistic: 'Maximum' }),
        Math.round(timeout.toMilliseconds() * DURATION_ALARM_SHARE),
        `An invocation of the ${name} function ran over ${DURATION_ALARM_SHARE * 100}% of its ` +
          `${timeout.toSeconds()} s timeout: the next slow one fails its whole batch.`,
      );
    }
    const { tableName, indexNames } = props.table;
    for (const [label, index] of [
      ['Table', undefined],
      ...indexNames.map((indexName) => [indexName, indexName] as const),
    ] as const) {
      const throttled = (metricName: string) =>
        new Metric({
          namespace: 'AWS/DynamoDB',
          metricName,
          dimensionsMap: {
            TableName: tableName,
            ...(index === undefined ? {} : { GlobalSecondaryIndexName: index }),
          },
          period: Duration.minutes(5),
          statistic: 'Sum',
        });
      add(
        `${label.replace(/[^A-Za-z0-9]/g, '')}Throttles`,
        new MathExpression({
          expression: 'FILL(reads, 0) + FILL(writes, 0)',
          usingMetrics: {
            reads: throttled('ReadThrottleEvents'),
            writes: throttled('WriteThrottleEvents'),
          },
          period: Duration.minutes(5),
          label: `${label} throttled requests`,
        }),
        1,
        index === undefined
          ? 'The table throttled reads or writes (on-demand: a partition over its limit, or the ' +
              "table's maximum throughput)."
          : `The ${index} index throttled writes, which throttles the base-table writes behind it.`,
      );
    }
    add(
      'StreamIteratorAge',
      props.streamConsumer.metric('IteratorAge', {
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      MAX_ITERATOR_AGE.toMilliseconds(),
      `Feeds are more than ${MAX_ITERATOR_AGE.toMinutes()} minutes behind the table's changes.`,
    );
    // Reported by the marks (how long the feed's oldest waiting change has waited, at each new
    // change: it grows while regeneration is stuck) and by the regenerations (how long the changes
    // they published waited).
    const feedAge = (service: string) =>
      new Metric({
        namespace: props.metricsNamespace,
        metricName: FEED_AGE_METRIC,
        dimensionsMap: { service },
        period: Duration.minutes(5),
        statistic: 'Maximum',
      });
    add(
      'FeedAge',
      new MathExpression({
        expression: 'MAX([FILL(marks, 0), FILL(runs, 0)])',
        usingMetrics: { marks: feedAge('feeds'), runs: feedAge('regenerate') },
        period: Duration.minutes(5),
        label: 'Oldest unpublished change of a feed (s)',
      }),
      MAX_FEED_AGE.toSeconds(),
      `A feed change has waited more than ${MAX_FEED_AGE.toMinutes()} minutes to be published: ` +
        'see the regeneration queue, its dead letters and the regenerate log.',
    );
    const directoryFailures = (service: string) =>
      new Metric({
        namespace: props.metricsNamespace,
        metricName: DIRECTORY_FAILURES_METRIC,
        dimensionsMap: { service },
        period: Duration.minutes(5),
        statistic: 'Sum',
      });
    add(
      'FeedDirectoryFailures',
      new MathExpression({
        expression: 'SUM([FILL(runs, 0), FILL(reconciles, 0)])',
        usingMetrics: {
          runs: directoryFailures('regenerate'),
          reconciles: directoryFailures('reconcile'),
        },
        period: Duration.minutes(5),
        label: 'Feed directory writes failed',
      }),
      1,
      'The feed directory (feeds/index.opml) could not be written, so a new feed may be missing ' +
        'from it until the daily reconcile: see the regenerate and reconcile logs.',
    );
    add(
      'IngestBacklog',
      props.workQueue.metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      MAX_INGEST_BACKLOG_AGE.toSeconds(),
      `Uploads have waited more than ${MAX_INGEST_BACKLOG_AGE.toMinutes()} minutes to be ingested.`,
    );
    this.alarms = alarms;
  }
}
