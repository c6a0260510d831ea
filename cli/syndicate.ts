/**
 * The `syndicate` command line: dispatches `syndicate <command> [args…]` to
 * `cli/commands/<command>.ts`. To add a command, write the module (exporting a `command` that
 * implements {@link Command}) and add one line to {@link COMMANDS}. Importing this module runs
 * nothing: `bin/syndicate.js` calls {@link main} with the process's arguments, tests call it with
 * their own arguments and streams.
 */
import { parseArgs } from 'node:util';
import { type Command, type CommandIo, EXIT, UsageError } from './command.ts';

/** The commands, loaded on demand so `extract` does not pay for the AWS SDK of `upload`. */
const COMMANDS: Readonly<Record<string, () => Promise<{ command: Command }>>> = {
  extract: () => import('./commands/extract.ts'),
  upload: () => import('./commands/upload.ts'),
  status: () => import('./commands/status.ts'),
  start: () => import('./commands/start.ts'),
  feeds: () => import('./commands/feeds.ts'),
  publishers: () => import('./commands/publishers.ts'),
};

async function usage(): Promise<string> {
  const lines = ['Usage: syndicate <command> [options]', '', 'Commands:'];
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  for (const [name, load] of Object.entries(COMMANDS)) {
    const { command } = await load();
    lines.push(`  ${name.padEnd(width)}  ${command.summary}`);
  }
  lines.push('', 'Run `syndicate <command> --help` for the options of a command.');
  return `${lines.join('\n')}\n`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the CLI.
 *
 * @param argv - the arguments after `syndicate`
 * @param io - the output streams
 * @returns the exit code: 0 success, 1 failure, 2 bad usage or rejected input
 * @example await main(['extract', 'page.html'], process)
 */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(await usage());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = rest[0];
    const load = topic === undefined ? undefined : COMMANDS[topic];
    io.stdout.write(load ? (await load()).command.help : await usage());
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    io.stderr.write(`syndicate: unknown command ${JSON.stringify(name)}\n\n${await usage()}`);
    return EXIT.usage;
  }
  const { command } = await load();
  try {
    const { values } = parseArgs({
      args: [...rest],
      options: { help: { type: 'boolean', short: 'h' } },
      strict: false,
      allowPositionals: true,
    });
    if (values.help === true) {
      io.stdout.write(command.help);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(
        `syndicate ${name}: ${error.message}\nRun \`syndicate ${name} --help\` for usage.\n`,
      );
      return EXIT.usage;
    }
    // A bug, not bad input: one line, no stack trace, unless SYNDICATE_DEBUG asks for it.
    io.stderr.write(`syndicate ${name}: unexpected error: ${message(error)}\n`);
    if (process.env.SYNDICATE_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT.failure;
  }
}
