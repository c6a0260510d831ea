/**
 * Where the Lambda bundles' generated inputs go (the SDK clients' copies, the checksum modules'
 * copies, the packed language models, the packed entity trie): `node_modules/.cache/bundling/`,
 * ignored by git and inside the project (Docker bundling sees it). Each is named by what it
 * holds (a version, a hash), so a change of its source writes a new one.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/bundling/', import.meta.url));

/**
 * The cached file or folder `name`, written first when it is missing. Concurrent builds write one
 * each under a temporary name and rename it into place, so none reads a half-written one.
 *
 * @param name - its name in the cache, which must change with its content
 * @param write - writes the file or folder at the path it is given
 * @returns its absolute path
 */
export function cachedBundlingInput(name: string, write: (partial: string) => void): string {
  const target = path.join(CACHE_DIR, name);
  if (existsSync(target)) return target;
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${target}.${process.pid}.${Date.now()}.tmp`;
  write(partial);
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another build put its copy in place first.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(target)) throw error;
  }
  return target;
}
