/**
 * Page metadata, read in priority order: JSON-LD, then Open Graph / `article:*` / other meta
 * tags, then the DOM.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { cleanAuthors } from './authors.ts';
import {
  type JsonLd,
  type JsonLdNode,
  resolveRef,
  stringOf,
  typesOf,
  valuesOf,
} from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta-tags.ts';
import { ancestorClassTest, isOutsideArticle, type PageIndex } from './page-index.ts';
import { cleanOrNull, cleanText, sameText } from './text.ts';

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
