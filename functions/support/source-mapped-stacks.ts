/**
 * Stack traces of a bundled Lambda in terms of its TypeScript sources, mapped when a stack is
 * first read instead of when the bundle loads.
 *
 * Node's `--enable-source-maps` gives the same stacks but reads and indexes the bundle's source
 * map while the module loads: about 15% of the ingest function's initialisation, on every cold
 * start, for stacks that most instances never print (docs/performance.md, "Speed budgets").
 * Here the map is read on the first stack trace an instance formats (an error logged with its
 * stack, or one the Lambda runtime reports), once per instance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bundle is: V8 names an ES module's frames by URL, a script's by path. */
interface Bundle {
  readonly url: string;
  readonly file: string;
  readonly mapFile: string;
}

/** The bundle's map and lines, once read; `null` when they could not be (stacks then stay as V8 writes them). */
interface Loaded {
  readonly map: SourceMap;
  readonly lines: readonly string[];
}

let loaded: Loaded | null | undefined;

function load(bundle: Bundle): Loaded | null {
  try {
    const payload = JSON.parse(readFileSync(bundle.mapFile, 'utf8')) as SourceMapPayload;
    return { map: new SourceMap(payload), lines: readFileSync(bundle.file, 'utf8').split('\n') };
  } catch {
    return null;
  }
}

function inBundle(frame: NodeJS.CallSite, bundle: Bundle): boolean {
  const name = frame.getFileName();
  return name === bundle.url || name === bundle.file;
}

/**
 * A source's path as Node's own source-map support shows it: the map writes it relative to the
 * folder the bundle was built in, and it is resolved against the map's folder (in a Lambda,
 * `/var/task`; steps above the root stop there), which leaves the project's own path in it
 * (`…/shared/extract/title.ts`).
 */
function sourcePath(source: string, bundle: Bundle): string {
  return path.resolve(path.dirname(bundle.mapFile), source);
}

/** One frame as V8 writes it, with the bundle's position replaced by the source's when the map has it. */
function formatFrame(frame: NodeJS.CallSite, bundle: Bundle): string {
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (!inBundle(frame, bundle) || line === null || column === null) return `${frame}`;
  loaded ??= load(bundle);
  const origin = loaded?.map.findOrigin(line, column);
  if (loaded == null || origin === undefined || !('fileName' in origin)) return `${frame}`;
  const position = `${sourcePath(origin.fileName, bundle)}:${origin.lineNumber}:${origin.columnNumber}`;
  const name = sourceName(frame, loaded);
  const prefix = frame.isAsync() ? 'async ' : frame.isConstructor() ? 'new ' : '';
  return name ? `${prefix}${name} (${position})` : `${prefix}${position}`;
}

/** How far from a function's start its name can be (`async function name`, `name = async (`). */
const NAME_REACH = 24;

/**
 * The function's name in the sources, where the minifier renamed it: the map's name for the
 * identifier V8 names the function by, the occurrence in the bundle's text nearest the
 * function's start (after it for a declaration, before it for an arrow function's variable).
 */
function sourceName(frame: NodeJS.CallSite, { map, lines }: Loaded): string | null {
  const bundled = frame.getFunctionName();
  const line = frame.getEnclosingLineNumber();
  const column = frame.getEnclosingColumnNumber();
  if (bundled === null || line === null || column === null) return bundled;
  const start = column - 1;
  const from = Math.max(0, start - NAME_REACH - bundled.length);
  const text = lines[line - 1]?.slice(from, start + NAME_REACH + bundled.length) ?? '';
  const word = new RegExp(
    `(?<![\\w$#])${bundled.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&')}(?![\\w$])`,
    'g',
  );
  let nearest: number | undefined;
  for (const match of text.matchAll(word)) {
    const at = from + match.index;
    if (nearest === undefined || Math.abs(at - start) < Math.abs(nearest - start)) nearest = at;
  }
  if (nearest === undefined) return bundled;
  const entry = map.findEntry(line - 1, nearest);
  if (!('generatedColumn' in entry) || entry.generatedColumn !== nearest) return bundled;
  // Node's entries carry the map's name, which its type declarations leave out.
  return (entry as { readonly name?: string }).name ?? bundled;
}

/** The error's first line, as V8 writes it when nothing formats the stack. */
function heading(error: Error): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return '<error>';
  }
}

/**
 * Maps this instance's stack traces through the bundle's source map, read on first use.
 *
 * Does nothing where the bundle has no map beside it: the functions run unbundled (tests, the
 * local runtime), where the stacks already name the sources.
 *
 * @param bundleUrl - `import.meta.url` of a module inside the bundle (the bundle's own URL)
 * @returns whether stacks will be mapped
 */
export function mapStackTracesOnDemand(bundleUrl: string): boolean {
  if (!bundleUrl.startsWith('file:')) return false;
  const file = fileURLToPath(bundleUrl);
  const bundle: Bundle = { url: bundleUrl, file, mapFile: `${file}.map` };
  if (!existsSync(bundle.mapFile)) return false;
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) => {
    if (previous !== undefined && !frames.some((frame) => inBundle(frame, bundle))) {
      return previous(error, frames);
    }
    const lines = frames.map((frame) => {
      try {
        return `    at ${formatFrame(frame, bundle)}`;
      } catch {
        return `    at ${frame}`;
      }
    });
    return [heading(error), ...lines].join('\n');
  };
  return true;
}
