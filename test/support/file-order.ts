/**
 * The order in which vitest hands test files to its two workers. Its own order puts the projects
 * in name order (`servers` before `unit`) and, in a fresh clone without its results cache, each
 * project's files largest first; the longest files are not the largest (the 200-page load test is
 * one of the smallest), and a long file handed out last runs alone at the end of the suite. Here
 * the files that need no servers come first, the robustness and infrastructure files before the
 * unit files, then the runtime's robustness files, the end-to-end files, the integration files.
 * Within each part vitest's own order stays (longest first once it has timed a run). Each project
 * is one stretch of the run, so a worker process changes project once: a worker is kept only for
 * files of its own project, and each new one imports the project's modules again.
 */
import { relative, sep } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Where a file goes: lower parts first. */
function partOf(spec: TestSpecification): number {
  const [, folder] = relative(spec.project.config.root, spec.moduleId).split(sep);
  if (spec.project.name === 'servers') {
    // The robustness files of the runtime are the longest (the load test, the restarts, the kill).
    if (folder === 'robust') return 2;
    return folder === 'e2e' ? 3 : 4;
  }
  return folder === 'unit' ? 1 : 0;
}

/** vitest's order, the parts above first. */
export default class FileOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array sort is stable: within a part, vitest's own order stays.
    return sorted.sort((a, b) => partOf(a) - partOf(b));
  }
}
