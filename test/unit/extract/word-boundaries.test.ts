/**
 * `\b` in a JavaScript pattern knows ASCII letters only, `u` flag or not: after "Sở", "się" or
 * "déclaré" nor before "Đội" does it find a word's edge, so a pattern writing one there never
 * matches the word (`(?![\p{L}\p{N}])` and `(?<![\p{L}\p{N}])` do). The extractor's sources are
 * read for such places: a word of the patterns, or an alternative of a group, that ends in a
 * letter outside ASCII before `\b`, or starts with one after it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../shared/extract/', import.meta.url));

/** A letter outside ASCII: Latin with marks, Vietnamese, Greek, Cyrillic. */
const OUTSIDE_ASCII = /[\u00c0-\u024f\u0370-\u04ff\u1e00-\u1eff]/u;
/** `\b` as a regular expression literal or a `String.raw` template writes it. */
const BOUNDARY = /\\b/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level alternatives of a group's text. */
function alternatives(group: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of group) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
    } else current += c;
  }
  return [...out, current];
}

/** The group that closes right before `end` (at a `)`), read back to its `(`. */
function groupBefore(line: string, end: number): string | null {
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    if (line[i - 1] === '\\') continue;
    if (line[i] === ')') depth++;
    else if (line[i] === '(' && --depth === 0) return line.slice(i + 1, end).replace(/^\?:/, '');
  }
  return null;
}

/** The group that opens right after `start` (at a `(`), read on to its `)`. */
function groupAfter(line: string, start: number): string | null {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    if (line[i - 1] === '\\') continue;
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) {
      return line.slice(start + 1, i).replace(/^\?:/, '');
    }
  }
  return null;
}

/** The places of a line where `\b` stands beside a letter outside ASCII. */
function misplacedBoundaries(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(BOUNDARY)) {
    const at = m.index;
    const before = line[at - 1] ?? '';
    const after = line[at + 2] ?? '';
    const ends =
      before === ')'
        ? alternatives(groupBefore(line, at - 1) ?? '').map((a) => a.at(-1) ?? '')
        : [before];
    const starts =
      after === '('
        ? alternatives(groupAfter(line, at + 2) ?? '').map((a) => a.charAt(0))
        : [after];
    if ([...ends, ...starts].some((c) => OUTSIDE_ASCII.test(c))) {
      found.push(line.slice(Math.max(0, at - 30), at + 32).trim());
    }
  }
  return found;
}

describe('word boundaries in the extractor’s patterns', () => {
  it('finds a \\b beside a letter outside ASCII (the check itself)', () => {
    expect(misplacedBoundaries(String.raw`/^(?:sở|bộ|ban)\b/i`)).toHaveLength(1);
    expect(misplacedBoundaries(String.raw`/\bzapisz się\b/`)).toHaveLength(1);
    expect(misplacedBoundaries(String.raw`/\b(?:đội|phòng)/`)).toHaveLength(1);
    expect(misplacedBoundaries(String.raw`/^(?:sở|bộ)(?![\p{L}\p{N}])|\bban\b/iu`)).toEqual([]);
  });

  it('puts none beside a letter outside ASCII, where it never finds a word’s edge', () => {
    const misplaced = sources(ROOT).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:\*|\/\/)/.test(line))
        .flatMap((line) =>
          misplacedBoundaries(line).map((at) => `${file.slice(ROOT.length)}: ${at}`),
        ),
    );
    expect(misplaced).toEqual([]);
  });
});
