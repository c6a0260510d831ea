import * as iam from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { Publisher } from '../../shared/publishers/publisher.ts';
import { acknowledgeFinding, objectWildcardFinding } from '../nag.ts';

/** Properties of {@link PublisherUploadPolicies}. */
export interface PublisherUploadPoliciesProps {
  /** The inbox bucket. */
  readonly inbox: IBucket;
  /** The configured publishers (`SAMPLE_PUBLISHERS` from `shared/publishers/samples.ts`). */
  readonly publishers: readonly Publisher[];
}

/**
 * One customer-managed IAM policy per publisher that lets its holder upload, overwrite, delete
 * and list pages under the publisher's own inbox prefix `<id>/` and nowhere else. Attach it to
 * the IAM role or user the publisher's upload job runs as.
 */
export class PublisherUploadPolicies extends Construct {
  /** The policy of each publisher, by publisher id. */
  public readonly byPublisher: ReadonlyMap<string, iam.ManagedPolicy>;

  constructor(scope: Construct, id: string, props: PublisherUploadPoliciesProps) {
    super(scope, id);
    const byPublisher = new Map<string, iam.ManagedPolicy>();
    for (const publisher of props.publishers) {
      const prefix = `${publisher.id}/`;
      const policy = new iam.ManagedPolicy(this, publisher.id, {
        description: `Upload pages of publisher ${publisher.id} (${publisher.name}) to the inbox`,
        statements: [
          new iam.PolicyStatement({
            sid: 'WriteOwnPrefix',
            actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
            resources: [props.inbox.arnForObjects(`${prefix}*`)],
          }),
          new iam.PolicyStatement({
            sid: 'ListOwnPrefix',
            actions: ['s3:ListBucket'],
            resources: [props.inbox.bucketArn],
            conditions: { StringLike: { 's3:prefix': [prefix, `${prefix}*`] } },
          }),
        ],
      });
      acknowledgeFinding(
        policy,
        objectWildcardFinding(props.inbox, `${prefix}*`),
        `A publisher may write any page under its own prefix ${prefix} and nothing outside it.`,
      );
      byPublisher.set(publisher.id, policy);
    }
    this.byPublisher = byPublisher;
  }
}
