/**
 * The local runtime's fixed defaults and their environment overrides, shared by `syndicate start`,
 * `syndicate upload` and `syndicate status` so the three agree on where things run.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3RVER_CREDENTIALS } from '../emulators/s3-server.ts';
import { LocalConfigError } from './errors.ts';

/** Names and ports of the local pipeline. */
export interface LocalDefaults {
  /** Port of the feeds HTTP server (`SYNDICATE_HTTP_PORT`). */
  readonly httpPort: number;
  /** Port of the S3 server (`SYNDICATE_S3_PORT`). */
  readonly s3Port: number;
  /** Port of DynamoDB Local (`SYNDICATE_DYNAMODB_PORT`). */
  readonly dynamoDbPort: number;
  /** Folder of the persisted data (`SYNDICATE_DATA_DIR`, else `.local/` in the project). */
  readonly dataDir: string;
  /** Folder watched for pages to upload (`SYNDICATE_INBOX_DIR`, else `inbox/` in the project). */
  readonly inboxDir: string;
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly feedsBucket: string;
  readonly region: string;
}

/**
 * The project's folder: the default data and inbox folders live there whatever the current
 * directory, so `syndicate status` run from a subfolder finds what `npm start` wrote.
 */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The credentials the local servers accept (s3rver only knows this pair). */
export const LOCAL_CREDENTIALS = S3RVER_CREDENTIALS;

/**
 * Parses a TCP port.
 *
 * @param value - the text given
 * @param source - the flag or variable it came from, for the message
 * @returns the port (0 means any free port)
 * @throws LocalConfigError when it is not an integer from 0 to 65535
 */
export function parsePort(value: string, source: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new LocalConfigError(
      `${source} must be a port number from 0 to 65535, got ${JSON.stringify(value)}`,
    );
  }
  return port;
}

/**
 * The defaults, with environment overrides applied.
 *
 * @param env - the environment, `process.env` by default
 * @returns the settings
 * @throws LocalConfigError when a port variable is not a port
 */
export function localDefaults(env: NodeJS.ProcessEnv = process.env): LocalDefaults {
  const port = (name: string, fallback: number) => {
    const value = env[name];
    return value === undefined || value.trim() === '' ? fallback : parsePort(value, name);
  };
  return {
    httpPort: port('SYNDICATE_HTTP_PORT', 3000),
    s3Port: port('SYNDICATE_S3_PORT', 4569),
    dynamoDbPort: port('SYNDICATE_DYNAMODB_PORT', 8000),
    dataDir: env.SYNDICATE_DATA_DIR?.trim() || join(PROJECT_ROOT, '.local'),
    inboxDir: env.SYNDICATE_INBOX_DIR?.trim() || join(PROJECT_ROOT, 'inbox'),
    tableName: 'syndication',
    inboxBucket: 'inbox',
    feedsBucket: 'feeds',
    region: 'us-east-1',
  };
}
