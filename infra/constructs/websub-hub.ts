import { Duration } from 'aws-cdk-lib';
import { CorsHttpMethod, HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { KEY_PREFIX } from '../../shared/store/table.ts';
import { CALLBACK_TIMEOUT_MS, DELIVERY_MAX_ATTEMPTS } from '../../shared/websub/config.ts';
import { acknowledgeFinding, guardRule } from '../nag.ts';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
import { createDeadLetterQueue } from './dead-letter-queue.ts';
import { throttledLoggedStage } from './http-api-stage.ts';
import type { WatchedFunction } from './pipeline-alarms.ts';
import { ProjectFunction } from './project-function.ts';

/** Path of the hub endpoint on its HTTP API. */
export const HUB_PATH = '/hub';

/**
 * Timeout of the hub worker: a batch of deliveries runs in parallel, each bounded by the
 * callback timeout; the rest is room for the S3 read and the table writes.
 */
export const HUB_WORKER_TIMEOUT = Duration.millis(CALLBACK_TIMEOUT_MS * 3);

/** Requests per second the hub endpoint takes (a burst of twice that), over every client. */
export const HUB_RATE_LIMIT = 20;

/** Properties of {@link WebSubHub}. */
export interface WebSubHubProps {
  /** The article table, which also holds the subscriptions. */
  readonly table: ArticleTable;
  /** The feeds bucket: topics are its feed files. */
  readonly feedsBucket: IBucket;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`). */
  readonly feedsBaseUrl: string;
  /**
   * URL of an external hub: the feeds advertise it and the worker only sends it publish pings;
   * no endpoint is deployed and no subscription is kept.
   * @default the built-in hub, on an HTTP API
   */
  readonly externalHubUrl?: string;
  readonly stage: StageConfig;
  readonly metricsNamespace: string;
}

/**
 * The feeds' WebSub hub (W3C WebSub). Built in: an HTTP API whose `/hub` route runs the hub
 * endpoint (subscription requests, answered 202 and queued), and the hub queue drained by the
 * hub worker (verification of intent, fan-out of a changed feed, one signed delivery per
 * subscriber, retried with backoff through the message's visibility and dead-lettered after
 * the last attempt). Subscriptions live in the article table under their own key prefixes, which
 * are all the hub's functions may touch. With an external hub only the queue and the worker
 * exist, to send that hub publish pings.
 */
export class WebSubHub extends Construct {
  /** The hub the feeds advertise. */
  public readonly hubUrl: string;
  /** Jobs of the hub: the feeds' publish jobs go here. */
  public readonly queue: Queue;
  /** Where jobs land after their last attempt. */
  public readonly deadLetterQueue: Queue;
  public readonly worker: ProjectFunction;
  /** The endpoint function (built-in hub only). */
  public readonly endpoint: ProjectFunction | undefined;
  /**
   * What the alarms watch: the worker. The endpoint answers every failure itself (a 4xx with the
   * reason, or a 503 the subscriber retries), so it has no failed messages to alarm on.
   */
  public readonly watched: readonly WatchedFunction[];

  constructor(scope: Construct, id: string, props: WebSubHubProps) {
    super(scope, id);
    const { stage } = props;
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', {
      removalPolicy: stage.removalPolicy,
      holds:
        'This queue is itself the dead-letter queue of the hub queue: deliveries and pings that ' +
        'failed every attempt, alarmed on and kept 14 days.',
      sentToByNonQueues: true,
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(6 * HUB_WORKER_TIMEOUT.toSeconds()),
      // Longer than the whole retry schedule of a delivery.
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: DELIVERY_MAX_ATTEMPTS },
      removalPolicy: stage.removalPolicy,
    });

    const external = props.externalHubUrl;
    const api =
      external === undefined
        ? new HttpApi(this, 'Api', {
            description: 'WebSub hub endpoint of the syndication feeds',
            createDefaultStage: false,
            corsPreflight: {
              allowOrigins: ['*'],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
              allowHeaders: ['Content-Type'],
            },
          })
        : undefined;
    this.hubUrl = external ?? `${api?.apiEndpoint}${HUB_PATH}`;
    const environment = {
      HUB_URL: this.hubUrl,
      HUB_MODE: external === undefined ? 'built-in' : 'external',
      FEEDS_BASE_URL: props.feedsBaseUrl,
      HUB_QUEUE_URL: this.queue.queueUrl,
    };
    const common = {
      metricsNamespace: props.metricsNamespace,
      logRetention: stage.logRetention,
      logRemovalPolicy: stage.removalPolicy,
      memorySize: 256,
      environment,
    };
    this.worker = new ProjectFunction(this, 'Worker', {
      ...common,
      entry: 'functions/hub-worker.ts',
      description: 'WebSub hub: verifications, fan-out, signed deliveries, publish pings',
      serviceName: 'hub-worker',
      timeout: HUB_WORKER_TIMEOUT,
    });
    this.worker.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
    this.queue.grantSendMessages(this.worker);
    this.watched = [
      {
        name: 'HubWorker',
        fn: this.worker,
        timeout: HUB_WORKER_TIMEOUT,
        serviceName: 'hub-worker',
      },
    ];

    if (api !== undefined) {
      this.worker.grantReadObjects(props.feedsBucket, 'FEEDS_BUCKET');
      this.grantSubscriptions(props.table, this.worker, true);
      const endpoint = new ProjectFunction(this, 'Endpoint', {
        ...common,
        entry: 'functions/hub-api.ts',
        description: 'WebSub hub endpoint: subscription requests',
        serviceName: 'hub-api',
        timeout: Duration.seconds(10),
      });
      endpoint.grantReadObjects(props.feedsBucket, 'FEEDS_BUCKET');
      this.grantSubscriptions(props.table, endpoint, false);
      this.queue.grantSendMessages(endpoint);
      const integration = new HttpLambdaIntegration('Endpoint', endpoint);
      api.addRoutes({ path: HUB_PATH, methods: [HttpMethod.GET, HttpMethod.POST], integration });
      throttledLoggedStage(this, 'Stage', {
        httpApi: api,
        throttle: { rateLimit: HUB_RATE_LIMIT, burstLimit: 2 * HUB_RATE_LIMIT },
        stage,
      });
      acknowledgeFinding(
        api,
        'AwsSolutions-APIG4',
        'A WebSub hub endpoint is public by the standard: any subscriber may POST a request. ' +
          'It only queues a verification of intent, sent to the callback, which must echo a ' +
          'random challenge; the stage is throttled and callbacks are address-checked.',
      );
      acknowledgeFinding(
        api,
        guardRule('api_gw_v2_authorization_type_configured_check'),
        'A WebSub hub endpoint is public by the standard (any subscriber may POST); intent is ' +
          'verified at the callback with a random challenge, and the stage is throttled.',
      );
      acknowledgeFinding(
        api,
        guardRule('lambda_function_public_access_prohibited_check'),
        "The endpoint's invoke permissions name API Gateway as principal with a SourceArn of " +
          'this API and route (an Fn::Join of its id, which the rule does not read as a string).',
      );
      this.endpoint = endpoint;
    } else {
      this.endpoint = undefined;
    }
  }

  /**
   * Lets a function publish changed feeds to this hub: `HUB_URL` (what the feeds advertise),
   * `HUB_QUEUE_URL` and sending to the queue.
   *
   * @param fn - the function that writes feed files
   */
  grantPublish(fn: ProjectFunction): void {
    this.queue.grantSendMessages(fn);
    fn.addEnvironment('HUB_URL', this.hubUrl);
    fn.addEnvironment('HUB_QUEUE_URL', this.queue.queueUrl);
  }

  /** Subscription items only: their partition keys start with the subscription prefixes. */
  private grantSubscriptions(table: ArticleTable, fn: ProjectFunction, write: boolean): void {
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [
          'dynamodb:GetItem',
          'dynamodb:Query',
          ...(write ? ['dynamodb:PutItem', 'dynamodb:DeleteItem'] : []),
        ],
        resources: [table.table.tableArn],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': [
              `${KEY_PREFIX.subscription}*`,
              `${KEY_PREFIX.subscriptionHost}*`,
            ],
          },
        },
      }),
    );
    fn.addEnvironment('TABLE_NAME', table.table.tableName);
  }
}
