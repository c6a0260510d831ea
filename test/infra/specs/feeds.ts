import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { RECONCILE_RETRY_ATTEMPTS } from '../../../infra/constructs/feed-reconciler.ts';
import {
  REGENERATE_BATCH_SIZE,
  REGENERATE_MAX_CONCURRENCY,
  REGENERATE_MAX_RECEIVE_COUNT,
  REGENERATE_TIMEOUT,
  REGENERATION_VISIBILITY_TIMEOUT,
} from '../../../infra/constructs/feed-regenerator.ts';
import { DEFAULT_FEED_ITEM_LIMIT, markConfigFromEnv } from '../../../shared/feeds/config.ts';
import {
  ABANDONED_SCHEDULE_MS,
  DEFAULT_LEASE_MS,
  DEFAULT_REGENERATION_WINDOW_MS,
} from '../../../shared/feeds/schedule.ts';
import { KEY_PREFIX } from '../../../shared/store/table.ts';
import { arnOf, logicalId, refOf, resource, type Stages } from './stages.ts';

/** Table stream → feeds function (marks) → regeneration queue → regenerate function → feeds bucket. */
export function describeFeeds(stages: Stages): void {
  describe('feed publisher', () => {
    it('reads the table stream in 5-second batches, bisecting failures, with bounded retries', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: {
          'Fn::GetAtt': [logicalId(stage, stage.stack.articles.table), 'StreamArn'],
        },
        FunctionName: refOf(stage, stage.stack.feeds.handler),
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: 100,
        MaximumBatchingWindowInSeconds: 5,
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: 5,
        MaximumRecordAgeInSeconds: 86400,
        ParallelizationFactor: 1,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    });

    it('is invoked only for article records, not key-state, rejection or feed-state ones', () => {
      expect(KEY_PREFIX.article).toBe('ARTICLE#');
      stages.prod.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FilterCriteria: {
          Filters: [
            {
              Pattern: JSON.stringify({
                dynamodb: { Keys: { pk: { S: [{ prefix: 'ARTICLE#' }] } } },
              }),
            },
          ],
        },
      });
    });

    it('sends batches that exhaust their retries to the failure queue', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        DestinationConfig: {
          OnFailure: { Destination: arnOf(stage, stage.stack.feeds.failureQueue) },
        },
      });
      expect(
        resource(stage, logicalId(stage, stage.stack.feeds.failureQueue)).Properties,
      ).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    });

    it('runs the feeds function on Node.js 22, ARM64, 512 MiB, 60 s', () => {
      const stage = stages.prod;
      expect(resource(stage, logicalId(stage, stage.stack.feeds.handler)).Properties).toMatchObject(
        {
          Handler: 'index.handler',
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          MemorySize: 512,
          Timeout: 60,
          LoggingConfig: {
            LogFormat: 'JSON',
            LogGroup: refOf(stage, stage.stack.feeds.handler.logs),
          },
        },
      );
    });

    it('gives the feeds function the environment its handler reads: the table, queue and window', () => {
      const stage = stages.prod;
      const fn = resource(stage, logicalId(stage, stage.stack.feeds.handler));
      expect(fn.Properties.Environment).toEqual({
        Variables: {
          TABLE_NAME: refOf(stage, stage.stack.articles.table),
          REGENERATE_QUEUE_URL: refOf(stage, stage.stack.feeds.regenerator.queue),
          REGENERATION_WINDOW_MS: String(DEFAULT_REGENERATION_WINDOW_MS),
          POWERTOOLS_SERVICE_NAME: 'feeds',
          POWERTOOLS_METRICS_NAMESPACE: 'Syndication/prod',
        },
      });
      // The handler reads exactly these (a missing one fails the module load).
      expect(() =>
        markConfigFromEnv({ TABLE_NAME: 't', REGENERATE_QUEUE_URL: 'https://q' }),
      ).not.toThrow();
    });

    it('gives the regenerate function the environment its handler reads, with the CDN base URL', () => {
      const stage = stages.prod;
      const { regenerator } = stage.stack.feeds;
      const fn = resource(stage, logicalId(stage, regenerator.handler));
      expect(fn.Properties.Environment).toEqual({
        Variables: {
          TABLE_NAME: refOf(stage, stage.stack.articles.table),
          FEEDS_BUCKET: refOf(stage, stage.stack.feedsBucket),
          REGENERATE_QUEUE_URL: refOf(stage, regenerator.queue),
          // WebSub: the hub the feeds advertise, and its queue for publish jobs.
          HUB_URL: stage.stack.resolve(stage.stack.hub.hubUrl),
          HUB_QUEUE_URL: refOf(stage, stage.stack.hub.queue),
          FEEDS_BASE_URL: {
            'Fn::Join': [
              '',
              [
                'https://',
                { 'Fn::GetAtt': [logicalId(stage, stage.stack.cdn.distribution), 'DomainName'] },
              ],
            ],
          },
          FEED_ITEM_LIMIT: String(DEFAULT_FEED_ITEM_LIMIT),
          REGENERATION_WINDOW_MS: String(DEFAULT_REGENERATION_WINDOW_MS),
          FEED_LEASE_MS: String(DEFAULT_LEASE_MS),
          POWERTOOLS_SERVICE_NAME: 'regenerate',
          POWERTOOLS_METRICS_NAMESPACE: 'Syndication/prod',
        },
      });
    });

    it('drains the regeneration queue in small batches with bounded concurrency, reporting failed messages', () => {
      const stage = stages.prod;
      const { regenerator } = stage.stack.feeds;
      stage.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: arnOf(stage, regenerator.queue),
        FunctionName: refOf(stage, regenerator.handler),
        BatchSize: REGENERATE_BATCH_SIZE,
        ScalingConfig: { MaximumConcurrency: REGENERATE_MAX_CONCURRENCY },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
      expect(resource(stage, logicalId(stage, regenerator.queue)).Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        VisibilityTimeout: REGENERATION_VISIBILITY_TIMEOUT.toSeconds(),
        RedrivePolicy: {
          deadLetterTargetArn: arnOf(stage, regenerator.deadLetterQueue),
          maxReceiveCount: REGENERATE_MAX_RECEIVE_COUNT,
        },
      });
    });

    it('keeps a lease longer than a run and shorter than a message stays hidden', () => {
      expect(DEFAULT_LEASE_MS).toBeGreaterThan(REGENERATE_TIMEOUT.toMilliseconds());
      expect(DEFAULT_LEASE_MS).toBeLessThan(REGENERATION_VISIBILITY_TIMEOUT.toMilliseconds());
      // A schedule whose message is still being retried is never taken for abandoned.
      expect(
        REGENERATE_MAX_RECEIVE_COUNT * REGENERATION_VISIBILITY_TIMEOUT.toMilliseconds(),
      ).toBeLessThanOrEqual(ABANDONED_SCHEDULE_MS);
    });

    it('reconciles every feed daily: an EventBridge rule invokes the reconcile function', () => {
      const stage = stages.prod;
      const { reconciler } = stage.stack.feeds;
      stage.template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'rate(1 day)',
        State: 'ENABLED',
        Targets: [
          Match.objectLike({
            Arn: arnOf(stage, reconciler.handler),
            RetryPolicy: { MaximumRetryAttempts: RECONCILE_RETRY_ATTEMPTS },
          }),
        ],
      });
      stage.template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        FunctionName: arnOf(stage, reconciler.handler),
        Principal: 'events.amazonaws.com',
      });
      const outputs = stage.template.findOutputs('ReconcileFunctionName');
      expect(outputs.ReconcileFunctionName?.Value).toEqual(refOf(stage, reconciler.handler));
    });

    it('sends a scheduled reconcile that failed for good to a dead-letter queue, undelivered or failed', () => {
      const stage = stages.prod;
      const { reconciler } = stage.stack.feeds;
      const queueArn = { 'Fn::GetAtt': [logicalId(stage, reconciler.deadLetterQueue), 'Arn'] };
      // EventBridge could not invoke the function.
      stage.template.hasResourceProperties('AWS::Events::Rule', {
        Targets: [
          Match.objectLike({
            Arn: arnOf(stage, reconciler.handler),
            DeadLetterConfig: { Arn: queueArn },
          }),
        ],
      });
      stage.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [refOf(stage, reconciler.deadLetterQueue)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: 'sqs:SendMessage',
              Principal: { Service: 'events.amazonaws.com' },
            }),
          ]),
        },
      });
      // The function failed every one of Lambda's retries.
      stage.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: refOf(stage, reconciler.handler),
        MaximumRetryAttempts: RECONCILE_RETRY_ATTEMPTS,
        DestinationConfig: { OnFailure: { Destination: queueArn } },
      });
      const queue = stage.template.toJSON().Resources[logicalId(stage, reconciler.deadLetterQueue)];
      expect(queue.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
    });

    it('lets the reconcile function scan the section index for the list of section feeds', () => {
      const stage = stages.prod;
      const { reconciler } = stage.stack.feeds;
      stage.template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [refOf(stage, reconciler.handler.serviceRole)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: 'dynamodb:Scan',
              Resource: Match.objectLike({
                'Fn::Join': ['', Match.arrayWith(['/index/feed-section'])],
              }),
            }),
          ]),
        },
      });
    });

    it('lets the reconcile function invalidate the distribution, for archive pages rewritten after a withdrawal', () => {
      const stage = stages.prod;
      const { reconciler } = stage.stack.feeds;
      const distribution = stage.stack.cdn.distribution;
      const fn = resource(stage, logicalId(stage, reconciler.handler));
      expect(fn.Properties.Environment).toMatchObject({
        Variables: { FEEDS_DISTRIBUTION_ID: refOf(stage, distribution) },
      });
      stage.template.hasResourceProperties('AWS::IAM::Policy', {
        Roles: [refOf(stage, reconciler.handler.serviceRole)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: 'cloudfront:CreateInvalidation',
              Resource: Match.objectLike({
                'Fn::Join': ['', Match.arrayWith([refOf(stage, distribution)])],
              }),
            }),
          ]),
        },
      });
    });

    it('uses a per-stage metrics namespace', () => {
      const stage = stages.dev;
      const fn = resource(stage, logicalId(stage, stage.stack.feeds.handler));
      expect(fn.Properties.Environment).toMatchObject({
        Variables: { POWERTOOLS_METRICS_NAMESPACE: 'Syndication/dev' },
      });
    });
  });
}
