/**
 * A vitest reporter that shows where a run's time goes: for every test file, the wall time from
 * when a worker took it to when it ended (import, hooks and tests), then its import and its
 * tests-and-hooks time, longest first. Not part of `npm test`; run it beside the default one:
 *
 *   npx vitest run --reporter=default --reporter=./test/support/file-times-reporter.ts
 *
 * With `FILE_TIMES_JSON=path` it also writes the rows as JSON, to compare two runs side by side.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** One test file's times, in milliseconds. */
export interface FileTimes {
  readonly file: string;
  readonly project: string;
  /** From the worker taking the file to its end. */
  readonly wallMs: number;
  /** Importing the file and what it imports, and running its suite callbacks. */
  readonly collectMs: number;
  /** Its tests and hooks (`beforeAll` included). */
  readonly testsMs: number;
  readonly tests: number;
  readonly state: string;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(7);

/** Collects {@link FileTimes} and prints them when the run ends. */
export default class FileTimesReporter implements Reporter {
  #queued = new Map<string, number>();
  #rows: FileTimes[] = [];
  #started = Date.now();

  onTestModuleQueued(module: TestModule): void {
    this.#queued.set(module.moduleId, performance.now());
  }

  onTestModuleEnd(module: TestModule): void {
    const diagnostic = module.diagnostic();
    const queued = this.#queued.get(module.moduleId) ?? performance.now();
    this.#rows.push({
      file: relative(process.cwd(), module.moduleId),
      project: module.project.name,
      wallMs: performance.now() - queued,
      collectMs: diagnostic.collectDuration,
      testsMs: diagnostic.duration,
      tests: [...module.children.allTests()].length,
      state: module.state(),
    });
  }

  onTestRunEnd(): void {
    const rows = [...this.#rows].sort((a, b) => b.wallMs - a.wallMs);
    const lines = [
      '',
      `File times (wall of the run ${seconds(Date.now() - this.#started).trim()} s; sum of file walls ${seconds(rows.reduce((sum, row) => sum + row.wallMs, 0)).trim()} s):`,
      '   wall s collect s   tests s  file',
      ...rows.map(
        (row) =>
          `${seconds(row.wallMs)}   ${seconds(row.collectMs)}   ${seconds(row.testsMs)}  ${row.file}${row.state === 'passed' ? '' : ` (${row.state})`}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const json = process.env.FILE_TIMES_JSON;
    if (json) writeFileSync(json, `${JSON.stringify(rows, null, 2)}\n`);
  }
}
