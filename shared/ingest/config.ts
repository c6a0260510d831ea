import { requireEnv } from '../env.ts';
import { DEFAULT_MAX_PAGE_BYTES } from './ingest-event.ts';

/** Settings of the ingest Lambda, from its environment. */
export interface IngestConfig {
  readonly tableName: string;
  readonly maxPageBytes: number;
}

/**
 * Reads the ingest's settings: `TABLE_NAME` (required) and `MAX_PAGE_BYTES` (default 5 MiB).
 *
 * @returns the settings
 * @throws MissingConfigurationError when `TABLE_NAME` is unset; Error when `MAX_PAGE_BYTES` is not
 *   a positive integer
 */
export function ingestConfigFromEnv(): IngestConfig {
  const tableName = requireEnv('TABLE_NAME');
  const raw = process.env.MAX_PAGE_BYTES;
  let maxPageBytes = DEFAULT_MAX_PAGE_BYTES;
  if (raw !== undefined && raw.trim() !== '') {
    maxPageBytes = Number(raw);
    if (!Number.isSafeInteger(maxPageBytes) || maxPageBytes <= 0) {
      throw new Error(`MAX_PAGE_BYTES must be a positive integer, got ${JSON.stringify(raw)}`);
    }
  }
  return { tableName, maxPageBytes };
}
