/**
 * Vitest global setup of the integration project: one DynamoDB Local for every test file of the
 * run, started before the first worker and stopped after the last file. Each file then works in
 * its own table (see `useLocalAws`), so files stay isolated while the JVM starts once instead of
 * once per file.
 *
 * The server runs in the vitest main process behind the watchdog of `process-group.ts`: the
 * teardown stops it, and if vitest dies without tearing down (a crash, SIGKILL) the watchdog
 * kills java when its pipe from the dead parent closes.
 */
import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Endpoint of the DynamoDB Local shared by the test files of this project. */
    sharedDynamoDbEndpoint: string;
  }
}

/**
 * Starts the shared DynamoDB Local and hands its endpoint to the test files.
 *
 * @param project - the vitest project whose files share it
 * @returns the teardown, which stops the server
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamo = await startDynamoDbLocal();
  project.provide('sharedDynamoDbEndpoint', dynamo.endpoint);
  return () => dynamo.stop();
}
