import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag finding on a construct and everything below it. Every
 * acknowledgement in this app goes through here, so each one carries a reason.
 *
 * @param scope - the construct the finding is reported on, or an ancestor
 * @param id - the rule id, e.g. `AwsSolutions-L1` or `AwsSolutions-IAM5[Resource::*]`
 * @param reason - why the finding is accepted (shown in the validation report)
 */
export function acknowledgeFinding(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * The id of the AwsSolutions-IAM5 finding raised by a statement on objects of a bucket.
 *
 * @param bucket - the bucket the statement names
 * @param objectPattern - the object key pattern after the bucket ARN, e.g. `feeds/*`
 * @returns e.g. `AwsSolutions-IAM5[Resource::<FeedsBucketA32F0CAD.Arn>/feeds/*]`
 */
export function objectWildcardFinding(bucket: IBucket, objectPattern: string): string {
  const logicalId = Stack.of(bucket).getLogicalId(bucket.node.defaultChild as CfnElement);
  return `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${objectPattern}]`;
}

/**
 * The id under which the Control Tower proactive controls (cfn-guard) report a rule, for
 * {@link acknowledgeFinding}.
 *
 * @param rule - the guard rule's name, e.g. `sqs_dlq_check`
 * @returns e.g. `cdk-validator-cfnguard::sqs_dlq_check`
 */
export function guardRule(rule: string): string {
  return `cdk-validator-cfnguard::${rule}`;
}
