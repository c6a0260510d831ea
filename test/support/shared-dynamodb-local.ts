/**
 * Vitest global setup of the project whose files use DynamoDB Local (`servers`: integration,
 * end-to-end and pipeline robustness files): one server for every such file of the run, started
 * before the first worker and stopped after the last file. Each file then works in its own tables
 * (see `useLocalAws` and `testRuntimeOptions`), so files stay isolated while the JVM starts, and
 * warms up, once instead of once per file or runtime.
 *
 * Every project that lists this file runs it, each in its own module instance: the server is
 * kept on `globalThis` of the vitest main process with a count of its projects, and the last
 * teardown stops it. It runs behind the watchdog of `process-group.ts`: if vitest dies without
 * tearing down (a crash, SIGKILL), the watchdog kills java when its pipe from the dead parent
 * closes.
 */
import type { TestProject } from 'vitest/node';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Endpoint of the DynamoDB Local shared by the test files of this project. */
    sharedDynamoDbEndpoint: string;
  }
}

/** The run's server and how many projects' setups hold it. */
interface Shared {
  readonly server: Promise<DynamoDbLocal>;
  users: number;
}

const KEY = Symbol.for('syndication.test.sharedDynamoDbLocal');
const holder = globalThis as { [KEY]?: Shared };

/**
 * Starts the shared DynamoDB Local (or joins the one another project started) and hands its
 * endpoint to the project's files.
 *
 * @param project - the vitest project whose files share it
 * @returns the teardown, which stops the server after the last project
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = holder[KEY] ?? { server: startDynamoDbLocal(), users: 0 };
  holder[KEY] = shared;
  shared.users += 1;
  const release = async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    if (holder[KEY] === shared) delete holder[KEY];
    await (await shared.server).stop();
  };
  let dynamo: DynamoDbLocal;
  try {
    dynamo = await shared.server;
  } catch (error) {
    shared.users -= 1;
    if (shared.users === 0 && holder[KEY] === shared) delete holder[KEY];
    throw error;
  }
  project.provide('sharedDynamoDbEndpoint', dynamo.endpoint);
  return release;
}
