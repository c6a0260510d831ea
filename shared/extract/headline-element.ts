/**
 * The headline element a reader sees: the first `<h1>` outside navigation, breadcrumbs, teasers
 * and hidden parts (many sites put a second `<h1>` for search engines into the breadcrumb
 * bar), else an `<h2>` marked as the headline. A kicker (overline, "Dachzeile") shown with it is
 * read apart, so that the title can be matched with or without it.
 */
import type { AnyNode, Element } from 'domhandler';
import {
  descendants,
  hasRel,
  IN_WORD,
  isBareReading,
  isHidden,
  isSectionH1,
  precedes,
  textWithoutCode,
} from './content/dom.ts';
import { isRelatedLabel } from './content/patterns.ts';
import { fromSource } from './from-source.ts';
import type { PageIndex } from './page-index.ts';
import { foldLetters, headingNamesSite, type SiteIdentity } from './site.ts';
import { cleanText, hasLetterOrDigit } from './text.ts';

/** A headline element's text: in full, and without a kicker that stands apart from it. */
export interface ShownHeadline {
  /** Every visible part, the kicker included, as written. */
  readonly full: string;
  /** The headline without a kicker shown on its own line. */
  readonly headline: string;
  /** The visible parts of the element (a kicker span, a headline span…), in order. */
  readonly parts: readonly string[];
  /** The text shown just before the element (a kicker outside it), when short. */
  readonly before: string | null;
  /** `h1`, `h2` or `h3`. */
  readonly tag: 'h1' | 'h2' | 'h3';
  /** The heading element itself. */
  readonly element: Element;
}

/** Class or data-attribute names of a kicker (overline) shown above or before a headline. */
const KICKER =
  /kicker|overline|over-line|dachzeile|eyebrow|topline|roofline|supertitle|pretitle|pre-title|preheadline|titleheader|catch-title|spitzmarke/i;
/** Class or data-attribute names of the headline part of a headline element. */
const HEADLINE_PART = /headline|(?:^|[\s_-])(?:title|hed)(?:$|[\s_-])/i;
/**
 * Containers whose headings are not this article's headline. A menu is named by a word part
 * that ends with it ("main-menu", "hauptmenue", "menubar", "menu-items"), not by one holding it
 * inside another word (a script's hook, "mousemove_menueenter").
 */
const NOT_HEADLINE_CONTAINER =
  /breadcrumb|crumb|navbar|(?:^|[\s_-])nav(?:$|[\s_-])|menue?(?:s|bar|items?)?(?![a-z])|teaser|related|recommend|footer|modal|popup|cookie|seotitle|seo-title|site-?title|site-?name|logo|brand|masthead/i;
/**
 * The word of {@link NOT_HEADLINE_CONTAINER} that names the site's banner outside an article: in
 * an `<article>` or `<main>`, a "masthead" is the article's own (the New Yorker's `<hgroup
 * id="masthead">`).
 */
const MASTHEAD = /masthead/gi;
const NOT_HEADLINE_TAGS = new Set(['nav', 'footer', 'aside', 'a', 'li', 'button', 'label']);

/**
 * Appends a part laid out apart from the text before it: with a space, unless the part opens
 * with punctuation (": ", ", ") or the text already ends in a space.
 */
function join(text: string, part: string, spaced: boolean): string {
  if (!spaced || text === '' || /\s$/.test(text) || /^[\s:;,.!?)]/.test(part)) return text + part;
  return `${text} ${part}`;
}

/** Formatting tags that may sit inside a word, links included. */
const INLINE_FORMAT: ReadonlySet<string> = new Set([...IN_WORD, 'a']);

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/**
 * The words that name an element's component: its class names and the names of its data
 * attributes (`data-article-kicker`, `data-external-article-headline`).
 */
function componentNames(el: Element): string {
  let names = el.attribs.class ?? '';
  for (const key of Object.keys(el.attribs)) if (key.startsWith('data-')) names += ` ${key}`;
  return names;
}

/**
 * The names a container goes by: class, id and test id (`data-testid="BreadcrumbArea"`), which
 * component libraries write where utility-class pages have no descriptive class.
 */
function containerNames(el: Element): string {
  const { attribs } = el;
  return `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs['data-testid'] ?? ''}`;
}

/** Elements that hold the article: containers above them are page layout, not furniture. */
const ARTICLE_TAGS = new Set(['article', 'main']);
/** Elements whose class names are page-wide theme words ("segment--recommended"), not furniture. */
const PAGE_TAGS = new Set(['body', 'html']);

/**
 * Whether the element or an ancestor is navigation, a breadcrumb, a teaser list or hidden.
 * Class names count only up to the `<article>` or `<main>` that holds the element: a layout
 * wrapper around the whole article ("section.masthead#main-content") is no furniture.
 */
function outsideHeadlineArea(el: Element): boolean {
  let classesCount = true;
  for (let node: Element | null = el; node !== null; ) {
    if (NOT_HEADLINE_TAGS.has(node.name) || node.attribs.role === 'navigation' || isHidden(node)) {
      return true;
    }
    if (classesCount && !PAGE_TAGS.has(node.name)) {
      const names = containerNames(node);
      if (NOT_HEADLINE_CONTAINER.test(names) && !isArticleMasthead(node, names)) return true;
    }
    if (ARTICLE_TAGS.has(node.name)) classesCount = false;
    node = node.parent !== null && isElement(node.parent) ? node.parent : null;
  }
  return false;
}

/**
 * Whether a container whose names read as furniture is only an article's masthead: "masthead"
 * its one such word, inside an `<article>` or `<main>`.
 */
function isArticleMasthead(el: Element, names: string): boolean {
  if (NOT_HEADLINE_CONTAINER.test(names.replace(MASTHEAD, ' '))) return false;
  for (let node = el.parent; node !== null && isElement(node); node = node.parent) {
    if (ARTICLE_TAGS.has(node.name)) return true;
  }
  return false;
}

/**
 * Reads a headline element. A child is a kicker when its class or data attributes say so, or
 * when it comes first and is followed by a screen-reader-only separator (it is then shown on a
 * line of its own) or by a part named as the headline (`<span>Kicker</span><span
 * class="article__headline">…`); a kicker joined by a visible separator ("Kicker: Headline")
 * stays in the headline.
 */
function readHeadlineParts(el: Element): { full: string; headline: string; parts: string[] } {
  let full = '';
  let headline = '';
  const parts: string[] = [];
  const children = el.children;
  let first = true;
  // Whether the last part was a span or block, laid out apart from text that follows it.
  let afterApartPart = false;
  for (const [i, child] of children.entries()) {
    if (child.type === 'text') {
      if (child.data.trim() === '') {
        full += child.data;
        headline += child.data;
        continue;
      }
      full = join(full, child.data, afterApartPart);
      headline = join(headline, child.data, afterApartPart);
      parts.push(child.data);
      first = false;
      afterApartPart = false;
      continue;
    }
    if (!isElement(child) || isBareReading(child)) continue;
    if (isHidden(child)) {
      // A hidden separator (": ") still joins the parts for a screen reader.
      if (!hasLetterOrDigit(textWithoutCode(child))) full += textWithoutCode(child);
      continue;
    }
    // Secondary text set small beside the headline (a topic, a deck, a kicker) is no part of it.
    if (isSmallPart(child) && visiblePartsBeside(children, child)) {
      const inner = readHeadlineParts(child);
      parts.push(inner.full);
      full = join(full, inner.full, true);
      afterApartPart = true;
      continue;
    }
    const next = children
      .slice(i + 1)
      .find((n) => isElement(n) || (n.type === 'text' && n.data.trim() !== ''));
    const visibleSeparator =
      next !== undefined &&
      (next.type === 'text'
        ? /^\s*[:|–—-]/.test(next.data)
        : isElement(next) && !isHidden(next) && /^\s*[:|–—-]\s*$/.test(textWithoutCode(next)));
    // A separator for speech only sets a kicker apart, unless small type follows it (the topic
    // after the headline).
    const hiddenSeparator =
      next !== undefined && isElement(next) && isHidden(next) && !smallAfter(children, next);
    const beforeNamedHeadline =
      next !== undefined &&
      isElement(next) &&
      HEADLINE_PART.test(componentNames(next)) &&
      !HEADLINE_PART.test(componentNames(child));
    const inner = readHeadlineParts(child);
    parts.push(inner.full);
    // Parts in spans or blocks are laid out apart ("<span>Kicker</span>Headline"); emphasis
    // inside a word is not.
    const spaced = !INLINE_FORMAT.has(child.name);
    afterApartPart = spaced;
    full = join(full, inner.full, spaced);
    // The last visible part is the headline itself, whatever its class says.
    const last = !children
      .slice(i + 1)
      .some((n) => (isElement(n) && !isHidden(n)) || (n.type === 'text' && n.data.trim() !== ''));
    // A part that ends in a separator only screen readers get ("Kicker<span hidden>:</span>")
    // is shown on a line of its own.
    const endsHidden = /[:|–—-]\s*$/.test(inner.full) && !/[:|–—-]\s*$/.test(inner.headline);
    const kicker =
      !last &&
      (KICKER.test(componentNames(child)) ||
        (first && (hiddenSeparator || endsHidden || beforeNamedHeadline)));
    first = false;
    if (!kicker || visibleSeparator) headline = join(headline, inner.headline, spaced);
  }
  return { full, headline, parts };
}

/** Whether a headline's children show words besides `part`. */
function visiblePartsBeside(children: readonly AnyNode[], part: Element): boolean {
  return children.some(
    (n) =>
      n !== part &&
      ((n.type === 'text' && n.data.trim() !== '') ||
        (isElement(n) && !isHidden(n) && textWithoutCode(n).trim() !== '')),
  );
}

/** Whether the first part shown after `node` among a headline's children is set in `<small>`. */
function smallAfter(children: readonly AnyNode[], node: AnyNode): boolean {
  const shown = children
    .slice(children.indexOf(node) + 1)
    .find((n) => (isElement(n) && !isHidden(n)) || (n.type === 'text' && n.data.trim() !== ''));
  return shown !== undefined && isElement(shown) && isSmallPart(shown);
}

/** A class naming small type: `small`, `h1small`, `title-small`. */
const SMALL_CLASS = /(?:^|[\s_-]|h\d)small(?:$|[\s_-])/i;

/** Whether a headline's part is set in small type, by its element or its class. */
function isSmallPart(el: Element): boolean {
  return el.name === 'small' || SMALL_CLASS.test(el.attribs.class ?? '');
}

/** Letters of scripts written without spaces between words. */
const UNSPACED_LETTER = fromSource(
  String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]`,
  'gu',
);

/**
 * Whether a heading is long enough to be a headline on its own (not a section label): three
 * words, or eight letters of a script without spaces between words, whose headlines set clauses
 * apart with a space or none ("南海トラフ、一時調査　巨大地震、基準達せず"); a single Korean
 * word of eight letters.
 */
function headlineLength(text: string): boolean {
  const spaced = text.split(' ').length;
  if (spaced >= 3 || (text.match(UNSPACED_LETTER)?.length ?? 0) >= 8) return true;
  return spaced === 1 && text.length >= 8 && /\p{Script=Hangul}/u.test(text);
}

/** The short text shown just before an element: its previous sibling, or its parent's. */
function textBefore(el: Element): string | null {
  for (let node: Element | null = el, depth = 0; node !== null && depth < 2; depth++) {
    let prev = node.prev;
    while (prev !== null && !isElement(prev) && textWithoutCode(prev).trim() === '')
      prev = prev.prev;
    if (prev !== null) {
      const text = cleanText(textWithoutCode(prev));
      return text !== '' && text.length <= 200 ? text : null;
    }
    node = node.parent !== null && isElement(node.parent) ? node.parent : null;
  }
  return null;
}

function shown(el: Element, tag: ShownHeadline['tag'], site: SiteIdentity): ShownHeadline | null {
  if (outsideHeadlineArea(el)) return null;
  const read = readHeadlineParts(el);
  const headline = cleanText(read.headline);
  if (headline.length < 4 || headline.length > 400 || headingNamesSite(headline, site)) {
    return null;
  }
  // The portal's name in its banner ("Công an tỉnh Sơn Lâm" of "Cổng thông tin điện tử Công an
  // tỉnh Sơn Lâm") is not a headline.
  const letters = foldLetters(headline);
  if (letters.length >= 6 && site.names.some((name) => name.includes(letters))) return null;
  return {
    full: cleanText(read.full),
    headline,
    parts: read.parts.map(cleanText).filter((p) => p !== ''),
    before: textBefore(el),
    tag,
    element: el,
  };
}

/**
 * Whether all an element shows is one link to the site's home page (`<h1><a href="/">Site
 * name</a></h1>`, `rel="home"`): the site's logo.
 *
 * @param el - a heading
 * @returns true when its one shown child is (or holds only) a link to `/`
 */
export function linksHome(el: Element): boolean {
  const shownChildren = el.children.filter(
    (n) => isElement(n) || (n.type === 'text' && n.data.trim() !== ''),
  );
  const [only] = shownChildren;
  if (shownChildren.length !== 1 || only === undefined || !isElement(only)) return false;
  return only.name === 'a' ? isHomeLink(only) : linksHome(only);
}

/**
 * Whether a link leads to the site's home page (`rel="home"`, or the path `/` or `/index.*`
 * without a query or fragment), as a site's logo and name do.
 */
export function isHomeLink(a: Element): boolean {
  if (hasRel(a, 'home')) return true;
  const href = (a.attribs.href ?? '').trim();
  // A link to a place on the page itself (`href="#"`, a script's handle) leads nowhere else.
  if (href === '' || href.startsWith('#')) return false;
  try {
    const url = new URL(href, 'https://host.invalid/');
    return /^\/(?:index\.\w+)?$/.test(url.pathname) && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

/** The most words of a box's heading: a section's name ("Tin giáo dục", "Latest news"). */
const MAX_BOX_HEADING_WORDS = 4;

/**
 * Whether a heading the titles write is a box's heading above the `<h1>`: a section's name of a
 * few words, fewer than half the `<h1>`'s, that a `<title>` naming the section repeats (a DNN
 * module's "Tin giáo dục" over the article's `<h1>`).
 */
function isBoxHeadingAbove(heading: ShownHeadline, h1: ShownHeadline): boolean {
  const words = heading.headline.split(' ').length;
  return (
    words <= MAX_BOX_HEADING_WORDS &&
    words * 2 < h1.headline.split(' ').length &&
    precedes(heading.element, h1.element)
  );
}

/**
 * At most this many `<h2>`, then `<h3>`, in the headline's area are read when the page has no
 * usable `<h1>`.
 */
const MAX_H2 = 30;

/**
 * The first `<h2>`, else `<h3>`, outside navigation that the page's titles write (`isTitle`),
 * among the first {@link MAX_H2} of each.
 */
function titledSubheading(
  index: PageIndex,
  site: SiteIdentity,
  isTitle: (found: ShownHeadline) => boolean,
): ShownHeadline | null {
  for (const tag of ['h2', 'h3'] as const) {
    // Headings of navigation, a header's widgets or hidden parts do not count toward the limit.
    let read = 0;
    for (const el of index.byTag(tag)) {
      if (read === MAX_H2) break;
      if (outsideHeadlineArea(el)) continue;
      read++;
      const found = shown(el, tag, site);
      if (found !== null && isTitle(found)) return found;
    }
  }
  return null;
}

/**
 * Finds the headline the reader sees: the first usable `<h1>` (not one that only links to the
 * home page, nor one that shows the site's name in the `<title>` beside the headline a later
 * `<h1>` shows), unless no title writes it and a later `<h1>`, else an `<h2>` or `<h3>`, is
 * what a title writes (the first `<h1>` named a section or channel); else the first `<h2>`
 * outside navigation that `isTitle` accepts (a page whose `<h1>` is kept for search engines
 * shows its headline in an `<h2>`, and says so in a meta title), else the first such `<h3>`
 * (an old template's headline).
 *
 * @param index - the page's elements
 * @param site - the site's identity (a heading that only names the site is its logo)
 * @param isTitleLike - whether a short `<h1>` reads as this page's title (it shares words with a
 *   meta title); a short one that does not is a section label
 * @param isTitle - whether an `<h2>` shows this page's title
 * @param restOfTitle - the rest of the `<title>` when a text is its first or last part
 * @returns the visible headline, or null when the page shows none
 */
export function findShownHeadline(
  index: PageIndex,
  site: SiteIdentity,
  isTitleLike: (text: string) => boolean,
  isTitle: (found: ShownHeadline) => boolean,
  restOfTitle: (text: string) => string | null = () => null,
): ShownHeadline | null {
  let first: ShownHeadline | null = null;
  let rest: string | null = null;
  for (const el of index.byTag('h1')) {
    if (linksHome(el) || isSectionH1(el)) continue;
    const found = shown(el, 'h1', site);
    if (found === null || !(headlineLength(found.headline) || isTitleLike(found.headline))) {
      continue;
    }
    // A box of other stories may head itself with an <h1> too ("Mehr zum Thema").
    if (isRelatedLabel(found.headline)) continue;
    if (first === null) {
      first = found;
      // The site's name heading the page, in the <title> beside the headline a later <h1> shows.
      rest = restOfTitle(found.headline);
      if (rest === null && isTitle(found)) return found;
    } else if (rest !== null && foldLetters(found.headline) === foldLetters(rest)) {
      return found;
    } else if (rest === null && isTitle(found)) {
      // A first <h1> that no title writes may name a section or channel ("Risk Assessment /
      // Security & Hacktivism", "Allergies Health Center"); a later heading the titles write
      // is the headline.
      return found;
    }
  }
  if (first !== null) {
    // The site's name heading the page: an <h1> showing one part of the <title> that no title
    // writes as the headline (a banner's logo and tagline). Below it, a heading showing the
    // rest of the <title> (a diary's entry under its <h3>) or one the titles write (a blog
    // post's <h2>) is the headline.
    if (rest !== null && !isTitle(first)) {
      const restShown = (found: ShownHeadline) =>
        isTitle(found) ||
        [found.headline, found.full].some((t) => foldLetters(t) === foldLetters(rest));
      return titledSubheading(index, site, restShown) ?? first;
    }
    const titled = rest === null ? titledSubheading(index, site, isTitle) : null;
    return titled === null || isBoxHeadingAbove(titled, first) ? first : titled;
  }
  // An old template's headline may be an <h3> (`<article><h3><span class="roofline">…`).
  const titled = titledSubheading(index, site, isTitle);
  if (titled !== null) return titled;
  // HTML's group of a headline and its kicker: its <h2> heads the article where no <h1> does.
  for (const group of index.byTag('hgroup')) {
    const h2 = descendants(group).find((d) => d.name === 'h2');
    const found = h2 === undefined ? null : shown(h2, 'h2', site);
    if (found !== null && headlineLength(found.headline)) return found;
  }
  return null;
}
