/**
 * The upload API in the local runtime: the same app as the Lambda's, over the local S3 server
 * and DynamoDB Local, served under `/v1/` by the feeds server; and an API key for `demo` that
 * the start-up banner shows in a working `curl` example.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Hono } from 'hono';
import { DynamoPageStates } from '../../shared/adapters/dynamo/page-states.ts';
import type { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { DynamoRateLimits } from '../../shared/adapters/dynamo/rate-limits.ts';
import { S3InboxPages } from '../../shared/adapters/s3/inbox-pages.ts';
import { createKey } from '../../shared/publishers/admin.ts';
import { parseApiKey, secretMatches } from '../../shared/publishers/api-keys.ts';
import type { PublisherDirectory } from '../../shared/publishers/ports.ts';
import { createUploadApi } from '../../shared/upload-api/app.ts';

/** What the local upload API is built from. */
export interface LocalUploadApiSettings {
  readonly tableName: string;
  readonly inboxBucket: string;
  readonly s3: S3Client;
  readonly documentClient: DynamoDBDocumentClient;
  readonly registry: DynamoPublisherRegistry;
  readonly publishers: PublisherDirectory;
  readonly maxPageBytes: number;
  readonly feedsBaseUrl: string;
  readonly log: (line: string) => void;
}

/**
 * @param settings - clients, names, limits
 * @returns the app
 */
export function localUploadApi(settings: LocalUploadApiSettings): Hono {
  return createUploadApi({
    inbox: new S3InboxPages(settings.inboxBucket, settings.s3),
    states: new DynamoPageStates(settings.tableName, settings.documentClient),
    keys: settings.registry,
    publishers: settings.publishers,
    rateLimits: new DynamoRateLimits(settings.tableName, settings.documentClient),
    maxPageBytes: settings.maxPageBytes,
    feedsBaseUrl: settings.feedsBaseUrl,
    onError: (error) =>
      settings.log(`api      error: ${error instanceof Error ? error.message : String(error)}`),
  }) as unknown as Hono;
}

/** File of the data folder holding the demo key (the registry keeps only its hash). */
const DEMO_KEY_FILE = 'demo-api-key';

/**
 * The API key of `demo` for the banner: the one kept in the data folder while it still works,
 * else a new one (kept there for the next start).
 *
 * @param dataDir - the runtime's data folder
 * @param registry - the registry and key store
 * @returns the key, or null when there is no active `demo` publisher
 */
export async function demoApiKey(
  dataDir: string,
  registry: DynamoPublisherRegistry,
): Promise<string | null> {
  const demo = await registry.get('demo');
  if (demo === null) return null;
  const file = join(dataDir, DEMO_KEY_FILE);
  const kept = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => null,
  );
  const parsed = kept === null ? null : parseApiKey(kept);
  if (kept !== null && parsed !== null && parsed.publisherId === 'demo') {
    const stored = await registry.getKey('demo', parsed.keyId);
    if (stored !== null && stored.revokedAt === null && secretMatches(parsed.secret, stored)) {
      return kept;
    }
  }
  const { apiKey } = await createKey({ registry, keys: registry }, 'demo');
  await writeFile(file, `${apiKey}\n`, { mode: 0o600 });
  return apiKey;
}
