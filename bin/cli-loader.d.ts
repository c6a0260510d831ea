/** Types of `cli-loader.js` (plain JavaScript: it runs before anything can load TypeScript). */

/** A build of the compiled CLI. */
export interface CliBuild {
  /** Its folder, relative to {@link CLI_CACHE}. */
  readonly dir: string;
  /** The project root it was built from. */
  readonly root: string;
  /** Every source, relative to the root, with its size and mtime when built. */
  readonly files: Readonly<Record<string, readonly [number, number]>>;
}

/** The compiled CLI's entry module in a build (every module of a build is `.mjs`). */
export declare const CLI_ENTRY: string;

/** Where the compiled CLI is kept: one folder per build, and `manifest.json` naming the current. */
export declare const CLI_CACHE: string;

/**
 * Builds the CLI into a new folder of the cache and makes it current.
 *
 * @returns the new build
 */
export declare function buildCli(): Promise<CliBuild>;

/**
 * The CLI module: compiled (rebuilt first when a source changed), else through tsx.
 *
 * @returns the module of `cli/syndicate.ts`
 */
export declare function loadCli(): Promise<typeof import('../cli/syndicate.ts')>;
