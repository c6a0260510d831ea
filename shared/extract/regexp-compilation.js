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
 *
 * V8 flags are not meant to change once code has run: a pattern the process ran before this
 * setting, then runs again, can crash it in machine code (the launcher did so when its loader had
 * run patterns first). So each entry sets it before any of its code runs a pattern. Plain
 * JavaScript (types in `regexp-compilation.d.ts`): the launcher imports it before anything can
 * load TypeScript.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag that compiles every regular expression to machine code on its first match. */
export const NATIVE_REGEXP_FLAG = '--no-regexp-tier-up';

/**
 * V8 flags by which a command line chooses how regular expressions are compiled, and those that
 * start so (`--regexp-tier-up-ticks=10`), written with dashes.
 */
const CHOSEN_ON_COMMAND_LINE = [
  '--regexp-tier-up',
  '--no-regexp-tier-up',
  '--regexp-interpret-all',
  '--no-regexp-interpret-all',
];

/**
 * The flag a process should set, given its Node options.
 *
 * @param {readonly string[]} execArgv - the process's Node options (`process.execArgv`)
 * @returns {string | null} {@link NATIVE_REGEXP_FLAG}, or null when the command line chose already
 */
export function regexpTierSetting(execArgv) {
  // Read without a regular expression: none may run before the flag is set.
  const chose = (/** @type {string} */ arg) => {
    const dashed = arg.replaceAll('_', '-');
    return CHOSEN_ON_COMMAND_LINE.some((flag) => dashed.startsWith(flag));
  };
  return execArgv.some(chose) ? null : NATIVE_REGEXP_FLAG;
}

/**
 * Has V8 compile regular expressions matched from now on straight to machine code, unless the
 * process's command line chose how (so `node --regexp-tier-up …` compares with V8's default).
 * Call it before any of the process's code runs a pattern.
 */
export function compileRegExpsNatively() {
  const flag = regexpTierSetting(process.execArgv);
  if (flag !== null) setFlagsFromString(flag);
}
