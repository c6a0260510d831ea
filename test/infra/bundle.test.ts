import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFunction } from '../../infra/constructs/project-function.ts';
import { CREATE_REQUIRE_BANNER } from '../../infra/constructs/project-function.ts';
import { logicalId, resource } from './specs/stages.ts';
import { type SynthesizedStage, synthStage } from './synth-stage.ts';

// The one infra test that really bundles: esbuild runs on functions/ingest.ts and feeds.ts.
let prod: SynthesizedStage;
beforeAll(() => {
  prod = synthStage('prod', { bundle: true });
});
afterAll(() => prod?.dispose());

const MiB = 1024 * 1024;
const FUNCTIONS: readonly {
  name: string;
  fn: (stage: SynthesizedStage) => ProjectFunction;
  budget: number;
}[] = [
  // cheerio, sanitize-html, franc-min and the S3 + DynamoDB clients.
  { name: 'ingest', fn: (stage) => stage.stack.ingest.handler, budget: 3 * MiB },
  { name: 'feeds', fn: (stage) => stage.stack.feeds.handler, budget: 1.5 * MiB },
];

function assetDir(stage: SynthesizedStage, fn: ProjectFunction): string {
  const code = resource(stage, logicalId(stage, fn)).Properties.Code as { S3Key: string };
  return path.join(stage.assembly.directory, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
}

/** Every `node_modules` folder an import from `dir` could resolve into. */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'node_modules'))) found.push(current);
    if (path.dirname(current) === current) return found;
  }
}

describe.each(FUNCTIONS)('the $name bundle', ({ fn, budget }) => {
  const dir = () => assetDir(prod, fn(prod));
  const source = () => readFileSync(path.join(dir(), 'index.mjs'), 'utf8');

  it('is one ESM file with its source map next to it', () => {
    expect(readdirSync(dir()).sort()).toEqual(['index.mjs', 'index.mjs.map']);
    expect(source().trimEnd().endsWith('//# sourceMappingURL=index.mjs.map')).toBe(true);
    const map = JSON.parse(readFileSync(path.join(dir(), 'index.mjs.map'), 'utf8'));
    expect(map.version).toBe(3);
    expect(map.sources.some((s: string) => s.includes('functions/'))).toBe(true);
  });

  it('starts with the createRequire banner, so inlined CommonJS can require built-ins', () => {
    expect(source().startsWith(CREATE_REQUIRE_BANNER)).toBe(true);
  });

  it('is minified', () => {
    const text = source();
    const lines = text.split('\n').length;
    expect(text.length / lines).toBeGreaterThan(1000);
  });

  it(`stays under its size budget (${budget / MiB} MiB)`, () => {
    const bytes = statSync(path.join(dir(), 'index.mjs')).size;
    expect(bytes).toBeGreaterThan(10_000);
    expect(bytes).toBeLessThan(budget);
  });

  it('loads with no node_modules in reach and exports a handler (the AWS SDK is inside)', () => {
    const entry = path.join(dir(), 'index.mjs');
    expect(nodeModulesAbove(dir())).toEqual([]);
    const output = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(entry)}); process.stdout.write(typeof m.handler);`,
      ],
      {
        encoding: 'utf8',
        timeout: 30_000,
        env: {
          PATH: process.env.PATH,
          AWS_REGION: 'eu-west-1',
          TABLE_NAME: 'articles',
          INBOX_BUCKET: 'inbox',
          FEEDS_BUCKET: 'feeds',
          FEEDS_BASE_URL: 'https://d111111abcdef8.cloudfront.net',
          POWERTOOLS_SERVICE_NAME: 'bundle-test',
          POWERTOOLS_METRICS_NAMESPACE: 'BundleTest',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(output).toBe('function');
  });
});
