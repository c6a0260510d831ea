/**
 * The author box that closes many articles (name, role, social links, biography) says who wrote
 * the story, not the story: where its class names say nothing, the page's structured data may
 * still tell it, as CMSs (WordPress SEO plugins among them) give the author a `description`
 * there that the box shows word for word.
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, detach, isBelow, isElement } from './content/dom.ts';
import { shortText } from './content/short-text.ts';
import { type JsonLd, type JsonLdNode, resolveRef, typesOf, valuesOf } from './json-ld.ts';
import { metadataText } from './metadata-text.ts';
import { lowerWords } from './text.ts';

/** Fewest words of a description paragraph looked for: "Reporter." could be any line. */
const MIN_BIO_WORDS = 8;

/** Longest text of an element compared with the descriptions. */
const MAX_BIO_CHARS = 3000;

/**
 * Most text an author box holds besides the biography: the name, a role, "Follow" and the
 * social links' labels.
 */
const MAX_BOX_EXTRA_CHARS = 200;

/** Most levels climbed from a biography to its box. */
const MAX_BOX_LEVELS = 6;

/** Most biography blocks taken: the paragraphs of a few authors' boxes. */
const MAX_BIOS = 20;

/** A text's words, lower-cased, joined by one space: how a description and a block compare. */
function wordKey(text: string): string {
  return lowerWords(text).join(' ');
}

function descriptionOf(value: unknown, byId: JsonLd['byId']): unknown {
  const node = resolveRef(value, byId);
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as JsonLdNode).description
    : undefined;
}

/**
 * The paragraphs of the descriptions the page's JSON-LD gives people (its `Person` nodes, the
 * article's `author` and `creator`), as word keys; paragraphs of fewer than
 * {@link MIN_BIO_WORDS} words are left out.
 *
 * @param jsonLd - the page's JSON-LD
 * @returns the word keys of the description paragraphs
 */
export function authorDescriptions(jsonLd: JsonLd): Set<string> {
  const raw: unknown[] = [];
  for (const node of jsonLd.nodes) {
    if (typesOf(node).includes('person')) raw.push(node.description);
  }
  for (const key of ['author', 'creator']) {
    for (const value of valuesOf(jsonLd.article, key)) raw.push(descriptionOf(value, jsonLd.byId));
  }
  const keys = new Set<string>();
  for (const description of raw) {
    if (typeof description !== 'string') continue;
    for (const paragraph of description.split(/\n+/)) {
      const key = wordKey(metadataText(paragraph) ?? '');
      if (key.split(' ').length >= MIN_BIO_WORDS) keys.add(key);
    }
  }
  return keys;
}

/**
 * The largest box above `el`, below `root`, holding little besides the biographies' text (read
 * no further than that: a box may be the whole page).
 */
function authorBox(el: Element, root: Element, bioChars: (box: Element) => number): Element {
  let box = el;
  for (let level = 0; level < MAX_BOX_LEVELS; level++) {
    const parent: AnyNode | null = box.parent;
    if (parent === null || parent === root || !isElement(parent)) break;
    const bios = bioChars(parent);
    const text = shortText(parent, bios + MAX_BOX_EXTRA_CHARS);
    if (text === null || text.length - bios > MAX_BOX_EXTRA_CHARS) break;
    box = parent;
  }
  return box;
}

/**
 * Removes from the body the blocks showing an author's description word for word, each with the
 * box around it that holds little else ({@link MAX_BOX_EXTRA_CHARS}: the name, the role, the
 * social links).
 *
 * @param root - the body's container
 * @param descriptions - {@link authorDescriptions} of the page
 * @returns the texts removed
 */
export function removeAuthorBoxes(root: Element, descriptions: ReadonlySet<string>): string[] {
  if (descriptions.size === 0) return [];
  const bios: Element[] = [];
  for (const el of descendants(root)) {
    if (el.name !== 'p' && el.name !== 'div') continue;
    // A bounded read: most blocks are longer than any biography, the body's among them.
    const text = shortText(el, MAX_BIO_CHARS);
    if (text === null || !descriptions.has(wordKey(text))) continue;
    // A <p> in a <div> found already shows the same text: the <div> stands for both.
    const last = bios[bios.length - 1];
    if (last !== undefined && isBelow(el, last)) continue;
    bios.push(el);
    if (bios.length === MAX_BIOS) break;
  }
  const bioChars = (box: Element): number =>
    bios.reduce(
      (sum, bio) => sum + (isBelow(bio, box) ? (shortText(bio, MAX_BIO_CHARS)?.length ?? 0) : 0),
      0,
    );
  const removed: string[] = [];
  const boxes = new Set(bios.map((bio) => authorBox(bio, root, bioChars)));
  for (const box of boxes) {
    // A box inside another box removed goes with it.
    if ([...boxes].some((other) => isBelow(box, other))) continue;
    removed.push(shortText(box, MAX_BIO_CHARS) ?? '');
    detach(box);
  }
  return removed;
}
