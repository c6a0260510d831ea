/**
 * The class and id words that mark a page's standfirst, byline and date line, and the test
 * that picks, in the page index's one walk, the elements any of those readers may take. Each
 * reader used to walk the whole page testing its own words; a walk over the page touches
 * every element, which costs more than the tests, so they walk only the picked elements now.
 */
import type { Element } from 'domhandler';

/** A word every standfirst's class or id token holds (lead.ts tests the tokens). */
export const LEAD_HINT = /sapo|summary|lead|chapeau|standfirst|excerpt|desc|intro|tomtat|tom-tat/i;

/** Class or id words of a byline element. */
export const AUTHOR_HINT = /author|byline|autor|verfasser|tac-?gia|writer/i;

/** Class or id words of a date line. */
export const DATE_HINT = /date|time|publish|ngay|meta|byline|info/i;

/**
 * One pattern of all the words of `hints`, grouped by their first letter (`d(?:esc|ate)`):
 * it matches a text exactly when one of the hints does (an alternation matches where one of its
 * words does; all are case-insensitive and without anchors). Grouped, V8 tries at a position
 * only the words of its letter: the test runs about as fast as the standfirst's alone, where the
 * plain list of all the words took twice as long (on the benchmark pages' classes and ids).
 *
 * @param hints - case-insensitive patterns, each a list of words `a|b|c` starting with a letter
 * @returns the pattern
 */
export function anyHint(hints: readonly RegExp[]): RegExp {
  const byFirst = new Map<string, Set<string>>();
  for (const word of hints.flatMap((hint) => hint.source.split('|'))) {
    const rest = byFirst.get(word.charAt(0)) ?? new Set<string>();
    rest.add(word.slice(1));
    byFirst.set(word.charAt(0), rest);
  }
  const groups = [...byFirst].map(([first, rest]) => `${first}(?:${[...rest].join('|')})`);
  return new RegExp(groups.join('|'), 'i');
}

const ANY_HINT = anyHint([LEAD_HINT, AUTHOR_HINT, DATE_HINT]);

/**
 * Whether an element may be a standfirst, a byline or a date line: its class or id holds one
 * of their words, or it has an `itemprop` or a `rel` (which mark a description, an author or
 * a date). Every element those readers accept passes; most elements of a page do not.
 *
 * @param el - the element
 * @returns false when no metadata reader takes the element
 */
export function mayHoldMetadata(el: Element): boolean {
  const { class: cls, id, itemprop, rel } = el.attribs;
  return (
    itemprop !== undefined ||
    rel !== undefined ||
    (cls !== undefined && ANY_HINT.test(cls)) ||
    (id !== undefined && ANY_HINT.test(id))
  );
}
