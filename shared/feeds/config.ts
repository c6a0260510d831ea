import { requireEnv } from '../env.ts';
import { InvalidBaseUrlError } from './errors.ts';

/** Items per feed unless `FEED_ITEM_LIMIT` says otherwise. */
export const DEFAULT_FEED_ITEM_LIMIT = 50;

/** The feeds Lambda's configuration. */
export interface FeedsConfig {
  readonly tableName: string;
  readonly feedsBucket: string;
  /** Public base URL of the feeds, without a trailing slash. */
  readonly baseUrl: string;
  readonly itemLimit: number;
}

/**
 * Reads the feeds configuration from the environment.
 *
 * @returns `TABLE_NAME`, `FEEDS_BUCKET`, `FEEDS_BASE_URL` and `FEED_ITEM_LIMIT` (default 50)
 * @throws MissingConfigurationError when a required variable is unset; an Error naming the
 *   variable and its value when one is invalid
 */
export function feedsConfigFromEnv(): FeedsConfig {
  const baseUrl = requireEnv('FEEDS_BASE_URL').trim();
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new InvalidBaseUrlError(baseUrl);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidBaseUrlError(baseUrl);
  }
  const rawLimit = process.env.FEED_ITEM_LIMIT?.trim() ?? '';
  const itemLimit = rawLimit === '' ? DEFAULT_FEED_ITEM_LIMIT : Number(rawLimit);
  if (!Number.isSafeInteger(itemLimit) || itemLimit < 1 || itemLimit > 1000) {
    throw new Error(
      `FEED_ITEM_LIMIT must be an integer from 1 to 1000, got ${JSON.stringify(rawLimit)}`,
    );
  }
  return {
    tableName: requireEnv('TABLE_NAME'),
    feedsBucket: requireEnv('FEEDS_BUCKET'),
    baseUrl: baseUrl.replace(/\/+$/, ''),
    itemLimit,
  };
}
