/** Argument checks shared by the local runtime's commands (`start`, `status`, `upload`). */
import { parsePort } from '../../local/runtime/defaults.ts';
import { UsageError } from '../command.ts';

/**
 * Runs an argument parser, turning what it throws into a {@link UsageError} (exit code 2 and a
 * hint to `--help`).
 *
 * @param parse - e.g. a `node:util` `parseArgs` call
 * @returns what the parser returned
 * @throws UsageError with the parser's message
 */
export function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/**
 * Reads a port flag.
 *
 * @param value - the flag's value, if given
 * @param flag - the flag's name, e.g. `--s3-port`, for the message
 * @returns the port, or undefined when the flag is absent
 * @throws UsageError when it is not a port number
 */
export function portFlag(value: string | undefined, flag: string): number | undefined {
  return value === undefined ? undefined : asUsage(() => parsePort(value, flag));
}
