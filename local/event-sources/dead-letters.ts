/**
 * The local dead-letter list: messages the ingest and regenerate handlers kept failing and
 * stream batches the feeds handler kept failing, as the SQS DLQs and the stream's on-failure
 * destination hold them on AWS. Stored as JSON Lines in the data folder, so `syndicate status` in another process
 * reads what the running pipeline wrote.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One message that ran out of retries. */
export interface DeadLetter {
  /** Which consumer gave up: the ingest queue, the table's stream, the regeneration queue or
   * the WebSub hub queue. */
  readonly source: 'ingest' | 'feeds' | 'regenerate' | 'hub';
  /** ISO time it was dead-lettered. */
  readonly at: string;
  /** How many times it was delivered. */
  readonly attempts: number;
  /** The last error known for it. */
  readonly error: string;
  /** What it was about: object keys for ingest, stream record keys for feeds. */
  readonly subjects: readonly string[];
  /** The message itself (the SQS body, or the stream records), for replay by hand. */
  readonly payload: unknown;
}

/** Appends to and reads the dead-letter file. */
export class DeadLetterList {
  /** @param file - path of the JSON Lines file (created on the first append) */
  constructor(readonly file: string) {}

  /**
   * Records a dead letter.
   *
   * @param letter - the message that ran out of retries
   */
  async add(letter: DeadLetter): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(letter)}\n`, 'utf8');
  }

  /**
   * Reads every dead letter, oldest first. A missing file is an empty list; a line cut short by
   * a crash mid-write is skipped.
   *
   * @returns the dead letters
   */
  async list(): Promise<DeadLetter[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    const letters: DeadLetter[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        letters.push(JSON.parse(line) as DeadLetter);
      } catch {
        // A torn last line: the rest of the list is still worth showing.
      }
    }
    return letters;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}
