/**
 * The Java that runs DynamoDB Local: which executable, and which release it is, so the runtime
 * can check it before anything starts (see `local/runtime/prerequisites.ts`).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The oldest Java release DynamoDB Local runs on. */
export const MIN_JAVA_VERSION = 17;

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
 * Runs `<java> -version`.
 *
 * @param command - the executable, from {@link javaExecutable}
 * @param env - the environment whose `PATH` finds it
 * @returns what it printed on stdout and stderr
 * @throws the spawn error (`ENOENT` when there is no such executable)
 */
export function javaVersionOutput(command: string, env: Env = process.env): Promise<string> {
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
    child.once('error', reject);
    child.once('close', () => resolve(output));
  });
}
