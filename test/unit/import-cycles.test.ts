import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, runtimeImports } from '../support/import-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the modules load without import cycles', () => {
  it('reads value imports and re-exports, and leaves out imports of types only', () => {
    const source = [
      "import type { A } from './a.ts';",
      "import { type B, type C } from './b.ts';",
      "import { type D, e } from './d.ts';",
      "import {\n  f,\n  g,\n} from '../f.ts';",
      "export { h } from './h.ts';",
      "import './side-effect.ts';",
      "import { load } from 'cheerio/slim';",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['./d.ts', '../f.ts', './h.ts', './side-effect.ts']);
  });

  it('finds a cycle through several modules and a module importing itself', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('has no cycle of run-time imports among the pipeline’s own sources', () => {
    const graph = importGraph(ROOT, ['shared', 'functions', 'local', 'infra', 'cli', 'bench']);
    expect(graph.size).toBeGreaterThan(200);
    expect(importCycles(graph)).toEqual([]);
  });
});
