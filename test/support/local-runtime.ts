/**
 * A local runtime in a test: options with free ports, the given data folder, no watched folder,
 * no samples, and retries fast enough for a test (each test adds what it is about); and uploads
 * to its inbox, as a publisher's S3 client makes them.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { LocalRuntimeOptions } from '../../local/runtime/start-runtime.ts';
import { throwawayRuntimeOptions } from '../../local/runtime/throwaway-options.ts';

/**
 * @param dataDir - a temporary folder for the runtime's data
 * @param overrides - what the test changes
 * @returns options for `startLocalRuntime`
 * @example
 * runtime = await startLocalRuntime(testRuntimeOptions(dataDir, { samples: true }));
 */
export function testRuntimeOptions(
  dataDir: string,
  overrides: Partial<LocalRuntimeOptions> = {},
): LocalRuntimeOptions {
  return {
    ...throwawayRuntimeOptions(dataDir),
    queue: { retryDelayMs: () => 50 },
    stream: { pollIntervalMs: 500, retryDelayMs: () => 50 },
    // A short window, so the confirming follow-up of each change runs within the test; a short
    // lease, so one left by a killed runtime expires soon.
    regenerationWindowMs: 100,
    feedLeaseMs: 5_000,
    ...overrides,
  };
}

/**
 * Uploads a page to the inbox of a local runtime through its S3 server (`text/html`).
 *
 * @param s3 - a client of the runtime's S3 server
 * @param inboxBucket - the runtime's inbox bucket
 * @param key - the inbox key (`<publisher>/…`)
 * @param body - the page
 * @example
 * await uploadPage(s3, runtime.inboxBucket, 'demo/a.html', page);
 * await runtime.idle();
 */
export async function uploadPage(
  s3: S3Client,
  inboxBucket: string,
  key: string,
  body: Buffer | string,
): Promise<void> {
  await s3.send(
    new PutObjectCommand({ Bucket: inboxBucket, Key: key, Body: body, ContentType: 'text/html' }),
  );
}
