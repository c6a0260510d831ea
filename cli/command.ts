/** The contract of a `syndicate` subcommand and the errors the dispatcher maps to exit codes. */

/** Where a command writes; the real process streams, or buffers in a test. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** The environment the command reads (ports, Java, debug output). @default `process.env` */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** One subcommand, in `cli/commands/<name>.ts`. */
export interface Command {
  /** One line for the command list of `syndicate --help`. */
  readonly summary: string;
  /** The full `--help` text of the command. */
  readonly help: string;
  /**
   * Runs the command.
   *
   * @param args - the arguments after the command name
   * @param io - the output streams
   * @returns the process exit code
   */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Bad arguments: the dispatcher prints the message and a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
