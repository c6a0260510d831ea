import type { Cheerio } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { stringOf, valuesOf } from './json-ld.ts';
import { firstMeta } from './meta-tags.ts';
import type { PageContext } from './metadata.ts';
import { isOutsideArticle } from './page-index.ts';
import { cleanOrNull, cleanText } from './text.ts';

/**
 * Class or id tokens CMSs give the standfirst ("sapo" in Vietnamese newsrooms). Matched per
 * token, in one pass over the page (a list of `[class*=…]` selectors scans it once each).
 */
const LEAD_TOKEN =
  /^(?:.*sapo.*|(?:article|news|entry|post|story|detail)?[-_]*(?:summary|lead|chapeau|standfirst|excerpt|description|desc|intro|tomtat|tom-tat)|summary[-_].*|lead[-_]?text)$/i;

/** A word every {@link LEAD_TOKEN} match holds: most elements need no tokenizing. */
const LEAD_HINT = /sapo|summary|lead|chapeau|standfirst|excerpt|desc|intro|tomtat|tom-tat/i;

function isLeadElement(el: Element): boolean {
  const { attribs } = el;
  if (el.name === 'meta' || el.name === 'script' || el.name === 'link') return false;
  if (attribs.itemprop === 'description') return true;
  // Tested on each name apart first (no hint holds a space): most elements stop here.
  const { class: cls, id } = attribs;
  if (!(cls !== undefined && LEAD_HINT.test(cls)) && !(id !== undefined && LEAD_HINT.test(id))) {
    return false;
  }
  const tokens = `${cls ?? ''} ${id ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && !/tag|author|meta|caption/i.test(t) && LEAD_TOKEN.test(t));
}

const MIN_LEAD_CHARS = 30;
const MAX_LEAD_CHARS = 1000;

/**
 * Finds the standfirst element of the page, if it has one.
 *
 * @param ctx - the page
 * @returns the element and its text, or null
 */
export function findLeadElement(
  ctx: PageContext,
): { element: Cheerio<Element>; text: string } | null {
  const { $, index } = ctx;
  for (const el of index.elements) {
    if (!isLeadElement(el) || isOutsideArticle(el)) continue;
    const element = $(el);
    const text = cleanText(element.text());
    if (text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS) return { element, text };
  }
  return null;
}

function words(text: string): string[] {
  return text.toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function trigrams(text: string): string[] {
  const list = words(text);
  const grams: string[] = [];
  for (let i = 0; i + 2 < list.length; i++) grams.push(`${list[i]} ${list[i + 1]} ${list[i + 2]}`);
  return grams;
}

/**
 * Share of the description's word trigrams that the body's opening also has: an excerpt copies
 * runs of words, a standfirst only shares the topic's words.
 */
function overlapWithOpening(description: string, contentText: string): number {
  const opening = new Set(trigrams(contentText.split('\n\n').slice(0, 3).join(' ')));
  const probe = trigrams(description);
  if (probe.length === 0) return 1;
  return probe.filter((g) => opening.has(g)).length / probe.length;
}

/** Longest paragraph read as a kicker or headline line above the article's first paragraph. */
const MAX_KICKER_CHARS = 120;

/**
 * Whether `description` is, word for word, the body's first paragraph of prose: the first
 * paragraph, or one that only short kicker or headline lines come before.
 */
function isOpeningParagraph(description: string, contentText: string): boolean {
  const wanted = words(description).join(' ');
  for (const paragraph of contentText.split('\n\n').slice(0, 3)) {
    if (words(paragraph).join(' ') === wanted) return true;
    if (paragraph.length > MAX_KICKER_CHARS) return false;
  }
  return false;
}

/** Above this overlap, a description is an excerpt of the body's opening, not a standfirst. */
const EXCERPT_OVERLAP = 0.6;

/**
 * The lead from the page's description (JSON-LD, `og:description`, `description` meta) — but
 * only when it is a real standfirst, not a truncated copy ("…") of the body's opening. A
 * description that is the body's whole first paragraph, word for word (after a kicker or
 * headline line at most), is the summary the
 * publisher gives and shows as the article's opening: it is the lead, and the paragraph stays
 * the body's opening (the page shows it there, not apart).
 *
 * @param ctx - the page
 * @param contentText - the extracted body text
 * @returns the lead and its source, or null
 */
export function leadFromDescription(
  ctx: PageContext,
  contentText: string,
): { text: string; source: string } | null {
  const ld = valuesOf(ctx.jsonLd.article, 'description')
    .map(stringOf)
    .find((v) => v);
  const metaKey = ['og:description', 'description', 'twitter:description'].find(
    (key) => firstMeta(ctx.meta, key) !== null,
  );
  const raw = cleanOrNull(ld ?? (metaKey === undefined ? null : firstMeta(ctx.meta, metaKey)));
  if (raw === null || raw.length < MIN_LEAD_CHARS || raw.length > MAX_LEAD_CHARS) return null;
  if (/(?:\.\.\.|…)$/.test(raw)) return null;
  const source = ld ? 'json-ld description' : `meta ${metaKey}`;
  if (isOpeningParagraph(raw, contentText)) {
    return { text: raw, source: `${source}, the body's whole first paragraph` };
  }
  if (overlapWithOpening(raw, contentText) >= EXCERPT_OVERLAP) return null;
  if (ctx.siteName !== null && words(raw).join(' ') === words(ctx.siteName).join(' ')) return null;
  return { text: raw, source };
}
