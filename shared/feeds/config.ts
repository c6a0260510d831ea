import { type Env, positiveIntegerEnv, requireEnv } from '../env.ts';
import { hubUrlSetting } from '../websub/hub-url.ts';
import { DEFAULT_ARCHIVE_PAGE_SIZE } from './archive.ts';
import { InvalidBaseUrlError } from './errors.ts';
import {
  DEFAULT_LEASE_MS,
  DEFAULT_REGENERATION_WINDOW_MS,
  MAX_REGENERATION_WINDOW_MS,
  type ScheduleSettings,
} from './schedule.ts';

/** Items per feed unless `FEED_ITEM_LIMIT` says otherwise. */
export const DEFAULT_FEED_ITEM_LIMIT = 50;

/** The most items a feed may be configured to hold. */
export const MAX_FEED_ITEM_LIMIT = 1000;

/** What rendering and writing feeds needs: the regenerate and reconcile functions. */
export interface FeedsConfig {
  readonly tableName: string;
  readonly feedsBucket: string;
  /** Public base URL of the feeds, without a trailing slash. */
  readonly baseUrl: string;
  readonly itemLimit: number;
  /**
   * Items per archive page (`FEED_ARCHIVE_PAGE_SIZE`, RFC 5005 archives); without it a feed
   * shows its newest `itemLimit` items and nothing older.
   */
  readonly archivePageSize?: number;
  /**
   * The CloudFront distribution serving the feeds (`FEEDS_DISTRIBUTION_ID`), told to forget a
   * rewritten archive page; none locally.
   */
  readonly distributionId?: string;
  /** The WebSub hub the feeds advertise (`HUB_URL`); none when unset. */
  readonly hubUrl?: string;
}

/** The largest archive page. */
export const MAX_ARCHIVE_PAGE_SIZE = 1000;

/**
 * Checks a public base URL of the feeds and drops its trailing slashes.
 *
 * @param value - e.g. `https://d111.cloudfront.net/`
 * @returns e.g. `https://d111.cloudfront.net`
 * @throws InvalidBaseUrlError when it is not an absolute http(s) URL
 */
export function feedsBaseUrl(value: string): string {
  const trimmed = value.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new InvalidBaseUrlError(trimmed);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidBaseUrlError(trimmed);
  }
  return trimmed.replace(/\/+$/, '');
}

/**
 * Reads the feeds configuration from the environment.
 *
 * @param env - the environment, `process.env` by default
 * @returns `TABLE_NAME`, `FEEDS_BUCKET`, `FEEDS_BASE_URL`, `FEED_ITEM_LIMIT` (default 50),
 *   `FEED_ARCHIVE_PAGE_SIZE` (default `DEFAULT_ARCHIVE_PAGE_SIZE`) and the optional `HUB_URL`
 * @throws MissingConfigurationError when a required variable is unset; an error naming the
 *   variable and its value when one is invalid
 */
export function feedsConfigFromEnv(env: Env = process.env): FeedsConfig {
  const baseUrl = feedsBaseUrl(requireEnv('FEEDS_BASE_URL', env));
  const hubUrl = env.HUB_URL?.trim();
  const distributionId = env.FEEDS_DISTRIBUTION_ID?.trim();
  return {
    ...(distributionId ? { distributionId } : {}),
    ...(hubUrl ? { hubUrl: hubUrlSetting(hubUrl) } : {}),
    tableName: requireEnv('TABLE_NAME', env),
    feedsBucket: requireEnv('FEEDS_BUCKET', env),
    baseUrl,
    itemLimit: positiveIntegerEnv(
      'FEED_ITEM_LIMIT',
      DEFAULT_FEED_ITEM_LIMIT,
      env,
      MAX_FEED_ITEM_LIMIT,
    ),
    archivePageSize: positiveIntegerEnv(
      'FEED_ARCHIVE_PAGE_SIZE',
      DEFAULT_ARCHIVE_PAGE_SIZE,
      env,
      MAX_ARCHIVE_PAGE_SIZE,
    ),
  };
}

/**
 * Reads the schedule's timing from the environment.
 *
 * @param env - the environment, `process.env` by default
 * @returns `REGENERATION_WINDOW_MS` (default `DEFAULT_REGENERATION_WINDOW_MS`) and
 *   `FEED_LEASE_MS` (default `DEFAULT_LEASE_MS`)
 * @throws InvalidConfigurationError naming the variable when one is invalid
 */
export function scheduleSettingsFromEnv(env: Env = process.env): ScheduleSettings {
  return {
    windowMs: positiveIntegerEnv(
      'REGENERATION_WINDOW_MS',
      DEFAULT_REGENERATION_WINDOW_MS,
      env,
      MAX_REGENERATION_WINDOW_MS,
    ),
    leaseMs: positiveIntegerEnv('FEED_LEASE_MS', DEFAULT_LEASE_MS, env),
  };
}

/** The feeds (stream) handler's configuration: where marks go and where messages go. */
export interface MarkConfig {
  readonly tableName: string;
  /** The regeneration queue (`REGENERATE_QUEUE_URL`). */
  readonly queueUrl: string;
  readonly windowMs: number;
}

/**
 * Reads the feeds (stream) handler's configuration from the environment.
 *
 * @param env - the environment, `process.env` by default
 * @returns `TABLE_NAME`, `REGENERATE_QUEUE_URL` and the window
 * @throws MissingConfigurationError when a required variable is unset
 */
export function markConfigFromEnv(env: Env = process.env): MarkConfig {
  return {
    tableName: requireEnv('TABLE_NAME', env),
    queueUrl: requireEnv('REGENERATE_QUEUE_URL', env),
    windowMs: scheduleSettingsFromEnv(env).windowMs,
  };
}

/** The regenerate and reconcile functions' configuration. */
export interface RegenerateConfig extends FeedsConfig, ScheduleSettings {
  /** The regeneration queue, for follow-ups (the regenerate function only). */
  readonly queueUrl?: string;
}

/**
 * Reads the regenerate (or reconcile) function's configuration from the environment.
 *
 * @param env - the environment, `process.env` by default
 * @param needsQueue - whether `REGENERATE_QUEUE_URL` is required
 * @returns the feeds configuration, the schedule's timing and the queue
 * @throws MissingConfigurationError when a required variable is unset
 */
export function regenerateConfigFromEnv(
  env: Env = process.env,
  needsQueue = true,
): RegenerateConfig {
  return {
    ...feedsConfigFromEnv(env),
    ...scheduleSettingsFromEnv(env),
    ...(needsQueue ? { queueUrl: requireEnv('REGENERATE_QUEUE_URL', env) } : {}),
  };
}
