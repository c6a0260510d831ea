/**
 * Finds the article body of a page and renders it: `findMainContent` scores candidate
 * containers and cleans the winner in place; `renderContent` turns it into sanitized HTML,
 * plain text and images.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import { type AnyNode, Element, type ParentNode } from 'domhandler';
import { InvalidSelectorError } from '../errors.ts';
import { metaContent } from '../meta-tags.ts';
import { foldLetters } from '../site.ts';
import { countWords, SENTENCE_END } from '../text.ts';
import type { ExtractionTrace } from '../trace.ts';
import { removeBoilerplate, removeParagraphLines } from './clean.ts';
import {
  classWords,
  descendants,
  detach,
  isBelow,
  isElement,
  relink,
  squash,
  textOf,
  wrapSiblings,
} from './dom.ts';
import { splitBreakRuns } from './layout.ts';
import { leadPictureOf } from './lead-picture.ts';
import { BOILERPLATE } from './patterns.ts';
import { elementPath, type Remove, remover } from './removal.ts';
import { replyComments } from './reply-threads.ts';
import { isSkipped, NEVER_CONTENT, type Scoring, type Stats, scoreTree } from './score.ts';
import {
  classKind,
  headedSection,
  isSectionOfBody,
  rankCandidates,
  SECTION_HEADINGS,
  selectTop,
  withSiblings,
} from './select.ts';
import { shortText } from './short-text.ts';

export { InvalidSelectorError } from '../errors.ts';
export { removeContributorCredits } from './promo.ts';
export type { RenderedContent } from './render.ts';
export { renderContent } from './render.ts';

/** Options of {@link findMainContent}. */
export interface FindContentOptions {
  /** A per-publisher CSS selector of the body; wins when it matches. */
  readonly contentSelector?: string;
  /** Per-publisher CSS selectors of elements that are never content. */
  readonly removeSelectors?: readonly string[];
  /** Receives every removal and why (`syndicate extract --explain`). */
  readonly trace?: ExtractionTrace;
  /** The page's `<noscript>` elements, when the caller has them listed (else found by a walk). */
  readonly noscripts?: readonly Element[];
  /** The readers' comments offering a Reply control (`replyComments`), when the caller has them. */
  readonly comments?: readonly Element[];
  /** The page's `<h1>` elements, when the caller has them listed (else found by a walk). */
  readonly h1s?: readonly Element[];
  /**
   * The headline the metadata readers chose: a heading in the body that repeats it goes, as one
   * repeating a meta title or an `<h1>` does (an old template shows it in an `<h6>`).
   */
  readonly title?: string;
}

/** The element found to hold the body, and how it was found. */
export interface BodyLocation {
  readonly container: Cheerio<Element>;
  /** `publisher contentSelector`, `scored`, or `scored, second pass` (unlikely blocks kept). */
  readonly method: string;
  /** A CSS-like path of the container as it was found (before cleaning). */
  readonly element: string;
  readonly note?: string;
  /**
   * The article's lead picture shown before the body, outside the container (`leadPictureOf`):
   * rendered at the body's start once its text is read.
   */
  readonly picture?: Element;
}

/** Below this many characters a first pass is retried without skipping "unlikely" blocks. */
const MIN_TEXT = 500;

/**
 * Text the second pass must find, when the first found nothing at all, for its pick to be a
 * body: a few sentences. Less is a side module's (a topic page's "get the top stories by mail"
 * box in its right rail), and the page has no article.
 */
const MIN_RESCUED_TEXT = 250;

/**
 * A first pass whose best block scores under this is retried too: a block of real prose scores
 * far above it, a carousel of teasers far below (the body sat in a block whose class said
 * "unlikely", e.g. `vertical-ad-con`).
 */
const WEAK_SCORE = 10;

/** Runs a configured selector, naming it when it is not valid CSS. */
function select($: CheerioAPI, selector: string): Cheerio<AnyNode> {
  try {
    return $(selector);
  } catch (cause) {
    throw new InvalidSelectorError(selector, { cause });
  }
}

function childNamed(parent: ParentNode, name: string): Element | null {
  for (const c of parent.children) if (isElement(c) && c.name === name) return c;
  return null;
}

/** `<head>` and `<body>` without a selector (each selector walks the whole tree). */
function documentParts($: CheerioAPI): { head: Element | null; body: ParentNode } {
  const root = $.root()[0] as ParentNode;
  const html = childNamed(root, 'html') ?? root;
  return { head: childNamed(html, 'head'), body: childNamed(html, 'body') ?? html };
}

/**
 * Moves the children of the page's `<body>` (or of a fragment's document) into a `<div>` of
 * their own, when there are any.
 *
 * @returns whether it did
 */
function wrapBodyChildren(body: ParentNode): boolean {
  if (body.children.length === 0) return false;
  const block = new Element('div', {});
  block.children = body.children;
  relink(block);
  body.children = [block];
  relink(body);
  return true;
}

/**
 * Whether `<body>`'s own paragraphs hold more text than its child that holds the chosen block: a
 * document exported by a word processor or pandoc writes its paragraphs right in `<body>`, beside
 * a list, a layout table or a title block that alone scores.
 */
function outweighedByBody(body: ParentNode, picked: Picked): boolean {
  let child: ParentNode = picked.top;
  while (child.parent !== body) {
    if (child.parent === null) return false;
    child = child.parent;
  }
  let own = 0;
  for (const c of body.children)
    if (isElement(c) && c.name === 'p') own += squash(textOf(c)).length;
  // Most pages have no paragraph of <body>'s own: the child's text (most of the page) is not read.
  return own > 0 && own > squash(textOf(child as Element)).length;
}

/** The fewest characters of paragraphs a `<noscript>` holds to be read as the article. */
const MIN_NOSCRIPT_PROSE = 300;

/**
 * Reads as ordinary blocks the `<noscript>` elements (`noscripts`) that hold paragraphs of prose,
 * when they hold more of it (at least {@link MIN_NOSCRIPT_PROSE} characters) than `shown`, the
 * text of the block chosen without them; a notice ("Please enable JavaScript…") or a copy of text
 * the page shows stays unread.
 *
 * @returns whether it read any
 */
function unwrapProseNoscripts(noscripts: readonly Element[], shown: number): boolean {
  const found: Element[] = [];
  let prose = 0;
  for (const el of noscripts) {
    let chars = 0;
    for (const d of descendants(el)) if (d.name === 'p') chars += squash(textOf(d)).length;
    if (chars > 0) {
      found.push(el);
      prose += chars;
    }
  }
  if (prose < MIN_NOSCRIPT_PROSE || prose <= shown) return false;
  for (const el of found) el.name = 'div';
  return true;
}

function pick(
  scoring: Scoring,
): { top: Element; best: Element; text: number; score: number } | null {
  // Ranked once: the container is chosen from them, and the best block is the first.
  const ranked = rankCandidates(scoring);
  const top = selectTop(scoring, ranked);
  if (top === null) return null;
  const best = ranked[0]?.el ?? top;
  return {
    top,
    best,
    text: scoring.stats.get(top)?.text ?? 0,
    score: scoring.candidates.get(best)?.score ?? 0,
  };
}

/** The meta tags that give the headline for sharing. */
const TITLE_META = new Set(['og:title', 'twitter:title']);

/** What sets a `<title>`'s headline apart from its site and sections: "Headline » Local » Site". */
const TITLE_PARTS = /\s+[|–—»«·•-]\s+|\s*::\s*/;

/**
 * The page's headline as `og:title`, `twitter:title`, `<title>` (and its parts around
 * separators) and `<h1>`, and as the metadata readers chose it.
 */
function headlines(head: Element | null, h1s: readonly Element[], title?: string): Set<string> {
  const out = new Set<string>();
  addHeadline(out, title);
  for (const el of head === null ? [] : descendants(head)) {
    if (el.name === 'meta' && TITLE_META.has(el.attribs.property ?? el.attribs.name ?? '')) {
      addHeadline(out, metaContent(el));
    }
    if (el.name === 'title') {
      const title = textOf(el);
      addHeadline(out, title);
      for (const part of title.split(TITLE_PARTS)) addHeadline(out, part);
    }
  }
  // Three or more are a document's sections (Word's "Heading 1"), none the headline.
  for (const h1 of h1s.length < 3 ? h1s : []) addHeadline(out, textOf(h1));
  return out;
}

/** Adds a headline text, lower-cased, when it is long enough to be told apart from a label. */
function addHeadline(out: Set<string>, text: string | undefined): void {
  const t = squash(text ?? '').toLowerCase();
  if (t.length >= 10) out.add(t);
}

/** Adds the best-scored block and its ancestors up to the container to `chain`. */
function protectChain(best: Element, container: Element, chain: Set<Element>): void {
  for (let el: Element | null = best; el !== null && el !== container; ) {
    chain.add(el);
    const parent: ParentNode | null = el.parent;
    el = parent !== null && isElement(parent as AnyNode) ? (parent as Element) : null;
  }
}

/** Text outside links: what the body's share of a block is measured in. */
function bodyText(stats: ReadonlyMap<Element, Stats>, el: Element): number {
  const s = stats.get(el);
  return s === undefined ? 0 : s.text - s.link;
}

/**
 * Adds to `chain` the block holding most of the container's text outside links, the block
 * holding most of that, and so on down: no class name may remove the body itself, whatever
 * it says (`sidebar-grid`, `gallery`, `elementor-widget`…). A body split into sibling chunks
 * of one class (`div.sidebar-grid__container` between ads) counts as a whole.
 */
function bodyBlocks(
  container: Element,
  stats: ReadonlyMap<Element, Stats>,
  chain: Set<Element>,
): void {
  let total = 0;
  for (const child of container.children) if (isElement(child)) total += bodyText(stats, child);
  if (total <= 0) return;
  for (let el: Element | null = container; el !== null; ) {
    let next: Element | null = null;
    let most = 0;
    const kinds = new Map<string, Kind>();
    for (const child of el.children) {
      if (!isElement(child)) continue;
      const n = bodyText(stats, child);
      if (n === 0) continue;
      if (n > most) {
        most = n;
        next = child;
      }
      // Chunks carry a class; plain paragraphs are each judged on their own.
      const cls = child.attribs.class?.trim();
      if (cls === undefined || cls === '') continue;
      addMember(kinds, `${child.name} ${classKind(cls)}`, child, n);
      const base = cls.split(/\s+/, 1)[0];
      if (base !== cls) addMember(kinds, `${child.name} ${base} *`, child, n);
    }
    if (next !== null && most >= total * 0.5) {
      chain.add(next);
      el = next;
      continue;
    }
    for (const [key, kind] of kinds) {
      if (kind.text < total * 0.5 || kind.members.length < 2) continue;
      if (key.endsWith(' *') && !isEntryList(kind)) continue;
      // Chunks of one class whole keep their insides' classes as before (a section's media
      // box); chunks whose classes differ by ids or modifiers are a builder's or a ticker's.
      const cls = kind.members[0]?.attribs.class;
      const alike = kind.members.every((m) => m.attribs.class === cls);
      for (const member of kind.members) {
        chain.add(member);
        if (!alike) proseBlocks(member, stats, chain);
      }
      headingsBetween(kind.members, chain);
    }
    return;
  }
}

/**
 * Adds to `chain` the blocks between a body's chunks that only hold a heading, with the path
 * down to it: the title of the section the next chunk holds (a page builder's heading widget
 * between two text widgets), whatever its class.
 */
function headingsBetween(chunks: readonly Element[], chain: Set<Element>): void {
  const last = chunks.at(-1);
  for (let node = chunks[0]?.next ?? null; node !== null && node !== last; node = node.next) {
    if (!isElement(node) || chain.has(node)) continue;
    const path = headingPath(node);
    if (path !== null) for (const el of path) chain.add(el);
  }
}

/** The elements from `block` down to the one heading it holds, when it holds nothing else. */
function headingPath(block: Element): Element[] | null {
  const path: Element[] = [];
  for (let el: Element = block; ; ) {
    path.push(el);
    if (SECTION_HEADINGS.has(el.name)) return squash(textOf(el)) === '' ? null : path;
    const children = el.children.filter(
      (c) => isElement(c) || (c.type === 'text' && c.data.trim() !== ''),
    );
    const only = children[0];
    if (children.length !== 1 || only === undefined || !isElement(only)) return null;
    el = only;
  }
}

/** The fewest words of a block of prose that {@link proseBlocks} keeps. */
const PROSE_BLOCK_WORDS = 5;

/**
 * Adds to `chain` the block holding most of a chunk's text outside links, the block holding most
 * of that, and so on down, while each reads as prose — some words ending as a sentence does (a
 * ticker entry's `div.comment-body` beside its time, a page builder's `widget-container`
 * around its paragraphs); a chunk's media box, its title and duration, is no prose.
 */
function proseBlocks(
  chunk: Element,
  stats: ReadonlyMap<Element, Stats>,
  chain: Set<Element>,
): void {
  for (let el: Element | undefined = chunk; el !== undefined; ) {
    const whole = bodyText(stats, el);
    el = el.children.find(
      (child): child is Element => isElement(child) && bodyText(stats, child) >= whole * 0.5,
    );
    if (el === undefined) return;
    const text = squash(textOf(el));
    if (countWords(text) < PROSE_BLOCK_WORDS || !SENTENCE_END.test(text)) return;
    chain.add(el);
  }
}

/** Siblings of one kind (tag and class) and the text outside links they hold together. */
interface Kind {
  text: number;
  /** The most text one member holds. */
  largest: number;
  readonly members: Element[];
}

function addMember(kinds: Map<string, Kind>, key: string, child: Element, text: number): void {
  const kind = kinds.get(key);
  if (kind === undefined) kinds.set(key, { text, largest: text, members: [child] });
  else {
    kind.text += text;
    kind.largest = Math.max(kind.largest, text);
    kind.members.push(child);
  }
}

/** The fewest entries of a list whose members differ only by modifier classes. */
const MIN_ENTRIES = 4;

/**
 * Whether siblings sharing only their first (base) class word are the entries of one list (a
 * live ticker's `entry left` and `entry right`): many, none holding a third of their text.
 * Three columns `col side`, `col main`, `col side` are not: the main one holds most.
 */
function isEntryList(kind: Kind): boolean {
  return kind.members.length >= MIN_ENTRIES && kind.largest < kind.text / 3;
}

/** The fewest characters of text outside links that make an `<article>` the page's story. */
const MIN_STORY_TEXT = 200;

/** Headings that head a story loaded below the page's own. */
const STORY_HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/**
 * The first `<article>` after the page's own story in the container, outside it, that opens
 * with a heading of its own (its first element showing text) and holds prose of its own (not a
 * teaser card, whose text is its link's): another story loaded below.
 */
function nextStoryAfter(own: Element, container: Element, scoring: Scoring): Element | null {
  // In document order: past the story's own elements, every element follows it.
  let after = false;
  for (const el of descendants(container)) {
    if (el === own) after = true;
    if (!after || el.name !== 'article' || el === own || isBelow(el, own)) continue;
    if (bodyText(scoring.stats, el) >= MIN_STORY_TEXT && openingHeading(el) !== null) return el;
  }
  return null;
}

/**
 * The heading ({@link STORY_HEADINGS}) whose text is the first an element shows, or null: a
 * walk in document order that stops at the first text (no list of the element's descendants).
 */
function openingHeading(el: Element): Element | null {
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      if (node.data.trim() !== '') return null;
    } else if (isElement(node)) {
      if (STORY_HEADINGS.has(node.name)) return textOf(node).trim() === '' ? null : node;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return null;
}

/** The nearest `<article>` above `el` and below `container`; null for an `el` outside it. */
function storyOf(el: Element, container: ParentNode): Element | null {
  let story: Element | null = null;
  for (let up = el.parent; up !== null; up = up.parent) {
    if (up === container) return story;
    if (story === null && isElement(up as AnyNode) && (up as Element).name === 'article') {
      story = up as Element;
    }
  }
  return null;
}

/**
 * The first story of a container that holds several: a page that loads the next stories below
 * its own (infinite scrolling) has an `<article>` with its own `<h1>` for each, or its own `<h2>`
 * after the page's (`nextStoryAfter`), or without `<article>`s a block set alike, headed and
 * dated (`storyBlockOf`), and only the first is the page's. Returns the container itself when
 * it holds fewer than two such stories, or when the first holds too little text to be the story.
 */
function firstStory(container: Element, scoring: Scoring): Element {
  const stories = new Set<Element>();
  for (const h1 of scoring.h1s) {
    const story = storyOf(h1, container);
    if (story !== null) stories.add(story);
    if (stories.size >= 2) break;
  }
  // The stories loaded below may head theirs with an <h2> (a page has one <h1>).
  const [own] = stories;
  if (stories.size === 1 && own !== undefined) {
    const later = nextStoryAfter(own, container, scoring);
    if (later !== null) stories.add(later);
  }
  const [first] = stories;
  if (stories.size === 0) return storyBlockOf(container, scoring) ?? container;
  if (stories.size < 2 || first === undefined) return container;
  return bodyText(scoring.stats, first) >= MIN_STORY_TEXT ? first : container;
}

/** A date in figures or a year, as a story's date line below its heading shows one. */
const DATE_SHOWN = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:19|20)\d{2}\b/;
/** Characters of a story's opening after its heading read for its date line. */
const DATE_LINE_WINDOW = 120;

/**
 * Without `<article>`s, the page's story among blocks set alike that the container holds: the
 * block holding the `<h1>`, when a later block of the same tag and class opens with a heading,
 * shows a date right below it (a story's date line; a section of one story shows none) and
 * holds prose of its own — another story loaded below. Null when the container holds no such
 * blocks.
 */
function storyBlockOf(container: Element, scoring: Scoring): Element | null {
  const h1 = scoring.h1s.find((h) => isBelow(h, container));
  if (h1 === undefined) return null;
  let own: Element = h1;
  while (own.parent !== container && own.parent !== null && isElement(own.parent)) {
    own = own.parent;
  }
  if (own.parent !== container || own === h1 || bodyText(scoring.stats, own) < MIN_STORY_TEXT) {
    return null;
  }
  const kind = `${own.name}.${own.attribs.class ?? ''}`;
  let after = false;
  for (const sibling of container.children) {
    if (sibling === own) after = true;
    if (!after || !isElement(sibling) || sibling === own) continue;
    if (`${sibling.name}.${sibling.attribs.class ?? ''}` !== kind) continue;
    if (bodyText(scoring.stats, sibling) < MIN_STORY_TEXT) continue;
    const heading = openingHeading(sibling);
    if (heading !== null && datedBelow(heading)) return own;
  }
  return null;
}

/** Whether the text right after a heading shows a date (a story's date line). */
function datedBelow(heading: Element): boolean {
  let seen = '';
  for (let node = heading.next; node !== null && seen.length < DATE_LINE_WINDOW; node = node.next) {
    seen += textOf(node);
  }
  return DATE_SHOWN.test(seen.slice(0, DATE_LINE_WINDOW));
}

/**
 * Finds the element holding the article body and removes boilerplate inside it, in place
 * (comments, hidden elements, share bars, ads, newsletter and comment boxes, related-links
 * blocks, the repeated headline), then splits `<br><br>` runs into `<p>` paragraphs so the
 * caller sees blocks. Elements matching `removeSelectors` are removed from the whole document.
 *
 * @param $ - The parsed page (`cheerio/slim`).
 * @param options - Per-publisher selectors.
 * @returns The container (one element), or null when the page has no candidate at all.
 * @throws InvalidSelectorError when a configured selector is not valid CSS.
 * @example
 * const $ = load(html);
 * const container = findMainContent($, { removeSelectors: ['.box-tinlienquan'] });
 */
export function findMainContent(
  $: CheerioAPI,
  options: FindContentOptions = {},
): Cheerio<Element> | null {
  return locateBody($, options)?.container ?? null;
}

/**
 * {@link findMainContent}, also saying how the container was found.
 *
 * @param $ - The parsed page (`cheerio/slim`).
 * @param options - Per-publisher selectors and the trace.
 * @returns The container and how it was found, or null when nothing on the page scores.
 * @throws InvalidSelectorError when a configured selector is not valid CSS.
 */
export function locateBody($: CheerioAPI, options: FindContentOptions = {}): BodyLocation | null {
  const remove = remover(options.trace);
  for (const selector of options.removeSelectors ?? []) {
    for (const el of select($, selector).toArray()) {
      if (isElement(el as AnyNode) && el.parent !== null) {
        remove(el as Element, 'publisher removeSelectors', selector);
      }
    }
  }

  const { head, body } = documentParts($);
  for (const box of options.comments ?? replyComments(descendants(body))) {
    if (isBelow(box, body)) remove(box, 'reply thread');
  }

  if (options.contentSelector) {
    const match = select($, options.contentSelector)
      .toArray()
      .filter((n): n is Element => isElement(n as AnyNode));
    const chosen = match.sort((a, b) => textOf(b).length - textOf(a).length)[0];
    if (chosen !== undefined) {
      const element = elementPath(chosen);
      const majority = new Set<Element>();
      bodyBlocks(chosen, scoreTree(chosen, { stripUnlikely: false }).stats, majority);
      clean(chosen, remove, {
        stripUnlikely: true,
        protect: new Set(),
        body: majority,
        headlines: headlines(documentParts($).head, $('h1').toArray(), options.title),
      });
      return { container: $(chosen), method: 'publisher contentSelector', element };
    }
  }

  const skip = new Set<Element>();
  const h1s = options.h1s ?? descendants(body).filter((el) => el.name === 'h1');
  let picked = pickScored(body, skip, h1s);
  // The article shown only to readers without scripts (a blog renders its post from a template
  // script and copies it into <noscript>): read the copy as the page's when it holds more prose
  // than the block chosen without it.
  // Listed as parsed: those a removal took out of the page no longer count.
  const noscripts = (
    options.noscripts ?? descendants(body).filter((el) => el.name === 'noscript')
  ).filter((el) => isBelow(el, body));
  if (unwrapProseNoscripts(noscripts, picked?.text ?? 0)) picked = pickScored(body, skip, h1s);
  // Nothing scored: the paragraphs may be the body's own children (a plain page, an article
  // uploaded as a fragment, a block holding its text itself), which give their points to
  // <body>, never a candidate. As Readability does, they are read in a block of their own.
  if (picked === null && wrapBodyChildren(body)) picked = pickScored(body, skip, h1s);
  if (picked === null) return null;
  // One section of an article whose sections are <body>'s own children, each a heading and a
  // block: the article is all of them, read in a block of their own as well.
  if (
    (isSectionOfBody(picked.scoring, picked.top) || outweighedByBody(body, picked)) &&
    wrapBodyChildren(body)
  ) {
    picked = pickScored(body, skip, h1s) ?? picked;
  }
  // The winner sits under a "Comments" or "Related" heading: readers' comments or teasers
  // outscored a short article. Read the page without that section, if anything else scores.
  const headed = headedSection(picked.top, picked.scoring);
  if (headed !== null) {
    skip.add(headed.section);
    const other = pickScored(body, skip, h1s);
    if (other === null) skip.delete(headed.section);
    else {
      remove(headed.section, 'under a comments or related-links heading', headed.heading);
      picked = other;
    }
  }
  // The winner sits in the article's header (its standfirst, in a box whose class names score
  // well): a short article's text below it, in a box whose names cost it points, scored less.
  // Read the page without the header when the next pick holds more text.
  const header = articleHeader(picked.top, h1s);
  if (header !== null) {
    skip.add(header);
    const other = pickScored(body, skip, h1s);
    if (other !== null && other.text > picked.text) picked = other;
    else skip.delete(header);
  }
  picked = ownStory(picked, body, h1s, head, options.trace);
  const first = cleanedLocation($, head, picked, remove, options);
  if (!first.emptied) return first.location;
  // Cleanup took everything the winner held (a consent banner, a share box whose class names
  // said nothing): it was furniture. Read the page again without it, and again without the
  // next choice if that one is emptied too (an old portal's two side columns of modules, both
  // outscoring a short story in the centre one).
  const emptied = [first];
  while (emptied.length <= MAX_EMPTIED_CHOICES) {
    skip.add((emptied.at(-1) as ScoredLocation).container);
    const again = pickScored(body, skip, h1s);
    const next = again === null ? null : cleanedLocation($, head, again, remove, options);
    if (next === null) break;
    if (next.left >= SECOND_CHOICE_TEXT) {
      for (const choice of emptied) {
        options.trace?.removed({
          rule: 'choice cleaned to nothing (furniture), page scored again without it',
          element: choice.location.element,
          text: '',
        });
        detach(choice.container);
      }
      return next.location;
    }
    if (!next.emptied) break;
    emptied.push(next);
  }
  return first.location;
}

/**
 * The `<header>` a block sits in that shows one of the page's `<h1>`s: the article's header
 * (headline, standfirst, byline), which never holds its text. Null for any other block.
 */
function articleHeader(block: Element, h1s: readonly Element[]): Element | null {
  for (let el = block.parent; el !== null && isElement(el); el = el.parent) {
    if (el.name === 'header') return h1s.some((h1) => isBelow(h1, el)) ? el : null;
  }
  return null;
}

/**
 * The page's own story when the winner is another of several: a page that loads the next
 * stories below its own (infinite scrolling) has an `<article>` with its own `<h1>` for each,
 * and a longer later story may outscore the page's. The page's story is the one whose `<h1>`
 * its `og:title` or `<title>` names, else the first; the winner moves to the best-scored block
 * inside it, when that story holds enough text to be one.
 */
function ownStory(
  picked: Picked,
  body: ParentNode,
  h1s: readonly Element[],
  head: Element | null,
  trace: ExtractionTrace | undefined,
): Picked {
  const stories = new Map<Element, Element>();
  for (const h1 of h1s) {
    const story = storyOf(h1, body);
    if (story !== null && !stories.has(story)) stories.set(story, h1);
  }
  if (stories.size < 2) return picked;
  const holding = [...stories.keys()].find((s) => s === picked.top || isBelow(picked.top, s));
  if (holding === undefined) return picked;
  const titles = headlines(head, []);
  const named = [...stories].find(([, h1]) => titles.has(squash(textOf(h1)).toLowerCase()));
  const own = named?.[0] ?? (stories.keys().next().value as Element);
  const { scoring } = picked;
  if (own === holding || bodyText(scoring.stats, own) < MIN_STORY_TEXT) return picked;
  let best: Element | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [el, candidate] of scoring.candidates) {
    if (candidate.score > bestScore && isBelow(el, own)) {
      best = el;
      bestScore = candidate.score;
    }
  }
  if (best === null) return picked;
  trace?.removed({
    rule: "another story (the page holds several, each with its own headline): the page's kept",
    element: elementPath(holding),
    text: `kept ${elementPath(own)}`,
  });
  return { ...picked, top: best, best, text: scoring.stats.get(best)?.text ?? 0 };
}

/** Choices cleaned to nothing that are set aside, one after the other, before giving up. */
const MAX_EMPTIED_CHOICES = 3;

/** A scoring walk, and the container it picks. */
interface Picked {
  readonly scoring: Scoring;
  readonly stripUnlikely: boolean;
  readonly top: Element;
  readonly best: Element;
  readonly text: number;
}

/**
 * Scores the page and picks the container; when the first pass finds too little, or never read
 * a block holding the page's headline and more text than it picked (an article in a box whose
 * class says "footer"), a second pass keeps the blocks whose class names say "unlikely".
 *
 * @param skip - blocks found to be furniture, left out of the scoring
 */
function pickScored(
  body: ParentNode,
  skip: ReadonlySet<Element>,
  h1s: readonly Element[],
): Picked | null {
  const left = skip.size === 0 ? {} : { skip };
  let stripUnlikely = true;
  let scoring = scoreTree(body, { stripUnlikely, ...left });
  let best = pick(scoring);
  const weak = best === null || best.text < MIN_TEXT || best.score < WEAK_SCORE;
  const holder = best === null ? null : skippedHeadlineHolder(h1s, body, skip, best.text);
  if (weak || holder !== null) {
    const loose = scoreTree(body, { stripUnlikely: false, ...left });
    const second = pick(loose);
    if (
      second !== null &&
      ((best === null &&
        (second.text >= MIN_RESCUED_TEXT || inStorySkippedByName(second.best, body, h1s))) ||
        (best !== null &&
          weak &&
          (second.text > best.text * 1.5 ||
            (best.score < WEAK_SCORE && second.score > WEAK_SCORE * 2))) ||
        (best !== null &&
          holder !== null &&
          holdsStory(second.best, holder, best.best) &&
          second.score > best.score))
    ) {
      scoring = loose;
      best = second;
      stripUnlikely = false;
    }
  }
  if (best === null) return null;
  const kept = stripUnlikely ? readSkippedBody(body, scoring, best, skip) : null;
  return kept ?? { scoring, stripUnlikely, ...best };
}

/** How many times the text of the first pass's pick a block it skipped by name must hold. */
const SKIPPED_BODY_SHARE = 2;

/**
 * The first pass read again keeping a block it skipped for its names alone that holds more than
 * twice the text it picked outside links, and the blocks holding most of that (the article's
 * block of a theme calling its column `sidebar` or `widget`, every wrapper so named), when a
 * block in it then outscores the first pass's best: its pick, when the best block is then in a
 * kept block or around one without the first's best block (a wrapper whose class says `main`
 * outscores a block saying `sidebar`), and the pick holds more text than the first. Null when
 * no such block is skipped (nearly every page: a bounded read of each skipped block) or the pick
 * stays. Blocks named for what they are or mostly list items stay out, as in
 * {@link skipsMostByName}; inside kept blocks, other blocks of unlikely names are still skipped.
 */
function readSkippedBody(
  body: ParentNode,
  scoring: Scoring,
  first: NonNullable<ReturnType<typeof pick>>,
  skip: ReadonlySet<Element>,
): Picked | null {
  const keep = new Set<Element>();
  const blocks: Element[] = [];
  const least = first.text * SKIPPED_BODY_SHARE;
  for (const block of scoring.named) {
    if (!holdsMoreText(block, least) || isFurniture(block)) continue;
    const chain = keptChain(block, least);
    if (chain === null) continue;
    blocks.push(block);
    for (const el of chain) keep.add(el);
  }
  if (blocks.length === 0) return null;
  const again = scoreTree(body, {
    stripUnlikely: true,
    keep,
    ...(skip.size === 0 ? {} : { skip }),
  });
  const second = pick(again);
  if (
    second === null ||
    second.text <= first.text ||
    !blocks.some((b) => b === second.best || isBelow(second.best, b) || isBelow(b, second.best))
  ) {
    return null;
  }
  return { scoring: again, stripUnlikely: true, ...second };
}

/**
 * Whether the text of `block` outside links and never-content elements (scripts, menus) runs to
 * more than `least` characters, whitespace counted: a bounded count building no string, before
 * the block is measured as the scoring does ({@link keptChain}).
 */
function holdsMoreText(block: Element, least: number): boolean {
  let n = 0;
  const stack: Element[] = [block];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    for (const c of el.children) {
      if (c.type === 'text') {
        n += c.data.length;
        if (n > least) return true;
      } else if (isElement(c) && c.name !== 'a' && !NEVER_CONTENT.has(c.name)) stack.push(c);
    }
  }
  return false;
}

/**
 * `block`, and below it the child holding most of its text outside links, and so on down, each
 * that a pass leaving out unlikely names skips for its names alone; null when `block` holds
 * no more than `least` characters outside links.
 */
function keptChain(block: Element, least: number): Set<Element> | null {
  const { stats } = scoreTree(block, { stripUnlikely: false });
  let whole = 0;
  for (const c of block.children) if (isElement(c)) whole += bodyText(stats, c);
  if (whole <= least) return null;
  const chain = new Set<Element>([block]);
  for (let el: Element | undefined = block; el !== undefined; ) {
    const half = (el === block ? whole : bodyText(stats, el)) / 2;
    el = el.children.find((c): c is Element => isElement(c) && bodyText(stats, c) > half);
    if (el === undefined || !isSkipped(el, true, false) || isSkipped(el, false, false)) continue;
    if (isFurniture(el)) break;
    chain.add(el);
  }
  return chain;
}

/**
 * Whether a block skipped by name is named for what it is (comments, related links, the
 * author's box), not for where it stands, or is a list of entries: the page's furniture,
 * however long.
 */
function isFurniture(block: Element): boolean {
  const words = classWords(block);
  return BOILERPLATE.test(words) || words.includes('author') || isMostlyListItems(block);
}

/**
 * Whether a block the second pass picked, when the first found nothing, lies in a block the first
 * skipped for its class names that is the story's: an `<article>`, or the block holding one of
 * the page's `<h1>`s. A short post in Substack's `<article class="newsletter-post">` is the
 * page's article, however few its words, not a side module's pitch.
 */
function inStorySkippedByName(block: Element, body: ParentNode, h1s: readonly Element[]): boolean {
  const chain: Element[] = [];
  for (let up: ParentNode | null = block; up !== null && up !== body && up instanceof Element; ) {
    chain.push(up);
    up = up.parent;
  }
  let inTable = false;
  for (let i = chain.length - 1; i >= 0; i--) {
    const el = chain[i] as Element;
    if (
      isSkipped(el, true, inTable) &&
      !isSkipped(el, false, inTable) &&
      (el.name === 'article' || h1s.some((h1) => isBelow(h1, el)))
    ) {
      return true;
    }
    inTable ||= el.name === 'table';
  }
  return false;
}

/**
 * The block skipped for its class names ("footer", "sidebar"…) that holds one of the page's
 * `<h1>`s and more text than the first pass picked, which it never read: the story may be
 * there, under its headline, with teasers around it outscoring nothing. Null when every
 * `<h1>` was read, is hidden, or heads a block of little text (a header: its title and byline).
 */
function skippedHeadlineHolder(
  h1s: readonly Element[],
  body: ParentNode,
  skip: ReadonlySet<Element>,
  pickedText: number,
): Element | null {
  for (const h1 of h1s) {
    const chain: Element[] = [];
    let up: ParentNode | null = h1.parent;
    while (up !== null && up !== body && up instanceof Element) {
      chain.push(up);
      up = up.parent;
    }
    // Not below the body (in <head>, or in a block already set aside).
    if (up !== body || chain.some((el) => skip.has(el))) continue;
    let inTable = false;
    let holder: Element | null = null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i] as Element;
      // Hidden, or never content: no pass reads it.
      if (isSkipped(el, false, inTable)) {
        holder = null;
        break;
      }
      if (holder === null && isSkipped(el, true, inTable)) holder = el;
      inTable ||= el.name === 'table';
    }
    if (holder !== null && shortText(holder, pickedText) === null) return holder;
  }
  return null;
}

/**
 * Whether a block the second pass picked is the story under the headline the first pass never
 * read: in the block holding it, or around that block without being the wrapper around the
 * first pick too (the page).
 */
function holdsStory(block: Element, holder: Element, firstPick: Element): boolean {
  if (block === holder || isBelow(block, holder)) return true;
  return isBelow(holder, block) && firstPick !== block && !isBelow(firstPick, block);
}

/**
 * The text stats the body's blocks are found by: the pass's own, unless that pass skipped for
 * its class names a block in the container holding more text than all it read there, and most
 * of the container's (the
 * article's text in a block whose class says "sidebar", "widget" or "footer"): then a walk
 * of the container that keeps such blocks, so that cleanup, which removes blocks by the same
 * names, never takes the block holding most of the body.
 */
function bodyStats(container: Element, picked: Picked): ReadonlyMap<Element, Stats> {
  const { stats } = picked.scoring;
  if (!picked.stripUnlikely || !skipsMostByName(container, stats, picked.text)) return stats;
  return scoreTree(container, { stripUnlikely: false }).stats;
}

/**
 * Whether a block under `root` that the scoring walk left out, though a walk keeping unlikely
 * names reads it, holds more than `scored` characters and most of the text under `root`.
 */
function skipsMostByName(
  root: Element,
  stats: ReadonlyMap<Element, Stats>,
  scored: number,
): boolean {
  const stack: Element[] = [root];
  const tables = new Set<Element>();
  // Read once, when a block is found that outweighs what the pass read.
  let total = -1;
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    const inTable = el.name === 'table' || tables.has(el);
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (stats.has(child)) {
        if (inTable) tables.add(child);
        stack.push(child);
        continue;
      }
      if (isSkipped(child, false, inTable) || shortText(child, scored) !== null) continue;
      if (isFurniture(child)) continue;
      if (total < 0) total = squash(textOf(root)).length;
      if (squash(textOf(child)).length * 2 > total) return true;
    }
  }
  return false;
}

/**
 * Whether most of a block's text is in list items: a thread of readers' comments (`<ul
 * class="comment-list">`, one `<li>` each), a list of teasers; an article's text is in paragraphs.
 */
function isMostlyListItems(block: Element): boolean {
  let inItems = 0;
  const stack: Element[] = [block];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.name === 'li') inItems += squash(textOf(child)).length;
      else stack.push(child);
    }
  }
  return inItems * 2 > squash(textOf(block)).length;
}

/** A located body, and whether cleanup left (almost) nothing of it. */
interface ScoredLocation {
  readonly location: BodyLocation;
  readonly container: Element;
  /** Characters of text left after cleaning (collapsed, trimmed), infinite past SECOND_CHOICE_TEXT. */
  readonly left: number;
  readonly emptied: boolean;
}

/** Text a cleaned container must keep, when cleanup took most of it, to still be a body. */
const EMPTIED_TEXT = 100;

/**
 * Text the next choice must keep once cleaned to replace an emptied first choice: a body of a
 * few paragraphs, not a stray block (a very short article stays what it was).
 */
const SECOND_CHOICE_TEXT = 250;

/** Takes the picked container with the siblings that continue it, and cleans it in place. */
function cleanedLocation(
  $: CheerioAPI,
  head: Element | null,
  picked: Picked,
  remove: Remove,
  options: FindContentOptions,
): ScoredLocation {
  const { trace } = options;
  const { scoring, stripUnlikely } = picked;
  const title = options.title === undefined ? '' : foldLetters(options.title);
  const { top, parts, header } = withSiblings(
    scoring,
    picked.top,
    (el) => title !== '' && foldLetters(squash(textOf(el))) === title,
  );
  if (header !== undefined && trace !== undefined) {
    trace.removed({
      rule: "article's header before the text",
      element: elementPath(header),
      text: squash(textOf(header)).trim().slice(0, 80),
    });
  }
  // Found before the parts are wrapped: the body's first block stands where the page set it.
  // … or before the article's header, left out of the parts.
  const picture =
    (header === undefined ? null : leadPictureOf(scoring.h1s, header)) ??
    leadPictureOf(scoring.h1s, parts[0] ?? top);
  let container = top;
  let element = elementPath(container);
  if (parts.length > 1) {
    container = wrapSiblings(parts);
    element = `${element} and ${parts.length - 1} sibling block(s)`;
  }
  const story = firstStory(container, scoring);
  if (story !== container) {
    trace?.removed({
      rule: 'next stories (the page holds several articles with their own headline)',
      text: `kept ${elementPath(story)}`,
    });
    container = story;
    element = `${elementPath(story)} (first of the stories in ${element})`;
  }
  const protect = new Set<Element>();
  protectChain(picked.best, container, protect);
  const majority = new Set<Element>();
  bodyBlocks(container, bodyStats(container, picked), majority);
  clean(container, remove, {
    stripUnlikely,
    protect,
    body: majority,
    headlines: headlines(head, scoring.h1s, options.title),
  });
  // A bounded read: past SECOND_CHOICE_TEXT, how much more the body holds does not matter.
  const short = shortText(container, SECOND_CHOICE_TEXT);
  const left = short === null ? Number.POSITIVE_INFINITY : short.length;
  return {
    location: {
      container: $(container),
      method: stripUnlikely ? 'scored' : 'scored, second pass (unlikely blocks kept)',
      element:
        picture === null ? element : `${element}, after the lead picture ${elementPath(picture)}`,
      note: `${scoreNote(scoring, picked.top)}${picked.text} characters before cleaning`,
      ...(picture === null ? {} : { picture }),
    },
    container,
    left,
    emptied: left < EMPTIED_TEXT && left < picked.text * 0.25,
  };
}

function scoreNote(scoring: Scoring, top: Element): string {
  const score = scoring.candidates.get(top)?.score;
  return score === undefined ? '' : `score ${Math.round(score)}, `;
}

function clean(
  container: Element,
  remove: Remove,
  options: Omit<Parameters<typeof removeBoilerplate>[1], 'remove'>,
): void {
  removeBoilerplate(container, { ...options, remove });
  // The lines a body writes between `<br>`s are paragraphs only now: the tests that remove a
  // paragraph for what it says (a related label and its link, a rights or tip line closing the
  // body) read them again, as they read the paragraphs a page wrote as `<p>`s.
  if (splitBreakRuns(container)) removeParagraphLines(container, remove);
}
