import { type Env, positiveIntegerEnv, requireEnv } from '../env.ts';

/** Largest page the ingest reads unless `MAX_PAGE_BYTES` says otherwise: 5 MiB. */
export const DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;

/**
 * Ingest instances that may run at once (the queue's event source caps them): the most writers
 * that can race for one site's profile item, each taking its batch one page at a time.
 */
export const INGEST_MAX_CONCURRENCY = 20;

/** Settings of the ingest handler. */
export interface IngestConfig {
  readonly tableName: string;
  /** Larger pages are rejected from their size alone, before their body is read. */
  readonly maxPageBytes: number;
}

/**
 * Reads the ingest's settings: `TABLE_NAME` (required) and `MAX_PAGE_BYTES` (default 5 MiB).
 *
 * @param env - the environment, `process.env` by default
 * @returns the settings
 * @throws MissingConfigurationError when `TABLE_NAME` is unset; InvalidConfigurationError when
 *   `MAX_PAGE_BYTES` is not a positive integer
 */
export function ingestConfigFromEnv(env: Env = process.env): IngestConfig {
  return {
    tableName: requireEnv('TABLE_NAME', env),
    maxPageBytes: positiveIntegerEnv('MAX_PAGE_BYTES', DEFAULT_MAX_PAGE_BYTES, env),
  };
}
