import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { INGEST_MAX_RECEIVE_COUNT } from '../../../infra/constructs/page-ingester.ts';
import { DEFAULT_MAX_PAGE_BYTES } from '../../../shared/ingest/config.ts';
import { arnOf, logicalId, refOf, resource, type Stages } from './stages.ts';

/** Inbox notifications → queue → ingest function. */
export function describeIngest(stages: Stages): void {
  describe('ingest pipeline', () => {
    it('sends object-created and object-removed events of the inbox to the ingest queue', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('Custom::S3BucketNotifications', {
        BucketName: refOf(stage, stage.stack.inbox),
        NotificationConfiguration: {
          QueueConfigurations: Match.arrayWith([
            { Events: ['s3:ObjectCreated:*'], QueueArn: arnOf(stage, stage.stack.ingest.queue) },
            { Events: ['s3:ObjectRemoved:*'], QueueArn: arnOf(stage, stage.stack.ingest.queue) },
          ]),
        },
      });
    });

    it('lets only the inbox bucket send to the ingest queue', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [refOf(stage, stage.stack.ingest.queue)],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Principal: { Service: 's3.amazonaws.com' },
              Action: Match.arrayWith(['sqs:SendMessage']),
              Condition: { ArnLike: { 'aws:SourceArn': arnOf(stage, stage.stack.inbox) } },
            }),
          ]),
        },
      });
    });

    it('moves a message to the DLQ after the maximum receives', () => {
      const stage = stages.prod;
      expect(INGEST_MAX_RECEIVE_COUNT).toBeGreaterThan(1);
      stage.template.hasResourceProperties('AWS::SQS::Queue', {
        RedrivePolicy: {
          deadLetterTargetArn: arnOf(stage, stage.stack.ingest.deadLetterQueue),
          maxReceiveCount: INGEST_MAX_RECEIVE_COUNT,
        },
      });
    });

    it('hides a received message for at least 6× the ingest timeout', () => {
      const stage = stages.prod;
      const queue = resource(stage, logicalId(stage, stage.stack.ingest.queue));
      const fn = resource(stage, logicalId(stage, stage.stack.ingest.handler));
      const timeout = fn.Properties.Timeout as number;
      expect(timeout).toBeGreaterThan(0);
      expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * timeout);
    });

    it('encrypts its queues and refuses non-TLS access to them', () => {
      const stage = stages.prod;
      for (const queue of [stage.stack.ingest.queue, stage.stack.ingest.deadLetterQueue]) {
        expect(resource(stage, logicalId(stage, queue)).Properties.SqsManagedSseEnabled).toBe(true);
        stage.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [refOf(stage, queue)],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    });

    it('keeps dead letters for 14 days', () => {
      const stage = stages.prod;
      expect(
        resource(stage, logicalId(stage, stage.stack.ingest.deadLetterQueue)).Properties
          .MessageRetentionPeriod,
      ).toBe(14 * 24 * 3600);
    });

    it('consumes the queue in batches of 10 reporting partial batch failures', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: arnOf(stage, stage.stack.ingest.queue),
        FunctionName: refOf(stage, stage.stack.ingest.handler),
        BatchSize: 10,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        ScalingConfig: { MaximumConcurrency: 20 },
      });
    });

    it('runs the ingest function on Node.js 22, ARM64, one vCPU (1,769 MB), 60 s, JSON logs', () => {
      const stage = stages.prod;
      stage.template.hasResourceProperties('AWS::Lambda::Function', {
        Handler: 'index.handler',
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 1769,
        Timeout: 60,
        LoggingConfig: {
          LogFormat: 'JSON',
          LogGroup: refOf(stage, stage.stack.ingest.handler.logs),
          ApplicationLogLevel: 'INFO',
        },
        Role: arnOf(stage, stage.stack.ingest.handler.serviceRole),
      });
    });

    it('gives the ingest function the environment its handler reads', () => {
      const stage = stages.prod;
      const fn = resource(stage, logicalId(stage, stage.stack.ingest.handler));
      expect(fn.Properties.Environment).toEqual({
        Variables: {
          TABLE_NAME: refOf(stage, stage.stack.articles.table),
          INBOX_BUCKET: refOf(stage, stage.stack.inbox),
          MAX_PAGE_BYTES: String(DEFAULT_MAX_PAGE_BYTES),
          POWERTOOLS_SERVICE_NAME: 'ingest',
          POWERTOOLS_METRICS_NAMESPACE: 'Syndication/prod',
        },
      });
      expect(DEFAULT_MAX_PAGE_BYTES).toBe(5 * 1024 * 1024);
    });

    it('keeps function logs a year in prod and a week in dev', () => {
      for (const [stage, days] of [
        [stages.prod, 365],
        [stages.dev, 7],
      ] as const) {
        for (const fn of [stage.stack.ingest.handler, stage.stack.feeds.handler]) {
          expect(resource(stage, logicalId(stage, fn.logs)).Properties.RetentionInDays).toBe(days);
        }
      }
    });
  });
}
