/**
 * What must hold before the local runtime starts anything: its fixed ports are free and Java is
 * there, recent enough for DynamoDB Local. Each failure is one sentence saying what to do.
 */
import { createServer } from 'node:net';
import {
  JAVA_VERSION_TIMEOUT_MS,
  JavaVersionTimeoutError,
  javaExecutable,
  javaMajorVersion,
  javaVersionOutput,
  MIN_JAVA_VERSION,
} from '../emulators/java.ts';
import { LocalStartError } from './errors.ts';

/** What to install, for the Java messages. */
const JAVA_INSTALL_HINT = `install a Java runtime ${MIN_JAVA_VERSION} or newer (e.g. \`sudo apt-get install openjdk-${MIN_JAVA_VERSION}-jre-headless\`, or Temurin from adoptium.net) and put it on PATH or set JAVA_HOME`;

/** A port to check, with what listens there and how to choose another. */
export interface PortUse {
  /** The port; 0 (any free port) always passes. */
  readonly port: number;
  /** The server, for the message. */
  readonly what: string;
  /** The flag and variable that choose another port, for the message. */
  readonly override: string;
}

/**
 * Checks that a fixed port is free before a server is started on it, so that a second
 * `npm start` fails with a sentence rather than a server's bind error.
 *
 * @param use - the port, its server and how to choose another
 * @throws LocalStartError when the port is in use or cannot be bound
 */
export async function checkPortFree({ port, what, override }: PortUse): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new LocalStartError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} (${what}) is already in use — is the pipeline already running? Choose another with ${override}.`
            : `Cannot listen on port ${port} (${what}): ${error.message}`,
          { cause: error },
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * Checks that Java is installed and recent enough for DynamoDB Local.
 *
 * @param env - the environment whose `JAVA_HOME` and `PATH` find Java
 * @param timeoutMs - how long `java -version` may take before it counts as hung
 * @returns the Java executable to run DynamoDB Local with
 * @throws LocalStartError saying what was found and what to install
 */
export async function checkJava(
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs: number = JAVA_VERSION_TIMEOUT_MS,
): Promise<string> {
  const command = javaExecutable(env);
  let output: string;
  try {
    output = await javaVersionOutput(command, env, timeoutMs);
  } catch (error) {
    if (error instanceof JavaVersionTimeoutError) {
      throw new LocalStartError(
        `DynamoDB Local needs Java ${MIN_JAVA_VERSION} or newer, and \`${command} -version\` did not answer within ${timeoutMs / 1000} s (it was stopped; is that Java broken?): ${JAVA_INSTALL_HINT}.`,
        { cause: error },
      );
    }
    const where = command === 'java' ? 'no java on PATH' : `no ${command} (from JAVA_HOME)`;
    throw new LocalStartError(
      `DynamoDB Local needs Java, and there is ${where}: ${JAVA_INSTALL_HINT}.`,
      {
        cause: error,
      },
    );
  }
  const version = javaMajorVersion(output);
  if (version === null) {
    const said = output.trim().split('\n')[0] ?? '';
    throw new LocalStartError(
      `DynamoDB Local needs Java ${MIN_JAVA_VERSION} or newer, and \`${command} -version\` did not say which release it is (${JSON.stringify(said)}): ${JAVA_INSTALL_HINT}.`,
    );
  }
  if (version < MIN_JAVA_VERSION) {
    throw new LocalStartError(
      `DynamoDB Local needs Java ${MIN_JAVA_VERSION} or newer, and ${command} is Java ${version}: ${JAVA_INSTALL_HINT}.`,
    );
  }
  return command;
}

/**
 * Checks the ports, then Java.
 *
 * @param ports - the fixed ports the runtime will listen on
 * @param env - the environment whose `JAVA_HOME` and `PATH` find Java
 * @returns the Java executable to run DynamoDB Local with
 * @throws LocalStartError naming the port taken, or what Java to install
 */
export async function checkPrerequisites(
  ports: readonly PortUse[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  for (const use of ports) await checkPortFree(use);
  return checkJava(env);
}
