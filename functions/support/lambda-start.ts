/**
 * Imported first by every Lambda entry file, so that it runs before any other module of the
 * bundle loads (ES modules evaluate their imports in order): the bundle maps its stack traces
 * through its source map, read on first use (`register-source-mapped-stacks.ts`), and V8
 * compiles its regular expressions straight to machine code (`compile-regexps-natively.ts`).
 *
 * An import rather than esbuild's `inject`: an injected file is imported into every module of
 * the bundle, and every module then opened with a call to it, 5.7 KB of the ingest bundle.
 */
import './register-source-mapped-stacks.ts';
import './compile-regexps-natively.ts';
