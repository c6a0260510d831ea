/** The article's published and modified dates, read from the page in priority order. */
import type { Element } from 'domhandler';
import { classAndId } from './content/dom.ts';
import { parseDate, parseDateLine } from './dates.ts';
import { stringOf, valuesOf } from './json-ld.ts';
import type { PageContext } from './metadata.ts';
import { isOutsideArticle } from './page-index.ts';
import { cleanText } from './text.ts';

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
  return el.name !== 'meta' && el.name !== 'script' && DATE_HINT.test(classAndId(el));
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
