/**
 * Lines of links that metadata readers take a labelled value from: the tags after "Từ khóa:"
 * ("Từ khóa: <a>cải cách</a>, <a>năm 2023</a>"), the section after "Chuyên mục:".
 */
import type { Element, ParentNode } from 'domhandler';
import { textOf } from './content/dom.ts';
import type { PageIndex } from './page-index.ts';
import { cleanText, hasLetterOrDigit } from './text.ts';

/** A line of links, and the label before its first link (empty when there is none). */
export interface LinkLine {
  readonly line: Element;
  readonly label: string;
  readonly links: readonly Element[];
}

/**
 * The page's lines of links, each once: the elements that hold links, a label of at most
 * `maxLabel` characters before the first, and nothing but separators after it (a line with
 * words between its links is a sentence's, and one with a longer label is text).
 *
 * @param index - the page's elements
 * @param maxLabel - the longest label read before the first link
 * @returns the lines, in document order
 */
export function linkLines(index: PageIndex, maxLabel: number): LinkLine[] {
  const read = new Set<ParentNode>();
  const lines: LinkLine[] = [];
  for (const link of index.byTag('a')) {
    const line = link.parent;
    if (line === null || line.type !== 'tag' || read.has(line)) continue;
    read.add(line);
    const found = readLine(line as Element, maxLabel);
    if (found !== null) lines.push(found);
  }
  return lines;
}

function readLine(line: Element, maxLabel: number): LinkLine | null {
  let label = '';
  const links: Element[] = [];
  for (const child of line.children) {
    if (child.type === 'tag' && child.name === 'a') links.push(child);
    else if (links.length === 0) {
      label += textOf(child);
      if (label.length > maxLabel) return null;
    } else if (hasLetterOrDigit(textOf(child))) return null;
  }
  return links.length === 0 ? null : { line, label: cleanText(label), links };
}
