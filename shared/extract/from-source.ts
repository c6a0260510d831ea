/**
 * Patterns built from their source text where a literal would be parsed twice at load. V8 checks
 * the syntax of every regular expression literal when it compiles a module, then parses the
 * pattern again when the literal is evaluated: a module-level literal of Unicode classes
 * (`[\p{L}\p{N}]`, `[\p{Script=Han}…]`) is parsed twice on every cold start, and each class of
 * letters costs V8 30 to 130 µs to build. Built from a string, the pattern is parsed once, when
 * it is built. A literal in a function is checked when the module compiles as well, so a
 * pattern built on first use (`first-use.ts`) is built from its source too. (esbuild already
 * writes a literal with a `\p{…}` outside a class this way for Node 22; one with its `\p{…}`
 * inside a class it leaves a literal.)
 */

/**
 * A pattern built from its source, as the literal `/source/flags` would be.
 *
 * @param source - the pattern, as written between a literal's slashes (`String.raw` keeps its
 *   backslashes)
 * @param flags - the literal's flags
 * @returns a new pattern
 * @example
 * const letterOrDigit = fromSource(String.raw`^[\p{L}\p{N}]$`, 'u');
 */
export function fromSource(source: string, flags: string): RegExp {
  return new RegExp(source, flags);
}

/**
 * The matches of a global pattern in `text`, as `text.matchAll(pattern)` gives them from the
 * pattern's start, found by the pattern itself. `matchAll` searches with a copy of the pattern,
 * whose compiled code V8 takes from a cache that its garbage collections age and empty: a
 * pattern searched that way on every page is compiled again and again, and each time its first
 * search is interpreted. The loop reading the matches must not use the pattern itself.
 *
 * @param pattern - a pattern with the `g` flag
 * @param text - the text searched
 * @returns the matches, in order
 */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '') {
      // As `matchAll` steps past an empty match: one character, or a pair under `u`.
      const at = pattern.lastIndex;
      const wide = pattern.unicode && (text.codePointAt(at) ?? 0) > 0xffff;
      pattern.lastIndex = at + (wide ? 2 : 1);
    }
    const at = pattern.lastIndex;
    yield match;
    pattern.lastIndex = at;
  }
}
