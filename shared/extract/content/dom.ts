/**
 * Small, allocation-light helpers over domhandler nodes (the tree behind `cheerio/slim`).
 * The content extractor walks nodes directly instead of running CSS selectors over the whole
 * document: each selector is a full-tree traversal, and speed is a requirement.
 */
import { type AnyNode, Element, type ParentNode } from 'domhandler';
import { fromSource } from '../from-source.ts';
import { cleanText, firstRead, isSpace } from '../text.ts';

/** True for element nodes (htmlparser2 types `<script>` and `<style>` separately). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Lower-cased `class` and `id` of an element, joined by a space. */
export function classAndId(el: Element): string {
  const { class: cls, id } = el.attribs;
  if (cls === undefined && id === undefined) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** A class attribute without capitals or non-ASCII characters: its own lower case. */
const OWN_LOWER_CASE = /^[^A-Z\u0080-\uffff]*$/;

/**
 * What {@link classAndId} gives to a pattern that cannot match a space nor use an anchor (`^`,
 * `$`): the element's `class` itself when it has no `id` and is its own lower case (most
 * elements), else {@link classAndId}. The lower-cased copy is not built for each test.
 *
 * @param el - the element
 * @returns text that such a pattern matches exactly where it matches {@link classAndId}
 */
export function classWords(el: Element): string {
  const { class: cls, id } = el.attribs;
  if (id === undefined && cls !== undefined && OWN_LOWER_CASE.test(cls)) return cls;
  return classAndId(el);
}

/**
 * Inline styles that hide an element: `display: none`, `visibility: hidden`, and the
 * "visually hidden" recipe that keeps text for screen readers only (clipped to nothing).
 */
const HIDDEN_STYLE =
  /(?:^|;|\s)(?:display\s*:\s*none|visibility\s*:\s*hidden|clip\s*:\s*rect\(\s*(?:0|1px)[^)]*\)|clip-path\s*:\s*inset\(\s*50%)/i;

/**
 * Utility classes that mean `display: none` or screen readers only (Bootstrap, Tailwind,
 * WordPress, Drupal, Foundation, common CMS themes, the German government's Site Builder's
 * `aural`).
 */
const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|d-none|invisible|is-hidden|element-invisible|show-for-sr|go-vh|aural)(?:\s|$)/;

/**
 * A class word naming text kept for screen readers only, whatever its prefix, suffix or case
 * (`sr-only`, `h-offscreen`, `o-VisuallyHidden`, `u-hidden-text`, a CSS module's
 * `Screenreader_text__x1Y2z`). A word with a responsive prefix (`max-sm:sr-only`) is left
 * shown: it hides the text on some screens only.
 */
const SCREEN_READER_CLASS =
  /(?:^|\s)[^\s:]*(?:sr-only|visually-?hidden|screen-?reader|offscreen|a11y-hidden|hidden-?text|assistive-text|hiddendash)[^\s:]*(?=\s|$)/i;
/** {@link SCREEN_READER_CLASS}'s words anywhere: the quick test before the exact one. */
const SCREEN_READER_WORD =
  /sr-only|visually-?hidden|screen-?reader|offscreen|a11y-hidden|hidden-?text|assistive-text|hiddendash/i;

/**
 * True when the page marks the element as not rendered: `hidden`, `aria-hidden="true"`,
 * `display:none`/`visibility:hidden` inline, a hiding utility class, or a class of text for
 * screen readers only.
 */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  let cls: string | undefined;
  let style: string | undefined;
  // One pass over the element's attributes (most have one or two), not a lookup of each name:
  // the attribute objects of a page have hundreds of shapes, on which a lookup is slow.
  for (const name in a) {
    if (name === 'class') cls = a[name];
    else if (name === 'style') style = a[name];
    else if (name === 'aria-hidden') {
      if (a[name] === 'true') return true;
    } else if (name === 'hidden') {
      // React's streamed segments (`<div hidden id="S:1">`) are moved into place and shown by
      // the page's own script as soon as it runs: they are the page.
      if (!(el.name === 'div' && a.id?.startsWith('S:'))) return true;
    }
  }
  if (
    cls !== undefined &&
    (HIDDEN_CLASS.test(cls) || (SCREEN_READER_WORD.test(cls) && SCREEN_READER_CLASS.test(cls)))
  ) {
    return true;
  }
  if (style === undefined) return false;
  if (HIDDEN_STYLE.test(style)) return true;
  // The bullet Word writes before a list paragraph, marked for Word to ignore as it draws its
  // own: one character ("·", a Wingdings "§"); a number ("1.") is the text's numbering.
  return /mso-list\s*:\s*ignore/i.test(style) && squash(textOf(el)).length < 2;
}

/** The siblings {@link standsAlone} reads on each side. */
const LINE_ELEMENTS = 32;

/**
 * Whether `el` stands on a line of its own, no text beside it on its line — between the line
 * breaks or blocks around it in its parent: a button's "Teilen" or a heading's "Related", not
 * the same words linked or set in bold inside a sentence.
 */
export function standsAlone(el: Element): boolean {
  for (const side of ['prev', 'next'] as const) {
    // A line has few elements: past these, a run of them without text is no sentence (and a
    // box of thousands of labels is not read once per label).
    let left = LINE_ELEMENTS;
    for (let n = el[side]; n !== null && left > 0; n = n[side], left--) {
      if (n.type === 'text') {
        if (n.data.trim() !== '') return false;
      } else if (isElement(n) && (n.name === 'br' || LINE_BLOCKS.has(n.name))) break;
    }
  }
  return true;
}

/**
 * The nodes after `el` in document order up to the end of `container`: its following siblings,
 * then each ancestor's, up to the container's children.
 */
export function followingNodes(el: Element, container: Element): AnyNode[] {
  const following: AnyNode[] = [];
  for (let node: Element = el; node !== container; ) {
    const parent = node.parent;
    if (parent === null || !isElement(parent as AnyNode)) break;
    following.push(...parent.children.slice(parent.children.indexOf(node) + 1));
    node = parent as Element;
  }
  return following;
}

/**
 * The concatenated text of a node and its descendants (comments excluded). Its parts are joined
 * once, into a flat string: a string built by `+=` is a tree of pieces that each regular
 * expression test flattens again, and these texts are tested by many.
 */
export function textOf(node: AnyNode): string {
  return joinedText(node, holdsText);
}

/**
 * The text of a node and its descendants without what scripts and style sheets hold: the text
 * of its `<tag>` elements (`textExcept([node], () => false)` for one node, without a stack).
 */
export function textWithoutCode(node: AnyNode): string {
  return joinedText(node, isTag);
}

/** Whether {@link textOf} reads a node's children: all but a CDATA section's. */
function holdsText(node: AnyNode): node is ParentNode {
  return 'children' in node && node.type !== 'cdata';
}

/** Whether {@link textWithoutCode} reads a node's children: a `<tag>` element's only. */
function isTag(node: AnyNode): node is ParentNode {
  return node.type === 'tag';
}

/** The texts under `node` that `read` lets in, joined once (see {@link textOf}). */
function joinedText(node: AnyNode, read: (node: AnyNode) => node is ParentNode): string {
  if (node.type === 'text') return node.data;
  if (!read(node)) return '';
  const { children } = node;
  if (children.length === 1) return joinedText(children[0] as AnyNode, read);
  const parts: string[] = [];
  collectText(node, read, parts);
  return parts.join('');
}

/** Appends the texts under `node` that `read` lets in to `parts`, in document order. */
function collectText(
  node: ParentNode,
  read: (node: AnyNode) => node is ParentNode,
  parts: string[],
): void {
  for (const child of node.children) {
    if (child.type === 'text') parts.push(child.data);
    else if (read(child)) collectText(child, read, parts);
  }
}

/**
 * Whether a node's text, trimmed, is at most `max` characters long
 * (`textOf(node).trim().length <= max`), read only as far as needed: the text read so far,
 * trimmed, is never longer than the whole text trimmed, so the walk stops once it is over `max`.
 * A few characters asked of a box that holds a long table need not read the table.
 *
 * @param node - the node
 * @param max - the most characters
 * @returns true when the trimmed text is that short
 */
export function trimmedTextFits(node: AnyNode, max: number): boolean {
  // Offsets in the text read so far: its length, its first character that is not whitespace
  // (-1 before any) and the end of its last.
  const read = { length: 0, first: -1, end: 0 };
  const fits = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      const d = n.data;
      let j = d.length;
      while (j > 0 && isSpace(d.charCodeAt(j - 1))) j--;
      if (j > 0) {
        if (read.first < 0) {
          let i = 0;
          while (isSpace(d.charCodeAt(i))) i++;
          read.first = read.length + i;
        }
        read.end = read.length + j;
      }
      read.length += d.length;
      return read.first < 0 || read.end - read.first <= max;
    }
    if (!('children' in n) || n.type === 'cdata') return true;
    for (const child of n.children) if (!fits(child)) return false;
    return true;
  };
  return fits(node);
}

/** A script or style sheet: an element whose text no reader sees (cheerio's `.text()` has it). */
function isCode(el: Element): boolean {
  return el.type === 'script' || el.type === 'style';
}

/**
 * The text a reader sees of some nodes, leaving out what the elements `skip` names hold and what
 * scripts and style sheets hold (cheerio's `.text()` of the rest, comments excluded). A walk
 * with a stack, not recursion: bodies can be deep, and no copy of the tree is made (removing
 * thousands of links from a clone is quadratic).
 *
 * @param nodes - the nodes, in document order
 * @param skip - whether an element's subtree is left out
 * @param limit - once the text read is longer, the rest is not read: the text returned begins
 *   the whole text, longer than `limit` (a box's length asked only up to a bound)
 * @returns their text
 * @example
 * textExcept(container.children, (el) => el.name === 'a'); // the text outside links
 */
export function textExcept(
  nodes: readonly AnyNode[],
  skip: (el: Element) => boolean,
  limit = Number.POSITIVE_INFINITY,
): string {
  let text = '';
  const stack = [...nodes].reverse();
  while (stack.length > 0 && text.length <= limit) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') text += node.data;
    else if (isElement(node) && !isCode(node) && !skip(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return text;
}

/** Elements whose text no reader sees, besides scripts and style sheets (`textExcept` skips). */
const UNRENDERED: ReadonlySet<string> = new Set(['noscript', 'template']);
/** An SVG graphic's text alternatives: a tooltip and a description, not shown text. */
const SVG_ALTERNATIVES: ReadonlySet<string> = new Set(['title', 'desc']);
const SVG: ReadonlySet<string> = new Set(['svg']);

/** Whether a reader sees no text of an element's subtree (see {@link renderedText}). */
export function unrendered(el: Element): boolean {
  return (
    UNRENDERED.has(el.name) ||
    (SVG_ALTERNATIVES.has(el.name) && closest(el, SVG, null) !== null) ||
    isBareReading(el)
  );
}

/**
 * Whether an element is a `<ruby>` reading (`<rt>`) without fallback brackets (`<rp>`) beside
 * it: an annotation above the text ("西<rt>にし</rt>"), not words of it. With brackets,
 * the reading reads as text does where ruby is not shown: "気象庁(きしょうちょう)".
 *
 * @param el - the element
 * @returns true for such a reading
 */
export function isBareReading(el: Element): boolean {
  if (el.name !== 'rt') return false;
  // The brackets stand right around their reading: <rp>(</rp><rt>…</rt><rp>)</rp>.
  return siblingElement(el, 'prev')?.name !== 'rp' && siblingElement(el, 'next')?.name !== 'rp';
}

/**
 * The text a reader sees of one element: {@link textExcept} leaving out scripts, style sheets,
 * `<noscript>`, `<template>` and an SVG icon's `<title>` and `<desc>` (what a browser shows; an
 * icon's name, "chevron-right", is a tooltip).
 *
 * @param el - the element
 * @returns its text
 */
export function renderedText(el: AnyNode): string {
  return textExcept([el], unrendered);
}

/**
 * The length of the text a reader sees of an element ({@link renderedText}) once cleaned
 * ({@link cleanText}) when at most `max`, else a length over `max`: read only as far as needed
 * (each of 10,000 boxes nested shows every box inside it), as {@link cleanTextWithin} reads.
 *
 * @param el - the element
 * @param max - the most characters asked about
 * @returns the cleaned length, exact up to `max`
 */
export function renderedLengthWithin(el: AnyNode, max: number): number {
  const read = firstRead(max);
  const start = textExcept([el], unrendered, read);
  if (start.length <= read) return cleanText(start).length;
  // The text before an ASCII space cleans to a start of the whole text.
  const cut = start.lastIndexOf(' ', read);
  const over = cut > 0 ? cleanText(start.slice(0, cut)).length : 0;
  return over > max ? over : cleanText(renderedText(el)).length;
}

/**
 * An element's text as a reader sees it run on one line: {@link renderedText}, with a space
 * where it breaks, at each `<br>` and between the elements of `blocks` (a standfirst's two lines,
 * a summary's list items: "…support plan<br>Income criteria…" is not "planIncome").
 *
 * @param el - the element
 * @param blocks - the elements laid out on lines of their own (the body finder's `BLOCK`)
 * @param skip - whether an element's subtree is left out too, besides what is not rendered
 * @returns its lines joined by spaces, not cleaned
 */
export function renderedLine(
  el: AnyNode,
  blocks: ReadonlySet<string>,
  skip?: (el: Element) => boolean,
): string {
  const left = skip === undefined ? unrendered : (e: Element) => unrendered(e) || skip(e);
  return linesExcept([el], left, blocks).join(' ');
}

/** The heading elements, `<h1>` to `<h6>`. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** List elements (their items are `li`). */
export const LISTS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** Formatting elements that may sit inside a word (`Die <b>Bundes</b>regierung`). */
export const IN_WORD: ReadonlySet<string> = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sup',
  'sub',
  'small',
  'mark',
  'abbr',
  'ruby',
  'rb',
]);
/**
 * Where an element starts or ends, in a line being read with `apart` (a private-use character:
 * an icon font's glyph at worst, which a byline's names do not need).
 */
const EDGE = '\uE000';
/** Where a line read with `apart` breaks at a run-together edge. */
const APART = '\uE001';
/**
 * An element's edge between a letter or digit and a capital, a digit or "@": the end of one word
 * and the start of the next, laid out apart ("Sophie Foster|Travel News Reporter"). A small letter
 * after the edge goes on the word (`Molly Woo<span class="last-letter">d</span>`). The
 * lookahead for an edge first: V8 tries the terms in order at every position, and a lookbehind
 * for a letter there costs five times the whole search.
 */
const RUN_TOGETHER = fromSource(
  String.raw`(?=\uE000)(?<=[\p{L}\p{N}])\uE000+(?=[\p{Lu}\p{Lt}\p{N}@])`,
  'gu',
);

/**
 * The text of some nodes as the lines a reader sees: {@link textExcept}, with a break at each
 * `<br>` and each element laid out on a line of its own (`<div>Name</div><div>Outlet</div>` is
 * two lines, not "NameOutlet"). Lines are not cleaned; empty ones are dropped.
 *
 * @param nodes - the nodes, in document order
 * @param skip - whether an element's subtree is left out
 * @param blocks - the elements laid out on lines of their own (the body finder's `BLOCK`)
 * @param apart - also break where the text of two elements (spans, links) meets with nothing
 *   between a word and the next, capitalized (`<a>Sophie Foster</a><span>Reporter</span>`): a
 *   page lays them out apart, or it would have written a space; formatting inside a word does
 *   not break
 * @returns the lines, in order
 */
export function linesExcept(
  nodes: readonly AnyNode[],
  skip: (el: Element) => boolean,
  blocks: ReadonlySet<string>,
  apart = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    const parts = apart
      ? line.replace(RUN_TOGETHER, APART).replaceAll(EDGE, '').split(APART)
      : [line];
    for (const part of parts) if (part.trim() !== '') lines.push(part);
    line = '';
  };
  const BREAK = null;
  const stack: (AnyNode | string | null)[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') line += node;
    else if (node === BREAK || (node !== undefined && isElement(node) && node.name === 'br')) {
      push();
    } else if (node !== undefined && node.type === 'text') line += node.data;
    else if (node !== undefined && isElement(node) && !isCode(node) && !skip(node)) {
      const own = blocks.has(node.name);
      const edge = apart && !IN_WORD.has(node.name);
      if (own) stack.push(BREAK);
      if (edge) stack.push(EDGE);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      if (edge) stack.push(EDGE);
      if (own) stack.push(BREAK);
    }
  }
  push();
  return lines;
}

/** Where a link to a picture's own file leads: `.jpg`, `.png`, `.webp`, … */
export const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** A link to a document file: `.pdf`, `.docx`, `.xlsx`, … */
const DOCUMENT_HREF = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|zip|rar|7z)(?:$|[?#])/i;

/**
 * Whether a node is or holds a link to a document file: an article's attachment (a government
 * portal's decision and annexes), not a link to another story.
 */
export function linksDocument(node: AnyNode): boolean {
  if (!isElement(node)) return false;
  const links = node.name === 'a' ? [node] : descendants(node).filter((d) => d.name === 'a');
  return links.some((a) => DOCUMENT_HREF.test(a.attribs.href ?? ''));
}

/**
 * Whether an element is a box of the article's attachments: it links at least one document
 * file ({@link linksDocument}) and nothing else.
 */
export function linksOnlyDocuments(element: Element): boolean {
  let documents = 0;
  for (const d of descendants(element)) {
    const href = d.name === 'a' ? d.attribs.href : undefined;
    if (href === undefined) continue;
    if (!DOCUMENT_HREF.test(href)) return false;
    documents++;
  }
  return documents > 0;
}

/**
 * Whether the node holds any text that {@link squash} keeps (stops at the first: the same as
 * `squash(textOf(node)) !== ''` without reading a large subtree whole).
 */
export function hasSquashedText(node: AnyNode): boolean {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as AnyNode;
    if (next.type === 'text') {
      if (/\S/.test(next.data)) return true;
    } else if (isElement(next)) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as AnyNode);
    }
  }
  return false;
}

/**
 * The length of a text once each whitespace run is one space (`text.replace(/\s+/g, ' ')`),
 * without building that text.
 */
export function collapsedLength(text: string): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/**
 * Whitespace that collapsing changes: a whitespace character other than a space, or a space
 * before whitespace. A pattern, not a loop over `charCodeAt`: V8's matcher scans a text about
 * five times faster (`\s` is {@link isSpace}'s set).
 */
const SPACE_RUN = /[^\S ]| \s/;

/**
 * Whether `text` holds whitespace that collapsing changes: a whitespace character other than a
 * space, or two in a row.
 */
export function hasSpaceRun(text: string): boolean {
  return SPACE_RUN.test(text);
}

/**
 * Text collapsed to single spaces and trimmed (`text.replace(/\s+/g, ' ').trim()`), the text
 * itself when nothing changes.
 */
export function squash(text: string): string {
  const n = text.length;
  let start = 0;
  while (start < n && isSpace(text.charCodeAt(start))) start++;
  if (start === n) return '';
  let end = n;
  while (isSpace(text.charCodeAt(end - 1))) end--;
  const core = start === 0 && end === n ? text : text.slice(start, end);
  return hasSpaceRun(core) ? core.replace(/\s+/g, ' ') : core;
}

/**
 * Whether an element's `rel` holds a token (`rel="category tag"` names a category and a tag),
 * in any case.
 */
export function hasRel(el: Element, token: string): boolean {
  return el.attribs.rel?.toLowerCase().split(/\s+/).includes(token) === true;
}

/** A class word of a picture's caption, credit or description (`atc-ImageDescription`). */
const PICTURE_TEXT = /caption|credit|image-?description/i;

/**
 * Whether any class of an element names a picture's caption, credit or description, whatever
 * its other classes say (`description img-caption`, `summary wp-caption-text`): the picture's
 * text.
 *
 * @param el - the element
 * @returns true for `class="credit video-credit"`, `class="wp-caption-text"`
 */
export function namesPictureText(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && PICTURE_TEXT.test(cls);
}

/**
 * Whether an element's `itemprop` names a property: the attribute is a list of them
 * (`itemprop="author name"` marks both), case-sensitive as microdata is.
 *
 * @param el - the element
 * @param property - e.g. `author`, `datePublished`
 * @returns true when the list holds the property
 */
export function hasItemprop(el: Element, property: string): boolean {
  const value = el.attribs.itemprop;
  if (value === undefined) return false;
  return (
    value === property || (value.length > property.length && value.split(/\s+/).includes(property))
  );
}

/** Whether a table cell is the only cell of its row (a layout's line, not a table's data). */
export function isLoneCell(cell: Element): boolean {
  const row = cell.parent;
  if (row === null || !isElement(row as AnyNode) || (row as Element).name !== 'tr') return false;
  return (
    (row as Element).children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th'))
      .length === 1
  );
}

/** Removes a node from its parent (keeps sibling links consistent). */
export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (parent === null) return;
  const siblings = parent.children;
  const index = siblings.indexOf(node as (typeof siblings)[number]);
  if (index >= 0) siblings.splice(index, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/**
 * Detaches every node of `nodes` at once: each parent's children are rebuilt and relinked once,
 * where {@link detach} on each would search and splice the sibling array each time (quadratic:
 * 50,000 comments in one paragraph took 6 to 14 s). Up to {@link FEW} nodes are detached one by
 * one. The tree is the one {@link detach} on each node in turn builds.
 *
 * @param nodes - the nodes to take out (a node without a parent is left as it is)
 */
export function detachAll(nodes: Iterable<AnyNode>): void {
  const edits = new Map<AnyNode, readonly AnyNode[]>();
  for (const node of nodes) edits.set(node, NOTHING);
  if (edits.size > FEW) replaceAll(edits);
  // A few are detached one by one: a splice moves memory faster than a rebuild of the list
  // runs (a caption paired between each two images left out flushes one at a time).
  else for (const node of edits.keys()) detach(node);
}

const NOTHING: readonly AnyNode[] = [];

/** How many nodes {@link detachAll} detaches one by one. */
const FEW = 8;

/**
 * Replaces each node (a key of `edits`) by its nodes, at once: the tree {@link replaceWith} on
 * each entry in turn builds, with each parent's children rebuilt and relinked once instead of
 * spliced and relinked for each entry (quadratic: 12,475 sibling layout tables took 3 s).
 * A replaced node without a parent is skipped, its nodes left where they are.
 *
 * @param edits - the nodes to replace and, for each, what takes its place (detached from
 *   wherever it is). No node is replaced twice or put in two places, and no replaced node is
 *   among the nodes put in place of another: the result would depend on the order.
 */
export function replaceAll(edits: ReadonlyMap<AnyNode, readonly AnyNode[]>): void {
  const parents = new Set<ParentNode>();
  const moved = new Set<AnyNode>();
  for (const [node, nodes] of edits) {
    if (node.parent === null) continue;
    parents.add(node.parent);
    for (const n of nodes) {
      moved.add(n);
      if (n.parent !== null) parents.add(n.parent);
    }
  }
  for (const parent of parents) {
    const kept: AnyNode[] = [];
    for (const child of parent.children as AnyNode[]) {
      const replacement = edits.get(child);
      if (replacement !== undefined) {
        // A loop, not push(...): a spread of 100,000 nodes overflows the call stack.
        for (const n of replacement) kept.push(n);
        child.parent = null;
        child.prev = null;
        child.next = null;
      } else if (!moved.has(child)) kept.push(child);
    }
    parent.children = kept as typeof parent.children;
  }
  // Linked once every array is rebuilt: a moved node may leave one rebuilt parent for another.
  for (const parent of parents) relink(parent);
}

/** Replaces a node by its children, in place. */
export function unwrap(el: Element): void {
  replaceWith(el, el.children);
}

/**
 * Replaces `node` by `nodes` (which are detached from wherever they were; its own children are
 * simply moved). Linear in the children involved, and without spreading them into a call: a
 * box of a hundred thousand children is unwrapped as a small one is.
 */
export function replaceWith(node: AnyNode, nodes: readonly AnyNode[]): void {
  const parent = node.parent;
  if (parent === null) return;
  const moved = [...nodes] as (typeof parent.children)[number][];
  for (const n of moved) if (n.parent !== null && n !== node && n.parent !== node) detach(n);
  if (isElement(node) && moved.some((n) => n.parent === node)) {
    const left = new Set<AnyNode>(moved);
    node.children = node.children.filter((c) => !left.has(c));
    relink(node);
  }
  const siblings = parent.children;
  const index = siblings.indexOf(node as (typeof siblings)[number]);
  if (index < 0) return;
  const after = siblings.splice(index);
  after.shift();
  for (const n of moved) siblings.push(n);
  for (const n of after) siblings.push(n);
  relink(parent);
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Appends `child` (detached first) as the last child of `parent`. */
export function append(parent: ParentNode, child: AnyNode): void {
  if (child.parent !== null) detach(child);
  const siblings = parent.children;
  const last = siblings[siblings.length - 1] ?? null;
  siblings.push(child as (typeof siblings)[number]);
  child.parent = parent;
  child.prev = last;
  child.next = null;
  if (last) last.next = child;
}

/**
 * Moves `parts` (siblings, in document order) into a new element put where the first one was:
 * what `$(parts).wrapAll('<div></div>')` does, without running the HTML parser on that markup.
 *
 * @param parts - at least one node; all children of one parent
 * @param name - the new element's tag name
 * @returns the new element
 */
export function wrapSiblings(parts: readonly AnyNode[], name = 'div'): Element {
  const wrapper = new Element(name, {});
  replaceWith(parts[0] as AnyNode, [wrapper]);
  for (const part of parts) append(wrapper, part);
  return wrapper;
}

/** Recomputes parent/prev/next links of all children of `parent`. */
export function relink(parent: ParentNode): void {
  const siblings = parent.children;
  for (let i = 0; i < siblings.length; i++) {
    const n = siblings[i] as AnyNode;
    n.parent = parent;
    n.prev = siblings[i - 1] ?? null;
    n.next = siblings[i + 1] ?? null;
  }
}

/** Whether an element is a link or holds one (a back link's box, a line of share buttons). */
export function holdsLink(el: Element): boolean {
  return el.name === 'a' || descendants(el).some((d) => d.name === 'a');
}

/**
 * Every element below `root` in document order (a snapshot, safe to mutate while iterating).
 * Filled by a recursive walk rather than from a stack of every node to visit: no copy of the
 * children, no text node pushed and popped, only the list returned is allocated (the page's
 * nesting is bounded by `flattenDeepNesting` before the extractor walks it).
 */
export function descendants(root: ParentNode): Element[] {
  const out: Element[] = [];
  collectElements(root, out);
  return out;
}

/** Appends the elements below `node` to `out`, in document order. */
function collectElements(node: ParentNode, out: Element[]): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    out.push(child);
    collectElements(child, out);
  }
}

/**
 * Whether `ancestor` is above `node` in the tree (not the node itself).
 *
 * @param node - any node
 * @param ancestor - a possible ancestor
 * @returns true when a walk up from `node` meets `ancestor`
 */
export function isBelow(node: AnyNode, ancestor: AnyNode): boolean {
  for (let up = node.parent; up !== null; up = up.parent) if (up === ancestor) return true;
  return false;
}

/** Blocks that make an element a wrapper of lines rather than a line. */
const LINE_BLOCKS = new Set(['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);

/** Whether an element holds blocks of its own (lines), not only text and inline elements. */
export function holdsBlocks(el: Element): boolean {
  return el.children.some((c) => isElement(c) && LINE_BLOCKS.has(c.name));
}

/** The nearest ancestor (or the element itself) with one of the tag names, below `stop`. */
export function closest(
  el: Element,
  names: ReadonlySet<string>,
  stop: ParentNode | null,
): Element | null {
  let node: ParentNode | null = el;
  while (node !== null && node !== stop) {
    if (node.type === 'tag' && names.has((node as Element).name)) return node as Element;
    node = node.parent;
  }
  return null;
}

/** The element's own text nodes, joined by a space (its elements' texts left out). */
export function ownText(el: Element): string {
  let text: string | null = null;
  for (const child of el.children) {
    if (child.type === 'text') text = text === null ? child.data : `${text} ${child.data}`;
  }
  return text ?? '';
}

/** The `<header>` element, which holds a page's or an article's headline and standfirst. */
export const HEADER: ReadonlySet<string> = new Set(['header']);

/**
 * The element next to `node` among its siblings, past whitespace, or null when text or nothing
 * comes first.
 *
 * @param node - where to start
 * @param side - `next` or `prev`
 * @returns the sibling element
 */
export function siblingElement(node: AnyNode, side: 'next' | 'prev'): Element | null {
  for (let n = node[side]; n !== null; n = n[side]) {
    if (isElement(n)) return n;
    if (n.type === 'text' && n.data.trim() !== '') return null;
  }
  return null;
}

/** How many children of `el` show something: elements, and text that is more than spaces. */
export function shownParts(el: Element): number {
  let parts = 0;
  for (const child of el.children) {
    if (child.type !== 'text' || child.data.trim() !== '') parts++;
  }
  return parts;
}

/** The nodes from the root down to `node`, itself included. */
function pathFromRoot(node: AnyNode): AnyNode[] {
  const path: AnyNode[] = [];
  for (let at: AnyNode | null = node; at !== null; at = at.parent) path.push(at);
  return path.reverse();
}

/**
 * Whether `a` comes before `b` in document order (an ancestor comes before what it holds).
 *
 * @param a - a node
 * @param b - a node of the same tree
 * @returns true when `a` starts before `b`
 */
export function precedes(a: AnyNode, b: AnyNode): boolean {
  const up = pathFromRoot(a);
  const down = pathFromRoot(b);
  let i = 0;
  while (i < up.length && i < down.length && up[i] === down[i]) i++;
  if (i === up.length) return i < down.length; // `a` holds `b`
  if (i === down.length) return false; // `b` holds `a`
  const parent = up[i - 1];
  const siblings = parent !== undefined && 'children' in parent ? parent.children : [];
  return siblings.indexOf(up[i] as AnyNode) < siblings.indexOf(down[i] as AnyNode);
}

/**
 * The first or last text of `container` with a character other than whitespace (scripts' and
 * styles' aside), or null.
 *
 * @param container - the element read
 * @param end - which end of its text
 */
export function edgeText(container: Element, end: 'first' | 'last'): AnyNode | null {
  const order = (nodes: readonly AnyNode[]) => (end === 'first' ? [...nodes].reverse() : nodes);
  const stack: AnyNode[] = [...order(container.children)];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      if (node.data.trim() !== '') return node;
    } else if (isElement(node) && node.name !== 'script' && node.name !== 'style') {
      stack.push(...order(node.children));
    }
  }
  return null;
}

/**
 * Whether an `<h1>` heads a section's paragraphs beside two or more others that do in its
 * parent, a paragraph before it there: a document's section heading (Word writes "Heading 1"
 * so), not the page's headline, which opens the run. An `<h1>` over a list or a box (a flat
 * template's "Latest news" after the article) heads no section: a headline between a logo's
 * `<h1>` and such a box's is the page's.
 */
export function isSectionH1(el: Element): boolean {
  if (!headsParagraph(el)) return false;
  let at = siblingElement(el, 'prev');
  while (at !== null && at.name !== 'p') at = siblingElement(at, 'prev');
  if (at === null) return false;
  // Two others are enough: the count stops there, or each of a page's thousands of <h1>s
  // side by side would count them all.
  let others = 0;
  for (const child of el.parent?.children ?? []) {
    if (child !== el && isElement(child) && headsParagraph(child) && ++others === 2) return true;
  }
  return false;
}

/** Whether an element is an `<h1>` right before a paragraph. */
function headsParagraph(el: Element): boolean {
  return el.name === 'h1' && siblingElement(el, 'next')?.name === 'p';
}

/** Elements that set words within a line of text (phrasing content). */
export const INLINE: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);
