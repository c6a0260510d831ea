/**
 * Text output of the extraction benchmark: the scorer check, the side-by-side table, the bars of
 * the extractor issue, the worst pages and the per-page detail for tuning.
 */
import { mib } from '../lib/measure.ts';
import { renderTable } from '../lib/table.ts';
import { diffPassages } from './passages.ts';
import type { ContenderResult, PageResult, ScorerCheck } from './run.ts';

const f3 = (v: number) => v.toFixed(3);
const f1 = (v: number) => v.toFixed(1);
const ratio = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(2)}×`;

/**
 * The scorer check: each published reference output scored here, next to its published F1.
 *
 * @param checks - from `checkScorer`
 * @returns the table and a verdict line
 */
export function formatScorerCheck(checks: readonly ScorerCheck[]): string {
  if (checks.length === 0)
    return 'Scorer check: no output/ folder in the data; scorer NOT checked.';
  const table = renderTable(
    [
      { header: 'reference output' },
      { header: 'F1', format: f3 },
      { header: 'published F1', format: f3 },
      { header: 'precision', format: f3 },
      { header: 'recall', format: f3 },
      { header: 'accuracy', format: f3 },
      { header: 'match' },
    ],
    checks.map((c) => [
      c.name,
      c.summary.f1,
      c.published,
      c.summary.precision,
      c.summary.recall,
      c.summary.accuracy,
      c.ok === null ? '–' : c.ok ? 'yes' : 'NO',
    ]),
  );
  const failed = checks.filter((c) => c.ok === false);
  const verdict =
    failed.length === 0
      ? 'Scorer check: OK — every reference output scores its published F1.'
      : `Scorer check: FAILED for ${failed.map((c) => c.name).join(', ')}.`;
  return `${table}\n${verdict}`;
}

/**
 * The side-by-side table. Speed ratios compare each row with this project (`project`), or with
 * the first row when the project did not run.
 *
 * @param results - contender results in table order
 * @returns the table
 */
export function formatResults(results: readonly ContenderResult[]): string {
  const base = results.find((r) => r.id === 'project') ?? results[0];
  const basePps = base?.pagesPerSecond ?? Number.NaN;
  return renderTable(
    [
      { header: 'extractor' },
      { header: 'F1', format: f3 },
      { header: 'precision', format: f3 },
      { header: 'recall', format: f3 },
      { header: 'accuracy', format: f3 },
      { header: 'pages/s', format: f1 },
      { header: 'CPU ms/page', format: f1 },
      { header: 'ms/page p50', format: f1 },
      { header: 'ms/page max', format: f1 },
      { header: 'peak heap MiB', format: (v) => mib(v) },
      { header: `${base?.id ?? 'base'} is … faster (wall, CPU)` },
      { header: 'errors' },
    ],
    results.map((r) => [
      r.label,
      r.summary?.f1 ?? null,
      r.summary?.precision ?? null,
      r.summary?.recall ?? null,
      r.summary?.accuracy ?? null,
      r.pagesPerSecond,
      r.cpuMsPerPage,
      r.msPerPageP50,
      r.msPerPageMax,
      r.peakHeapBytes,
      r === base || base === undefined
        ? '–'
        : `${ratio(basePps / r.pagesPerSecond)}, ${ratio(r.cpuMsPerPage / base.cpuMsPerPage)}`,
      String(Object.values(r.errors).reduce((a, b) => a + b, 0)),
    ]),
  );
}

/** The speed targets against Readability + linkedom on the Zyte set, and their issues. */
const SPEED_TARGETS = [3.5, 4] as const;
const SPEED_TARGET_SOURCE: Readonly<Record<(typeof SPEED_TARGETS)[number], string>> = {
  3.5: 'issue 10',
  4: 'issue 11 §5',
};

/**
 * The Zyte targets of the extraction issue (F1 kept at 0.978, ≥ 3.5× Readability + linkedom's
 * speed), as measured in this run.
 *
 * @param results - contender results
 * @returns lines with PASS/FAIL, or a note when the project or the peer did not run
 */
export function formatBars(results: readonly ContenderResult[]): string {
  const project = results.find((r) => r.id === 'project');
  const linkedom = results.find((r) => r.id === 'readability-linkedom');
  if (!project?.summary) return "Targets: not checked — this project's extractor did not run.";
  const f1 = project.summary.f1;
  const lines = [`Target F1 ≥ 0.978: ${f3(f1)} → ${Number(f3(f1)) >= 0.978 ? 'PASS' : 'FAIL'}`];
  if (linkedom) {
    const wall = project.pagesPerSecond / linkedom.pagesPerSecond;
    const cpu = linkedom.cpuMsPerPage / project.cpuMsPerPage;
    for (const target of SPEED_TARGETS) {
      lines.push(
        `Target speed ≥ ${target}× Readability+linkedom (${SPEED_TARGET_SOURCE[target]}): wall ${ratio(wall)} → ${wall >= target ? 'PASS' : 'FAIL'}, CPU ${ratio(cpu)} → ${cpu >= target ? 'PASS' : 'FAIL'}`,
      );
    }
    const firstPass = linkedom.warmupCpuMsPerPage / project.warmupCpuMsPerPage;
    if (Number.isFinite(firstPass)) {
      lines.push(
        `In the warm-up pass (the first over the pages, JIT compiling as it goes): CPU ${ratio(firstPass)}`,
      );
    }
  }
  const errors = Object.entries(project.errors);
  if (errors.length > 0) {
    lines.push(`Pages the project rejected: ${errors.map(([e, n]) => `${e} × ${n}`).join(', ')}`);
  }
  return lines.join('\n');
}

const pct = (v: number | null) => (v === null ? '–' : f3(v));

/**
 * The N pages where a contender scores lowest, with precision and recall.
 *
 * @param result - one contender's result
 * @param n - how many pages
 * @returns a table of page id, F1, P, R, token counts, error and URL
 */
export function formatWorst(result: ContenderResult, n: number): string {
  const worst = [...result.pages]
    .filter((p) => p.score !== null)
    .sort((a, b) => (a.score?.f1 ?? 0) - (b.score?.f1 ?? 0))
    .slice(0, n);
  return renderTable(
    [
      { header: 'page id' },
      { header: 'F1', format: f3 },
      { header: 'P' },
      { header: 'R' },
      { header: 'ms', format: f1 },
      { header: 'error' },
      { header: 'url' },
    ],
    worst.map((p) => [
      p.id.slice(0, 16),
      p.score?.f1 ?? 0,
      pct(p.score?.precision ?? null),
      pct(p.score?.recall ?? null),
      p.ms,
      p.error ?? '',
      p.url,
    ]),
  );
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)} …`;
}

/**
 * Detail of one page for one contender: its scores and the passages it missed or added.
 *
 * @param label - the contender's label
 * @param page - its result on the page
 * @param truth - the ground-truth body
 * @param limit - passages to show of each kind
 * @returns text lines
 */
export function formatPageDetail(
  label: string,
  page: PageResult,
  truth: string,
  limit = 8,
): string {
  const score = page.score;
  const head =
    `${label}: F1 ${f3(score?.f1 ?? 0)}  P ${pct(score?.precision ?? null)}  ` +
    `R ${pct(score?.recall ?? null)}  exact ${score?.exact ? 'yes' : 'no'}  ${f1(page.ms)} ms` +
    (page.error ? `  error ${page.error}` : '');
  const { missed, extra } = diffPassages(truth, page.text);
  const show = (title: string, list: typeof missed) =>
    list.length === 0
      ? [`  ${title}: none`]
      : [
          `  ${title} (${list.length} passages, ${list.reduce((n, p) => n + p.length, 0)} tokens):`,
          ...[...list]
            .sort((a, b) => b.length - a.length)
            .slice(0, limit)
            .sort((a, b) => a.start - b.start)
            .map((p) => `    @${p.start} [${p.length}] ${clip(p.text, 300)}`),
        ];
  return [head, ...show('missed', missed), ...show('extra', extra)].join('\n');
}
