/**
 * The hub endpoint (WebSub §5.1): subscribers POST `hub.mode`, `hub.topic`, `hub.callback`,
 * `hub.lease_seconds` and `hub.secret` as a form. A request that passes the checks is queued for
 * verification and answered `202 Accepted`; one that does not gets a 4xx with a plain-text
 * reason. API Gateway's HTTP API calls it on AWS (`functions/hub-api.ts`); the local feeds
 * server calls it for `POST /hub`.
 */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import { DynamoSubscriptionStore } from '../adapters/dynamo/subscriptions.ts';
import { DnsHostResolver } from '../adapters/http/callback-client.ts';
import { S3TopicReader } from '../adapters/s3/feed-content.ts';
import type { HubConfig } from '../websub/config.ts';
import { SubscriptionRequestError } from '../websub/errors.ts';
import type { HostResolver, HubQueue } from '../websub/ports.ts';
import { parsePublishPing } from '../websub/publish-ping.ts';
import { publishJobsOf } from '../websub/push.ts';
import { type AcceptDeps, acceptSubscriptionRequest } from '../websub/subscribe.ts';
import type { SubscriptionRequest } from '../websub/subscription-request.ts';
import type { HandlerLogger, HandlerMetrics } from './observability.ts';

/** Largest request body read (bytes): the form's five parameters fit many times over. */
export const MAX_HUB_REQUEST_BYTES = 8192;

/** Hears what the hub endpoint did; the local runtime and the tests subscribe here. */
export interface HubApiObserver {
  /** A request was queued for verification. */
  accepted?(request: SubscriptionRequest): void;
  /** A request was refused with a 4xx. */
  refused?(error: SubscriptionRequestError): void;
}

/** What {@link createHubApiHandler} needs. */
export interface HubApiHandlerDeps {
  /** Hub URL, feeds base URL, table, bucket and policy (`hubConfigFromEnv` in the Lambda). */
  readonly config: HubConfig;
  readonly clients: {
    readonly s3: S3Client;
    readonly documentClient: DynamoDBDocumentClient;
  };
  /** Where verification jobs go (SQS on AWS, the local runtime's queue locally). */
  readonly queue: HubQueue;
  readonly logger: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly observer?: HubApiObserver;
  /** @default the system resolver */
  readonly resolver?: HostResolver;
  /** ms since the epoch. @default `Date.now` */
  readonly now?: () => number;
}

/** The hub endpoint: an HTTP API request in, a response out. */
export type HubApiHandler = (
  event: APIGatewayProxyEventV2,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

function text(statusCode: number, body: string, headers: Record<string, string> = {}) {
  return {
    statusCode,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
    body: `${body}\n`,
  };
}

function header(event: APIGatewayProxyEventV2, name: string): string {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return '';
}

const USAGE =
  'WebSub hub. POST application/x-www-form-urlencoded with hub.mode=subscribe|unsubscribe, ' +
  'hub.topic (a feed URL), hub.callback, and optionally hub.lease_seconds and hub.secret.';

/**
 * Builds the hub endpoint over its dependencies.
 *
 * @param deps - configuration, clients, queue, logger, metrics and an outcome observer
 * @returns the handler
 * @example
 * export const handler = createHubApiHandler({
 *   config: hubConfigFromEnv(),
 *   clients: { s3: createS3Client(), documentClient: createDocumentClient() },
 *   queue: new SqsHubQueue(requireEnv('HUB_QUEUE_URL'), createSqsClient()),
 *   logger: new Logger(),
 *   metrics: new Metrics(),
 * });
 */
export function createHubApiHandler(deps: HubApiHandlerDeps): HubApiHandler {
  const { config, logger, metrics, observer } = deps;
  const accept: AcceptDeps = {
    feedsBaseUrl: config.feedsBaseUrl,
    policy: config.policy,
    store: new DynamoSubscriptionStore(config.tableName, deps.clients.documentClient),
    topics: new S3TopicReader(config.feedsBucket, deps.clients.s3),
    resolver: deps.resolver ?? new DnsHostResolver(),
    queue: deps.queue,
    now: deps.now ?? Date.now,
  };

  async function respond(event: APIGatewayProxyEventV2) {
    const method = event.requestContext?.http?.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') return text(200, USAGE);
    if (method !== 'POST') return text(405, `Method ${method} not allowed`, { Allow: 'GET, POST' });
    const type = header(event, 'content-type').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') {
      return text(
        415,
        `Content-Type must be application/x-www-form-urlencoded, got ${type || 'none'}`,
      );
    }
    const raw = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
    if (raw.length > MAX_HUB_REQUEST_BYTES) {
      return text(413, `The request body is over ${MAX_HUB_REQUEST_BYTES} bytes (${raw.length})`);
    }
    const form = new URLSearchParams(raw.toString('utf8'));
    try {
      if (config.policy.acceptPublishPings && form.get('hub.mode') === 'publish') {
        const topicKeys = parsePublishPing(form, config.feedsBaseUrl);
        // The same jobs as the feeds' own writes send (`push.ts`).
        await deps.queue.send(publishJobsOf(topicKeys));
        logger.info('Publish ping accepted', { topicKeys });
        return text(202, `Accepted: the hub will deliver ${topicKeys.length} topic(s)`);
      }
      const request = await acceptSubscriptionRequest(form, accept);
      metrics.addMetric('SubscriptionRequestsAccepted', MetricUnit.Count, 1);
      logger.info('Subscription request accepted', {
        mode: request.mode,
        topicKey: request.topicKey,
        callbackHost: request.callbackHost,
        leaseSeconds: request.leaseSeconds,
      });
      observer?.accepted?.(request);
      return text(
        202,
        `Accepted: the hub will verify this ${request.mode} request at the callback`,
      );
    } catch (error) {
      if (error instanceof SubscriptionRequestError) {
        metrics.addMetric('SubscriptionRequestsRefused', MetricUnit.Count, 1);
        logger.warn('Subscription request refused', {
          status: error.status,
          reason: error.message,
        });
        observer?.refused?.(error);
        return text(error.status, error.message);
      }
      logger.error('Subscription request failed', { error });
      return text(503, 'The hub could not take the request now; send it again later', {
        'Retry-After': '30',
      });
    }
  }

  return async (event, context) => {
    if (context !== undefined) logger.addContext(context);
    try {
      return await respond(event);
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
