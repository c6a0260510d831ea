/**
 * The hub's policies: leases, limits, timeouts and the retry schedule, and how the Lambdas read
 * them from their environment. The local runtime and the tests pass a {@link HubPolicy} of
 * their own (short retries, small limits, loopback callbacks allowed).
 */
import { type Env, positiveIntegerEnv, requireEnv } from '../env.ts';
import { feedsBaseUrl } from '../feeds/config.ts';
import { hubUrlSetting } from './hub-url.ts';

/** Lease given when a subscriber asks for none (7 days). */
export const DEFAULT_LEASE_SECONDS = 7 * 24 * 3600;

/** Shortest lease the hub gives (5 minutes): a shorter one is raised to it. */
export const MIN_LEASE_SECONDS = 300;

/** Longest lease the hub gives (30 days): a longer one is cut to it. Leases always end. */
export const MAX_LEASE_SECONDS = 30 * 24 * 3600;

/** Active subscriptions one topic may have. */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_TOPIC = 1000;

/**
 * Active subscriptions whose callbacks share one host name, over every topic. An aggregator
 * subscribing to every format of every feed fits; a host collecting thousands does not.
 */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_HOST = 500;

/**
 * Deliveries (and publish pings) tried before the message is dead-lettered and the subscription
 * ends; also the `maxReceiveCount` of the hub queue's redrive policy on AWS.
 */
export const DELIVERY_MAX_ATTEMPTS = 8;

/** Wait before the first retry (ms); each later wait is {@link RETRY_FACTOR} times longer. */
export const FIRST_RETRY_DELAY_MS = 30_000;

/** Growth of the wait between retries. */
export const RETRY_FACTOR = 3;

/** Longest wait between two attempts (ms): 6 hours, under SQS's 12-hour visibility limit. */
export const MAX_RETRY_DELAY_MS = 6 * 3600 * 1000;

/** How long a callback (verification or delivery) may take to answer (ms). */
export const CALLBACK_TIMEOUT_MS = 10_000;

/** The most of a verification answer read: it must echo a 43-character challenge. */
export const MAX_VERIFICATION_BODY_BYTES = 1024;

/** `hub.secret` must be shorter than this (bytes, UTF-8), as WebSub requires. */
export const MAX_SECRET_BYTES = 200;

/** Longest callback URL accepted. */
export const MAX_CALLBACK_LENGTH = 2048;

/** The retry schedule of deliveries and publish pings. */
export interface RetrySchedule {
  /** Attempts before dead-lettering. */
  readonly maxAttempts: number;
  /** Wait after the first failed attempt (ms). */
  readonly firstDelayMs: number;
  /** Growth factor of the wait. */
  readonly factor: number;
  /** Longest wait (ms). */
  readonly maxDelayMs: number;
}

/** The production retry schedule. */
export const DELIVERY_RETRIES: RetrySchedule = {
  maxAttempts: DELIVERY_MAX_ATTEMPTS,
  firstDelayMs: FIRST_RETRY_DELAY_MS,
  factor: RETRY_FACTOR,
  maxDelayMs: MAX_RETRY_DELAY_MS,
};

/**
 * The wait before the next attempt, after `attempt` attempts failed.
 *
 * @param attempt - attempts made so far (1 after the first)
 * @param schedule - the schedule
 * @returns milliseconds to wait
 * @example
 * retryDelayMs(1, DELIVERY_RETRIES); // 30_000
 * retryDelayMs(3, DELIVERY_RETRIES); // 270_000
 */
export function retryDelayMs(attempt: number, schedule: RetrySchedule = DELIVERY_RETRIES): number {
  const delay = schedule.firstDelayMs * schedule.factor ** Math.max(0, attempt - 1);
  return Math.min(schedule.maxDelayMs, delay);
}

/** What the hub allows. */
export interface HubPolicy {
  readonly minLeaseSeconds: number;
  readonly maxLeaseSeconds: number;
  readonly defaultLeaseSeconds: number;
  readonly maxSubscriptionsPerTopic: number;
  readonly maxSubscriptionsPerHost: number;
  /**
   * Whether callbacks may resolve to loopback addresses (the local runtime, where the
   * subscriber runs on the same machine). Private, link-local and metadata addresses are
   * refused either way.
   */
  readonly allowLoopbackCallbacks: boolean;
  /**
   * Whether the endpoint takes publish pings (`hub.mode=publish`, `publish-ping.ts`) and fans
   * them out like the feeds' own publish jobs: the local runtime, for a rebuild run by another
   * process. On AWS every writer of feed files has the hub queue, so a ping is refused there.
   */
  readonly acceptPublishPings: boolean;
  readonly retries: RetrySchedule;
  readonly callbackTimeoutMs: number;
}

/** The policy on AWS. */
export const DEFAULT_HUB_POLICY: HubPolicy = {
  minLeaseSeconds: MIN_LEASE_SECONDS,
  maxLeaseSeconds: MAX_LEASE_SECONDS,
  defaultLeaseSeconds: DEFAULT_LEASE_SECONDS,
  maxSubscriptionsPerTopic: DEFAULT_MAX_SUBSCRIPTIONS_PER_TOPIC,
  maxSubscriptionsPerHost: DEFAULT_MAX_SUBSCRIPTIONS_PER_HOST,
  allowLoopbackCallbacks: false,
  acceptPublishPings: false,
  retries: DELIVERY_RETRIES,
  callbackTimeoutMs: CALLBACK_TIMEOUT_MS,
};

/**
 * Where the feeds' hub is: the pipeline's own (`built-in`, which takes subscriptions and
 * delivers), or another (`external`, which the pipeline only tells of updates).
 */
export type HubMode = 'built-in' | 'external';

/** The hub functions' configuration. */
export interface HubConfig {
  readonly mode: HubMode;
  /** The hub's public URL, advertised by every feed (`HUB_URL`). */
  readonly hubUrl: string;
  /** Public base URL of the feeds (`FEEDS_BASE_URL`): topics are feed URLs under it. */
  readonly feedsBaseUrl: string;
  /** The table holding subscriptions (`TABLE_NAME`). */
  readonly tableName: string;
  /** The feeds bucket, read for delivered content (`FEEDS_BUCKET`). */
  readonly feedsBucket: string;
  readonly policy: HubPolicy;
}

/**
 * Reads the hub functions' configuration from the environment.
 *
 * @param env - the environment, `process.env` by default
 * @returns `HUB_MODE` (`built-in` unless `external`), `HUB_URL`, `FEEDS_BASE_URL`, `TABLE_NAME`,
 *   `FEEDS_BUCKET`, and the limits `HUB_MAX_SUBSCRIPTIONS_PER_TOPIC` and
 *   `HUB_MAX_SUBSCRIPTIONS_PER_HOST`
 * @throws MissingConfigurationError when a required variable is unset
 */
export function hubConfigFromEnv(env: Env = process.env): HubConfig {
  const mode = env.HUB_MODE === 'external' ? 'external' : 'built-in';
  return {
    mode,
    hubUrl: hubUrlSetting(requireEnv('HUB_URL', env)),
    feedsBaseUrl: feedsBaseUrl(requireEnv('FEEDS_BASE_URL', env)),
    tableName: mode === 'built-in' ? requireEnv('TABLE_NAME', env) : (env.TABLE_NAME ?? ''),
    feedsBucket: mode === 'built-in' ? requireEnv('FEEDS_BUCKET', env) : (env.FEEDS_BUCKET ?? ''),
    policy: {
      ...DEFAULT_HUB_POLICY,
      maxSubscriptionsPerTopic: positiveIntegerEnv(
        'HUB_MAX_SUBSCRIPTIONS_PER_TOPIC',
        DEFAULT_MAX_SUBSCRIPTIONS_PER_TOPIC,
        env,
      ),
      maxSubscriptionsPerHost: positiveIntegerEnv(
        'HUB_MAX_SUBSCRIPTIONS_PER_HOST',
        DEFAULT_MAX_SUBSCRIPTIONS_PER_HOST,
        env,
      ),
    },
  };
}
