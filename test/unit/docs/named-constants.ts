/**
 * Finds the numeric constants the code names (`const MAX_ELEMENTS = 50_000;`) and the lines of
 * the documentation that name one and repeat its value too — the value belongs to the code, and a
 * copy in prose goes stale when it changes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A named numeric constant of the code. */
export interface NamedConstant {
  readonly name: string;
  readonly value: number;
  /** File that defines it, relative to the root it was read from. */
  readonly file: string;
}

const DEFINITION =
  /\bconst ([A-Z][A-Z0-9_]{2,})\s*(?::[^=;]+)?=\s*(\d[\d_]*(?:\.\d+)?(?:\s*\*\s*\d[\d_]*)*)\s*;/g;

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Reads the numeric constants defined as literals (or products of literals) in source folders.
 *
 * @param root - the repository root
 * @param folders - source folders under it
 * @returns every constant found
 */
export function namedConstants(root: string, folders: readonly string[]): NamedConstant[] {
  const found: NamedConstant[] = [];
  for (const path of folders.flatMap((folder) => typeScriptFiles(join(root, folder)))) {
    for (const match of readFileSync(path, 'utf8').matchAll(DEFINITION)) {
      const value = (match[2] ?? '')
        .split('*')
        .map((factor) => Number(factor.trim().replaceAll('_', '')))
        .reduce((product, factor) => product * factor, 1);
      found.push({ name: match[1] ?? '', value, file: path.slice(root.length) });
    }
  }
  return found;
}

/**
 * The lines of a Markdown text that name a constant and also write its value (as `50000` or
 * `50,000`).
 *
 * @param markdown - the text
 * @param constants - the constants to look for
 * @returns `line: NAME = value` for each offence
 * @example repeatedValues('`MAX_ELEMENTS` (50,000)', [{ name: 'MAX_ELEMENTS', value: 50000, file: '' }]) // ['1: MAX_ELEMENTS = 50000']
 */
export function repeatedValues(markdown: string, constants: readonly NamedConstant[]): string[] {
  const offences: string[] = [];
  // One pattern for every name first: most lines name none (a pattern per line and constant
  // took seconds on the larger pages).
  const anyName = new RegExp(`\\b(?:${constants.map(({ name }) => name).join('|')})\\b`);
  const named = constants.map((constant) => ({
    ...constant,
    pattern: new RegExp(`\\b${constant.name}\\b`),
  }));
  markdown.split('\n').forEach((line, index) => {
    if (!anyName.test(line)) return;
    for (const { name, value, pattern } of named) {
      if (!pattern.test(line)) continue;
      const rest = line.replaceAll(name, '');
      const written = [String(value), value.toLocaleString('en-US')].some((form) =>
        new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d,]|\\.\\d)`).test(rest),
      );
      if (written) offences.push(`${index + 1}: ${name} = ${value}`);
    }
  });
  return offences;
}
