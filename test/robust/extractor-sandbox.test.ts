import { afterEach, describe, expect, it } from 'vitest';
import { ExtractorSandbox } from './support/extractor-sandbox.ts';
import { SLOW_START_MS } from './support/slow-start-worker.ts';

const SLOW_START_WORKER = new URL('./support/slow-start-worker.ts', import.meta.url).href;

describe('the extractor sandbox', () => {
  let sandbox: ExtractorSandbox | undefined;
  afterEach(async () => {
    await sandbox?.close();
  });

  it("times a page from its worker's readiness, not from the worker's start", async () => {
    // The worker blocks for SLOW_START_MS before it can read anything; a guard started with the
    // worker would run out first. Timed from readiness, the page gets its answer well within it.
    sandbox = new ExtractorSandbox(SLOW_START_WORKER);
    const outcome = await sandbox.extract('<p>a page</p>', {}, SLOW_START_MS / 2);
    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'test' });
  }, 30_000);
});
