/**
 * Runs the `syndicate` CLI in the test's own process: `main` with the given arguments and
 * streams that collect what it writes. Only a test about the real launcher spawns `bin/`.
 */
import { Writable } from 'node:stream';
import type { CommandIo } from '../../cli/command.ts';
import { main } from '../../cli/syndicate.ts';

/** What one run of the CLI produced. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Streams that keep what is written to them.
 *
 * @returns the streams, and readers of what each received so far
 */
export function capturedIo(): { io: CommandIo; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  return {
    io: { stdout: sink(out), stderr: sink(err) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/**
 * Runs `syndicate <args…>` in this process.
 *
 * @param args - the arguments after `syndicate`
 * @param env - the environment the command sees, `process.env` by default
 * @returns the exit code and the output
 * @example
 * const { code, stdout } = await runCli(['extract', 'test/fixtures/en-blog-jsonld-array.html']);
 */
export async function runCli(
  args: readonly string[],
  env?: Readonly<Record<string, string | undefined>>,
): Promise<CliRun> {
  const { io, out, err } = capturedIo();
  const code = await main(args, env === undefined ? io : { ...io, env });
  return { code, stdout: out(), stderr: err() };
}
