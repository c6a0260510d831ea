import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A module's path (relative to the scanned root) and the modules it loads when it runs. */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * `import … from '…'`, `export … from '…'` and bare `import '…'` statements, as the formatter
 * writes them at the top of a file. Dynamic `import()` is lazy and left out.
 */
const STATEMENT = /^(?:import|export)\s+(?:(type\s+)?([^;]*?)\s+from\s+)?'([^']+)';/gm;

/** Whether an import clause names only types (`type A`, `{ type A, type B }`): erased at run time. */
function onlyTypes(typeKeyword: string | undefined, clause: string | undefined): boolean {
  if (typeKeyword !== undefined) return true;
  const inBraces = clause?.match(/^\{([\s\S]*)\}$/)?.[1];
  if (inBraces === undefined) return false;
  const names = inBraces
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

/** The relative modules a source file loads at run time, as written in its import statements. */
export function runtimeImports(source: string): string[] {
  const targets: string[] = [];
  for (const [, typeKeyword, clause, target] of source.matchAll(STATEMENT)) {
    if (target?.startsWith('.') && !onlyTypes(typeKeyword, clause)) targets.push(target);
  }
  return targets;
}

/** Every `.ts` file under `folders` of `root` (tests and declarations left out). */
function sourceFiles(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file) => join(folder, file)),
  );
}

/** The run-time import graph of the TypeScript sources under `folders` of `root`. */
export function importGraph(root: string, folders: readonly string[]): ImportGraph {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root, folders)) {
    const source = readFileSync(join(root, file), 'utf8');
    graph.set(
      file,
      runtimeImports(source).map((target) => relative(root, resolve(root, dirname(file), target))),
    );
  }
  return graph;
}

/**
 * The graph's cycles: each strongly connected component of more than one module, or a module
 * importing itself (Tarjan's algorithm), its modules sorted.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (module: string): number => {
    const own = index.size;
    index.set(module, own);
    let lowest = own;
    stack.push(module);
    for (const next of graph.get(module) ?? []) {
      if (!graph.has(next)) continue;
      const seen = index.get(next);
      if (seen === undefined) lowest = Math.min(lowest, visit(next));
      else if (stack.includes(next)) lowest = Math.min(lowest, seen);
    }
    if (lowest !== own) return lowest;
    const component = stack.splice(stack.indexOf(module));
    if (component.length > 1 || graph.get(module)?.includes(module)) cycles.push(component.sort());
    return lowest;
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return cycles;
}
