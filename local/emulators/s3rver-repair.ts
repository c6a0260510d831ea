/**
 * Repairing s3rver's folder after a crash. s3rver writes an object as three files, one after the
 * other and in place: its content (`<name>._S3rver_object`), the content's MD5
 * (`<name>._S3rver_object.md5`), then its metadata (`<name>._S3rver_metadata.json`). A process
 * killed during a PUT leaves an object that S3 itself never shows — a PUT there is all or
 * nothing — and s3rver answers `500` to every read and listing that meets metadata cut short.
 * The PUT was never acknowledged, so its uploader still has it to send again; the object is
 * removed, as S3 would have no such object. (An overwrite killed mid-way loses the version
 * before it too: s3rver wrote over it in place.)
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const OBJECT_SUFFIX = '._S3rver_object';
const METADATA_SUFFIX = '._S3rver_metadata.json';
const MD5_SUFFIX = `${OBJECT_SUFFIX}.md5`;

async function md5Of(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether the object whose files start with `base` was left half-written. */
async function isTorn(base: string): Promise<boolean> {
  const metadata = await readIfPresent(`${base}${METADATA_SUFFIX}`);
  // The metadata is the PUT's last file: without it the PUT never finished.
  if (metadata === undefined) return true;
  try {
    JSON.parse(metadata);
  } catch {
    return true;
  }
  // The MD5 comes before the metadata: a content rewritten but not yet hashed differs from it.
  // (s3rver makes a missing MD5 file itself on the next read.)
  const md5 = await readIfPresent(`${base}${MD5_SUFFIX}`);
  return md5 !== undefined && md5.trim() !== (await md5Of(`${base}${OBJECT_SUFFIX}`));
}

async function* objectBases(folder: string): AsyncGenerator<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* objectBases(path);
    else if (entry.name.endsWith(OBJECT_SUFFIX)) yield path.slice(0, -OBJECT_SUFFIX.length);
  }
}

/**
 * Removes the objects a crash left half-written in an s3rver folder, before the server starts on
 * it. Every object's metadata is parsed and its content hashed (a few milliseconds per megabyte).
 *
 * @param directory - s3rver's folder (one sub-folder per bucket)
 * @returns the objects removed, as `<bucket>/<encoded key>` paths in the folder, sorted
 * @example
 * const removed = await removeTornObjects(join(dataDir, 's3'));
 */
export async function removeTornObjects(directory: string): Promise<string[]> {
  const removed: string[] = [];
  for await (const base of objectBases(directory)) {
    if (!(await isTorn(base))) continue;
    await Promise.all(
      [OBJECT_SUFFIX, MD5_SUFFIX, METADATA_SUFFIX].map((suffix) =>
        rm(`${base}${suffix}`, { force: true }),
      ),
    );
    removed.push(relative(directory, base).split(sep).join('/'));
  }
  return removed.sort();
}
