/**
 * Options for a local pipeline in a test: free ports, the given data folder, no watched folder,
 * no samples, and retries fast enough for a test; each test adds what it is about.
 */
import type { LocalPipelineOptions } from '../../local/runtime/start-runtime.ts';

/**
 * @param dataDir - a temporary folder for the pipeline's data
 * @param overrides - what the test changes
 * @returns options for `startLocalPipeline`
 * @example
 * pipeline = await startLocalPipeline(testPipelineOptions(dataDir, { samples: true }));
 */
export function testPipelineOptions(
  dataDir: string,
  overrides: Partial<LocalPipelineOptions> = {},
): LocalPipelineOptions {
  return {
    dataDir,
    httpPort: 0,
    s3Port: 0,
    dynamoDbPort: 0,
    inboxDir: false,
    samples: false,
    queue: { retryDelayMs: () => 50 },
    stream: { pollIntervalMs: 50, retryDelayMs: () => 50 },
    ...overrides,
  };
}
