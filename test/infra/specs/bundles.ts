import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREATE_REQUIRE_BANNER } from '../../../infra/bundling/lambda-build-options.ts';
import type { ProjectFunction } from '../../../infra/constructs/project-function.ts';
import type { SynthesizedStage } from '../synth-stage.ts';
import { logicalId, resource, type Stages } from './stages.ts';

/** Issue 11's budget for each bundle (1 MB); `npm run bench` measures size and start-up. */
const BUDGET_BYTES = 1_000_000;
const FUNCTIONS: readonly {
  name: string;
  fn: (stage: SynthesizedStage) => ProjectFunction;
}[] = [
  // cheerio, franc-min and the S3 + DynamoDB clients.
  { name: 'ingest', fn: (stage) => stage.stack.ingest.handler },
  { name: 'feeds', fn: (stage) => stage.stack.feeds.handler },
  { name: 'regenerate', fn: (stage) => stage.stack.feeds.regenerator.handler },
  { name: 'reconcile', fn: (stage) => stage.stack.feeds.reconciler.handler },
  { name: 'upload-api', fn: (stage) => stage.stack.uploadApi.handler },
  { name: 'hub-worker', fn: (stage) => stage.stack.hub.worker },
  {
    name: 'hub-api',
    fn: (stage) => {
      const { endpoint } = stage.stack.hub;
      if (endpoint === undefined) throw new Error(`${stage.stack.stackName} has no hub endpoint`);
      return endpoint;
    },
  },
];

/** The bundled source files under `node_modules`, as the source map lists them. */
function bundledPackageFiles(dir: string): string[] {
  const map = JSON.parse(readFileSync(path.join(dir, 'index.mjs.map'), 'utf8')) as {
    sources: string[];
  };
  return map.sources
    .map((source) => source.replaceAll('\\', '/'))
    .filter((source) => source.includes('node_modules/'))
    .map((source) => source.slice(source.indexOf('node_modules/') + 'node_modules/'.length));
}

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

/**
 * The functions' bundles in the prod stage, which `stack.test.ts` synthesizes with bundling (esbuild
 * runs on each function): one file, size budget, single copies, loads on its own.
 */
export function describeBundles(stages: Stages): void {
  describe.each(FUNCTIONS)('the $name bundle', ({ fn }) => {
    const dir = () => assetDir(stages.prod, fn(stages.prod));
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

    it("ends without esbuild's block of legal comments, as lambdaBuildOptions() asks", () => {
      // Powertools' coverage directives (`v8 ignore next -- @preserve`) took 405 bytes of it.
      expect(/\/\*! Bundled license information/.exec(source())?.[0]).toBeUndefined();
    });

    it('is minified', () => {
      const text = source();
      const lines = text.split('\n').length;
      expect(text.length / lines).toBeGreaterThan(1000);
    });

    it(`stays within the size budget (${BUDGET_BYTES.toLocaleString('en-US')} bytes)`, () => {
      const bytes = statSync(path.join(dir(), 'index.mjs')).size;
      expect(bytes).toBeGreaterThan(10_000);
      expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
    });

    it('holds one copy of each HTML package, no iconv-lite and no sanitize-html or postcss', () => {
      const files = bundledPackageFiles(dir());
      expect(files.length).toBeGreaterThan(0);
      for (const name of ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'entities']) {
        // A second version would sit in a nested node_modules folder.
        const nested = files.filter((f) => f.includes(`/node_modules/${name}/`));
        expect(nested, `copies of ${name}`).toEqual([]);
      }
      expect(files.filter((f) => f.startsWith('iconv-lite/'))).toEqual([]);
      // A test compares the allowlist writer with sanitize-html; the functions never load it.
      expect(files.filter((f) => /^(sanitize-html|postcss)\//.test(f))).toEqual([]);
    });

    it('takes SDK credentials from the environment, without the rest of the default chain', () => {
      const files = bundledPackageFiles(dir());
      expect(files.filter((f) => f.startsWith('@aws-sdk/credential-provider-env/'))).not.toEqual(
        [],
      );
      const chain = files.filter((f) =>
        /^@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity|http|login)|nested-clients|token-providers)\//.test(
          f,
        ),
      );
      expect(chain).toEqual([]);
    });

    it("leaves the SDK's event-stream codec out (no operation the functions send has one)", () => {
      const codec = bundledPackageFiles(dir()).filter((f) =>
        f.startsWith('@smithy/core/dist-es/submodules/event-streams/'),
      );
      expect(codec).toEqual([]);
    });

    it('loads with no node_modules in reach, exports a handler (the AWS SDK is inside) and maps its stack traces', () => {
      const entry = path.join(dir(), 'index.mjs');
      expect(nodeModulesAbove(dir())).toEqual([]);
      const output = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const before = Error.prepareStackTrace; const m = await import(${JSON.stringify(entry)}); process.stdout.write(typeof m.handler + (Error.prepareStackTrace === before ? '' : ', stacks mapped'));`,
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
            REGENERATE_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/regenerate',
            HUB_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/123456789012/hub',
            HUB_URL: 'https://d111111abcdef8.cloudfront.net/hub',
            POWERTOOLS_SERVICE_NAME: 'bundle-test',
            POWERTOOLS_METRICS_NAMESPACE: 'BundleTest',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      // Through the source map beside it, read on the first stack (functions/support/).
      expect(output).toBe('function, stacks mapped');
    });
  });

  it("writes the ingest bundle in UTF-8: the extractor's words as written, not escaped", () => {
    const fn = stages.prod.stack.ingest.handler;
    const text = readFileSync(path.join(assetDir(stages.prod, fn), 'index.mjs'), 'utf8');
    // Escaped six bytes a letter, the word lists and franc-min's models took 71 KB more
    // (989,045 against 917,485 bytes on 2026-12-03).
    expect(text).toContain('quản trị|quản trị viên');
    expect(text).not.toContain('qu\\u1EA3n tr\\u1ECB');
  });
}
