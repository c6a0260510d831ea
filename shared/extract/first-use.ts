/**
 * Patterns built on their first use. V8 parses a pattern when it is built, and a class of
 * Unicode letters (`\p{L}`, `[\p{L}\p{M}]`) takes it 30 to 120 µs each: a module-level pattern
 * joining a dozen names (`\p{Lu}[\p{L}\p{M}.'’-]*` each) costs milliseconds of every cold start.
 * Those only some pages need (a line read only on pages that have it, a language's patterns)
 * are built on the first page that needs them, once.
 */

/**
 * A pattern built on its first use, then kept.
 *
 * @param build - builds the pattern
 * @returns the pattern, built on the first call
 * @example
 * const bylineLine = onFirstUse(() => new RegExp(`^${BY_WORD}\\s+${NAME}$`, 'u'));
 * bylineLine().test('By Anna Berg');
 */
export function onFirstUse(build: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= build();
    return pattern;
  };
}
