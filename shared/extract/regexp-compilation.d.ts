/** Types of `regexp-compilation.js` (plain JavaScript: the launcher imports it before TypeScript). */

/** The V8 flag that compiles every regular expression to machine code on its first match. */
export declare const NATIVE_REGEXP_FLAG: string;

/**
 * The flag a process should set, given its Node options.
 *
 * @param execArgv - the process's Node options (`process.execArgv`)
 * @returns {@link NATIVE_REGEXP_FLAG}, or null when the command line chose already
 */
export declare function regexpTierSetting(execArgv: readonly string[]): string | null;

/**
 * Has V8 compile regular expressions matched from now on straight to machine code, unless the
 * process's command line chose how. Call it before any of the process's code runs a pattern.
 */
export declare function compileRegExpsNatively(): void;
