/**
 * The WebSub hub of the local runtime, wired as on AWS: the hub endpoint handler (served by the
 * feeds server at `/hub`), the hub queue (an in-process stand-in for SQS with a dead-letter
 * list) and the hub worker consuming it, with subscriptions in DynamoDB Local. The feeds handler
 * sends `publish` jobs to the same queue. Callbacks on loopback addresses are allowed, so a
 * subscriber on the same machine works; private and metadata addresses stay refused.
 *
 * With an external hub, only the queue and the worker run: they ping that hub.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { createHubApiHandler, type HubApiHandler } from '../../shared/handlers/hub-api-handler.ts';
import {
  createHubWorkerHandler,
  type HubWorkerObserver,
} from '../../shared/handlers/hub-worker-handler.ts';
import { discardedMetrics } from '../../shared/handlers/observability.ts';
import {
  DEFAULT_HUB_POLICY,
  type HubConfig,
  type HubPolicy,
  type RetrySchedule,
} from '../../shared/websub/config.ts';
import {
  describeHubJob,
  type HubJob,
  parseHubJob,
  serializeHubJob,
} from '../../shared/websub/jobs.ts';
import type { HostResolver, HubQueue, ReceivedMessage } from '../../shared/websub/ports.ts';
import { type FeedPush, hubPush } from '../../shared/websub/push.ts';
import type { DeadLetter } from '../event-sources/dead-letters.ts';
import { oneAtATime } from '../event-sources/handlers.ts';
import { localLambdaContext } from '../event-sources/lambda-context.ts';
import { LocalQueue, type QueueStats, sqsRecordOf } from '../event-sources/queue.ts';
import { readableLogger } from '../runtime/readable-log.ts';

/** Settings of the local hub; every one has a default. */
export interface LocalHubOptions {
  /**
   * URL of an external hub: the feeds advertise it and the runtime only pings it.
   * @default the built-in hub, at the feeds server's `/hub`
   */
  readonly external?: string;
  /** The hub's clock (leases), ms since the epoch. @default `Date.now` */
  readonly now?: () => number;
  /** Retries of deliveries and pings. @default `DELIVERY_RETRIES` (as on AWS) */
  readonly retries?: RetrySchedule;
  /** Limits. @default those of `DEFAULT_HUB_POLICY` */
  readonly maxSubscriptionsPerTopic?: number;
  readonly maxSubscriptionsPerHost?: number;
  /** Resolves callback hosts. @default the system resolver */
  readonly resolver?: HostResolver;
  /** Hears what the worker did (tests). */
  readonly observer?: HubWorkerObserver;
}

/** What {@link startLocalHub} needs from the runtime. */
export interface LocalHubSettings {
  readonly options: LocalHubOptions;
  /** The built-in hub's URL (ignored with an external hub). */
  readonly builtInUrl: string;
  readonly feedsBaseUrl: string;
  readonly tableName: string;
  readonly feedsBucket: string;
  readonly region: string;
  readonly clients: { readonly s3: S3Client; readonly documentClient: DynamoDBDocumentClient };
  /** Keeps a job that failed every attempt (the runtime's dead letters). */
  readonly deadLetter: (letter: DeadLetter) => Promise<void>;
  readonly log: (line: string) => void;
}

/** A running local hub. */
export interface LocalHub {
  /** The hub the feeds advertise. */
  readonly url: string;
  readonly mode: HubConfig['mode'];
  /** The endpoint handler (built-in hub only). */
  readonly api: HubApiHandler | undefined;
  /** What the feeds handler tells of written files. */
  readonly push: FeedPush;
  readonly stats: () => QueueStats;
  /** Resolves once no job is waiting, delayed or running. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** The hub queue port over the local queue. */
class LocalHubQueue implements HubQueue {
  constructor(
    private readonly queue: () => LocalQueue,
    private readonly identity: { readonly region: string; readonly queueArn: string },
  ) {}

  async send(jobs: readonly HubJob[]): Promise<void> {
    for (const job of jobs) {
      this.queue().send(sqsRecordOf(serializeHubJob(job), this.identity, new Date()));
    }
  }

  async retryLater(message: ReceivedMessage, delayMs: number): Promise<void> {
    this.queue().changeVisibility(message.messageId, delayMs);
  }
}

function subjectsOf(record: SQSRecord): string[] {
  try {
    return [describeHubJob(parseHubJob(record.body))];
  } catch {
    return [];
  }
}

/**
 * Starts the local hub.
 *
 * @param settings - options, URLs, table, bucket, clients, where dead letters go, log sink
 * @returns the running hub
 */
export function startLocalHub(settings: LocalHubSettings): LocalHub {
  const { options, region, log } = settings;
  const external = options.external;
  const retries = options.retries ?? DEFAULT_HUB_POLICY.retries;
  const policy: HubPolicy = {
    ...DEFAULT_HUB_POLICY,
    allowLoopbackCallbacks: true,
    // `syndicate feeds rebuild` runs in another process, without the in-process hub queue.
    acceptPublishPings: true,
    retries,
    maxSubscriptionsPerTopic:
      options.maxSubscriptionsPerTopic ?? DEFAULT_HUB_POLICY.maxSubscriptionsPerTopic,
    maxSubscriptionsPerHost:
      options.maxSubscriptionsPerHost ?? DEFAULT_HUB_POLICY.maxSubscriptionsPerHost,
  };
  const config: HubConfig = {
    mode: external === undefined ? 'built-in' : 'external',
    hubUrl: external ?? settings.builtInUrl,
    feedsBaseUrl: settings.feedsBaseUrl,
    tableName: settings.tableName,
    feedsBucket: settings.feedsBucket,
    policy,
  };
  const now = options.now ?? Date.now;
  const logger = readableLogger(log);
  let queue: LocalQueue | undefined;
  const hubQueue = new LocalHubQueue(
    () => {
      if (queue === undefined) throw new Error('The hub queue is not running');
      return queue;
    },
    { region, queueArn: `arn:aws:sqs:${region}:000000000000:hub` },
  );
  const worker = createHubWorkerHandler({
    config,
    clients: settings.clients,
    queue: hubQueue,
    logger,
    metrics: discardedMetrics,
    now,
    ...(options.observer === undefined ? {} : { observer: options.observer }),
  });
  const work = oneAtATime((event: SQSEvent) =>
    worker(event, localLambdaContext('hub-worker', region)),
  );
  queue = new LocalQueue({
    handler: work,
    source: 'hub',
    subjectsOf,
    maxReceiveCount: retries.maxAttempts,
    // The worker sets each failed delivery's wait; anything else is retried after a short one.
    retryDelayMs: () => Math.min(retries.firstDelayMs, 1000),
    onInvocationError: (error) => log(`ERROR hub worker invocation failed: ${String(error)}`),
    deadLetter: settings.deadLetter,
  });
  const running = queue;
  const api =
    external === undefined
      ? createHubApiHandler({
          config,
          clients: settings.clients,
          queue: hubQueue,
          logger,
          metrics: discardedMetrics,
          now,
          ...(options.resolver === undefined ? {} : { resolver: options.resolver }),
        })
      : undefined;
  return {
    url: config.hubUrl,
    mode: config.mode,
    api,
    push: hubPush(hubQueue),
    stats: () => ({ ...running.stats }),
    idle: () => running.idle(),
    stop: () => running.stop(),
  };
}
