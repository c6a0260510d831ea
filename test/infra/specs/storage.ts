import { describe, expect, it } from 'vitest';
import type { SynthesizedStage } from '../synth-stage.ts';
import { arnOf, logicalId, refOf, resource, type Stages } from './stages.ts';

type BucketName = 'inbox' | 'feedsBucket' | 'logBucket';
const BUCKETS: readonly BucketName[] = ['inbox', 'feedsBucket', 'logBucket'];

function bucketOf(stage: SynthesizedStage, name: BucketName) {
  return resource(stage, logicalId(stage, stage.stack[name]));
}

function bucketPolicyStatements(stage: SynthesizedStage, name: BucketName): unknown[] {
  const bucketId = logicalId(stage, stage.stack[name]);
  const policies = stage.template.findResources('AWS::S3::BucketPolicy', {
    Properties: { Bucket: { Ref: bucketId } },
  });
  return Object.values(policies).flatMap(
    (p) =>
      (p as { Properties: { PolicyDocument: { Statement: unknown[] } } }).Properties.PolicyDocument
        .Statement,
  );
}

/** The three buckets: inbox, feeds and access logs. */
export function describeStorage(stages: Stages): void {
  describe('buckets', () => {
    it('are three: inbox, feeds and logs', () => {
      stages.prod.template.resourceCountIs('AWS::S3::Bucket', 3);
    });

    it.each(BUCKETS)('%s blocks all public access and is encrypted', (name) => {
      expect(bucketOf(stages.prod, name).Properties).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
      });
    });

    it.each(BUCKETS)('%s denies every request that is not TLS', (name) => {
      const stage = stages.prod;
      expect(bucketPolicyStatements(stage, name)).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Action: 's3:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
    });

    it.each(BUCKETS)('%s grants nothing to the public', (name) => {
      const publicAllows = bucketPolicyStatements(stages.prod, name).filter(
        (s) =>
          (s as { Effect: string }).Effect === 'Allow' &&
          JSON.stringify((s as { Principal: unknown }).Principal).includes('"*"'),
      );
      expect(publicAllows).toEqual([]);
    });

    it.each([
      ['inbox', 's3/inbox/'],
      ['feedsBucket', 's3/feeds/'],
    ] as const)('%s writes server access logs to the log bucket under %s', (name, prefix) => {
      const stage = stages.prod;
      expect(bucketOf(stage, name).Properties.LoggingConfiguration).toEqual({
        DestinationBucketName: refOf(stage, stage.stack.logBucket),
        LogFilePrefix: prefix,
      });
    });

    it('lets only S3 log delivery for these two buckets write to the log bucket', () => {
      const stage = stages.prod;
      const deliveries = bucketPolicyStatements(stage, 'logBucket').filter((s) =>
        JSON.stringify(s).includes('logging.s3.amazonaws.com'),
      );
      expect(deliveries).toHaveLength(2);
      for (const bucket of [stage.stack.inbox, stage.stack.feedsBucket]) {
        expect(deliveries).toContainEqual(
          expect.objectContaining({
            Action: 's3:PutObject',
            Condition: expect.objectContaining({
              ArnLike: { 'aws:SourceArn': arnOf(stage, bucket) },
            }),
          }),
        );
      }
    });

    it('keeps versions of inbox pages, so an overwritten page can be recovered', () => {
      expect(bucketOf(stages.prod, 'inbox').Properties.VersioningConfiguration).toEqual({
        Status: 'Enabled',
      });
    });

    it('expires old inbox versions after 90 days in prod and 7 in dev, keeping the last 3', () => {
      for (const [stage, days] of [
        [stages.prod, 90],
        [stages.dev, 7],
      ] as const) {
        expect(bucketOf(stage, 'inbox').Properties.LifecycleConfiguration).toEqual({
          Rules: [
            {
              Id: 'old-versions',
              Status: 'Enabled',
              NoncurrentVersionExpiration: { NoncurrentDays: days, NewerNoncurrentVersions: 3 },
              ExpiredObjectDeleteMarker: true,
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
            },
          ],
        });
      }
    });

    it('expires access logs', () => {
      stages.prod.template.hasResourceProperties('AWS::S3::Bucket', {
        LifecycleConfiguration: {
          Rules: [{ Id: 'expire-logs', ExpirationInDays: 365, Status: 'Enabled' }],
        },
      });
    });

    it('retains every bucket in prod and empties and deletes them in dev', () => {
      for (const name of BUCKETS) {
        expect(bucketOf(stages.prod, name).DeletionPolicy).toBe('Retain');
        expect(bucketOf(stages.dev, name).DeletionPolicy).toBe('Delete');
      }
      stages.prod.template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
      stages.dev.template.resourceCountIs('Custom::S3AutoDeleteObjects', 3);
    });
  });
}
