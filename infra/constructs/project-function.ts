import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { lambdaBuildOptions } from '../bundling/lambda-build-options.ts';
import { acknowledgeFinding, guardRule, objectWildcardFinding } from '../nag.ts';
import type { ArticleTable } from './article-table.ts';

/** The repository root: the bundler's project root and where `package-lock.json` lives. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** How a function uses the table. */
export type TableAccess = 'ingest' | 'marks' | 'feeds';

/** Properties of {@link ProjectFunction}. */
export interface ProjectFunctionProps {
  /** Path of the handler's TypeScript file, relative to the repository root (`functions/x.ts`). */
  readonly entry: string;
  /** What the function does, shown in the console. */
  readonly description: string;
  /** Powertools service name (`POWERTOOLS_SERVICE_NAME`): the `service` of every log line. */
  readonly serviceName: string;
  /** Powertools metrics namespace (`POWERTOOLS_METRICS_NAMESPACE`). */
  readonly metricsNamespace: string;
  /**
   * Memory in MiB; Lambda gives CPU in proportion (1,769 MiB = one vCPU).
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Maximum run time of one invocation.
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * How long the function's log group keeps logs.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN (the log group's default)
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * Further environment variables, for settings that are not bound to a resource.
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * The project's Lambda function: a `NodejsFunction` fixed to Node.js 22 on ARM64, bundled by
 * the locally installed esbuild with `lambdaBuildOptions()`: a minified ESM file with source maps (the AWS SDK is bundled
 * too, so the code runs on the SDK version it was tested with). It has its own log group with a
 * retention and a role that may write to that log group only — no managed policy. Resources are
 * bound through the `grant…` helpers, which add least-privilege statements and set the
 * environment variable the handler reads, in one place.
 */
export class ProjectFunction extends NodejsFunction {
  /** The function's log group. */
  public readonly logs: LogGroup;
  /** The function's execution role. */
  public readonly serviceRole: iam.Role;

  constructor(scope: Construct, id: string, props: ProjectFunctionProps) {
    const logs = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      ...(props.logRemovalPolicy ? { removalPolicy: props.logRemovalPolicy } : {}),
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the ${props.serviceName} function`,
    });
    const esbuild = lambdaBuildOptions();
    super(scope, id, {
      entry: path.join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup: logs,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.INFO,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace,
        ...props.environment,
      },
      bundling: {
        // The settings of lambdaBuildOptions(), in NodejsFunction's terms.
        format: OutputFormat.ESM,
        target: esbuild.target,
        mainFields: esbuild.mainFields,
        minify: esbuild.minify,
        sourceMap: esbuild.sourcemap,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: esbuild.sourcesContent,
        // Pinned: the code runs on the SDK version it was tested with, not on whichever one
        // the Lambda runtime carries (see docs/deploy.md, "The functions").
        bundleAwsSDK: true,
        banner: esbuild.banner.js,
        // NodejsFunction's own `charset` option is declared but not passed to esbuild by this
        // aws-cdk-lib version: the flag goes as an argument.
        esbuildArgs: {
          '--charset': esbuild.charset,
          // Not among NodejsFunction's options: without it esbuild ends each bundle with a block
          // of the comments marked to be kept (in these dependencies, coverage directives).
          '--legal-comments': esbuild.legalComments,
          ...Object.fromEntries(
            Object.entries(esbuild.alias).map(([name, file]) => [`--alias:${name}`, file]),
          ),
        },
      },
    });
    this.logs = logs;
    this.serviceRole = role;
    logs.grantWrite(role);
    acknowledgeFinding(
      this,
      guardRule('lambda_inside_vpc_check'),
      'The function reaches only AWS APIs (S3, DynamoDB, SQS, CloudWatch) over TLS with IAM ' +
        'auth, and no private resource; a VPC would add NAT or five interface endpoints ' +
        '(about $36 a month per AZ) and cold-start latency for no isolation gained.',
    );
    acknowledgeFinding(
      logs,
      guardRule('cloudwatch_log_group_encrypted_check'),
      'CloudWatch Logs encrypts every log group at rest; these logs hold object keys, article ' +
        'ids and outcomes, no secret or personal data that would call for a key policy of its own.',
    );
    acknowledgeFinding(
      this,
      'AwsSolutions-L1',
      'Node.js 22 is the runtime this code is written and tested for (Node 20 locally, 22 on ' +
        'Lambda); moving to 24 is a deliberate upgrade with its own test run.',
    );
  }

  /**
   * Lets the function read (GET and HEAD) objects of a bucket and sets `envName` to its name.
   * `s3:ListBucket` is included so a missing key reads as 404 (gone) rather than 403.
   *
   * @param bucket - the bucket
   * @param envName - the environment variable that receives the bucket's name
   */
  grantReadObjects(bucket: IBucket, envName: string): void {
    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects('*')],
      }),
    );
    this.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    );
    acknowledgeFinding(
      this.serviceRole,
      objectWildcardFinding(bucket, '*'),
      'Object ARNs: the function reads whichever key an event names, so the read-only ' +
        "statement covers the bucket's objects; it has no write or delete action on them.",
    );
    this.addEnvironment(envName, bucket.bucketName);
  }

  /**
   * Lets the function read (HEAD, to compare) and write objects under one prefix of a bucket,
   * and sets `envName` to the bucket's name. `s3:ListBucket` (unconditioned: a HEAD carries no
   * prefix to match) makes a missing object a 404 instead of a 403.
   *
   * @param bucket - the bucket
   * @param envName - the environment variable that receives the bucket's name
   * @param keyPrefix - the prefix, ending in `/`, e.g. `feeds/`
   */
  grantWriteObjects(bucket: IBucket, envName: string, keyPrefix: string): void {
    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject'],
        resources: [bucket.arnForObjects(`${keyPrefix}*`)],
      }),
    );
    this.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    );
    acknowledgeFinding(
      this.serviceRole,
      objectWildcardFinding(bucket, `${keyPrefix}*`),
      `Object ARNs under ${keyPrefix}: the function writes one file per feed and the set of ` +
        'feeds grows with publishers and sections, so it is scoped to the prefix.',
    );
    this.addEnvironment(envName, bucket.bucketName);
  }

  /**
   * Grants the table access a side of the pipeline needs and sets `TABLE_NAME`.
   *
   * @param table - the article table
   * @param access - `ingest` (base-table items), `marks` (feed-state items) or `feeds` (feed
   *   indexes, articles by key and feed-state items)
   */
  grantTableAccess(table: ArticleTable, access: TableAccess): void {
    if (access === 'ingest') table.grantIngestWrite(this);
    else if (access === 'marks') table.grantFeedMarks(this);
    else table.grantFeedAccess(this);
    this.addEnvironment('TABLE_NAME', table.table.tableName);
  }
}
