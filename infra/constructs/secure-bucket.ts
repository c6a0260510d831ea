import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { acknowledgeFinding, guardRule } from '../nag.ts';

/** Properties of {@link SecureBucket}. */
export interface SecureBucketProps
  extends Pick<BucketProps, 'versioned' | 'lifecycleRules' | 'notificationsHandlerRole'> {
  /** What happens to the bucket (and, on DESTROY, its objects) when the stack is deleted. */
  readonly removalPolicy: RemovalPolicy;
  /** Whether the objects are deleted with the bucket (only meaningful with DESTROY). */
  readonly autoDeleteObjects: boolean;
  /**
   * Bucket that receives this bucket's server access logs.
   * @default - no access logs (only for the log bucket itself)
   */
  readonly accessLogs?: { readonly bucket: IBucket; readonly prefix: string };
  /**
   * Who owns uploaded objects. Only the log bucket needs ACLs, because CloudFront standard
   * logging writes with an ACL.
   * @default ObjectOwnership.BUCKET_OWNER_ENFORCED (ACLs disabled)
   */
  readonly objectOwnership?: ObjectOwnership;
}

/**
 * An S3 bucket with the project's non-negotiables: all public access blocked, TLS enforced
 * by bucket policy, SSE-S3 encryption, ACLs disabled unless asked for, and server access
 * logs to the log bucket.
 */
export class SecureBucket extends Bucket {
  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id, {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: props.objectOwnership ?? ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: props.versioned ?? false,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.autoDeleteObjects,
      ...(props.lifecycleRules ? { lifecycleRules: props.lifecycleRules } : {}),
      ...(props.notificationsHandlerRole
        ? { notificationsHandlerRole: props.notificationsHandlerRole }
        : {}),
      ...(props.accessLogs
        ? {
            serverAccessLogsBucket: props.accessLogs.bucket,
            serverAccessLogsPrefix: props.accessLogs.prefix,
          }
        : {}),
    });
    acknowledgeFinding(
      this,
      guardRule('s3_bucket_default_encryption_kms_check'),
      'SSE-S3 encrypts every object at rest. A KMS key would add key-policy control over data ' +
        'that is public (feeds) or re-derivable (pages, logs), KMS charges on every CloudFront ' +
        'miss and ingest read, and S3 server access logs cannot be delivered to an SSE-KMS bucket.',
    );
    acknowledgeFinding(
      this,
      guardRule('s3_bucket_object_lock_enabled_check'),
      'Object Lock would make objects undeletable for a retention period: publishers must be ' +
        'able to withdraw pages, and lifecycle rules expire old versions and logs. Versioning ' +
        '(inbox, feeds, logs) and retention of the buckets in prod cover accidental loss.',
    );
  }
}
