import { Duration } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DEFAULT_MAX_PAGE_BYTES } from '../../shared/ingest/config.ts';
import { API_PREFIX } from '../../shared/upload-api/app.ts';
import { acknowledgeFinding, guardRule, objectWildcardFinding } from '../nag.ts';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
import { throttledLoggedStage } from './http-api-stage.ts';
import { ProjectFunction } from './project-function.ts';

/** The API's steady request rate over every caller (the app limits each key on top). */
export const API_RATE_LIMIT = 200;
/** The API's burst over every caller. */
export const API_BURST_LIMIT = 400;

/** Properties of {@link UploadApi}. */
export interface UploadApiProps {
  readonly inbox: IBucket;
  readonly table: ArticleTable;
  /** Public base URL of the feeds, for the feed URLs of a page. */
  readonly feedsBaseUrl: string;
  readonly stage: StageConfig;
  readonly metricsNamespace: string;
}

/**
 * The HTTPS upload API for publishers without AWS identities: an API Gateway HTTP API (stage
 * throttling, JSON access logs) in front of one function running the Hono app of
 * `shared/upload-api/`. The function may put and delete inbox objects, list the inbox (to tell
 * a queued page) and read the table — nothing else.
 */
export class UploadApi extends Construct {
  public readonly api: HttpApi;
  public readonly handler: ProjectFunction;
  public readonly accessLogs: LogGroup;
  /** `https://<id>.execute-api.<region>.amazonaws.com/v1`. */
  public readonly url: string;

  constructor(scope: Construct, id: string, props: UploadApiProps) {
    super(scope, id);
    this.handler = new ProjectFunction(this, 'Function', {
      entry: 'functions/upload-api.ts',
      description: 'Upload API: pages in over HTTPS with API keys, their status out',
      serviceName: 'upload-api',
      metricsNamespace: props.metricsNamespace,
      // A page is at most MAX_PAGE_BYTES; the app only stores it.
      memorySize: 512,
      timeout: Duration.seconds(10),
      logRetention: props.stage.logRetention,
      logRemovalPolicy: props.stage.removalPolicy,
      environment: {
        MAX_PAGE_BYTES: String(DEFAULT_MAX_PAGE_BYTES),
        FEEDS_BASE_URL: props.feedsBaseUrl,
        INBOX_BUCKET: props.inbox.bucketName,
        TABLE_NAME: props.table.table.tableName,
      },
    });
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['s3:PutObject', 's3:DeleteObject'],
        resources: [props.inbox.arnForObjects('*')],
      }),
    );
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.inbox.bucketArn] }),
    );
    acknowledgeFinding(
      this.handler.serviceRole,
      objectWildcardFinding(props.inbox, '*'),
      "Object ARNs: the app writes under the caller's publisher prefix, known only per request " +
        'from its API key; it has no read of object contents.',
    );
    props.table.grantUploadApiRead(this.handler);
    props.table.grantRateLimitWrites(this.handler);

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Syndication upload API (API keys in the Authorization header)',
      createDefaultStage: false,
    });
    this.accessLogs = throttledLoggedStage(this.api, 'Stage', {
      httpApi: this.api,
      throttle: { rateLimit: API_RATE_LIMIT, burstLimit: API_BURST_LIMIT },
      stage: props.stage,
      logsScope: this,
    }).accessLogs;
    const integration = new HttpLambdaIntegration('Integration', this.handler);
    this.api.addRoutes({
      path: `${API_PREFIX}/{proxy+}`,
      methods: [HttpMethod.ANY],
      integration,
    });
    const appAuthorizes =
      'Every route is authorized by the app itself: a Bearer API key per publisher, hashed in ' +
      'the table, compared in constant time, revocable at once (publishers have no AWS identity).';
    acknowledgeFinding(this.api, 'AwsSolutions-APIG4', appAuthorizes);
    acknowledgeFinding(
      this.api,
      guardRule('api_gw_v2_authorization_type_configured_check'),
      appAuthorizes,
    );
    acknowledgeFinding(
      this.api,
      guardRule('lambda_function_public_access_prohibited_check'),
      "The integration's permission names API Gateway as principal and this API's ARN as " +
        'source (a token the rule cannot read): only this API invokes the function.',
    );
    this.url = `${this.api.apiEndpoint}${API_PREFIX}`;
  }
}
