/**
 * Worker side of the extractor sandbox: runs `extractArticle` on each message and posts back
 * what happened. Runs in a worker thread so that the test can terminate a page that hangs.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { ExtractionError, extractArticle } from '../../../shared/extract/index.ts';
import type { SandboxReady, SandboxReply, SandboxRequest } from './extractor-sandbox.ts';

const port = parentPort;
if (port === null) throw new Error('extract-worker.ts must run in a worker thread');

port.on('message', (request: SandboxRequest) => {
  // Structured cloning turns a Buffer into a plain Uint8Array; the extractor expects a Buffer.
  const html =
    typeof request.html === 'string'
      ? request.html
      : Buffer.from(request.html.buffer, request.html.byteOffset, request.html.byteLength);
  const start = performance.now();
  let reply: SandboxReply;
  try {
    const article = extractArticle(html, request.options);
    reply = { id: request.id, kind: 'article', article, ms: performance.now() - start };
  } catch (error) {
    const ms = performance.now() - start;
    if (error instanceof ExtractionError) {
      reply = {
        id: request.id,
        kind: 'rejected',
        name: error.name,
        reason: error.reason,
        message: error.message,
        ms,
      };
    } else {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = {
        id: request.id,
        kind: 'crash',
        name: e.name,
        message: e.message,
        stack: e.stack ?? '',
      };
    }
  }
  port.postMessage(reply);
});

// The extractor is imported: the sandbox starts a page's time limit only from here.
port.postMessage({ kind: 'ready' } satisfies SandboxReady);
