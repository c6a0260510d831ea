/**
 * The Java that runs DynamoDB Local: which executable, and which release it is, so the runtime
 * can check it before anything starts (see `local/runtime/prerequisites.ts`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The oldest Java release DynamoDB Local runs on. */
export const MIN_JAVA_VERSION = 17;

/**
 * How long `java -version` may take. It answers within a second on a quiet machine and a few on
 * a loaded one; a Java that hangs (a broken install, a wrapper waiting for input) would otherwise
 * hang `npm start` before it prints anything.
 */
export const JAVA_VERSION_TIMEOUT_MS = 20_000;

/** `java -version` did not finish in time; the process was killed. */
export class JavaVersionTimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`\`${command} -version\` did not finish within ${timeoutMs} ms; it was stopped`);
    this.name = 'JavaVersionTimeoutError';
  }
}

/** Environment variables, as `process.env` holds them. */
type Env = Readonly<Record<string, string | undefined>>;

/**
 * The Java executable: `$JAVA_HOME/bin/java` when `JAVA_HOME` is set, else `java` from `PATH`.
 *
 * @param env - the environment, `process.env` by default
 * @returns the command to run
 */
export function javaExecutable(env: Env = process.env): string {
  const home = env.JAVA_HOME?.trim();
  return home ? join(home, 'bin', 'java') : 'java';
}

/**
 * Reads the major release from `java -version` output.
 *
 * @param output - what `java -version` printed (it prints on stderr)
 * @returns e.g. 17 for `openjdk version "17.0.9"`, 8 for `java version "1.8.0_392"`, or null
 * @example javaMajorVersion('openjdk version "21.0.2" 2024-01-16'); // 21
 */
export function javaMajorVersion(output: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (match === null) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/**
 * Runs `<java> -version`, and kills it when it does not finish in time.
 *
 * @param command - the executable, from {@link javaExecutable}
 * @param env - the environment whose `PATH` finds it
 * @param timeoutMs - how long it may take
 * @returns what it printed on stdout and stderr
 * @throws the spawn error (`ENOENT` when there is no such executable), or
 *   {@link JavaVersionTimeoutError} once the process that did not finish in time has exited
 */
export function javaVersionOutput(
  command: string,
  env: Env = process.env,
  timeoutMs: number = JAVA_VERSION_TIMEOUT_MS,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['-version'], {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      child.removeAllListeners('close');
      // Settled once it is gone: a caller that goes on (or a test that checks) finds no java left.
      child.once('exit', () => reject(new JavaVersionTimeoutError(command, timeoutMs)));
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}
