/**
 * How V8 compiles the extractor's regular expressions: a setting of the process that runs it,
 * applied by the processes' entries (every Lambda bundle, the `syndicate` launcher), never by the
 * extractor itself, which stays free of side effects.
 *
 * By default V8 runs a regular expression's first match in its bytecode interpreter and compiles
 * it to machine code when it runs again ("tier-up"), so each pattern is compiled twice, and its
 * first match runs interpreted. The extractor holds hundreds of large patterns (Unicode classes,
 * case folding, word lists in many languages), most of them first matched on the first page a
 * process extracts: compiled straight to machine code, that first extraction takes about half
 * the time, and a warm process is as fast as before (docs/performance.md, "Regular expressions
 * compiled once").
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag that compiles every regular expression to machine code on its first match. */
export const NATIVE_REGEXP_FLAG = '--no-regexp-tier-up';

/** V8 flags by which a command line chooses how regular expressions are compiled. */
const CHOSEN_ON_COMMAND_LINE = /^--(?:no-)?regexp[-_](?:tier[-_]up|interpret[-_]all)/;

/**
 * The flag a process should set, given its Node options.
 *
 * @param execArgv - the process's Node options (`process.execArgv`)
 * @returns {@link NATIVE_REGEXP_FLAG}, or null when the command line chose already
 */
export function regexpTierSetting(execArgv: readonly string[]): string | null {
  return execArgv.some((arg) => CHOSEN_ON_COMMAND_LINE.test(arg)) ? null : NATIVE_REGEXP_FLAG;
}

/**
 * Has V8 compile regular expressions matched from now on straight to machine code, unless the
 * process's command line chose how (so `node --regexp-tier-up …` compares with V8's default).
 * Call it first thing in a process's entry.
 */
export function compileRegExpsNatively(): void {
  const flag = regexpTierSetting(process.execArgv);
  if (flag !== null) setFlagsFromString(flag);
}
