/**
 * Related-links, most-read, share, comment and author blocks recognised by their heading text
 * ("Tin liên quan", "Xem thêm:", "Related stories"…), and the link lists that follow them.
 */
import { type AnyNode, type Element, isText, type Text } from 'domhandler';
import { isShortDateline } from '../dates.ts';
import { countWords, PROSE_WORDS, SENTENCE_END } from '../text.ts';
import {
  HEADING_TAGS as ALL_HEADINGS,
  closest,
  descendants,
  detach,
  edgeText,
  followingNodes,
  hasSquashedText,
  isElement,
  linksDocument,
  PICTURE_FILE,
  squash,
  standsAlone,
  textOf,
} from './dom.ts';
import {
  isAuthorBoxHeading,
  isCommentCount,
  isCommentsHeading,
  isRelatedHeading,
  isRelatedLabel,
  someNear,
} from './patterns.ts';
import type { Remove } from './removal.ts';
import { BLOCK } from './score.ts';
import type { ShortTexts } from './short-text.ts';

const HEADINGISH = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'span',
  'strong',
  'b',
  'em',
  'header',
  'dt',
  'label',
  'li',
  'section',
]);

/** A link: a comment count inside one jumps to the comments, it heads nothing. */
const LINK = new Set(['a']);

/** Heading elements: their whole text is a label, never a sentence's opening. */
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

function linkText(el: Element): number {
  let n = 0;
  for (const a of descendants(el)) if (a.name === 'a') n += textOf(a).trim().length;
  return n;
}

/**
 * Whether a block is a section of the article: two paragraphs of prose ({@link PROSE_WORDS}
 * words or more) or more, and not a link to another story.
 */
function isSectionOfProse(el: Element): boolean {
  let paragraphs = 0;
  let read = 0;
  for (const d of descendants(el)) {
    // A section's elements are read up to a bound: blocks nested by the thousand under such
    // headings are not read whole once per heading.
    if (d.name === 'a' || ++read > LONGEST_SECTION_READ) return false;
    if (d.name === 'p' && countWords(textOf(d)) >= PROSE_WORDS) paragraphs++;
  }
  return paragraphs >= 2;
}

/** The most elements of a block read to tell a section of the article from related stories. */
const LONGEST_SECTION_READ = 2000;

export function isLinkList(el: Element, minus = 0): boolean {
  const text = textOf(el).replace(/\s+/g, ' ').trim().length - minus;
  if (text <= 0) return true;
  return linkText(el) / text >= 0.5;
}

/** Removes related/most-read/comment blocks recognised by their heading text. */
export function removeRelatedBlocks(
  container: Element,
  protect: ReadonlySet<Element>,
  remove: Remove,
  texts: ShortTexts,
): void {
  // Whether a block is mostly links, read once however many headings it holds (a block of
  // thousands of "3 Kommentare" was read once per heading).
  const linkLists = new Map<Element, boolean>();
  for (const el of descendants(container)) {
    if (el.parent === null || !HEADINGISH.has(el.name)) continue;
    if (!isInside(el, container)) continue;
    const text = texts.of(el, 60);
    if (text === null) continue;
    // "More:", "Also" alone as a heading (not as a sentence's first word) head links too, and
    // a heading element naming the comments ("Kommentare"), or any element but a link giving
    // their count ("3 Kommentare").
    const heading = HEADING_TAGS.has(el.name);
    const comments = heading
      ? isCommentsHeading(text)
      : isCommentCount(text) && closest(el, LINK, container) === null;
    // An author box's heading ("Die Autorin") opens a biography: the box goes, not what follows.
    const authorBox = heading && isAuthorBoxHeading(text);
    if (!isRelatedHeading(text) && !comments && !authorBox && !(heading && isRelatedLabel(text))) {
      continue;
    }
    let head: Element = el;
    const headLength = text.length;
    while (
      head.parent !== null &&
      head.parent !== container &&
      isElement(head.parent as AnyNode) &&
      texts.of(head.parent as Element, headLength) !== null
    ) {
      head = head.parent as Element;
    }
    // The same words set apart inside a sentence ("The <strong>Related</strong> section grew")
    // are the sentence's.
    if (!standsAlone(head)) continue;
    const block = head.parent;
    if (
      block !== null &&
      block !== container &&
      isElement(block as AnyNode) &&
      !protect.has(block as Element)
    ) {
      // A block that opens with the heading, or is mostly links, is the related block; the
      // comments' block, with the boxes it opens (a header row's, the comments beside it).
      // Related stories lead somewhere: a section under such a heading that links nowhere and
      // holds paragraphs of prose is the article's (its heading goes below, alone).
      if (
        opensWith(block as Element, head) &&
        (comments || authorBox || !isSectionOfProse(block as Element))
      ) {
        if (comments) {
          remove(sectionOpenedBy(block as Element, container, protect), 'comments heading', text);
        } else remove(block as Element, authorBox ? 'author box heading' : 'related heading', text);
        continue;
      }
      let linkList = linkLists.get(block as Element);
      if (linkList === undefined) {
        linkList = isLinkList(block as Element, headLength);
        linkLists.set(block as Element, linkList);
      }
      if (linkList && !hasProseBefore(block as Element, head)) {
        remove(block as Element, 'related heading', text);
        continue;
      }
    }
    if (protect.has(head)) continue;
    const next = head.next;
    // A line naming its own link after the label ("あわせて読みたい：<a>…</a>") takes only lines
    // of one link after it: paragraphs whose words link topics are the article's. (A label that
    // is a link itself, `<a>Tags</a>`, names none.)
    const shown = squash(textOf(head));
    const named = descendants(head).some((d) => d.name === 'a' && squash(textOf(d)) !== shown);
    remove(head, 'related heading', text);
    removeLinksAfter(next, protect, remove, texts, text, named);
  }
}

/**
 * The largest box inside `container` that `block` opens, climbing while each parent opens with
 * the box below it and is neither protected nor the container.
 */
function sectionOpenedBy(
  block: Element,
  container: Element,
  protect: ReadonlySet<Element>,
): Element {
  let section = block;
  for (let parent = section.parent; parent !== null && parent !== container; ) {
    if (!isElement(parent as AnyNode) || protect.has(parent as Element)) break;
    if (!opensWith(parent as Element, section)) break;
    section = parent as Element;
    parent = section.parent;
  }
  return section;
}

/** Text outside links, of a node and what it holds. */
function unlinkedText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isElement(node) || node.name === 'a') return '';
  let text = '';
  for (const c of node.children) text += ` ${unlinkedText(c)}`;
  return text;
}

/**
 * Whether text outside links before `head` in `block` reads as a paragraph of prose
 * ({@link PROSE_WORDS} words or more): an old portal's article set as `<br>`-separated runs in
 * one element ends with "<b>Các tin khác:</b><br>- <a>…</a><br>…" in that same element, which
 * is then mostly links; the heading and its links go, the article's runs before them stay.
 */
function hasProseBefore(block: Element, head: Element): boolean {
  let words = 0;
  for (const c of block.children) {
    if (c === head) break;
    words += countWords(unlinkedText(c));
    if (words >= PROSE_WORDS) return true;
  }
  return false;
}

/** Whether `head` is the first thing in `block`: no element and no text before it. */
function opensWith(block: Element, head: Element): boolean {
  for (const c of block.children) {
    if (c === head) return true;
    if (isElement(c) || (c.type === 'text' && c.data.trim() !== '')) return false;
  }
  return false;
}

/** A bullet before a line, and a date after it: "- <a>…</a> (10/03/2010)". */
const BULLET = /^[\s\-–—•·*+>»]+/;
const TRAILING_DATE = /[\s(]*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s+\d{1,2}[:h]\d{2})?[\s)]*$/;

/** Whether an inline line is a link to another page, with at most a bullet and a date. */
function isLinkLine(line: readonly AnyNode[]): boolean {
  let text = '';
  let linked = 0;
  for (const node of line) {
    const t = textOf(node);
    text += t;
    if (isElement(node)) {
      for (const a of node.name === 'a'
        ? [node]
        : descendants(node).filter((d) => d.name === 'a')) {
        linked += textOf(a).replace(/\s+/g, ' ').trim().length;
      }
    }
  }
  const bare = text.replace(/\s+/g, ' ').replace(BULLET, '').replace(TRAILING_DATE, '').trim();
  return linked > 0 && linked >= bare.length * 0.5;
}

/** The most nodes a `<br>`-separated line of links after a related heading holds. */
const LONGEST_LINK_LINE = 64;

/**
 * Removes what follows a related heading while it is links: lists, link-heavy blocks, and the
 * `<br>`-separated lines of old pages ("- <a>…</a> (10/03/2010)<br>"); with `single`, after a
 * line that names its own link, only blocks of one link.
 */
function removeLinksAfter(
  start: AnyNode | null,
  protect: ReadonlySet<Element>,
  remove: Remove,
  texts: ShortTexts,
  heading: string,
  single = false,
): void {
  const why = 'links after a related heading';
  let node = start;
  while (node !== null) {
    const after: AnyNode | null = node.next;
    if (node.type === 'text' && node.data.trim() === '') {
      node = after;
      continue;
    }
    if (isElement(node) && node.name === 'br') {
      texts.changed(node);
      detach(node);
      node = after;
      continue;
    }
    if (isElement(node) && (BLOCK.has(node.name) || protect.has(node))) {
      if (protect.has(node) || (node.name !== 'ul' && node.name !== 'ol' && !isLinkList(node))) {
        return;
      }
      if (single && descendants(node).filter((d) => d.name === 'a').length !== 1) return;
      remove(node, why, heading);
      node = after;
      continue;
    }
    const line: AnyNode[] = [];
    let end: AnyNode | null = node;
    while (end !== null && !(isElement(end) && (end.name === 'br' || BLOCK.has(end.name)))) {
      // A link's line is short ("- <a>…</a> (10/03/2010)"): a longer run is no such line, and
      // is not read whole once per heading before it (thousands of "3 Kommentare" in a row).
      if (line.length === LONGEST_LINK_LINE) return;
      line.push(end);
      end = end.next;
    }
    if (!isLinkLine(line) || line.some((n) => isElement(n) && protect.has(n))) return;
    for (const n of line) {
      if (isElement(n)) remove(n, why, heading);
      else {
        texts.changed(n);
        detach(n);
      }
    }
    node = end;
  }
}

/** The fewest link lines that close a body as a list of other stories, whatever heads it. */
const MIN_CLOSING_LINK_LINES = 3;
/** The longest label of such lines ("Các tin đã đưa:", "Weitere Meldungen:"). */
const LONGEST_LINES_LABEL = 40;
/** The most closing lines read. */
const MOST_CLOSING_LINES = 200;
/** Elements a label line is set in, bold, when it has no colon. */
const BOLD: ReadonlySet<string> = new Set(['b', 'strong', 'u']);

/** Whether an inline element lays out lines: a `<br>` or a block near its start (`<font>`). */
function holdsLines(el: Element): boolean {
  return someNear(el, (d) => d !== el && (d.name === 'br' || BLOCK.has(d.name)));
}

/**
 * The element whose `<br>`-separated lines end the body: its last element showing text, down
 * through inline wrappers of lines (old pages' `<font>…<br>…</font>`).
 */
function closingLinesBlock(container: Element): Element {
  let block = container;
  for (;;) {
    let last: AnyNode | undefined;
    for (let i = block.children.length - 1; i >= 0 && last === undefined; i--) {
      const child = block.children[i] as AnyNode;
      if (hasSquashedText(child)) last = child;
    }
    if (last === undefined || !isElement(last)) return block;
    if (!BLOCK.has(last.name) && !holdsLines(last)) return block;
    block = last;
  }
}

/**
 * The last lines of a block's own `<br>`-separated text, the last first, up to a block element
 * among its children; empty lines left out, a line too long to be a link's ends them.
 */
function closingLines(block: Element): AnyNode[][] {
  const lines: AnyNode[][] = [];
  let line: AnyNode[] = [];
  for (let i = block.children.length - 1; i >= 0 && lines.length < MOST_CLOSING_LINES; i--) {
    const node = block.children[i] as AnyNode;
    const breaks = isElement(node) && (node.name === 'br' || BLOCK.has(node.name));
    if (!breaks) {
      line.push(node);
      if (line.length > LONGEST_LINK_LINE) break;
      continue;
    }
    if (line.some(hasSquashedText)) lines.push(line.reverse());
    line = [];
    if (isElement(node) && node.name !== 'br') return lines;
  }
  if (line.length <= LONGEST_LINK_LINE && line.some(hasSquashedText)) lines.push(line.reverse());
  return lines;
}

/**
 * Whether a line labels the link lines after it: short, linking nothing, and ending with a colon
 * or set in bold ("Các tin đã đưa:", "<b>Weitere Meldungen</b>") — not a closing byline, which
 * may stand right before them.
 */
function isLinesLabel(line: readonly AnyNode[], isByline: (text: string) => boolean): boolean {
  const text = squash(line.map(textOf).join(''));
  if (text === '' || text.length > LONGEST_LINES_LABEL || isByline(text)) return false;
  if (
    line.some((n) => isElement(n) && (n.name === 'a' || descendants(n).some((d) => d.name === 'a')))
  ) {
    return false;
  }
  const shown = line.filter(hasSquashedText);
  return text.endsWith(':') || shown.every((n) => isElement(n) && BOLD.has(n.name));
}

/**
 * Removes the `<br>`-separated lines of links that close the body, at least
 * {@link MIN_CLOSING_LINK_LINES} of them ("- <a>…</a> (12/03/2024)"), whatever heads them — a
 * label no list names ("Các tin đã đưa:", "Weitere Meldungen:"), which goes with them, or none:
 * old portals list their other stories so, after the article and its closing byline.
 *
 * @param container - the body
 * @param remove - how to remove an element
 * @param texts - the short texts of the body's blocks, told what changes
 * @param isByline - whether a line is a closing byline, which stays
 */
export function removeClosingLinkLines(
  container: Element,
  remove: Remove,
  texts: ShortTexts,
  isByline: (text: string) => boolean,
): void {
  const block = closingLinesBlock(container);
  const lines = closingLines(block);
  let links = 0;
  // A document's link is the article's attachment, and ends the run.
  for (; links < lines.length; links++) {
    const line = lines[links] as AnyNode[];
    if (!isLinkLine(line) || line.some(linksDocument)) break;
  }
  if (links < MIN_CLOSING_LINK_LINES) return;
  const label = lines[links];
  const first =
    label !== undefined && isLinesLabel(label, isByline) ? label : (lines[links - 1] as AnyNode[]);
  const from = block.children.indexOf(first[0] as AnyNode);
  if (from < 0) return;
  for (const node of block.children.slice(from)) {
    if (isElement(node) && node.name !== 'br') remove(node, 'link lines at the end');
    else {
      texts.changed(node);
      detach(node);
    }
  }
}

function isInside(el: Element, container: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p === container) return true;
  return false;
}

/** The most characters of a closing author box: a name, a biography, a link to their page. */
const LONGEST_AUTHOR_BOX = 700;

/**
 * Removes an author box closing the body, from the label that heads it ("Ein Beitrag von:",
 * "Autor*In", "About the author") in whatever element, to the body's end: the label standing
 * alone, not in a link, and what follows it short ({@link LONGEST_AUTHOR_BOX}) and less than a
 * third of the body (the same words above the article head a byline, and stay to its readers).
 */
export function removeClosingAuthorBox(
  container: Element,
  protect: ReadonlySet<Element>,
  remove: Remove,
  texts: ShortTexts,
): void {
  let total: number | null = null;
  for (const el of descendants(container)) {
    if (!HEADINGISH.has(el.name) || protect.has(el)) continue;
    const text = texts.of(el, 40);
    if (text === null || !isAuthorBoxHeading(text) || closest(el, LINK, container) !== null) {
      continue;
    }
    if (!standsAlone(el)) continue;
    const following = followingNodes(el, container);
    const after = following.reduce((n, node) => n + squash(textOf(node)).length, 0);
    if (after === 0 || after > LONGEST_AUTHOR_BOX) continue;
    if (following.some((node) => isElement(node) && protect.has(node))) continue;
    total ??= squash(textOf(container)).length;
    if (after * 3 > total) continue;
    for (const node of following) {
      if (isElement(node)) remove(node, 'closing author box', text);
      else detach(node);
    }
    remove(el, 'author box heading', text);
    return;
  }
}

/** Whether a list item's text is all one link's ("<li><a>15 Amazing Images of Stars</a></li>"). */
export function isOneLink(item: Element): boolean {
  const links = descendants(item).filter((d) => d.name === 'a');
  const text = squash(textOf(item));
  return links.length === 1 && text !== '' && squash(textOf(links[0] as Element)) === text;
}

/** The fewest words of a story's headline in a list of them. */
const MIN_HEADLINE_WORDS = 3;
/** The longest headline of a story in a list of them. */
const LONGEST_LISTED_HEADLINE = 160;

/** A host without its `www.`: the same site's addresses are written both ways. */
function siteHost(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}

/**
 * Whether a link leads to another story of the page's site: the same host, a path of two parts
 * or more, or of one with a slug's hyphen or an id's digit (`/news/uk-1`, `/2024-budget`), not
 * the page itself, a picture or a document.
 */
function isStoryAddress(href: string, page: URL): boolean {
  let target: URL;
  try {
    target = new URL(href, page);
  } catch {
    return false;
  }
  if (!/^https?:$/.test(target.protocol) || siteHost(target) !== siteHost(page)) return false;
  if (target.pathname === page.pathname || PICTURE_FILE.test(target.pathname)) return false;
  const parts = target.pathname.split('/').filter((part) => part !== '');
  return parts.length >= 2 || /[-\d]/.test(parts[0] ?? '');
}

/** A link's text that is a count alone: the other story's comments ("11"), no headline. */
const COUNT = /^\d+$/;

/**
 * Whether a list item is one link to another story, its text a headline's; a count after it,
 * its comments' in a link of their own, is no other link (`<a>…</a><a class="count_cmt">11</a>`).
 */
function isStoryItem(item: Element, page: URL): boolean {
  if (item.name !== 'li' || linksDocument(item)) return false;
  const links = descendants(item).filter((d) => d.name === 'a');
  const [link, ...others] = links.filter((a) => !COUNT.test(squash(textOf(a))));
  if (link === undefined || others.length > 0) return false;
  const text = squash(textOf(link));
  const shown = squash(textOf(item));
  const rest = shown.startsWith(text) ? shown.slice(text.length).replace(/\s/g, '') : '-';
  if (text === '' || (rest !== '' && !COUNT.test(rest) && !datesStory(item, link))) return false;
  return (
    isStoryAddress(link.attribs.href ?? '', page) &&
    countWords(text) >= MIN_HEADLINE_WORDS &&
    text.length <= LONGEST_LISTED_HEADLINE &&
    !text.endsWith(':')
  );
}

/** Marks between a story item's details ("By Jane Doe · November 18, 2024", "– 18.11.2024"). */
const DETAIL_MARKS = /^[\s|·•,–—-]+|[\s|·•,–—-]+$/g;
/** The most characters of a detail besides the date: a writer's name, a section, a count. */
const LONGEST_DETAIL = 40;

/**
 * Whether what a story item shows after its headline's link is the other story's details: its
 * date, and at most short parts beside it — the writer ("By Jane Doe", a name alone), a section,
 * a count —, each a node of its own; a sentence going on after the link is no detail.
 */
function datesStory(item: Element, link: Element): boolean {
  let top: AnyNode = link;
  while (top.parent !== null && top.parent !== item) top = top.parent;
  let dated = false;
  for (let node = top.next; node !== null; node = node.next) {
    const part = squash(textOf(node)).replace(DETAIL_MARKS, '');
    if (part === '' || COUNT.test(part)) continue;
    if (isShortDateline(part, 'UTC')) dated = true;
    else if (part.length > LONGEST_DETAIL || countWords(part) > 4) return false;
  }
  return dated;
}

/** The text nearest `el` on one side in document order, inside `root`, or null. */
function textBeside(el: Element, root: Element, side: 'prev' | 'next'): Text | null {
  const end = side === 'prev' ? 'last' : 'first';
  for (let node: AnyNode = el; node !== root && node.parent !== null; node = node.parent) {
    for (let sib = node[side]; sib !== null; sib = sib[side]) {
      const text = isElement(sib) ? edgeText(sib, end) : sib;
      if (text !== null && isText(text) && text.data.trim() !== '') return text;
    }
  }
  return null;
}

/**
 * Removes the lists set between paragraphs whose every item is one link to another story of the
 * site, its headline: a "read also" box without a label (`<ul><li><a href="/news/uk-1">Second
 * bridge in county shut for checks</a></li>…</ul>`). A list the paragraph before introduces
 * ("Read the reports:"), or under a heading, stays; so does a list of sources on other sites or
 * of documents, and a list inside a list.
 *
 * @param container - the body
 * @param pageUrl - the page's address: the site whose stories the links lead to
 * @param remove - how to remove a list
 */
export function removeStoryLinkLists(container: Element, pageUrl: string, remove: Remove): void {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return;
  }
  for (const list of descendants(container)) {
    if ((list.name !== 'ul' && list.name !== 'ol') || closest(list, ITEM, container) !== null) {
      continue;
    }
    const items = list.children.filter(isElement);
    if (items.length === 0 || !items.every((item) => isStoryItem(item, page))) continue;
    const before = textBeside(list, container, 'prev');
    if (before === null || textBeside(list, container, 'next') === null) continue;
    if (!SENTENCE_END.test(before.data.trim())) continue;
    if (closest(before.parent as Element, ALL_HEADINGS, container) !== null) continue;
    remove(list, 'a list of links to other stories between paragraphs');
  }
}

/** A list's item: a list inside one is part of it. */
const ITEM: ReadonlySet<string> = new Set(['li']);
