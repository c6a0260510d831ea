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
 * and bundling it read ({@link bundledManifest}), and its exception classes are built by one
 * function, the same classes in a quarter of the text ({@link compactErrorClasses}), and its
 * endpoint rules are packed, unpacked on the first request (`packed-endpoint-rules.ts`). Nothing
 * else of the package changes.
 * `lambdaBuildOptions()` aliases both clients to their copies.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cachedBundlingInput } from './bundling-cache.ts';
import {
  lazyRulesResolver,
  packedRulesSource,
  RESOLVER_FILE,
  RULES_FILE,
} from './packed-endpoint-rules.ts';

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

/** The file of the client's exception classes, inside its package. */
export const ERRORS_FILE = 'dist-es/models/errors.js';

/** An exception class of a client, as its `models/errors.js` declares it. */
interface ErrorClass {
  readonly name: string;
  readonly fault: string;
  /** Its instance fields, in order, each with the source of its initial value if it has one. */
  readonly fields: readonly (readonly [field: string, initial: string | undefined])[];
}

/**
 * The SDK's source of one exception class (the form the SDK's code generator writes).
 *
 * @param error - the class
 * @param namespace - the service's shape namespace (`com.amazonaws.dynamodb`)
 * @returns its declaration, ending with a line break
 */
function sdkErrorClassSource({ name, fault, fields }: ErrorClass, namespace: string): string {
  const declared = fields.map(([field, initial]) =>
    initial === undefined ? `    ${field};\n` : `    ${field} = ${initial};\n`,
  );
  const assigned = fields
    .filter(([, initial]) => initial === undefined)
    .map(([field]) => `        this.${field} = opts.${field};\n`);
  return `export class ${name} extends __BaseException {
    static shapeId = "${namespace}#${name}";
    name = "${name}";
    $fault = "${fault}";
${declared.join('')}    constructor(opts) {
        super({
            name: "${name}",
            $fault: "${fault}",
            ...opts,
        });
        Object.setPrototypeOf(this, ${name}.prototype);
${assigned.join('')}    }
}
`;
}

/**
 * The client's exception classes written as calls of one function that builds each: the same
 * classes (name, `shapeId`, base class, and the same own properties, in the same order, on each
 * instance), in a quarter of the text. The SDK writes each of them out, about 270 bytes apiece
 * minified: DynamoDB's 35 were 9.6 KB of the ingest bundle, S3's 21 4.9 KB. Each class's
 * `registerError` in the schemas keeps them all in the bundles, since the protocol finds an
 * error's class by the name in the response.
 *
 * The module is read only when each class is exactly what {@link sdkErrorClassSource} writes
 * (the module rebuilt from what was read is the module); otherwise it is left as it is.
 *
 * @param source - the text of `models/errors.js`
 * @returns the module, its classes built by a function, or `source` unchanged
 */
export function compactErrorClasses(source: string): string {
  const [header, ...declarations] = source.split(/^(?=export class )/m);
  const base = /^import \{ \w+ as __BaseException \} from "\.\/\w+";\n$/.exec(header ?? '');
  const namespace = /static shapeId = "([\w.]+)#/.exec(source)?.[1];
  if (base === null || namespace === undefined || declarations.length === 0) return source;
  const errors = declarations.map((declaration): ErrorClass => {
    const name = /^export class (\w+) /.exec(declaration)?.[1] ?? '';
    const fault = /^ {4}\$fault = "(\w+)";$/m.exec(declaration)?.[1] ?? '';
    const body = declaration.slice(0, declaration.indexOf('    constructor(opts)'));
    const fields = [...body.matchAll(/^ {4}([\w$]+)(?: = (.+))?;$/gm)]
      .map(([, field, initial]) => [field ?? '', initial] as const)
      .filter(([field]) => field !== 'name' && field !== '$fault');
    return { name, fault, fields };
  });
  const rebuilt = header + errors.map((error) => sdkErrorClassSource(error, namespace)).join('');
  if (rebuilt !== source) return source;
  const calls = errors.map(({ name, fault, fields }) => {
    const initial = fields
      .filter(([, value]) => value !== undefined)
      .map(([field, value]) => `${JSON.stringify(field)}: () => (${value})`);
    const args = [JSON.stringify(name), JSON.stringify(fault)];
    if (fields.length > 0) args.push(JSON.stringify(fields.map(([field]) => field)));
    if (initial.length > 0) args.push(`{ ${initial.join(', ')} }`);
    return `export const ${name} = /* @__PURE__ */ error(${args.join(', ')});\n`;
  });
  return `${header}// The client's exception classes, written for the Lambda bundles by
// infra/bundling/tree-shakable-sdk-client.ts: each built as the SDK declares it.
const error = (name, $fault, fields = [], initial = {}) => {
    const Class = class extends __BaseException {
        static shapeId = ${JSON.stringify(`${namespace}#`)} + name;
        constructor(opts) {
            super({ name, $fault, ...opts });
            // The SDK's class fields, in their order: defined as soon as super() returns.
            this.name = name;
            this.$fault = $fault;
            for (const field of fields) this[field] = Object.hasOwn(initial, field) ? initial[field]() : undefined;
            Object.setPrototypeOf(this, Class.prototype);
            for (const field of fields) if (!Object.hasOwn(initial, field)) this[field] = opts[field];
        }
    };
    Object.defineProperty(Class, "name", { value: name });
    return Class;
};
${calls.join('')}`;
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
  const errors = compactErrorClasses(readFileSync(path.join(from, ERRORS_FILE), 'utf8'));
  const rules = packedRulesSource(readFileSync(path.join(from, RULES_FILE), 'utf8'));
  const resolver = lazyRulesResolver(readFileSync(path.join(from, RESOLVER_FILE), 'utf8'));
  const hash = createHash('sha256')
    .update(copyManifest)
    .update(schemas)
    .update(errors)
    .update(rules)
    .update(resolver)
    .digest('hex')
    .slice(0, 12);
  const name = `${client.slice('@aws-sdk/'.length)}-${version}-${hash}`;
  const copy = cachedBundlingInput(name, (partial) => {
    cpSync(path.join(from, 'dist-es'), path.join(partial, 'dist-es'), { recursive: true });
    writeFileSync(path.join(partial, SCHEMAS_FILE), schemas);
    writeFileSync(path.join(partial, ERRORS_FILE), errors);
    writeFileSync(path.join(partial, RULES_FILE), rules);
    writeFileSync(path.join(partial, RESOLVER_FILE), resolver);
    writeFileSync(path.join(partial, 'package.json'), copyManifest);
  });
  written.set(client, copy);
  return copy;
}
