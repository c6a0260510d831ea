/**
 * What `lambdaBuildOptions()` changes works once bundled: the extractor's language detection
 * (franc-min's models, packed, read through `language-rank.ts`) gives what it gives unbundled, an SDK
 * client takes its credentials from the environment (the alias), as Lambda provides them, the
 * S3 client's copy describes every operation as the SDK does and, bundled, puts, reads and deletes
 * objects on a real S3-compatible server (s3rver) with its endpoint rules packed, event streams are
 * left out, and the packed HTML entity trie decodes as the package's own.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { decodeHTML } from 'entities';
import { htmlDecodeTree } from 'entities/decode';
import { build } from 'esbuild';
import { data } from 'franc-min/data.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaBuildOptions } from '../../infra/bundling/lambda-build-options.ts';
import MapLRUCache from '../../infra/bundling/map-lru-cache.ts';
import {
  CHECKSUM_MODULES,
  checksumPackageDir,
  leftOutFallbackSource,
  nativeChecksums,
} from '../../infra/bundling/native-checksums.ts';
import { endpointRules, RULES_FILE } from '../../infra/bundling/packed-endpoint-rules.ts';
import { entitiesPackageDir, HTML_TRIE_FILE } from '../../infra/bundling/packed-entity-trie.ts';
import { packedModelsSource } from '../../infra/bundling/packed-language-models.ts';
import {
  bundledManifest,
  compactErrorClasses,
  ERRORS_FILE,
  SCHEMAS_FILE,
  sdkClientPackageDir,
  treeShakableSdkClient,
  withLiteralKeys,
} from '../../infra/bundling/tree-shakable-sdk-client.ts';
import {
  S3RVER_CREDENTIALS,
  type S3Server,
  startS3Server,
} from '../../local/emulators/s3-server.ts';
import { chooseLanguage } from '../../shared/extract/language.ts';

const LANGUAGE_MODULE = fileURLToPath(new URL('../../shared/extract/language.ts', import.meta.url));

/** Texts long enough for detection, in languages franc tells apart, with no declaration. */
const TEXTS: Readonly<Record<string, string>> = {
  en: 'The city council approved the new budget on Tuesday after a long debate about schools, roads and the public library. Residents who spoke at the meeting asked for more buses in the evening and for safer crossings near the market.',
  de: 'Der Stadtrat hat am Dienstag nach einer langen Debatte über Schulen, Straßen und die öffentliche Bibliothek den neuen Haushalt beschlossen. Die Bürger, die bei der Sitzung sprachen, forderten mehr Busse am Abend und sichere Übergänge am Markt.',
  fr: 'Le conseil municipal a approuvé mardi le nouveau budget après un long débat sur les écoles, les routes et la bibliothèque publique. Les habitants qui ont pris la parole ont demandé plus de bus le soir et des passages plus sûrs près du marché.',
  es: 'El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate sobre las escuelas, las carreteras y la biblioteca pública. Los vecinos que hablaron en la reunión pidieron más autobuses por la tarde y cruces más seguros junto al mercado.',
  ru: 'Городской совет во вторник утвердил новый бюджет после долгого обсуждения школ, дорог и публичной библиотеки. Жители, выступившие на заседании, попросили больше автобусов по вечерам и безопасные переходы возле рынка.',
  uk: 'Міська рада у вівторок затвердила новий бюджет після довгого обговорення шкіл, доріг і публічної бібліотеки. Мешканці, які виступили на засіданні, попросили більше автобусів увечері та безпечні переходи біля ринку.',
};

let dir: string;
let languageBundle: string;
let bundled: Record<string, string>;
let clientBundle: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundle-aliases-'));
  const file = path.join(dir, 'language.mjs');
  languageBundle = file;
  // The Lambdas' bundling settings, around the language module only.
  await build({
    ...lambdaBuildOptions(),
    entryPoints: [LANGUAGE_MODULE],
    outfile: file,
    logLevel: 'silent',
  });
  // Run outside the repository, where no node_modules can stand in for what the bundle lacks.
  const script = `const { chooseLanguage } = await import(${JSON.stringify(file)});
const texts = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, chooseLanguage(null, t, undefined)]))));`;
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(TEXTS)],
    { cwd: dir, encoding: 'utf8', timeout: 30_000 },
  );
  bundled = JSON.parse(output) as Record<string, string>;

  clientBundle = path.join(dir, 'client.mjs');
  await build({
    ...lambdaBuildOptions(),
    stdin: {
      contents: `import { S3Client } from '@aws-sdk/client-s3';
export const credentials = () => new S3Client({ region: 'eu-west-1' }).config.credentials();
export const readEventStream = () => new S3Client({ region: 'eu-west-1' }).config.eventStreamMarshaller.deserialize(new Uint8Array(), async () => ({}));
export { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';`,
      resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
      loader: 'js',
    },
    outfile: clientBundle,
    logLevel: 'silent',
  });
});

/**
 * How a bundle's script is run: outside the repository (no node_modules can stand in for what the
 * bundle lacks), with only `env` besides PATH and a HOME of the empty temporary folder (no shared
 * config or credentials file to fall back on).
 */
function bundleProcess(env: Readonly<Record<string, string>>) {
  return {
    cwd: dir,
    encoding: 'utf8' as const,
    timeout: 30_000,
    env: { PATH: process.env.PATH ?? '', HOME: dir, ...env },
  };
}

/** What the bundled client's credentials resolve to, with only `env` in its process. */
function bundledCredentials(env: Readonly<Record<string, string>>): string {
  const script = `const { credentials } = await import(${JSON.stringify(clientBundle)});
try { const c = await credentials(); process.stdout.write(JSON.stringify({ key: c.accessKeyId, token: c.sessionToken })); }
catch (error) { process.stdout.write(JSON.stringify({ error: error.message })); }`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], bundleProcess(env));
}

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe('language detection in the Lambda bundles', () => {
  it.each(Object.keys(TEXTS))('detects %s in an undeclared page, as unbundled', (language) => {
    const text = TEXTS[language] ?? '';
    expect(chooseLanguage(null, text, undefined)).toBe(language);
    expect(bundled[language]).toBe(language);
  });
});

describe("franc-min's models in the Lambda bundles", () => {
  it('are packed: none of their trigram lists stands in the bundle as text', () => {
    const source = readFileSync(languageBundle, 'utf8');
    for (const models of Object.values(data)) {
      for (const trigrams of Object.values(models)) {
        expect(source.includes(trigrams.slice(0, 60))).toBe(false);
      }
    }
  });

  it('unpack to franc-min’s own models', async () => {
    const file = path.join(dir, 'packed.mjs');
    writeFileSync(file, packedModelsSource(data));
    const packed = (await import(file)) as { data: typeof data };
    for (const script of Object.keys(data)) expect(packed.data[script]).toEqual(data[script]);
    expect(packed.data.Klingon).toBeUndefined();
  });
});

describe('SDK credentials in the Lambda bundles (from the environment only)', () => {
  it('takes the role credentials Lambda puts in the environment', () => {
    const env = {
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session-token',
    };
    expect(JSON.parse(bundledCredentials(env))).toEqual({
      key: 'AKIDEXAMPLE',
      token: 'session-token',
    });
  });

  it('rejects, naming the environment variables, when they are not set', () => {
    const { error } = JSON.parse(bundledCredentials({})) as { error?: string };
    expect(error).toMatch(/environment variable/i);
  });
});

/**
 * What the bundled S3 client (the tree-shakable copy, event streams left out) does against a real
 * S3-compatible server, run in its own process with only the environment Lambda gives it.
 */
async function bundledS3RoundTrip(endpoint: string): Promise<unknown> {
  const script = `const m = await import(${JSON.stringify(clientBundle)});
const s3 = new m.S3Client({ endpoint: process.argv[1], forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
const Bucket = 'bundled-client';
const out = {};
try { await s3.send(new m.CreateBucketCommand({ Bucket: 'b' })); } catch (error) { out.error = { name: error.name, status: error.$metadata?.httpStatusCode }; }
await s3.send(new m.CreateBucketCommand({ Bucket }));
await s3.send(new m.PutObjectCommand({ Bucket, Key: 'inbox/bài viết.html', Body: '<p>Xin chào</p>', ContentType: 'text/html; charset=utf-8' }));
for (const ChecksumAlgorithm of ['CRC32', 'SHA1', 'SHA256']) await s3.send(new m.PutObjectCommand({ Bucket, Key: 'inbox/' + ChecksumAlgorithm, Body: 'x'.repeat(70000), ChecksumAlgorithm }));
out.checksummed = (await Promise.all(['CRC32', 'SHA1', 'SHA256'].map(async (Key) => (await s3.send(new m.HeadObjectCommand({ Bucket, Key: 'inbox/' + Key }))).ContentLength)));
const head = await s3.send(new m.HeadObjectCommand({ Bucket, Key: 'inbox/bài viết.html' }));
const got = await s3.send(new m.GetObjectCommand({ Bucket, Key: 'inbox/bài viết.html' }));
out.head = { length: head.ContentLength, type: head.ContentType };
out.body = await got.Body.transformToString();
await s3.send(new m.DeleteObjectCommand({ Bucket, Key: 'inbox/bài viết.html' }));
try { await s3.send(new m.HeadObjectCommand({ Bucket, Key: 'inbox/bài viết.html' })); } catch (error) { out.afterDelete = error.$metadata?.httpStatusCode; }
try { await s3.send(new m.GetObjectCommand({ Bucket, Key: 'inbox/bài viết.html' })); } catch (error) { out.missing = { name: error.name, $fault: error.$fault, typed: error instanceof m.NoSuchKey && error instanceof m.S3ServiceException && error.constructor === m.NoSuchKey }; }
process.stdout.write(JSON.stringify(out));`;
  // Asynchronously: s3rver answers from this worker's event loop.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, endpoint],
    bundleProcess({
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
    }),
  );
  return JSON.parse(stdout);
}

describe("the Lambda bundles' S3 client against an S3-compatible server", () => {
  let server: S3Server;
  beforeAll(async () => {
    server = await startS3Server();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("puts, reads and deletes an object, and throws the server's errors typed (S3's classes)", async () => {
    expect(await bundledS3RoundTrip(server.endpoint)).toEqual({
      error: { name: 'InvalidBucketName', status: 400 },
      head: { length: Buffer.byteLength('<p>Xin chào</p>'), type: 'text/html; charset=utf-8' },
      body: '<p>Xin chào</p>',
      checksummed: [70_000, 70_000, 70_000],
      afterDelete: 404,
      missing: { name: 'NoSuchKey', $fault: 'client', typed: true },
    });
  });
});

describe('event streams in the Lambda bundles (left out)', () => {
  it("leave the SDK's event-stream codec out of a bundle with an S3 client", () => {
    const map = JSON.parse(readFileSync(`${clientBundle}.map`, 'utf8')) as { sources: string[] };
    const sources = map.sources.map((source) => source.replaceAll('\\', '/'));
    expect(sources.some((source) => source.includes('/@smithy/core/'))).toBe(true);
    expect(sources.filter((source) => source.includes('/submodules/event-streams/'))).toEqual([]);
  });

  it('give the client a marshaller that names the stand-in when it is asked to read a stream', () => {
    const script = `const { readEventStream } = await import(${JSON.stringify(clientBundle)});
try { readEventStream(); process.stdout.write('read'); } catch (error) { process.stdout.write(error.message); }`;
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script],
      bundleProcess({ AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 'b' }),
    );
    expect(output).toMatch(
      /^Event streams are left out of the Lambda bundles \(infra\/bundling\/no-event-streams\.ts\)/,
    );
  });
});

/** Texts with character references of every kind the HTML trie holds, and malformed ones. */
const REFERENCES = [
  'Fish &amp; chips &lt;b&gt; &quot;quoted&quot; &apos;x&apos;',
  '&AElig;&Aacute;&eacute;&ntilde;&szlig; &euro;&pound;&yen; &mdash;&ndash;&hellip;',
  '&notin;&NotNestedGreaterGreater;&CounterClockwiseContourIntegral;&zwnj;&zwj;',
  'legacy without semicolons: &copy 2026 &nbsp; &amp &lt3 &notit; &ampx',
  'numeric: &#38; &#x26; &#128512; &#x1F600; &#0; &#x110000; &#xD800; &#150;',
  'unknown: &bogus; &; & &#; &#x; &Ampersand;',
];

describe("entities' HTML decoding trie in the Lambda bundles", () => {
  let bundledEntities: { decodeHTML: typeof decodeHTML; htmlDecodeTree: Uint16Array };
  let source: string;

  beforeAll(async () => {
    const out = path.join(dir, 'entities.mjs');
    await build({
      ...lambdaBuildOptions(),
      stdin: {
        contents: `export { decodeHTML } from 'entities';
export { htmlDecodeTree } from 'entities/decode';`,
        resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
        loader: 'js',
      },
      outfile: out,
      logLevel: 'silent',
    });
    source = readFileSync(out, 'utf8');
    bundledEntities = (await import(out)) as typeof bundledEntities;
  });

  it("is packed: the package's base64 of it is not in the bundle", () => {
    const original = readFileSync(path.join(entitiesPackageDir(), HTML_TRIE_FILE), 'utf8');
    const base64 = /"([A-Za-z0-9+/=]{1000,})"/.exec(original)?.[1] ?? '';
    expect(base64.length).toBeGreaterThan(30_000);
    expect(source.includes(base64.slice(0, 60))).toBe(false);
  });

  it("unpacks to the package's own trie, and decodes as the package does", () => {
    expect(bundledEntities.htmlDecodeTree).toEqual(htmlDecodeTree);
    for (const text of REFERENCES) expect(bundledEntities.decodeHTML(text)).toBe(decodeHTML(text));
  });
});

/** A schema as text: its thunks (`() => GetObjectRequest$`) by their source, cycles cut. */
function described(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value === 'function') return `function ${value.toString()}`;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[seen]';
  seen.add(value);
  const parts = Array.isArray(value)
    ? value.map((item) => described(item, seen))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, described(v, seen)]));
  seen.delete(value);
  return parts;
}

/**
 * Bundles `contents` (a module of the repository's root) with the Lambdas' settings into `file` of
 * the temporary folder.
 *
 * @returns the bundle's inputs, as esbuild names them
 */
async function bundledInputs(contents: string, file: string): Promise<string[]> {
  const result = await build({
    ...lambdaBuildOptions(),
    stdin: { contents, resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'js' },
    outfile: path.join(dir, file),
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/**
 * A module of the SDK (`file`), bundled alone with the Lambdas' settings, unminified, and
 * imported.
 *
 * @param name - the bundle's name in the temporary folder
 */
async function bundledModule(file: string, name: string): Promise<Record<string, unknown>> {
  const out = path.join(dir, `${name}.mjs`);
  await build({
    ...lambdaBuildOptions(),
    minify: false,
    sourcemap: false,
    stdin: { contents: `export * from ${JSON.stringify(file)};`, resolveDir: dir, loader: 'js' },
    outfile: out,
    logLevel: 'silent',
  });
  return (await import(out)) as Record<string, unknown>;
}

/** mnemonist's cache, as the SDK loads it (a CommonJS module; its types say otherwise). */
const MnemonistLRUCache = createRequire(import.meta.url)(
  'mnemonist/lru-cache',
) as typeof MapLRUCache;

describe("the Lambda bundles' LRU cache (mnemonist's stand-in)", () => {
  it("answers as mnemonist's cache does, through sets, reads and evictions", () => {
    const theirs = new MnemonistLRUCache<number, string>(3);
    const ours = new MapLRUCache<number, string>(3);
    // A fixed walk over five keys through a cache of three: every operation the endpoint
    // cache calls, hits and misses, updates of a present key and evictions.
    let seed = 7;
    for (let step = 0; step < 400; step += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const key = seed % 5;
      const op = Math.floor(seed / 5) % 5;
      const answers = [theirs, ours].map((cache) => {
        if (op === 0) {
          cache.set(key, `v${step}`);
          return cache.size;
        }
        if (op === 1) return cache.get(key);
        if (op === 2) return cache.peek(key);
        if (op === 3) return cache.has(key);
        if (step % 50 === 0) cache.clear();
        return cache.size;
      });
      expect(answers[1], `step ${step}`).toEqual(answers[0]);
    }
    expect(() => new MapLRUCache(0)).toThrow('map-lru-cache.ts');
  });

  it('replaces mnemonist in a bundle with a DynamoDB client', async () => {
    const inputs = await bundledInputs(
      "export { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      'dynamodb-lru.mjs',
    );
    expect(inputs.filter((input) => input.includes('mnemonist'))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('map-lru-cache.ts'))).toBe(true);
  });
});

describe("the S3 client's copy in the Lambda bundles", () => {
  it('carries its endpoint rules packed: none of their URL templates stands in the bundle as text', () => {
    const rules = readFileSync(path.join(sdkClientPackageDir(), RULES_FILE), 'utf8');
    const templates = JSON.stringify(endpointRules(rules).results).match(/"https?:[^"]+"/g) ?? [];
    expect(templates.length).toBeGreaterThan(20);
    const source = readFileSync(clientBundle, 'utf8');
    for (const template of templates) expect(source.includes(template.slice(1, -1))).toBe(false);
  });

  it('writes a constant computed key as its string, and leaves any other key as it is', () => {
    const source = [
      'const _h = "http";',
      'const _hH = "httpHeader";',
      'export var A$ = [9, n0, _A, { [_h]: ["GET", "/", 200] }, () => B$];',
      'export var B$ = [3, n0, _B, 0, [_K], [[0, { [_hH]: _xa, [other]: 1 }]]];',
    ].join('\n');
    expect(withLiteralKeys(source).split('\n').slice(2)).toEqual([
      'export var A$ = [9, n0, _A, { "http": ["GET", "/", 200] }, () => B$];',
      'export var B$ = [3, n0, _B, 0, [_K], [[0, { "httpHeader": _xa, [other]: 1 }]]];',
    ]);
  });

  it.each(['@aws-sdk/client-s3', '@aws-sdk/client-dynamodb'] as const)(
    "keeps of %s's manifest its name, version, ESM entry and side effects",
    (client) => {
      const manifest = readFileSync(path.join(sdkClientPackageDir(client), 'package.json'), 'utf8');
      const sdk = JSON.parse(manifest) as Record<string, unknown>;
      const copy = readFileSync(path.join(treeShakableSdkClient(client), 'package.json'), 'utf8');
      expect(copy).toBe(bundledManifest(manifest));
      expect(JSON.parse(copy)).toEqual({
        name: client,
        version: sdk.version,
        sideEffects: false,
        module: './dist-es/index.js',
      });
      // The alias takes the copy, so the bundle holds the trimmed manifest, not the package's.
      expect(lambdaBuildOptions().alias[client]).toBe(treeShakableSdkClient(client));
    },
  );

  it.each([
    ['@aws-sdk/client-s3', 400],
    ['@aws-sdk/client-dynamodb', 100],
  ] as const)(
    "describes every operation and shape of %s as the SDK's own schemas do",
    async (client, least) => {
      const original = path.join(sdkClientPackageDir(client), SCHEMAS_FILE);
      const copy = path.join(treeShakableSdkClient(client), SCHEMAS_FILE);
      expect(readFileSync(copy, 'utf8')).not.toMatch(/\[_\w+\]:/);
      const short = client.slice('@aws-sdk/'.length);
      const theirs = await bundledModule(original, `schemas-sdk-${short}`);
      const ours = await bundledModule(copy, `schemas-copy-${short}`);
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      expect(Object.keys(theirs).length).toBeGreaterThan(least);
      for (const name of Object.keys(theirs)) {
        expect(described(ours[name]), name).toEqual(described(theirs[name]));
      }
    },
  );
});

describe("Powertools' commons in the Lambda bundles", () => {
  const powertools = (name: string) =>
    JSON.parse(
      readFileSync(
        fileURLToPath(
          new URL(
            `../../node_modules/@aws-lambda-powertools/${name}/package.json`,
            import.meta.url,
          ),
        ),
        'utf8',
      ),
    ) as { version: string; dependencies?: Record<string, string> };

  it('is one copy, the version the logger and metrics ask for, in a bundle with all three', async () => {
    const result = await build({
      ...lambdaBuildOptions(),
      stdin: {
        contents: `export { Logger } from '@aws-lambda-powertools/logger';
export { Metrics } from '@aws-lambda-powertools/metrics';
export { BatchProcessor } from '@aws-lambda-powertools/batch';`,
        resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
        loader: 'js',
      },
      outfile: path.join(dir, 'powertools.mjs'),
      metafile: true,
      logLevel: 'silent',
    });
    const copies = new Set(
      Object.keys(result.metafile.inputs)
        .map((input) => /^(.*@aws-lambda-powertools\/commons)\//.exec(input)?.[1])
        .filter((folder) => folder !== undefined),
    );
    expect([...copies]).toEqual(['node_modules/@aws-lambda-powertools/commons']);
    // The override (package.json) must follow the logger and metrics when they are upgraded.
    const commons = powertools('commons').version;
    for (const name of ['logger', 'metrics']) {
      expect(powertools(name).dependencies?.['@aws-lambda-powertools/commons'], name).toBe(commons);
    }
  });
});

describe("the SDK's checksum modules in the Lambda bundles (no pure-JS fallbacks)", () => {
  const FALLBACK_NAME = /\b(?:Sha256Js|Sha1Js|Md5Js|Crc32Js)\b/;
  const TEXT = 'Bài viết <p>Xin chào</p> '.repeat(50);

  it.each(Object.entries(CHECKSUM_MODULES))(
    "copies %s as the SDK's, each fallback a class that throws",
    (importPath, { pkg, dir: moduleDir, fallbacks }) => {
      const copy = path.dirname(nativeChecksums()[importPath] ?? '');
      expect(lambdaBuildOptions().alias[importPath]).toBe(path.join(copy, 'index.js'));
      const original = path.join(checksumPackageDir(pkg), moduleDir);
      const files = (root: string) =>
        (readdirSync(root, { recursive: true }) as string[])
          .filter((file) => file.endsWith('.js'))
          .map((file) => file.replaceAll('\\', '/'))
          .sort();
      expect(files(copy)).toEqual(files(original));
      expect(Object.keys(fallbacks).length).toBeGreaterThan(0);
      for (const file of files(original)) {
        const theirs = readFileSync(path.join(original, file), 'utf8');
        const ours = readFileSync(path.join(copy, file), 'utf8');
        const name = fallbacks[file];
        if (name === undefined) expect(ours, file).toBe(theirs);
        else {
          // The fallback the copy leaves out is the one the SDK's file defines.
          expect(theirs, file).toContain(`export class ${name} {`);
          expect(ours, file).toBe(leftOutFallbackSource(name));
        }
      }
      // The package's sideEffects flag, without which esbuild kept every module of the copy.
      const manifest = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8')) as {
        sideEffects?: unknown;
      };
      expect(manifest.sideEffects).toBe(false);
    },
  );

  it('hash as Node and the SDK do, natively, in a bundle', async () => {
    const sources = await bundledInputs(
      `export { Crc32, Md5, Sha256, Sha256Js } from '@smithy/core/checksum';
export { Sha1, Sha1Js } from '@aws-sdk/checksums/sha';`,
      'checksums.mjs',
    );
    expect(sources.filter((input) => input.includes('/.cache/bundling/')).length).toBeGreaterThan(
      4,
    );
    for (const [original, name] of [
      ['@smithy/core/dist-es/submodules/checksum/', 'Sha256Js'],
      ['@aws-sdk/checksums/dist-es/submodules/sha/', 'Sha1Js'],
    ] as const) {
      expect(
        sources.filter((input) => input.includes(original)),
        name,
      ).toEqual([]);
    }
    type Hash = { update(data: string | Uint8Array): void; digest(): Promise<Uint8Array> };
    type HashClass = new (secret?: string) => Hash;
    const ours = (await import(path.join(dir, 'checksums.mjs'))) as Record<string, HashClass>;
    const theirs: Record<string, HashClass> = {
      ...((await import('@smithy/core/checksum')) as unknown as Record<string, HashClass>),
      ...((await import('@aws-sdk/checksums/sha')) as unknown as Record<string, HashClass>),
    };
    const hex = async (Class: HashClass | undefined, secret?: string) => {
      if (Class === undefined) throw new Error('missing');
      const hash = new Class(secret);
      hash.update(TEXT);
      hash.update(new TextEncoder().encode(TEXT));
      return Buffer.from(await hash.digest()).toString('hex');
    };
    const node = (algorithm: string) =>
      createHash(algorithm).update(TEXT).update(TEXT).digest('hex');
    expect(await hex(ours.Sha256)).toBe(node('sha256'));
    expect(await hex(ours.Sha1)).toBe(node('sha1'));
    expect(await hex(ours.Md5)).toBe(node('md5'));
    expect(await hex(ours.Crc32)).toBe(
      crc32(TEXT + TEXT)
        .toString(16)
        .padStart(8, '0'),
    );
    for (const name of ['Sha256', 'Sha1', 'Md5', 'Crc32']) {
      expect(await hex(ours[name]), name).toBe(await hex(theirs[name]));
      // Native here as in Lambda's Node.js 22: the pure-JS class is not what it is.
      expect(ours[name], name).not.toBe(theirs[`${name}Js`]);
    }
    expect(await hex(ours.Sha256, 'key')).toBe(
      createHmac('sha256', 'key').update(TEXT).update(TEXT).digest('hex'),
    );
    expect(await hex(ours.Sha1, 'key')).toBe(
      createHmac('sha1', 'key').update(TEXT).update(TEXT).digest('hex'),
    );
    expect(() => new (ours.Sha256Js as HashClass)()).toThrow(/native-checksums\.ts/);
    expect(() => new (ours.Sha1Js as HashClass)()).toThrow(/native-checksums\.ts/);
  });

  it('are what the ingest bundle holds, and nothing else in it names a fallback', async () => {
    const result = await build({
      ...lambdaBuildOptions(),
      entryPoints: [fileURLToPath(new URL('../../functions/ingest.ts', import.meta.url))],
      outfile: path.join(dir, 'ingest-checksums.mjs'),
      sourcemap: false,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const copies = Object.values(nativeChecksums()).map((index) =>
      path.relative(root, path.dirname(index)).replaceAll('\\', '/'),
    );
    const inputs = Object.keys(result.metafile.inputs);
    for (const copy of copies)
      expect(inputs.some((input) => input.startsWith(`${copy}/`))).toBe(true);
    for (const input of inputs) {
      if (copies.some((copy) => input.startsWith(`${copy}/`)) || !input.endsWith('.js')) continue;
      const source = readFileSync(path.join(root, input), 'utf8');
      // Re-exports only (`export { Crc32, Crc32Js, Crc32Node } from "@smithy/core/checksum"`).
      const naming = source
        .split('\n')
        .filter(
          (line) => FALLBACK_NAME.test(line) && !/^export \{[^}]*\} from "[^"]+";$/.test(line),
        );
      expect(naming, input).toEqual([]);
    }
  });
});

/** What an exception class is and what an instance of it holds, its stack left out. */
function errorShape(
  Class: new (opts: Record<string, unknown>) => Error,
  opts: Record<string, unknown>,
) {
  const error = new Class(opts) as Error & Record<string, unknown>;
  const again = new Class(opts) as Error & Record<string, unknown>;
  const descriptors = Object.getOwnPropertyDescriptors(error) as Record<string, PropertyDescriptor>;
  delete descriptors.stack;
  // The class's own name is not compared: esbuild renames the SDK's (`_BackupInUseException`
  // here, a letter when minified); the copy's is the SDK's, unbundled (checked by the caller).
  const { value: _name, ...nameDescriptor } = Object.getOwnPropertyDescriptor(Class, 'name') ?? {};
  return {
    length: Class.length,
    statics: Object.getOwnPropertyNames(Class),
    staticDescriptors: [
      nameDescriptor,
      ...['length', 'shapeId'].map((key) => Object.getOwnPropertyDescriptor(Class, key)),
    ],
    base: Object.getPrototypeOf(Class).name as string,
    prototype: Object.getOwnPropertyNames(Class.prototype),
    keys: Object.getOwnPropertyNames(error),
    descriptors,
    header: error.stack?.split('\n')[0],
    text: String(error),
    own: error instanceof Class && Object.getPrototypeOf(error) === Class.prototype,
    // An initial value ($retryable = {}) is each instance's own.
    shared: Object.keys(error).filter(
      (key) => typeof error[key] === 'object' && error[key] !== null && error[key] === again[key],
    ),
  };
}

describe("the SDK clients' exception classes in the Lambda bundles", () => {
  it('are read only when each class is exactly what the SDK writes', () => {
    const source = readFileSync(
      path.join(sdkClientPackageDir('@aws-sdk/client-dynamodb'), ERRORS_FILE),
      'utf8',
    );
    expect(compactErrorClasses(source)).not.toBe(source);
    // A class with a statement more, or of another form, leaves the module as it is.
    const other = source.replace(
      'Object.setPrototypeOf(this, BackupInUseException.prototype);',
      'Object.setPrototypeOf(this, BackupInUseException.prototype);\n        this.extra = 1;',
    );
    expect(other).not.toBe(source);
    expect(compactErrorClasses(other)).toBe(other);
    expect(compactErrorClasses('export const x = 1;\n')).toBe('export const x = 1;\n');
  });

  it.each([
    ['@aws-sdk/client-s3', 20],
    ['@aws-sdk/client-dynamodb', 30],
  ] as const)(
    'builds every exception class of %s as the SDK declares it',
    async (client, least) => {
      const copy = path.join(treeShakableSdkClient(client), ERRORS_FILE);
      const original = path.join(sdkClientPackageDir(client), ERRORS_FILE);
      expect(readFileSync(copy, 'utf8')).toBe(compactErrorClasses(readFileSync(original, 'utf8')));
      expect(readFileSync(copy, 'utf8')).not.toMatch(/^export class /m);
      const short = client.slice('@aws-sdk/'.length);
      type ErrorClass = new (opts: Record<string, unknown>) => Error;
      const theirs = (await bundledModule(original, `errors-sdk-${short}`)) as Record<
        string,
        ErrorClass
      >;
      const ours = (await bundledModule(copy, `errors-copy-${short}`)) as Record<
        string,
        ErrorClass
      >;
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      expect(Object.keys(theirs).length).toBeGreaterThan(least);
      const base = new Set([
        'stack',
        'message',
        'name',
        '$fault',
        '$response',
        '$retryable',
        '$metadata',
      ]);
      for (const [name, Theirs] of Object.entries(theirs)) {
        const Ours = ours[name] as ErrorClass;
        // Every field the class declares, given, as the protocol gives them from a response.
        const fields = Object.getOwnPropertyNames(new Theirs({})).filter((key) => !base.has(key));
        const opts = {
          message: `${name} happened`,
          $metadata: { httpStatusCode: 400, requestId: 'r-1', attempts: 1 },
          ...Object.fromEntries(fields.map((field) => [field, { field }])),
        };
        expect(Ours.name).toBe(name);
        expect(errorShape(Ours, opts), name).toEqual(errorShape(Theirs, opts));
        expect(errorShape(Ours, {}), name).toEqual(errorShape(Theirs, {}));
        const renamed = { name: 'Renamed', $fault: 'server', message: 'm' };
        expect(errorShape(Ours, renamed), name).toEqual(errorShape(Theirs, renamed));
      }
    },
  );
});

/** DynamoDB's answers to a refused conditional put and a cancelled transaction (JSON 1.0). */
const DYNAMODB_ERRORS: Readonly<Record<string, object>> = {
  'DynamoDB_20120810.PutItem': {
    __type: 'com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException',
    message: 'The conditional request failed',
    Item: { pk: { S: 'FEED#a' }, version: { N: '7' } },
  },
  'DynamoDB_20120810.TransactWriteItems': {
    __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
    Message:
      'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]',
    CancellationReasons: [
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'None' },
    ],
  },
};

/**
 * What a DynamoDB client (`client`: the bundle's file, or the SDK's package) throws for the
 * errors of {@link DYNAMODB_ERRORS}, sent by a server at `endpoint`, in a process of its own.
 */
async function dynamoDbErrors(client: string, endpoint: string, cwd: string): Promise<unknown> {
  const script = `const m = await import(process.argv[1]);
const db = new m.DynamoDBClient({ endpoint: process.argv[2], maxAttempts: 1 });
const out = [];
const item = { pk: { S: 'FEED#a' } };
for (const command of [
  new m.PutItemCommand({ TableName: 't', Item: item, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
  new m.TransactWriteItemsCommand({ TransactItems: [{ Put: { TableName: 't', Item: item } }, { Delete: { TableName: 't', Key: item } }] }),
]) {
  try { await db.send(command); out.push('sent'); } catch (error) {
    const { $metadata, $response, stack, ...fields } = error;
    out.push({ ...fields, message: error.message, status: $metadata.httpStatusCode, requestId: $metadata.requestId,
      keys: Object.keys(error), stack: stack.split('\\n')[0],
      classes: ['ConditionalCheckFailedException', 'TransactionCanceledException', 'DynamoDBServiceException'].filter((c) => error instanceof m[c]),
      own: error.constructor === m[error.name] });
  }
}
process.stdout.write(JSON.stringify(out));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, client, endpoint],
    {
      ...bundleProcess({
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'a',
        AWS_SECRET_ACCESS_KEY: 'b',
      }),
      cwd,
    },
  );
  return JSON.parse(stdout);
}

describe("the Lambda bundles' DynamoDB client, refused", () => {
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const error = DYNAMODB_ERRORS[String(request.headers['x-amz-target'])];
      request.resume();
      request.on('end', () => {
        response.writeHead(error === undefined ? 500 : 400, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': 'REQUEST-1',
        });
        response.end(JSON.stringify(error ?? {}));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it("throws DynamoDB's errors as the SDK's classes, with their fields, as the SDK does", async () => {
    const bundle = path.join(dir, 'dynamodb-errors.mjs');
    await build({
      ...lambdaBuildOptions(),
      stdin: {
        contents: `export { ConditionalCheckFailedException, DynamoDBClient, DynamoDBServiceException, PutItemCommand, TransactionCanceledException, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';`,
        resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
        loader: 'js',
      },
      outfile: bundle,
      logLevel: 'silent',
    });
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const bundled = await dynamoDbErrors(bundle, endpoint, dir);
    expect(bundled).toEqual(await dynamoDbErrors('@aws-sdk/client-dynamodb', endpoint, root));
    expect(bundled).toMatchObject([
      {
        name: 'ConditionalCheckFailedException',
        $fault: 'client',
        Item: { pk: { S: 'FEED#a' }, version: { N: '7' } },
        status: 400,
        classes: ['ConditionalCheckFailedException', 'DynamoDBServiceException'],
        own: true,
        stack: 'ConditionalCheckFailedException: The conditional request failed',
      },
      {
        name: 'TransactionCanceledException',
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
        classes: ['TransactionCanceledException', 'DynamoDBServiceException'],
        own: true,
      },
    ]);
  });
});
