/**
 * What a running local pipeline tells other processes about itself, in `<data dir>/runtime.json`:
 * its URLs and the feeds' settings. `syndicate feeds rebuild` reads it to rebuild with the same
 * base URL, item limit and schedule as the running pipeline (a rebuild with another base URL
 * would rewrite every feed's links).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The contents of the runtime file. */
export interface RuntimeInfo {
  /** The process running the pipeline. */
  readonly pid: number;
  readonly urls: { readonly feeds: string; readonly s3: string; readonly dynamoDb: string };
  readonly region: string;
  readonly tableName: string;
  readonly feedsBucket: string;
  readonly baseUrl: string;
  readonly itemLimit: number;
  /** Items per archive page (absent from a file written before archives). */
  readonly archivePageSize?: number;
  readonly windowMs: number;
  readonly leaseMs: number;
  /** The hub the feeds advertise (built in or external), told of a rebuild's rewritten files. */
  readonly hubUrl?: string;
}

const FILE = 'runtime.json';

/**
 * @param dataDir - the pipeline's data folder
 * @param info - what to record
 */
export async function writeRuntimeFile(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writeFile(join(dataDir, FILE), `${JSON.stringify(info, null, 2)}\n`, 'utf8');
}

/**
 * Removes the runtime file, if this process wrote it.
 *
 * @param dataDir - the pipeline's data folder
 * @param pid - the process that wrote it
 */
export async function removeRuntimeFile(dataDir: string, pid: number): Promise<void> {
  if ((await readRuntimeFile(dataDir))?.pid === pid) await rm(join(dataDir, FILE), { force: true });
}

/**
 * @param dataDir - a pipeline's data folder
 * @returns what the running pipeline recorded, or null when no pipeline runs there
 */
export async function readRuntimeFile(dataDir: string): Promise<RuntimeInfo | null> {
  try {
    return JSON.parse(await readFile(join(dataDir, FILE), 'utf8')) as RuntimeInfo;
  } catch {
    return null;
  }
}
