/**
 * A vitest reporter that shows where a run's time goes: for every test file, the time it held a
 * worker (setting up, importing, hooks and tests), then its import and its tests-and-hooks time,
 * and when in the run it held the worker (which files ran side by side, which ran last), longest
 * first. Not part of `npm test`; run it beside the default one:
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
  /** The time it held a worker: environment, setup files, import, hooks and tests. */
  readonly workerMs: number;
  /** Importing the file and what it imports, and running its suite callbacks. */
  readonly collectMs: number;
  /** Its tests and hooks (`beforeAll` included). */
  readonly testsMs: number;
  readonly tests: number;
  readonly state: string;
  /** When it ended, from the start of the run (it started `workerMs` before). */
  readonly endedMs: number;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(7);

/** Collects {@link FileTimes} and prints them when the run ends. */
export default class FileTimesReporter implements Reporter {
  #rows: FileTimes[] = [];
  #started = Date.now();

  onTestModuleEnd(module: TestModule): void {
    const diagnostic = module.diagnostic();
    this.#rows.push({
      file: relative(process.cwd(), module.moduleId),
      project: module.project.name,
      // Phase by phase: a file waiting for a free worker is not counted.
      workerMs:
        diagnostic.environmentSetupDuration +
        diagnostic.prepareDuration +
        diagnostic.setupDuration +
        diagnostic.collectDuration +
        diagnostic.duration,
      collectMs: diagnostic.collectDuration,
      testsMs: diagnostic.duration,
      tests: [...module.children.allTests()].length,
      state: module.state(),
      endedMs: Date.now() - this.#started,
    });
  }

  onTestRunEnd(): void {
    const rows = [...this.#rows].sort((a, b) => b.workerMs - a.workerMs);
    const lines = [
      '',
      `File times (run ${seconds(Date.now() - this.#started).trim()} s; files held workers ${seconds(rows.reduce((sum, row) => sum + row.workerMs, 0)).trim()} s in all):`,
      ' worker s collect s   tests s     from       to  file',
      ...rows.map(
        (row) =>
          `${seconds(row.workerMs)}   ${seconds(row.collectMs)}   ${seconds(row.testsMs)}  ${seconds(row.endedMs - row.workerMs)}  ${seconds(row.endedMs)}  ${row.file}${row.state === 'passed' ? '' : ` (${row.state})`}`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const json = process.env.FILE_TIMES_JSON;
    if (json) writeFileSync(json, `${JSON.stringify(rows, null, 2)}\n`);
  }
}
