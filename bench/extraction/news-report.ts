/**
 * Text output of the news-metadata benchmark: the side-by-side table, the rejected articles, the
 * targets of the extraction issue, and the pages where a field is wrong (for tuning to rules).
 */
import { mib } from '../lib/measure.ts';
import { renderTable } from '../lib/table.ts';
import type { NewsPage } from './news-dataset.ts';
import { judgePage, type MetadataField, type MetadataSummary } from './news-summary.ts';
import type { ContenderResult } from './run.ts';

/** One contender's results on the news set: body figures and metadata figures. */
export interface NewsResult {
  readonly result: ContenderResult;
  readonly metadata: MetadataSummary;
}

const f3 = (v: number) => v.toFixed(3);
const f1 = (v: number) => v.toFixed(1);

/**
 * The side-by-side table: rejections, body F1 (lead + body for contenders that keep the lead
 * apart), and the share of pages with each metadata field right.
 *
 * @param results - the scored contenders, in table order
 * @returns the table
 */
export function formatNewsResults(results: readonly NewsResult[]): string {
  return renderTable(
    [
      { header: 'extractor' },
      { header: 'rejected' },
      { header: 'body F1', format: f3 },
      { header: 'P', format: f3 },
      { header: 'R', format: f3 },
      { header: 'title', format: f3 },
      { header: 'authors', format: f3 },
      { header: 'day', format: f3 },
      { header: 'instant ±60 s', format: f3 },
      { header: 'lead', format: f3 },
      { header: 'pages/s', format: f1 },
      { header: 'CPU ms/page', format: f1 },
      { header: 'peak heap MiB', format: (v) => mib(v) },
    ],
    results.map(({ result, metadata }) => [
      result.label,
      `${metadata.rejected.length} of ${metadata.pages}`,
      result.summary?.f1 ?? null,
      result.summary?.precision ?? null,
      result.summary?.recall ?? null,
      metadata.accuracy.title,
      metadata.accuracy.authors,
      metadata.accuracy.day,
      metadata.accuracy.instant,
      metadata.accuracy.lead,
      result.pagesPerSecond,
      result.cpuMsPerPage,
      result.peakHeapBytes,
    ]),
  );
}

/**
 * The real articles each contender rejected, with the reason.
 *
 * @param results - the scored contenders
 * @returns one line per contender, then one per rejected page
 */
export function formatRejections(results: readonly NewsResult[]): string {
  return results
    .flatMap(({ result, metadata }) => [
      `${result.label}: ${metadata.rejected.length} real article(s) rejected`,
      ...metadata.rejected.map((r) => `  ${r.id}: ${r.reason}`),
    ])
    .join('\n');
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/**
 * The extraction issue's news-metadata targets, as measured in this run.
 *
 * @param project - this project's results, if it ran
 * @param peer - Readability + linkedom's, if it ran
 * @returns lines with PASS/FAIL
 */
export function formatNewsTargets(project?: NewsResult, peer?: NewsResult): string {
  if (project === undefined) return "Targets: not checked — this project's extractor did not run.";
  const { accuracy, rejected } = project.metadata;
  const f1 = project.result.summary?.f1 ?? 0;
  const lines = [
    `Target body F1 ≥ 0.950: ${f3(f1)} → ${verdict(f1 >= 0.95)}`,
    `Target title ≥ 0.900: ${f3(accuracy.title)} → ${verdict(accuracy.title >= 0.9)}`,
    `Target authors ≥ 0.800: ${f3(accuracy.authors)} → ${verdict(accuracy.authors >= 0.8)}`,
    `Target publication day ≥ 0.950: ${f3(accuracy.day)} → ${verdict(accuracy.day >= 0.95)}`,
  ];
  if (peer !== undefined) {
    const theirs = peer.metadata.rejected.length;
    lines.push(
      `Target rejections ≤ Readability+linkedom's (${theirs}): ${rejected.length} → ${verdict(rejected.length <= theirs)}`,
    );
  }
  return lines.join('\n');
}

function clip(text: string | null | undefined, max = 100): string {
  if (text === null || text === undefined) return '(none)';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max)}…`;
}

/**
 * The pages where a contender got a field wrong, with the truth and its value: for tuning to
 * the rule a group of pages shares, never to one page.
 *
 * @param news - the contender's results
 * @param pages - the pages with their truth
 * @param field - the field to list
 * @returns one block per page
 */
export function formatMisses(
  news: NewsResult,
  pages: readonly NewsPage[],
  field: MetadataField,
): string {
  const byId = new Map(news.result.pages.map((p) => [p.id, p]));
  const lines: string[] = [];
  for (const page of pages) {
    const out = byId.get(page.id);
    if (out === undefined) continue;
    const got = out.metadata;
    if (judgePage(page.meta, got)[field]) continue;
    const [want, have] = (() => {
      switch (field) {
        case 'title':
          return [page.meta.title, got?.title];
        case 'authors':
          return [page.meta.authors.join(' | '), got?.authors.join(' | ')];
        case 'lead':
          return [page.meta.lead, got?.lead];
        default:
          return [page.meta.published, got?.published];
      }
    })();
    lines.push(
      `${page.id}${out.error ? ` (${out.error})` : ''} ${page.url}`,
      `  want ${clip(want)}`,
      `  got  ${clip(have)}`,
    );
  }
  return lines.length === 0
    ? `${news.result.label}: no ${field} misses`
    : [`${news.result.label}: ${lines.length / 3} ${field} misses`, ...lines].join('\n');
}
