import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_ITEM_LIMIT } from '../../../shared/feeds/config.ts';
import { KEY_PREFIX } from '../../../shared/store/table.ts';
import { arnOf, logicalId, refOf, resource, type Stages } from './stages.ts';

/** Table stream → feeds function → feeds bucket. */
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

    it('gives the feeds function the environment its handler reads, with the CDN base URL', () => {
      const stage = stages.prod;
      const fn = resource(stage, logicalId(stage, stage.stack.feeds.handler));
      expect(fn.Properties.Environment).toEqual({
        Variables: {
          TABLE_NAME: refOf(stage, stage.stack.articles.table),
          FEEDS_BUCKET: refOf(stage, stage.stack.feedsBucket),
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
          POWERTOOLS_SERVICE_NAME: 'feeds',
          POWERTOOLS_METRICS_NAMESPACE: 'Syndication/prod',
          NODE_OPTIONS: '--enable-source-maps',
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
