/**
 * The pure part of the stress script (`suite-stress.ts`): which tests a run of `npm test` reports
 * as failed, and the summary of the campaign.
 */

/** One run of `npm test`. */
export interface StressRun {
  /** 1-based number of the run. */
  readonly run: number;
  readonly passed: boolean;
  readonly exitCode: number | null;
  readonly durationMs: number;
  /** What failed: vitest's failed tests and files, or the step that failed before them. */
  readonly failures: readonly string[];
  /** Processes started by the run (java, node) still alive after it ended. */
  readonly leftovers: readonly string[];
}

// Control sequences of coloured terminal output (vitest colours even when piped under some CIs).
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/**
 * The failures a run of `npm test` printed: vitest's `FAIL` lines (a failed test, or a file that
 * failed to load), the type-check when `tsc` printed errors, and otherwise the npm step that
 * failed (lint, vitest itself).
 *
 * @param output - the run's stdout and stderr
 * @returns each failure once, in the order printed
 * @example
 * failuresOf(' FAIL   suite  test/e2e/a.test.ts > runtime > serves the feed\n') // ['suite test/e2e/a.test.ts > runtime > serves the feed']
 */
export function failuresOf(output: string): string[] {
  const lines = output.replace(ANSI, '').split(/\r?\n/);
  const failed = new Set<string>();
  for (const line of lines) {
    const match = /^\s*(?:FAIL|×|✗)\s+(.+?)\s*$/.exec(line);
    if (match?.[1] !== undefined && /\.test\.ts/.test(match[1])) {
      failed.add(match[1].replace(/\s+/g, ' '));
    }
  }
  // The type-check runs beside the tests, so its errors may come before or among theirs.
  if (lines.some((line) => /: error TS\d+:/.test(line))) failed.add('npm run typecheck failed');
  if (failed.size > 0) return [...failed];
  // npm prints "> package@version script" as each step of `npm test` starts: the last one ran
  // when the run stopped (lint, or vitest failing outside any test).
  const steps = lines.flatMap((line) => /^> \S+@\S+ (\S+)$/.exec(line.trim())?.slice(1) ?? []);
  const last = steps.at(-1);
  return last === undefined ? [] : [`npm run ${last} failed`];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The campaign's report: one line per run, then how many passed.
 *
 * @param runs - the finished runs
 * @param context - commit and load, printed in the heading
 * @returns the report as lines of text
 */
export function stressSummary(
  runs: readonly StressRun[],
  context: { readonly commit: string; readonly loadBefore: string; readonly loadAfter: string },
): string[] {
  const passed = runs.filter((r) => r.passed).length;
  const lines = [
    `Stress campaign of commit ${context.commit}: npm test ${runs.length} times with one core kept busy`,
    `load average before: ${context.loadBefore}; after: ${context.loadAfter}`,
  ];
  for (const r of runs) {
    lines.push(
      `run ${r.run}: ${r.passed ? 'passed' : `FAILED (exit ${r.exitCode})`} in ${seconds(r.durationMs)}`,
    );
    for (const failure of r.failures) lines.push(`    failed: ${failure}`);
    for (const leftover of r.leftovers) lines.push(`    left running: ${leftover}`);
  }
  lines.push(`${passed} of ${runs.length} runs passed`);
  return lines;
}
