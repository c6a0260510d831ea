/**
 * Finds the article body of a page and renders it: `findMainContent` scores candidate
 * containers and cleans the winner in place; `renderContent` turns it into sanitized HTML,
 * plain text and images.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { removeBoilerplate } from './clean.ts';
import { descendants, isElement, squash, textOf } from './dom.ts';
import { InvalidSelectorError } from './errors.ts';
import { splitBreakRuns } from './layout.ts';
import { type Scoring, scoreTree } from './score.ts';
import { bestCandidate, selectTop, withSiblings } from './select.ts';

export { InvalidSelectorError } from './errors.ts';
export type { RenderedContent } from './render.ts';
export { renderContent } from './render.ts';

/** Options of {@link findMainContent}. */
export interface FindContentOptions {
  /** A per-publisher CSS selector of the body; wins when it matches. */
  readonly contentSelector?: string;
  /** Per-publisher CSS selectors of elements that are never content. */
  readonly removeSelectors?: readonly string[];
}

/** Below this many characters a first pass is retried without skipping "unlikely" blocks. */
const MIN_TEXT = 500;

/** Runs a configured selector, naming it when it is not valid CSS. */
function select($: CheerioAPI, selector: string): Cheerio<AnyNode> {
  try {
    return $(selector);
  } catch (cause) {
    throw new InvalidSelectorError(selector, { cause });
  }
}

function childNamed(parent: ParentNode, name: string): Element | null {
  for (const c of parent.children) if (isElement(c) && c.name === name) return c;
  return null;
}

/** `<head>` and `<body>` without a selector (each selector walks the whole tree). */
function documentParts($: CheerioAPI): { head: Element | null; body: ParentNode } {
  const root = $.root()[0] as ParentNode;
  const html = childNamed(root, 'html') ?? root;
  return { head: childNamed(html, 'head'), body: childNamed(html, 'body') ?? html };
}

function pick(scoring: Scoring): { top: Element; best: Element; text: number } | null {
  const top = selectTop(scoring);
  if (top === null) return null;
  return { top, best: bestCandidate(scoring) ?? top, text: scoring.stats.get(top)?.text ?? 0 };
}

/** The page's headline as `og:title`, `<title>` (and its parts around separators) and `<h1>`. */
function headlines(head: Element | null, h1s: readonly Element[]): Set<string> {
  const out = new Set<string>();
  const add = (text: string | undefined): void => {
    const t = squash(text ?? '').toLowerCase();
    if (t.length >= 10) out.add(t);
  };
  for (const el of head === null ? [] : descendants(head)) {
    if (el.name === 'meta' && el.attribs.property === 'og:title') add(el.attribs.content);
    if (el.name === 'title') {
      const title = textOf(el);
      add(title);
      for (const part of title.split(/\s+[|–—-]\s+|\s*::\s*/)) add(part);
    }
  }
  for (const h1 of h1s.slice(0, 3)) add(textOf(h1));
  return out;
}

/** The best-scored block and its ancestors up to the container: cleaning never removes them. */
function protectedChain(best: Element, container: Element): Set<Element> {
  const chain = new Set<Element>();
  for (let el: Element | null = best; el !== null && el !== container; ) {
    chain.add(el);
    const parent: ParentNode | null = el.parent;
    el = parent !== null && isElement(parent as AnyNode) ? (parent as Element) : null;
  }
  return chain;
}

/**
 * Finds the element holding the article body and removes boilerplate inside it, in place
 * (comments, hidden elements, share bars, ads, newsletter and comment boxes, related-links
 * blocks, the repeated headline), then splits `<br><br>` runs into `<p>` paragraphs so the
 * caller sees blocks. Elements matching `removeSelectors` are removed from the whole document.
 *
 * @param $ - The parsed page (`cheerio/slim`).
 * @param options - Per-publisher selectors.
 * @returns The container (one element), or null when the page has no candidate at all.
 * @throws InvalidSelectorError when a configured selector is not valid CSS.
 * @example
 * const $ = load(html);
 * const container = findMainContent($, { removeSelectors: ['.box-tinlienquan'] });
 */
export function findMainContent(
  $: CheerioAPI,
  options: FindContentOptions = {},
): Cheerio<Element> | null {
  for (const selector of options.removeSelectors ?? []) select($, selector).remove();

  if (options.contentSelector) {
    const match = select($, options.contentSelector)
      .toArray()
      .filter((n): n is Element => isElement(n as AnyNode));
    const chosen = match.sort((a, b) => textOf(b).length - textOf(a).length)[0];
    if (chosen !== undefined) {
      removeBoilerplate(chosen, {
        stripUnlikely: true,
        protect: new Set(),
        headlines: headlines(documentParts($).head, $('h1').toArray()),
      });
      splitBreakRuns($, chosen);
      return $(chosen);
    }
  }

  const { head, body } = documentParts($);
  let stripUnlikely = true;
  let scoring = scoreTree(body, { stripUnlikely });
  let best = pick(scoring);
  if (best === null || best.text < MIN_TEXT) {
    const loose = scoreTree(body, { stripUnlikely: false });
    const second = pick(loose);
    if (second !== null && (best === null || second.text > best.text * 1.5)) {
      scoring = loose;
      best = second;
      stripUnlikely = false;
    }
  }
  if (best === null) return null;

  const { parts } = withSiblings(scoring, best.top);
  let container = best.top;
  if (parts.length > 1) {
    $(parts).wrapAll('<div></div>');
    container = (parts[0] as Element).parent as Element;
  }
  removeBoilerplate(container, {
    stripUnlikely,
    protect: protectedChain(best.best, container),
    headlines: headlines(head, scoring.h1s),
  });
  splitBreakRuns($, container);
  return $(container);
}
