import { Duration } from 'aws-cdk-lib';
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IAlarm,
  type IMetric,
  Metric,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { WatchedFunction } from './pipeline-alarms.ts';

/** Properties of {@link PipelineDashboard}. */
export interface PipelineDashboardProps {
  /** Dashboard name, e.g. `Syndication-prod`. */
  readonly dashboardName: string;
  /** The Powertools metrics namespace of the handlers. */
  readonly metricsNamespace: string;
  readonly ingest: WatchedFunction;
  readonly feeds: WatchedFunction;
  readonly regenerate: WatchedFunction;
  /** The daily reconcile (and `syndicate feeds rebuild --endpoint aws`). */
  readonly reconcile: WatchedFunction;
  /** Uploads waiting to be ingested. */
  readonly workQueue: IQueue;
  readonly deadLetterQueues: readonly { readonly name: string; readonly queue: IQueue }[];
  readonly table: { readonly tableName: string; readonly indexNames: readonly string[] };
  /** Every alarm, shown as one status row. */
  readonly alarms: readonly IAlarm[];
}

const PERIOD = Duration.minutes(1);

/** Period of the reconcile row, which shows a week of a once-a-day function. */
const RECONCILE_PERIOD = Duration.hours(1);

/**
 * One CloudWatch dashboard with the pipeline's health at a glance: the alarms; uploads in and
 * their outcomes; the functions' invocations, errors, throttles and durations against their
 * timeouts; feeds written and how far the stream is behind; the daily reconcile (its duration,
 * errors, feeds checked and rebuilt, and the feeds' age); queue backlogs and dead letters; the
 * table's and each index's consumed capacity and throttling.
 */
export class PipelineDashboard extends Construct {
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PipelineDashboardProps) {
    super(scope, id);
    const custom = (service: string, metricName: string, statistic = 'Sum', period = PERIOD) =>
      new Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service },
        period,
        statistic,
      });
    const graph = (title: string, left: IMetric[], right: IMetric[] = [], start?: string) =>
      new GraphWidget({ title, left, right, width: 8, height: 6, ...(start ? { start } : {}) });
    const functionRow = (
      watched: WatchedFunction,
      outcomes: IMetric[],
      range: { readonly period: Duration; readonly start?: string } = { period: PERIOD },
    ) => {
      const { period, start } = range;
      return [
        graph(
          `${watched.name}: invocations, errors, throttles, failed messages`,
          [
            watched.fn.metricInvocations({ period }),
            watched.fn.metricErrors({ period }),
            watched.fn.metricThrottles({ period }),
            custom(watched.serviceName, 'FailedMessages', 'Sum', period),
          ],
          [],
          start,
        ),
        new GraphWidget({
          title: `${watched.name}: duration (timeout ${watched.timeout.toSeconds()} s)`,
          left: [
            watched.fn.metricDuration({ period, statistic: 'p50' }),
            watched.fn.metricDuration({ period, statistic: 'Maximum' }),
          ],
          leftAnnotations: [{ value: watched.timeout.toMilliseconds(), label: 'timeout' }],
          width: 8,
          height: 6,
          ...(start ? { start } : {}),
        }),
        graph(`${watched.name}: outcomes`, outcomes, [], start),
      ];
    };
    const dynamo = (metricName: string, index?: string, statistic = 'Sum') =>
      new Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: {
          TableName: props.table.tableName,
          ...(index === undefined ? {} : { GlobalSecondaryIndexName: index }),
        },
        period: PERIOD,
        statistic,
      });
    const parts = [undefined, ...props.table.indexNames];

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          '# Syndication pipeline\nInbox → ingest → table → stream → feeds (marks) → ' +
          'regeneration queue → regenerate → CloudFront. ' +
          'Alarms notify the alarm topic; see docs/deploy.md "Operating it".',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 3 }),
    );
    this.dashboard.addWidgets(
      ...functionRow(props.ingest, [
        custom('ingest', 'PagesIngested'),
        custom('ingest', 'PagesUnchanged'),
        custom('ingest', 'PagesRejected'),
        custom('ingest', 'PagesWithdrawn'),
      ]),
    );
    this.dashboard.addWidgets(
      ...functionRow(props.feeds, [
        custom('feeds', 'FeedsMarked'),
        custom('feeds', 'RegenerationsScheduled'),
        custom('feeds', 'FeedAge', 'Maximum'),
        props.feeds.fn.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum' }),
      ]),
    );
    this.dashboard.addWidgets(
      ...functionRow(props.regenerate, [
        custom('regenerate', 'FeedRegenerations'),
        custom('regenerate', 'FeedsWritten'),
        custom('regenerate', 'FeedsUnchanged'),
        custom('regenerate', 'RegenerationsDeferred'),
        custom('regenerate', 'FeedAge', 'Maximum'),
      ]),
    );
    // The reconcile runs once a day: its row sums by the hour over the last week, so a failed,
    // long or busy run stays visible (rebuilt > 0: a feed differed from the table), next to the
    // feeds' age that it is the backstop of.
    this.dashboard.addWidgets(
      ...functionRow(
        props.reconcile,
        [
          custom('reconcile', 'FeedsChecked', 'Sum', RECONCILE_PERIOD),
          custom('reconcile', 'FeedsRebuilt', 'Sum', RECONCILE_PERIOD),
          custom('feeds', 'FeedAge', 'Maximum', RECONCILE_PERIOD),
          custom('regenerate', 'FeedAge', 'Maximum', RECONCILE_PERIOD),
        ],
        { period: RECONCILE_PERIOD, start: '-P7D' },
      ),
    );
    this.dashboard.addWidgets(
      graph('Uploads waiting (age of the oldest, s)', [
        props.workQueue.metricApproximateAgeOfOldestMessage({ period: PERIOD }),
      ]),
      graph(
        'Dead letters',
        props.deadLetterQueues.map(({ queue }) =>
          queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
        ),
      ),
      graph('Table and indexes: throttled requests', [
        ...parts.map((index) => dynamo('ReadThrottleEvents', index)),
        ...parts.map((index) => dynamo('WriteThrottleEvents', index)),
      ]),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Consumed capacity per minute: table and each index',
        left: parts.map((index) => dynamo('ConsumedWriteCapacityUnits', index)),
        right: parts.map((index) => dynamo('ConsumedReadCapacityUnits', index)),
        width: 24,
        height: 6,
      }),
    );
  }
}
