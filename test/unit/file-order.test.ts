import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import FileOrder from '../support/file-order.ts';

const ROOT = join('/', 'repo');
const SIZES: Record<string, number> = {
  'test/integration/feeds.test.ts': 24_000,
  'test/integration/ingest.test.ts': 9_000,
  'test/robust/pipeline-load.test.ts': 3_900,
  'test/e2e/websub.test.ts': 17_000,
  'test/unit/extract/author-rules.test.ts': 200_000,
  'test/unit/extract/hash.test.ts': 1_000,
  'test/robust/extractor-pathological.test.ts': 24_600,
  'test/infra/stack.test.ts': 8_000,
};

/** A spec as the sequencer reads it: its project's name, settings and the file's path. */
function spec(project: string, file: string): TestSpecification {
  return {
    project: { name: project, config: { root: ROOT, isolate: false, sequence: { groupOrder: 0 } } },
    moduleId: join(ROOT, file),
  } as unknown as TestSpecification;
}

/** vitest as the sequencer reads it: a fresh clone's cache (sizes, no results). */
const vitest = {
  config: { root: ROOT },
  cache: {
    getFileTestResults: () => undefined,
    getFileStats: (key: string) => ({ size: SIZES[key.slice(key.indexOf(':') + 1)] ?? 0 }),
  },
} as unknown as Vitest;

describe('the order test files are handed to the workers', () => {
  it('starts the files without servers, unit files last of them, then the pipeline robustness, end-to-end and integration files', async () => {
    const files = Object.keys(SIZES).map((file) =>
      spec(
        file.startsWith('test/integration/') ||
          file.includes('pipeline-') ||
          file.startsWith('test/e2e/')
          ? 'servers'
          : 'unit',
        file,
      ),
    );
    const order = await new FileOrder(vitest).sort(files);
    expect(order.map((s) => s.moduleId.slice(ROOT.length + 1))).toEqual([
      'test/robust/extractor-pathological.test.ts',
      'test/infra/stack.test.ts',
      'test/unit/extract/author-rules.test.ts',
      'test/unit/extract/hash.test.ts',
      'test/robust/pipeline-load.test.ts',
      'test/e2e/websub.test.ts',
      'test/integration/feeds.test.ts',
      'test/integration/ingest.test.ts',
    ]);
  });
});
