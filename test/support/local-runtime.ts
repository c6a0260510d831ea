/**
 * Options for a local runtime in a test: free ports, the given data folder, no watched folder,
 * no samples, and retries fast enough for a test; each test adds what it is about.
 */
import type { LocalRuntimeOptions } from '../../local/runtime/start-runtime.ts';

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
    dataDir,
    httpPort: 0,
    s3Port: 0,
    dynamoDbPort: 0,
    inboxDir: false,
    samples: false,
    queue: { retryDelayMs: () => 50 },
    stream: { pollIntervalMs: 50, retryDelayMs: () => 50 },
    // A short window, so the confirming follow-up of each change runs within the test; a short
    // lease, so one left by a killed runtime expires soon.
    regenerationWindowMs: 100,
    feedLeaseMs: 5_000,
    ...overrides,
  };
}
