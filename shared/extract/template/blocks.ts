/**
 * The blocks of a page as site template learning sees them: every block element without block
 * children (a paragraph, a list item, a module title, a menu cell), with a fingerprint of its
 * normalized text and its place in the page.
 */
import { createHash } from 'node:crypto';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement } from '../content/dom.ts';
import { BLOCK } from '../content/score.ts';

/** A block of the page: a leaf of the block structure, with text. */
export interface PageBlock {
  readonly el: Element;
  /** Hash of the tag path from `<body>` and the normalized text. */
  readonly fingerprint: string;
  /** Characters of normalized text: what the block weighs. */
  readonly chars: number;
}

/** Elements whose text no reader sees. */
const UNSEEN = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/** Hex digits of SHA-256 kept per fingerprint (48 bits: no collisions among a site's blocks). */
const FINGERPRINT_HEX = 12;

/**
 * Text as it repeats from page to page: case folded, whitespace collapsed, and every number
 * made `0`, so a visit counter or a date in a module's line is the same line on every page.
 */
export function normalizeBlockText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{Nd}+(?:[.,:/-]\p{Nd}+)*/gu, '0')
    .replace(/\s+/g, ' ')
    .trim();
}

function fingerprintOf(path: string, text: string): string {
  return createHash('sha256')
    .update(`${path}\n${text}`, 'utf8')
    .digest('hex')
    .slice(0, FINGERPRINT_HEX);
}

/** Where a page's description sits, for its fingerprint: in its head, apart from every block. */
const DESCRIPTION_PATH = 'head>meta[description]';

/**
 * The fingerprint of a page's description (JSON-LD or meta), recorded with its blocks: a
 * description on most of the site's pages is the site's slogan, not the article's summary.
 *
 * @param description - the description as plain text
 * @returns its fingerprint, comparable with those of other pages' descriptions only
 */
export function descriptionFingerprint(description: string): string {
  return fingerprintOf(DESCRIPTION_PATH, normalizeBlockText(description));
}

/** Where a page's declared picture sits, for its fingerprint: in its head, apart from every block. */
const IMAGE_PATH = 'head>meta[image]';

/**
 * The fingerprint of the picture a page declares (`og:image`, …), recorded with its blocks: a
 * picture most of the site's pages declare is the site's default, not the article's. The address
 * is taken as it is (its numbers tell one upload from another).
 *
 * @param url - the picture's absolute URL
 * @returns its fingerprint, comparable with those of other pages' pictures only
 */
export function imageFingerprint(url: string): string {
  return fingerprintOf(IMAGE_PATH, url);
}

/**
 * Lists the leaf blocks of a page in document order.
 *
 * @param root - the parsed page (or its `<body>`)
 * @returns every block element that holds text and no other block, with its fingerprint
 */
export function pageBlocks(root: ParentNode): PageBlock[] {
  const out: PageBlock[] = [];
  // Returns whether `node` holds a block; collects the text of inline content into `text`.
  const visit = (node: AnyNode, path: string, text: string[]): boolean => {
    if (node.type === 'text') {
      text.push(node.data);
      return false;
    }
    if (!isElement(node) || UNSEEN.has(node.name)) return false;
    const isBlock = BLOCK.has(node.name);
    const own: string[] = isBlock ? [] : text;
    const here = node.name === 'html' || node.name === 'body' ? '' : `${path}>${node.name}`;
    let holdsBlock = false;
    for (const child of node.children) if (visit(child, here, own)) holdsBlock = true;
    if (!isBlock) return holdsBlock;
    if (!holdsBlock) {
      const normalized = normalizeBlockText(own.join(''));
      if (normalized !== '') {
        out.push({
          el: node,
          fingerprint: fingerprintOf(here, normalized),
          chars: normalized.length,
        });
      }
    }
    return true;
  };
  for (const child of root.children) visit(child, '', []);
  return out;
}
