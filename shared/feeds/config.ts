import { type Env, positiveIntegerEnv, requireEnv } from '../env.ts';
import { InvalidBaseUrlError } from './errors.ts';

/** Items per feed unless `FEED_ITEM_LIMIT` says otherwise. */
export const DEFAULT_FEED_ITEM_LIMIT = 50;

/** The most items a feed may be configured to hold. */
export const MAX_FEED_ITEM_LIMIT = 1000;

/** The feeds handler's configuration. */
export interface FeedsConfig {
  readonly tableName: string;
  readonly feedsBucket: string;
  /** Public base URL of the feeds, without a trailing slash. */
  readonly baseUrl: string;
  readonly itemLimit: number;
}

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
 * @returns `TABLE_NAME`, `FEEDS_BUCKET`, `FEEDS_BASE_URL` and `FEED_ITEM_LIMIT` (default 50)
 * @throws MissingConfigurationError when a required variable is unset; an error naming the
 *   variable and its value when one is invalid
 */
export function feedsConfigFromEnv(env: Env = process.env): FeedsConfig {
  const baseUrl = feedsBaseUrl(requireEnv('FEEDS_BASE_URL', env));
  return {
    tableName: requireEnv('TABLE_NAME', env),
    feedsBucket: requireEnv('FEEDS_BUCKET', env),
    baseUrl,
    itemLimit: positiveIntegerEnv(
      'FEED_ITEM_LIMIT',
      DEFAULT_FEED_ITEM_LIMIT,
      env,
      MAX_FEED_ITEM_LIMIT,
    ),
  };
}
