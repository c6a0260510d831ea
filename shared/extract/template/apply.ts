/**
 * Removes a site's furniture from a page: the blocks seen on most of the site's other recent
 * pages at the same place, whatever their class names or language.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement } from '../content/dom.ts';
import type { Remove } from '../content/removal.ts';
import type { PageBlock } from './blocks.ts';
import type { SiteTemplate } from './profile.ts';

/** A block is furniture when at least this share of the other recent pages hold it. */
const RECURRING_SHARE = 0.5;

/**
 * A recurring line among the page's own paragraphs stays when it is at most this long: a
 * reporter's byline or a credit the site repeats; a longer one is a notice the site pastes in.
 */
const OWN_LINE_CHARS = 80;

/**
 * Below this share of its text being its own (not recurring), a page is a copy or a new version
 * of other pages of the site (the same article under another address, a notice repeated with new
 * dates): what recurs there is the article itself, and the template is not applied.
 */
const MIN_OWN_SHARE = 1 / 3;

/** Recurring and unique text (in characters) under one element. */
interface Weight {
  recurring: number;
  unique: number;
}

/**
 * The number of other pages on which a block must be seen to be furniture.
 *
 * @param template - the site's template
 */
export function recurringThreshold(template: SiteTemplate): number {
  return Math.max(2, Math.ceil(template.pages * RECURRING_SHARE));
}

/**
 * Whether a fingerprint recurs on enough of the site's other pages to be the site's, not the
 * page's.
 *
 * @param template - the site's template
 * @param fingerprint - a block's or description's fingerprint
 */
export function recursOnSite(template: SiteTemplate, fingerprint: string): boolean {
  return (template.counts.get(fingerprint) ?? 0) >= recurringThreshold(template);
}

/**
 * Whether the template can remove anything from a page with these block fingerprints: only a
 * block that recurs on enough other pages is ever removed. When it says no, extracting the page
 * with the template gives the same article as without it.
 *
 * @param template - the site's template
 * @param fingerprints - the page's block fingerprints (`extractPage`'s `profilePage`)
 * @returns false when none of the page's blocks recurs
 */
export function mayRemoveFrom(template: SiteTemplate, fingerprints: readonly string[]): boolean {
  return fingerprints.some((fp) => recursOnSite(template, fp));
}

/**
 * Removes from the page every largest subtree whose blocks all recur on the site's other
 * pages. A recurring block standing among the page's own paragraphs stays (a reporter's
 * byline, a caption the site repeats): its parent's blocks are mostly unique text. Nothing is
 * removed from a page whose text is mostly recurring (a copy, a new version of another page).
 *
 * @param root - the page's `<body>` (or document root)
 * @param blocks - the page's blocks, from `pageBlocks(root)`
 * @param template - counts over the site's other recent pages
 * @param remove - the removal function (traced under the rule `site template`)
 * @returns how many subtrees were removed
 */
export function removeTemplateBlocks(
  root: ParentNode,
  blocks: readonly PageBlock[],
  template: SiteTemplate,
  remove: Remove,
): number {
  const threshold = recurringThreshold(template);
  const weights = new Map<Element, Weight>();
  const leaves = new Set<Element>();
  let unique = 0;
  let total = 0;
  for (const block of blocks) {
    total += block.chars;
    leaves.add(block.el);
    const recurs = (template.counts.get(block.fingerprint) ?? 0) >= threshold;
    if (!recurs) unique += block.chars;
    // Add the block's weight to itself and every ancestor.
    for (let node: ParentNode | null = block.el; node !== null; node = node.parent) {
      if (!isElement(node as AnyNode)) break;
      const el = node as Element;
      let w = weights.get(el);
      if (w === undefined) {
        w = { recurring: 0, unique: 0 };
        weights.set(el, w);
      }
      if (recurs) w.recurring += block.chars;
      else w.unique += block.chars;
    }
  }
  if (unique === 0 || unique < total * MIN_OWN_SHARE) return 0;

  const matched = `seen on ≥ ${threshold} of ${template.pages} other recent pages of ${template.site}`;
  let removed = 0;
  const visit = (el: Element): void => {
    const w = weights.get(el);
    if (w === undefined) return;
    if (w.unique === 0 && el.name !== 'body' && el.name !== 'html') {
      const ownLine = w.recurring <= OWN_LINE_CHARS && leaves.has(el);
      if (!(ownLine && amongOwnParagraphs(el, weights, leaves))) {
        remove(el, 'site template', matched);
        removed++;
      }
      return;
    }
    for (const child of [...el.children]) if (isElement(child)) visit(child);
  };
  for (const child of [...root.children]) if (isElement(child)) visit(child);
  return removed;
}

/** Whether the blocks beside `leaf` (its parent's leaf children) are mostly unique text. */
function amongOwnParagraphs(
  leaf: Element,
  weights: ReadonlyMap<Element, Weight>,
  leaves: ReadonlySet<Element>,
): boolean {
  const parent = leaf.parent;
  if (parent === null) return false;
  let recurring = 0;
  let unique = 0;
  for (const sibling of parent.children) {
    if (!isElement(sibling) || !leaves.has(sibling)) continue;
    const w = weights.get(sibling);
    if (w === undefined) continue;
    recurring += w.recurring;
    unique += w.unique;
  }
  return unique > recurring;
}
