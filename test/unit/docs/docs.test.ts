import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headingAnchor, headingAnchors, relativeLinks } from './markdown-links.ts';
import { type NamedConstant, namedConstants, repeatedValues } from './named-constants.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The README's budget (issue 11): the detail lives in docs/. */
const README_MAX_LINES = 250;
/** One page per concern, each linked from the README. */
const DOC_PAGES = [
  'extraction.md',
  'ingest.md',
  'feeds.md',
  'local.md',
  'deploy.md',
  'performance.md',
  'reliability.md',
];

const markdownFiles = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const anchorsByFile = new Map<string, Set<string>>();

/** The heading anchors of a Markdown file, read once however many links point into it. */
function anchorsOf(file: string): Set<string> {
  let anchors = anchorsByFile.get(file);
  if (anchors === undefined) {
    anchors = headingAnchors(readFileSync(file, 'utf8'));
    anchorsByFile.set(file, anchors);
  }
  return anchors;
}

/** Every broken relative link of one file, as `file:line → target (why)`. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const link of relativeLinks(readFileSync(join(ROOT, file), 'utf8'))) {
    const target = link.path === '' ? join(ROOT, file) : resolve(ROOT, dirname(file), link.path);
    const shown = `${file}:${link.line} → ${link.path}${link.anchor === null ? '' : `#${link.anchor}`}`;
    if (relative(ROOT, target).startsWith('..')) broken.push(`${shown} (outside the repository)`);
    else if (!existsSync(target)) broken.push(`${shown} (no such file)`);
    else if (link.anchor !== null) {
      if (!target.endsWith('.md') || statSync(target).isDirectory()) continue;
      if (!anchorsOf(target).has(link.anchor)) {
        broken.push(`${shown} (no such heading)`);
      }
    }
  }
  return broken;
}

describe('the documentation', () => {
  /** The code's named constants, read once for every page. */
  let constants: NamedConstant[] | undefined;

  it(`keeps the README within ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('has one page per concern in docs/, each linked from the README', () => {
    const readmeTargets = new Set(
      relativeLinks(readFileSync(join(ROOT, 'README.md'), 'utf8')).map((link) => link.path),
    );
    for (const page of DOC_PAGES) {
      expect(existsSync(join(ROOT, 'docs', page)), `docs/${page} exists`).toBe(true);
      expect(readmeTargets.has(`docs/${page}`), `README links docs/${page}`).toBe(true);
    }
  });

  it.each(markdownFiles)('%s: names constants without repeating their values', (file) => {
    constants ??= namedConstants(ROOT, ['shared', 'functions', 'infra', 'local', 'cli']);
    expect(constants.length).toBeGreaterThan(10);
    expect(repeatedValues(readFileSync(join(ROOT, file), 'utf8'), constants)).toEqual([]);
  });

  it.each(markdownFiles)(
    '%s: every relative link points to an existing file and heading',
    (file) => {
      expect(brokenLinks(file)).toEqual([]);
    },
  );
});

describe('repeatedValues', () => {
  const constants = [
    { name: 'MAX_ELEMENTS', value: 50_000, file: 'shared/extract/limits.ts' },
    { name: 'MAX_DEPTH', value: 128, file: 'shared/extract/depth.ts' },
  ];

  it('flags a line that names a constant and writes its value, in either form', () => {
    expect(
      repeatedValues(
        'Pages over `MAX_ELEMENTS` (50,000) are rejected.\nDeeper than `MAX_DEPTH`, 128 levels.',
        constants,
      ),
    ).toEqual(['1: MAX_ELEMENTS = 50000', '2: MAX_DEPTH = 128']);
  });

  it('lets a line name a constant next to other numbers, and a value appear without its name', () => {
    expect(
      repeatedValues(
        'Pages over `MAX_ELEMENTS` took 1,280 ms.\nA page of 50,000 spans took 3 s.',
        constants,
      ),
    ).toEqual([]);
  });
});

describe('relativeLinks and headingAnchors', () => {
  it('finds relative links with their anchors, and leaves external ones and code out', () => {
    const markdown = [
      'See [the feeds](docs/feeds.md#rss-20) and [home](https://example.com/x.md).',
      '```sh',
      '[not a link](nowhere.md)',
      '```',
      'A [local anchor](#quick-start) and `[code](span.md)`.',
    ].join('\n');
    expect(relativeLinks(markdown)).toEqual([
      { path: 'docs/feeds.md', anchor: 'rss-20', line: 1 },
      { path: '', anchor: 'quick-start', line: 5 },
    ]);
  });

  it('makes anchors as GitHub does, numbering repeated headings', () => {
    expect(headingAnchor('Local servers for tests and `npm start`')).toBe(
      'local-servers-for-tests-and-npm-start',
    );
    expect(headingAnchor('RSS 2.0')).toBe('rss-20');
    expect([...headingAnchors('# Tiếng Việt\n## Notes\n## Notes\n```\n# not one\n```')]).toEqual([
      'tiếng-việt',
      'notes',
      'notes-1',
    ]);
  });
});
