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
 *
 * The pattern itself is built on the first text where the lower-case one finds a word: its
 * source is given, not a `RegExp`, so that a cold start builds one of the two (a long list of
 * words in many languages takes a millisecond to build, and most pages hold none of its words).
 */

/** An escape (`\b`, `\p{L}`, `\u00e9`) whose letters say nothing about the text's case. */
const ESCAPE = /\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/gu;

/** A Unicode class that depends on case, which the lower-cased text would never match. */
const CASED_CLASS =
  /\\[pP]\{(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Upper|Lower|Uppercase|Lowercase)\}/u;

/** A case-insensitive pattern that {@link caseless} could not take, and why. */
export class CaselessPatternError extends Error {
  override readonly name = 'CaselessPatternError';

  constructor(source: string, why: string) {
    super(`Pattern ${source.slice(0, 80)}… cannot be matched caselessly: ${why}`);
  }
}

/** What a case-insensitive pattern is used for: the `RegExp` methods the extractor calls. */
export interface CaselessPattern {
  /** The pattern as written, with its `i` flag (built on first use). */
  readonly pattern: RegExp;
  /** Whether the text holds a match, as `pattern.test(text)`. */
  test(text: string): boolean;
  /** The first match, as `pattern.exec(text)`. */
  exec(text: string): RegExpExecArray | null;
}

/**
 * A case-insensitive pattern matched fast (see the module's note).
 *
 * @param alternatives - the pattern, written in lower case, with no Unicode class that depends on
 *   case (`\p{Lu}`); or its alternatives, which the lower-cased text is searched for one by one:
 *   a branch led by a lookbehind (`(?<!\p{L})`) is tried at every position of the text, which
 *   in one alternation keeps V8 from skipping to where the other branches' words can start (a
 *   text holds a match of the alternation where it holds one of a branch: the same answers)
 * @param flags - its flags: `i`, not global or sticky
 * @returns the pattern with `test` and `exec` that answer as its own
 * @throws {CaselessPatternError} when the pattern does not meet those conditions
 * @throws {SyntaxError} when the source is no pattern
 * @example
 * const PROMO = caseless(String.raw`\bsign up for\b`, 'iu');
 * PROMO.exec('Sign Up for our newsletter')?.[0] // 'Sign Up for'
 */
export function caseless(alternatives: string | readonly string[], flags: string): CaselessPattern {
  const source = typeof alternatives === 'string' ? alternatives : alternatives.join('|');
  if (!flags.includes('i')) throw new CaselessPatternError(source, 'it has no `i` flag');
  if (flags.includes('g') || flags.includes('y')) {
    throw new CaselessPatternError(source, 'it is global or sticky, so it keeps a position');
  }
  if (CASED_CLASS.test(source)) {
    throw new CaselessPatternError(source, 'a Unicode class in it depends on case');
  }
  const literal = source.replace(ESCAPE, '');
  if (literal !== literal.toLowerCase()) {
    throw new CaselessPatternError(source, 'it is not written in lower case');
  }
  const lower = (typeof alternatives === 'string' ? [source] : alternatives).map(
    (each) => new RegExp(each, flags.replace('i', '')),
  );
  let own: RegExp | undefined;
  const pattern = (): RegExp => {
    own ??= new RegExp(source, flags);
    return own;
  };
  return {
    get pattern() {
      return pattern();
    },
    test: (text) => holdsWord(lower, lowerCased(text)) && pattern().test(text),
    exec: (text) => (holdsWord(lower, lowerCased(text)) ? pattern().exec(text) : null),
  };
}

/** Whether one of the lower-case alternatives finds a word in the lower-cased text. */
function holdsWord(alternatives: readonly RegExp[], lower: string): boolean {
  for (const each of alternatives) if (each.test(lower)) return true;
  return false;
}

/**
 * The last text lower-cased, and its lower case: several patterns are tried on one text (two
 * variables, not an object made for each text).
 */
let lastText = '';
let lastLower = '';

/** `text.toLowerCase()`, kept for the next pattern tried on the same text. */
function lowerCased(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
