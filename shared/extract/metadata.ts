/**
 * Page metadata, read in priority order: JSON-LD, then Open Graph / `article:*` / other meta
 * tags, then the DOM.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import {
  classAndId,
  closest,
  descendants,
  hasRel,
  isBelow,
  isElement,
  LISTS,
  siblingElement,
  textOf,
} from './content/dom.ts';
import { HOME_LABEL, isSectionLink } from './content/labels.ts';
import { MONTHS } from './date-words.ts';
import { isShortDateline } from './dates.ts';
import { isHomeLink } from './headline-element.ts';
import {
  type JsonLd,
  type JsonLdNode,
  resolveRef,
  stringOf,
  typesOf,
  valuesOf,
} from './json-ld.ts';
import { linkLines } from './link-lines.ts';
import { firstMeta, type MetaTags, metaContent } from './meta-tags.ts';
import { CRUMB_HINT } from './metadata-hints.ts';
import { ancestorClassTest, isOutsideArticle, type PageIndex } from './page-index.ts';
import { linkPath } from './section-links.ts';
import { cleanOrNull, cleanText, countWords, nonSpaceLength, sameText } from './text.ts';
import type { ExtractionTrace } from './trace.ts';

/** What the metadata readers share about one page. */
export interface PageContext {
  readonly $: CheerioAPI;
  /** The page's elements, indexed once. */
  readonly index: PageIndex;
  readonly meta: MetaTags;
  readonly jsonLd: JsonLd;
  /** IANA zone for dates written without an offset. */
  readonly timezone: string;
  /** The language tag the page declares (`nl-BE`), normalized; absent when none. */
  readonly language?: string | null;
  /** The site's name (og:site_name, JSON-LD publisher, or the publisher's configured name). */
  readonly siteName: string | null;
  /** Receives where each field came from (`--explain`); absent in normal runs. */
  readonly trace?: ExtractionTrace;
  /**
   * The elements the lead readers took for the standfirst (the one its class or markup marks,
   * the one right below the headline in a box of its own), once read: the readers of the lines
   * below the headline pass over them. Absent before they are read.
   */
  readonly standfirsts?: readonly Element[];
  /**
   * The element the title reader took for the headline, once read: a page without an `<h1>`
   * may show it in another heading (an `<h6>` that links to the page name), and its date line
   * stands below it.
   */
  readonly headline?: Element;
}

/** Query parameters that only track a click and never select content. */
const TRACKING_PARAMS = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|zarsrc|_ga|mc_cid|mc_eid)$/i;

/**
 * The absolute http(s) URL a value names, resolved against `base`, without its fragment and
 * click-tracking parameters; null for anything else.
 *
 * @param value - an absolute or relative URL
 * @param base - the URL it is relative to
 * @returns the URL, or null
 */
export function absoluteHttp(
  value: string | null | undefined,
  base: string | undefined,
): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Only a URL with a fragment (an empty one leaves a last "#") or a query is edited: most
    // have neither, and their search parameters need no object.
    if (url.hash !== '' || url.href.endsWith('#')) url.hash = '';
    if (url.search !== '') {
      for (const key of [...url.searchParams.keys()]) {
        if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
      }
    }
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The page's address: a web archive's capture's original ({@link captureOriginal}) >
 * `<link rel=canonical>` > `og:url` > JSON-LD `mainEntityOfPage`/`url` > the URL given > the
 * address a saved page's comment names; its canonical URL is {@link originalUrl} of it. Relative
 * values resolve against `<base href>`, the given URL, the saved page's address, or the first
 * absolute candidate; click-tracking parameters (`utm_*`, `fbclid`, …) are dropped.
 *
 * @returns the absolute URL and where it was read (`--explain`), or null when the page has none
 *   and none was given
 */
export function readUrl(
  ctx: PageContext,
  givenUrl: string | undefined,
): { readonly url: string; readonly source: string } | null {
  const { index, meta, jsonLd } = ctx;
  const article = jsonLd.article;
  const canonical = index
    .byTag('link')
    .find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.attribs.rel ?? ''));
  const saved = savedAddress(ctx.$);
  // Each with where it is read, as `--explain` names it.
  const candidates: [string | null | undefined, string][] = [
    [captureOriginal(index), "web archive's bookmark link"],
    [canonical?.attribs.href, 'canonical link'],
    [firstMeta(meta, 'og:url'), 'og:url'],
    ...valuesOf(article, 'mainEntityOfPage').map((v): [string | null, string] => [
      stringOf(resolveRef(v, jsonLd.byId)),
      'JSON-LD mainEntityOfPage',
    ]),
    ...valuesOf(article, 'url').map((v): [string | null, string] => [stringOf(v), 'JSON-LD url']),
    [givenUrl, 'url option'],
    [saved, "saved page's comment"],
  ];
  const base =
    absoluteHttp(baseHref(index), givenUrl) ??
    givenUrl ??
    saved ??
    candidates.map(([c]) => absoluteHttp(c, undefined)).find((u) => u !== null) ??
    undefined;
  for (const [candidate, source] of candidates) {
    const url = absoluteHttp(candidate, base);
    if (url !== null) return { url: withoutViewParams(url), source };
  }
  return null;
}

/**
 * A web archive's address of a capture: a path ending in the capture's time (`20240115093000`,
 * with the Wayback Machine's `id_`-like modifier, or archive.today's `2024.01.15-093000`) and the
 * page's own absolute URL. The archives rewrite the canonical link (and the browser's address)
 * so; the page is the publisher's.
 */
const ARCHIVED =
  /^https?:\/\/[^/]+\/(?:[^?#]*\/)?(?:\d{14}|\d{4}(?:\.\d\d){2}-\d{6})(?:[a-z]{2}_)?\/(https?:\/\/.+)/i;

/**
 * The original address a web archive's capture names in its head: archive.today's
 * `<link rel=bookmark>` to the capture's long address. Its canonical link is the capture's short
 * one, and its meta tags are its own: the capture time as published and modified time,
 * "archived …" as description, its name as the site's.
 *
 * @returns the original's URL, or null on any other page
 */
export function captureOriginal(index: PageIndex): string | null {
  const link = index.byTag('link').find((el) => hasRel(el, 'bookmark'));
  return absoluteHttp(ARCHIVED.exec(link?.attribs.href ?? '')?.[1], undefined);
}

/**
 * The page's own URL, out of a web archive's address of its capture ({@link ARCHIVED}); the
 * capture's relative links resolve against the capture's address, where they load.
 */
export function originalUrl(url: string): string {
  return absoluteHttp(ARCHIVED.exec(url)?.[1], undefined) ?? url;
}

/**
 * The bar a web archive shows above its capture: the block below `<body>` (or a `<center>`) that
 * holds a field showing the original's address (archive.today's "Saved from [https://…]"). Its
 * capture time, marked as a publication date, its links and snapshots are the archive's. Not a
 * block holding the headline or the article, whose share box may show the address.
 */
export function archiveBar(index: PageIndex, original: string): Element | undefined {
  let bar = index
    .byTag('input')
    .find((el) => absoluteHttp(el.attribs.value, undefined) === original);
  while (bar?.parent && isElement(bar.parent) && !/^(?:body|center)$/.test(bar.parent.name)) {
    bar = bar.parent;
  }
  // A block holding the headline or the article is the page: its share box shows the address.
  return bar && !descendants(bar).some((el) => /^(?:h1|article|main)$/.test(el.name))
    ? bar
    : undefined;
}

/** The address in the comment a saver writes: Chrome's `saved from url=(0063)…`, SingleFile's `url: …`. */
const SAVED_FROM = /(?:saved from url=\(\d+\)|\burl:\s*)(https?:\/\/\S+)/i;

/**
 * The address a saved page's comment names: one before `<html>` (browsers' "saved from", the
 * mark of the web) or before `<head>` (SingleFile's), never one inside the page.
 */
export function savedAddress($: CheerioAPI): string | undefined {
  const top = $.root()[0]?.children ?? [];
  const html = top.find(isElement);
  for (const node of [...top, ...(html?.children ?? [])]) {
    if (isElement(node) && node !== html) return undefined;
    const found = node.type === 'comment' ? SAVED_FROM.exec(node.data)?.[1] : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Parameters that ask for the page's print or AMP view, with the values that do. */
const VIEW_PARAMS = /^(?:print|printable|printer_?friendly|amp)$/i;
const VIEW_SWITCHES = /^(?:view|output|outputtype|format|mode|layout|template)$/i;
const VIEW_VALUES = /^(?:print|printable|amp)$/i;

/**
 * The page's URL without the parameters that ask for another view of it (`?print=1`,
 * `&view=print`, `?amp=1`): a print template carries no canonical link, and the article is the
 * same whichever view was uploaded.
 */
function withoutViewParams(href: string): string {
  if (!href.includes('?')) return href;
  const url = new URL(href);
  for (const [key, value] of [...url.searchParams.entries()]) {
    if (VIEW_PARAMS.test(key) || (VIEW_SWITCHES.test(key) && VIEW_VALUES.test(value))) {
      url.searchParams.delete(key);
    }
  }
  return url.href;
}

/** The `href` of the page's first `<base>` element that has one. */
function baseHref(index: PageContext['index']): string | undefined {
  return index.byTag('base').find((b) => b.attribs.href)?.attribs.href;
}

/**
 * The base of the page's relative links and images, as browsers take it: its `<base href>`
 * resolved against its URL, else its URL.
 *
 * @param ctx - the page
 * @param url - the page's URL
 * @returns an absolute URL
 * @example readBaseUrl(ctx, 'https://tinh.example.vn/tin/a.html') // 'https://tinh.example.vn/' with <base href="/">
 */
export function readBaseUrl(ctx: PageContext, url: string): string {
  return absoluteHttp(baseHref(ctx.index), url) ?? url;
}

/** The fewest comma-separated parts that make a declared section a list of several. */
const MIN_SECTION_LIST_PARTS = 3;

/**
 * The section the page declares: JSON-LD `articleSection` > `article:section`. A value listing
 * several, as SEO plugins write a post's categories and tags into one ("Thoughts, Content
 * Creator, Kolumne, Mental Health"), is its first; a name with one comma stays whole.
 */
export function readDeclaredSection(ctx: PageContext): string | null {
  const { meta, jsonLd } = ctx;
  const fromLd = valuesOf(jsonLd.article, 'articleSection')
    .map(stringOf)
    .find((v) => v);
  // `ColumnName`: the column Chinese government sites declare, as their national standard asks.
  const declared = cleanOrNull(
    fromLd ?? firstMeta(meta, 'article:section', 'section', 'category', 'columnname'),
  );
  const parts = declared?.split(/\s*,\s*/) ?? [];
  return parts.length >= MIN_SECTION_LIST_PARTS ? cleanOrNull(parts[0]) : declared;
}

/**
 * The sections a page's address names: the folders of its path before the last part
 * (`/politics/2024/council-approves…` → "politics"), numbers and file names left out.
 *
 * @param url - the page's canonical URL
 * @returns the folder names, words joined by spaces ("us-news" → "us news")
 */
export function addressSections(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const folders = path.split('/').slice(1, -1);
  return folders
    .map((folder) => {
      try {
        return decodeURIComponent(folder)
          .replace(/[-_+]+/g, ' ')
          .trim();
      } catch {
        return '';
      }
    })
    .filter((folder) => folder !== '' && !/^\d+$/.test(folder) && !folder.includes('.'));
}

/** A breadcrumb trail's most text, the current page's title after its links included. */
const MAX_TRAIL_CHARS = 400;

/**
 * Whether the box a link is in that its class or id calls a breadcrumb (the nearest) holds more
 * text than a trail: the article, which a script's hook names so (Billboard's `url-breadcrumb`
 * on the story, whose links in its prose are no sections). Verdicts are kept by box.
 */
function inLongCrumbBox(link: Element, verdicts: Map<Element, boolean>): boolean {
  for (let up = link.parent; up !== null && isElement(up); up = up.parent) {
    if (up.name === 'body' || up.name === 'html' || !CRUMB_HINT.test(classAndId(up))) continue;
    let long = verdicts.get(up);
    if (long === undefined) {
      long = nonSpaceLength(textOf(up)) > MAX_TRAIL_CHARS;
      verdicts.set(up, long);
    }
    return long;
  }
  return false;
}

/**
 * The section: JSON-LD `articleSection` > `article:section` > breadcrumbs (their last link to a
 * section: share buttons may stand in the same bar) > the post's own category link.
 */
export function readSection(ctx: PageContext, title: string | null, url: string): SectionChoice {
  const { jsonLd } = ctx;
  const direct = readDeclaredSection(ctx);
  if (direct !== null) return { name: direct, source: 'JSON-LD articleSection or meta' };
  const keep = (name: string | null | undefined): name is string =>
    !!name &&
    !HOME_LABEL.test(name) &&
    !SITE_ACTION.test(name) &&
    !namesDateArchive(name) &&
    (title === null || !sameText(name, title));
  const crumbs = jsonLd.nodes
    .filter((n) => typesOf(n).includes('breadcrumblist'))
    .flatMap((n) => valuesOf(n, 'itemListElement'))
    .map((item) => {
      const node = item as JsonLdNode;
      return cleanOrNull(stringOf(node.name) ?? stringOf(resolveRef(node.item, jsonLd.byId)));
    })
    .filter(keep);
  const lastCrumb = crumbs.at(-1);
  if (lastCrumb !== undefined) return { name: lastCrumb, source: 'JSON-LD breadcrumbs' };
  const longBoxes = new Map<Element, boolean>();
  const domCrumbs = ctx.index
    .byTag('a')
    .filter(ancestorClassTest(ctx.index, 'a', CRUMB_HINT))
    .filter((a) => isSectionLink(a) && !inLongCrumbBox(a, longBoxes))
    .map((el) => cleanText(ctx.$(el).text()))
    .filter(keep);
  const lastLink = domCrumbs.at(-1);
  if (lastLink !== undefined) return { name: lastLink, source: 'breadcrumb links' };
  const trail = labelledTrail(ctx, url);
  if (keep(trail)) return { name: trail, source: 'a trail labelled as where the reader is' };
  // The post's own category, in the article: its link as WordPress marks it (`rel="category
  // tag"`), or microdata (`itemprop="articleSection"`, Joomla's `itemprop="genre"`); a sidebar's
  // list of categories is the site's.
  const category = ctx.index.hinted.find(
    (el) =>
      ((el.name === 'a' && hasRel(el, 'category')) ||
        SECTION_ITEMPROP.test(el.attribs.itemprop ?? '')) &&
      !isOutsideArticle(el, { index: ctx.index, links: true }),
  );
  const name = category === undefined ? null : cleanText(sectionText(category));
  if (keep(name) && name.length <= MAX_SECTION_CHARS) {
    return { name, source: "the post's category link" };
  }
  const labelled = labelledCategory(ctx, url);
  if (keep(labelled)) return { name: labelled, source: 'a line labelled as its category' };
  const above = sectionAboveHeadline(ctx, url);
  if (keep(above)) return { name: above, source: 'the lone link above the headline' };
  return { name: null, source: 'none' };
}

/**
 * A link's whole text that names an action the site offers its readers, not a part of it: an
 * account's ("Login", "Sign up", "Đăng ký", "登录"), a subscription's, a writer's application to
 * join a platform ("申请入驻"). A breadcrumb or a header's bar may end with one; no story is filed
 * under it.
 */
const SITE_ACTION =
  /^(?:subscribe|sign[ -]?(?:in|up)|log[ -]?in|register|join us|abonnieren|anmelden|registrieren|s['’]abonner|connexion|suscr[ií]bete|iniciar sesi[oó]n|đăng (?:ký|nhập)|登录|登錄|注册|註冊|(?:申请)?入驻|ログイン|会員登録|로그인|회원가입)$/iu;

/** A year and month in Chinese, Japanese (its era's year too: "令和6年11月") or Korean. */
const CJK_YEAR_MONTH =
  /^(?:\d{4}|(?:令和|平成)(?:\d{1,2}|元))年(?:\d{1,2}月)?$|^\d{4}년(?:\s?\d{1,2}월)?$/;

/**
 * Whether a breadcrumb names a date archive, a year or a month or both ("2024", "Novembro",
 * "November 2024", "2024年11月", "令和6年11月"): where the page is filed, not its section.
 *
 * @param name - one breadcrumb's text
 * @returns true for a year, a month's name, or both
 */
function namesDateArchive(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length > 0 && words.length <= 2) {
    if (words.every((w) => /^(?:19|20)\d{2}$/.test(w) || MONTHS.has(w))) return true;
  }
  return CJK_YEAR_MONTH.test(name.trim());
}

/** The section, and where it was read (`--explain`). */
export interface SectionChoice {
  readonly name: string | null;
  readonly source: string;
}

/**
 * A label for the post's own category, alone before its link ("Chuyên mục:", "Danh mục:",
 * "Category:", "Posted in", "Kategorie", "Rubrik:", "Catégorie :"): not a plural, which a site's
 * box of its categories is headed by ("Kategorien:"), nor "Filed under", which heads tags.
 */
const CATEGORY_LABEL =
  /^(?:chuyên mục|danh mục|category|posted in|published in|kategorie|rubrik|ressort|catégorie|categoría|categoria)\s*[:：]?$/iu;

/** Most links of a line naming the post's categories: a site's list of them holds many. */
const MAX_CATEGORY_LINKS = 3;

/** Longest label of a category line, the spaces around it included. */
const MAX_CATEGORY_LABEL = 30;

/**
 * The section a line labelled as the post's category names ({@link CATEGORY_LABEL}): its first
 * link, to another page of the site, when the line holds the label and one to
 * {@link MAX_CATEGORY_LINKS} links with separators between them, and stands in the article;
 * else null.
 */
function labelledCategory(ctx: PageContext, url: string): string | null {
  const page = absoluteHttp(url, url);
  for (const { line, label, links } of linkLines(ctx.index, MAX_CATEGORY_LABEL)) {
    const first = links[0];
    if (first === undefined || links.length > MAX_CATEGORY_LINKS) continue;
    if (!CATEGORY_LABEL.test(label) || !isSectionLink(first)) continue;
    if (isOutsideArticle(line, { index: ctx.index })) continue;
    if (page === null || siteTarget(first, page, url) === null) continue;
    const name = cleanText(textOf(first));
    if (name !== '' && name.length <= MAX_SECTION_CHARS) return name;
  }
  return null;
}

/**
 * A label saying where on the site the reader is, before a trail of links: "You are here:",
 * "当前位置：", "Bạn đang ở:", "Sie sind hier:".
 */
const WHERE_YOU_ARE_LABEL =
  /^(?:you are here|current location|bạn đang ở|vị trí|sie sind hier|vous êtes ici|usted está en|está en|ti trovi in|sei in|você está em|u bent hier|jesteś tutaj|当前位置|您的位置|您现在的位置|您当前的位置|所在位置|現在位置|현재 위치)\s*[:：]?$/iu;

/** Most links of a labelled trail: a site's menu holds more. */
const MAX_TRAIL_LINKS = 6;

/**
 * The section a trail of links labelled as where the reader is names ({@link
 * WHERE_YOU_ARE_LABEL}): its last link that is not the home page's nor the page's own, to
 * another page of the site; else null.
 */
function labelledTrail(ctx: PageContext, url: string): string | null {
  const page = absoluteHttp(url, url);
  if (page === null) return null;
  for (const { label, links } of linkLines(ctx.index, MAX_CATEGORY_LABEL)) {
    if (links.length > MAX_TRAIL_LINKS || !WHERE_YOU_ARE_LABEL.test(label)) continue;
    for (const link of [...links].reverse()) {
      const target = siteTarget(link, page, url);
      if (target === null || target === page) continue;
      const name = cleanText(textOf(link));
      if (name === '' || HOME_LABEL.test(name) || isHomeLink(link)) continue;
      return name.length <= MAX_SECTION_CHARS ? name : null;
    }
  }
  return null;
}

/** A link's absolute address when it leads to a page of the page's own site, else null. */
function siteTarget(link: Element, page: string, url: string): string | null {
  const target = absoluteHttp(link.attribs.href, url);
  return target !== null && siteHost(target) === siteHost(page) ? target : null;
}

/** Most words of a section's name shown above the headline. */
const MAX_SECTION_WORDS = 4;

/**
 * Last, the section a lone link names right above the headline, in a box of its own or as the
 * headline box's previous element (a portal's `<div class="detail-cate"><a href="/thoi-su.htm">
 * Thời sự</a></div>`, a kicker): a link to another page of the site, its text the box's whole
 * text, a few words and not the home page's.
 */
function sectionAboveHeadline(ctx: PageContext, url: string): string | null {
  const headline = ctx.headline ?? ctx.index.byTag('h1')[0];
  if (headline === undefined) return null;
  const parent = headline.parent;
  let box =
    siblingElement(headline, 'prev') ??
    (parent !== null && isElement(parent) ? siblingElement(parent, 'prev') : null);
  // A date line of its own between them is passed over: the section stands above it.
  if (box !== null && isDateLineBox(box, ctx.timezone)) box = siblingElement(box, 'prev');
  if (box === null) return null;
  const links = box.name === 'a' ? [box] : descendants(box).filter((d) => d.name === 'a');
  const link = links.length === 1 ? links[0] : lastCrumb(box, links, url);
  if (link === undefined || !isSectionLink(link)) return null;
  const text = cleanText(textOf(link));
  const whole = cleanText(textOf(box));
  if (text === '' || (links.length === 1 && whole !== text) || HOME_LABEL.test(text)) return null;
  if (countWords(text) > MAX_SECTION_WORDS || text.length > MAX_SECTION_CHARS) return null;
  const page = absoluteHttp(url, url);
  const target = page === null ? null : siteTarget(link, page, url);
  return target !== null && target !== page ? text : null;
}

/** Whether a box shows a date line and nothing else, no link ("Thứ năm, 14/12/2023, 16:05"). */
function isDateLineBox(box: Element, timeZone: string): boolean {
  if (box.name === 'a' || descendants(box).some((d) => d.name === 'a')) return false;
  return isShortDateline(cleanText(textOf(box)), timeZone);
}

/** Where a site's menu stands: links there side by side are its sections. */
const MENUS: ReadonlySet<string> = new Set(['nav', 'header', 'menu']);
/** The most links of a breadcrumb trail read above the headline. */
const MAX_CRUMBS = 4;
/** What stands between a breadcrumb trail's links: "›", ">", "»", "/", "→". */
const CRUMB_SEPARATORS = /^[\s›>»/→·|]*$/u;

/**
 * The last section of a breadcrumb trail (`<a>Trang chủ</a> › <a>Kinh tế</a> › <a>Tài
 * chính</a>`), as the marked breadcrumb's reader takes it: two to {@link MAX_CRUMBS} links and
 * nothing between them but a breadcrumb's separators, one at least, or none when the trail
 * leads down the site's sections, from the home page's link or not (separators a style sheet
 * draws: `<ul><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te/">Kinh tế</a></li></ul>`;
 * other links side by side with spaces alone are a menu of sections, none of which is the
 * article's); the home page's link and one to the page
 * itself are no section. Undefined for any other box.
 */
function lastCrumb(box: Element, links: readonly Element[], url: string): Element | undefined {
  if (links.length < 2 || links.length > MAX_CRUMBS) return undefined;
  const first = links[0] as Element;
  const page = absoluteHttp(url, url);
  // The trail's last link may be to the page itself, which leads below nothing.
  const sections = links.filter((link) => absoluteHttp(link.attribs.href, url) !== page);
  const between = textBetween(box, links);
  if (!CRUMB_SEPARATORS.test(between)) {
    // A list down the site's sections beside other lines of the box (the date line).
    const list = closest(first, LISTS, box);
    if (
      list === null ||
      !links.every((link) => isBelow(link, list)) ||
      textBetween(list, links).trim() !== '' ||
      !goesDown(sections) ||
      closest(box, MENUS, null) !== null
    ) {
      return undefined;
    }
  } else if (
    // Without separators, only a trail down the site's sections, from the home page's link or
    // not (the home page's link and one section: a trail of one level), and not the site's menu.
    between.trim() === '' &&
    (!(opensAtHome(first)
      ? sections.length <= 2 || goesDown(sections.slice(1))
      : goesDown(sections)) ||
      closest(box, MENUS, null) !== null)
  ) {
    return undefined;
  }
  return sections.findLast(
    (link) => !HOME_LABEL.test(cleanText(textOf(link))) && !isHomeLink(link),
  );
}

/** Whether a link is the home page's, by its address or its words ("Trang chủ", "Home"). */
function opensAtHome(link: Element): boolean {
  return isHomeLink(link) || HOME_LABEL.test(cleanText(textOf(link)));
}

/** The text of `box` besides its links' own. */
function textBetween(box: Element, links: readonly Element[]): string {
  let between = cleanText(textOf(box));
  for (const link of links) between = between.replace(cleanText(textOf(link)), ' ');
  return between;
}

/**
 * Whether each link leads one level or more below the one before it (`/thoi-su`, then
 * `/thoi-su/giao-thong`): a trail down the site's sections, not a list of them side by side.
 */
function goesDown(links: readonly Element[]): boolean {
  const paths = links.map((link) => linkPath(link.attribs.href ?? ''));
  return paths.every(
    (path, i) => path !== null && (i === 0 || path.startsWith(`${paths[i - 1] ?? '\0'}/`)),
  );
}

/** A host without its `www.`: the same site either way. */
function siteHost(url: string): string {
  return new URL(url).host.replace(/^www\./, '');
}

/**
 * What a section's element names: a `<meta>`'s content, the first of its links that shows text
 * (one element may list several categories), or its text.
 */
function sectionText(el: Element): string {
  if (el.name === 'meta') return metaContent(el) ?? '';
  const link =
    el.name === 'a'
      ? undefined
      : descendants(el).find((d) => d.name === 'a' && cleanText(textOf(d)) !== '');
  return textOf(link ?? el);
}

/** The microdata properties naming an article's section: `articleSection`, Joomla's `genre`. */
const SECTION_ITEMPROP = /(?:^|\s)(?:articleSection|genre)(?:\s|$)/;
/** A section's name is short: longer, the element holds more than the name. */
const MAX_SECTION_CHARS = 60;

/** The language the page declares: `<html lang>`, content-language, `og:locale`, JSON-LD. */
export function readDeclaredLanguage(ctx: PageContext): string | null {
  const { index, meta, jsonLd } = ctx;
  const html = index.byTag('html')[0]?.attribs;
  return (
    [
      html?.lang,
      html?.['xml:lang'],
      firstMeta(meta, 'content-language', 'language', 'og:locale'),
      valuesOf(jsonLd.article, 'inLanguage')
        .map(stringOf)
        .find((v) => v),
    ].find((v) => v !== undefined && v !== null && !ENCODING_NAME.test(v)) ?? null
  );
}

/**
 * A character encoding's name where a template wrote it for the language (`<html lang="utf-8">`,
 * `content-language="ISO-8859-1"`): its first part would read as a language code ("utf", "iso").
 */
const ENCODING_NAME = /^\s*(?:utf-?(?:8|16|32)|iso-?(?:8859|2022)|us-ascii|euc-[a-z]{2})\b/i;

/**
 * The direction the page declares for its text (`dir` on `<html>`, else on `<body>`): `rtl` for
 * Arabic, Hebrew, Persian or Urdu pages, else null.
 */
export function readDeclaredDirection(ctx: Pick<PageContext, 'index'>): 'rtl' | null {
  const { index } = ctx;
  const dir = index.byTag('html')[0]?.attribs.dir ?? index.byTag('body')[0]?.attribs.dir;
  return dir?.trim().toLowerCase() === 'rtl' ? 'rtl' : null;
}

/** The site's name: `og:site_name`, then the JSON-LD publisher. */
export function readSiteName(meta: MetaTags, jsonLd: JsonLd): string | null {
  const og = firstMeta(meta, 'og:site_name', 'application-name');
  if (og !== null) return cleanText(og);
  const publisher = valuesOf(jsonLd.article, 'publisher')[0];
  const node = resolveRef(publisher, jsonLd.byId);
  return cleanOrNull(stringOf(node));
}
