import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import {
  DURATION_ALARM_SHARE,
  FAILED_MESSAGES_METRIC,
  FEED_AGE_METRIC,
  MAX_FEED_AGE,
} from '../../../infra/constructs/pipeline-alarms.ts';
import { DIRECTORY_FAILURES_METRIC } from '../../../shared/feeds/directory.ts';
import { SAMPLE_PUBLISHERS } from '../../../shared/publishers/samples.ts';
import { logicalId, refOf, type Stages } from './stages.ts';

/** Alarms and stack outputs. */
export function describeOperations(stages: Stages, alarmEmail: string): void {
  describe('alarms', () => {
    const alarmAction = () => ({ Ref: logicalId(stages.prod, stages.prod.stack.alarms.topic) });

    it('raise on the first message in any dead-letter queue', () => {
      const stage = stages.prod;
      for (const queue of [
        stage.stack.ingest.deadLetterQueue,
        stage.stack.feeds.failureQueue,
        stage.stack.feeds.regenerator.deadLetterQueue,
        stage.stack.feeds.reconciler.deadLetterQueue,
      ]) {
        stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [
            { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(stage, queue), 'QueueName'] } },
          ],
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          AlarmActions: [alarmAction()],
        });
      }
    });

    it('raise on errors of every function', () => {
      const stage = stages.prod;
      for (const fn of [
        stage.stack.ingest.handler,
        stage.stack.feeds.handler,
        stage.stack.feeds.regenerator.handler,
      ]) {
        stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: refOf(stage, fn) }],
          Statistic: 'Sum',
          Threshold: 1,
          AlarmActions: [alarmAction()],
        });
      }
    });

    it('raise when the table stream iterator is more than 5 minutes old', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'IteratorAge',
        Dimensions: [{ Name: 'FunctionName', Value: refOf(stage, stage.stack.feeds.handler) }],
        Statistic: 'Maximum',
        Threshold: 300_000,
        AlarmActions: [alarmAction()],
      });
    });

    it('raise when an upload has waited more than 15 minutes to be ingested', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateAgeOfOldestMessage',
        Dimensions: [
          {
            Name: 'QueueName',
            Value: { 'Fn::GetAtt': [logicalId(stage, stage.stack.ingest.queue), 'QueueName'] },
          },
        ],
        Statistic: 'Maximum',
        Threshold: 900,
        AlarmActions: [alarmAction()],
      });
    });

    it('raise on throttling, reported failed messages and durations near the timeout of every function', () => {
      const stage = stages.prod;
      for (const watched of [
        stage.stack.ingest.watched,
        stage.stack.feeds.watched,
        stage.stack.feeds.regenerator.watched,
        stage.stack.feeds.reconciler.watched,
      ]) {
        const dimensions = [{ Name: 'FunctionName', Value: refOf(stage, watched.fn) }];
        stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Throttles',
          Dimensions: dimensions,
          Threshold: 1,
          AlarmActions: [alarmAction()],
        });
        stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: 'Duration',
          Dimensions: dimensions,
          Statistic: 'Maximum',
          Threshold: watched.timeout.toMilliseconds() * DURATION_ALARM_SHARE,
        });
        stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'Syndication/prod',
          MetricName: FAILED_MESSAGES_METRIC,
          Dimensions: [{ Name: 'service', Value: watched.serviceName }],
          Statistic: 'Sum',
          Threshold: 1,
        });
      }
    });

    it('raise when a feed change has waited more than 15 minutes to be published', () => {
      const stage = stages.prod;
      const feedAge = (service: string) => ({
        MetricStat: {
          Metric: {
            Namespace: 'Syndication/prod',
            MetricName: FEED_AGE_METRIC,
            Dimensions: [{ Name: 'service', Value: service }],
          },
          Period: 300,
          Stat: 'Maximum',
        },
      });
      stage.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Threshold: MAX_FEED_AGE.toSeconds(),
        AlarmActions: [alarmAction()],
        Metrics: Match.arrayWith([
          Match.objectLike({ Expression: 'MAX([FILL(marks, 0), FILL(runs, 0)])' }),
          Match.objectLike(feedAge('feeds')),
          Match.objectLike(feedAge('regenerate')),
        ]),
      });
      expect(MAX_FEED_AGE.toMinutes()).toBe(15);
    });

    it('raise when the feed directory could not be written by a regeneration or a reconcile', () => {
      const failures = (service: string) => ({
        MetricStat: {
          Metric: {
            Namespace: 'Syndication/prod',
            MetricName: DIRECTORY_FAILURES_METRIC,
            Dimensions: [{ Name: 'service', Value: service }],
          },
          Period: 300,
          Stat: 'Sum',
        },
      });
      stages.prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Threshold: 1,
        AlarmActions: [alarmAction()],
        Metrics: Match.arrayWith([
          Match.objectLike({ Expression: 'SUM([FILL(runs, 0), FILL(reconciles, 0)])' }),
          Match.objectLike(failures('regenerate')),
          Match.objectLike(failures('reconcile')),
        ]),
      });
    });

    it('raise on throttled requests of the table and of each index', () => {
      const stage = stages.prod;
      const alarms = Object.values(stage.template.findResources('AWS::CloudWatch::Alarm'));
      const throttleAlarms = alarms.filter((alarm) =>
        JSON.stringify(alarm.Properties.Metrics ?? []).includes('WriteThrottleEvents'),
      );
      const indexes = throttleAlarms.map((alarm) => {
        const text = JSON.stringify(alarm.Properties.Metrics);
        return (
          stage.stack.articles.indexNames.find((name) => text.includes(`"${name}"`)) ?? 'table'
        );
      });
      expect(indexes.sort()).toEqual(['table', ...stage.stack.articles.indexNames].sort());
      // Per function (ingest, feeds, regenerate, reconcile, hub worker): errors, throttles,
      // duration, failed messages; five dead-letter queues (the hub's and the reconcile's too); the
      // stream's iterator age, the uploads' wait, the feeds' age and the feed directory's
      // failures; the table and each index throttled.
      stage.template.resourceCountIs(
        'AWS::CloudWatch::Alarm',
        5 * 4 + 5 + 4 + 1 + stage.stack.articles.indexNames.length,
      );
    });

    it('are shown, with the functions, queues, table and indexes, on one dashboard', () => {
      const stage = stages.prod;
      stage.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
      const body = JSON.stringify(
        Object.values(stage.template.findResources('AWS::CloudWatch::Dashboard'))[0]?.Properties
          .DashboardBody,
      );
      for (const name of [
        'ConsumedWriteCapacityUnits',
        'IteratorAge',
        'FailedMessages',
        'alarms',
      ]) {
        expect(body).toContain(name);
      }
      for (const index of stage.stack.articles.indexNames) expect(body).toContain(index);
    });

    it("show the daily reconcile's duration, errors, feeds checked and rebuilt, and feed age", () => {
      const stage = stages.prod;
      const dashboard = Object.values(
        stage.template.findResources('AWS::CloudWatch::Dashboard'),
      )[0];
      const body = JSON.stringify(dashboard?.Properties.DashboardBody);
      const reconcile = refOf(stage, stage.stack.feeds.reconciler.handler);
      // The body is a Fn::Join of text and references: the function's name sits between them.
      expect(body).toContain(JSON.stringify(reconcile));
      for (const text of [
        'Reconcile: invocations, errors, throttles, failed messages',
        'Reconcile: duration (timeout 900 s)',
        'Reconcile: outcomes',
        '\\"FeedsChecked\\"',
        '\\"FeedsRebuilt\\"',
        '\\"FeedAge\\"',
      ]) {
        expect(body).toContain(text);
      }
    });

    it('notify an SNS topic that refuses non-TLS publishers', () => {
      stages.prod.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it('email the address given with -c alarmEmail, and nobody without it', () => {
      stages.dev.template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: alarmEmail,
      });
      stages.prod.template.resourceCountIs('AWS::SNS::Subscription', 0);
    });
  });

  describe('outputs', () => {
    const feedUrl = (path: string) => ({
      'Fn::Join': [
        '',
        [
          'https://',
          {
            'Fn::GetAtt': [
              logicalId(stages.prod, stages.prod.stack.cdn.distribution),
              'DomainName',
            ],
          },
          `/feeds/${path}`,
        ],
      ],
    });

    it('give the distribution domain and the aggregate feed URLs', () => {
      const outputs = stages.prod.template.toJSON().Outputs;
      expect(outputs.DistributionDomainName.Value).toEqual({
        'Fn::GetAtt': [logicalId(stages.prod, stages.prod.stack.cdn.distribution), 'DomainName'],
      });
      expect(outputs.AllFeedRssUrl.Value).toEqual(feedUrl('all.xml'));
      expect(outputs.AllFeedAtomUrl.Value).toEqual(feedUrl('all.atom'));
      expect(outputs.AllFeedJsonUrl.Value).toEqual(feedUrl('all.json'));
    });

    it('give one upload policy and no output per publisher (publishers live in the registry)', () => {
      const stage = stages.prod;
      const outputs = stage.template.toJSON().Outputs;
      expect(outputs.PublisherUploadPolicyArn.Value).toEqual(
        refOf(stage, stage.stack.uploadPolicy.policy),
      );
      for (const publisher of SAMPLE_PUBLISHERS) {
        const name = publisher.id.replace(/-/g, '');
        expect(Object.keys(outputs).filter((id) => id.startsWith(name))).toEqual([]);
      }
    });

    it('give the bucket names, table name, dead-letter queues and alarm topic', () => {
      const stage = stages.prod;
      const outputs = stage.template.toJSON().Outputs;
      expect(outputs.InboxBucketName.Value).toEqual(refOf(stage, stage.stack.inbox));
      expect(outputs.FeedsBucketName.Value).toEqual(refOf(stage, stage.stack.feedsBucket));
      expect(outputs.LogBucketName.Value).toEqual(refOf(stage, stage.stack.logBucket));
      expect(outputs.TableName.Value).toEqual(refOf(stage, stage.stack.articles.table));
      expect(outputs.IngestDeadLetterQueueUrl.Value).toEqual(
        refOf(stage, stage.stack.ingest.deadLetterQueue),
      );
      expect(outputs.StreamFailureQueueUrl.Value).toEqual(
        refOf(stage, stage.stack.feeds.failureQueue),
      );
      expect(outputs.ReconcileDeadLetterQueueUrl.Value).toEqual(
        refOf(stage, stage.stack.feeds.reconciler.deadLetterQueue),
      );
      expect(outputs.AlarmTopicArn.Value).toEqual(refOf(stage, stage.stack.alarms.topic));
    });
  });
}
