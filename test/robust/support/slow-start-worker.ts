/**
 * A sandbox worker that takes long to start and then answers at once: it blocks its thread for
 * {@link SLOW_START_MS} before it says it is ready (as importing the extractor does on a loaded
 * machine), then rejects every page it is sent. For the sandbox's own test.
 */
import { parentPort } from 'node:worker_threads';
import type { SandboxReady, SandboxReply, SandboxRequest } from './extractor-sandbox.ts';

/** How long the worker's start blocks its thread. */
export const SLOW_START_MS = 4_000;

// Imported outside a worker (the test reads SLOW_START_MS), it does nothing.
const port = parentPort;
if (port !== null) {
  // Blocks the thread, not just this module's promise: no message is read before it ends.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SLOW_START_MS);
  port.on('message', (request: SandboxRequest) => {
    const reply: SandboxReply = {
      id: request.id,
      kind: 'rejected',
      name: 'ExtractionError',
      reason: 'test',
      message: 'the slow-start worker reads no page',
      ms: 0,
    };
    port.postMessage(reply);
  });
  port.postMessage({ kind: 'ready' } satisfies SandboxReady);
}
