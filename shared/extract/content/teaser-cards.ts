/**
 * A grid of other stories' teaser cards inside the article's block: each card a linked headline
 * with a picture, a short summary and a date, set side by side without a class or a heading
 * that names them. Readability's link density misses the cards whose summary outweighs their
 * short headline; read as cards, they go together.
 */
import type { Element } from 'domhandler';
import { countWords } from '../text.ts';
import { descendants, HEADING_TAGS, isElement, textOf } from './dom.ts';

/** Words a card holds besides its headline at most: a summary, a date, a label. */
const MAX_CARD_WORDS = 30;

/** Cards side by side, at least, that make a grid of teasers rather than an article's items. */
const MIN_GRID_CARDS = 3;

/** Whether a heading is a linked headline: it has text, all of it inside links. */
function isLinkedHeadline(heading: Element, container: Element): boolean {
  const text = textOf(heading).trim();
  if (text === '') return false;
  for (let node = heading.parent; node !== null && node !== container; node = node.parent) {
    if (isElement(node) && node.name === 'a') return true;
  }
  const linked = descendants(heading)
    .filter((d) => d.name === 'a')
    .map((a) => textOf(a))
    .join('');
  return linked.replace(/\s/g, '').length === text.replace(/\s/g, '').length;
}

/**
 * The cards of the teaser grids in `container`: for each linked headline, the largest block
 * around it holding no other one (in flat markup, the headline and what follows it up to the
 * next), when it holds at most {@link MAX_CARD_WORDS} words besides the headline; cards sharing
 * a parent, {@link MIN_GRID_CARDS} of them or more, make a grid. A guide's linked headings head
 * paragraphs of prose, longer than a card's summary.
 *
 * @param container - the article's block, before link-heavy boxes are removed
 * @returns the cards' elements, each card's in document order
 */
export function teaserGridCards(container: Element): Element[][] {
  const headlines = descendants(container).filter(
    (el) => HEADING_TAGS.has(el.name) && isLinkedHeadline(el, container),
  );
  if (headlines.length < MIN_GRID_CARDS) return [];
  const held = new Map<Element, number>();
  for (const headline of headlines) {
    for (let node = headline.parent; node !== null && node !== container; node = node.parent) {
      if (isElement(node)) held.set(node, (held.get(node) ?? 0) + 1);
    }
  }
  const grids = new Map<Element, Element[][]>();
  const starts = new Set(headlines);
  for (const headline of headlines) {
    let card: Element = headline;
    while (
      card.parent !== null &&
      isElement(card.parent) &&
      card.parent !== container &&
      held.get(card.parent) === 1
    ) {
      card = card.parent;
    }
    const parts = card === headline ? withFollowing(headline, starts) : [card];
    const words = parts.reduce((sum, part) => sum + countWords(textOf(part)), 0);
    if (words - countWords(textOf(headline)) > MAX_CARD_WORDS) continue;
    const parent = card.parent;
    if (parent === null || !isElement(parent)) continue;
    const cards = grids.get(parent) ?? [];
    cards.push(parts);
    grids.set(parent, cards);
  }
  return [...grids.values()].filter((cards) => cards.length >= MIN_GRID_CARDS).flat();
}

/** A headline standing among its siblings, and the elements after it up to the next headline. */
function withFollowing(headline: Element, headlines: ReadonlySet<Element>): Element[] {
  const parts = [headline];
  for (let node = headline.next; node !== null; node = node.next) {
    if (!isElement(node)) continue;
    if (headlines.has(node) || descendants(node).some((d) => headlines.has(d))) break;
    parts.push(node);
  }
  return parts;
}
