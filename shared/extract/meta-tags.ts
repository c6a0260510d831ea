import type { Element } from 'domhandler';
import type { PageIndex } from './page-index.ts';

/** The page's `<meta>` values by lowercase `property` / `name` / `itemprop`, in document order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** Dublin Core's prefixes as RDFa writes them (`dc:creator`), read as the dotted names. */
const DUBLIN_CORE_PREFIX = /^(dc|dcterms):/;

/**
 * Collects the `<meta>` tags of a page. A tag without `content` gives its `value` instead:
 * tools that rewrite meta tags so save pages that way (the Postlight parser's fixtures:
 * `<meta name="author" value="…">`), and no other meaning of `value` on `<meta>` is known.
 * `property` and `itemprop` are lists (RDFa, microdata): each of their properties gets the
 * value (`property="og:title twitter:title"`); Dublin Core's `dc:creator` is `dc.creator`.
 *
 * @param index - the page's elements
 * @returns values by lowercase key; one key may have several values (`article:tag`)
 */
export function readMetaTags(index: PageIndex): MetaTags {
  const tags = new Map<string, string[]>();
  const add = (key: string, content: string): void => {
    const lower = key.toLowerCase().replace(DUBLIN_CORE_PREFIX, '$1.');
    const list = tags.get(lower);
    if (list) list.push(content);
    else tags.set(lower, [content]);
  };
  for (const el of index.byTag('meta')) {
    const { attribs } = el;
    const content = metaContent(el);
    if (content === undefined || content.trim() === '') continue;
    const itemprop =
      attribs.itemprop !== undefined && ofListedItem(el) ? undefined : attribs.itemprop;
    for (const list of [attribs.property, itemprop]) {
      if (list === undefined) continue;
      for (const key of list.trim().split(/\s+/)) if (key !== '') add(key, content);
    }
    for (const key of [attribs.name, attribs['http-equiv']]) {
      if (key !== undefined) add(key.trim(), content);
    }
    if ((itemprop ?? attribs.property)?.trim() === 'name' && namesAuthor(el)) {
      add(SCOPED_AUTHOR_NAME, content);
    }
  }
  const parsely = tags.get('parsely-page')?.[0];
  if (parsely !== undefined) readParselyPage(parsely, add);
  return tags;
}

/** Where {@link readMetaTags} keeps the names `<meta>`s give to microdata or RDFa author scopes. */
export const SCOPED_AUTHOR_NAME = 'scoped author name';

/**
 * Whether a `<meta>` naming its item gives an author's name: its nearest microdata or RDFa scope
 * is an `author` (`<span itemprop="author" itemscope …><meta itemprop="name" content="…">`,
 * `<span property="author" typeof="Person">`), a name templates give so where the byline shows
 * none; not within a list of other items or a comment ({@link OTHER_ITEMS}: a module of other
 * stories names their authors so).
 */
function namesAuthor(el: Element): boolean {
  let scoped = false;
  for (let up = el.parent; up !== null && up.type === 'tag'; up = up.parent) {
    const { attribs } = up;
    if (attribs.itemscope === undefined && attribs.typeof === undefined) continue;
    const words = `${scoped ? (attribs.itemtype ?? attribs.typeof) : (attribs.itemprop ?? attribs.property)}`;
    if (
      scoped
        ? words.split(/\s+/).some((t) => OTHER_ITEMS.test(t))
        : !words.split(/\s+/).includes('author')
    ) {
      return false;
    }
    scoped = true;
  }
  return scoped;
}

/** Microdata types of a list of other items, or of a reader's comment: their properties are theirs. */
const OTHER_ITEMS = /(?:^|[/#])(?:ItemList|ListItem|BreadcrumbList|Comment)$/;

/**
 * Whether a `<meta itemprop>` belongs to an item of a list, its nearest microdata scope being a
 * list or a reader's comment (a module of other stories: `<ul itemscope
 * itemtype="…/ItemList"><li itemprop="itemListElement"><a>…</a><meta itemprop="datePublished"
 * content="…">`): its date and description are that item's, not the page's.
 */
function ofListedItem(el: Element): boolean {
  for (let up = el.parent; up !== null && up.type === 'tag'; up = up.parent) {
    if (up.attribs.itemscope !== undefined) {
      return (up.attribs.itemtype ?? '').split(/\s+/).some((type) => OTHER_ITEMS.test(type));
    }
  }
  return false;
}

/** Where {@link readMetaTags} keeps the `pub_date` of Parse.ly's `parsely-page` JSON. */
export const PARSELY_PAGE_DATE = 'parsely-page pub_date';
/** Where {@link readMetaTags} keeps the authors of Parse.ly's `parsely-page` JSON. */
export const PARSELY_PAGE_AUTHORS = 'parsely-page authors';

/**
 * Parse.ly's older page metadata, one JSON object in `<meta name="parsely-page">`
 * (`{"pub_date":"2014-12-30T01:30:41Z","author":"Jason Tabrys",…}`): its `pub_date` and
 * authors, kept apart ({@link PARSELY_PAGE_DATE}, {@link PARSELY_PAGE_AUTHORS}) to be read
 * where the page shows none, as CMSs write local time there marked as UTC and one author of
 * several.
 */
function readParselyPage(json: string, add: (key: string, content: string) => void): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const { pub_date: published, author, authors } = value as Record<string, unknown>;
  if (typeof published === 'string') add(PARSELY_PAGE_DATE, published);
  const names = [author, ...(Array.isArray(authors) ? authors : [])];
  for (const name of names) {
    if (typeof name === 'string' && name.trim() !== '') add(PARSELY_PAGE_AUTHORS, name);
  }
}

/**
 * What a `<meta>` says: its `content`, else its `value` ({@link readMetaTags}).
 *
 * @param el - a `<meta>` element
 * @returns the value, or undefined when it has neither
 */
export function metaContent(el: Element): string | undefined {
  return el.attribs.content ?? el.attribs.value;
}

/** The first value among several keys, in priority order. */
export function firstMeta(meta: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key)?.[0]?.trim();
    if (value) return value;
  }
  return null;
}
