import { type Env, positiveIntegerEnv, requireEnv } from '../env.ts';
import { feedsBaseUrl } from '../feeds/config.ts';
import { DEFAULT_MAX_PAGE_BYTES } from '../ingest/config.ts';

/** The upload API function's settings. */
export interface UploadApiConfig {
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly feedsBaseUrl: string;
  readonly maxPageBytes: number;
}

/**
 * Reads the settings from the environment.
 *
 * @param env - the environment
 * @returns `TABLE_NAME`, `INBOX_BUCKET`, `FEEDS_BASE_URL` and `MAX_PAGE_BYTES` (default
 *   `DEFAULT_MAX_PAGE_BYTES`)
 * @throws MissingConfigurationError naming a missing variable
 */
export function uploadApiConfigFromEnv(env: Env = process.env): UploadApiConfig {
  return {
    tableName: requireEnv('TABLE_NAME', env),
    inboxBucket: requireEnv('INBOX_BUCKET', env),
    feedsBaseUrl: feedsBaseUrl(requireEnv('FEEDS_BASE_URL', env)),
    maxPageBytes: positiveIntegerEnv('MAX_PAGE_BYTES', DEFAULT_MAX_PAGE_BYTES, env),
  };
}
