/**
 * Links to a site's listing pages: a category, tag, topic or section. Templates put them beside
 * bylines ("By TPN, in News, Portugal", a section label in the author box), and their text is a
 * section's name, never a person's. A link is one when its path has a listing word as a segment
 * (`/category/…`, `/tag/…`) or when the page's navigation (`<nav>`) links to the same path.
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, textExcept } from './content/dom.ts';
import type { PageIndex } from './page-index.ts';

/** Path segments of listing pages, in the languages of the pages seen. */
const LISTING_SEGMENT =
  /^(?:category|categories|cat|tag|tags|topic|topics|section|sections|label|labels|rubrik|rubriken|ressort|kategorie|kategorien|thema|themen|categoria|categorie|categoría|categorias|rubrique|rubriques|chuyen-muc|danh-muc|chu-de)$/i;

/** Whether a link leads to a listing page of the site. */
export type SectionLinkTest = (link: Element) => boolean;

/**
 * The path of a link's target, lower-cased, without a trailing slash.
 *
 * @param href - the link's `href`, relative or absolute
 * @returns the path, or null for none (an empty path, an unparsable `href`)
 */
export function linkPath(href: string): string | null {
  try {
    const path = new URL(href, 'http://page.invalid/').pathname.replace(/\/+$/, '');
    return path === '' ? null : path.toLowerCase();
  } catch {
    return null;
  }
}

function navigationPaths(index: PageIndex): Set<string> {
  const paths = new Set<string>();
  for (const nav of index.byTag('nav')) {
    for (const el of descendants(nav)) {
      const path = el.name === 'a' && el.attribs.href ? linkPath(el.attribs.href) : null;
      if (path !== null) paths.add(path);
    }
  }
  return paths;
}

/**
 * A query naming an author: a listing's page of one author's posts (Squarespace's
 * `/journal?author=5f1a2b`), no section, though the menu links the listing.
 */
const AUTHOR_QUERY = /[?&](?:author|autor|auteur|writer)(?:[_-]?(?:id|name))?=/i;

/** One test per page: the author readers and the body's closing byline share its navigation. */
const tests = new WeakMap<PageIndex, SectionLinkTest>();

/**
 * The test of one page (the same one for every caller): the navigation's paths are read once,
 * when a link first needs them.
 *
 * @param index - the page's elements
 * @returns whether a link leads to a listing page
 * @example
 * const isSectionLink = sectionLinkTest(index);
 * isSectionLink(a); // true for <a href="/news/category/29/sport">Sport</a>
 */
export function sectionLinkTest(index: PageIndex): SectionLinkTest {
  const known = tests.get(index);
  if (known !== undefined) return known;
  let navigation: Set<string> | undefined;
  const test: SectionLinkTest = (link) => {
    const path = link.attribs.href ? linkPath(link.attribs.href) : null;
    if (path === null || AUTHOR_QUERY.test(link.attribs.href ?? '')) return false;
    if (path.split('/').some((segment) => LISTING_SEGMENT.test(segment))) return true;
    navigation ??= navigationPaths(index);
    return navigation.has(path);
  };
  tests.set(index, test);
  return test;
}

/**
 * The text of some nodes, leaving out the links to listing pages (what cheerio's `.text()`
 * gives, without them).
 *
 * @param nodes - the nodes, in document order
 * @param isSectionLink - the page's test
 * @returns their text
 */
export function textWithoutSectionLinks(
  nodes: readonly AnyNode[],
  isSectionLink: SectionLinkTest,
): string {
  return textExcept(nodes, (el) => el.name === 'a' && isSectionLink(el));
}
