import type { Cheerio } from 'cheerio/slim';
import type { Element, ParentNode } from 'domhandler';
import type { Article, ArticleImage } from '../article.ts';
import type { Publisher } from '../publishers/publisher.ts';
import { linksToAuthorPage } from './author-links.ts';
import { isInitials, isNewsroomSignOff, isPersonName, isWireAgency } from './author-names.ts';
import { openingBylineNames, opensWithByLabel, parseByline } from './authors.ts';
import { readBody } from './body.ts';
import { detach, isBelow, precedes, siblingElement, textExcept, textOf } from './content/dom.ts';
import { type BodyLocation, locateBody } from './content/index.ts';
import { isPromotionalLine } from './content/promo.ts';
import { remover, snippet } from './content/removal.ts';
import { customTimesAsTime } from './custom-times.ts';
import { formatWithOffset, isDateline, showsDay, zoneOffsetMinutes } from './dates.ts';
import { readDeclaredImage } from './declared-image.ts';
import { flattenDeepNesting, MAX_DEPTH } from './depth.ts';
import { consentNotice, errorPageOf } from './error-page.ts';
import { NotAnArticleError, UnreadablePageError } from './errors.ts';
import { onFirstUse } from './first-use.ts';
import { formulasAsText } from './formulas.ts';
import { fromSource } from './from-source.ts';
import { articleId, contentHash } from './hash.ts';
import { emptyHeadingPermalinks } from './heading-permalinks.ts';
import { readJsonLd } from './json-ld.ts';
import { chooseLanguage, normalizeLanguageTag } from './language.ts';
import {
  findHeaderStandfirst,
  findLeadElement,
  findParagraphUnderHeadline,
  findShownDescription,
  isSiteTagline,
  leadFromDescription,
  type OpeningTexts,
  openingTexts,
  pageDescriptions,
  standfirstBlock,
  withoutFramingMarks,
} from './lead.ts';
import { convertLegacyFontText, mayNameLegacyFont } from './legacy-fonts.ts';
import { checkElementCount } from './limits.ts';
import { firstMeta, readMetaTags } from './meta-tags.ts';
import {
  addressSections,
  archiveBar,
  captureOriginal,
  originalUrl,
  type PageContext,
  readBaseUrl,
  readDeclaredDirection,
  readDeclaredLanguage,
  readDeclaredSection,
  readSection,
  readSiteName,
  readUrl,
  savedAddress,
} from './metadata.ts';
import { closeOpenAnchors } from './open-anchors.ts';
import { readDates, updateAfter, withBodyDates } from './page-dates.ts';
import { indexElements, indexPage, replyCommentBoxes } from './page-index.ts';
import { readPageShape } from './page-kind.ts';
import { inferPageZone, type PageZone } from './page-zone.ts';
import { parsePage } from './parse-page.ts';
import { readAuthors } from './read-authors.ts';
import {
  foldLetters,
  isSiteName,
  readSiteIdentity,
  type SiteIdentity,
  withInitialsOf,
  writesSameName,
} from './site.ts';
import { chooseTags, readTagSources } from './tags.ts';
import {
  descriptionFingerprint,
  imageFingerprint,
  type ProfilePage,
  pageBlocks,
  recursOnSite,
  removeTemplateBlocks,
  type SiteTemplate,
} from './template/index.ts';
import { cleanText, countWords, lowerVi, nonSpaceLength, normalizeStrings } from './text.ts';
import { readTitle, repeatsHeadline, titleAffixes, withoutTitleAffix } from './title.ts';
import type { ExtractionTrace } from './trace.ts';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** Where the page was published; used when the page names no canonical URL, and as base. */
  readonly url?: string;
  /** IANA zone for dates without an offset; default: the publisher's, else `UTC`. */
  readonly timezone?: string;
  /** The page's publisher: its time zone, language, name and extraction rules apply. */
  readonly publisher?: Publisher;
  /** Receives what was chosen, removed and read where (`syndicate extract --explain`). */
  readonly trace?: ExtractionTrace;
  /**
   * The page's site template (`templateFor` over the site's profile): blocks it marks as the
   * site's furniture are removed before the body is chosen.
   */
  readonly template?: SiteTemplate | null;
  /**
   * The charset the page's bytes were served with: the `charset` of the `Content-Type` it came
   * with (`text/html; charset=windows-1251`). It wins over the page's own declaration, as in
   * browsers, unless the bytes contradict it (decode.ts).
   */
  readonly charset?: string | null;
}

/** An article and what the page adds to its site's profile. */
export interface ExtractedPage {
  readonly article: Article;
  /** The page's canonical URL and block fingerprints, for `recordPage`. */
  readonly profilePage: ProfilePage;
}

/** The zone for times written without an offset: the configured one, else the page's, else UTC. */
function readZone(
  ctx: PageContext,
  url: string,
  declaredLanguage: string | null,
  configured: string | undefined,
): PageZone {
  if (configured !== undefined) return { zone: configured, source: 'configured' };
  return (
    inferPageZone(ctx, url, declaredLanguage) ?? {
      zone: 'UTC',
      source: 'default (the page names no zone)',
    }
  );
}

/** An instant written in UTC: `Z`, `+00:00`. */
const IN_UTC = /(?:Z|[+-]00:?00)$/;

/**
 * The zone evidence of `en-US` alone: WordPress's and Yoast's default tag, which sites in
 * Sydney or Nairobi keep; for a time without an offset New York is the best guess, but an
 * instant written in UTC is not moved by it.
 */
const DEFAULT_US_TAG = /^(?:language tag en-US|og:locale en_US)$/i;

/**
 * An instant the page gives in UTC, written at the offset of the zone the page keeps
 * (`page-zone.ts`: the publisher's configuration, an offset written on the page, its country's
 * domain or language tag, a language one zone mostly speaks). The same instant; its day the one
 * the page's readers saw (a São Paulo story of 21:44 on 3 May, given as
 * `2022-05-04T00:44:52Z`). A page that names no zone (Spanish on a `.com`), or only `en-US`,
 * stays in UTC.
 */
function inPageZone(value: string | null, zone: PageZone): string | null {
  if (value === null || !IN_UTC.test(value) || zone.zone === 'UTC') return value;
  if (DEFAULT_US_TAG.test(zone.source)) return value;
  const epoch = Date.parse(value);
  if (Number.isNaN(epoch)) return value;
  const offset = zoneOffsetMinutes(zone.zone, epoch);
  // Midnight UTC is mostly a day without its time (Hugo's and Jekyll's dates): written west of
  // UTC it would fall on the day before the page shows.
  return offset < 0 && /T00:00(?::00)?(?:\.0+)?\D/.test(value)
    ? value
    : formatWithOffset(epoch, offset);
}

/** The element, unless it lies in the body or holds it (then the body's own rules apply). */
function outsideBody<T extends { readonly element: Cheerio<Element> }>(
  found: T | null,
  location: BodyLocation | null,
): T | null {
  const node = found?.element.get(0);
  if (found === null || node === undefined || location === null) return found;
  const roots = location.container.toArray();
  return roots.some((root) => root === node || isBelow(node, root) || isBelow(root, node))
    ? null
    : found;
}

/**
 * What was found, when it is the only text of a box that opens the body, other blocks of it
 * after the box (a standfirst's box the body finder took in beside the body's own block, its
 * class sharing a word with the body's: CAND's `box-des-detail` beside `detail-content`): set
 * between the headline and the text, it is the standfirst, as it is outside the body. Else null.
 */
function boxBeforeBody<T extends { readonly element: Cheerio<Element> }>(
  found: T | null,
  location: BodyLocation | null,
): T | null {
  const node = found?.element.get(0);
  const root = location?.container.get(0);
  if (found === null || node === undefined || root === undefined) return null;
  const parts = root.children.filter(
    (child): child is Element => child.type === 'tag' && cleanText(textOf(child)) !== '',
  );
  const [box] = parts;
  return box !== undefined &&
    box !== node &&
    parts.length > 1 &&
    isBelow(node, box) &&
    cleanText(textOf(box)) === cleanText(textOf(node))
    ? found
    : null;
}

/** Whether an element comes after the body, outside it. */
function followsBody(found: Cheerio<Element>, location: BodyLocation | null): boolean {
  const node = found.get(0);
  if (node === undefined || location === null) return false;
  const roots = location.container.toArray();
  return roots.every(
    (root) => !isBelow(node, root) && !isBelow(root, node) && precedes(root, node),
  );
}

/** The most words of a name: a description of more, or with a sentence's end, says something. */
const MAX_NAME_WORDS = 14;

/** Whether a text reads as a name, not a sentence: few words, no number, no sentence's end. */
function readsAsName(text: string): boolean {
  return text.split(/\s+/).length <= MAX_NAME_WORDS && !/[\d.!?…]/.test(text);
}

/** Zones already checked: building a DateTimeFormat per page is measurable. */
const knownZones = new Set<string>();

function checkTimeZone(zone: string): string {
  if (knownZones.has(zone)) return zone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    knownZones.add(zone);
    return zone;
  } catch (error) {
    throw new RangeError(`Unknown time zone ${JSON.stringify(zone)}`, { cause: error });
  }
}

/**
 * The declared picture with the caption and alternative text the body shows it with, where the
 * body shows it (a portal's caption row under the lead picture): a sharing card declares neither.
 */
function shownAs(image: ArticleImage, images: readonly ArticleImage[]): ArticleImage {
  const shown = images.find((i) => i.url === image.url);
  return shown === undefined
    ? image
    : { ...image, caption: shown.caption ?? image.caption, alt: image.alt ?? shown.alt };
}

/**
 * A description that is a release's label, number and date alone ("Pressemitteilung 412 vom 14.
 * Dezember 2023", "Press release No. 412 of 14 December 2023", as government portals fill it).
 */
const RELEASE_LABEL =
  /^(?:pressemitteilung|pressemeldung|medienmitteilung|press release|news release|media release|communiqué(?: de presse)?|nota de prensa|comunicato stampa|persbericht)\s+(?:nr\.?|no\.?|n[°º]|núm\.?)?\s*\d[\d/.-]*[^!?]{0,30}$/i;

/**
 * A description saying what the site is, as CMSs fill every page's from the site's settings:
 * "The official website of …", "Oficjalny serwis internetowy Gminy …", "Официальный сайт …",
 * "…の公式ホームページです". A sentence about an official website goes on past a name: it has a
 * verb, a comma or a full stop before its end, or more words than a name takes.
 */
const SITE_SELF_DESCRIPTION = onFirstUse(() =>
  fromSource(
    String.raw`^(?:welcome to\s+)?(?:(?:the|le|la|el|il|o|a|de|die|das)\s+)?(?:(?:official\s+(?:web\s*site|site|portal|home\s*page|page)|offizielle\s+(?:web\s*site|internetseite|webseite|homepage|internetpräsenz|seite)|site\s+(?:internet\s+|web\s+)?officiel|portail\s+officiel|(?:sitio|portal|página)\s+(?:web\s+)?oficial|(?:site|sítio|portal)\s+oficial|sito\s+(?:web\s+|internet\s+)?ufficiale|portale\s+ufficiale|officiële\s+(?:web\s*site|site)|oficjaln[ya]\s+(?:serwis|strona|portal)(?:\s+internetow[ya])?|официальный\s+(?:сайт|портал|интернет-портал|веб-сайт)|офіційний\s+(?:сайт|портал|вебсайт|веб-сайт)|(?:cổng\s+thông|trang(?:\s+thông)?)\s+tin\s+điện\s+tử(?:\s+chính\s+thức)?|website\s+chính\s+thức|(?:situs|website|portal)\s+resmi)(?![\p{L}\p{N}])|[^。.!?]{1,40}(?:の)?公式(?:ホームページ|ウェブサイト|サイト|网站|網站|홈페이지|웹사이트)(?:です)?)[^.!?,;:]{0,80}[.。]?$`,
    'iu',
  ),
);

/** The most words a site's self-description takes: its phrase and the site's name. */
const MAX_SELF_DESCRIPTION_WORDS = 14;

/**
 * A place closing a site's name after a comma: "…, tỉnh Thái Nguyên", "…, Illinois" (a word or
 * two in lower case at most, then capitalized words). A sentence goes on in lower case.
 */
const PLACE_AFTER_COMMA = onFirstUse(() =>
  fromSource(
    String.raw`,\s*(?:[\p{Ll}\p{M}]+\s+){0,2}\p{Lu}[\p{L}\p{M}.'-]*(?:\s+\p{Lu}[\p{L}\p{M}.'-]*){0,3}\s*$`,
    'u',
  ),
);

/**
 * "Website" and the site's name, capitalized ("Website Trường THPT chuyên Lam Sơn - Thanh Hóa"),
 * as a school's or an office's CMS fills every page's description; not "Website builders …".
 */
const WEBSITE_OF_NAME = onFirstUse(() =>
  fromSource(String.raw`^(?:[Ww]ebsite|WEBSITE)\s+(?:của\s+)?\p{Lu}[^.!?,;:]{0,80}$`, 'u'),
);

function describesSite(description: string): boolean {
  let text = description.trim();
  if (text.split(/\s+/).length > MAX_SELF_DESCRIPTION_WORDS) return false;
  // "huyện Phú Lương, tỉnh Thái Nguyên": the places the site's name ends with.
  for (let i = 0; i < 2 && PLACE_AFTER_COMMA().test(text); i++) {
    text = text.replace(PLACE_AFTER_COMMA(), '');
  }
  return SITE_SELF_DESCRIPTION().test(text) || WEBSITE_OF_NAME().test(text);
}

/**
 * What a site's name is set apart from its motto by: a dash, a bar or a colon. A match starts
 * where a run of whitespace does (or at the bar or colon): tried inside the run, each position
 * would read the rest of it again, and a run of thousands of spaces took a second.
 */
const NAME_SEPARATOR = /(?<!\s)\s+[-–—|]\s+|(?<!\s)\s*[|:]\s+/;
/** The most words of a site's motto ("Cơ quan Trung ương của Đảng Cộng sản Việt Nam, …"). */
const MAX_MOTTO_WORDS = 24;

/**
 * Whether a description is the site's name and its motto: it opens with the site's name (declared,
 * or what the `<title>` adds to the headline) and a dash, and goes on without a sentence's end or
 * a number ("Tạp chí Mặt trận - Cơ quan lý luận và nghiệp vụ của Ủy ban Trung ương MTTQ Việt
 * Nam"). A summary some newsrooms open with their name ("VTV.vn - Sáng 14/12, …") is a sentence.
 *
 * @param description - a description of the page
 * @param names - the site's folded names and the `<title>`'s folded parts besides the headline
 * @param written - the site's names as written, its acronyms spelled out or not ("Hội LHPN tỉnh
 *   Hải Dương" of "Hội Liên hiệp Phụ nữ tỉnh Hải Dương - …")
 */
function namesSiteAndMotto(
  description: string,
  names: readonly string[],
  written: readonly string[],
): boolean {
  const separator = NAME_SEPARATOR.exec(description);
  if (separator === null) return false;
  const opening = description.slice(0, separator.index);
  const name = foldLetters(opening);
  const motto = description.slice(separator.index + separator[0].length).trim();
  return (
    name !== '' &&
    (names.includes(name) || written.some((w) => writesSameName(opening, w))) &&
    motto.split(/\s+/).length <= MAX_MOTTO_WORDS &&
    !/[\d.!?…]/.test(motto)
  );
}

/**
 * A tag opening a summary before a dash: a bracketed one ("(Dân trí) - ", "(dpa) - ", "(AP) — ")
 * or a word without spaces ("VTV.vn - ", "TPO - "), then the summary's first capital or digit, or
 * letter of a script without capitals (a Lao, Khmer or Chinese edition's "NDO - …").
 */
const OPENING_TAG = /^(\([^()]{2,25}\)|\S{2,15})\s*[-–—]\s+(?=[\p{Lu}\p{Lo}\p{N}])/u;

/**
 * The lead without the site's or agency's tag opening it, as newsrooms credit their summaries:
 * bracketed, or a domain name ("VTV.vn", "ANTD.VN"), or the site's name, or capitals the
 * initials of the site's name spell in order, an "O" (online) after them ("TPO" of "Báo Tiền
 * Phong", "GD&TĐ" of "Báo Giáo dục và Thời đại"). A dateline with the agency ("WASHINGTON
 * (Reuters) - ") stays, as datelines do; so do a kicker in words ("Giao thông Thủ đô - ") and a
 * word in capitals spelling no site ("VIDEO - ").
 */
function withoutOpeningTag(lead: string | null, site: SiteIdentity): string | null {
  const m = lead === null ? null : OPENING_TAG.exec(lead);
  const tag = m?.[1] ?? '';
  const letters = foldLetters(tag).replace(/o$/, '');
  const spells = (initials: string) => {
    let at = 0;
    for (const c of initials) if (c === letters[at]) at++;
    return at === letters.length;
  };
  const credit =
    tag.startsWith('(') ||
    /\.\p{L}{2,3}$/u.test(tag) ||
    isSiteName(tag, site) ||
    (/^[\p{Lu}&]{2,8}$/u.test(tag) && letters.length > 1 && (site.initials ?? []).some(spells));
  return m === null || !credit || lead === null ? lead : lead.slice(m[0].length);
}

/**
 * Whether a description writes the page's own address: a CMS's made of the title, its sections
 * and the address ("… - Detail - Tin tức - Cổng thông tin tỉnh - https://…/a.html"), no summary.
 */
function namesOwnAddress(description: string, url: string): boolean {
  const bare = url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return bare.length > 0 && description.includes(bare);
}

/**
 * The authors the page declares. The initials of the site's name as only its `<title>` writes it
 * ("TTO" of "… - Tuổi Trẻ Online") declared as the author are the outlet when the page names a
 * person too (a byline linking to the reporter's page): the person wins. Alone they stay the
 * credit, as The Portugal News's "TPN".
 *
 * @param ctx - the page
 * @param site - the site's identity
 * @param titleParts - the `<title>`'s parts besides the headline, as written
 * @returns the declared authors
 */
function readDeclaredAuthors(
  ctx: PageContext,
  site: SiteIdentity,
  titleParts: readonly string[],
): ReturnType<typeof readAuthors> {
  const affixes = titleParts.map(foldLetters);
  const declared = readAuthors(ctx, { ...site, titleParts: affixes });
  const more = withInitialsOf(site, titleParts);
  const initials = more.initials ?? [];
  if (more === site || !declared.names.some((name) => initials.includes(foldLetters(name)))) {
    return declared;
  }
  const persons = readAuthors(ctx, { ...more, titleParts: affixes });
  return persons.names.length > 0 ? persons : declared;
}

/**
 * Rejects a page that its titles name an error page or an access check (`error-page.ts`): the
 * chosen title, the `<title>` and the `og:title`, each as the page writes it; and a consent wall,
 * a page that is little but a notice asking for consent.
 *
 * @throws NotAnArticleError `error-page`, naming the title that says so
 */
function rejectErrorPage(ctx: PageContext, title: string): void {
  const { index, meta, jsonLd } = ctx;
  const titleElement = index.byTag('title')[0];
  const titles = [
    title,
    titleElement === undefined ? '' : cleanText(textOf(titleElement)),
    cleanText(meta.get('og:title')?.[0] ?? ''),
  ].filter((t) => t !== '');
  const found = errorPageOf(titles, {
    declaresArticle:
      jsonLd.article !== null ||
      /^article$/i.test(meta.get('og:type')?.[0]?.trim() ?? '') ||
      meta.has('article:published_time'),
    shownWords: () => countWords(textExcept(index.byTag('body'), () => false)),
    consentNotice: () => consentNotice(index),
  });
  if (found === null) return;
  throw new NotAnArticleError(
    'error-page',
    found.kind === 'error'
      ? `Page is an error page ("${found.title}"), not an article`
      : found.kind === 'access-check'
        ? `Page is an access check ("${found.title}"), not an article: the server or its CDN sent it instead of the page`
        : `Page is a consent wall ("${found.title}"), not an article`,
  );
}

/**
 * Extracts a structured article from a raw HTML page.
 *
 * @param html - the page's bytes (charset detected) or its decoded text
 * @param options - URL, time zone and publisher of the page
 * @returns the article, every string NFC-normalized
 * @throws NotAnArticleError when the page is empty, a listing, or has too little body text
 * @throws UnreadablePageError when the bytes are not HTML or the page has no URL at all
 * @throws PageTooComplexError when the page has more elements than `MAX_ELEMENTS` (limits.ts)
 * @example
 * const article = extractArticle(await readFile('page.html'), {
 *   url: 'https://example.vn/tin/a.html',
 *   timezone: 'Asia/Ho_Chi_Minh',
 * });
 */
export function extractArticle(html: Buffer | string, options: ExtractOptions = {}): Article {
  return extract(html, options, false).article;
}

/**
 * Combining marks. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const marks = onFirstUse(() => fromSource(String.raw`\p{M}`, 'gu'));

/**
 * {@link extractArticle}, also giving the page's block fingerprints for its site's profile.
 *
 * @param html - the page's bytes (charset detected) or its decoded text
 * @param options - URL, time zone, publisher and site template of the page
 * @returns the article, and the page as its site's profile records it
 * @throws the errors of {@link extractArticle}
 * @example
 * const template = templateFor(profile, url);
 * const { article, profilePage } = extractPage(bytes, { url, template });
 * profile = recordPage(profile, profilePage);
 */
export function extractPage(html: Buffer | string, options: ExtractOptions = {}): ExtractedPage {
  const { article, fingerprints } = extract(html, options, true);
  return { article, profilePage: { url: article.url, fingerprints } };
}

function extract(
  html: Buffer | string,
  options: ExtractOptions,
  fingerprint: boolean,
): { article: Article; fingerprints: readonly string[] } {
  const { publisher, trace } = options;
  const configuredZone = options.timezone ?? publisher?.timezone;
  if (configuredZone !== undefined) checkTimeZone(configuredZone);
  const { $, size, elements, charset } = parsePage(html, options.charset, options.url);
  trace?.field({ field: 'charset', raw: charset.name, ...charset.reason });
  checkElementCount(size.elements, size.comments);
  closeOpenAnchors(elements);
  emptyHeadingPermalinks(elements);
  // UTF-16's bytes do not hold the fonts' names as ASCII: such a page is walked whatever it holds.
  if (charset.name.startsWith('utf-16') || mayNameLegacyFont(html)) convertLegacyFontText(elements);
  const formulas = formulasAsText(elements);
  customTimesAsTime(elements);
  const root = $.root()[0];
  // Only a page nested that deep has anything to flatten: no walk over the others.
  const flattened = root !== undefined && size.depth >= MAX_DEPTH && flattenDeepNesting(root) > 0;
  // The parse listed the elements in document order; flattening and formulas remove some.
  let index = flattened || formulas > 0 ? indexPage($) : indexElements(elements);
  // A web archive's capture naming its original in its head: its meta tags are the archive's.
  const original = captureOriginal(index);
  const meta = original === null ? readMetaTags(index) : new Map();
  const jsonLd = readJsonLd(index);
  const pageOnly: PageContext = {
    $,
    index,
    meta,
    jsonLd,
    timezone: 'UTC',
    siteName: readSiteName(meta, jsonLd) ?? publisher?.name ?? null,
    ...(trace === undefined ? {} : { trace }),
  };

  // Metadata first: the body finder removes elements (scripts, bylines, hidden parts) in place.
  const addressRead = readUrl(pageOnly, options.url);
  if (addressRead === null) {
    throw new UnreadablePageError(
      'no-url',
      'Page has no canonical URL (no <link rel="canonical">, og:url, JSON-LD url or mainEntityOfPage, nor a "saved from url" comment) and no url option was given',
    );
  }
  const { url: address, source: urlSource } = addressRead;
  const url = originalUrl(address);
  // A web archive's capture (its address, the given one or the saved page's is a capture's): the
  // bar above it is the archive's (its capture time, snapshots).
  const captured =
    original !== null ||
    [address, options.url, savedAddress($)].some((u) => u !== undefined && originalUrl(u) !== u);
  const bar = captured ? archiveBar(index, url) : undefined;
  if (bar !== undefined) {
    // Its line for print after it: "The Wayback Machine - https://web.archive.org/web/…".
    const line = siblingElement(bar, 'next');
    if (line !== null && textOf(line).includes(address)) detach(line);
    detach(bar);
    index = indexPage($);
  }
  const page: PageContext = { ...pageOnly, index };
  const declaredLanguage = normalizeLanguageTag(readDeclaredLanguage(page));
  const zone = readZone(page, url, declaredLanguage, configuredZone);
  const timezone = zone.zone;
  const ctx: PageContext = { ...page, timezone, language: declaredLanguage };
  const site = readSiteIdentity(ctx, url, publisher?.name);
  const declaredSection = readDeclaredSection(ctx);
  const titleChoice = readTitle(
    ctx,
    site,
    [...(declaredSection === null ? [] : [declaredSection]), ...addressSections(url)],
    url,
  );
  if (titleChoice === null) {
    throw new NotAnArticleError(
      'no-title',
      'Page has no title (no JSON-LD headline, og:title, <h1> or <title>)',
    );
  }
  const { title } = titleChoice;
  rejectErrorPage(ctx, title);
  // Read before the body finder removes the headline it stands under, and before the dates and
  // bylines below the headline, which pass over the standfirst.
  const markedLead = findLeadElement(ctx, titleChoice.element);
  const headerStandfirst = findHeaderStandfirst(ctx, titleChoice.element);
  const withStandfirsts: PageContext = {
    ...ctx,
    standfirsts: [markedLead, headerStandfirst].flatMap((found) => found?.element.get(0) ?? []),
    ...(titleChoice.element === undefined ? {} : { headline: titleChoice.element }),
  };
  const dates = readDates(withStandfirsts, url);
  const titleParts = titleAffixes(ctx, title);
  const affixes = titleParts.map(foldLetters);
  const declaredAuthors = readDeclaredAuthors(withStandfirsts, site, titleParts);
  const sectionChoice = readSection(withStandfirsts, title, url);
  const section = sectionChoice.name;
  const tagSources = readTagSources(ctx);
  const baseUrl = readBaseUrl(ctx, address);
  const declaredImage = readDeclaredImage(ctx, baseUrl);
  const shape = readPageShape(index.elements, jsonLd, meta.get('og:type')?.[0]);

  const { template } = options;
  // Fingerprints are of the page as published, before anything is removed from it.
  const blocks =
    (fingerprint || template) && root !== undefined ? pageBlocks(root as ParentNode) : [];
  if (template && root !== undefined) {
    removeTemplateBlocks(root as ParentNode, blocks, template, remover(trace));
  }
  // A description most of the site's pages carry is its slogan, and one that is a part of the
  // <title> besides the headline names the site or section: no lead of this article's.
  // A description's end naming the site, as the <title>'s does, is no part of it.
  const trimDescription = (text: string): string => withoutTitleAffix(ctx, title, text);
  const descriptions = pageDescriptions(ctx).map(trimDescription);
  // A picture most of the site's pages declare is its default one: no picture of this article.
  const siteImage =
    declaredImage !== null &&
    template != null &&
    recursOnSite(template, imageFingerprint(declaredImage.image.url));
  if (siteImage) trace?.removed({ rule: 'site template: image', text: declaredImage.image.url });
  const declared = siteImage ? null : declaredImage;
  const siteWide = new Set<string>();
  const isSiteWide = (description: string): boolean => {
    if (siteWide.has(description) || affixes.includes(foldLetters(description))) return true;
    if (!template || !recursOnSite(template, descriptionFingerprint(description))) return false;
    siteWide.add(description);
    trace?.removed({ rule: 'site template: description', text: snippet(description) });
    return true;
  };
  // … and one that is the headline again says nothing of the article.
  // Each description is asked about more than once: the page is searched for it once.
  const taglines = new Map<string, boolean>();
  const isTagline = (description: string, texts?: OpeningTexts): boolean => {
    let known = taglines.get(description);
    if (known === undefined) {
      known = isSiteTagline(ctx, site, description, titleChoice.element ?? null, texts);
      taglines.set(description, known);
    }
    return known;
  };
  const writtenSiteNames = [ctx.siteName, publisher?.name, firstMeta(meta, 'og:site_name')].filter(
    (name): name is string => typeof name === 'string' && name !== '',
  );
  const isNoSummary = (description: string, texts?: OpeningTexts): boolean =>
    isSiteWide(description) ||
    repeatsHeadline(ctx, title, description) ||
    isTagline(description, texts) ||
    namesOwnAddress(description, url) ||
    RELEASE_LABEL.test(description) ||
    describesSite(description) ||
    namesSiteAndMotto(description, [...site.names, ...affixes], writtenSiteNames);
  const location = locateBody($, {
    ...publisher?.extraction,
    trace,
    noscripts: index.byTag('noscript'),
    h1s: index.byTag('h1'),
    comments: [...replyCommentBoxes(index)],
    title,
  });
  // Without a marked standfirst, a block outside the body that shows the page's description, or
  // the paragraph right below the headline in its own box. A name, no sentence, that a block
  // below the body shows is the site's in its footer ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH THÁI BÌNH"):
  // no standfirst, and no lead of this article.
  // The page's text nodes are listed once for all these looks at it (not for a later one, after
  // the page is edited).
  const texts = openingTexts(ctx);
  const shownDescription = findShownDescription(
    ctx,
    descriptions.filter((d) => !isNoSummary(d, texts)),
    texts,
  );
  const footerName =
    shownDescription !== null &&
    readsAsName(shownDescription.description) &&
    followsBody(shownDescription.element, location);
  if (footerName) siteWide.add(shownDescription.description);
  // An intro pitching the site's newsletter or a sign-up introduces the offer, not the article.
  const unlessPromotion = <T extends { readonly text: string }>(found: T | null): T | null =>
    found !== null && isPromotionalLine(found.text) ? null : found;
  const leadElement =
    unlessPromotion(markedLead) ??
    (footerName
      ? null
      : unlessPromotion(
          outsideBody(shownDescription, location) ?? boxBeforeBody(shownDescription, location),
        )) ??
    unlessPromotion(headerStandfirst);
  let lead = leadElement?.text ?? null;
  if (leadElement !== null && location !== null) {
    const { container } = location;
    const roots = container.toArray();
    const standfirst = leadElement.element.get(0);
    // Ancestor walks: searching the body's subtree for the element (and back) reads it all.
    const inside = standfirst !== undefined && roots.some((r) => isBelow(standfirst, r));
    // The body's own element is no standfirst either (Blogger marks a post's body
    // `itemprop="description articleBody"`, and a short post is a standfirst's length).
    const wraps =
      standfirst !== undefined && roots.some((r) => r === standfirst || isBelow(r, standfirst));
    // A "summary"/"description" element holding most of the body is the body, not a standfirst.
    const mostOfBody = (): boolean =>
      nonSpaceLength(leadElement.text) > nonSpaceLength(textExcept(roots, () => false)) * 0.5;
    if (wraps || (inside && mostOfBody())) lead = null;
    else if (inside) {
      trace?.removed({ rule: 'lead', text: snippet(leadElement.text) });
      // Every paragraph of a standfirst written as several.
      for (const part of leadElement.element.toArray()) $(standfirstBlock(part)).remove();
    }
  }
  const {
    rendered: body,
    wordCount,
    bylineAuthors: trailing,
    bylineOutlets,
    bylineSigners,
    biographyAuthor,
    opening,
    dateline,
    closingDate,
  } = readBody(
    {
      $,
      index,
      jsonLd,
      shape,
      title,
      baseUrl,
      isDateline: (text) => isDateline(text, timezone),
      isPublicationDay: (text) => showsDay(text, dates.published?.value ?? null, timezone),
      isSiteName: (text) => isSiteName(text, site),
      wantLead: lead === null,
      authorNames: declaredAuthors.names,
      ...(trace === undefined ? {} : { trace }),
    },
    location,
  );
  // The printed byline is the credit of record; CMS author fields often name the account that
  // posted the page. A closing byline comes first, then a bold one at the top. A sign-off of
  // initials ("DS") is an editor's mark: a name the page declares in full is the author. Last,
  // on a page declaring no author, the name a biography closing the body opens with.
  const biographyNames = biographyAuthor === null ? [] : [biographyAuthor];
  // A "By …" line opening the body is printed too: a contributed post's writer above the text,
  // where the theme names the account that posted it (no name in common), or more of the
  // authors than the page declares (every declared one among them).
  const openingNames =
    dateline === null
      ? null
      : openingBylineNames(
          dateline.split(' · '),
          (text) => isDateline(text, timezone),
          (text) => isSiteName(text, site),
        );
  const declaredShown = (openingNames ?? []).filter((name) =>
    declaredAuthors.names.some((declared) => lowerVi(declared) === lowerVi(name)),
  );
  const openingByline =
    openingNames !== null &&
    (declaredShown.length === 0 ||
      (declaredShown.length === declaredAuthors.names.length &&
        openingNames.length > declaredShown.length))
      ? openingNames
      : null;
  // A name over its job title closing the body signs it, or is the one interviewed: a byline
  // printed at the top names the author; where there is none, the signer wrote it.
  const topByline =
    !/^(?:json-ld|meta|embedded)/.test(declaredAuthors.source) &&
    declaredAuthors.names.some((name) => isPersonName(name, site));
  // An outlet credited as the source ("Theo Dân trí") is printed as the author too.
  const closingNames = trailing.filter(
    (name) =>
      (isPersonName(name, site) || bylineOutlets.includes(name)) &&
      !(topByline && bylineSigners.includes(name)),
  );
  // An outlet credited as the source ("Theo TTXVN") is where the text came from; a reporter the
  // page links to their author page wrote it there, and is the author.
  const linkedReporters =
    closingNames.length > 0 && closingNames.every((name) => bylineOutlets.includes(name))
      ? declaredAuthors.names.filter((name) => linksToAuthorPage(index.byTag('a'), name))
      : [];
  // Wire agencies alone credited closing the body ("(Hina)", "Bron: ANP") gave copy to the
  // reporters the page declares, who stay: the news-metadata truth lists "Paula Steiger, SDA".
  // An author meta tag alone often names the account that posted the wire's copy.
  const declaredReporters =
    closingNames.every(isWireAgency) && !declaredAuthors.source.startsWith('meta')
      ? declaredAuthors.names.filter((name) => isPersonName(name, site) && !isWireAgency(name))
      : [];
  // A desk's credit opening the body ("Redacción El Comercio Hoy") gives way to the reporter's
  // "By …" line beside it ("Por Luis Andrade"): the reporter wrote the story.
  const desk =
    opening.authors.length > 0 &&
    opening.authors.every((name) => isNewsroomSignOff(name.split(' ')[0] ?? ''));
  const labelled = (dateline ?? '').split(' · ').find(opensWithByLabel);
  const reporters = desk && labelled !== undefined ? parseByline(labelled) : null;
  const openingAuthors = reporters ?? opening.authors;
  // A closing line naming no one (a wire story's "(END)") hides no byline printed above it.
  const printed =
    linkedReporters.length > 0
      ? linkedReporters
      : closingNames.length > 0
        ? [...declaredReporters, ...closingNames]
        : (openingAuthors.length > 0 ? openingAuthors : (openingByline ?? biographyNames)).filter(
            (name) => isPersonName(name, site),
          );
  // A name printed in capitals lost its accents (Greek capitals drop them), and a Greek byline
  // names the author in the genitive ("ΤΟΥ ΓΙΑΝΝΗ ΠΑΠΑΔΟΠΟΥΛΟΥ"): the page's declared spelling of
  // the same name is the name ("Γιάννης Παπαδόπουλος").
  const stem = (name: string) =>
    name
      .normalize('NFD')
      .replace(marks(), '')
      .toLowerCase()
      .replace(/(?:ος|ου|ης|ας|[αης])(?= |$)/gu, '');
  const spelled = (name: string) =>
    declaredAuthors.names.find((declared) => stem(declared) === stem(name)) ?? name;
  const bylineAuthors =
    printed.every(isInitials) && declaredAuthors.names.some((name) => !isInitials(name))
      ? []
      : regroupsNames(printed, declaredAuthors.names)
        ? [...declaredAuthors.names]
        : printed.map(spelled);

  const description =
    lead === null && opening.lead === null
      ? leadFromDescription(ctx, body.contentText, isNoSummary, trimDescription)
      : null;
  // Last, a paragraph of a sentence set apart from the body right below the headline.
  const underHeadline =
    lead === null && opening.lead === null && description === null
      ? outsideBody(findParagraphUnderHeadline(ctx, titleChoice.element), location)
      : null;
  const pageDates = withBodyDates(
    dates,
    { opening: dateline, closing: closingDate, body: body.contentText },
    timezone,
  );
  const language = chooseLanguage(declaredLanguage, body.contentText, publisher?.language);
  const tags = chooseTags(tagSources, title, body.contentText);
  const content = normalizeStrings({
    title,
    lead: withoutFramingMarks(
      withoutOpeningTag(
        [lead, opening.lead, description?.text, underHeadline?.text].find(
          (text) => typeof text === 'string' && !isPromotionalLine(text),
        ) ?? null,
        withInitialsOf(site, titleParts),
      ),
    ),
    authors: bylineAuthors.length > 0 ? bylineAuthors : [...declaredAuthors.names],
    // Many portals show one date, labelled "Cập nhật" (updated): it is also the publication.
    publishedAt: inPageZone(pageDates.published?.value ?? pageDates.modified?.value ?? null, zone),
    modifiedAt: inPageZone(updateAfter(pageDates)?.value ?? null, zone),
    language,
    section,
    tags,
    // Readers lay out right-to-left text by its markup: the page's direction goes with the body.
    contentHtml:
      readDeclaredDirection(page) === 'rtl'
        ? `<div dir="rtl">${body.contentHtml}</div>`
        : body.contentHtml,
    contentText: body.contentText,
    images: body.images,
    image: declared === null ? null : shownAs(declared.image, body.images),
  });
  if (trace?.chosen !== undefined) {
    trace.chosen({
      url,
      urlSource,
      title: titleChoice,
      lead:
        lead !== null
          ? {
              text: lead,
              source:
                leadElement === markedLead
                  ? 'standfirst element'
                  : "block outside the body showing the page's description",
            }
          : opening.lead !== null
            ? {
                text: opening.lead,
                source:
                  opening.leadInBody === true
                    ? 'opening paragraph of the body set apart by its class'
                    : 'bold opening paragraph of the body',
              }
            : underHeadline !== null
              ? { text: underHeadline.text, source: 'paragraph set apart below the headline' }
              : null,
      description,
      bylineAuthors,
      bylineSource:
        closingNames.length > 0
          ? 'closing byline of the body'
          : opening.authors.length > 0
            ? 'byline opening the body'
            : openingByline !== null
              ? '"By …" line opening the body'
              : "an author's biography closing the body",
      declaredAuthors,
      dates: pageDates,
      zone,
      language: { chosen: language, declared: declaredLanguage },
      section: sectionChoice,
      tags: { chosen: tags, sources: tagSources },
      image: declared === null ? null : { url: declared.image.url, source: declared.source },
    });
  }
  const canonical = url.normalize('NFC');
  const article = {
    id: articleId(canonical, publisher?.id),
    url: canonical,
    ...content,
    wordCount,
    contentHash: contentHash(content),
  };
  return {
    article,
    // The descriptions first: a profile keeps a page's first fingerprints only.
    fingerprints:
      fingerprint || template
        ? [
            ...descriptions.map(descriptionFingerprint),
            ...(declaredImage === null ? [] : [imageFingerprint(declaredImage.image.url)]),
            ...blocks.map((b) => b.fingerprint),
          ]
        : [],
  };
}

/**
 * Whether a byline split into more names than the page declares holds, word for word, the
 * declared names' words: a list of "Surname, First" names joined by commas ("Кузишин, Ярослав,
 * Зелинский, Антон") reads as one word per name, and the declared names ("Ярослав Кузишин",
 * "Антон Зелинский") say how its words pair up.
 */
function regroupsNames(printed: readonly string[], declared: readonly string[]): boolean {
  if (declared.length === 0 || printed.length <= declared.length) return false;
  const words = (names: readonly string[]) =>
    names
      .flatMap((name) => lowerVi(name).split(/\s+/))
      .sort()
      .join(' ');
  return words(printed) === words(declared);
}
