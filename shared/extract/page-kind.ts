import type { Cheerio } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { descendants, textExcept, textOf } from './content/dom.ts';
import { NotAnArticleError } from './errors.ts';
import type { JsonLd } from './json-ld.ts';
import { typesOf } from './json-ld.ts';
import { cleanLength, cleanText, countWords, isSpace, nfc } from './text.ts';

/** Fewer words than this in the body is not an article (a stub, an error page, a gallery). */
export const MIN_ARTICLE_WORDS = 15;

/** A main text that is mostly link text is a list of teasers, not an article. */
const MAX_LINK_DENSITY = 0.5;
/** This many teaser headlines (a heading that is a link) marks a listing page. */
const MIN_TEASERS = 8;
/** As many on a page that declares itself a collection or a profile (an author's few stories). */
const MIN_DECLARED_TEASERS = 3;

const LISTING_TYPES = new Set(['collectionpage', 'itemlist', 'searchresultspage', 'profilepage']);

/** JSON-LD types of one item of content that is not an article: a video page is no listing. */
const ITEM_TYPES = new Set(['videoobject', 'clip', 'episode', 'tvepisode', 'movie', 'audioobject']);

/**
 * A run of consecutive prose blocks with this many words, or this many blocks, is an article's
 * text, whatever links surround it (menus, related lists, tag clouds). A listing's teasers
 * break every run with a linked headline, and where its summaries are long its link density
 * is low anyway.
 */
const PROSE_RUN_WORDS = 50;
const PROSE_RUN_BLOCKS = 3;

/** Page chrome: linked headlines there are navigation, not teasers. */
export const CHROME = new Set(['nav', 'footer', 'header', 'aside']);
export const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** The h2–h4 a link sits in (at most three levels up), or null. */
export function headingAbove(link: Element): Element | null {
  let node = link.parent;
  for (let i = 0; i < 3 && node?.type === 'tag'; i++, node = node.parent) {
    if (HEADINGS.has(node.name)) return node;
  }
  return null;
}

/**
 * What tells a listing page from an article, read before the body finder edits the page.
 * Linked headlines are counted only on a page that declares no article: a declared article or
 * video is never rejected as a listing, so its count would be read by nothing.
 */
export type PageShape =
  | {
      /**
       * JSON-LD declares an article node, or the page declares a video (JSON-LD, `og:type`), or
       * its `og:type` is `article` and JSON-LD declares no collection.
       */
      readonly declaredArticle: true;
      /** JSON-LD declares a collection, item list or search results page. */
      readonly declaredListing: boolean;
      /** The JSON-LD article says it is not free to read (`isAccessibleForFree` false). */
      readonly notFree: boolean;
    }
  | {
      readonly declaredArticle: false;
      readonly declaredListing: boolean;
      /** Linked headlines outside navigation and footers ({@link countTeasers}). */
      readonly teasers: number;
    };

/** Flags of the pass in {@link countTeasers}: inside page chrome, inside a link. */
const CHROME_FLAG = 1;
const LINK_FLAG = 2;

/**
 * The number of words `cleanText(value).split(' ')` gives, counted without building the
 * cleaned text: runs of characters other than whitespace (zero-width characters split none).
 */
function cleanWordCount(value: string): number {
  const text = nfc(value);
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x200b && c <= 0x200d) || c === 0xfeff) continue;
    if (isSpace(c)) inRun = false;
    else if (!inRun) {
      inRun = true;
      runs++;
    }
  }
  return Math.max(runs, 1);
}

/**
 * Counts the page's linked headlines outside navigation and footers: headings that are (or
 * hold) links, and list items or paragraphs that are one link of five words or more.
 *
 * @param elements - the page's elements in document order, before the body finder runs
 * @returns the larger of the two counts
 */
export function countTeasers(elements: readonly Element[]): number {
  // One pass over the page's elements with the ancestors' flags (selector queries per heading
  // and per link cost more than the rest of the extraction's metadata). The chain holds the
  // open elements (each an ancestor of the next) and the flags their children inherit.
  const headings = new Set<Element>();
  const linkBlocks = new Set<Element>();
  const chain: Element[] = [];
  const chainFlags: number[] = [];
  for (const node of elements) {
    // Scripts and styles hold no elements and are neither chrome, links nor headings.
    if (node.type !== 'tag') continue;
    const parent = node.parent;
    while (chain.length > 0 && chain[chain.length - 1] !== parent) {
      chain.pop();
      chainFlags.pop();
    }
    const flag = chain.length > 0 ? (chainFlags[chainFlags.length - 1] as number) : 0;
    const name = node.name;
    const inChrome = (flag & CHROME_FLAG) !== 0 || CHROME.has(name);
    const href = name === 'a' && node.attribs.href !== undefined;
    const inLink = (flag & LINK_FLAG) !== 0 || href;
    if (!inChrome && HEADINGS.has(name) && inLink) headings.add(node);
    if (!inChrome && href) {
      const heading = headingAbove(node);
      if (heading !== null) headings.add(heading);
      const block = node.parent;
      // A table's cell too: a portal's list of documents links each one's title in a row.
      if (
        block?.type === 'tag' &&
        (block.name === 'p' || block.name === 'li' || block.name === 'td')
      ) {
        // Most linked texts are a few words: the texts are compared only for longer ones.
        const text = textOf(node);
        if (cleanWordCount(text) >= 5) {
          const linked = cleanText(text);
          if (cleanText(textOf(block)) === linked) linkBlocks.add(block);
        }
      }
    }
    chain.push(node);
    chainFlags.push((inChrome ? CHROME_FLAG : 0) | (inLink ? LINK_FLAG : 0));
  }
  return Math.max(headings.size, linkBlocks.size);
}

/**
 * Reads the page's shape: what its JSON-LD declares, and its linked headlines when it declares
 * no article.
 *
 * @param elements - the page's elements in document order, before the body finder runs
 * @param jsonLd - the page's JSON-LD
 * @param ogType - the page's `og:type`
 * @returns the shape
 */
export function readPageShape(
  elements: readonly Element[],
  jsonLd: JsonLd,
  ogType?: string,
): PageShape {
  const declaredListing = jsonLd.nodes.some((n) => typesOf(n).some((t) => LISTING_TYPES.has(t)));
  const declaredArticle =
    jsonLd.article !== null ||
    jsonLd.nodes.some((n) => typesOf(n).some((t) => ITEM_TYPES.has(t))) ||
    /^video\b/i.test(ogType ?? '') ||
    // Open Graph's "article" is one item of content, unless JSON-LD says it is a collection.
    (!declaredListing && /^article$/i.test(ogType?.trim() ?? ''));
  if (declaredArticle) {
    const free = jsonLd.article?.isAccessibleForFree;
    const notFree = free === false || (typeof free === 'string' && /(?:^|\/)false$/i.test(free));
    return { declaredArticle, declaredListing, notFree };
  }
  return { declaredArticle, declaredListing, teasers: countTeasers(elements) };
}

function listing(message: string): NotAnArticleError {
  return new NotAnArticleError('listing', `Page looks like a listing, not an article: ${message}`);
}

/**
 * Rejects listing pages: declared collections of linked headlines, or a main text that is
 * mostly links with no run of prose in it. A page that declares an article or a video is no
 * listing; when its main text is links all the same, it has no body of its own (too short).
 *
 * @param container - the main content element chosen by the body finder
 * @param shape - the page's shape, read before the body finder ran
 * @throws NotAnArticleError `listing`, or `too-short` for a declared article
 */
export function rejectListing(container: Cheerio<Element>, shape: PageShape): void {
  if (!shape.declaredArticle && shape.declaredListing && shape.teasers >= MIN_DECLARED_TEASERS) {
    throw listing(
      `it declares a collection or profile page and has ${shape.teasers} linked headlines`,
    );
  }
  // Collected by a walk: a selector is compiled anew on each call.
  const links = [
    ...new Set(
      container.toArray().flatMap((root) => descendants(root).filter((d) => d.name === 'a')),
    ),
  ];
  // Fewer than five links make no listing whatever their share of the text: skip reading it.
  if (links.length < 5) return;
  // Only lengths are compared: counted without building the cleaned texts.
  // The text a reader sees, read by a walk: cheerio's `.text()` joins each level's text, again
  // and again down a chain of nested boxes.
  const textLength = cleanLength(textExcept(container.toArray(), () => false));
  const linkChars = links.reduce((sum, a) => sum + cleanLength(textOf(a)), 0);
  const density = textLength === 0 ? 0 : linkChars / textLength;
  if (density <= MAX_LINK_DENSITY || hasProseRun(container)) return;
  const share = `${Math.round(density * 100)}% of the main text is link text (${links.length} links)`;
  if (!shape.declaredArticle) throw listing(share);
  const words = countWords(textExcept(container.toArray(), (el) => el.name === 'a'));
  const outside = `${words} word${words === 1 ? '' : 's'}`;
  throw new NotAnArticleError(
    'too-short',
    words < MIN_ARTICLE_WORDS
      ? `Page body has ${outside} outside links, under the minimum of ${MIN_ARTICLE_WORDS} for an article; ${share}`
      : `Page body is mostly links: ${outside} outside them; ${share}`,
  );
}

/** Blocks whose text is read as one paragraph of prose or one linked headline. */
const TEXT_BLOCKS = new Set(['p', 'li', 'dd', 'blockquote', 'td', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface BlockText {
  words: number;
  text: number;
  link: number;
}

function blockText(el: Element): BlockText {
  let words = 0;
  let text = 0;
  let link = 0;
  const visit = (node: AnyNode, inLink: boolean): void => {
    if (node.type === 'text') {
      const t = node.data.trim();
      text += t.length;
      if (inLink) link += t.length;
      else words += countWords(t);
    } else if (node.type === 'tag') {
      for (const child of node.children) visit(child, inLink || node.name === 'a');
    }
  };
  visit(el, false);
  return { words, text, link };
}

/** A div or section holding only inline content is a paragraph too. */
function isTextBlock(el: Element): boolean {
  if (TEXT_BLOCKS.has(el.name)) return true;
  return (
    (el.name === 'div' || el.name === 'section') &&
    !el.children.some((c) => c.type === 'tag' && (TEXT_BLOCKS.has(c.name) || c.name === 'div'))
  );
}

/**
 * Rejects a finished body that is other pages' teasers alone ({@link teasersOnly}): a listing,
 * or for a page that declares an article or a video, too short — its own text is not there.
 *
 * @param container - the body, finished (its lead, datelines and furniture gone)
 * @param shape - the page's shape
 * @throws NotAnArticleError `listing` or `too-short`
 */
export function rejectTeasersOnly(container: Cheerio<Element>, shape: PageShape): void {
  const teasers = teasersOnly(container);
  if (teasers === 0) return;
  const what = `${teasers} linked headline${teasers === 1 ? '' : 's'} of other pages and their summaries`;
  if (!shape.declaredArticle) throw listing(`its main text is ${what}`);
  throw new NotAnArticleError('too-short', `Page body is only teasers: ${what}`);
}

/** Words of a teaser's summary under its linked headline, on average, at most. */
const MAX_SUMMARY_WORDS = 30;
/** A heading of this many words or fewer, linking nowhere, labels a box ("Latest Videos"). */
const MAX_LABEL_WORDS = 3;

/**
 * The number of linked headlines when the container holds nothing else but their short summaries
 * and box labels: other pages' teasers, left as the body of a page whose own text went (a video
 * page's one-line description taken for its lead, and its "Latest Videos" below); else 0. Any
 * text before the first linked headline (an introduction), or summaries longer than
 * {@link MAX_SUMMARY_WORDS} words each on average (a guide's items), is an article's.
 */
function teasersOnly(container: Cheerio<Element>): number {
  const root = container.get(0);
  if (root === undefined) return 0;
  let headlines = 0;
  let summaryWords = 0;
  // Blocks read whole; any other element is walked into, its loose text read as a summary's.
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    let words: number;
    if (node.type === 'text') {
      words = countWords(node.data);
      if (words === 0) continue;
    } else if (node.type !== 'tag') continue;
    else if (!TEXT_BLOCKS.has(node.name)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      continue;
    } else {
      const t = blockText(node);
      if (t.text === 0) continue;
      const heading = /^h[2-6]$/.test(node.name);
      if (heading && t.link === t.text) {
        headlines++;
        continue;
      }
      if (heading && t.link === 0 && t.words <= MAX_LABEL_WORDS) continue;
      words = t.words;
    }
    if (headlines === 0) return 0;
    summaryWords += words;
    // Read no further than the summaries allowed so far: a long body ends the walk early.
    if (summaryWords > MAX_SUMMARY_WORDS * headlines) return 0;
  }
  return headlines;
}

/**
 * Whether the container holds a run of consecutive prose blocks (little link text) long enough
 * to be an article's text; linked headlines and link lists break a run, images do not.
 */
function hasProseRun(container: Cheerio<Element>): boolean {
  const root = container.get(0);
  if (root === undefined) return false;
  let words = 0;
  let blocks = 0;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    if (!isTextBlock(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      continue;
    }
    const t = blockText(node);
    if (t.text === 0) continue;
    if (t.link > t.text * 0.3) {
      words = 0;
      blocks = 0;
      continue;
    }
    words += t.words;
    blocks++;
    if (words >= PROSE_RUN_WORDS || blocks >= PROSE_RUN_BLOCKS) return true;
  }
  return false;
}

/**
 * The error for a body under the minimum length: a short body on a page of many linked
 * headlines is reported as a listing, unless the page declares an article or a video.
 *
 * @param wordCount - words of the extracted body (0 when no body was found)
 * @param shape - the page's shape
 * @returns a NotAnArticleError `listing` or `too-short`
 */
export function shortBodyError(
  wordCount: number,
  shape: PageShape,
  minWords = MIN_ARTICLE_WORDS,
): NotAnArticleError {
  if (!shape.declaredArticle && shape.teasers >= MIN_TEASERS) {
    return listing(`${shape.teasers} linked headlines and only ${wordCount} words of body text`);
  }
  return new NotAnArticleError(
    'too-short',
    `Page body has ${wordCount} word${wordCount === 1 ? '' : 's'}, under the minimum of ${minWords} for an article`,
  );
}

/**
 * Rejects a body under the minimum length.
 *
 * @param wordCount - words of the extracted body
 * @param shape - the page's shape
 * @throws NotAnArticleError `listing` or `too-short`
 */
export function rejectTooShort(
  wordCount: number,
  shape: PageShape,
  minWords = MIN_ARTICLE_WORDS,
): void {
  if (wordCount < minWords) throw shortBodyError(wordCount, shape, minWords);
}

/**
 * Rejects a paywall's teaser: one paragraph of a few words on a page that declares its article
 * not free to read. The article is not there (its JSON-LD `articleBody`, when given, is read
 * instead); a paywalled page showing several paragraphs keeps them.
 *
 * @param text - the body's plain text, paragraphs parted by blank lines
 * @param wordCount - words of the body
 * @param shape - the page's shape
 * @throws NotAnArticleError `too-short`
 */
export function rejectPaywallTeaser(text: string, wordCount: number, shape: PageShape): void {
  if (shape.declaredArticle && shape.notFree && wordCount < MIN_PAYWALLED_WORDS) {
    if (text.includes('\n\n')) return;
    throw new NotAnArticleError(
      'too-short',
      `Page body is one paragraph of ${wordCount} words on a page that declares its article not free to read: a paywall’s teaser`,
    );
  }
}

/** Words a paywalled page's one paragraph holds at least to be the article, not its teaser. */
const MIN_PAYWALLED_WORDS = 60;
