/**
 * The SDK's checksum modules (`@smithy/core/checksum`, `@aws-sdk/checksums/sha`), copied for the
 * Lambda bundles without the pure-JavaScript hashes their Node.js classes fall back to.
 *
 * Each Node.js class of SHA-256, SHA-1, MD5 and CRC32 (`Sha256Node`, …) is Node's own
 * `createHash` (or zlib's `crc32`), unless Node lacks the algorithm when the module loads; then it
 * is the JavaScript implementation beside it (`Sha256Js`, …). The choice is made at run time, so
 * esbuild kept all four implementations: 8 KB of the ingest bundle that Node.js 22 never runs
 * (it has the three hashes and, since 22.2, `zlib.crc32`; Lambda does not run Node in FIPS mode,
 * which would refuse MD5). In the copy each such file is a class of the same name that throws,
 * naming this file, when it is built. Nothing else of the modules changes; CRC32C and CRC64-NVME,
 * which are JavaScript in Node too, stay whole. `lambdaBuildOptions()` aliases both modules to
 * their copies.
 *
 * Only esbuild reads the copies. Outside the bundles (tests, the CLI, `npm start`) the clients use
 * the SDK's own modules.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cachedBundlingInput } from './bundling-cache.ts';

/** A checksum module of the SDK and the fallback files its copy leaves out. */
export interface ChecksumModule {
  /** Its package. */
  readonly pkg: string;
  /** Its folder in the package's ESM build, whose `index.js` the import path resolves to. */
  readonly dir: string;
  /** The fallback files, by path inside `dir` → the class each exports. */
  readonly fallbacks: Readonly<Record<string, string>>;
}

/** The modules copied, by the import path the SDK uses for each. */
export const CHECKSUM_MODULES: Readonly<Record<string, ChecksumModule>> = {
  '@smithy/core/checksum': {
    pkg: '@smithy/core',
    dir: 'dist-es/submodules/checksum',
    fallbacks: {
      'sha256/Sha256Js.js': 'Sha256Js',
      'md5/Md5Js.js': 'Md5Js',
      'crc32/Crc32Js.js': 'Crc32Js',
    },
  },
  '@aws-sdk/checksums/sha': {
    pkg: '@aws-sdk/checksums',
    dir: 'dist-es/submodules/sha',
    fallbacks: { 'sha1/Sha1Js.js': 'Sha1Js' },
  },
};

/**
 * The source of the file that stands in for a fallback: a class of its name that throws.
 *
 * @param name - the class (`Sha256Js`)
 * @returns ESM source
 */
export function leftOutFallbackSource(name: string): string {
  return `// The pure-JavaScript ${name} is left out of the Lambda bundles: Node's crypto serves it.
export class ${name} {
  constructor() {
    throw new Error(${JSON.stringify(`${name} is left out of the Lambda bundles (infra/bundling/native-checksums.ts): this Node.js lacks the native algorithm`)});
  }
}
`;
}

/**
 * The installed package's folder.
 *
 * @param pkg - the package's name
 */
export function checksumPackageDir(pkg: string): string {
  return path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
}

/**
 * Writes the copies (once per content: their names carry the version and a hash) and returns the
 * bundles' `alias` of each module to its copy's `index.js`.
 *
 * @returns import path → absolute file
 */
export function nativeChecksums(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CHECKSUM_MODULES).map(([importPath, { pkg, dir, fallbacks }]) => {
      const from = path.join(checksumPackageDir(pkg), dir);
      const {
        name: pkgName,
        version,
        sideEffects,
      } = JSON.parse(readFileSync(path.join(checksumPackageDir(pkg), 'package.json'), 'utf8')) as {
        name: string;
        version: string;
        sideEffects?: unknown;
      };
      // The package's `sideEffects` flag, which lets esbuild drop the modules nothing imports.
      const manifest = JSON.stringify({ name: pkgName, version, sideEffects });
      const stubs = Object.entries(fallbacks).map(
        ([file, name]) => [file, leftOutFallbackSource(name)] as const,
      );
      const hash = createHash('sha256')
        .update(manifest)
        .update(JSON.stringify(stubs))
        .digest('hex')
        .slice(0, 12);
      const name = `${importPath.replace(/^@/, '').replaceAll('/', '-')}-${version}-${hash}`;
      const copy = cachedBundlingInput(name, (partial) => {
        cpSync(from, partial, { recursive: true });
        for (const [file, source] of stubs) writeFileSync(path.join(partial, file), source);
        writeFileSync(path.join(partial, 'package.json'), manifest);
      });
      return [importPath, path.join(copy, 'index.js')];
    }),
  );
}
