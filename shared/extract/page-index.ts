/**
 * One walk over the parsed page, shared by the metadata readers: every element in document
 * order and by tag name. A dozen selector queries with attribute-substring tests each walk the
 * whole page again; filtering this list in plain code costs a fraction of that.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { classAndId, descendants, isBelow, ownText, textOf } from './content/dom.ts';
import { presentParts } from './content/patterns.ts';
import { replyComments } from './content/reply-threads.ts';
import { mayHoldMetadata, PICKED_HINTS } from './metadata-hints.ts';
import { foldLetters } from './site.ts';
import { cleanText } from './text.ts';

/** The page's elements, read before the body finder edits the page. */
export interface PageIndex {
  /** Every element in document order. */
  readonly elements: readonly Element[];
  /** The elements with a tag name, in document order. */
  byTag(name: string): readonly Element[];
  /**
   * The elements that {@link mayHoldMetadata} says a standfirst, byline, date-line, tag-list or
   * breadcrumb reader may take, in document order: those readers walk these instead of the
   * whole page.
   */
  readonly hinted: readonly Element[];
}

/**
 * Indexes a page's elements.
 *
 * @param $ - the loaded page
 * @returns the index
 */
export function indexPage($: CheerioAPI): PageIndex {
  const root = $.root()[0];
  return indexElements(root === undefined ? [] : descendants(root));
}

/**
 * Indexes a page's elements already listed in document order (as `parsePage` lists them).
 *
 * @param elements - every element of the page, in document order
 * @returns the index
 */
export function indexElements(elements: readonly Element[]): PageIndex {
  const tags = new Map<string, Element[]>();
  const hinted: Element[] = [];
  for (const el of elements) {
    const list = tags.get(el.name);
    if (list) list.push(el);
    else tags.set(el.name, [el]);
    if (mayHoldMetadata(el)) hinted.push(el);
  }
  return { elements, byTag: (name) => tags.get(name) ?? [], hinted };
}

const BODY_TEXTS = new WeakMap<PageIndex, string>();

/**
 * The text of the page's `<body>` as published, its scripts' included ('' without one): the zone,
 * title and author readers each read it, and on some pages it is megabytes long.
 *
 * @param index - the page's elements
 * @returns the text, read once per index
 */
export function bodyText(index: PageIndex): string {
  let text = BODY_TEXTS.get(index);
  if (text === undefined) {
    const [body] = index.byTag('body');
    text = body === undefined ? '' : textOf(body);
    BODY_TEXTS.set(index, text);
  }
  return text;
}

/** Tags whose text is never the article's metadata: links, list items, page chrome, a modal dialog. */
const OUTSIDE_TAGS = new Set(['a', 'li', 'nav', 'aside', 'footer', 'dialog']);
const OUTSIDE_CLASS = /related|sidebar|comment|most-?read|most-?popular|trending|recirc/gi;
/** The same, with teaser cards: for dates (a German CMS calls its standfirst a "Teaser"). */
const OUTSIDE_OR_TEASER_CLASS =
  /related|sidebar|comment|most-?read|most-?popular|trending|recirc|teaser/gi;
/**
 * What holds this article's own metadata inside the article that holds the headline: an
 * `<aside>` beside the headline, the article's `<footer>`, a "sidebar-grid" layout, a header
 * module its CMS calls a "teaser".
 */
const OWN_ARTICLE_TAGS: ReadonlySet<string> = new Set(['aside', 'footer']);
const OWN_ARTICLE_CLASS = /^(?:sidebar|teaser)$/i;

/** The containers of an article. */
const ARTICLE_CONTAINERS: ReadonlySet<string> = new Set(['article', 'main']);
const HEADLINED = new WeakMap<PageIndex, ReadonlySet<Element>>();

/**
 * The `<article>` and `<main>` elements that hold an `<h1>` not linking away (see
 * {@link awayTitles}): the page's own article, whose parts hold its metadata whatever they are
 * called. A teaser card is an `<article>` of its own, even when it sets its linked title in an
 * `<h1>`.
 *
 * @param index - the page's elements
 * @returns the containers, each with every `<article>`/`<main>` above it
 */
export function headlinedArticles(index: PageIndex): ReadonlySet<Element> {
  let found = HEADLINED.get(index);
  if (found === undefined) {
    const set = new Set<Element>();
    const away = awayTitles(index);
    for (const h1 of index.byTag('h1')) {
      if (away.has(h1)) continue;
      for (let node = h1.parent; node !== null && node.type === 'tag'; node = node.parent) {
        if (ARTICLE_CONTAINERS.has(node.name)) set.add(node);
      }
    }
    // A page whose one `<article>` holds no `<h1>` but a heading the `<title>` names, not in a
    // link (a blog's post under an `<h2>`, the site's name in the banner's `<h1>`): that
    // article is the page's own. Another story's card heads itself with a link.
    const articles = index.byTag('article');
    const [only] = articles;
    if (set.size === 0 && articles.length === 1 && only !== undefined && titledHere(index, only)) {
      for (
        let node: AnyNode | null = only;
        node !== null && node.type === 'tag';
        node = node.parent
      ) {
        if (ARTICLE_CONTAINERS.has((node as Element).name)) set.add(node as Element);
      }
    }
    found = set;
    HEADLINED.set(index, found);
  }
  return found;
}

/** Headings that may head a post in an `<article>` of its own. */
const POST_HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/** Whether an element holds a heading, not in a link, whose opening the page's `<title>` holds. */
function titledHere(index: PageIndex, el: Element): boolean {
  return descendants(el).some(
    (d) => POST_HEADINGS.has(d.name) && !inLink(d) && titleNames(index, d),
  );
}

const CARDS = new WeakMap<PageIndex, ReadonlySet<Element>>();

/** The `<article>` nearest above a node, or null. */
function articleAbove(node: AnyNode): Element | null {
  for (let up = node.parent; up !== null && up.type === 'tag'; up = up.parent) {
    if (up.name === 'article') return up;
  }
  return null;
}

/** Letters of a headline's opening that the page's `<title>` must hold to name it. */
const TITLE_PROBE_LETTERS = 16;

/**
 * Whether the page's `<title>` holds the opening of a text: the page's own headline, not another
 * story's.
 *
 * @param index - the page's elements
 * @param text - a heading's or a link's text
 */
export function titleHolds(index: PageIndex, text: string): boolean {
  const title = index.byTag('title')[0];
  const probe = foldLetters(text).slice(0, TITLE_PROBE_LETTERS);
  return title !== undefined && probe !== '' && foldLetters(textOf(title)).includes(probe);
}

/** Whether the page's `<title>` holds the opening of a heading's text. */
function titleNames(index: PageIndex, heading: Element): boolean {
  return titleHolds(index, textOf(heading));
}

/** Whether an `<h1>`'s text is one link's, that the page's `<title>` does not name. */
function titleLink(index: PageIndex, h1: Element): boolean {
  const links = descendants(h1).filter((d) => d.name === 'a' && d.attribs.href !== undefined);
  const only = links.length === 1 ? links[0] : undefined;
  if (only === undefined) return false;
  const text = cleanText(textOf(h1));
  return text !== '' && cleanText(textOf(only)) === text && !titleNames(index, h1);
}

const AWAY = new WeakMap<PageIndex, ReadonlySet<Element>>();

/**
 * The `<h1>` elements that are other stories' linked titles: those in a link, and those whose
 * text is one link's that the `<title>` does not name when the page has an `<h1>` of its own
 * besides (a page's own headline may link to itself, or to the story it is about).
 */
function awayTitles(index: PageIndex): ReadonlySet<Element> {
  let found = AWAY.get(index);
  if (found === undefined) {
    const inLinks: Element[] = [];
    const linking: Element[] = [];
    let own = false;
    for (const h1 of index.byTag('h1')) {
      if (inLink(h1)) inLinks.push(h1);
      else if (titleLink(index, h1)) linking.push(h1);
      else own = true;
    }
    found = new Set(own ? [...inLinks, ...linking] : inLinks);
    AWAY.set(index, found);
  }
  return found;
}

/** Whether a `<main>` holding the headline is above an element. */
function underHeadlinedMain(el: Element, headlined: ReadonlySet<Element>): boolean {
  for (let up = el.parent; up !== null && up.type === 'tag'; up = up.parent) {
    if (up.name === 'main' && headlined.has(up)) return true;
  }
  return false;
}

/** A schema.org type of an article, as microdata's `itemtype` names it. */
const ARTICLE_ITEMTYPE = /(?:^|[/#])(?:\w*Article|\w*BlogPosting)$/;
/** The page's one microdata scope of an article type, by index (null when none or several). */
const ARTICLE_SCOPES = new WeakMap<PageIndex, Element | null>();

function articleScope(index: PageIndex): Element | null {
  let scope = ARTICLE_SCOPES.get(index);
  if (scope === undefined) {
    const scopes = index.elements.filter(
      (el) =>
        el.attribs.itemscope !== undefined &&
        (el.attribs.itemtype ?? '').split(/\s+/).some((type) => ARTICLE_ITEMTYPE.test(type)),
    );
    scope = scopes.length === 1 ? (scopes[0] as Element) : null;
    ARTICLE_SCOPES.set(index, scope);
  }
  return scope;
}

/**
 * Whether an element carries a property of the page's one microdata article
 * (`<article itemscope itemtype="…/BlogPosting">`): its `itemprop` belongs to that scope, the
 * nearest one above it. Such a property is the article's wherever it stands in it (a post's
 * `<aside>` with its author and date); a page with several article scopes is a listing.
 *
 * @param el - an element with an `itemprop`
 * @param index - the page's elements
 */
export function isArticleMicrodata(el: Element, index: PageIndex): boolean {
  if (el.attribs.itemprop === undefined) return false;
  const scope = articleScope(index);
  if (scope === null) return false;
  for (let up = el.parent; up !== null && up.type === 'tag'; up = up.parent) {
    if (up.attribs.itemscope !== undefined) return up === scope;
  }
  return false;
}

/**
 * Other stories' cards: the `<article>` elements that hold no headline and either set a linked
 * title in an `<h1>` ("Mehr zum Thema" cards, see {@link awayTitles}), sit inside another
 * `<article>` (HTML's nested article: a related story, a comment), or stand apart from the
 * `<article>` that holds the headline the `<title>` names (a module of opinion pieces above
 * it). Their dates and names are not this article's, whatever their class. An `<article>` under
 * the `<main>` that holds the headline is none (it may hold the body below the headline).
 *
 * @param index - the page's elements
 * @returns the cards
 */
export function storyCards(index: PageIndex): ReadonlySet<Element> {
  let found = CARDS.get(index);
  if (found === undefined) {
    const set = new Set<Element>();
    const headlined = headlinedArticles(index);
    const away = awayTitles(index);
    for (const h1 of index.byTag('h1')) {
      const card = away.has(h1) ? articleAbove(h1) : null;
      if (card !== null && !headlined.has(card)) set.add(card);
    }
    // With an <article> holding the page's headline (the one the <title> names: a featured
    // story's <h1> below an article headed otherwise is not), another <article> not under a
    // <main> that holds it is another story's.
    const headline = pageHeadline(index);
    const headlinedArticle =
      headline !== undefined && articleAbove(headline) !== null && titleNames(index, headline);
    for (const article of index.byTag('article')) {
      if (headlined.has(article)) continue;
      if (
        articleAbove(article) !== null ||
        (headlinedArticle && !underHeadlinedMain(article, headlined)) ||
        coveredByHeadingLink(article, index)
      ) {
        set.add(article);
      }
    }
    found = set;
    CARDS.set(index, found);
  }
  return found;
}

/**
 * Whether an `<article>` is a card a link covers: its heading, one the `<title>` does not name,
 * is the label of a link to another page in it (a "More in News" card's empty
 * `<a class="stretched-link" aria-label="…">` laid over it, its heading no link itself).
 */
function coveredByHeadingLink(article: Element, index: PageIndex): boolean {
  const parts = descendants(article);
  const heading = parts.find((d) => /^h[1-6]$/.test(d.name));
  if (heading === undefined || titleNames(index, heading)) return false;
  const text = cleanText(textOf(heading));
  return (
    text !== '' &&
    parts.some(
      (d) =>
        d.name === 'a' &&
        d.attribs.href !== undefined &&
        !NOT_ANOTHER_PAGE.test(d.attribs.href.trim()) &&
        cleanText(d.attribs['aria-label'] ?? '') === text,
    )
  );
}

/** {@link replyCommentBoxes}' answers, by page. */
const COMMENTS = new WeakMap<PageIndex, ReadonlySet<Element>>();

/**
 * The readers' comments of a page that each offer a Reply control (`replyComments`): their
 * dates and names are the readers', not the article's.
 *
 * @param index - the page's elements
 * @returns the comments' boxes
 */
export function replyCommentBoxes(index: PageIndex): ReadonlySet<Element> {
  let found = COMMENTS.get(index);
  if (found === undefined) {
    found = new Set(replyComments(index.elements));
    COMMENTS.set(index, found);
  }
  return found;
}

const HOLDERS = new WeakMap<PageIndex, ReadonlySet<Element>>();
/** The elements that carry `role="main"` on the pages seen: the content's boxes. */
const MAIN_ROLE_TAGS = ['div', 'section', 'article'];
/** At least this many characters make an `<h1>` a headline, not a logo's or a section's name. */
const MIN_HEADLINE_CHARS = 20;

/** Whether an element sits in a link. */
function inLink(el: Element): boolean {
  for (let node = el.parent; node !== null && node.type === 'tag'; node = node.parent) {
    if (node.name === 'a') return true;
  }
  return false;
}

/**
 * The page's headline: its first `<h1>` that reads as one (at least {@link MIN_HEADLINE_CHARS}
 * characters, not in a link) — not a login box's "Log In" or a logo's name before it — else its
 * first `<h1>`.
 *
 * @param index - the page's elements
 * @returns the headline, or undefined on a page without `<h1>`
 */
export function pageHeadline(index: PageIndex): Element | undefined {
  const h1s = index.byTag('h1');
  return h1s.find((h1) => textOf(h1).trim().length >= MIN_HEADLINE_CHARS && !inLink(h1)) ?? h1s[0];
}

/** An element that shows text of its own, with that text cleaned, and its place in the index. */
export interface ShownLine {
  readonly el: Element;
  readonly text: string;
  /** Its position in {@link PageIndex.elements}. */
  readonly at: number;
}

/**
 * The elements after a position in document order that show text of their own, as the readers
 * of what stands below the headline walk them: those named in `skip` (scripts, links…) and
 * those inside `heading` (the headline's own parts) are passed over. The caller stops where its
 * rule says.
 *
 * @param index - the page's elements
 * @param from - the position after which to start (the headline's, usually)
 * @param skip - tag names whose own text is never a line
 * @param heading - the headline, whose parts are not lines below it
 * @returns the lines, lazily
 */
export function* shownLinesAfter(
  index: PageIndex,
  from: number,
  skip: ReadonlySet<string>,
  heading: Element,
): Generator<ShownLine> {
  for (let at = from + 1; at < index.elements.length; at++) {
    const el = index.elements[at] as Element;
    if (skip.has(el.name) || isBelow(el, heading)) continue;
    const text = cleanText(ownText(el));
    if (text !== '') yield { el, text, at };
  }
}

/**
 * The elements that hold an `<h1>` reading as a headline (not in a link, at least
 * {@link MIN_HEADLINE_CHARS} characters), or the page's main content (its `<main>`, an element
 * of `role="main"`): the article's column, whatever its class says. A portal that names its
 * main column "sidebar-1" keeps its date in it, and a theme's wrapper named "right_sidebar"
 * around the main content and its sidebar its byline.
 *
 * @param index - the page's elements
 * @returns the `<h1>`s' and main content's ancestors
 */
export function headlineHolders(index: PageIndex): ReadonlySet<Element> {
  let found = HOLDERS.get(index);
  if (found === undefined) {
    const set = new Set<Element>();
    const holdsAbove = (el: Element): void => {
      for (let node = el.parent; node !== null && node.type === 'tag'; node = node.parent) {
        // Its ancestors are in already: main content roles nested at every level stay linear.
        if (set.has(node)) return;
        set.add(node);
      }
    };
    for (const h1 of index.byTag('h1')) {
      if (textOf(h1).trim().length < MIN_HEADLINE_CHARS || inLink(h1)) continue;
      holdsAbove(h1);
    }
    for (const main of index.byTag('main')) holdsAbove(main);
    for (const tag of MAIN_ROLE_TAGS) {
      for (const el of index.byTag(tag)) if (el.attribs.role === 'main') holdsAbove(el);
    }
    found = set;
    HOLDERS.set(index, found);
  }
  return found;
}

/**
 * The `<article>` or `<main>` nearest above an element (itself included) when it holds the
 * page's `<h1>`, else null.
 *
 * @param el - the element
 * @param index - the page's elements
 * @returns the headline's article container, or null
 */
export function ownArticle(el: Element, index: PageIndex): Element | null {
  for (let node: Element | null = el; node !== null; ) {
    if (ARTICLE_CONTAINERS.has(node.name)) return headlinedArticles(index).has(node) ? node : null;
    const parent: AnyNode | null = node.parent;
    node = parent !== null && parent.type === 'tag' ? parent : null;
  }
  return null;
}

/** Links a byline's line holds at most: its authors' pages, a section. */
const MAX_BYLINE_NAV_LINKS = 4;
/** Characters a byline's line shows at most. */
const MAX_BYLINE_NAV_CHARS = 200;
/** Levels above a `<nav>` within which the headline stands beside a byline's line. */
const BYLINE_NAV_DEPTH = 2;
const BYLINE_NAVS = new WeakMap<Element, boolean>();

/**
 * Whether a `<nav>` is the byline's line below the headline, no menu (`<nav><ul><li>Reported
 * by: <a>…</a>, Edited by: <a>…</a></li><li>05.12.2026 15:32</li></ul></nav>`): it comes after
 * the page's headline in a box holding both ({@link BYLINE_NAV_DEPTH} levels up at most), shows
 * a line's words, links a few pages and shows more words outside its links than in them, where a
 * menu's, a breadcrumb's or a pager's words are its links'.
 *
 * @param nav - a `<nav>` element
 * @param index - the page's elements
 */
export function isBylineNav(nav: Element, index: PageIndex): boolean {
  let known = BYLINE_NAVS.get(nav);
  if (known === undefined) {
    const headline = pageHeadline(index);
    let box: AnyNode | null = nav.parent;
    for (let depth = 1; depth < BYLINE_NAV_DEPTH && box !== null; depth++) {
      if (headline !== undefined && isBelow(headline, box)) break;
      box = box.parent;
    }
    const links = descendants(nav).filter((d) => d.name === 'a');
    const shown = cleanText(textOf(nav));
    const linked = links.reduce((sum, a) => sum + cleanText(textOf(a)).length, 0);
    known =
      headline !== undefined &&
      box !== null &&
      isBelow(headline, box) &&
      index.elements.indexOf(headline) < index.elements.indexOf(nav) &&
      links.length <= MAX_BYLINE_NAV_LINKS &&
      shown.length <= MAX_BYLINE_NAV_CHARS &&
      shown.length - linked >= linked;
    BYLINE_NAVS.set(nav, known);
  }
  return known;
}

/**
 * The words of `outsideClass` that an element's class and id hold, each a part of the page
 * that is present ("-no-sidebar", "sidebar-to-none": a layout flag, no box of other pages); null
 * when none. Most elements have neither attribute: they are answered without building a string.
 */
function outsideWords(node: Element, outsideClass: RegExp): RegExpMatchArray | null {
  const { class: cls, id } = node.attribs;
  if (cls === undefined && id === undefined) return null;
  const hints = `${cls ?? ''} ${id ?? ''}`;
  return hints.match(outsideClass) === null
    ? null
    : presentParts(hints.toLowerCase()).match(outsideClass);
}

/**
 * Whether an element sits in a link, a list item, navigation, a sidebar, a footer, a related
 * box or comments — places whose dates and names belong to other pages. Given the page's index,
 * inside the article that holds the headline an `<aside>`, a `<footer>` and a "sidebar" layout
 * are the article's own, and what is above that article holds the headline, so no sidebar; nor
 * is any element that holds the headline.
 *
 * @param el - the element
 * @param options - `links: true` does not count links (an author's name is often one);
 *   `index` applies the headline's article rule; `teasers: true` counts teaser boxes too
 * @returns true when its text is not this article's metadata
 */
export function isOutsideArticle(
  el: Element,
  options: { links?: boolean; index?: PageIndex; teasers?: boolean } = {},
): boolean {
  const own = options.index === undefined ? null : ownArticle(el, options.index);
  const cards = options.index === undefined ? null : storyCards(options.index);
  const comments = options.index === undefined ? null : replyCommentBoxes(options.index);
  const outsideClass = options.teasers === true ? OUTSIDE_OR_TEASER_CLASS : OUTSIDE_CLASS;
  for (let node: Element | null = el; node !== null; ) {
    // Themes put page-wide words on <body> and <html> ("has-comments", "has-sidebar"): only
    // the page's parts say where an element sits.
    if (isPageWide(node) || node === own) return false;
    if (cards?.has(node) === true || comments?.has(node) === true) return true;
    // What holds the headline is no other page's box, whatever its class says ("sidebar-1",
    // "comments-enabled", "has-related-posts"); for the date readers, nor another story's list
    // item (an endless scroll's `<ul id="pagination"><li>` around the article shown).
    const holds = options.index !== undefined && headlineHolders(options.index).has(node);
    const waived =
      (own !== null && OWN_ARTICLE_TAGS.has(node.name)) ||
      (node.name === 'li' && holds && options.teasers === true) ||
      (node.name === 'nav' && options.index !== undefined && isBylineNav(node, options.index));
    if (OUTSIDE_TAGS.has(node.name) && !waived && !(options.links === true && node.name === 'a')) {
      return true;
    }
    let words = outsideWords(node, outsideClass);
    // A "teaser" box that links to no other page is the article's own (a CMS's meta line,
    // `<div class="teaser_text_meta">` with the author's page, anchors and a print button):
    // another story's teaser links to that story.
    if (words?.every((w) => w === 'teaser') && !linksToAnotherPage(node)) {
      words = null;
    }
    if (
      words !== null &&
      !holds &&
      !(own !== null && words.every((w) => OWN_ARTICLE_CLASS.test(w)))
    ) {
      return true;
    }
    const parent: AnyNode | null = node.parent;
    node = parent !== null && parent.type === 'tag' ? parent : null;
  }
  return false;
}

/** Links that lead nowhere else: in-page anchors, scripts, mail and phone, an author's page. */
const NOT_ANOTHER_PAGE = /^(?:#|javascript:|mailto:|tel:)|\/(?:autor|author)/i;

/** {@link linksToAnotherPage}'s answers: the elements of a teaser box ask for it again and again. */
const LINKS_ELSEWHERE = new WeakMap<Element, boolean>();

/** Whether an element holds a link to another page (not an anchor, a script or an author page). */
function linksToAnotherPage(el: Element): boolean {
  let found = LINKS_ELSEWHERE.get(el);
  if (found === undefined) {
    found = descendants(el).some(
      (d) =>
        d.name === 'a' &&
        d.attribs.href !== undefined &&
        !NOT_ANOTHER_PAGE.test(d.attribs.href.trim()),
    );
    LINKS_ELSEWHERE.set(el, found);
  }
  return found;
}

/**
 * A test "has this element, or an ancestor below `<body>`, a class or id matching `pattern`"
 * for the page's elements named `tag` (the links of a page, say). For a hint the index picks by
 * ({@link PICKED_HINTS}), only the picked elements are tested: below each that matches, the
 * elements named `tag` are within. For any other pattern, one pass over the index in document order
 * keeps the chain of open elements (each an ancestor of the next); at each element named `tag`
 * the chain's answers not yet known are settled from the outermost known one down, so each
 * element's class and id are read at most once, and only for those elements and their
 * ancestors (an element under one that matches inherits the answer unread).
 *
 * @param index - the page's elements, as the tree stands (read before the body finder edits it)
 * @param tag - the elements the test answers for; it answers no for every other element
 * @param pattern - tested against {@link classAndId}; neither global nor sticky
 * @returns the test
 */
export function ancestorClassTest(
  index: PageIndex,
  tag: string,
  pattern: RegExp,
): (el: Element) => boolean {
  const within = new Set<Element>();
  if (index.byTag(tag).length === 0) return (el) => within.has(el);
  if (PICKED_HINTS.has(pattern)) {
    markBelowHinted(index.hinted, tag, pattern, within);
    return (el) => within.has(el);
  }
  /** Answers along the chain: unknown, yes, no. */
  const UNKNOWN = 0;
  const YES = 1;
  const NO = 2;
  const chain: Element[] = [];
  const answers: number[] = [];
  for (const el of index.elements) {
    const parent = el.parent;
    while (chain.length > 0 && chain[chain.length - 1] !== parent) {
      chain.pop();
      answers.pop();
    }
    // The chain of ancestors ends at the first parent that is no `tag` element (the document).
    if (parent?.type !== 'tag') {
      chain.length = 0;
      answers.length = 0;
    }
    chain.push(el);
    answers.push(UNKNOWN);
    if (el.name !== tag) continue;
    let known = answers.length - 1;
    while (known >= 0 && answers[known] === UNKNOWN) known--;
    let answer = known >= 0 && answers[known] === YES;
    for (let i = known + 1; i < chain.length; i++) {
      const node = chain[i] as Element;
      answer ||= !isPageWide(node) && pattern.test(classAndId(node));
      answers[i] = answer ? YES : NO;
    }
    if (answer) within.add(el);
  }
  return (el) => within.has(el);
}

/**
 * Whether an element is `<body>` or `<html>`, whose classes are a theme's words for the whole
 * page ("path-node" on every Drupal page, "has-comments"), not where an element sits.
 */
function isPageWide(el: Element): boolean {
  return el.name === 'body' || el.name === 'html';
}

/** Whether `node` is `root` or below it. */
function isAtOrBelow(node: Element, root: Element): boolean {
  for (let up: ParentNode | null = node; up !== null; up = up.parent) if (up === root) return true;
  return false;
}

/**
 * Adds to `within` the elements named `tag` at or below each of the `hinted` elements (in
 * document order) whose class or id matches `pattern`. A subtree is a run of the document
 * order: an element below an earlier match is below the last one, and adds nothing new.
 */
function markBelowHinted(
  hinted: readonly Element[],
  tag: string,
  pattern: RegExp,
  within: Set<Element>,
): void {
  let last: Element | null = null;
  for (const el of hinted) {
    if (isPageWide(el) || !pattern.test(classAndId(el))) continue;
    if (last !== null && isAtOrBelow(el, last)) continue;
    last = el;
    if (el.name === tag) within.add(el);
    for (const below of descendants(el)) if (below.name === tag) within.add(below);
  }
}
