/**
 * Scores candidate containers of the article body in one post-order walk of the document, the
 * way Mozilla Readability does: every paragraph-like block of 25+ characters scores
 * `1 + commas + min(length / 100, 3)` and hands that score to its parent, half to its
 * grandparent and a decreasing share further up. Candidates start from a tag-based score plus
 * class/id hints, and end multiplied by `1 - link density`.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { TextAnswers } from '../text-answers.ts';
import {
  classAndId,
  classWords,
  descendants,
  hasItemprop,
  isElement,
  isHidden,
  textExcept,
} from './dom.ts';
import {
  holdsEmbeddedPost,
  MAYBE_CANDIDATE,
  NEGATIVE,
  POSITIVE,
  presentParts,
  UNLIKELY,
} from './patterns.ts';

/** Text statistics of one element (descendants included). */
export interface Stats {
  /** Characters of text, whitespace runs counted once. */
  text: number;
  /** Characters of text inside links. */
  link: number;
  /** Commas in the text. */
  commas: number;
}

/** Tags whose subtree is never article text. */
export const NEVER_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'head',
  'title',
  'meta',
  'link',
  'nav',
  'aside',
  'button',
  'select',
  'textarea',
  'input',
  'option',
  'label',
  'dialog',
  'footer',
]);

const NON_CONTENT_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
  'tablist',
]);

/** A list's class naming it the tabs' labels of a widget ("tabs", Bootstrap's "nav-tabs"). */
const TABS_CLASS = /(?:^|\s)(?:nav-)?tabs(?:\s|$)/;

/**
 * An element's role, as its `role` says; a list of tabs' labels (`<ul class="tabs">`, `<ul
 * role="tablist">`: the "Article" and "Comments" tabs over a story) is a `tablist`, a box marked
 * so around the tabs' panels (Daily Maverick's, the story in it) none.
 */
function roleOf(el: Element): string | undefined {
  const role = el.attribs.role;
  const list = el.name === 'ul' || el.name === 'ol';
  if (list && (role === 'tablist' || TABS_CLASS.test(el.attribs.class ?? ''))) return 'tablist';
  return role === 'tablist' ? undefined : role;
}

/** Elements that break the flow of text into blocks. */
export const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const PARAGRAPHS = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Paragraph elements that still score as a paragraph of their parent when their own text is set
 * as `<br><br>` runs: a `<section>` (or a `<pre>`, a subheading) holding `<p>`s credits both the
 * `<p>`s' parent, itself, and its own parent as a paragraph, so an article in sections of runs
 * must do the same or lose to a box of links beside it. Not a `<p>` (its runs are its
 * paragraphs: crediting it as one more would count them twice) nor a layout `<td>`.
 */
const RUNS_AND_PARAGRAPH: ReadonlySet<string> = new Set([
  'pre',
  'section',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Blocks that may hold a paragraph's text themselves, without a `<p>` or other block. */
const TEXT_HOLDERS: ReadonlySet<string> = new Set(['div', 'article']);

/** Options of one scoring run. */
export interface ScoreOptions {
  /** Skip blocks whose class/id says they are not the article (Readability's first pass). */
  readonly stripUnlikely: boolean;
  /** Subtrees left out as if they were not on the page (a block already found to be furniture). */
  readonly skip?: ReadonlySet<Element>;
  /** Blocks read whatever their class names say (a first pass's blocks found to hold the article). */
  readonly keep?: ReadonlySet<Element>;
}

/** A scored candidate container. */
export interface Candidate {
  readonly el: Element;
  score: number;
}

/** The result of one scoring walk. */
export interface Scoring {
  /** Stats of every element visited (skipped subtrees are absent). */
  readonly stats: Map<Element, Stats>;
  /** Scored candidates, with their final (link-density adjusted) score. */
  readonly candidates: Map<Element, Candidate>;
  /** The visible `<h1>` elements, in document order. */
  readonly h1s: Element[];
  /**
   * The outermost blocks a pass leaving out unlikely names skipped for their names alone (a
   * walk keeping those names reads them), in document order.
   */
  readonly named: Element[];
}

/** The class/id weight of an element: ±25 for positive/negative hints. */
export function classWeight(el: Element): number {
  const hints = classAndId(el);
  if (hints === '') return 0;
  let weight = 0;
  if (NEGATIVE.test(hints) && NEGATIVE.test(presentParts(hints))) weight -= 25;
  if (POSITIVE.test(hints)) weight += 25;
  if (hasItemprop(el, 'articleBody')) weight += 50;
  return weight;
}

/**
 * {@link namesUnlikely}'s answers by class and id words: every element of a page is tested for
 * an unlikely name in each scoring walk and by the cleaner, and its elements share a few hundred
 * class attributes; a look-up costs less than the long patterns.
 */
const unlikelyNames = new TextAnswers<boolean>(2000, 500);

/** Whether class and id words name a block unlikely to be the article, and no candidate. */
function namesUnlikely(hints: string): boolean {
  return UNLIKELY.test(hints) && !MAYBE_CANDIDATE.test(hints);
}

function initialScore(el: Element): number {
  switch (el.name) {
    case 'div':
    case 'article':
    case 'main':
      return 5 + classWeight(el);
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3 + classWeight(el);
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3 + classWeight(el);
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5 + classWeight(el);
    default:
      return classWeight(el);
  }
}

/**
 * Whether scoring never reads an element. An `<aside>` is read by the second pass (the first
 * found too little) when no heading in it links elsewhere: a slideshow's slides may be laid out
 * as one, the page's only story, where other stories' teasers head each item with a link.
 */
function isNeverContent(el: Element, stripUnlikely: boolean): boolean {
  if (!NEVER_CONTENT.has(el.name) || isAttribution(el)) return false;
  return stripUnlikely || el.name !== 'aside' || headsWithLinks(el);
}

/**
 * Whether an element is a `<footer>` naming who said a quotation: the child of a `<blockquote>`
 * or of the `<figure>` around one, as the HTML standard writes an attribution. The page's
 * footer, or an article's, stands elsewhere.
 */
function isAttribution(el: Element): boolean {
  const parent = el.parent;
  if (el.name !== 'footer' || parent === null || !isElement(parent)) return false;
  // A picture's <figure> may close with a footer too: its credit, no quotation's.
  return (
    parent.name === 'blockquote' ||
    (parent.name === 'figure' &&
      parent.children.some((c) => isElement(c) && c.name === 'blockquote'))
  );
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function headsWithLinks(el: Element): boolean {
  return descendants(el).some(
    (d) => HEADINGS.has(d.name) && descendants(d).some((a) => a.name === 'a'),
  );
}

/**
 * An element's class and id words, and the id of the heading that labels it (`<section
 * aria-labelledby="related"><h2 id="related">`): a section is named by its heading's id as by a
 * class of its own.
 */
function hintWords(el: Element): string {
  const label = el.attribs['aria-labelledby'];
  const words = classWords(el);
  return label === undefined ? words : `${words} ${label.toLowerCase()}`;
}

/** True when the subtree of `el` is skipped while scoring. */
export function isSkipped(el: Element, stripUnlikely: boolean, inTable: boolean): boolean {
  if (isNeverContent(el, stripUnlikely)) return true;
  if (isHidden(el)) return true;
  const role = roleOf(el);
  if (role !== undefined && NON_CONTENT_ROLES.has(role)) return true;
  if (!stripUnlikely || inTable || el.name === 'body' || el.name === 'a') return false;
  const hints = hintWords(el);
  if (hints === '' || !unlikelyNames.of(hints, namesUnlikely)) return false;
  const present = presentParts(hints);
  // A heading its class calls a header ("header-anchor-post", "section-header") is the text's.
  const named = HEADINGS.has(el.name) ? present.replace(HEADER_WORD, ' ') : present;
  return UNLIKELY.test(named) && !holdsEmbeddedPost(el);
}

/** What a box around a sub-heading may hold besides it: no menu, list, form or headline. */
const NOT_IN_SUBHEADING_BOX: ReadonlySet<string> = new Set([
  'h1',
  'h5',
  'h6',
  'nav',
  'ul',
  'ol',
  'form',
]);
const SUBHEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);
/** Text beside the sub-heading that leaves the box one: separators and clock times. */
const SUBHEADING_BESIDE = /^(?:[\s|·•:–—-]|\d{1,2}[.:h]\d{2}(?:\s*[ap]\.?m\.?)?)*$/i;

/**
 * Whether a block whose class says "header" and nothing else unlikely is a section's or a
 * live blog entry's heading box, the text's: one `<h2>`–`<h4>` and at most a time beside it
 * (`<header class="block-header"><time>10.58</time><h2>…`, `<div class="post-header"><h2>…`), with
 * the paragraphs it heads after it.
 * The page's header holds the `<h1>`, a byline or a menu, and stays furniture. Cleanup keeps
 * such a box; scoring still skips it (a heading box is no candidate for the body).
 */
export function isSubheadingBox(el: Element): boolean {
  const named = presentParts(classWords(el));
  const rest = named.replace(HEADER_WORD, ' ');
  if (rest === named || UNLIKELY.test(rest)) return false;
  let headings = 0;
  for (const d of descendants(el)) {
    if (SUBHEADINGS.has(d.name)) headings++;
    else if (NOT_IN_SUBHEADING_BOX.has(d.name)) return false;
  }
  if (headings !== 1) return false;
  const beside = textExcept(el.children, (d) => SUBHEADINGS.has(d.name) || d.name === 'time');
  return SUBHEADING_BESIDE.test(beside) && headsParagraphs(el);
}

/**
 * Whether the paragraphs a heading box heads follow it: a `<p>` next, or a block whose own
 * children are paragraphs (an entry's `entry-content`). A portal widget's title bar ("Tin tức"
 * above Liferay's `portlet-content-container`) stands above boxes within boxes, and is the
 * widget's label.
 */
function headsParagraphs(el: Element): boolean {
  let next = el.next;
  while (next !== null && !isElement(next)) next = next.next;
  if (next === null) return false;
  return next.name === 'p' || next.children.some((c) => isElement(c) && c.name === 'p');
}

/**
 * "header" as a part of a heading's class ("section-header"): what the heading is, no part of
 * the page's furniture. A "subheader" is the page header's (a press release's sender).
 */
const HEADER_WORD = /(?<![a-z])header(?![a-z])/g;

/**
 * Why cleanup drops a subtree that scoring skips (see {@link isSkipped}), for the trace.
 *
 * @returns the rule and what matched, or null when the element is not skipped
 */
export function skipReason(
  el: Element,
  stripUnlikely: boolean,
  inTable: boolean,
): { rule: string; match: string } | null {
  // Cleanup drops every <aside> inside the chosen block (the block may be one).
  if (NEVER_CONTENT.has(el.name) && !isAttribution(el)) {
    return { rule: 'never content', match: `<${el.name}>` };
  }
  if (isHidden(el)) return { rule: 'hidden', match: hiddenMark(el) };
  const role = roleOf(el);
  if (role !== undefined && NON_CONTENT_ROLES.has(role)) {
    return { rule: 'non-content role', match: `role=${role}` };
  }
  if (!isSkipped(el, stripUnlikely, inTable)) return null;
  return { rule: 'unlikely class', match: UNLIKELY.exec(presentParts(hintWords(el)))?.[0] ?? '' };
}

function hiddenMark(el: Element): string {
  const a = el.attribs;
  if (a.hidden !== undefined) return 'hidden';
  if (a['aria-hidden'] === 'true') return 'aria-hidden';
  return a.style !== undefined && /none|hidden/i.test(a.style) ? `style="${a.style}"` : 'class';
}

/** The fewest characters of a paragraph that scores. */
const MIN_PARAGRAPH = 25;

/** Readability's score of one paragraph of `text` characters and `commas` commas. */
function paragraphScore(text: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(text / 100), 3);
}

/**
 * Whether a UTF-16 code unit is a comma as a script writes it: `,`, the ideographic `、`, the
 * fullwidth `，` of Chinese, the Arabic `،`, the small `﹐`.
 *
 * @param code - a code unit
 * @returns true for a comma
 */
export function isComma(code: number): boolean {
  return code === 44 || code === 0x3001 || code === 0xff0c || code === 0x060c || code === 0xfe50;
}

/** What one text node adds to its element's stats. */
const measured = { length: 0, commas: 0 };

/**
 * Measures a text node into {@link measured}: its length with whitespace runs counted once,
 * and its commas — the ones each script writes: `,`, the ideographic `、`, the fullwidth `，`
 * of Chinese, the Arabic `،` — so that prose in any script scores as prose.
 */
function measure(data: string): void {
  let n = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const ws = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (ws) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
      if (isComma(c)) commas++;
    }
  }
  measured.length = n;
  measured.commas = commas;
}

/** Characters a picture's caption runs to at most; a longer paragraph beside it is prose. */
const MAX_CAPTION = 400;
/** A caption scores a paragraph's score divided by this. */
const CAPTION_SHARE = 4;

/**
 * Whether an element's children are a picture and one paragraph, which is then its caption
 * (`<div><img …><p>In this 2006 file photo, …</p></div>`), not a paragraph of the body, whatever
 * the class names say: it scores a quarter of one. Read once per element, from its children only.
 */
function holdsCaptionedPicture(children: readonly AnyNode[]): boolean {
  let picture = false;
  let paragraphs = 0;
  for (const child of children) {
    if (!isElement(child)) continue;
    if (child.name === 'img' || child.name === 'picture') picture = true;
    else if (child.name === 'p' && ++paragraphs > 1) return false;
  }
  return picture && paragraphs === 1;
}

/**
 * Walks `root` once, computing text stats of every element and the Readability score of every
 * candidate container.
 *
 * @param root - The subtree to score (usually `<body>`).
 * @param options - Scoring switches.
 * @returns Stats and candidates.
 */
export function scoreTree(root: ParentNode, options: ScoreOptions): Scoring {
  const stats = new Map<Element, Stats>();
  const candidates = new Map<Element, Candidate>();
  const ancestors: Element[] = [];
  const h1s: Element[] = [];

  const credit = (from: number, score: number): void => {
    // `from` indexes `ancestors`; level 0 is the paragraph's parent.
    for (let level = 0; level < 5; level++) {
      const el = ancestors[from - level];
      if (el === undefined) break;
      let cand = candidates.get(el);
      if (cand === undefined) {
        cand = { el, score: initialScore(el) };
        candidates.set(el, cand);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      cand.score += score / divider;
    }
  };

  // Runs of inline content between blocks and `<br><br>`: the paragraphs of old pages, as
  // (text, commas) pairs. One array for the walk: each element's pairs follow its parent's
  // and are dropped when it is done (by `top`, its used length: the array never shrinks).
  // Only runs long enough to score are kept.
  const segments: number[] = [];
  let top = 0;
  const stripUnlikely = options.stripUnlikely;
  const skip = options.skip;
  const named: Element[] = [];
  /** Whether the walk leaves `child` out, noting a block left out for its names alone. */
  const skips = (child: Element, inTable: boolean): boolean => {
    if (!isSkipped(child, stripUnlikely, inTable)) return skip?.has(child) === true;
    if (!stripUnlikely || isSkipped(child, false, inTable)) return true;
    if (options.keep?.has(child) === true) return skip?.has(child) === true;
    if (skip?.has(child) !== true) named.push(child);
    return true;
  };

  const walk = (el: Element, inTable: boolean, inLink: boolean, caption = false): Stats => {
    const s: Stats = { text: 0, link: 0, commas: 0 };
    let hasBlock = false;
    let hasBreakRun = false;
    // (Segments are closed inline below: a closure made per element costs more than the walk.)
    const base = top;
    let segText = 0;
    let segCommas = 0;
    let breaks = 0;
    const nextInTable = inTable || el.name === 'table';
    const nextInLink = inLink || el.name === 'a';
    ancestors.push(el);
    const children = el.children as AnyNode[];
    // Whether a <p> child is a picture's caption: read at the first <p>, if there is one.
    let captioned: boolean | undefined;
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as AnyNode;
      if (child.type === 'text') {
        measure(child.data);
        const n = measured.length;
        if (n === 0 || (n === 1 && child.data.trim() === '')) continue;
        const c = measured.commas;
        s.text += n;
        s.commas += c;
        segText += n;
        segCommas += c;
        breaks = 0;
      } else if (isElement(child)) {
        if (child.name === 'br') {
          if (++breaks === 2) {
            hasBreakRun = true;
            if (segText >= MIN_PARAGRAPH) {
              segments[top++] = segText;
              segments[top++] = segCommas;
            }
            segText = 0;
            segCommas = 0;
          }
          continue;
        }
        if (skips(child, nextInTable)) continue;
        if (child.name === 'p') captioned ??= holdsCaptionedPicture(children);
        const cs = walk(child, nextInTable, nextInLink, child.name === 'p' && captioned === true);
        s.text += cs.text;
        s.link += cs.link;
        s.commas += cs.commas;
        breaks = 0;
        if (BLOCK.has(child.name)) {
          hasBlock = true;
          if (segText >= MIN_PARAGRAPH) {
            segments[top++] = segText;
            segments[top++] = segCommas;
          }
          segText = 0;
          segCommas = 0;
        } else {
          segText += cs.text;
          segCommas += cs.commas;
        }
      }
    }
    if (segText >= MIN_PARAGRAPH) {
      segments[top++] = segText;
      segments[top++] = segCommas;
    }
    ancestors.pop();
    // Everything inside a link is link text: a teaser card's <article> is not the body.
    if (nextInLink) s.link = s.text;
    else if (el.name === 'h1') h1s.push(el);
    stats.set(el, s);

    // A table cell holding runs of its own text beside its blocks or alone (an old portal's
    // article written right in its layout cell) is their parent, as a <div> is: as a
    // paragraph it would credit its row and table, whose other cells are other columns.
    if (hasBreakRun || (hasBlock && !PARAGRAPHS.has(el.name)) || (el.name === 'td' && top > base)) {
      // Each run is a paragraph whose parent is this element.
      ancestors.push(el);
      for (let i = base; i < top; i += 2) {
        credit(
          ancestors.length - 1,
          paragraphScore(segments[i] as number, segments[i + 1] as number),
        );
      }
      ancestors.pop();
    }
    if (
      (hasBreakRun || (hasBlock && !PARAGRAPHS.has(el.name)) || (el.name === 'td' && top > base)
        ? RUNS_AND_PARAGRAPH.has(el.name)
        : PARAGRAPHS.has(el.name) || (TEXT_HOLDERS.has(el.name) && !hasBlock)) &&
      s.text >= MIN_PARAGRAPH
    ) {
      const score = paragraphScore(s.text, s.commas);
      // A caption counts for a little: it ties its picture to the story, it is not the story.
      credit(
        ancestors.length - 1,
        caption && s.text <= MAX_CAPTION ? score / CAPTION_SHARE : score,
      );
    }
    top = base;
    return s;
  };

  for (const child of root.children as AnyNode[]) {
    if (isElement(child) && !skips(child, false)) walk(child, false, false);
  }

  for (const cand of candidates.values()) {
    const s = stats.get(cand.el);
    const density = s !== undefined && s.text > 0 ? s.link / s.text : 0;
    cand.score *= 1 - density;
  }
  return { stats, candidates, h1s, named };
}
