/**
 * The class and id words that mark a page's standfirst, byline, date line, tag list and
 * breadcrumbs, and the test that picks, in the page index's one walk, the elements any of
 * those readers may take. Each reader used to walk the whole page testing its own words; a walk
 * over the page touches every element, which costs more than the tests, so they walk only the
 * picked elements now.
 */
import type { Element } from 'domhandler';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';

/** A word every standfirst's class or id token holds (lead.ts tests the tokens). */
export const LEAD_HINT =
  /sapo|perex|summary|lead|lede|chapeau|chappeau|chapo|standfirst|strapline|excerpt|desc|intro|einleitung|vorspann|ingress|inleiding|zajawka|entradilla|bajada|sommario|tomtat|tom-tat|subtitle|sub-title|sub_title|subhead|sub-head|second-title|dek|deck|teaser|abstract|preface|preamble|synopsis|epigraph|shorttext|hometext|spot|ozet|özet/i;

/**
 * Where a class name's parts meet: `-`, `_`, a small letter before a capital. Built once, on
 * first use: a `\p{…}` literal in a function is bundled as a `new RegExp` made at each call,
 * its compiled code taken from a cache that garbage collections empty (esbuild writes `\p{…}`
 * outside a class so for Node 22).
 */
const namePartBreaks = onFirstUse(() => fromSource(String.raw`[-_]+|(?<=\p{Ll})(?=\p{Lu})`, 'u'));

/**
 * The parts of a class name, however it is built: split at `-`, `_` and where a small letter
 * meets a capital (BEM `post-header__text__dek`, camel case `ContentHeaderDek`).
 *
 * @param token - one class name or id
 * @returns its parts
 * @example classNameParts('c-byline__source') // ['c', 'byline', 'source']
 */
export function classNameParts(token: string): string[] {
  // Most class names are ASCII without capitals: split at `-` and `_` alone, without the
  // Unicode pattern's lookbehind at each place.
  const parts = LOWER_ASCII_NAME.test(token) ? token.split(/[-_]+/) : token.split(namePartBreaks());
  return parts.filter((part) => part !== '');
}

/** A class name of small ASCII letters, digits, `-` and `_`: no capital after a small letter. */
const LOWER_ASCII_NAME = /^[a-z\d_-]*$/;

/**
 * Whether one of an element's class names (and, with `withId`, its id) has a part `pattern`
 * matches whole ({@link classNameParts}): `c-byline__source` has the part `source`.
 *
 * @param el - the element
 * @param pattern - tested on each part; anchored, as `/^(?:source|agency)$/i`
 * @param withId - whether the id's parts count too
 * @returns true when a part matches
 */
export function hasClassPart(el: Element, pattern: RegExp, withId = false): boolean {
  const { class: cls, id } = el.attribs;
  const names = withId ? `${cls ?? ''} ${id ?? ''}` : (cls ?? '');
  return names.split(/\s+/).some((t) => classNameParts(t).some((part) => pattern.test(part)));
}

/**
 * Class or id words of a byline element; the editor's only as its name (`editor-name`: a box
 * of "editors' picks" or a rich-text editor's content is no byline).
 */
export const AUTHOR_HINT =
  /author|byline|autor|verfasser|tac-?gia|writer|contributor|submitted|editor[-_]?name/i;

/** Class or id words of a date line. */
export const DATE_HINT = /date|time|publish|ngay|tarih|fecha|datum|tanggal|meta|byline|info/i;

/** Class or id words of a list of the article's tags (tested on {@link classAndId}). */
export const TAG_LIST_HINT = /tags|tag-list|keyword/i;

/** Class or id words of breadcrumbs (tested on {@link classAndId}). */
export const CRUMB_HINT = /crumb|path/i;

/**
 * The hints whose every match {@link mayHoldMetadata} picks, on the class and id as written
 * (standfirst, byline, date line) or lower-cased ({@link classAndId}; tag list, breadcrumbs): a
 * walk for one of them needs to visit only the picked elements.
 */
export const PICKED_HINTS: ReadonlySet<RegExp> = new Set([
  LEAD_HINT,
  AUTHOR_HINT,
  DATE_HINT,
  TAG_LIST_HINT,
  CRUMB_HINT,
]);

/**
 * What the picking test looks for, in the class or id as written, for a word that a hint finds
 * in the lower-cased class and id. Lower-casing turns ASCII capitals into small letters (the
 * test ignores case too), and two other characters into ASCII letters: the Kelvin sign into
 * `k`, and `İ` into `i` followed by a combining dot (so only a word's last `i` can come from
 * it). The longest part of the word (without a last `i`) that holds no `k` is written in the
 * class as it is in the word, whatever case: a pattern for it matches wherever the word does.
 *
 * @param word - a word of letters and hyphens
 * @returns the part to look for
 */
export function asWritten(word: string): string {
  const stem = word.endsWith('i') ? word.slice(0, -1) : word;
  return stem.split('k').reduce((longest, part) => (part.length > longest.length ? part : longest));
}

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

/** The words of the hints tested as written, and {@link asWritten} of those tested lower-cased. */
const ANY_HINT = anyHint([
  LEAD_HINT,
  AUTHOR_HINT,
  DATE_HINT,
  ...[TAG_LIST_HINT, CRUMB_HINT].map(
    (hint) => new RegExp(hint.source.split('|').map(asWritten).join('|'), 'i'),
  ),
]);

/**
 * Whether an element may be a standfirst, a byline, a date line, a tag list or breadcrumbs: its
 * class or id holds one of their words, or it has an `itemprop` or a `rel` (which mark a
 * description, an author or a date). Every element those readers accept passes, and every one
 * whose class or id a {@link PICKED_HINTS} hint matches; most elements of a page do not.
 *
 * @param el - the element
 * @returns false when no metadata reader takes the element
 */
export function mayHoldMetadata(el: Element): boolean {
  // One pass over the element's few attributes, not a lookup per name (this runs for every
  // element of the page): an itemprop or rel, a label naming the byline ({@link
  // labelledAsByline}), a hint in the class, the id or the test hooks ({@link testHooks}).
  const attribs = el.attribs;
  let hooks = '';
  for (const name in attribs) {
    const value = attribs[name] as string;
    if (name === 'itemprop' || name === 'rel') return true;
    if (name === 'class' || name === 'id') {
      if (ANY_HINT.test(value)) return true;
    } else if (name === 'aria-labelledby') {
      if (BYLINE_ID.test(value)) return true;
    } else if (name.charCodeAt(0) === D && TEST_HOOKS.has(name)) {
      hooks = hooks === '' ? value : `${hooks} ${value}`;
    }
  }
  return hooks !== '' && ANY_HINT.test(hooks);
}

/** A label's id naming a byline (`article-byline`). */
const BYLINE_ID = /byline/i;

/**
 * Whether an element is a region labelled by an element whose id says it is the byline
 * (`<section aria-labelledby="article-byline"><p id="article-byline">Article information</p>
 * <ul>…`): the label names the region's part of the page, in any language, by its id.
 */
export function labelledAsByline(el: Element): boolean {
  const by = el.attribs['aria-labelledby'];
  return by !== undefined && BYLINE_ID.test(by);
}

/**
 * Whether an element is the label of the region holding it, mostly hidden for screen readers
 * (`<section aria-labelledby="article-byline"><p id="article-byline" class="visually-hidden">
 * Article information</p>`): its text names the region's part of the page, not a person.
 */
export function labelsItsRegion(el: Element): boolean {
  const { id } = el.attribs;
  const by = el.parent?.type === 'tag' ? el.parent.attribs['aria-labelledby'] : undefined;
  if (id === undefined || by === undefined) return false;
  return by.split(/\s+/).includes(id);
}

/**
 * Attributes a site's own tests find its components by, and the one its component library
 * names each component in (`data-component="Byline"`); CSS hashing leaves them as written.
 */
const TEST_HOOKS: ReadonlySet<string> = new Set([
  'data-component',
  'data-testid',
  'data-test-id',
  'data-test',
  'data-test-tag',
  'data-qa',
  'data-cy',
  // Wix's components name themselves so: `data-hook="post-title"`, `data-hook="time-ago"`.
  'data-hook',
]);

/**
 * The names an element's test hooks give it (`data-testid="byline-author"`), joined by spaces:
 * on a site whose class names are hashed, what says which component an element is.
 *
 * @param el - the element
 * @returns the hook values, or '' when it has none
 */
export function testHooks(el: Element): string {
  let hooks = '';
  // One pass over the element's few attributes, not a lookup per hook name: this runs for
  // most elements of the page.
  for (const name in el.attribs) {
    if (name.charCodeAt(0) !== D || !TEST_HOOKS.has(name)) continue;
    const value = el.attribs[name] as string;
    hooks = hooks === '' ? value : `${hooks} ${value}`;
  }
  return hooks;
}

/** The character code of "d", which every test hook's name starts with. */
const D = 100;

/** A label that says the next words are the author's name (`Autorin/Autor`, `Author:`). */
export const AUTHOR_LABEL =
  /^(?:autor(?:in)?(?:\s*\/\s*autor(?:in)?)?|autoren|author|authors|written by|verfasser(?:in)?|auteur|autore|forfatter|författare|kirjoittaja|yazar|tác giả(?: bài viết)?|автор)\s*:?$/iu;
