/**
 * Opens the body's disclosure widgets, as a reader opens them: an accordion's answer hidden
 * until its question's button is pressed (`<button aria-expanded="false">` before, or
 * `aria-controls` naming, a panel shown by script) and a `<details>` element's `<summary>`.
 * The question becomes a heading of its answer (a button's label goes when the panel has a
 * heading of its own); the answer stays as the article's text.
 */
import type { Element } from 'domhandler';
import { countWords } from '../text.ts';
import { descendants, HEADING_TAGS, isElement, isHidden, siblingElement, textOf } from './dom.ts';

/** The most characters of a question: a line, not a block of the body. */
const MAX_QUESTION = 200;

/** Words a panel's text outside links holds at least to be an answer (not a menu of links). */
const MIN_ANSWER_WORDS = 3;

/** Utility classes that hide a collapsed panel until its button shows it. */
const COLLAPSED_CLASS = /^(?:hidden|hide|d-none|invisible|is-hidden)$/;

const COLLAPSED_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?=;|$)/gi;

/** Whether a control toggles a panel: a button (or a link or block acting as one) with `aria-expanded`. */
function isToggle(el: Element): boolean {
  if (el.attribs['aria-expanded'] === undefined) return false;
  return el.name === 'button' || el.name === 'a' || el.attribs.role === 'button';
}

/** The panel a toggle shows: the one `aria-controls` names, else the block right after it (or after its heading). */
function panelOf(toggle: Element, byId: ReadonlyMap<string, Element>): Element | null {
  const controls = toggle.attribs['aria-controls']?.trim();
  if (controls) return byId.get(controls) ?? null;
  const next = siblingElement(toggle, 'next');
  if (next !== null) return next;
  const parent = toggle.parent;
  if (parent === null || !isElement(parent) || siblingElement(toggle, 'prev') !== null) return null;
  return siblingElement(parent, 'next');
}

/** Whether a panel holds words of its own, not a menu of links ("Share", a site's sections). */
function holdsAnswer(panel: Element): boolean {
  let links = '';
  for (const d of descendants(panel)) if (d.name === 'a') links += ` ${textOf(d)}`;
  const words = countWords(textOf(panel));
  return words >= MIN_ANSWER_WORDS && countWords(links) * 2 < words;
}

/** Removes what hides a collapsed panel; false when something else still hides it. */
function show(panel: Element): boolean {
  const a = panel.attribs;
  const shown: Record<string, string> = { ...a };
  delete shown.hidden;
  delete shown['aria-hidden'];
  if (a.style !== undefined) shown.style = a.style.replace(COLLAPSED_STYLE, '');
  if (a.class !== undefined) {
    shown.class = a.class
      .split(/\s+/)
      .filter((c) => !COLLAPSED_CLASS.test(c))
      .join(' ');
  }
  const before = panel.attribs;
  panel.attribs = shown;
  if (isHidden(panel)) {
    panel.attribs = before;
    return false;
  }
  return true;
}

/**
 * The heading level of a question: one below the last heading before it in the body (the FAQ's
 * "Frequently asked questions"), `h3` when none is (below the article's section headings).
 */
function questionLevel(last: string | null): string {
  const level = last === null ? 2 : Number(last.charAt(1));
  return `h${Math.min(level + 1, 6)}`;
}

/**
 * Makes the body's disclosure widgets read as they read opened: each toggle whose panel is
 * hidden and holds an answer (words, not a menu of links) shows it, the toggle's text a heading
 * of it (or the text of the heading holding the toggle); each `<summary>` becomes a heading.
 *
 * @param elements - the body's elements, in document order
 */
export function openDisclosures(elements: readonly Element[]): void {
  let byId: Map<string, Element> | null = null;
  let last: string | null = null;
  const made = new Set<Element>();
  for (const el of elements) {
    if (HEADING_TAGS.has(el.name) && !made.has(el)) last = el.name;
    if (el.name === 'summary') {
      if (el.parent === null || !isElement(el.parent) || el.parent.name !== 'details') continue;
      // A summary holding its own heading, or blocks, keeps them.
      if (descendants(el).some((d) => HEADING_TAGS.has(d.name) || d.name === 'p')) el.name = 'div';
      else {
        el.name = questionLevel(last);
        made.add(el);
      }
      continue;
    }
    if (!isToggle(el) || isHidden(el)) continue;
    const question = textOf(el).trim();
    if (question === '' || question.length > MAX_QUESTION) continue;
    if (el.attribs['aria-controls'] !== undefined && byId === null) {
      byId = new Map();
      for (const d of elements) if (d.attribs.id !== undefined) byId.set(d.attribs.id, d);
    }
    const panel = panelOf(el, byId ?? new Map());
    if (panel === null || !isHidden(panel) || !holdsAnswer(panel) || !show(panel)) continue;
    // A panel that opens with its own heading ("Transkript") has its button's label for a
    // control only ("Transkript anzeigen"): the button goes, as buttons do.
    const opening = panel.children.find(isElement);
    if (opening !== undefined && HEADING_TAGS.has(opening.name)) continue;
    const parent = el.parent;
    if (parent !== null && isElement(parent) && HEADING_TAGS.has(parent.name)) el.name = 'span';
    else if (el.name !== 'a') {
      el.name = questionLevel(last);
      made.add(el);
    }
    el.attribs = {};
  }
}
