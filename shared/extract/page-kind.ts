import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { NotAnArticleError } from './errors.ts';
import type { JsonLd } from './json-ld.ts';
import { typesOf } from './json-ld.ts';
import { cleanText } from './text.ts';

/** Fewer words than this in the body is not an article (a stub, an error page, a gallery). */
export const MIN_ARTICLE_WORDS = 15;

/** A main text that is mostly link text is a list of teasers, not an article. */
const MAX_LINK_DENSITY = 0.5;
/** This many teaser headlines (a heading that is a link) marks a listing page. */
const MIN_TEASERS = 8;

const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage', 'webpage']);

/**
 * Rejects listing pages: a main text that is mostly links, or a page of many linked headlines
 * with little text of its own, unless the page declares itself an article in JSON-LD.
 *
 * @param $ - the loaded page
 * @param container - the main content element chosen by the body finder
 * @param jsonLd - the page's JSON-LD
 * @throws NotAnArticleError `listing`
 */
export function rejectListing($: CheerioAPI, container: Cheerio<Element>, jsonLd: JsonLd): void {
  if (jsonLd.article !== null) return;
  const text = cleanText(container.text());
  const links = container.find('a').toArray();
  const linkChars = links.reduce((sum, a) => sum + cleanText($(a).text()).length, 0);
  const density = text.length === 0 ? 0 : linkChars / text.length;
  const teasers = container.find(
    'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4',
  ).length;
  const declaredListing = jsonLd.nodes.some((n) => typesOf(n).some((t) => LISTING_TYPES.has(t)));
  if (density > MAX_LINK_DENSITY && links.length >= 5) {
    throw new NotAnArticleError(
      'listing',
      `Page looks like a listing, not an article: ${Math.round(density * 100)}% of the main text is link text (${links.length} links)`,
    );
  }
  const ownChars = text.length - linkChars;
  if (teasers >= MIN_TEASERS && (declaredListing || ownChars < teasers * 120)) {
    throw new NotAnArticleError(
      'listing',
      `Page looks like a listing, not an article: ${teasers} linked headlines and ${ownChars} characters of other text`,
    );
  }
}

/**
 * Rejects a body under the minimum length.
 *
 * @param wordCount - words of the extracted body
 * @throws NotAnArticleError `too-short`
 */
export function rejectTooShort(wordCount: number, minWords = MIN_ARTICLE_WORDS): void {
  if (wordCount < minWords) {
    throw new NotAnArticleError(
      'too-short',
      `Page body has ${wordCount} word${wordCount === 1 ? '' : 's'}, under the minimum of ${minWords} for an article`,
    );
  }
}
