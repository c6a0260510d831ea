/**
 * Tables of contents inside the body: a title ("Table of Contents", "Mục lục",
 * "Inhaltsverzeichnis", "Sommaire") over a list of links to the parts of the page, by their form
 * whatever the plugin (Easy TOC's `#ez-toc-container`, RankMath's TOC block, a theme's own).
 */
import type { Element } from 'domhandler';
import { descendants, isElement, shownParts, siblingElement, squash, textOf } from './dom.ts';
import type { ShortTexts } from './short-text.ts';

/** The elements a table of contents lists its links in. */
const LISTS: ReadonlySet<string> = new Set(['ul', 'ol', 'nav']);

/** Fewest links of a table of contents. */
const MIN_TOC_LINKS = 2;

/** Share of a list's text its links hold, at least, in a table of contents (numbers aside). */
const MIN_TOC_LINK_SHARE = 0.8;

/** Longest title of a table of contents ("Table of Contents", "Nội dung chính", "Contenido"). */
const MAX_TOC_TITLE = 60;

/** A link to a named part of this page ("#background"), not to the page itself ("#"). */
const IN_PAGE = /^\s*#\S/;

/** A link that leads nowhere: a title's toggle ("#", "javascript:"). */
const NOWHERE = /^\s*(?:#\s*$|javascript:|$)/i;

/**
 * The tables of contents below `container`: each, the box holding only its title and its list,
 * or the title and the list when they stand among the body's blocks. A table of contents is a
 * list (`<ul>`, `<ol>`, `<nav>`, nested lists read with it) of {@link MIN_TOC_LINKS} links or
 * more, every one to a part of the page, with little text besides, under a short line that is
 * no sentence and links nowhere else ({@link isTocTitle}). A list of links without its title is
 * left to the other rules.
 *
 * @param container - the body
 * @param elements - the container's descendants, in document order
 * @param keep - blocks no rule removes (the best-scored block and its ancestors)
 * @param texts - the cleaner's short texts
 * @returns the elements to remove, a table of contents each
 */
export function tablesOfContents(
  container: Element,
  elements: readonly Element[],
  keep: ReadonlySet<Element>,
  texts: ShortTexts,
): Element[][] {
  const out: Element[][] = [];
  const inLists = new Set<Element>();
  for (const el of elements) {
    if (!LISTS.has(el.name) || inLists.has(el)) continue;
    // Read once, the outermost list: the lists nested in it are read with it.
    const inside = descendants(el);
    for (const d of inside) inLists.add(d);
    if (!linksToParts(el, inside)) continue;
    const parts = tocParts(el, container, keep, texts);
    if (parts !== null) out.push(parts);
  }
  return out;
}

/** Whether a list's links, enough of them, all lead to parts of the page, its text theirs. */
function linksToParts(list: Element, inside: readonly Element[]): boolean {
  let links = 0;
  let linkText = 0;
  for (const d of inside) {
    if (d.name !== 'a') continue;
    if (!IN_PAGE.test(d.attribs.href ?? '')) return false;
    links++;
    linkText += squash(textOf(d)).length;
  }
  return links >= MIN_TOC_LINKS && linkText >= squash(textOf(list)).length * MIN_TOC_LINK_SHARE;
}

/**
 * The table of contents a list of links to parts of the page belongs to: the box of its title
 * and the list (the wrappers holding the list alone read as the list), or the title and the list
 * standing among other blocks. Null without a title right before the list.
 */
function tocParts(
  list: Element,
  container: Element,
  keep: ReadonlySet<Element>,
  texts: ShortTexts,
): Element[] | null {
  let block = list;
  for (
    let up = block.parent;
    up !== null && isElement(up) && up !== container && shownParts(up) === 1;
    up = up.parent
  ) {
    block = up;
  }
  const title = siblingElement(block, 'prev');
  if (title === null || keep.has(title) || !isTocTitle(title, texts)) return null;
  const box = block.parent;
  if (
    box !== null &&
    isElement(box) &&
    box !== container &&
    !keep.has(box) &&
    shownParts(box) === 2
  ) {
    return [box];
  }
  return keep.has(block) ? null : [title, block];
}

/**
 * Whether a block reads as a table of contents' title: a short line, no sentence, no headline,
 * no picture, and no link but a toggle's to nowhere (Easy TOC's button beside its title).
 */
function isTocTitle(el: Element, texts: ShortTexts): boolean {
  if (el.name === 'h1' || LISTS.has(el.name)) return false;
  const text = texts.of(el, MAX_TOC_TITLE);
  if (text === null || text === '' || /[.!?]$/u.test(text)) return false;
  return !descendants(el).some(
    (d) => d.name === 'img' || (d.name === 'a' && !NOWHERE.test(d.attribs.href ?? '')),
  );
}
