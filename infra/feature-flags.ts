/**
 * CDK feature flags this app opts into (the recommended values for the resources it uses),
 * applied as context defaults by `createPipelineApp`, so `cdk synth` and the tests build the same
 * template. `-c` on the command line or `cdk.json` still override them.
 */
export const FEATURE_FLAGS: Readonly<Record<string, unknown>> = {
  // Access-log delivery through a bucket policy instead of the deprecated LogDeliveryWrite ACL.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  '@aws-cdk/aws-s3:createDefaultLoggingPolicy': true,
  '@aws-cdk/aws-s3:publicAccessBlockedByDefault': true,
  '@aws-cdk/aws-iam:minimizePolicies': true,
  '@aws-cdk/core:enablePartitionLiterals': true,
  '@aws-cdk/core:checkSecretUsage': true,
  '@aws-cdk/core:validateSnapshotRemovalPolicy': true,
  '@aws-cdk/aws-lambda:recognizeLayerVersion': true,
  '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': false,
  '@aws-cdk/aws-cloudfront:defaultSecurityPolicyTLSv1.2_2021': true,
  // Construct warnings (not only policy findings) go to the validation report, and template
  // validation findings are errors: a synth is clean or it fails.
  '@aws-cdk/core:annotationsInValidationReport': true,
  '@aws-cdk/core:validateAgainstDefaultRules': true,
};
