/**
 * Runs `extractArticle` in a worker thread with a time limit per page and a memory cap, so that a
 * page that hangs or exhausts memory fails its test instead of stalling the suite. The limit is a
 * hang guard, not a performance assertion: it is generous on purpose.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../../../shared/article.ts';

/** Options passed to `extractArticle`. */
export interface SandboxOptions {
  readonly url?: string;
  readonly timezone?: string;
}

/** A page sent to the worker. */
export interface SandboxRequest {
  readonly id: number;
  readonly html: string | Uint8Array;
  readonly options: SandboxOptions;
}

/** What became of one page. */
export type SandboxReply =
  | {
      readonly id: number;
      readonly kind: 'article';
      readonly article: Article;
      readonly ms: number;
    }
  | {
      readonly id: number;
      readonly kind: 'rejected';
      readonly name: string;
      readonly reason: string;
      readonly message: string;
      readonly ms: number;
    }
  | {
      readonly id: number;
      readonly kind: 'crash';
      readonly name: string;
      readonly message: string;
      readonly stack: string;
    };

/** The outcome of one page, including the sandbox's own verdicts. */
export type Outcome =
  | SandboxReply
  | { readonly kind: 'timeout'; readonly limitMs: number }
  | { readonly kind: 'worker-died'; readonly message: string };

/** Generous per-page hang guard: the machine is shared, so this is far above normal times. */
export const DEFAULT_PAGE_LIMIT_MS = 20_000;

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url).href;

/** The worker's first message: the extractor is imported and pages can be sent. */
export interface SandboxReady {
  readonly kind: 'ready';
}

/** A worker, and whether it got ready: null once it did, else why it died first. */
interface Started {
  readonly worker: Worker;
  readonly ready: Promise<string | null>;
}

function spawnWorker(workerUrl: string): Started {
  // Worker threads do not inherit tsx's loader for their entry point; load it through tsx's API.
  const api = import.meta.resolve('tsx/esm/api');
  const url = JSON.stringify(workerUrl);
  const source = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${url}, ${url}))`;
  const worker = new Worker(source, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 1536 },
  });
  // Between pages nobody listens; an idle worker's error must not become an uncaught exception.
  worker.on('error', () => {});
  const ready = new Promise<string | null>((resolve) => {
    const onMessage = (message: SandboxReady | SandboxReply) => {
      if (message.kind === 'ready') done(null);
    };
    const onError = (error: Error) => done(`${error.name}: ${error.message}`);
    const onExit = (code: number) => done(`worker exited with code ${code}`);
    function done(outcome: string | null) {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve(outcome);
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
  return { worker, ready };
}

/** A worker thread running the extractor, one page at a time. */
export class ExtractorSandbox {
  readonly #workerUrl: string;
  #worker: Started;
  #next = 0;

  /**
   * @param workerUrl - the worker's module: the extractor's by default (a test gives another that
   *   speaks the same messages)
   */
  constructor(workerUrl: string = WORKER_URL) {
    this.#workerUrl = workerUrl;
    this.#worker = spawnWorker(workerUrl);
  }

  /**
   * Extracts one page in the worker.
   *
   * @param html - the page (bytes or text)
   * @param options - `extractArticle` options
   * @param limitMs - after this long the worker is terminated and the page counts as a hang
   * @returns the outcome; never rejects
   */
  async extract(
    html: string | Uint8Array,
    options: SandboxOptions = {},
    limitMs = DEFAULT_PAGE_LIMIT_MS,
  ): Promise<Outcome> {
    const id = this.#next++;
    const started = this.#worker;
    // The limit times the page, not the worker's start: importing the extractor through tsx took
    // over 20 s at load 25 on the shared machine, and the first page of a file (or the page after
    // a hang) ran out of its guard before it was read.
    const died = await started.ready;
    if (died !== null) {
      this.#replace(started);
      return { kind: 'worker-died', message: died };
    }
    const worker = started.worker;
    return new Promise<Outcome>((resolve) => {
      const finish = (outcome: Outcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(outcome);
      };
      const onMessage = (reply: SandboxReply) => {
        if (reply.id === id) finish(reply);
      };
      const onError = (error: Error) => {
        this.#replace(started);
        finish({ kind: 'worker-died', message: `${error.name}: ${error.message}` });
      };
      const onExit = (code: number) => {
        this.#replace(started);
        finish({ kind: 'worker-died', message: `worker exited with code ${code}` });
      };
      const timer = setTimeout(() => {
        this.#replace(started);
        finish({ kind: 'timeout', limitMs });
      }, limitMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, html, options } satisfies SandboxRequest);
    });
  }

  #replace(dead: Started): void {
    if (this.#worker !== dead) return;
    void dead.worker.terminate();
    this.#worker = spawnWorker(this.#workerUrl);
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.#worker.worker.terminate();
  }
}
