/**
 * Options of a local runtime that lives for one run of a program — a test, a benchmark, a check:
 * any free ports (so it never meets `npm start` or another run), its own data folder, no
 * watched folder and no sample pages.
 */
import type { LocalRuntimeOptions } from './start-runtime.ts';

/**
 * @param dataDir - a folder of its own (usually a temporary one)
 * @returns options for `startLocalRuntime`; spread them and add what the run is about
 * @example
 * const runtime = await startLocalRuntime({ ...throwawayRuntimeOptions(dataDir), feedItemLimit: 250 });
 */
export function throwawayRuntimeOptions(dataDir: string) {
  return {
    dataDir,
    httpPort: 0,
    s3Port: 0,
    dynamoDbPort: 0,
    inboxDir: false,
    samples: false,
  } as const satisfies LocalRuntimeOptions;
}
