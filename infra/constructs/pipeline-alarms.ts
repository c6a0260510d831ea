import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** Iterator age above which the feeds are considered stale (5 minutes). */
export const MAX_ITERATOR_AGE = Duration.minutes(5);

/** Age of the oldest waiting upload above which ingest is considered behind (15 minutes). */
export const MAX_INGEST_BACKLOG_AGE = Duration.minutes(15);

/** Properties of {@link PipelineAlarms}. */
export interface PipelineAlarmsProps {
  /** Queues where failed work ends: any message in them needs a human. */
  readonly deadLetterQueues: readonly { readonly name: string; readonly queue: IQueue }[];
  /** Functions whose invocation errors raise an alarm. */
  readonly functions: readonly { readonly name: string; readonly fn: IFunction }[];
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
    for (const { name, fn } of props.functions) {
      add(
        `${name}Errors`,
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        1,
        `The ${name} function failed invocations (errors outside partial batch failures).`,
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
