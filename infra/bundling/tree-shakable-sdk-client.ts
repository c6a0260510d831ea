/**
 * The AWS SDK clients' ESM builds (`@aws-sdk/client-s3`, `@aws-sdk/client-dynamodb`), copied for
 * the Lambda bundles with their schemas made tree-shakable. A client describes each of its
 * operations in `schemas/schemas_0.js` as an array whose traits object has computed keys naming a
 * string constant (`{ [_h]: ["GET", "/{Key+}?x-id=GetObject", 200] }`, where `const _h =
 * "http"`). esbuild keeps any object with a computed key that is not a literal (reading the key
 * could run code), so every operation and every shape it reaches stayed in the bundles: 68 KB of
 * the ingest bundle for S3, where the five commands the functions send need about 10 KB. In the
 * copy each such key is the string itself (`{ "http": […] }`), the same object; esbuild then
 * drops the operations no command imports. The copy's `package.json` keeps only what resolving
 * and bundling it read ({@link bundledManifest}). Nothing else of the package changes.
 * `lambdaBuildOptions()` aliases both clients to their copies.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cachedBundlingInput } from './bundling-cache.ts';

/** The file of the client's schemas, inside its package. */
export const SCHEMAS_FILE = 'dist-es/schemas/schemas_0.js';

/** The SDK clients the bundles take as such a copy. */
export type CopiedClient = '@aws-sdk/client-s3' | '@aws-sdk/client-dynamodb';

/**
 * The installed package's folder.
 *
 * @param client - the client's package (S3's by default)
 */
export function sdkClientPackageDir(client: CopiedClient = '@aws-sdk/client-s3'): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${client}/package.json`));
}

/**
 * Writes each computed key that names a top-level string constant of the module as that string
 * (`{ [_h]: x }` → `{ "http": x }`). A key naming anything else is left as it is: the module
 * stays correct, only less of it can be dropped.
 *
 * @param source - the text of `schemas_0.js`
 * @returns the same module, its constant keys written as literals
 */
export function withLiteralKeys(source: string): string {
  const strings = new Map<string, string>();
  for (const [, name, literal] of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) {
    if (name !== undefined && literal !== undefined) strings.set(name, literal);
  }
  return source.replace(/([{,]\s*)\[(_\w+)\]:/g, (key, before: string, name: string) => {
    const literal = strings.get(name);
    return literal === undefined ? key : `${before}${literal}:`;
  });
}

/**
 * The copy's `package.json`: the package's name and version, its ESM entry and its `sideEffects`
 * flag, nothing else. The client imports its manifest whole (`import packageInfo from
 * "../package.json"`, for the version in its user agent), so every field of it went into the
 * bundles: 2.5 KB of descriptions, scripts and dependency lists that nothing reads.
 *
 * @param manifest - the text of the package's `package.json`
 * @returns the text of the copy's
 */
export function bundledManifest(manifest: string): string {
  const { name, version, sideEffects, module } = JSON.parse(manifest) as Record<string, unknown>;
  return JSON.stringify({ name, version, sideEffects, module });
}

const written = new Map<CopiedClient, string>();

/**
 * Writes the copy of `client` (once per content: its name carries the version and a hash) and
 * returns its folder, for the bundles' `alias` of the package. Its bare imports (`@smithy/core`…)
 * resolve from the project's `node_modules`, as the package's own do. The DynamoDB client gets
 * the same copy: its manifest, imported whole as S3's is, was 2.4 KB of the ingest bundle.
 *
 * @param client - the client's package (S3's by default)
 * @returns the copy's absolute folder
 */
export function treeShakableSdkClient(client: CopiedClient = '@aws-sdk/client-s3'): string {
  const done = written.get(client);
  if (done !== undefined && existsSync(done)) return done;
  const from = sdkClientPackageDir(client);
  const manifest = readFileSync(path.join(from, 'package.json'), 'utf8');
  const version = (JSON.parse(manifest) as { version: string }).version;
  const copyManifest = bundledManifest(manifest);
  const schemas = withLiteralKeys(readFileSync(path.join(from, SCHEMAS_FILE), 'utf8'));
  const hash = createHash('sha256').update(copyManifest).update(schemas).digest('hex').slice(0, 12);
  const name = `${client.slice('@aws-sdk/'.length)}-${version}-${hash}`;
  const copy = cachedBundlingInput(name, (partial) => {
    cpSync(path.join(from, 'dist-es'), path.join(partial, 'dist-es'), { recursive: true });
    writeFileSync(path.join(partial, SCHEMAS_FILE), schemas);
    writeFileSync(path.join(partial, 'package.json'), copyManifest);
  });
  written.set(client, copy);
  return copy;
}
