/** The article's published and modified dates, read from the page in priority order. */
import type { Element } from 'domhandler';
import {
  descendants,
  HEADING_TAGS,
  hasItemprop,
  hasRel,
  isBelow,
  linesExcept,
  ownText,
  precedes,
  siblingElement,
  textOf,
  trimmedTextFits,
} from './content/dom.ts';
import { isCommentCount, isEmbeddedPost } from './content/patterns.ts';
import { BLOCK } from './content/score.ts';
import { shortText } from './content/short-text.ts';
import {
  MONTHS,
  PUBLICATION_WORD_PATTERN,
  PUBLISHED_WORD_PATTERN,
  ZONE_ABBREVIATION_PATTERN,
} from './date-words.ts';
import {
  answeredLine,
  isShortDateline,
  otherDayLabel,
  parseDate,
  parseDateLine,
  publishedTimeAlone,
  showsDuration,
  UPDATED_LABEL,
  updateAtTimeAlone,
  withYear,
  zoneOffsetMinutes,
} from './dates.ts';
import { type EmbeddedDates, fromEpoch, readEmbeddedDates } from './embedded-dates.ts';
import { onFirstUse } from './first-use.ts';
import { linksHome } from './headline-element.ts';
import { isArticleNode, type JsonLdNode, stringOf, typesOf, valuesOf } from './json-ld.ts';
import { standfirstTest } from './lead.ts';
import { metaContent, PARSELY_PAGE_DATE } from './meta-tags.ts';
import type { PageContext } from './metadata.ts';
import { AUTHOR_HINT, DATE_HINT, testHooks } from './metadata-hints.ts';
import {
  headlinedArticles,
  isArticleMicrodata,
  isOutsideArticle,
  ownArticle,
  type PageIndex,
  pageHeadline,
  shownLinesAfter,
  titleHolds,
} from './page-index.ts';
import {
  cleansToNothing,
  cleanText,
  cleanTextWithin,
  countWords,
  firstRead,
  PROSE_WORDS,
} from './text.ts';
import { titleDateAffix } from './title.ts';
import { BY_WORD, BYLINE_OPENING, readText } from './trailing-byline.ts';

/** A date read from the page and where it came from. */
export interface FoundDate {
  /** ISO 8601 with offset. */
  readonly value: string;
  /** e.g. `json-ld NewsArticle.datePublished`, `meta article:published_time`, `<time datetime>`. */
  readonly source: string;
  /** The text as written. */
  readonly raw: string;
}

/** The dates of a page. */
export interface PageDates {
  readonly published: FoundDate | null;
  readonly modified: FoundDate | null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_date',
  'date_published',
  'publication_date',
  'pub_date',
  'displaydate',
  'date_created',
  'original-publish-date',
  'dc.date.issued',
  'dc.issued',
  'dcterms.issued',
  'dc.date.created',
  'dc.created',
  'dc:created',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'og:published_time',
  'date',
  'parsely-pub-date',
  'sailthru.date',
  'article_date_original',
  // Google Scholar's, which journals' and university presses' article pages write.
  'citation_publication_date',
  'citation_date',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'dcterms.modified',
  'last-modified',
  'lastmod',
  'article_date_updated',
];

/** The source a date read from the meta tag `key` is given. */
function metaSource(key: string): string {
  return `meta ${key}`;
}

/** The source of a file's `Last-Modified` (`<meta http-equiv>`): when it was written, no more. */
const FILE_WRITTEN = metaSource('last-modified');

/** A date written as seconds or milliseconds since 1970, a number or its digits ({@link fromEpoch}). */
const EPOCH = /^\d{10}(?:\d{3})?$/;

/**
 * A date written without a time of day ("2023-04-28", "28.04.2023"); an instant written as
 * seconds or milliseconds since 1970 ({@link EPOCH}) has its time.
 */
function dayOnly(raw: string): boolean {
  return !/\d{1,2}[:hg]\d{2}/.test(raw) && !DOTTED_CLOCK_TIME.test(raw) && !EPOCH.test(raw);
}

/**
 * A day written in a URL's path: segments `/2024/10/16/` or, with the month's English name,
 * `/2024/feb/24/` (the Guardian's), or a token of its own (between the path's slashes, hyphens,
 * underscores and dots) `2026-01-06` or `20241203`. The day must exist.
 */
const URL_DAY =
  /(?:^|\/)((?:19|20)\d{2})\/(\d{1,2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\/(\d{1,2})(?=\/|$)|(?:^|[/_.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=$|[/_.-])|(?:^|[/_.-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/i;
/** A month written in a URL's path, as a number or a name: its number (1–12), else NaN. */
function urlMonth(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (MONTHS.get(text.toLowerCase()) ?? Number.NaN);
}

/**
 * The instant a slug ends with, as Vietnamese news CMSs stamp it: `-20231214152017.htm` (year,
 * month, day, hour, minute, second; milliseconds after them or not).
 */
const SLUG_INSTANT =
  /-((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\d{3})?(?:\.[a-z]{2,5})?$/i;

/** The instant a URL's path ends with ({@link SLUG_INSTANT}), in the page's zone; null if none exists. */
function instantInSlug(path: string, timezone: string): FoundDate | null {
  const m = SLUG_INSTANT.exec(path);
  if (m === null) return null;
  const [y = '', mo = '', d = '', h = '', mi = '', se = ''] = m.slice(1, 7);
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return null;
  const text = `${y}-${mo}-${d} ${h}:${mi}:${se}`;
  return asFound(parseDate(text, timezone), 'instant in the URL', text);
}

/**
 * Last of all, the day in the page's URL (`/archives/2024/10/16/2003825372`,
 * `/article/2026-01-06-joburg-…`, `/world/20241203-OYT1T50218/`): news sites file a story under
 * the day it was published. Its path only: a query may name any date.
 *
 * @param url - the page's URL
 * @param timezone - the page's zone: the day is its noon there
 * @returns the day, or null when the path names none
 */
function dayInUrl(url: string, timezone: string): FoundDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const stamped = instantInSlug(path, timezone);
  if (stamped !== null) return stamped;
  const m = URL_DAY.exec(path);
  if (m === null) return null;
  const [yearText, monthText, dayText] = m.slice(1).filter((g) => g !== undefined) as string[];
  if (yearText === undefined || monthText === undefined || dayText === undefined) return null;
  const [year, month, day] = [Number(yearText), urlMonth(monthText), Number(dayText)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const text = date.toISOString().slice(0, 10);
  return asFound(parseDate(text, timezone), 'day in the URL', text);
}

/**
 * After the URL's, the date the page's `<title>` appends to its headline ("… – DW – 13.06.2023"):
 * the day the browser's tab shows, where the page shows none.
 */
function dayInTitle(ctx: PageContext): FoundDate | null {
  const title = ctx.index.byTag('title')[0];
  const text = title === undefined ? null : titleDateAffix(cleanText(textOf(title)));
  return text === null ? null : asFound(parseDate(text, ctx.timezone), 'date in the <title>', text);
}

/** A numeric date with slashes, day and month in an order the digits alone do not tell. */
const SLASHED_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;

/**
 * A metadata date written with slashes whose day and month could be either ("11/01/2023
 * 12:43:42", ASP.NET's US order on a Swiss page), in the order the page shows it: when the text
 * shows it dotted day first ("Erstellt am: 01.11.2023") one way and not the other, that way,
 * written year first; else as it was (read in the page zone's order).
 *
 * @param raw - the metadata value
 * @param text - the page's text, read when needed
 * @returns the value, or the same date written year first
 */
function asShownOnPage(raw: string, text: () => string): string {
  const m = SLASHED_DATE.exec(raw.trim());
  if (m === null) return raw;
  const [whole, a = '', b = '', year = ''] = m;
  if (Number(a) > 12 || Number(b) > 12 || Number(a) === Number(b)) return raw;
  const dotted = (day: string, month: string) =>
    new RegExp(`(?<!\\d)0?${Number(day)}\\.0?${Number(month)}\\.${year}(?!\\d)`).test(text());
  const monthFirst = dotted(b, a);
  if (monthFirst === dotted(a, b)) return raw;
  const [month, day] = monthFirst ? [a, b] : [b, a];
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}${raw.trim().slice(whole.length)}`;
}

/**
 * Published and modified dates: JSON-LD (the article, then any node: a `WebPage` or
 * `MedicalWebPage` carries `datePublished` too), meta tags, `<time datetime>`, a video page's
 * `VideoObject.uploadDate` (without an article node), dates only in
 * embedded JSON or hidden inputs, then the page's date line, and last the day in its URL or
 * `<title>`. A
 * date without a time of day is completed by a later source that gives the same day with a
 * time.
 *
 * @param ctx - the page
 * @param url - the page's URL
 * @returns the dates found, each with its source
 */
export function readDates(ctx: PageContext, url: string): PageDates {
  const { index, meta, jsonLd, timezone } = ctx;
  const read = (value: unknown, source: string): FoundDate | null => {
    const raw = stringOf(value)?.trim();
    if (!raw) return null;
    const parsed = EPOCH.test(raw) ? fromEpoch(raw, timezone) : parseDate(raw, timezone);
    return parsed === null ? null : { value: parsed, source, raw };
  };
  // The article's node, and the other nodes that may date it: not the site's, nor another page's.
  const siteName = stringOf(meta.get('og:site_name')?.[0])?.trim().toLowerCase() ?? '';
  const othersPage = (node: JsonLdNode) =>
    isOtherSitePart(node, siteName) || describesOtherPage(node, url);
  const article =
    jsonLd.article === null || !othersPage(jsonLd.article)
      ? jsonLd.article
      : (jsonLd.nodes.find((node) => isArticleNode(node) && !othersPage(node)) ?? null);
  const articleType = article === null ? '' : (typesOf(article)[0] ?? 'article');
  const fromNodes = (key: string) =>
    jsonLd.nodes
      .filter((node) => node !== article && !othersPage(node))
      .flatMap((node) =>
        valuesOf(node, key).map(
          (v) => () => read(v, `json-ld ${typesOf(node)[0] ?? 'node'}.${key}`),
        ),
      );
  const fromVideos = (key: string) =>
    jsonLd.nodes
      .filter((node) => typesOf(node).includes('videoobject'))
      .flatMap((node) =>
        valuesOf(node, key).map((v) => () => read(v, `json-ld VideoObject.${key}`)),
      );
  let pageText: string | undefined;
  const shownOrder = (raw: string): string =>
    asShownOnPage(raw, () => {
      pageText ??= ctx.$.root().text();
      return pageText;
    });
  const fromMeta = (keys: readonly string[]) =>
    keys.flatMap((key) =>
      (meta.get(key) ?? []).map((v) => () => read(shownOrder(stringOf(v) ?? ''), metaSource(key))),
    );
  let dated: { readonly publication: Element[]; readonly updates: Element[] } | undefined;
  // The page's <time datetime>s; where one is marked as the publication, those marked as the
  // update are the update's (GeneratePress writes `<time class="updated" itemprop=
  // "dateModified">` before `<time class="entry-date published">`). Unmarked, a theme's `updated`
  // class is no update (Newspaper's `<time class="entry-date updated">` is the publication).
  const pageTimes = () => {
    if (dated !== undefined) return dated;
    const all = index
      .byTag('time')
      .filter(
        (el) =>
          el.attribs.datetime !== undefined &&
          !inEmbeddedPost(el) &&
          !isJoiningDate(el) &&
          (!isOtherStorysPart(el, index) || isArticleMicrodata(el, index)),
      );
    const marked = all.some(isPublicationElement);
    const updates = marked ? all.filter(isUpdateElement) : [];
    // The ones marked as the publication first: an unmarked one above them (NBC News's header
    // "1:06 pm ET" over the footer's "First Published 7:31 am ET") shows the last edit.
    const publication = all.filter((el) => !updates.includes(el));
    dated = {
      publication: marked
        ? [
            ...publication.filter(isPublicationElement),
            ...publication.filter((el) => !isPublicationElement(el)),
          ]
        : publication,
      updates,
    };
    return dated;
  };
  const times = () =>
    pageTimes().publication.flatMap((el) => [
      () => {
        const seen = shownOtherDay(el, timezone);
        if (seen !== null) return seen;
        const local = shownAsLocal(el, timezone);
        return local === null
          ? read(el.attribs.datetime, '<time datetime>')
          : read(local, "<time datetime>, its UTC time shown as the page zone's");
      },
      // A datetime without a time of day; the text may show it ("30/04/2024 - 16:17").
      () => (dayOnly(el.attribs.datetime ?? '') ? read(shownText(el), '<time> text') : null),
    ]);

  // hAtom's and microdata's instant in an <abbr>'s title, its text the time shown (Blogger's
  // "<abbr class="published" itemprop="datePublished" title="2023-12-14T16:05:00+07:00">16:05").
  const abbrs = (hAtomClass: string, itemprop: string) =>
    index
      .byTag('abbr')
      .filter(
        (el) =>
          el.attribs.title !== undefined &&
          (hasItemprop(el, itemprop) ||
            (el.attribs.class ?? '').split(/\s+/).includes(hAtomClass)) &&
          !isOtherStorysPart(el, index),
      )
      .map((el) => () => read(el.attribs.title, `<abbr title> (${hAtomClass})`));

  let embedded: EmbeddedDates | undefined;
  const fromEmbedded = () => {
    embedded ??= readEmbeddedDates(ctx, url);
    return embedded;
  };
  const published = [
    ...valuesOf(article, 'datePublished').map(
      (v) => () => read(v, `json-ld ${articleType}.datePublished`),
    ),
    ...valuesOf(article, 'dateCreated').map(
      (v) => () => read(v, `json-ld ${articleType}.dateCreated`),
    ),
    ...fromNodes('datePublished'),
    // Baidu's cambrian JSON-LD, which Chinese sites write for its search: `"pubDate": "…"`.
    ...fromNodes('pubDate'),
    ...fromMeta(PUBLISHED_META),
    ...times(),
    ...abbrs('published', 'datePublished'),
    // A video page's: its VideoObject's upload (not a video embedded in an article).
    ...(article === null ? fromVideos('uploadDate') : []),
    () => fromEmbedded().published(),
  ];
  const modified = [
    ...valuesOf(article, 'dateModified').map(
      (v) => () => read(v, `json-ld ${articleType}.dateModified`),
    ),
    ...fromNodes('dateModified'),
    ...fromMeta(MODIFIED_META),
    ...abbrs('updated', 'dateModified'),
    ...pageTimes().updates.map((el) => () => read(el.attribs.datetime, '<time datetime> (update)')),
    () => fromEmbedded().modified(),
  ];
  let found = { published: firstPrecise(published), modified: firstPrecise(modified) };
  // What the reader sees wins over app state kept in a script or a hidden input, when they name
  // different days: the state may hold another object's date (a draft's, a related story's).
  const fromState =
    embedded !== undefined && found.published !== null && found.published === embedded.published();
  if (found.published === null || found.modified === null || fromState) {
    // A publication with its time, which a line's update given as a time alone follows.
    const known =
      found.published !== null && !dayOnly(found.published.raw) ? found.published : null;
    const line = dateLine(ctx, known);
    const shown = line.published;
    const seenInstead =
      fromState &&
      shown !== null &&
      !dayOnly(shown.raw) &&
      found.published !== null &&
      localDay(shown, timezone) !== localDay(found.published, timezone);
    // A day without its time (a `publishdate` meta of the day alone), which the date line shows
    // with its time of day (Xinhua's "2026-12-05 14:21:30"): that time.
    const day = found.published;
    const timed =
      day !== null &&
      shown !== null &&
      dayOnly(day.raw) &&
      MIDNIGHT.test(day.value) &&
      !dayOnly(shown.raw) &&
      sameDay(shown, day)
        ? { ...shown, source: `${day.source}, time from ${shown.source}` }
        : null;
    found = {
      published: seenInstead ? shown : (timed ?? found.published ?? line.published),
      modified: found.modified ?? line.modified,
    };
  }
  // A date line shown without its year ("14.12. 16:05", "Dec 14, 4:05 PM"), in the year the page
  // gives elsewhere: where nothing dates the page, or to give a day alone its time.
  const dayOrNone = found.published;
  if (dayOrNone === null || dayOnly(dayOrNone.raw)) {
    const yearless = dateWithoutYear(ctx, url, found.modified);
    if (yearless !== null && (dayOrNone === null || sameDay(yearless, dayOrNone))) {
      found = { ...found, published: yearless };
    }
  }
  // Where the page shows no date: Parse.ly's `pub_date` (the instant it gives may be local time
  // marked as UTC), then the day in the URL or the `<title>`, then a release's place and date. A
  // file's `Last-Modified` alone is when the file was last written (a diary's page rebuilt days
  // after its entry, a comment added), not the entry: it stays the update.
  const written = found.modified === null || found.modified.source === FILE_WRITTEN;
  if (found.published === null && written) {
    const parsely = meta.get(PARSELY_PAGE_DATE)?.[0];
    found = {
      published:
        (parsely === undefined ? null : read(parsely, 'meta parsely-page pub_date')) ??
        dayInUrl(url, timezone) ??
        dayInTitle(ctx) ??
        placeAndDateLine(ctx) ??
        selfLinkedTeaser(ctx, url),
      modified: found.modified,
    };
  }
  // A day without its time, updated that same day at a time the page gives: the time its date
  // line shows for that day (ABC News's "Dec 16, 2016, 12:37 PM ET"), else the update's.
  const { published: day, modified: update } = found;
  if (
    day !== null &&
    update !== null &&
    dayOnly(day.raw) &&
    !dayOnly(update.raw) &&
    sameDay(day, update)
  ) {
    const shown = dateLine(ctx).published;
    const time = shown !== null && !dayOnly(shown.raw) && sameDay(shown, day) ? shown : update;
    found = {
      published: { ...time, source: `${day.source}, time from ${time.source}` },
      modified: update,
    };
  }
  return { published: atNoon(found.published), modified: atNoon(found.modified) };
}

/** The year (and month, when it files by month too) a URL's path files the page under: `/2023/12/`. */
const URL_YEAR = /\/((?:19|20)\d{2})\/(?:(\d{1,2})\/)?/;

/**
 * A date line that shows its day and month without the year ("14.12. 16:05", "donderdag 14
 * december, 16:05", "Dec 14, 4:05 PM", "14/12 16:05"), in the year the page gives elsewhere: a
 * full date of the same day and month on another of its date lines or `<time datetime>`s, else
 * the year of its URL's path (its month, when the path gives one, the day's). Never a day after
 * the newest other date the page gives; null when nothing gives the year (a copyright's year does
 * not count).
 *
 * @param ctx - the page
 * @param url - its URL
 * @param modified - the update found, one of the page's dates
 * @returns the date, or null
 */
function dateWithoutYear(
  ctx: PageContext,
  url: string,
  modified: FoundDate | null,
): FoundDate | null {
  const { index, timezone } = ctx;
  const lines = index.hinted
    .filter((el) => isDateElement(el) && !isOtherStorysPart(el, index))
    .map(shownText)
    .filter((text) => text !== '' && text.length <= 80);
  const japanese = lines.find((text) => JAPANESE_MONTH_DAY.test(text));
  if (japanese !== undefined) return japaneseWithoutYear(ctx, japanese, lines, modified);
  const shown = lines.find((text) => parseDate(text, timezone) === null && withYear(text, 2000));
  if (shown === undefined) return null;
  const others = [
    ...lines.map((text) => parseDate(text, timezone)),
    ...index.byTag('time').map((el) => parseDate(el.attribs.datetime ?? '', timezone)),
    modified?.value ?? null,
  ].filter((value): value is string => value !== null);
  // The day and month shown, read in a leap year so that 29 February stays.
  const probe = parseDate(withYear(shown, 2000) ?? '', timezone);
  if (probe === null) return null;
  const monthDay = probe.slice(5, 10);
  const fullDate = others.find((value) => value.slice(5, 10) === monthDay);
  let year = fullDate === undefined ? null : Number(fullDate.slice(0, 4));
  if (year === null) {
    let path = '';
    try {
      path = new URL(url).pathname;
    } catch {
      // No URL: no year from it.
    }
    const filed = URL_YEAR.exec(path);
    if (
      filed !== null &&
      (filed[2] === undefined || Number(filed[2]) === Number(monthDay.slice(0, 2)))
    ) {
      year = Number(filed[1]);
    }
  }
  if (year === null) return null;
  const raw = withYear(shown, year) ?? '';
  const value = parseDate(raw, timezone);
  if (value === null || value.slice(5, 10) !== monthDay) return null;
  const newest =
    others
      .map((other) => other.slice(0, 10))
      .sort()
      .at(-1) ?? '';
  if (newest !== '' && value.slice(0, 10) > newest) return null;
  return { value, source: 'date line without its year, the year from the page', raw };
}

/**
 * A Japanese date line's month, day and weekday without the year: "12/6(日) 15:32配信" (Yahoo!
 * JAPAN's, for its recent articles). The weekday makes it month first.
 */
const JAPANESE_MONTH_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\s*[（(]([日月火水木金土])[）)]/u;
/** Japanese weekdays from Sunday, as `Date#getUTCDay` numbers them. */
const JAPANESE_WEEKDAYS = '日月火水木金土';
/** A copyright's year, the last of a range: "© 2026", "Copyright (C) 2014-2026 …". */
const COPYRIGHT_YEAR =
  /(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)/giu;

/**
 * A Japanese date line without its year ({@link JAPANESE_MONTH_DAY}) in the year its weekday
 * names: a line shows no year only for a recent day, so of the year of the newest date the page
 * gives elsewhere (else of its copyright, the year it was served in) and the year before, the
 * one whose day falls on that weekday and not after that date. Null when neither does or nothing
 * gives a year.
 *
 * @param ctx - the page
 * @param text - the date line
 * @param lines - the page's date lines
 * @param modified - the update found, one of the page's dates
 */
function japaneseWithoutYear(
  ctx: PageContext,
  text: string,
  lines: readonly string[],
  modified: FoundDate | null,
): FoundDate | null {
  const shown = JAPANESE_MONTH_DAY.exec(text);
  if (shown === null) return null;
  const [whole, month = '', day = '', weekday = ''] = shown;
  const { index, timezone } = ctx;
  const others = [
    ...lines.map((line) => parseDate(line, timezone)),
    ...index.byTag('time').map((el) => parseDate(el.attribs.datetime ?? '', timezone)),
    modified?.value ?? null,
  ].filter((value): value is string => value !== null);
  const newest = others
    .map((other) => other.slice(0, 10))
    .sort()
    .at(-1);
  let latest = newest;
  if (latest === undefined) {
    const page = index.byTag('body')[0];
    const pageText = page === undefined ? '' : textOf(page);
    const years = Array.from(pageText.matchAll(COPYRIGHT_YEAR), (m) => Number(m[1]));
    if (years.length === 0) return null;
    latest = `${Math.max(...years)}-12-31`;
  }
  const top = Number(latest.slice(0, 4));
  for (const year of [top, top - 1]) {
    const date = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
    const iso = date.toISOString().slice(0, 10);
    if (date.getUTCDate() !== Number(day) || iso > latest) continue;
    if (date.getUTCDay() !== JAPANESE_WEEKDAYS.indexOf(weekday)) continue;
    const raw = text.replace(whole, `${year}/${month}/${day}(${weekday})`);
    const value = parseDate(raw, timezone);
    if (value === null) return null;
    return { value, source: 'date line without its year, the year its weekday names', raw };
  }
  return null;
}

/** Types of nodes that describe the site or who runs it, not an article. */
const SITE_TYPE = /^(?:website|person|brand|\w*organization|corporation)$/;

/**
 * Whether a JSON-LD node is the site's, not the article's: a `WebSite`, an organization or a
 * person, or any node whose headline or name is the site's name (a template's `WebPage` node
 * named "Daily Example").
 */
function isOtherSitePart(node: JsonLdNode, siteName: string): boolean {
  if (typesOf(node).some((type) => SITE_TYPE.test(type))) return true;
  if (siteName === '') return false;
  const name = stringOf(valuesOf(node, 'headline')[0] ?? valuesOf(node, 'name')[0]);
  return name?.trim().toLowerCase() === siteName;
}

/**
 * A URL's path, without its trailing slash or `index.html`, lower-cased; null for no URL and for
 * the site's root, which templates write where the page's own URL belongs (Tokyo Shimbun's
 * `mainEntityOfPage`).
 */
function pathOf(text: string | null): string | null {
  if (text === null || !/^https?:\/\//i.test(text)) return null;
  try {
    const path = new URL(text).pathname.replace(/\/(?:index\.html?)?$/i, '');
    return path === '' ? null : path.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether two paths name one page: the same, ending in the same part (the slug, without the
 * section before it: Krautreporter's "/5481-ich-wollte-…" of "/politik-und-macht/5481-ich-wollte-…"),
 * or one the other's short form, its id without the slug after it ("/news/home/20261204512345/en"
 * of "/news/home/20261204512345/en/corvane-…").
 */
function samePage(a: string, b: string): boolean {
  if (a === b || a.slice(a.lastIndexOf('/')) === b.slice(b.lastIndexOf('/'))) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(`${short}/`) && /\/\d{4,}(?:\/|$)/.test(short);
}

/**
 * Whether a JSON-LD node describes another page than this one: the first absolute URL among its
 * `url` and `mainEntityOfPage` names another path (a related story's node, the section's
 * `CollectionPage`). Not its `@id`: Joomla names its nodes by fragments of the site's root.
 */
function describesOtherPage(node: JsonLdNode, url: string): boolean {
  const own = pathOf(url);
  if (own === null) return false;
  for (const key of ['url', 'mainEntityOfPage']) {
    for (const value of valuesOf(node, key)) {
      const path = pathOf(stringOf(value));
      // An article's node naming a section above the page (AutoIndustriya's `mainEntityOfPage`)
      // is a template's slip, not another page's node; a section's `CollectionPage` is.
      if (path !== null) {
        return !samePage(path, own) && !(isArticleNode(node) && own.startsWith(`${path}/`));
      }
    }
  }
  return false;
}

/**
 * A release's or letter's place and date on a line of its own ("Hamburg, den 02. Dezember 2022",
 * "Bad Homburg, den 15.03.2024"): up to four capitalised words, a comma, "den" or "am", a date.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const placeAndDate = onFirstUse(
  () => /^\p{Lu}[\p{L}.-]*(?:[ -]\p{Lu}[\p{L}.-]*){0,3},\s+(?:den|am)\s+(.{6,30})$/u,
);

/** Tags whose text is no line of the page's own ({@link placeAndDateLine}). */
const NOT_A_LINE: ReadonlySet<string> = new Set(['a', 'li', 'script', 'style', 'option', 'title']);

/**
 * The date of a release's place and date line ({@link placeAndDate}) written as a line of
 * its own anywhere in the page, for a page that shows no other date; null when there is none.
 */
function placeAndDateLine(ctx: PageContext): FoundDate | null {
  for (const el of ctx.index.elements) {
    if (NOT_A_LINE.has(el.name)) continue;
    for (const child of el.children) {
      if (child.type !== 'text' || child.data.length > 80) continue;
      const line = cleanText(child.data);
      const date = placeAndDate().exec(line)?.[1];
      if (date === undefined) continue;
      const value = parseDate(date, ctx.timezone);
      if (value !== null) return { value, source: "a release's place and date line", raw: date };
    }
  }
  return null;
}

/** The local midnight a day without its time of day is read as. */
const MIDNIGHT = /T00:00:00(?=[+-]\d{2}:\d{2}$)/;

/**
 * A day without its time of day, given as noon in the page's zone: a reader up to twelve hours
 * away sees that day (midnight at UTC+7 is the day before everywhere west of it). A time the
 * page writes, midnight included, stays as written.
 */
function atNoon(date: FoundDate | null): FoundDate | null {
  if (date === null || !dayOnly(date.raw) || !MIDNIGHT.test(date.value)) return date;
  return { ...date, value: date.value.replace(MIDNIGHT, 'T12:00:00') };
}

/** A datetime at offset zero: `2024-07-18T11:48:00Z`, `…+00:00`. */
const AT_UTC = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(:\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]00:?00)$/i;

/**
 * A `<time>` whose datetime is at offset zero while its text shows that same clock time
 * (`<time datetime="2024-07-18T11:48:00Z">11:48, Thu, Jul 18, 2024</time>`), on a page whose zone
 * is not at offset zero then: the CMS labelled the local time as UTC, and the reader sees the
 * local time. Its datetime without the offset, to be read in the page's zone; else null.
 */
function shownAsLocal(el: Element, timezone: string): string | null {
  const m = AT_UTC.exec(el.attribs.datetime?.trim() ?? '');
  if (m === null || timezone === 'UTC') return null;
  const [, day, hour, minute, second = ''] = m;
  const instant = Date.parse(`${day}T${hour}:${minute}:00Z`);
  if (Number.isNaN(instant) || zoneOffsetMinutes(timezone, instant) === 0) return null;
  const shown = new RegExp(`(?<!\\d)0?${Number(hour)}[:h.]${minute}(?!\\d)`);
  const text = shownText(el);
  // A text that says its time is UTC ("Aug 10, 2016 11:15 am UTC") shows the datetime as it is.
  if (SHOWN_UTC.test(text)) return null;
  return shown.test(text) ? `${day}T${hour}:${minute}${second}` : null;
}

/** A year written in full: what makes a date shown in a `<time>`'s text a whole one. */
const FULL_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/**
 * A `<time>` whose text shows a whole date (its year too) on another day than its datetime, in
 * the page's zone or as written (`<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin
 * 2019</time>`): the CMS wrote its last edit in the attribute, and the reader sees the
 * publication. That date, else null.
 */
function shownOtherDay(el: Element, timezone: string): FoundDate | null {
  const text = shownText(el);
  if (!FULL_YEAR.test(text) || text.length > MAX_DATE_LINE) return null;
  const line = parseDateLine(text, timezone);
  const seen = asFound(line.published, '<time> text, another day than its datetime', text);
  const attr = el.attribs.datetime?.trim() ?? '';
  const machine = parseDate(attr, timezone);
  if (seen === null || machine === null) return null;
  const day = seen.value.slice(0, 10);
  const machineDay = localDay({ value: machine, source: '', raw: attr }, timezone);
  return day === machineDay || day === attr.slice(0, 10) ? null : seen;
}

/** UTC or GMT named in a date's text. */
const SHOWN_UTC = /(?<!\p{L})(?:UTC|GMT)(?!\p{L})/u;

/**
 * The first date the sources give; when it has no time of day, the first later source with the
 * same day and a time completes it.
 */
function firstPrecise(sources: readonly (() => FoundDate | null)[]): FoundDate | null {
  let first: FoundDate | null = null;
  for (const source of sources) {
    const date = source();
    if (date === null) continue;
    if (first === null) {
      first = date;
      if (!dayOnly(date.raw)) return date;
    } else if (!dayOnly(date.raw) && date.value.slice(0, 10) === first.value.slice(0, 10)) {
      return { ...date, source: `${first.source}, time from ${date.source}` };
    }
  }
  return first;
}

/** How much earlier than the publication an update may be read: a day read at noon. */
const UPDATE_BEFORE_PUBLICATION_MS = 24 * 60 * 60 * 1000;

/**
 * The page's update, unless it is more than a day before the publication: then it is no update
 * of this article (a template's stale `dateModified`, years before the date shown).
 *
 * @param dates - the dates chosen
 * @returns the update, or null
 */
export function updateAfter({ published, modified }: PageDates): FoundDate | null {
  if (modified === null || published === null) return modified;
  const early = Date.parse(published.value) - Date.parse(modified.value);
  return early > UPDATE_BEFORE_PUBLICATION_MS ? null : modified;
}

/** Whether an element is marked as a date line: `itemprop` of a date, or its class or id. */
export function isDateElement(el: Element): boolean {
  const { class: cls, id } = el.attribs;
  if (hasItemprop(el, 'datePublished') || hasItemprop(el, 'dateModified')) return true;
  // The hints hold no space and only ASCII letters, so class and id are tested apart and as
  // written: what testing their lower-cased join would find, without making the join.
  if (el.name === 'meta' || el.name === 'script') return false;
  if ((cls !== undefined && DATE_HINT.test(cls)) || (id !== undefined && DATE_HINT.test(id))) {
    return true;
  }
  // A test hook names it where class names are hashed (`data-testid="timestamp"`, Wix's
  // `data-hook="time-ago"`).
  const hooks = testHooks(el);
  return hooks !== '' && DATE_HINT.test(hooks);
}

/** Class names marking an element as the article's update (hAtom's `updated`). */
const UPDATE_CLASS =
  /^(?:updated|modified|(?:date|post|entry|last)[-_]?(?:updated|modified)|(?:updated|modified)[-_]?(?:date|time|on))$/i;

/**
 * Whether a date element says when the article was updated: by its class, or `dateModified`;
 * not one marked as the publication too (a theme's `<time class="entry-date published updated">`
 * on a post never updated).
 */
/** A label of when a member joined: "Joined", "Member since", "Mitglied seit", "Tham gia". */
const JOINED_LABEL =
  /^(?:joined|member since|mitglied seit|dabei seit|membre depuis|inscrit(?:e)? (?:le|depuis)|miembro desde|membro desde|iscritto dal|lid sinds|tham gia|bergabung)/iu;
/** Levels above a <time> read for its label, and the longest text read there. */
const JOINED_LABEL_LEVELS = 2;
const MAX_JOINED_LINE = 60;

/**
 * Whether a <time> says when an author joined (an author card's "Joined Apr 2, 2019"): its own
 * line, or a box around it two levels up at most, opens with that label.
 */
function isJoiningDate(el: Element): boolean {
  let box: Element = el;
  for (let level = 0; level < JOINED_LABEL_LEVELS; level++) {
    if (box.parent?.type !== 'tag') return false;
    box = box.parent as Element;
    const text = shortText(box, MAX_JOINED_LINE);
    if (text === null) return false;
    if (JOINED_LABEL.test(cleanText(text))) return true;
  }
  return false;
}

/** Whether a date element is marked as the publication: `datePublished`, or hAtom's class. */
function isPublicationElement(el: Element): boolean {
  return (
    hasItemprop(el, 'datePublished') || (el.attribs.class ?? '').split(/\s+/).includes('published')
  );
}

function isUpdateElement(el: Element): boolean {
  if (hasItemprop(el, 'datePublished')) return false;
  const words = (el.attribs.class ?? '').split(/\s+/);
  if (words.includes('published')) return false;
  return hasItemprop(el, 'dateModified') || words.some((word) => UPDATE_CLASS.test(word));
}

/** The most characters read of a line before an element. */
const MAX_LINE_BEFORE = 160;

/**
 * The text of the line before an element: its earlier siblings' back to a line break or a
 * block, or '' when that is longer than a line.
 */
function lineBefore(el: Element): string {
  let text = '';
  for (let node = el.prev; node !== null; node = node.prev) {
    if (node.type === 'tag' && (node.name === 'br' || BLOCK.has(node.name))) break;
    text = textOf(node) + text;
    if (text.length > MAX_LINE_BEFORE) return '';
  }
  return cleanText(text);
}

/**
 * Whether a date element sits where other stories' dates are: links, lists, navigation, related
 * and teaser boxes, comments (not the parts of the headline's own article: `isOutsideArticle`).
 */
function isOtherStorysPart(el: Element, index: PageIndex): boolean {
  const item = bylineListItem(el);
  const list = item?.parent;
  // A date in the story's own permalink (`rel="bookmark"`, as blogs link their post's date) is
  // not in another story's link.
  const links = inPermalink(el);
  return (
    isOutsideArticle(list?.type === 'tag' ? list : el, { index, teasers: true, links }) ||
    besideLinkedHeadline(el, index)
  );
}

/** Fewest words of a link's text that make it a story's headline, not a section's or a name. */
const MIN_HEADLINE_LINK_WORDS = 6;
/** Most characters of a box holding a linked headline and its date. */
const MAX_HEADLINE_BOX_CHARS = 300;
/** Most characters such a box holds besides the link's text: the date, a label. */
const MAX_BESIDE_HEADLINE_LINK = 40;

/**
 * Whether a date stands beside another story's linked headline, the two alone in their box: a
 * portal's side box of new stories without a list or a class to tell it (`<div><a
 * href="/t/9">Huyện ủy Yên Thế tổng kết công tác năm 2026</a> <span>15/12/2026
 * 10:15</span></div>`). Not the article's own headline linking to itself (its `<title>` names
 * it), nor a byline's link to its author (a name: a few words).
 */
function besideLinkedHeadline(el: Element, index: PageIndex): boolean {
  let box: Element = el;
  for (let depth = 0; depth < 2; depth++) {
    const parent = box.parent;
    if (parent === null || parent.type !== 'tag') return false;
    box = parent;
    const read = readText(box, MAX_HEADLINE_BOX_CHARS);
    if (!read.whole) return false;
    const links = descendants(box).filter((d) => d.name === 'a' && d.attribs.href !== undefined);
    if (links.length === 0) continue;
    const [link] = links;
    if (links.length > 1 || link === undefined || isBelow(el, link)) return false;
    const linkText = cleanText(textOf(link));
    return (
      countWords(linkText) >= MIN_HEADLINE_LINK_WORDS &&
      cleanText(read.raw).length <= linkText.length + MAX_BESIDE_HEADLINE_LINK &&
      !titleHolds(index, linkText)
    );
  }
  return false;
}

/**
 * Whether an element sits in a post embedded from a social network (`blockquote.instagram-media`,
 * `blockquote.twitter-tweet`): its date is the post's, not the article's.
 */
function inEmbeddedPost(el: Element): boolean {
  for (let node = el.parent; node !== null && node.type === 'tag'; node = node.parent) {
    if (node.name === 'blockquote' && isEmbeddedPost(node)) return true;
  }
  return false;
}

/** A path ending with a day (`/hemeroteca/2024-10-15/`, `/2024/10/15/`): that day's archive. */
const DAY_ARCHIVE_PATH = /\/(?:19|20)\d\d([/-])\d\d?\1\d\d?\/?$/;

/**
 * Whether an element sits in a link marked as the page's permalink (`rel="bookmark"`); not one
 * to a fragment (`#entry-5`): a live blog's entry links its time so, and that time is the entry's.
 * Or in a link to the archive of the day it shows ({@link linksDayArchive}, its path ending with
 * the day: a paper's `<a href="/hemeroteca/2024-10-15/"><time>15 oct 2024 - 08:22</time></a>`
 * beside its update, a theme's date linked to `/2024/10/15/`): the article's date line, whose
 * link leads to no other story. The days are compared as written, so any zone reads them.
 */
function inPermalink(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node !== null && depth < 4; depth++) {
    if (node.name === 'a') {
      const href = node.attribs.href ?? '';
      return (
        (hasRel(node, 'bookmark') && !/#./.test(href)) ||
        (DAY_ARCHIVE_PATH.test(href.replace(/[?#].*/, '')) &&
          linksDayArchive(node, textOf(node), 'UTC'))
      );
    }
    node = node.parent?.type === 'tag' ? node.parent : null;
  }
  return false;
}

/**
 * An item that opens with a word for "by", a colon allowed ("Von: <a>…</a>", "By Anna Berg"),
 * after a verb ("Reported by: <a>…</a>", "Written by …").
 */
const BY_ITEM = new RegExp(
  String.raw`^(?:(?:[Ww]ritten|[Rr]eported|[Ss]tory|[Pp]osted)\s+)?${BY_WORD}\s*:?\s`,
  'u',
);
/** At most this many items make a list of one article's byline, date and reading time. */
const MAX_BYLINE_LIST_ITEMS = 8;

/** Whether an element, or one below it, names an author (`rel="author"`, an author class). */
function marksAuthor(el: Element): boolean {
  const { class: cls } = el.attribs;
  if (hasRel(el, 'author') || hasItemprop(el, 'author')) return true;
  if (cls !== undefined && AUTHOR_HINT.test(cls)) return true;
  return el.children.some((c) => c.type === 'tag' && marksAuthor(c));
}

/**
 * The list item holding a date element (not through a link) when its list is one article's
 * byline and date (`<ul><li class="author-name">by <a rel="author">…</a></li><li
 * class="date-published"><time>…</time></li></ul>`): a few items, another one naming an author,
 * none holding a heading, and the date's own item holding no link and no name; or a list of its
 * dates alone (published, updated). Its list, not the item, is what sits in the article or not:
 * list items are otherwise other stories'.
 */
function bylineListItem(el: Element): Element | null {
  let item: Element | null = null;
  for (let node: Element | null = el, depth = 0; node !== null && depth < 4; depth++) {
    if (node.name === 'a') return null;
    if (node.name === 'li') {
      item = node;
      break;
    }
    node = node.parent?.type === 'tag' ? node.parent : null;
  }
  const list = item?.parent;
  if (item === null || list?.type !== 'tag') return null;
  // Counted until there are too many: a list of thousands is read once per item.
  const items: Element[] = [];
  for (const c of list.children) {
    if (c.type !== 'tag' || c.name !== 'li') continue;
    items.push(c);
    if (items.length > MAX_BYLINE_LIST_ITEMS) return null;
  }
  const holdsHeading = (e: Element): boolean =>
    e.children.some((c) => c.type === 'tag' && (HEADING_TAGS.has(c.name) || holdsHeading(c)));
  if (items.some(holdsHeading)) return null;
  // The date's own item holds the date alone: no link, no name (a teaser's item holds both).
  const holdsLink = (e: Element): boolean =>
    e.children.some((c) => c.type === 'tag' && (c.name === 'a' || holdsLink(c)));
  if (holdsLink(item) || marksAuthor(item)) return null;
  if (items.some((i) => i !== item && (marksAuthor(i) || BY_ITEM.test(textOf(i).trim())))) {
    return item;
  }
  // A short list of the article's details that links nowhere (the date and the reading time,
  // Wix's `<ul><li><span data-hook="time-ago">…</span></li><li>2 min read</li></ul>`): other
  // stories' items link to them. A link showing a count of comments leads to the article's own
  // (`<li>10.04.2011</li><li> | <a>10 Kommentare</a></li>`). A list with an update's item is a
  // list of dates, read below.
  const linksElsewhere = (i: Element): boolean =>
    descendants(i).some((d) => d.name === 'a' && !isCommentCount(textOf(d).trim()));
  if (
    items.length <= MAX_DETAIL_LIST_ITEMS &&
    !items.some(linksElsewhere) &&
    !items.some((i) => UPDATED_LABEL.test(textOf(i)))
  ) {
    return item;
  }
  // A list of the article's publication and update dates alone: a few short items, each a date
  // with no link, one labelled as the publication (`<li><time>Published: 22:04, 22 Apr
  // 2024</time></li><li><time>Updated: …`). An update's time alone is no publication date.
  const dateAlone = (i: Element): boolean =>
    !holdsLink(i) && holdsTime(i) && textOf(i).trim().length <= MAX_DATE_ITEM_TEXT;
  // Or its update labelled, the publication not, and every date machine-readable (`<li><time
  // datetime>Dec 4, 2026</time></li><li>Updated <time datetime>3 hrs ago</time></li>`,
  // TownNews BLOX's).
  const updates = items.filter((i) => UPDATED_LABEL.test(textOf(i))).length;
  const unlabelledPublication = updates > 0 && updates < items.length && items.every(holdsDatetime);
  return items.length <= MAX_DATE_LIST_ITEMS &&
    items.every(dateAlone) &&
    (items.some((i) => publishedLabel().test(textOf(i))) || unlabelledPublication)
    ? item
    : null;
}

/** Whether an element holds a `<time>` with its machine-readable `datetime`. */
function holdsDatetime(el: Element): boolean {
  return el.children.some(
    (c) =>
      c.type === 'tag' &&
      ((c.name === 'time' && c.attribs.datetime !== undefined) || holdsDatetime(c)),
  );
}

/**
 * A word labelling the publication ("Published", "Veröffentlicht"), not an update.
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const publishedLabel = onFirstUse(
  () =>
    new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${PUBLISHED_WORD_PATTERN})(?![\p{L}\p{N}])`, 'iu'),
);

/** Most characters of a date line. */
const MAX_DATE_LINE = 160;

/**
 * Where a sentence ends: a stop after a word (not a day's, "3. Dezember") or a year ("am
 * 21/02/2021."), a capital next.
 */
const SENTENCE_END = /(?<=\p{L}{2}[.!?]|\d{4}\.)\s+(?=\p{Lu})/u;

/**
 * The opening sentences of a date element's text longer than a line, as many as fit in one,
 * when they name the publication or open with a byline: a theme's closing sentence ("Dieser
 * Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht und unter …
 * gespeichert. Sie können Kommentare …"), or its post meta ("Von israel news am 21/02/2021.
 * Abgelegt unter …"), the rest about categories, feeds and comments. Else null.
 */
function publishedSentences(text: string): string | null {
  let line = '';
  for (const sentence of text.split(SENTENCE_END)) {
    const longer = line === '' ? sentence : `${line} ${sentence}`;
    if (longer.length > MAX_DATE_LINE) break;
    line = longer;
  }
  return line !== '' && (publishedLabel().test(line) || BYLINE_OPENING.test(line)) ? line : null;
}

/** At most this many items make a list of one article's details (date, reading time, views). */
const MAX_DETAIL_LIST_ITEMS = 4;

/** At most this many items make a list of one article's dates (published, updated). */
const MAX_DATE_LIST_ITEMS = 3;
/** The longest text of an item that holds a date and its label alone. */
const MAX_DATE_ITEM_TEXT = 80;

/** Whether an element holds a `<time>` element. */
function holdsTime(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag' && (c.name === 'time' || holdsTime(c)));
}

/**
 * An element's text as shown: its parts spaced where they meet without a space between two
 * words or numbers laid out apart (`<span>March 7, 2024</span><span>7:55 AM UTC</span>`).
 */
function shownText(el: Element): string {
  return cleanText(linesExcept([el], () => false, BLOCK, true).join(' '));
}

/** An ISO 8601 instant as a text: "2023-12-15T09:30:00-05:00". */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A date line's text without the updates marked apart within it as instants written for machines
 * (Avada's hidden `<span class="updated">2023-12-15T09:30:00-05:00</span>` beside the date shown):
 * they are read as the update, on their own.
 */
function withoutUpdates(el: Element, text: string): string {
  if (isUpdateElement(el)) return text;
  let rest = text;
  for (const part of descendants(el)) {
    if (!isUpdateElement(part)) continue;
    // Only an instant written for machines (hidden by the theme's style): an update the reader
    // sees is read in the line with its label ("Oppdatert 05.08.2024, kl. 13.52").
    const update = shownText(part);
    if (ISO_INSTANT.test(update)) rest = rest.replace(update, ' ');
  }
  return rest === text ? text : cleanText(rest);
}

/**
 * A date line's text before a label of a day that is no page's ({@link otherDayLabel}): a
 * video box's "02:57 Min. Verfügbar bis 06.05.2024" gives its end of availability, never the
 * article's publication.
 */
function beforeOtherDay(text: string): string {
  const label = otherDayLabel().exec(text);
  return label === null ? text : text.slice(0, label.index);
}

/** Levels above a teaser's `<time>` within which its box holds its link. */
const TEASER_BOX_DEPTH = 3;

/**
 * Last of all, the day a teaser of the page itself shows: a `<time>` whose box's first link
 * leads to this page (a "Latest news" list showing this story among others), where nothing
 * else dates the page. A box linking elsewhere is another story's.
 */
function selfLinkedTeaser(ctx: PageContext, url: string): FoundDate | null {
  const own = pathOf(url);
  if (own === null) return null;
  for (const time of ctx.index.byTag('time')) {
    for (let box = parentTag(time), depth = 0; box !== null && depth < TEASER_BOX_DEPTH; depth++) {
      const link = descendants(box).find((d) => d.name === 'a' && d.attribs.href !== undefined);
      if (link === undefined) {
        box = parentTag(box);
        continue;
      }
      if (pathOf(absoluteUrl(link.attribs.href ?? '', url)) !== own) break;
      const text = cleanText(textOf(time));
      return asFound(parseDate(text, ctx.timezone), 'teaser linking to the page itself', text);
    }
  }
  return null;
}

function absoluteUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** A picture's caption: a `<figcaption>`, or an element its class calls one. */
function isCaption(el: Element): boolean {
  return el.name === 'figcaption' || /caption/i.test(el.attribs.class ?? '');
}

/**
 * A date line's text without the pictures' captions within it or around it: a caption's date
 * ("Archivbild (16.08.2024): …", in a broadcaster's media box its class marks as metadata) dates
 * the picture, never the article. '' when the element is in a caption.
 */
function withoutCaptions(el: Element, text: string): string {
  for (let node: Element | null = el; node !== null; node = parentTag(node)) {
    if (isCaption(node)) return '';
  }
  let rest = text;
  for (const part of descendants(el)) {
    if (isCaption(part)) rest = rest.replace(shownText(part), ' ');
  }
  return rest === text ? text : cleanText(rest);
}

function parentTag(el: Element): Element | null {
  return el.parent?.type === 'tag' ? (el.parent as Element) : null;
}

function asFound(value: string | null, source: string, raw: string): FoundDate | null {
  return value === null ? null : { value, source, raw };
}

/**
 * Where the article's own date lines are, against a "today" date in the page's header: inside
 * the `<article>` or `<main>` that holds the headline, or, on a page without one, below the
 * first `<h1>` — without an `<h1>`, below the heading the title reader chose (a portal's `<h2>`
 * headline under its header's date of today). Null when there is neither.
 */
function articleSide(ctx: PageContext): ((el: Element) => boolean) | null {
  const { index } = ctx;
  if (headlinedArticles(index).size > 0) return (el) => ownArticle(el, index) !== null;
  const headline = index.byTag('h1')[0] ?? ctx.headline;
  return headline === undefined ? null : (el) => precedes(headline, el);
}

/**
 * The first short element that reads as a date line; when it shows only the day, a later date
 * line showing the same day with a time completes it (a site's "today" clock in the page header,
 * "Thứ tư, 22/10/2025", then the article's "Thứ tư, 22/10/2025, 19:25 (GMT+7)"). A day alone
 * outside the article (see {@link articleSide}) gives way to the first date line in it, whatever
 * its day: the page header's date of today ("Wednesday, November 20, 2019" above a story of the
 * 19th). `known`, the publication the metadata gives with its time, dates a line's update given
 * as a time alone where no date line gives the publication.
 */
function dateLine(ctx: PageContext, known: FoundDate | null = null): PageDates {
  const { index, timezone } = ctx;
  let published: FoundDate | null = null;
  let modified: FoundDate | null = null;
  const inArticle = articleSide(ctx);
  // Whether `published` is a day alone outside the article: a later line in it replaces it.
  let headerDay = false;
  // The first date line with a time of day ends the search for the publication; after it only
  // a line labelled as the update is looked for (Joomla's "Lần cập nhật cuối (…)" below the
  // article).
  let updateOnly = false;
  // The element the publication was first read from.
  let publishedEl: Element | undefined;
  for (const el of index.hinted) {
    if (!isDateElement(el) || isOtherStorysPart(el, index)) continue;
    const attr = (el.name === 'meta' ? metaContent(el) : el.attribs.content) ?? el.attribs.datetime;
    const shown = attr === undefined || dayOnly(attr) ? shownText(el) : '';
    // The attribute, unless it gives only the day and the text shows the time too.
    const whole =
      attr !== undefined && (shown.length > MAX_DATE_LINE || dayOnly(shown)) ? attr : shown;
    const line = whole.length > MAX_DATE_LINE ? publishedSentences(whole) : whole;
    if (line === null || line === '') continue;
    let text = line === shown ? withoutUpdates(el, line) : line;
    let found = parseDateLine(text, timezone);
    // A media box's line ("WDR Studios NRW. 22.04.2024. 00:21 Min.") dates its video.
    if (found.published !== null && showsDuration(text)) continue;
    if (found.published !== null) {
      const own = beforeOtherDay(line === shown ? withoutCaptions(el, text) : text);
      if (own !== text) {
        text = own;
        found = parseDateLine(text, timezone);
      }
    }
    // A line labelled as the update with a time alone ("Laatste update: 17:40") below the
    // publication's, or beside the one the metadata gives with its time: that time on its day.
    const after = published ?? known;
    const timeAlone: FoundDate | null =
      after === null || modified !== null
        ? null
        : asFound(
            updateAtTimeAlone(text, after.value, timezone),
            'date line labelled as the update, a time on the day of the publication',
            text,
          );
    if (timeAlone !== null) {
      modified = timeAlone;
      if (updateOnly) break;
      continue;
    }
    if (isUpdateElement(el)) {
      const update = asFound(
        found.modified ?? found.published,
        'date line marked as the update',
        text,
      );
      if (update === null) continue;
      modified ??= update;
      // "on December 26, 2014 at 9:00 AM, updated <span class="updated">…</span>": the date
      // the line shows before the update is the publication.
      const before = published === null ? lineBefore(el) : '';
      if (before !== '') {
        published = asFound(
          parseDateLine(before, timezone).published,
          'date line before the update',
          before,
        );
      }
      continue;
    }
    if (updateOnly) {
      if (found.published !== null || inArticle?.(el) === false) continue;
      modified = asFound(found.modified, 'date line labelled as the update', text);
      if (modified !== null) break;
      continue;
    }
    if (published !== null) {
      const later = asFound(found.published, 'date line', found.publishedText);
      if (later === null) continue;
      if (!dayOnly(text) && sameDay(later, published)) {
        published = { ...later, source: `date line, time from a later date line` };
        break;
      }
      if (headerDay && inArticle?.(el) === true) {
        published = { ...later, source: "date line (the page header's shows the day alone)" };
        headerDay = false;
        if (!dayOnly(text)) break;
      }
      continue;
    }
    published = asFound(found.published, 'date line', found.publishedText);
    publishedEl = el;
    modified ??= asFound(found.modified, 'date line', text);
    if (published !== null && !dayOnly(text)) {
      if (modified !== null) break;
      updateOnly = true;
      continue;
    }
    headerDay = published !== null && inArticle?.(el) === false;
  }
  if (published !== null && publishedEl !== undefined && dayOnly(published.raw)) {
    published = timeUnderHeadline(ctx, publishedEl) ?? published;
  }
  // The page header's day alone, and no date line in the article: a labelled date there ("Par … |
  // Publié le 06/12/2026 à 15:32", a byline's line no class marks as a date) is the article's.
  if (headerDay && published !== null && dayOnly(published.raw)) {
    const labelled = labelledDateText(ctx);
    if (labelled.published !== null) return labelled;
    published = timeAloneUnderHeadline(ctx, published) ?? published;
  }
  if (published === null && modified === null) {
    const answered = answerDate(ctx);
    if (answered !== null) return { published: answered, modified: null };
    const labelled = labelledDateText(ctx);
    if (labelled.published !== null || labelled.modified !== null) return labelled;
    return { published: dateUnderHeadline(ctx) ?? dateAboveHeadline(ctx), modified: null };
  }
  return { published, modified };
}

/**
 * A day alone in a date line above the headline gives way to a date with its time of day alone
 * right below the headline ({@link dateUnderHeadline}): the first is a site header's date of
 * today (a Malaysian portal's top bar "Sabtu, 16 November 2024"), the second the article's own
 * unmarked line ("15/11/2024 03:12 PM"). A day alone below the headline does not say which of
 * the two is the article's, and a date line inside the article was already preferred.
 *
 * @returns the date below the headline, or null when the day stays
 */
function timeUnderHeadline(ctx: PageContext, dayLine: Element): FoundDate | null {
  const headline = pageHeadline(ctx.index) ?? ctx.headline;
  if (headline === undefined) return null;
  const { elements } = ctx.index;
  if (elements.indexOf(dayLine) > elements.indexOf(headline)) return null;
  const under = dateUnderHeadline(ctx);
  if (under === null || dayOnly(under.raw)) return null;
  return { ...under, source: `${under.source} (the day above the headline is the site's)` };
}

/**
 * The page header's day of today completed by the publication's time shown alone below the
 * headline ("Uppdaterad 15.59 | Publicerad 14.14", {@link publishedTimeAlone}): a site shows the
 * time alone for a story of today, the day its header shows.
 */
function timeAloneUnderHeadline(ctx: PageContext, day: FoundDate): FoundDate | null {
  const headline = pageHeadline(ctx.index) ?? ctx.headline;
  if (headline === undefined) return null;
  const from = ctx.index.elements.indexOf(headline);
  let shown = 0;
  for (const { text } of shownLinesAfter(ctx.index, from, NO_DATE_TEXT, headline)) {
    if (shown++ === MAX_DATE_DISTANCE) break;
    const time = publishedTimeAlone(text);
    if (time === null) continue;
    const value = parseDate(`${localDay(day, ctx.timezone)} ${time}`, ctx.timezone);
    return asFound(value, "publication time alone below the headline, on the header's day", text);
  }
  return null;
}

/** The calendar day of a date's instant in the page's zone ("2019-11-18"), or '' when unreadable. */
function localDay(date: FoundDate, timezone: string): string {
  const instant = Date.parse(date.value);
  if (Number.isNaN(instant)) return '';
  const offset = zoneOffsetMinutes(timezone, instant);
  return new Date(instant + offset * 60_000).toISOString().slice(0, 10);
}

function sameDay(a: FoundDate, b: FoundDate): boolean {
  return a.value.slice(0, 10) === b.value.slice(0, 10);
}

/**
 * A date line's label (in the languages of `date-words.ts`), or a clock time: what tells a
 * page's date from a date in a list.
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const dateLabel = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${PUBLICATION_WORD_PATTERN})(?![\p{L}\p{N}])|\d{1,2}[:h]\d{2}`,
      'iu',
    ),
);
/**
 * A time written with a dot that a zone, am/pm or "Uhr" marks as one ("12.42 CET", "3.05pm",
 * "16.03 Uhr").
 */
const DOTTED_CLOCK_TIME = new RegExp(
  String.raw`(?<![\d.])\d{1,2}\.\d{2}\s*(?:[aApP]\.?[mM]\b|[Uu]hr\b|(?:${ZONE_ABBREVIATION_PATTERN.toUpperCase()})\b)`,
);

const NO_DATE_TEXT = new Set(['script', 'style', 'a', 'li', 'title', 'head', 'option']);

/**
 * A date's label set in an element of its own before the date (`<li><strong>Datum</strong>
 * 28.04.2023</li>`, `<dt>Published</dt><dd>…</dd>`, `<b>Aktualisiert am </b>17.01.2021`,
 * `<li><span>發布日期：</span>115-12-06</li>` with the full-width colon), in the languages
 * publishers write it.
 * Built on its first use ({@link onFirstUse}): most pages never need it.
 */
const dateFieldLabelPattern = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:datum|date|fecha|data|dato|päivämäärä|tarih|yayın tarihi|дата|ngày(?: ban hành| ký)?|date of issue|(?:發布|发布|發佈)?日期|발행일|날짜|tanggal|publié le|(?:${PUBLICATION_WORD_PATTERN})(?:\s+(?:am|um|on|at|le|el|il|em|op))?)\s*[:：]?$`,
      'iu',
    ),
);
const FIELD_LABEL_TAGS: ReadonlySet<string> = new Set(['strong', 'b', 'span', 'label']);

/** The label element opening `el` (or the term or header cell before it), when a date's. */
function dateFieldLabel(el: Element): string | null {
  if (el.name === 'dd' || el.name === 'td') {
    let term = el.prev;
    while (term !== null && term.type !== 'tag') term = term.prev;
    // A term, a header cell, or a row's first cell labelling its second (a document's
    // "<td><b>Ngày ban hành</b></td><td>12/12/2024</td>").
    if (term === null) return null;
    const name = (term as Element).name;
    if (!['dt', 'th'].includes(name) && !(name === 'td' && siblingElement(term, 'prev') === null)) {
      return null;
    }
    const label = cleanText(textOf(term));
    return dateFieldLabelPattern().test(label) ? label : null;
  }
  const first = el.children.find(
    (child) => child.type === 'tag' || !cleansToNothing(textOf(child)),
  );
  if (first?.type !== 'tag' || !FIELD_LABEL_TAGS.has((first as Element).name)) return null;
  const label = cleanText(textOf(first));
  return dateFieldLabelPattern().test(label) ? label : null;
}

/** {@link NO_DATE_TEXT} but links, read below the headline when they lead to a day's archive. */
const NO_DATE_TEXT_BUT_LINKS: ReadonlySet<string> = new Set(
  [...NO_DATE_TEXT].filter((tag) => tag !== 'a'),
);

/**
 * Whether a link showing a date leads to the archive of that day (`<a href="/archiv/2024/04/26/">
 * 26.04.2024 10:00 Uhr</a>`): the article's own date line, linked to its day's other stories.
 */
function linksDayArchive(link: Element, text: string, timezone: string): boolean {
  if (!/\d/.test(text)) return false;
  const shown = parseDate(text, timezone);
  let href: string;
  try {
    href = new URL(link.attribs.href ?? '', 'https://page.invalid/').href;
  } catch {
    return false;
  }
  const day = dayInUrl(href, timezone);
  return shown !== null && day !== null && day.value.slice(0, 10) === shown.slice(0, 10);
}

/** The dash a dateline opening a paragraph ends with, within its first characters. */
const OPENING_DATELINE = /^(.{4,60}?)\s+[-–—]\s+\S/u;
/** A dateline in brackets opening a paragraph: "(21. November 2022) Energieverbraucher …". */
const BRACKETED_DATELINE = /^\(([^()]{4,60})\)\s*\S/u;

/**
 * The dateline a paragraph opens with, up to its dash or in brackets, when it is a date with at
 * most a place ("Bern, 17.08.2007 - Rede von …", "27.1.2022 – Bei der …", "(21. November 2022)
 * Energieverbraucher …"); null otherwise ("Berlin - Die …").
 */
function openingDateline(text: string, timezone: string): string | null {
  const head = OPENING_DATELINE.exec(text)?.[1] ?? BRACKETED_DATELINE.exec(text)?.[1];
  return head !== undefined && isShortDateline(head, timezone) ? head : null;
}

/** Elements showing text after the headline within which a date alone is its date line. */
const MAX_DATE_DISTANCE = 40;

/**
 * Last, a date and nothing more in an element of its own right below the page's headline
 * ({@link pageHeadline}; on a page without an `<h1>`, the heading the title reader chose), or
 * opening the first paragraph ({@link openingDateline}), before any paragraph of prose, whatever
 * its class (`<div>October 12, 2017</div>`, a byline's `<p><em>November 15, 2019</em></p>`): the
 * headline's date line on a page whose class names say nothing. The standfirst is passed over ({@link standfirstTest}), and
 * captions within the `<header>` that holds the headline: the body's prose is never there.
 */
function dateUnderHeadline(ctx: PageContext): FoundDate | null {
  const { index, timezone } = ctx;
  // An <h1> holding only the site's logo (a blog theme's, its tagline below it) gives way to
  // the heading the title reader chose (the post's <h2>).
  const first = pageHeadline(index);
  const headline = first === undefined || linksHome(first) ? (ctx.headline ?? first) : first;
  if (headline === undefined) return null;
  const from = index.elements.indexOf(headline);
  const isStandfirst = standfirstTest(ctx, headline);
  // Counted in elements that show text: a picture's dozen <source> elements are no distance.
  let shown = 0;
  for (const line of shownLinesAfter(index, from, NO_DATE_TEXT_BUT_LINKS, headline)) {
    const { el, text: own, at: i } = line;
    // A link's own text is another page's, but for a link to the archive of the day it shows.
    const archived = el.name === 'a' && linksDayArchive(el, own, timezone);
    if (el.name === 'a' && !archived) continue;
    if (shown === MAX_DATE_DISTANCE) break;
    shown++;
    // A short date line first: in a script without spaces its characters count as words.
    const dateLine = isShortDateline(own, timezone);
    // A line of short fields set apart by bars, one a date alone: a blog's "分类：运维 | March
    // 3rd, 2012 | 作者：王磊", "Posted in News | May 2, 2012 | by admin".
    const fields = dateLine ? [] : own.split(/\s+[|｜]\s+/);
    // One field is the line itself, which `isShortDateline` has just read.
    const field =
      fields.length > 1 && fields.every((f) => f.length <= 40)
        ? fields.find((f) => fields.length <= 4 && isShortDateline(f, timezone))
        : undefined;
    if (field !== undefined) {
      return asFound(parseDate(field, timezone), 'date field below the headline', field);
    }
    if (!dateLine && countWords(own) >= PROSE_WORDS) {
      // A press release's or wire's dateline may open that prose: "Bern, 17.08.2007 - Rede …".
      const opening = openingDateline(own, timezone);
      if (opening !== null) {
        return asFound(
          parseDate(opening, timezone),
          'dateline opening the text below the headline',
          opening,
        );
      }
      // The standfirst is passed over, never the body's prose.
      if (isStandfirst(el)) continue;
      return null;
    }
    if (!dateLine) continue;
    const box = archived && el.parent?.type === 'tag' ? el.parent : el;
    if (isOtherStorysPart(box, index) && !inHeadlinesColumn(box, headline, index)) continue;
    // A day its label cell or term names another's: "<td>Sinh ngày</td><td>15/8/1972</td>".
    const label = siblingElement(el, 'prev');
    if (label !== null && otherDayLabel().test(textOf(label))) continue;
    // A day alone, then its time alone in the next element (`<span>October 23, 2025</span>
    // <span>5:50 pm CET</span>`).
    const time = dayOnly(own) ? nextShownText(index, i, headline) : null;
    const withTime = time !== null && TIME_ALONE.test(time) ? `${own} ${time}` : null;
    const timed = withTime === null ? null : parseDate(withTime, timezone);
    if (withTime !== null && timed !== null) {
      return asFound(timed, 'date and time alone below the headline', withTime);
    }
    return asFound(parseDate(own, timezone), 'date alone below the headline', own);
  }
  return null;
}

/**
 * Whether a date reads as outside the article only for a class the box holding both it and the
 * headline carries (a theme's main column named "sidebar_content" around a post's `<h3>` and
 * its date), and stands beside no other story's linked headline: the headline's column is the
 * article's, as `headlineHolders` says of an `<h1>`'s.
 */
function inHeadlinesColumn(el: Element, headline: Element, index: PageIndex): boolean {
  let shared: Element | null = headline.parent?.type === 'tag' ? headline.parent : null;
  while (shared !== null && !isBelow(el, shared)) {
    shared = shared.parent?.type === 'tag' ? shared.parent : null;
  }
  return (
    shared !== null &&
    isOutsideArticle(shared, { index, teasers: true }) &&
    !besideLinkedHeadline(el, index)
  );
}

/** Elements showing text right above the headline looked at for its kicker line's date. */
const KICKER_LINES = 3;
/** Levels above the headline within which the box holding it and its kicker line is. */
const KICKER_BOX_DEPTH = 3;

/**
 * Then a date alone in the kicker line right above the headline, in the headline's box
 * (`<span>Politics</span> / <span>January 11, 2024</span>` above the `<h1>`): not the site
 * header's date of today, which sits outside that box.
 */
function dateAboveHeadline(ctx: PageContext): FoundDate | null {
  const { index, timezone } = ctx;
  const first = pageHeadline(index);
  // An <h1> that is the breadcrumb trail's current item gives way to the heading the title
  // reader chose (the article's <h2> repeating it, its kicker line above it).
  const headline = first !== undefined && inBreadcrumb(first) ? (ctx.headline ?? first) : first;
  if (headline === undefined) return null;
  const boxes: Element[] = [];
  for (let node = headline.parent; node !== null && node.type === 'tag'; node = node.parent) {
    if (boxes.length === KICKER_BOX_DEPTH || node.name === 'body' || node.name === 'html') break;
    boxes.push(node as Element);
  }
  const outermost = boxes[boxes.length - 1];
  if (outermost === undefined) return null;
  let seen = 0;
  for (let i = index.elements.indexOf(headline) - 1; i >= 0 && seen < KICKER_LINES; i--) {
    const el = index.elements[i] as Element;
    if (!isBelow(el, outermost)) return null;
    if (NO_DATE_TEXT.has(el.name)) continue;
    const own = cleanText(ownText(el));
    if (own === '') continue;
    seen++;
    if (isShortDateline(own, timezone) && !isOtherStorysPart(el, index)) {
      return asFound(parseDate(own, timezone), 'date alone right above the headline', own);
    }
  }
  return null;
}

/** Levels above a heading within which a breadcrumb trail holds it as its current item. */
const CRUMB_DEPTH = 3;

/** Whether a heading is a breadcrumb trail's item (`<li><h1>` in `<ul class="breadcrumb">`). */
function inBreadcrumb(heading: Element): boolean {
  let node = parentTag(heading);
  for (let level = 0; node !== null && level < CRUMB_DEPTH; level++, node = parentTag(node)) {
    if (/crumb/i.test(node.attribs.class ?? '')) return true;
  }
  return false;
}

/** A time of day and nothing more: "5:50 pm CET", "17:50", "(10.30 Uhr)". */
const TIME_ALONE =
  /^\(?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:\(?\p{Lu}{2,5}\)?)?\)?$/iu;

/** The text of the first element after the `i`th of the page that shows text of its own. */
function nextShownText(index: PageIndex, i: number, headline: Element): string | null {
  return shownLinesAfter(index, i, NO_DATE_TEXT, headline).next().value?.text ?? null;
}

/**
 * On a question-and-answer page, the day of the answer: the smallest element whose short text
 * labels its date as the answer's ("<td>Ngày trả lời:</td><td>13/12/2024</td>", "Answered:
 * …"). A citizen's question is published when answered; the day asked, in its own line
 * beside the asker's name, comes first under the headline and dated the page.
 */
function answerDate(ctx: PageContext): FoundDate | null {
  const root = ctx.index.elements[0];
  if (root === undefined || !answeredLine().test(textOf(root))) return null;
  for (const el of ctx.index.elements) {
    // A box of more than a line's text is no label: not read whole (every ancestor would be).
    if (!trimmedTextFits(el, firstRead(100))) continue;
    // A term or label cell with its item: "<dt>Ngày trả lời:</dt><dd>13/12/2024</dd>".
    const item = siblingElement(el, 'next');
    const value = item !== null && ['dd', 'td'].includes(item.name) ? textOf(item) : '';
    const text = cleanTextWithin(`${textOf(el)} ${value}`, 100);
    const label = text === null ? null : answeredLine().exec(text);
    if (text === null || label === null) continue;
    if (isOtherStorysPart(el, ctx.index)) return null;
    // The label, then the date at once, up to the line's next field: no sentence that tells
    // of an answer ("The mayor answered questions on 5 March").
    const field = text.slice(label.index).split(/\s[|·•]\s/)[0] as string;
    const date = field.slice(label[0].length).replace(/^\s*[:：]?\s*/u, '');
    if (/^[\d\p{Lu}]/u.test(date) && isShortDateline(date, ctx.timezone)) {
      return asFound(parseDate(date, ctx.timezone), 'date labelled as the answer', field);
    }
  }
  return null;
}

/**
 * Last resort for pages without date markup (old ASP/PHP sites): the first short text with a
 * date and a label or clock time, or a byline line's ("By <a>Anna Berg</a> - 2018-09-16"),
 * outside links, lists and sidebars; or a date after a label element of its own, in a list item
 * too (a fact box: "Datum 28.04.2023").
 */
function labelledDateText(ctx: PageContext): PageDates {
  const { index, timezone } = ctx;
  for (const el of index.elements) {
    const label = el.name === 'a' ? null : dateFieldLabel(el);
    // A list item only with a label of its own, or in a list of the article's byline and date
    // (checked below, once its text reads as a date line).
    const listItem = label === null && el.name === 'li';
    if (label === null && NO_DATE_TEXT.has(el.name) && !listItem) continue;
    const own = ownText(el);
    // Most elements hold only layout whitespace between their children: it cleans to nothing.
    // Not a label's: its dates are in elements of their own, each after its label (`<span>
    // Published</span> <span>Dec. 4, 2026</span> <span>Updated</span> <span>…</span>`).
    const labelled = label !== null && cleansToNothing(own);
    if (cleansToNothing(own) && !labelled) continue;
    const text = cleanTextWithin(
      labelled ? textOf(el) : label === null ? own : `${label} ${own}`,
      100,
    );
    if (text === null || text.length < 8) continue;
    if (label === null && !dateLabel().test(text) && !DOTTED_CLOCK_TIME.test(text)) {
      if (!BYLINE_OPENING.test(text)) continue;
    }
    if (listItem && bylineListItem(el) !== el) continue;
    // A list item is a teaser's unless its own label says it is the date (a fact box's line).
    const scope = label !== null && el.name === 'li' && el.parent?.type === 'tag' ? el.parent : el;
    if (isOtherStorysPart(scope as Element, index)) continue;
    const found = parseDateLine(text, timezone);
    if (found.published !== null || found.modified !== null) {
      return {
        published: asFound(found.published, 'labelled date text', found.publishedText),
        modified: asFound(found.modified, 'labelled date text', text),
      };
    }
  }
  return { published: null, modified: null };
}

/**
 * The page's dates, or, when nothing else dates the page, the first date of the lines that
 * opened the body (taken out of it as metadata: an old press release's "2019.03.05" above its
 * text, on a page without a headline element to stand under), else the date line among the
 * lines that closed it ("Ngày 14 tháng 12 năm 2023" above a portal's byline).
 *
 * @param dates - the dates read from the page's metadata and markup
 * @param lines - the date lines taken from the body's top (joined by " · ") and from among its
 *   closing lines, or null
 * @param timezone - the zone of times written without an offset
 * @returns the dates to publish
 */
export function withBodyDates(
  dates: PageDates,
  lines: {
    readonly opening: string | null;
    readonly closing: string | null;
    readonly body?: string;
  },
  timezone: string,
): PageDates {
  if (dates.published !== null || dates.modified !== null) return dates;
  const read = (text: string | null, source: string): PageDates | null => {
    for (const line of text?.split(' · ') ?? []) {
      const value = parseDate(line, timezone);
      if (value !== null)
        return { published: atNoon({ value, source, raw: line }), modified: null };
    }
    return null;
  };
  return (
    read(lines.opening, 'date line opening the body') ??
    read(lines.closing, 'date line closing the body') ??
    // Last, an official document's line of its place and date ("Thanh Hóa, ngày 03 tháng 12 năm
    // 2024", "Paris, le 18 novembre 2024"), below its letterhead.
    read(
      /(?<=^|\n)\p{Lu}[^\n,]{1,30}, (?:ngày|le|den) \d[^\n]{5,30}(?=\n|$)/u.exec(
        lines.body ?? '',
      )?.[0] ?? null,
      "document's place and date line",
    ) ??
    dates
  );
}
