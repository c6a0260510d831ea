/**
 * Case-insensitive patterns matched at the speed of case-sensitive ones. V8 matches a `/iu`
 * pattern by folding the case of every character it compares, at every position of the text,
 * which makes a long list of words in many languages about nine times slower than the same list
 * matched without `i` (docs/performance.md, "Case-insensitive word lists"). Written in lower case,
 * such a pattern can run without `i` over the text lower-cased: where that finds nothing, the
 * text holds none of its words; where it finds one, the pattern itself runs on the text, so a
 * match is always the pattern's own (its index and words as the text writes them).
 *
 * Lower-casing and V8's case folding differ only on a few letters that fold to another letter
 * without being its capital (`ſ` folds to `s`, a final `ς` to `σ`): written so, a word is no
 * longer found.
 */

/** An escape (`\b`, `\p{L}`, `\u00e9`) whose letters say nothing about the text's case. */
const ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/gu;

/** A Unicode class that depends on case, which the lower-cased text would never match. */
const CASED_CLASS =
  /\\[pP]\{(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Upper|Lower|Uppercase|Lowercase)\}/u;

/** A case-insensitive pattern that {@link caseless} could not take, and why. */
export class CaselessPatternError extends Error {
  override readonly name = 'CaselessPatternError';

  constructor(pattern: RegExp, why: string) {
    super(`Pattern ${pattern.source.slice(0, 80)}… cannot be matched caselessly: ${why}`);
  }
}

/** What a case-insensitive pattern is used for: the `RegExp` methods the extractor calls. */
export interface CaselessPattern {
  /** The pattern as written, with its `i` flag. */
  readonly pattern: RegExp;
  /** Whether the text holds a match, as `pattern.test(text)`. */
  test(text: string): boolean;
  /** The first match, as `pattern.exec(text)`. */
  exec(text: string): RegExpExecArray | null;
}

/**
 * A case-insensitive pattern matched fast (see the module's note).
 *
 * @param pattern - a pattern with the `i` flag, not global or sticky, written in lower case, and
 *   with no Unicode class that depends on case (`\p{Lu}`)
 * @returns the pattern with `test` and `exec` that answer as its own
 * @throws {CaselessPatternError} when the pattern does not meet those conditions
 * @example
 * const PROMO = caseless(/\bsign up for\b/iu);
 * PROMO.exec('Sign Up for our newsletter')?.[0] // 'Sign Up for'
 */
export function caseless(pattern: RegExp): CaselessPattern {
  if (!pattern.flags.includes('i')) throw new CaselessPatternError(pattern, 'it has no `i` flag');
  if (pattern.global || pattern.sticky) {
    throw new CaselessPatternError(pattern, 'it is global or sticky, so it keeps a position');
  }
  if (CASED_CLASS.test(pattern.source)) {
    throw new CaselessPatternError(pattern, 'a Unicode class in it depends on case');
  }
  const literal = pattern.source.replace(ESCAPE, '');
  if (literal !== literal.toLowerCase()) {
    throw new CaselessPatternError(pattern, 'it is not written in lower case');
  }
  const lower = new RegExp(pattern.source, pattern.flags.replace('i', ''));
  return {
    pattern,
    test: (text) => lower.test(lowerCased(text)) && pattern.test(text),
    exec: (text) => (lower.test(lowerCased(text)) ? pattern.exec(text) : null),
  };
}

/** The last text lower-cased, and its lower case: several patterns are tried on one text. */
let last = { text: '', lower: '' };

/** `text.toLowerCase()`, kept for the next pattern tried on the same text. */
function lowerCased(text: string): string {
  if (text !== last.text) last = { text, lower: text.toLowerCase() };
  return last.lower;
}
