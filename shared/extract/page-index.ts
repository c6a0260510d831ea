/**
 * One walk over the parsed page, shared by the metadata readers: every element in document
 * order and by tag name. A dozen selector queries with attribute-substring tests each walk the
 * whole page again; filtering this list in plain code costs a fraction of that.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { classAndId, descendants } from './content/dom.ts';

/** The page's elements, read before the body finder edits the page. */
export interface PageIndex {
  /** Every element in document order. */
  readonly elements: readonly Element[];
  /** The elements with a tag name, in document order. */
  byTag(name: string): readonly Element[];
}

/**
 * Indexes a page's elements.
 *
 * @param $ - the loaded page
 * @returns the index
 */
export function indexPage($: CheerioAPI): PageIndex {
  const root = $.root()[0];
  return indexElements(root === undefined ? [] : descendants(root));
}

/**
 * Indexes a page's elements already listed in document order (as `parsePage` lists them).
 *
 * @param elements - every element of the page, in document order
 * @returns the index
 */
export function indexElements(elements: readonly Element[]): PageIndex {
  const tags = new Map<string, Element[]>();
  for (const el of elements) {
    const list = tags.get(el.name);
    if (list) list.push(el);
    else tags.set(el.name, [el]);
  }
  return { elements, byTag: (name) => tags.get(name) ?? [] };
}

/** Tags whose text is never the article's metadata: links, list items, page chrome. */
const OUTSIDE_TAGS = new Set(['a', 'li', 'nav', 'aside', 'footer']);
const OUTSIDE_CLASS = /related|sidebar|comment/i;

/**
 * Whether an element sits in a link, a list item, navigation, a sidebar, a footer, a related
 * box or comments — places whose dates and names belong to other pages.
 *
 * @param el - the element
 * @param options - `links: true` does not count links (an author's name is often one)
 * @returns true when its text is not this article's metadata
 */
export function isOutsideArticle(el: Element, options: { links?: boolean } = {}): boolean {
  for (let node: Element | null = el; node !== null; ) {
    if (OUTSIDE_TAGS.has(node.name) && !(options.links === true && node.name === 'a')) return true;
    const { class: cls, id } = node.attribs;
    if (
      (cls !== undefined && OUTSIDE_CLASS.test(cls)) ||
      (id !== undefined && OUTSIDE_CLASS.test(id))
    ) {
      return true;
    }
    const parent: AnyNode | null = node.parent;
    node = parent !== null && parent.type === 'tag' ? parent : null;
  }
  return false;
}

/**
 * A test "has this element, or an ancestor, a class or id matching `pattern`", memoized per
 * element so that testing every link of a page walks each ancestor once.
 */
export function ancestorClassTest(pattern: RegExp): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const test = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const parent: AnyNode | null = el.parent;
    const result =
      pattern.test(classAndId(el)) || (parent !== null && parent.type === 'tag' && test(parent));
    memo.set(el, result);
    return result;
  };
  return test;
}
