/**
 * Page metadata, read in priority order: JSON-LD, then Open Graph / `article:*` / other meta
 * tags, then the DOM.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { cleanAuthors } from './authors.ts';
import { parseDate, parseDateLine } from './dates.ts';
import {
  type JsonLd,
  type JsonLdNode,
  resolveRef,
  stringOf,
  typesOf,
  valuesOf,
} from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { classAndIdOf, isOutsideArticle, type PageIndex } from './page-index.ts';
import { cleanOrNull, cleanText } from './text.ts';

/** What the metadata readers share about one page. */
export interface PageContext {
  readonly $: CheerioAPI;
  /** The page's elements, indexed once. */
  readonly index: PageIndex;
  readonly meta: MetaTags;
  readonly jsonLd: JsonLd;
  /** IANA zone for dates written without an offset. */
  readonly timezone: string;
  /** The site's name (og:site_name, JSON-LD publisher, or the publisher's configured name). */
  readonly siteName: string | null;
}

/** Query parameters that only track a click and never select content. */
const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|_ga|mc_cid|mc_eid)$/i;

function absoluteHttp(value: string | null | undefined, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) {
      if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
    }
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The canonical URL: `<link rel=canonical>` > `og:url` > JSON-LD `mainEntityOfPage`/`url` >
 * the URL given. Relative values resolve against `<base href>`, the given URL, or the first
 * absolute candidate; click-tracking parameters (`utm_*`, `fbclid`, …) are dropped.
 *
 * @returns the absolute URL, or null when the page has none and none was given
 */
export function readUrl(ctx: PageContext, givenUrl: string | undefined): string | null {
  const { index, meta, jsonLd } = ctx;
  const article = jsonLd.article;
  const canonical = index
    .byTag('link')
    .find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.attribs.rel ?? ''));
  const candidates = [
    canonical?.attribs.href,
    firstMeta(meta, 'og:url'),
    ...valuesOf(article, 'mainEntityOfPage').map((v) => stringOf(resolveRef(v, jsonLd.byId))),
    ...valuesOf(article, 'url').map(stringOf),
    givenUrl,
  ];
  const base =
    absoluteHttp(index.byTag('base').find((b) => b.attribs.href)?.attribs.href, givenUrl) ??
    givenUrl ??
    candidates.map((c) => absoluteHttp(c, undefined)).find((u) => u !== null) ??
    undefined;
  for (const candidate of candidates) {
    const url = absoluteHttp(candidate, base);
    if (url !== null) return url;
  }
  return null;
}

const SEPARATOR = /\s+[|\-–—»·:>]\s+|\s*[|«»]\s*/;

function sameText(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/** Drops a " - Site name" / "Site name | " part from a headline. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return title;
  if (siteName !== null) {
    const site = cleanText(siteName);
    const kept = parts.filter((p) => !sameText(p, site));
    if (kept.length < parts.length && kept.length > 0) {
      // Cut at the separator next to the site name, keeping separators inside the headline.
      const first = parts[0] ?? '';
      const last = parts[parts.length - 1] ?? '';
      if (sameText(last, site))
        return title.slice(0, title.lastIndexOf(last)).replace(SEPARATOR_END, '');
      if (sameText(first, site)) return title.slice(first.length).replace(SEPARATOR_START, '');
    }
  }
  return title;
}

const SEPARATOR_END = /\s*[|\-–—»·:>]\s*$/;
const SEPARATOR_START = /^\s*[|\-–—»·:>]\s*/;

/** Elements that may show the headline as their whole text. */
const SHOWN_TAGS = new Set(['h1', 'h2', 'h3', 'span', 'div', 'p', 'td', 'b', 'strong', 'font']);

/**
 * The headline inside a `<title>` made of several segments: the longest segment that the page
 * also shows as an element's whole text.
 */
function shownTitleSegment(ctx: PageContext, title: string): string | null {
  const { $, index } = ctx;
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return null;
  const shown = new Set<string>();
  for (const el of index.elements) {
    if (!SHOWN_TAGS.has(el.name) || el.children.length > 3) continue;
    const text = cleanText($(el).text());
    if (text.length >= 10 && text.length <= 300) shown.add(text.toLocaleLowerCase('vi'));
  }
  let best: string | null = null;
  for (const part of parts) {
    if (shown.has(part.toLocaleLowerCase('vi')) && part.length > (best?.length ?? 0)) best = part;
  }
  return best;
}

/** Drops the last " | …" segment of a `<title>` when its first part is a headline. */
function stripLastSegment(title: string): string {
  const m = /^(.*\S)\s+[|\-–—»·>]\s+[^|\-–—»·>]+$/.exec(title);
  const head = m?.[1];
  return head !== undefined && head.split(' ').length >= 3 ? head : title;
}

/**
 * The headline without the site-name suffix: JSON-LD `headline` > `og:title` > the `<h1>` >
 * `<title>`.
 */
export function readTitle(ctx: PageContext): string | null {
  const { $, index, meta, jsonLd } = ctx;
  const titleElement = index.byTag('title')[0];
  const titleTag = titleElement === undefined ? '' : cleanText($(titleElement).text());
  const headline = valuesOf(jsonLd.article, 'headline')
    .map(stringOf)
    .find((v) => v);
  const og = firstMeta(meta, 'og:title', 'twitter:title');
  const h1s = index
    .byTag('h1')
    .map((el) => cleanText($(el).text()))
    .filter((t) => t.length > 3 && (ctx.siteName === null || !sameText(t, ctx.siteName)));
  const h1 = h1s.find((t) => titleTag.includes(t)) ?? h1s[0];
  for (const candidate of [headline, og, h1]) {
    const clean = cleanOrNull(candidate);
    if (clean !== null) return stripSiteName(clean, ctx.siteName);
  }
  if (titleTag === '') return null;
  const shown = shownTitleSegment(ctx, titleTag);
  if (shown !== null) return shown;
  const stripped = stripSiteName(titleTag, ctx.siteName);
  return stripped === titleTag ? stripLastSegment(titleTag) : stripped;
}

function personNames(value: unknown, ctx: PageContext): string[] {
  const node = resolveRef(value, ctx.jsonLd.byId);
  if (typeof node === 'string') return cleanAuthors(node);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const types = typesOf(node as JsonLdNode);
  if (types.some((t) => t === 'organization' || t === 'newsmediaorganization')) return [];
  const name = stringOf((node as JsonLdNode).name);
  return name === null ? [] : cleanAuthors(name);
}

/**
 * Authors from JSON-LD (`author` as string, object, array or `@id` reference; organisations
 * skipped), then `author` / `article:author` meta, then DOM bylines (`rel=author`,
 * `itemprop=author`, `.author`, `.byline`).
 *
 * @returns cleaned person names, possibly empty
 */
export function readAuthors(ctx: PageContext): string[] {
  const { $, index, jsonLd } = ctx;
  const site = ctx.siteName === null ? null : cleanText(ctx.siteName);
  const notSite = (names: string[]) => names.filter((n) => site === null || !sameText(n, site));
  const fromJsonLd = notSite(
    valuesOf(jsonLd.article, 'author').flatMap((a) => personNames(a, ctx)),
  );
  if (fromJsonLd.length > 0) return fromJsonLd;
  const fromMeta = notSite(
    ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author']
      .flatMap((key) => ctx.meta.get(key) ?? [])
      .flatMap((v) => cleanAuthors(v)),
  );
  if (fromMeta.length > 0) return [...new Set(fromMeta)];
  const dom = index.elements
    .filter((el) => isAuthorElement(el) && !isOutsideArticle(el, { links: true }))
    .map((el) => {
      const named = $(el).find('[itemprop="name"]').first();
      return cleanText((named.length > 0 ? named : $(el)).text());
    })
    .find((t) => t !== '' && t.length <= 80);
  return dom === undefined ? [] : notSite(cleanAuthors(dom));
}

const AUTHOR_CLASSES = new Set([
  'author-name',
  'author',
  'byline',
  'tac-gia',
  'post-author',
  'article-author',
]);

/** `rel=author`, `itemprop=author`, or an author/byline class. */
function isAuthorElement(el: Element): boolean {
  const { rel, itemprop, class: cls } = el.attribs;
  if (rel === 'author' || itemprop === 'author') return true;
  return cls?.split(/\s+/).some((c) => AUTHOR_CLASSES.has(c)) ?? false;
}

/** Published and modified dates: JSON-LD, then meta tags, then `<time>`, then date lines. */
export function readDates(ctx: PageContext): { published: string | null; modified: string | null } {
  const { index, meta, jsonLd, timezone } = ctx;
  const parse = (v: unknown) => {
    const s = stringOf(v);
    return s === null ? null : parseDate(s, timezone);
  };
  const first = (values: unknown[]) => values.map(parse).find((d) => d !== null) ?? null;
  let published =
    first(valuesOf(jsonLd.article, 'datePublished')) ??
    first(valuesOf(jsonLd.article, 'dateCreated')) ??
    first(
      [
        'article:published_time',
        'og:article:published_time',
        'datepublished',
        'pubdate',
        'publishdate',
        'publish-date',
        'dc.date.issued',
        'dc.date',
        'dcterms.created',
        'date',
        'parsely-pub-date',
        'sailthru.date',
      ].flatMap((key) => meta.get(key) ?? []),
    );
  let modified =
    first(valuesOf(jsonLd.article, 'dateModified')) ??
    first(
      [
        'article:modified_time',
        'og:updated_time',
        'datemodified',
        'dcterms.modified',
        'last-modified',
        'lastmod',
      ].flatMap((key) => meta.get(key) ?? []),
    );
  if (published === null) {
    const time = index
      .byTag('time')
      .filter((el) => el.attribs.datetime !== undefined && !isOutsideArticle(el));
    published = first(time.map((el) => el.attribs.datetime));
  }
  if (published === null || modified === null) {
    const line = dateLine(ctx);
    published ??= line.published;
    modified ??= line.modified;
  }
  return { published, modified };
}

/** Class or id hints of a date line. */
const DATE_HINT = /date|time|publish|ngay|meta|byline|info/i;

function isDateElement(el: Element): boolean {
  const { itemprop } = el.attribs;
  if (itemprop === 'datePublished' || itemprop === 'dateModified') return true;
  return el.name !== 'meta' && el.name !== 'script' && DATE_HINT.test(classAndIdOf(el));
}

/** The first short element after the headline that reads as a date line. */
function dateLine(ctx: PageContext): { published: string | null; modified: string | null } {
  const { $, index, timezone } = ctx;
  const result: { published: string | null; modified: string | null } = {
    published: null,
    modified: null,
  };
  const candidates = index.elements.filter((el) => isDateElement(el) && !isOutsideArticle(el));
  for (const el of candidates) {
    const attr = el.attribs.content ?? el.attribs.datetime;
    const text = attr ?? cleanText($(el).text());
    if (text === '' || text.length > 160) continue;
    const found = parseDateLine(text, timezone);
    result.published ??= found.published;
    result.modified ??= found.modified;
    if (result.published !== null) break;
  }
  if (result.published === null && result.modified === null) return labelledDateText(ctx);
  return result;
}

/** A date line's label, or a clock time: what tells a page's date from a date in a list. */
const DATE_LABEL =
  /cập nhật|ngày đăng|đăng lúc|đăng ngày|xuất bản|published|posted|updated|\d{1,2}[:h]\d{2}/i;

const NO_DATE_TEXT = new Set(['script', 'style', 'a', 'li', 'title', 'head', 'option']);

/**
 * Last resort for pages without date markup (old ASP/PHP sites): the first short text with a
 * date and a label or clock time, outside links, lists and sidebars.
 */
function labelledDateText(ctx: PageContext): { published: string | null; modified: string | null } {
  const { index, timezone } = ctx;
  for (const el of index.elements) {
    if (NO_DATE_TEXT.has(el.name)) continue;
    const own = el.children
      .filter((c) => c.type === 'text')
      .map((c) => c.data)
      .join(' ');
    const text = cleanText(own);
    if (text.length < 8 || text.length > 100 || !DATE_LABEL.test(text)) continue;
    if (isOutsideArticle(el)) continue;
    const found = parseDateLine(text, timezone);
    if (found.published !== null || found.modified !== null) return found;
  }
  return { published: null, modified: null };
}

/** The section: JSON-LD `articleSection` > `article:section` > breadcrumbs. */
export function readSection(ctx: PageContext, title: string | null): string | null {
  const { meta, jsonLd } = ctx;
  const fromLd = valuesOf(jsonLd.article, 'articleSection')
    .map(stringOf)
    .find((v) => v);
  const fromMeta = firstMeta(meta, 'article:section', 'section', 'category');
  const direct = cleanOrNull(fromLd ?? fromMeta);
  if (direct !== null) return direct;
  const home = /^(?:trang chủ|home|homepage|trang nhất)$/i;
  const keep = (name: string | null | undefined): name is string =>
    !!name && !home.test(name) && (title === null || !sameText(name, title));
  const crumbs = jsonLd.nodes
    .filter((n) => typesOf(n).includes('breadcrumblist'))
    .flatMap((n) => valuesOf(n, 'itemListElement'))
    .map((item) => {
      const node = item as JsonLdNode;
      return cleanOrNull(stringOf(node.name) ?? stringOf(resolveRef(node.item, jsonLd.byId)));
    })
    .filter(keep);
  if (crumbs.length > 0) return crumbs[crumbs.length - 1] ?? null;
  const domCrumbs = ctx.index
    .byTag('a')
    .filter(ancestorClassTest(/crumb|path/i))
    .map((el) => cleanText(ctx.$(el).text()))
    .filter(keep);
  return domCrumbs[domCrumbs.length - 1] ?? null;
}

/**
 * A test "has this element, or an ancestor, a class or id matching `pattern`", memoized per
 * element so that testing every link of a page walks each ancestor once.
 */
function ancestorClassTest(pattern: RegExp): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const test = (el: Element): boolean => {
    const known = memo.get(el);
    if (known !== undefined) return known;
    const parent: AnyNode | null = el.parent;
    const result =
      pattern.test(classAndIdOf(el)) || (parent !== null && parent.type === 'tag' && test(parent));
    memo.set(el, result);
    return result;
  };
  return test;
}

/** Tag candidates: the page's declared tags, and its plain `keywords` meta kept apart. */
export interface TagSources {
  /** `article:tag` > JSON-LD `keywords` > `news_keywords` > tag links: the first non-empty. */
  readonly declared: readonly string[];
  /** The `keywords` meta, often site-wide boilerplate. */
  readonly keywords: readonly string[];
}

function uniqueTags(values: readonly string[]): string[] {
  const tags: string[] = [];
  for (const raw of values) {
    const tag = cleanText(raw).replace(/^#/, '');
    if (tag === '' || tag.length > 60) continue;
    if (!tags.some((t) => sameText(t, tag))) tags.push(tag);
  }
  return tags;
}

/** Reads the tag candidates (before the body finder edits the page). */
export function readTagSources(ctx: PageContext): TagSources {
  const { $, meta, jsonLd } = ctx;
  const split = (values: readonly unknown[]) =>
    values.flatMap((v) => (stringOf(v) ?? '').split(/\s*[,;]\s*/));
  const inTagList = ancestorClassTest(/tags|tag-list|keyword/i);
  const sources: (() => string[])[] = [
    () => [...(meta.get('article:tag') ?? [])],
    () => split(valuesOf(jsonLd.article, 'keywords')),
    () => split(meta.get('news_keywords') ?? []),
    () =>
      ctx.index
        .byTag('a')
        .filter((a) => /(?:^|\s)tag(?:\s|$)/i.test(a.attribs.rel ?? '') || inTagList(a))
        .map((el) => $(el).text()),
  ];
  let declared: string[] = [];
  for (const source of sources) {
    declared = uniqueTags(source());
    if (declared.length > 0) break;
  }
  return { declared, keywords: uniqueTags(split(meta.get('keywords') ?? [])) };
}

/**
 * The tags: the declared ones, else the `keywords` meta when at least half of its keywords occur
 * in the article's title or text (site-wide keywords like "tin tức, báo điện tử" do not).
 *
 * @param sources - from {@link readTagSources}
 * @param text - the title and body text of the article
 * @returns the tags, possibly empty
 */
export function chooseTags(sources: TagSources, text: string): string[] {
  if (sources.declared.length > 0) return [...sources.declared];
  const haystack = text.toLocaleLowerCase('vi');
  const found = sources.keywords.filter((k) => haystack.includes(k.toLocaleLowerCase('vi')));
  return found.length > 0 && found.length * 2 >= sources.keywords.length
    ? [...sources.keywords]
    : [];
}

/** The language the page declares: `<html lang>`, content-language, `og:locale`, JSON-LD. */
export function readDeclaredLanguage(ctx: PageContext): string | null {
  const { index, meta, jsonLd } = ctx;
  return (
    index.byTag('html')[0]?.attribs.lang ??
    index.byTag('html')[0]?.attribs['xml:lang'] ??
    firstMeta(meta, 'content-language', 'language', 'og:locale') ??
    valuesOf(jsonLd.article, 'inLanguage')
      .map(stringOf)
      .find((v) => v) ??
    null
  );
}

/** The site's name: `og:site_name`, then the JSON-LD publisher. */
export function readSiteName(meta: MetaTags, jsonLd: JsonLd): string | null {
  const og = firstMeta(meta, 'og:site_name', 'application-name');
  if (og !== null) return cleanText(og);
  const publisher = valuesOf(jsonLd.article, 'publisher')[0];
  const node = resolveRef(publisher, jsonLd.byId);
  return cleanOrNull(stringOf(node));
}
