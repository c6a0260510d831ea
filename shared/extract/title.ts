/**
 * The headline. What the reader sees on the page wins: the visible headline element (an `<h1>`
 * outside navigation and breadcrumbs, else a headline `<h2>`), without a kicker shown above it.
 * Meta titles (JSON-LD `headline`, `og:title`, `twitter:title`) are often written for search
 * engines and social cards and differ from it; they are the fallback, then the `<title>`.
 * Character references left in meta values are decoded, and site-name, host and date suffixes
 * ("| DW | 28.04.2023") are cut.
 */

import type { Element } from 'domhandler';
import { isDocumentKind } from './author-names.ts';
import { closest, holdsLink, isHidden, standsAlone, textWithoutCode } from './content/dom.ts';
import { isDateline } from './dates.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource, matchesOf } from './from-source.ts';
import {
  findShownHeadline,
  isHomeLink,
  linksHome,
  type ShownHeadline,
} from './headline-element.ts';
import { stringOf, valuesOf } from './json-ld.ts';
import { firstMeta } from './meta-tags.ts';
import { absoluteHttp, type PageContext } from './metadata.ts';
import { metadataText } from './metadata-text.ts';
import type { PageIndex } from './page-index.ts';
import { opensWithAuthorLabel } from './read-authors.ts';
import { foldLetters, isSiteName, namesSite, type SiteIdentity } from './site.ts';
import { cleanText, letterOrDigitRuns, lowerWords, plainTypography } from './text.ts';

/** A chosen title and where it came from. */
export interface TitleChoice {
  readonly title: string;
  /** `h1`, `headline h2`, `json-ld headline`, `meta og:title`, `<title>`, … */
  readonly source: string;
  /** The value as read, when cleaning changed it. */
  readonly raw?: string;
  /** Candidates not taken. */
  readonly note?: string;
  /** The heading the reader sees, when the title was read from (or agrees with) one. */
  readonly element?: Element;
}

/**
 * An underscore or an unspaced hyphen between two CJK characters: a separator in Chinese titles
 * (`…外宾_新浪新闻`, `…影响交通-新华网`), whose headlines join no two ideographs with a hyphen.
 * A source for the separators below, no pattern of its own (one would be built for nothing).
 */
const CJK_UNDERSCORE = String.raw`(?<=[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}])(?:_|--?)(?=[\p{scx=Han}\p{scx=Hira}\p{scx=Kana}])`;
/**
 * Separators between a headline and a site name, section or date. Korean sites write the Hangul
 * letter `ㅣ` as a bar, with or without spaces (`…커졌다-정치ㅣ한국일보`); Japanese ones the
 * fullwidth bar `｜`, Chinese ones an underscore between two CJK characters (`…外宾_新浪新闻`),
 * or spaced (`…CEO _ 支付志`). Guillemets separate only with spaces on both sides: unspaced, they quote ("zum «politischen
 * Widerstand» gegen").
 */
const SEPARATOR = new RegExp(`\\s+[|\\-–—«»·:>_]\\s+|\\s*[|ㅣ｜]\\s*|${CJK_UNDERSCORE}`, 'u');
/** Separators a CMS puts between a headline and an affix (not ":", which headlines use). */
const AFFIX_SEPARATOR = new RegExp(
  `\\s+[|\\-–—»«·>/_]\\s+|\\s*[|ㅣ｜]\\s*|\\s+::\\s+|${CJK_UNDERSCORE}`,
  'gu',
);
/** A date as sites append it: `28.04.2023`, `2023-04-28`, `28/04/2023`. */
const DATE_SEGMENT = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.\s*\p{L}+\s+\d{4})$/u;

/**
 * The separators of a title, with their positions. A guillemet that pairs with another is a
 * quotation's, spaced as French writes it ("sur la « gravité de la situation »"): only an
 * opening one with no closing one after it, or a closing one with no opening one before it,
 * separates.
 */
function separators(title: string): { start: number; end: number }[] {
  return [...matchesOf(AFFIX_SEPARATOR, title)]
    .filter((m) => {
      const mark = m[0].trim();
      if (mark === '«') return !title.includes('»', m.index);
      if (mark === '»') return !title.slice(0, m.index).includes('«');
      return true;
    })
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Whether some run of a segment's words is the site's name or host ("The GQ Eye"). */
function holdsSiteName(segment: string, site: SiteIdentity): boolean {
  const words = segment.trim().split(/\s+/);
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      if (isSiteName(words.slice(start, end).join(' '), site)) return true;
    }
  }
  return false;
}

/** The site's declared name and one word after it: "Example Times News", "Spiegel Online". */
function namesSiteAndWord(segment: string, site: SiteIdentity): boolean {
  const words = segment.trim().split(/\s+/);
  return words.length >= 2 && site.names.includes(foldLetters(words.slice(0, -1).join(' ')));
}

/** A bracketed site name before the headline ("[Site] Headline") or after it ("Headline (Site)"). */
const BRACKETED_BEFORE = /^\[([^\]]{1,60})\]\s*(.+)$/s;
const BRACKETED_AFTER = /^(.+?)\s*\(([^()]{1,60})\)$/s;
/** The site's name before a colon: "Site: Headline" (a colon in a headline is its own). */
const NAME_BEFORE_COLON = /^([^:]{1,60}):\s+(.+)$/s;
/** A domain written out as a site's name: "Example.com", "www.ndr.de". */
const WHOLE_HOST = fromSource(String.raw`^(?:www\.)?[\p{L}\p{N}-]+\.[a-z]{2,6}$`, 'iu');
/** The site's name after the last colon: "Headline:Site" (`:` or `：`, spaced or not). */
const NAME_AFTER_COLON = /^(.+?)\s*[:：]\s*([^:：]{1,60})$/s;

/**
 * Cuts what a CMS appends to or prepends before a headline: the site's name (alone, with one
 * word after it, in brackets, before or after a colon, or followed by its tagline), its host, a domain, a
 * date, or the section ("Headline | Sport | BILD.de", "Headline | DW | 28.04.2023", "Headline -
 * Site - Breaking news, sport, weather", "[Site] Headline", "Headline:Site").
 *
 * @param title - a meta title or `<title>`
 * @param site - the site's identity
 * @param sections - the page's section as declared and as its address names it
 *   (`/politics/…`), when known
 * @returns the headline alone
 * @example stripTitleAffixes('Ziele, Chancen | DW | 28.04.2023', site) // 'Ziele, Chancen'
 */
export function stripTitleAffixes(
  title: string,
  site: SiteIdentity,
  sections: readonly string[] = [],
): string {
  const sectionLetters = sections.map(foldLetters).filter((s) => s !== '');
  const isAffix = (segment: string) =>
    namesSite(segment, site) ||
    namesSiteAndWord(segment, site) ||
    DATE_SEGMENT.test(segment.trim()) ||
    sectionLetters.includes(foldLetters(segment));
  let text = title.trim();
  // Whether the site's name was cut after a colon: the title chains its affixes with colons.
  let colonChain = false;
  for (let guard = 0; guard < 4; guard++) {
    const seps = separators(text);
    const last = seps[seps.length - 1];
    if (last !== undefined && last.start > 0 && isAffix(text.slice(last.end))) {
      text = text.slice(0, last.start).trim();
      continue;
    }
    // The site's name and its tagline after it.
    const beforeLast = seps[seps.length - 2];
    if (
      last !== undefined &&
      beforeLast !== undefined &&
      beforeLast.start > 0 &&
      namesSite(text.slice(beforeLast.end, last.start), site)
    ) {
      text = text.slice(0, beforeLast.start).trim();
      continue;
    }
    const first = seps[0];
    if (first !== undefined && first.end < text.length && isAffix(text.slice(0, first.start))) {
      text = text.slice(first.end).trim();
      continue;
    }
    // Before a colon, only the site's declared name or its domain written out: a host named
    // after a place ("ninhbinh.gov.vn") does not make the place opening a headline the site's
    // ("Ninh Bình: Đẩy nhanh …").
    const bracketedBefore = BRACKETED_BEFORE.exec(text);
    const before = bracketedBefore ?? NAME_BEFORE_COLON.exec(text);
    const beforeName = before?.[1] ?? '';
    if (
      before !== null &&
      (bracketedBefore !== null
        ? isSiteName(beforeName, site)
        : site.names.includes(foldLetters(beforeName)) || WHOLE_HOST.test(beforeName.trim()))
    ) {
      text = (before[2] ?? '').trim();
      continue;
    }
    const bracketed = BRACKETED_AFTER.exec(text);
    const after = bracketed ?? NAME_AFTER_COLON.exec(text);
    if (after !== null && isSiteName(after[2] ?? '', site)) {
      text = (after[1] ?? '').trim();
      colonChain ||= bracketed === null;
      continue;
    }
    // Before the site's name so cut, its blog's or section's name holding it ("Headline: The
    // GQ Eye: GQ on Style: GQ").
    const part = colonChain ? NAME_AFTER_COLON.exec(text) : null;
    if (part !== null && holdsSiteName(part[2] ?? '', site)) {
      text = (part[1] ?? '').trim();
      continue;
    }
    break;
  }
  return withoutSectionSuffix(text);
}

/**
 * The parts of the page's `<title>` besides its headline: the site's and the section's names
 * ("Cổng thông tin điện tử huyện Yên Bình > Tin tức > …").
 *
 * @param ctx - the page
 * @param title - the article's title
 * @returns the other parts as written
 */
export function titleAffixes(ctx: PageContext, title: string): string[] {
  const element = ctx.index.byTag('title')[0];
  if (element === undefined) return [];
  const text = cleanText(ctx.$(element).text());
  const headline = foldLetters(title);
  const parts: string[] = [];
  let from = 0;
  for (const sep of [...separators(text), { start: text.length, end: text.length }]) {
    const part = text.slice(from, sep.start).trim();
    const folded = foldLetters(part);
    if (folded !== '' && folded !== headline) parts.push(part);
    from = sep.end;
  }
  return parts;
}

/** A text's trailing part after a dash or bar: " - Yahoo!ニュース(CNET Japan)", " | Sport". */
const TRAILING_PART = /\s+[-–—|]\s+([^-–—|]+)$/u;

/**
 * A text without its trailing part when that part names only what the page's `<title>` adds to
 * the headline (the site, the outlet, in any order): a description written as "… - Yahoo!
 * ニュース(CNET Japan)" under the `<title>` "… （CNET Japan） - Yahoo!ニュース"; or when it is the
 * page's keywords as its `keywords` meta lists them.
 *
 * @param ctx - the page
 * @param title - the article's title
 * @param text - e.g. a description
 * @returns the text, its site's name cut from its end
 */
export function withoutTitleAffix(ctx: PageContext, title: string, text: string): string {
  const m = TRAILING_PART.exec(text);
  if (m === null) return text;
  // The page's keywords, as its `keywords` meta lists them ("… | perris, police, exchange").
  const keywords = firstMeta(ctx.meta, 'keywords', 'news_keywords');
  if (keywords !== null && foldLetters(m[1] ?? '') === foldLetters(keywords)) {
    return text.slice(0, m.index);
  }
  const element = ctx.index.byTag('title')[0];
  if (element === undefined) return text;
  const headline = new Set(lowerWords(title));
  const added = new Set(
    lowerWords(cleanText(ctx.$(element).text())).filter((w) => !headline.has(w)),
  );
  const tail = lowerWords(m[1] ?? '');
  return tail.length > 0 && tail.every((w) => added.has(w)) ? text.slice(0, m.index) : text;
}

/**
 * Whether a text says the headline and nothing more: the headline, or the page's `<title>` (the
 * headline and the site's name), their letters and digits compared without case or marks, or
 * at least half the headline's words and no other.
 *
 * @param ctx - the page
 * @param title - the article's title
 * @param text - e.g. a description
 * @returns true for "VESSEL RETURNING TO PUERTO RICO …" under that headline
 */
/** What parts a list of keywords: commas (Latin and CJK), the ideographic one, semicolons, bars. */
const KEYWORD_SEPARATOR = /\s*[,，、;；|]\s*/u;

/**
 * Whether `text` is the headline, then the page's keywords after a comma
 * ("<headline>,氢能,纳米,石墨烯", as some Chinese sites write their descriptions): each of them
 * one of its `keywords` meta's, nothing of a summary.
 */
function headlineThenKeywords(ctx: PageContext, title: string, text: string): boolean {
  const headline = foldLetters(title);
  const [first = '', ...rest] = text.split(KEYWORD_SEPARATOR);
  if (rest.length === 0) return false;
  // The headline may hold a comma of its own: its parts are read until it ends.
  let opening = first;
  while (foldLetters(opening) !== headline && headline.startsWith(foldLetters(opening))) {
    const next = rest.shift();
    if (next === undefined) return false;
    opening = `${opening},${next}`;
  }
  if (foldLetters(opening) !== headline || rest.length === 0) return false;
  const keywords = new Set(
    (firstMeta(ctx.meta, 'keywords') ?? '').split(KEYWORD_SEPARATOR).map(foldLetters),
  );
  return rest.every((word) => word === '' || keywords.has(foldLetters(word)));
}

export function repeatsHeadline(ctx: PageContext, title: string, text: string): boolean {
  const folded = foldLetters(text);
  if (folded === foldLetters(title)) return true;
  // The headline short of a word or two ("… Selfies For Shiseido Campaign" under "… Selfies For
  // New Shiseido Campaign"): no word of it is not the headline's.
  const headline = new Set(lowerWords(title));
  const words = lowerWords(text);
  if (words.length * 2 >= headline.size && words.every((w) => headline.has(w))) return true;
  if (afterNames(text, title)) return true;
  if (headlineThenKeywords(ctx, title, text)) return true;
  const element = ctx.index.byTag('title')[0];
  return element !== undefined && folded === foldLetters(cleanText(ctx.$(element).text()));
}

/** The most words of the names a description puts before the headline ({@link afterNames}). */
const MAX_NAMES_BEFORE_HEADLINE = 8;
/** A separator ending the names before the headline: a hyphen, a bar, a dash, a colon, an arrow. */
const NAMES_END = /[-|–—:›»>]\s*$/u;

/**
 * Whether a text is the headline after a few names, a separator ending them: the site's and the
 * section's, as some portals write their description ("Thai Government-Government House
 * News-Prime Minister chairs …", "Site | Headline"). Nothing of the article besides the headline.
 */
function afterNames(text: string, title: string): boolean {
  const headline = title.trim();
  const full = text.trim();
  if (headline === '' || full.length <= headline.length) return false;
  const before = full.slice(0, full.length - headline.length);
  if (full.slice(before.length).toLowerCase() !== headline.toLowerCase()) return false;
  return NAMES_END.test(before) && lowerWords(before).length <= MAX_NAMES_BEFORE_HEADLINE;
}

/**
 * The date a `<title>` appends to (or puts before) the headline as an affix of its own: "…
 * Was wissen wir? – DW – 13.06.2023" gives "13.06.2023". A date inside the headline is none.
 *
 * @param title - the page's `<title>`
 * @returns the date as written, or null
 */
export function titleDateAffix(title: string): string | null {
  const text = title.trim();
  const seps = separators(text);
  const last = seps[seps.length - 1];
  const first = seps[0];
  const tail = last === undefined ? '' : text.slice(last.end).trim();
  if (last !== undefined && last.start > 0 && DATE_SEGMENT.test(tail)) return tail;
  const head = first === undefined ? '' : text.slice(0, first.start).trim();
  if (first !== undefined && first.end < text.length && DATE_SEGMENT.test(head)) return head;
  return null;
}

/**
 * A Korean portal's section joined to the headline by an unspaced hyphen, at the end
 * ("…커졌다-정치", "…-정치일반"); a hyphenated word of the headline ("코로나-19", "정상회담-경제협력
 * 강화") stays.
 */
const KOREAN_SECTION_SUFFIX = fromSource(
  String.raw`(?<=[\p{Script=Hangul}\p{P}])-(?:정치|경제|사회|국제|문화|스포츠|연예|오피니언|사설|칼럼|과학|건강|생활|라이프|부동산|증권|산업|지역|전국)(?:일반)?$`,
  'u',
);

function withoutSectionSuffix(title: string): string {
  return title.replace(KOREAN_SECTION_SUFFIX, '');
}

/**
 * The rest of a `<title>` when a text is its first or last part, set apart by an affix separator
 * ("The GiveWell Blog" of "September 2018 open thread - The GiveWell Blog"); else null.
 */
function restOfTitle(titleTag: string, text: string): string | null {
  const letters = foldLetters(text);
  if (letters === '') return null;
  const seps = separators(titleTag);
  const first = seps[0];
  const last = seps[seps.length - 1];
  if (first !== undefined && foldLetters(titleTag.slice(0, first.start)) === letters) {
    return titleTag.slice(first.end).trim();
  }
  if (last !== undefined && foldLetters(titleTag.slice(last.end)) === letters) {
    return titleTag.slice(0, last.start).trim();
  }
  return null;
}

/** Words of a title, lower-cased: to compare a shown heading with the meta titles. */
function words(text: string): Set<string> {
  return new Set(text.toLocaleLowerCase().match(letterOrDigitRuns()) ?? []);
}

/** Share of the heading's words that a meta title also has. */
function overlap(heading: string, meta: string): number {
  const a = words(heading);
  const b = words(meta);
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/** The most words of a name a `<title>` may end with after a colon ("…: Stadt Hohenbrück"). */
const MAX_NAME_AFTER_COLON_WORDS = 4;

/**
 * The part of a `<title>` before its last colon, when what follows is a name's length and the
 * part at least twice as long ("Neue Buslinie verbindet Ortsteile: Stadt Hohenbrück", as
 * TYPO3's templates write it): a heading the page shows with that part alone is its headline.
 * "Tony Blair: Why there has to be compromise" says more after its colon than a name.
 */
function beforeNameAfterColon(title: string): string[] {
  const colon = title.lastIndexOf(': ');
  if (colon < 0) return [];
  const before = title.slice(0, colon).trim();
  const after = title.slice(colon + 2).trim();
  const fits =
    after !== '' &&
    after.split(/\s+/).length <= MAX_NAME_AFTER_COLON_WORDS &&
    before.split(/\s+/).length >= 3 &&
    before.length >= 2 * after.length;
  return fits ? [before] : [];
}

/** A format's label opening a meta title before a colon or bar: "E-Magazine: …", "Emagazine | …". */
const FORMAT_LABEL =
  /^(?:e-?magazine|e-?mag|long-?form|megastory|infographics?|multimedia)\s*[:|]\s+/i;

/**
 * The `<title>` segment the page shows as its `<h1>`, else the longest it shows as an element's
 * whole text, and the element showing it; never the site's name, which the page shows in its
 * banner.
 */
function shownTitleSegment(
  ctx: PageContext,
  title: string,
  site: SiteIdentity,
): { text: string; element: Element } | null {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  // A <title> of one part is shown whole (an old portal's `<span class="news_title">`).
  if (parts.length < 2 && (parts[0] ?? '').split(' ').length < 3) return null;
  if (parts.length < 2) parts.push(...beforeNameAfterColon(title));
  const wanted = new Set(
    parts.filter((p) => p.length >= 10 && !namesSite(p, site)).map((p) => p.toLocaleLowerCase()),
  );
  if (wanted.size === 0) return null;
  let best: { text: string; element: Element } | null = null;
  // Else, the first heading-like line that opens with a part and says a little more ("THÔNG
  // BÁO LỊCH TIẾP CÔNG DÂN THÁNG 12/2023" for "… - Thông báo lịch tiếp công dân"), as an old
  // portal shows its headline in bold: the reader's headline, its <title> part cut short.
  let opening: { text: string; element: Element } | null = null;
  for (const el of ctx.index.elements) {
    // The <title> itself, and the head that holds it, show nothing on the page.
    if (el.children.length > 3 || el.name === 'title' || el.name === 'head') continue;
    const text = cleanText(textWithoutCode(el));
    if (text.length < 10 || text.length > 300) continue;
    const folded = text.toLocaleLowerCase();
    if (!wanted.has(folded)) {
      const headlineLike = HEADLINE_LIKE.has(el.name) || namesHeadline(el);
      // So a line a part opens with, one word more after it: whatever its element.
      if (
        opening === null &&
        ((headlineLike && opensWithPart(folded, wanted)) || endsBeforeWord(folded, wanted))
      ) {
        if (!inBanner(el)) opening = { text, element: el };
      }
      continue;
    }
    // The part the page shows as its headline; the site's name is shown too, in its banner
    // (an <h1> that links to the home page is that banner).
    if (el.name === 'h1' && !linksHome(el)) return { text, element: el };
    if (inBanner(el)) continue;
    if (text.length > (best?.text.length ?? 0)) best = { text, element: el };
  }
  return best ?? opening;
}

/** The most characters of the page's closing lines (its footer) read for the site's name. */
const FOOTER_CHARS = 200;

/**
 * Whether a text is written, diacritics or none, in the page's closing lines: its footer
 * ("UBND xã Hòa Bình - huyện Kiến Xương" for "UBND xa Hoa Binh").
 */
function inFooter(ctx: PageContext, text: string): boolean {
  const body = ctx.index.byTag('body')[0];
  const end = body === undefined ? '' : cleanText(textWithoutCode(body)).slice(-FOOTER_CHARS);
  return foldLetters(text) !== '' && foldLetters(end).includes(foldLetters(text));
}

/**
 * The title a line the page shows gives, with where it was read and, as a note, the `<title>`
 * passed over for it (none when empty).
 */
function shownLine(
  line: { text: string; element: Element },
  source: string,
  titleTag: string,
): TitleChoice {
  // The value was read from the line: the <title> passed over is a note, not what was read.
  return {
    title: line.text,
    source,
    ...(titleTag === '' ? {} : { note: `<title> "${titleTag}" passed over` }),
    element: line.element,
  };
}

/**
 * A `<title>` an editor left as it came: Dreamweaver's "Untitled Document", FrontPage's "New
 * Page 1", "Document1".
 */
const PLACEHOLDER_TITLE =
  /^(?:untitled(?:[\s-]+(?:document|page))?(?:[\s-]*\d+)?|new page\s*\d*|document\s*\d*|no title|không có tiêu đề)$/i;

/** Text at least this long is the article's, not a headline's: the headline stands above it. */
const TEXT_CHARS = 120;

/**
 * The headline an old page shows without a heading and without a `<title>`: the first line
 * set in bold or large type ({@link HEADLINE_LIKE}) that stands alone, 10 to 200 characters
 * and no sentence's end, no link and not in the banner, above the first text of
 * {@link TEXT_CHARS} characters or more — with `nearest`, the last such line above that text
 * (a side column's module heading comes first); null when there is none.
 */
function boldLineAboveText(
  ctx: PageContext,
  nearest = false,
): { text: string; element: Element } | null {
  let found: { text: string; element: Element } | null = null;
  const seen = new Map<string, { text: string; element: Element }>();
  for (const el of ctx.index.elements) {
    if (el.name === 'head' || el.name === 'script' || el.name === 'style') continue;
    if (el.children.some((c) => c.type === 'text' && cleanText(c.data).length >= TEXT_CHARS)) {
      return found;
    }
    if (!HEADLINE_LIKE.has(el.name) || !standsAlone(el)) continue;
    const text = cleanText(textWithoutCode(el));
    if (text.length < 10 || text.length > 200 || /[.!?…:]$/.test(text)) continue;
    if (closest(el, LINKS, null) !== null || holdsLink(el)) continue;
    // A date line set in a font of its own below the headline ("<font size="2"><i>Ngày
    // 14/12/2026</i></font>") is no headline.
    // Nor is a byline set in bold above the text ("<b>Tác giả: Minh Hà (TTXVN)</b>").
    if (inBanner(el) || isDateline(text, ctx.timezone) || opensWithAuthorLabel(text)) continue;
    // A line the text restates (a legal document's subject, under its own heading lines): the
    // headline, its heading lines the text's.
    const restated = seen.get(text);
    if (nearest && restated !== undefined) return restated;
    found = { text, element: el };
    seen.set(text, found);
    if (!nearest) return found;
  }
  return found;
}

/**
 * A small letter opening a text. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const smallInitial = onFirstUse(() => fromSource(String.raw`^\p{Ll}`, 'u'));

/**
 * The subject of an official document exported whole from an office suite: the bold line after
 * the paragraph of its kind in bold capitals ("THÔNG BÁO", below the letterhead), with the bold
 * lines continuing it in lower case where it was broken by hand; null when no paragraph is one.
 */
function documentSubject(ctx: PageContext): { text: string; element: Element } | null {
  // The text of an element set in bold throughout, or ''.
  const bold = (el: Element) => {
    const text = cleanText(textWithoutCode(el));
    return cleanText(ctx.$(el).find('b,strong').text()) === text ? text : '';
  };
  for (const p of ctx.index.byTag('p')) {
    // The kind first, on the paragraph's text: most paragraphs are none, and need no bold test.
    if (!isDocumentKind(cleanText(textWithoutCode(p))) || bold(p) === '') continue;
    const lines: string[] = [];
    let element: Element | null = null;
    for (let n = p.next; n !== null; n = n.next) {
      if (n.type !== 'tag') continue;
      const text = bold(n);
      if (text === '' || (element !== null && !smallInitial().test(text))) break;
      lines.push(text);
      element ??= n;
    }
    return element === null ? null : { text: lines.join(' '), element };
  }
  return null;
}

/** Alternative texts of a banner's pictures that name no site: "Logo", "Banner", "Home". */
/** An alt that names the picture a logo: "Rust Logo", "Logo Le Monde". */
const LOGO_ALT = /^logo\b|\blogo$/i;
const GENERIC_LOGO_TEXT = /^(?:logo|banner|home|trang chủ|startseite|accueil|inicio)$/iu;
/** A picture's file named as the banner or logo: `images/banner.jpg`, `/img/logo-top.png`. */
const BANNER_FILE = /(?:^|[/_-])(?:banner|logo)[^/]*\.\w+$/i;
/** The banner's pictures read for the site's name. */
const MAX_BANNER_PICTURES = 3;
/** The most characters of a site's name written beside its logo. */
const MAX_BESIDE_LOGO = 100;
/** The page's first pictures, among which its banner's are looked for. */
const MAX_PICTURES_READ = 40;

/**
 * The site's identity with the names its banner shows: the alternative text of its first
 * pictures there or named so by their file (`banner.jpg`), the logo's ("Cổng thông tin điện tử
 * tỉnh Ninh Bình", a portal that declares no name). Read for the title only: a personal site's
 * logo may be its author's name.
 */
function withBannerNames(site: SiteIdentity, index: PageIndex): SiteIdentity {
  const names: string[] = [];
  let seen = 0;
  const banner = new Map<Element, boolean>();
  for (const img of index.byTag('img').slice(0, MAX_PICTURES_READ)) {
    if (!inBanner(img, banner) && !BANNER_FILE.test(img.attribs.src ?? '')) continue;
    // A logo with no text of its own has the site's name beside it: a print page's header.
    const beside = img.parent === null ? '' : textWithoutCode(img.parent);
    const alt = cleanText(img.attribs.alt || (beside.length <= MAX_BESIDE_LOGO ? beside : ''));
    // An alt that only calls the picture a logo ("Rust Logo") leaves the name to the words
    // beside it ("Rust Blog").
    const named = LOGO_ALT.test(alt) && beside.length <= MAX_BESIDE_LOGO ? [alt, beside] : [alt];
    for (const name of named) {
      const folded = foldLetters(cleanText(name));
      if (folded.length >= 4 && !GENERIC_LOGO_TEXT.test(name) && !site.names.includes(folded)) {
        names.push(folded);
      }
    }
    if (++seen === MAX_BANNER_PICTURES) break;
  }
  return names.length === 0 ? site : { ...site, names: [...site.names, ...names] };
}

/**
 * What a template writes in the `<title>` of every article instead of its headline: "Chi tiết
 * tin" (the news item's details), "Tin tức", "Sự kiện", "News detail", a print version's "In
 * bài viết" — a whole part of it.
 * Written folded, as {@link foldLetters} folds them ("chi tiết bài viết" → `chitietbaiviet`):
 * folding them when the module loads would normalise the text and compile two patterns of
 * Unicode classes in every cold start, where most pages fold no text that is not ASCII.
 */
const PAGE_LABELS: ReadonlySet<string> = new Set([
  'chitiet', // chi tiết
  'chitiettin', // chi tiết tin
  'chitiettintuc', // chi tiết tin tức
  'chitietbaiviet', // chi tiết bài viết
  'tinchitiet', // tin chi tiết
  'xemtin', // xem tin
  'tintuc', // tin tức
  'sukien', // sự kiện
  'tintucsukien', // tin tức sự kiện
  'thongbao', // thông báo (notices)
  'newsdetail', // news detail
  'newsdetails', // news details
  'articledetail', // article detail
  // A print version's page: "In bài viết", "Bản in", "Print article", "Printer-friendly version".
  'inbai', // in bài
  'inbaiviet', // in bài viết
  'intrang', // in trang
  'banin', // bản in
  'print',
  'printarticle',
  'printversion',
  'printerfriendlyversion',
  'druckversion',
  // A question's page: "Hỏi đáp", "Hỏi - Đáp", "Q&A", "Questions and answers".
  'hoiđap',
  'qa',
  'questionsandanswers',
]);

/** Whether a text, or every part of it, is a template's page label ({@link PAGE_LABELS}). */
function isPageLabel(text: string): boolean {
  return (
    PAGE_LABELS.has(foldLetters(text)) ||
    text.split(SEPARATOR).every((part) => PAGE_LABELS.has(foldLetters(part)))
  );
}

/** A row's label of a question's title: "Tiêu đề:", "Tiêu đề câu hỏi:", "Title:". */
const TITLE_LABEL = /^(?:tiêu đề(?: câu hỏi)?|title)\s*:?$/i;

/**
 * The title a question-and-answer page gives in a labelled row, the cell or `<dd>` after a
 * label ({@link TITLE_LABEL}); null when there is none.
 */
function labelledTitle(ctx: PageContext): { text: string; element: Element } | null {
  const value = ctx
    .$('td,th,dt')
    .filter((_, label) => TITLE_LABEL.test(cleanText(textWithoutCode(label))))
    .next()[0];
  const text = value === undefined ? '' : cleanText(textWithoutCode(value));
  return text.length >= 10 && text.length <= 300 ? { text, element: value as Element } : null;
}

/** The most words of a section's name shown as a box's heading. */
const MAX_SECTION_LABEL_WORDS = 4;

/**
 * Whether a text is a section's label: a template's page label, or a few words without a number
 * ("Tin tức sự kiện", "Hoạt động"); a headline says more.
 */
function isSectionLabel(text: string): boolean {
  return (
    isPageLabel(text) || (text.split(' ').length <= MAX_SECTION_LABEL_WORDS && !/\d/.test(text))
  );
}

/** Whether a part of a `<title>` is a template's page label ({@link PAGE_LABELS}). */
function holdsPageLabel(titleTag: string): boolean {
  return titleTag.split(SEPARATOR).some((part) => PAGE_LABELS.has(foldLetters(part)));
}

/** A `<title>` set between runs of decoration, as an old site writes its name: "::: Site :::". */
const DECORATED = /^\s*[:.|»«*~=•-]{2,}.*[:.|»«*~=•-]{2,}\s*$/u;

/** The most parts of a `<title>` read as the site's and its sections' names. */
const MAX_TITLE_PARTS = 12;

/** The most letters of a section's name in a `<title>` ({@link endsTrail}). */
const MAX_SECTION_NAME = 20;

/**
 * Whether a `<title>` of two parts opens with a section's short name that a heading of the page
 * ends its trail with ("新闻动态--中国地理学会官网" under `<h3>首页 - 新闻动态</h3>`, "News | Site"
 * under "Home > News"): the section's and the site's names, no headline.
 */
function endsTrail(ctx: PageContext, titleTag: string): boolean {
  const [section, site, more] = titleTag.split(SEPARATOR).map(foldLetters);
  if (more !== undefined || !site || !section || section.length > MAX_SECTION_NAME) return false;
  return ['h2', 'h3', 'h4'].some((tag) =>
    ctx.index.byTag(tag).some((h) => {
      const steps = textWithoutCode(h).split(SEPARATOR);
      return steps.length > 1 && foldLetters(steps.at(-1) ?? '') === section;
    }),
  );
}

/** The shortest link text read as a section's name (letters folded). */
const MIN_SECTION_LETTERS = 4;

/**
 * Whether each part of a `<title>` of several, or each run of its parts, is the site's name or
 * the text of one of the page's links, a section's in its menu or breadcrumb ("Cổng thông tin
 * điện tử tỉnh Ninh Bình - Tin tức - Sự kiện", "Tin tức - Sự kiện" a link of the menu): the
 * `<title>` names no article.
 */
function namesOnlySiteAndSections(
  titleTag: string,
  site: SiteIdentity,
  sectionLinks: () => ReadonlySet<string>,
): boolean {
  const parts = titleTag.split(SEPARATOR).map(foldLetters);
  if (parts.length > MAX_TITLE_PARTS) return false;
  const links = sectionLinks();
  const known = (run: string) =>
    site.names.includes(run) || site.hostLabels.includes(run) || links.has(run);
  // Whether the parts from `from` on split into runs each of which is known, each answer kept:
  // a `<title>` of many parts that links repeat is read in quadratic time, not exponential.
  const answers = new Map<number, boolean>();
  const splits = (from: number): boolean => {
    if (from === parts.length) return true;
    const kept = answers.get(from);
    if (kept !== undefined) return kept;
    let run = '';
    let answer = false;
    for (let end = from; end < parts.length && !answer; end++) {
      run += parts[end];
      answer = known(run) && splits(end + 1);
    }
    answers.set(from, answer);
    return answer;
  };
  return splits(0);
}

/**
 * The folded texts of the page's links and the sections its address names (those count as
 * links: "/guong-nguoi-tot-viec-tot/-/…", a category no menu shows), for
 * {@link namesOnlySiteAndSections}; built on the first call and kept for the others on the
 * page: each of the meta titles and the `<title>` is asked about, and folding every link's
 * text again was most of the test's time.
 */
function sectionLinksOf(index: PageIndex, sections: readonly string[]): () => ReadonlySet<string> {
  let links: Set<string> | undefined;
  return () => {
    if (links === undefined) {
      links = new Set<string>(sections.map(foldLetters));
      for (const a of index.byTag('a')) {
        const text = foldLetters(textWithoutCode(a));
        if (text.length >= MIN_SECTION_LETTERS) links.add(text);
      }
    }
    return links;
  };
}

const LINKS: ReadonlySet<string> = new Set(['a']);

/**
 * Class or id words of an article's headline line on pages without a heading: Vietnamese
 * portals' "TieuDe" ("tiêu đề", title), "tieudetin", "tenbai", Joomla's "contentheading", and
 * "news-title", "title_detail", "article-title", "post-title", "entry-title", "headline" — never
 * a box's, a widget's or the site's title.
 */
const HEADLINE_CLASS =
  /(?:^|[\s_-])(?:tieu[-_]?de(?:[-_]?tin)?|ten[-_]?bai|news[-_]?title|title[-_]?news|article[-_]?title|detail[-_]?title|title[-_]?detail|post[-_]?title|entry[-_]?title|story[-_]?title|lbl[-_]?title|lbl[-_]?tieu[-_]?de|content[-_]?heading|headline)(?:$|[\s_-])/i;

/**
 * The first line whose class or id calls it the article's headline ({@link HEADLINE_CLASS}),
 * 10 to 300 characters and no sentence's end, not in the banner; null when there is none.
 */
function classedHeadline(ctx: PageContext): { text: string; element: Element } | null {
  for (const el of ctx.index.elements) {
    if (!namesHeadline(el)) continue;
    const text = cleanText(textWithoutCode(el));
    // A headline cut short ("Wir sind …") is a teaser's.
    if (text.length < 10 || text.length > 300 || /(?:\.|…)$/.test(text) || inBanner(el)) continue;
    return { text, element: el };
  }
  return null;
}

/** Whether an element's class or id calls it the article's headline ({@link HEADLINE_CLASS}). */
function namesHeadline(el: Element): boolean {
  if (el.attribs.class === undefined && el.attribs.id === undefined) return false;
  const hints = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return HEADLINE_CLASS.test(hints.replace(/([a-z])([A-Z])/g, '$1-$2'));
}

/** Elements an old page sets a headline in without a heading: bold, large type. */
const HEADLINE_LIKE: ReadonlySet<string> = new Set(['b', 'strong', 'font', 'h2', 'h3', 'h4', 'h5']);

/** Most characters a shown headline adds to the <title> part it opens with (a date, a place). */
const MAX_ADDED_TO_PART = 40;

/**
 * Whether one of the `<title>`'s parts is a line (case-folded) and one word more after a space:
 * an old portal's template writes the section's or site's name so ("… 东区办事处_中山网").
 */
function endsBeforeWord(folded: string, parts: ReadonlySet<string>): boolean {
  for (const part of parts) {
    const rest = part.slice(folded.length);
    if (part.startsWith(folded) && /^ \S+$/.test(rest) && rest.length <= MAX_ADDED_TO_PART)
      return true;
  }
  return false;
}

/**
 * Whether a line (case-folded) opens with one of the `<title>`'s parts and a few more words,
 * not a sentence's: no full stop at its end.
 */
function opensWithPart(folded: string, parts: ReadonlySet<string>): boolean {
  if (/[.!?…]$/.test(folded)) return false;
  for (const part of parts) {
    if (
      folded.length > part.length &&
      folded.length <= part.length + MAX_ADDED_TO_PART &&
      folded.startsWith(part) &&
      /[\s,:;(–—-]/.test(folded.charAt(part.length))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Class and id words of a page's banner, where the site shows its name: `id="header"`,
 * `class="site-header"`, "masthead", "logo", "slogan". Not an article's own header
 * ("entry-header", "article-header"), which may show the headline.
 */
const BANNER_WORDS: ReadonlySet<string> = new Set([
  'header',
  'site-header',
  'top-header',
  'topbar',
  'top-bar',
  'banner',
  'masthead',
  'logo',
  'branding',
  'site-branding',
  'brand',
  'site-name',
  'site-title',
  'slogan',
]);

/**
 * What every word of {@link BANNER_WORDS} holds, in any case: a class or id without it names no
 * banner. Only ASCII capitals lower-case to the ASCII letters of these words (the Kelvin sign
 * lower-cases to a `k`, which none holds), and `i` without `u` matches ASCII case alone.
 */
const BANNER_WORD_PART = /header|top-?bar|banner|masthead|logo|brand|site-name|site-title|slogan/i;

/** Whether a class or id value holds a word of {@link BANNER_WORDS}, in any case. */
function namesBanner(value: string | undefined): boolean {
  if (value === undefined || !BANNER_WORD_PART.test(value)) return false;
  return value
    .toLowerCase()
    .split(/\s+/)
    .some((w) => BANNER_WORDS.has(w));
}

/** Elements that hold a page's main content: a `<header>` inside one is an article's. */
const CONTENT_HOLDERS: ReadonlySet<string> = new Set(['main', 'article']);

/**
 * Whether an element stands in the page's banner, where a site shows its name: in a `<header>`
 * outside the main content and the article, a `role="banner"`, an element its class or id
 * calls the banner ({@link BANNER_WORDS}), or a link to the home page (the logo's).
 */
function inBanner(el: Element, known?: Map<Element, boolean>): boolean {
  // With `known`, each element's answer is kept: a page's pictures share most of their
  // ancestors, each walked once.
  let answer = known?.get(el);
  if (answer === undefined) {
    answer =
      (el.name === 'a' && isHomeLink(el)) ||
      (el.name === 'header' && closest(el, CONTENT_HOLDERS, null) === null) ||
      el.attribs.role === 'banner' ||
      namesBanner(el.attribs.class) ||
      namesBanner(el.attribs.id) ||
      (el.parent?.type === 'tag' && inBanner(el.parent as Element, known));
    known?.set(el, answer);
  }
  return answer;
}

/**
 * Whether a title keeps the first of several parts shown apart (a kicker on its own line) apart
 * from the rest with punctuation, rather than running them together as one sentence.
 */
function separatesFirstPart(title: string, parts: readonly string[]): boolean {
  const first = parts[0];
  if (parts.length < 2 || first === undefined) return true;
  const letters = foldLetters(first).length;
  let seen = 0;
  let i = 0;
  while (i < title.length && seen < letters) {
    const char = String.fromCodePoint(title.codePointAt(i) ?? 0);
    seen += foldLetters(char).length;
    i += char.length;
  }
  // The part may end in its closing quote or bracket before the separator (`"Quote": Rest`).
  return seen < letters || /^["'”’»)\]]*\s*[:|/·»>–—-]/.test(title.slice(i));
}

/**
 * Drops the last " | …" segment of a `<title>` when what is left reads as a headline and the
 * segment could name the site: one that asks a question ("Bericht zur Lage – worauf wartet die
 * Politik?") is the headline's.
 */
function stripLastSegment(title: string): string {
  const last = separators(title).pop();
  if (last === undefined || /[?？]$/.test(title.trimEnd())) return title;
  const head = title.slice(0, last.start).trim();
  return head.split(' ').length >= 3 ? head : title;
}

/** Headings below the headline's rank that may show it on a page without an `<h1>`. */
const LOWER_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** Elements whose headings are the page's furniture, or another page's teaser. */
const NOT_HEADLINE_HOLDERS: ReadonlySet<string> = new Set(['a', 'nav', 'footer', 'aside', 'li']);

/**
 * A URL compared as the page it names ({@link absoluteHttp}: no fragment, no click tracking),
 * whatever its scheme and a path's closing slash.
 */
function pageKey(href: string, base: string): string | null {
  const url = absoluteHttp(href, base);
  return url === null ? null : url.replace(/^https?:\/\//, '').replace(/\/+(?=\?|$)/, '');
}

/**
 * The heading that the page's links to itself name (a teaser of the latest stories listing this
 * one, by its text or its `title`): on a page whose meta titles are missing and whose `<title>`
 * names only the site and a section ("energieverbraucher.de | Gaspreise"), an old template shows
 * its headline in an `<h6>` or another heading below the `<h1>`'s rank, and a link to the page's
 * own address is what says which heading names the page. A heading inside a link, a list item,
 * navigation or a footer, or a hidden one, is passed over.
 *
 * @param ctx - the page
 * @param url - the page's address
 * @returns the first such heading and its text, or null
 */
function selfNamedHeading(
  ctx: PageContext,
  url: string,
): { text: string; element: Element } | null {
  const own = pageKey(url, url);
  if (own === null) return null;
  const names = new Set<string>();
  for (const a of ctx.index.byTag('a')) {
    const href = a.attribs.href;
    // A jump to a part of the page (a table of contents) names that part, not the page.
    if (href === undefined || /#./.test(href) || pageKey(href, url) !== own) continue;
    for (const name of [cleanText(textWithoutCode(a)), cleanText(a.attribs.title ?? '')]) {
      if (name.split(' ').length >= 3) names.add(foldLetters(name));
    }
  }
  if (names.size === 0) return null;
  for (const tag of LOWER_HEADINGS) {
    for (const el of ctx.index.byTag(tag)) {
      const text = cleanText(textWithoutCode(el));
      if (!names.has(foldLetters(text)) || isHidden(el)) continue;
      if (closest(el, NOT_HEADLINE_HOLDERS, null) === null) return { text, element: el };
    }
  }
  return null;
}

/**
 * The headline: the one the reader sees, else a meta title, else the `<title>`; without the
 * site-name, host, date or section affixes a CMS adds.
 *
 * @param ctx - the page
 * @param site - the site's identity
 * @param sections - the page's section as declared and as its address names it
 * @param url - the page's address (links to it name its headline)
 * @returns the title and its source, or null when the page has none
 */
export function readTitle(
  ctx: PageContext,
  declaredSite: SiteIdentity,
  sections: readonly string[] = [],
  url?: string,
): TitleChoice | null {
  const choice = readTitleAsWritten(ctx, declaredSite, sections, url);
  const counter = choice === null ? null : PAGE_COUNTER.exec(choice.title);
  if (choice === null || counter === null || counter.index === 0) return choice;
  const [page, pages] = [Number(counter[1]), Number(counter[2])];
  const other = String(page < pages ? page + 1 : page - 1);
  // The page's own pager proves it: a link to the next (or, on the last page, the previous) page.
  const paged =
    page >= 1 &&
    page <= pages &&
    ctx.index.byTag('a').some((a) => a.attribs.href && ctx.$(a).text().trim() === other);
  if (!paged) return choice;
  return {
    ...choice,
    title: choice.title.slice(0, counter.index),
    raw: choice.raw ?? choice.title,
  };
}

/**
 * A multi-page article's page counter after its headline ("… (1/3)", "…（2／3）"), as Japanese
 * portals write it in the `<h1>` and the meta titles alike; a series part ("Teil 1/3") has no
 * pager beside it.
 */
const PAGE_COUNTER = /\s*[(（]\s*(\d{1,2})\s*[/／]\s*(\d{1,2})\s*[)）]$/u;

/** {@link readTitle}, the headline as the page writes it. */
function readTitleAsWritten(
  ctx: PageContext,
  declaredSite: SiteIdentity,
  sections: readonly string[] = [],
  url?: string,
): TitleChoice | null {
  const { $, index, meta, jsonLd } = ctx;
  const site = withBannerNames(declaredSite, index);
  const sectionLinks = sectionLinksOf(index, sections);
  const headline = valuesOf(jsonLd.article, 'headline')
    .map(stringOf)
    .find((v) => v);
  const candidates: [string, string | null][] = [
    ['json-ld headline', metadataText(headline)],
    // `<meta name="headline">`, microdata `<meta itemprop="headline">`: written without affixes.
    ['meta headline', metadataText(firstMeta(meta, 'headline'))],
    ['meta og:title', metadataText(firstMeta(meta, 'og:title'))],
    ['meta twitter:title', metadataText(firstMeta(meta, 'twitter:title'))],
    // Dublin Core, which government and library sites write.
    ['meta dc.title', metadataText(firstMeta(meta, 'dc.title', 'dcterms.title'))],
  ];
  const metas = candidates.flatMap(([source, raw]) => {
    // A meta title of the site's name and a section's, as the template writes on every page
    // (Liferay's og:title "Tin tức - Sự kiện - Cổng thông tin điện tử huyện …"), names no article.
    if (raw === null || (SEPARATOR.test(raw) && namesOnlySiteAndSections(raw, site, sectionLinks)))
      return [];
    const title = stripTitleAffixes(raw, site, sections);
    return title === '' ? [] : [{ source, raw, title }];
  });
  // The forms in which the page shows its headline, in order of preference: as shown, without
  // a leading part (a kicker), without a trailing part (a deck inside the element), with a
  // kicker inside the element or just before it ("Kicker: Headline"); compared with the meta
  // titles by their letters.
  const formsOf = (found: ShownHeadline) => {
    const forms = [found.headline];
    for (let i = 1; i < found.parts.length; i++) forms.push(found.parts.slice(i).join(' '));
    for (let i = found.parts.length - 1; i > 0; i--) forms.push(found.parts.slice(0, i).join(' '));
    forms.push(found.full);
    if (found.before !== null) forms.push(`${found.before} ${found.full}`);
    return forms.map(foldLetters);
  };
  const titleElement = index.byTag('title')[0];
  const tagText = titleElement === undefined ? '' : cleanText($(titleElement).text());
  // An editor's placeholder names nothing: the page has no <title>.
  const titleTag = PLACEHOLDER_TITLE.test(tagText) ? '' : tagText;
  // Where several meta titles write the shown headline with the same letters but other
  // punctuation ("Kicker: Headline", "Kicker - Headline", "Kicker Headline"): one that keeps
  // the headline exactly as shown in one piece; one that keeps apart the parts the page lays out
  // apart; then
  // the form the page writes most often (its `<title>` included); then the first.
  const tagTitle = stripTitleAffixes(titleTag, site, sections);
  const written = [...metas.map((m) => m.title), tagTitle];
  // Last, the <title> without its affixes: it writes the headline as the page shows it, the
  // kicker inside the <h1> included ("Akkutechnik: Hat Quantumscape …").
  const matchable =
    tagTitle === '' ? metas : [...metas, { source: '<title>', raw: titleTag, title: tagTitle }];
  const rank = (title: string, found: ShownHeadline) =>
    (found.parts.length < 2 && title === found.full ? 4 * written.length : 0) +
    (separatesFirstPart(title, found.parts) ? 2 * written.length : 0) +
    written.filter((w) => w === title).length;
  const matching = (found: ShownHeadline) => {
    const shownForm = foldLetters(found.headline);
    // Where the <title> writes the headline itself, it is kept as the page writes it, but for
    // parts laid out apart that the <title> keeps apart with punctuation ("Kicker: Headline").
    const tagSeparates =
      found.parts.length > 1 &&
      separatesFirstPart(tagTitle, found.parts) &&
      !separatesFirstPart(found.headline, found.parts);
    for (const form of formsOf(found)) {
      let best: (typeof metas)[number] | undefined;
      const candidates = form === shownForm && !tagSeparates ? metas : matchable;
      for (const m of candidates) {
        if (foldLetters(m.title) !== form) continue;
        if (best === undefined || rank(m.title, found) > rank(best.title, found)) best = m;
      }
      if (best !== undefined) return best;
    }
    // "Kicker: Headline" where the kicker ends the text shown before the headline element.
    const before = found.before === null ? '' : foldLetters(found.before);
    const tail = foldLetters(found.headline);
    return metas.find((m) => {
      const letters = foldLetters(m.title);
      const kicker = letters.endsWith(tail) ? letters.slice(0, letters.length - tail.length) : '';
      return kicker !== '' && before.endsWith(kicker);
    });
  };
  const shown = findShownHeadline(
    index,
    site,
    (text) => metas.some((m) => overlap(text, m.title) >= 0.5),
    // An <h2> or <h3> is the headline when a meta title or the <title> writes it, in any form.
    (found) =>
      matching(found) !== undefined ||
      (tagTitle !== '' && formsOf(found).includes(foldLetters(tagTitle))),
    (text) => restOfTitle(titleTag, text),
  );
  // An <h1> of the template's page label ("Tin tức - Sự kiện", SharePoint's pageTitle naming
  // the section) names no article: the line its class calls the headline does, or on a
  // question's page ("Hỏi đáp") the title its labelled row gives.
  const label = shown !== null && isPageLabel(shown.headline);
  const labelled = label ? classedHeadline(ctx) : null;
  if (labelled !== null)
    return shownLine(labelled, 'a line its class calls the headline', titleTag);
  const row = label ? labelledTitle(ctx) : null;
  if (row !== null) return shownLine(row, 'a labelled row', titleTag);
  if (shown !== null) {
    const same = matching(shown);
    if (same !== undefined) {
      return {
        // The page's typography where the meta title writes plain quotes and dashes.
        title:
          plainTypography(same.title) === plainTypography(shown.headline)
            ? shown.headline
            : same.title,
        source: `${shown.tag} (as ${same.source})`,
        element: shown.element,
      };
    }
    // An <h1> that differs from the meta titles is what the reader sees.
    return {
      title: shown.headline,
      source: shown.tag,
      element: shown.element,
      ...(metas.length > 0
        ? { note: `differs from ${metas.map((m) => m.source).join(', ')}` }
        : {}),
    };
  }
  const first = metas[0];
  // A line its class calls the headline and the <title> write the same, and every meta title
  // something else: the template repeats the portal's name in its og:title on every page
  // ("Cổng thông tin điện tử tỉnh Quảng Ninh"). The reader sees the line.
  const titled = first === undefined || tagTitle === '' ? null : classedHeadline(ctx);
  if (
    titled !== null &&
    [tagTitle, titleTag].some((t) => foldLetters(t) === foldLetters(titled.text)) &&
    !metas.some((m) => foldLetters(m.title) === foldLetters(titled.text))
  ) {
    return {
      title: titled.text,
      source: 'a line its class calls the headline, as the <title> writes it',
      element: titled.element,
      note: `differs from ${metas.map((m) => m.source).join(', ')}`,
    };
  }
  if (first !== undefined) {
    // A format's label before it ("E-Magazine: …") where the page shows the headline without it.
    const label = FORMAT_LABEL.exec(first.title);
    const rest = label === null ? '' : first.title.slice(label[0].length);
    const shownRest = rest === '' ? null : shownTitleSegment(ctx, rest, site);
    const title =
      shownRest !== null && foldLetters(shownRest.text) === foldLetters(rest) ? rest : first.title;
    return {
      title,
      source: first.source,
      ...(first.raw !== title ? { raw: first.raw } : {}),
    };
  }
  // An office suite's export of an official document titles it with its letterhead's first line
  // in capitals ("UBND TỈNH QUẢNG NINH"), its kind ("THÔNG BÁO") or nothing: the reader sees the
  // subject under the kind, which says what the document is about.
  const subject = titleTag === titleTag.toLocaleUpperCase() ? documentSubject(ctx) : null;
  if (subject !== null) return shownLine(subject, 'subject below the document kind', titleTag);
  const named = url === undefined ? null : selfNamedHeading(ctx, url);
  if (named !== null)
    return shownLine(named, 'heading named by links to the page itself', titleTag);
  if (titleTag === '') {
    const line = boldLineAboveText(ctx);
    if (line !== null) return shownLine(line, 'bold line above the text', tagText);
    // With nothing better, a placeholder still titles the article: it is not lost.
    return tagText === '' ? null : { title: tagText, source: '<title>' };
  }
  const showing = shownTitleSegment(ctx, titleTag, site);
  const onePart = titleTag.split(SEPARATOR).length === 1;
  // A <title> of one part written in the page's closing lines, its footer ("UBND xã Đại Phác -
  // huyện Văn Yên - tỉnh Yên Bái"), and in no <h1>, names the site: no headline stands below
  // the text.
  const footer = onePart && showing?.element.name !== 'h1' && inFooter(ctx, titleTag);
  const segment = footer ? null : showing;
  // A <title> of one short part, a section's name, shown as a box's heading ("TIN TỨC SỰ KIỆN"
  // above a SharePoint page's article): the line its class calls the headline is the article's.
  const boxed =
    segment !== null && onePart && isSectionLabel(segment.text) ? classedHeadline(ctx) : null;
  if (
    boxed !== null &&
    boxed.element !== segment?.element &&
    foldLetters(boxed.text) !== foldLetters(titleTag)
  ) {
    return shownLine(boxed, 'a line its class calls the headline', titleTag);
  }
  // A <title> of one part the page does not show (a name, the site's), and a line its class
  // calls the article's headline ("<span class="TieuDe">" of an old portal whose <title> names
  // only the site): what the reader sees.
  const classed = segment === null && onePart ? classedHeadline(ctx) : null;
  if (classed !== null && foldLetters(classed.text) !== foldLetters(titleTag)) {
    return shownLine(classed, 'a line its class calls the headline', titleTag);
  }
  const stripped = stripTitleAffixes(titleTag, site, sections);
  const title = stripped === titleTag ? withoutSectionSuffix(stripLastSegment(titleTag)) : stripped;
  // A <title> of the site's name and its sections only ("Cổng thông tin điện tử tỉnh Ninh Bình -
  // Tin tức - Sự kiện"), or a template's page label ("UBND huyện Thạch Hà - Chi tiết tin"), or
  // set between decorations as a site's name ("::: UBND XÃ HÒA BÌNH :::"): the headline is the
  // line the page shows above its text.
  // So does a <title> of the site's name and at most a place or a section's label ("UBND HUYỆN
  // YÊN THẾ - TỈNH BẮC GIANG", the name its banner's picture shows).
  if (
    segment === null &&
    ((!onePart && namesOnlySiteAndSections(titleTag, site, sectionLinks)) ||
      footer ||
      holdsPageLabel(titleTag) ||
      DECORATED.test(titleTag) ||
      endsTrail(ctx, titleTag) ||
      site.names.includes(foldLetters(title)) ||
      (isSectionLabel(title) &&
        titleTag.split(SEPARATOR).some((part) => site.names.includes(foldLetters(part)))))
  ) {
    const line = classedHeadline(ctx) ?? boldLineAboveText(ctx, true);
    if (line !== null) return shownLine(line, 'heading above the text', titleTag);
  }
  if (segment !== null) {
    // The element showing it stands for the headline (a portal's `<span class="Head">`), but an
    // <h1> that the headline readers passed over stands for none: it may be a breadcrumb's SEO
    // title above the headline shown in an <h2> (Stern's `<li><h1>`), whose lines are no
    // standfirst.
    return {
      title: segment.text,
      source: '<title> segment shown on the page',
      raw: titleTag,
      ...(segment.element.name === 'h1' ? {} : { element: segment.element }),
    };
  }
  return { title, source: '<title>', ...(title !== titleTag ? { raw: titleTag } : {}) };
}
