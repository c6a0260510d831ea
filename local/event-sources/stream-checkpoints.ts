/**
 * Where the stream poller got to in each shard, kept in the data folder so a restart resumes
 * after the last processed record instead of replaying the stream's 24 hours.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

type Checkpoints = Record<string, Record<string, string>>;

/** The last processed sequence number per stream and shard, in a JSON file. */
export class StreamCheckpoints {
  #data: Checkpoints | undefined;
  #writing: Promise<void> = Promise.resolve();

  /** @param file - the JSON file (created on the first save) */
  constructor(readonly file: string) {}

  /**
   * @param streamArn - the stream
   * @param shardId - the shard
   * @returns the last processed sequence number, if any
   */
  async get(streamArn: string, shardId: string): Promise<string | undefined> {
    const data = await this.#load();
    return data[streamArn]?.[shardId];
  }

  /**
   * Records that a shard was processed up to a sequence number; writes are serialized.
   *
   * @param streamArn - the stream
   * @param shardId - the shard
   * @param sequenceNumber - the last processed record's sequence number
   */
  async set(streamArn: string, shardId: string, sequenceNumber: string): Promise<void> {
    const data = await this.#load();
    data[streamArn] = { ...data[streamArn], [shardId]: sequenceNumber };
    const text = JSON.stringify(data);
    this.#writing = this.#writing.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.tmp`;
      await writeFile(temporary, text, 'utf8');
      await rename(temporary, this.file);
    });
    await this.#writing;
  }

  async #load(): Promise<Checkpoints> {
    if (this.#data !== undefined) return this.#data;
    try {
      this.#data = JSON.parse(await readFile(this.file, 'utf8')) as Checkpoints;
    } catch {
      // No file yet, or one cut short: start from the stream's trim horizon.
      this.#data = {};
    }
    return this.#data;
  }
}
