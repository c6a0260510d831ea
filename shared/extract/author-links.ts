/**
 * Links to a person's page on a news site: the author pages bylines link their names to, and
 * whose link names an article's author wherever it stands.
 */
import type { AnyNode, Element } from 'domhandler';
import { hasRel, textOf } from './content/dom.ts';
import { linkPath } from './section-links.ts';
import { writesSameName } from './site.ts';
import { cleanText } from './text.ts';

/**
 * Path segments of a person's page on a news site (`/autoren/name/max-kolter`, `/author/jane`,
 * `/byline/news-nation-bureau`, the Swedish and Norwegian `/av/viktor-hedlund`, "by"; Indonesian
 * `/penulis/`, Turkish `/yazar/`, Spanish `/periodista/`, Italian `/giornalista/`, …): a link
 * to one names its author.
 */
const AUTHOR_PAGE_SEGMENT =
  /^(?:author|authors|autor|autoren|autorin|autorinnen|autora|autores|autoras|auteur|auteurs|autore|autori|journalist|journalists|journalisten|reporter|reporters|redakteur|redakteure|columnist|columnists|writer|writers|byline|bylines|staff|tac-gia|av|penulis|wartawan|yazar|yazarlar|avtor|periodista|periodistas|columnista|colunista|giornalista|giornalisti|skribent|toimittaja|szerzo|redaktor)$/i;
/** A path segment that is itself a person's page: `autor-frank-wunderlich-pfeiffer`, `author-Jane-Doe-123.cms`. */
const AUTHOR_NAMED_SEGMENT = /^(?:author|autor)-\p{L}[\p{L}-]*\p{L}(?:-\d+)?(?:\.\w+)?$/iu;

/** Whether path segments open with a year and month (`2012-06`, `2012/06`): an archive's. */
function isFiledByDate(segments: readonly string[]): boolean {
  const [first = '', second = ''] = segments;
  return (
    /^(?:19|20)\d\d(?:[-_](?:0?[1-9]|1[0-2])|$)/.test(first) &&
    (first.length > 4 || /^(?:0?[1-9]|1[0-2])$/.test(second))
  );
}

/**
 * What every segment {@link AUTHOR_PAGE_SEGMENT} or {@link AUTHOR_NAMED_SEGMENT} takes holds, in
 * any case. A link's path keeps its segments as the address writes them, the characters it
 * percent-encodes aside (a segment holding a `%` is neither's), except where the address holds a
 * tab or a line break, which URL parsing drops; so an address without any of these words
 * leads to no author page, and is not parsed as a URL (the most frequent links of a page).
 * The two letters of `av` are looked for as a whole segment before another only (not in
 * "navigation", "java", "avatar"): after the start, a slash, a backslash (a slash to URL
 * parsing), a scheme's colon or a space or control character (dropped at the start), and
 * before a slash or backslash; `avtor` is a word of its own.
 */
const AUTHOR_SEGMENT_PART =
  /author|autor|auteur|journalist|reporter|redakteur|columnist|writer|byline|staff|tac-gia|avtor|(?:^|[/\\:\0- ])av[/\\]|penulis|wartawan|yazar|periodista|colunista|giornalist|skribent|toimittaja|szerzo|redaktor/i;

/** Whether an address may lead to an author page: it holds a word of their segments. */
export function mayLeadToAuthorPage(href: string): boolean {
  return AUTHOR_SEGMENT_PART.test(href) || /[\t\n\r]/.test(href);
}

/** Whether a link leads to a person's page: an author segment followed by the person's. */
export function isAuthorPageLink(el: Element): boolean {
  const href = el.name === 'a' ? el.attribs.href : undefined;
  return href !== undefined && href !== '' && mayLeadToAuthorPage(href) && leadsToAuthorPage(href);
}

/**
 * Whether an address leads to a person's page: an author segment followed by the person's
 * (what {@link isAuthorPageLink} asks of a link's address once it may).
 *
 * @param href - a link's address, as written
 */
export function leadsToAuthorPage(href: string): boolean {
  const path = linkPath(href);
  if (path === null) return false;
  const segments = path.split('/').filter((segment) => segment !== '');
  const at = segments.findIndex((segment) => AUTHOR_PAGE_SEGMENT.test(segment));
  // Not a section filed by date under the word (`/journalist/2012-06/01/content_1.htm`); an
  // author's number is their page (`/author/1162`).
  if (at >= 0 && at < segments.length - 1 && !isFiledByDate(segments.slice(at + 1))) return true;
  const last = segments[segments.length - 1];
  return last !== undefined && AUTHOR_NAMED_SEGMENT.test(last);
}

/**
 * Whether a link marks or leads to its author: `rel="author"`, or an author page's address.
 *
 * @param el - any element (only links are)
 */
export function linksAuthor(el: Element): boolean {
  return el.name === 'a' && (hasRel(el, 'author') || isAuthorPageLink(el));
}

/**
 * Whether a block's text opens with a link to its author: an author's bio ("<a rel="author">Jane
 * Doe</a> writes about…", the name linked to their page, then what they write about).
 *
 * @param el - a block
 */
export function opensWithAuthorLink(el: Element): boolean {
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      if (node.data.trim() === '') continue;
      for (let up = node.parent; up !== null && up !== el; up = up.parent) {
        if (linksAuthor(up as Element)) return true;
      }
      return false;
    }
    if (node.type === 'tag')
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return false;
}

/**
 * Whether one of the page's links names a person and leads to their author page
 * (`<a href="/tac-gia/nguyen-van-an">Nguyễn Văn An</a>`): the page shows them as its writer.
 *
 * @param links - the page's links
 * @param name - a person's name
 */
export function linksToAuthorPage(links: readonly Element[], name: string): boolean {
  return links.some(
    (link) => isAuthorPageLink(link) && writesSameName(cleanText(textOf(link)), name),
  );
}
