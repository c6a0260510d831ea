import * as iam from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeFinding, objectWildcardFinding } from '../nag.ts';

/** The IAM principal tag that names the publisher an uploader works for. */
export const PUBLISHER_TAG = 'publisher';

/** The inbox prefix of the principal's publisher, as an IAM policy variable. */
const OWN_PREFIX = `\${aws:PrincipalTag/${PUBLISHER_TAG}}/`;

/** Properties of {@link PublisherUploadPolicy}. */
export interface PublisherUploadPolicyProps {
  /** The inbox bucket. */
  readonly inbox: IBucket;
}

/**
 * One customer-managed IAM policy for every publisher that uploads with an AWS identity: it lets
 * its holder upload, overwrite, delete and list pages under `<publisher>/` of the inbox, where
 * `<publisher>` is the value of the holder's `publisher` principal tag (a role's or user's tag,
 * or a session tag) — and nowhere else. A principal without the tag may do nothing. Publishers
 * are added in the registry, so nothing here changes when one joins.
 */
export class PublisherUploadPolicy extends Construct {
  /** The managed policy. */
  public readonly policy: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: PublisherUploadPolicyProps) {
    super(scope, id);
    const tagged = { Null: { [`aws:PrincipalTag/${PUBLISHER_TAG}`]: 'false' } };
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description:
        'Upload pages to the inbox under the prefix named by the principal tag "publisher"',
      statements: [
        new iam.PolicyStatement({
          sid: 'WriteOwnPrefix',
          actions: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
          resources: [props.inbox.arnForObjects(`${OWN_PREFIX}*`)],
          conditions: tagged,
        }),
        new iam.PolicyStatement({
          sid: 'ListOwnPrefix',
          actions: ['s3:ListBucket'],
          resources: [props.inbox.bucketArn],
          conditions: {
            ...tagged,
            StringLike: { 's3:prefix': [OWN_PREFIX, `${OWN_PREFIX}*`] },
          },
        }),
      ],
    });
    acknowledgeFinding(
      this.policy,
      // cdk-nag writes the policy variable `${aws:PrincipalTag/publisher}` as `<…>`.
      objectWildcardFinding(props.inbox, `<aws:PrincipalTag/${PUBLISHER_TAG}>/*`),
      'A publisher may write any page under its own prefix (named by its principal tag) and ' +
        'nothing outside it.',
    );
  }
}
