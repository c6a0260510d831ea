/**
 * The article body: the block the body finder chose in the page, finished (listing check,
 * leading dateline and trailing byline taken off, rendered, counted) — or the body the page
 * carries in structured data, when the page's own is missing or much shorter.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { decodeHTML } from 'entities';
import {
  authorDescriptions,
  closingSignOffName,
  removeAuthorBioLines,
  removeAuthorBoxes,
  removeAuthorPortraits,
  removeAuthorTeasers,
  removeOpeningAuthorName,
  takeClosingBiography,
} from './author-box.ts';
import { openingSummary } from './content/clean.ts';
import { closest, descendants, linksDocument, PICTURE_FILE, relink } from './content/dom.ts';
import {
  type BodyLocation,
  type RenderedContent,
  removeContributorCredits,
  renderContent,
} from './content/index.ts';
import { PLAYERS } from './content/media.ts';
import {
  removeClosingInitials,
  removeClosingOwnAddress,
  removeClosingSiteName,
  removeLinkParagraphs,
  removeTrailingHeadings,
} from './content/promo.ts';
import { removeStoryLinkLists } from './content/related.ts';
import { remover, snippet } from './content/removal.ts';
import { ShortTexts } from './content/short-text.ts';
import { NotAnArticleError } from './errors.ts';
import type { JsonLd } from './json-ld.ts';
import { isPictureText } from './lead.ts';
import { type Opening, removeOpeningSectionLabel, takeOpening } from './opening-block.ts';
import type { PageIndex } from './page-index.ts';
import {
  MIN_ARTICLE_WORDS,
  type PageShape,
  rejectListing,
  rejectPaywallTeaser,
  rejectTeasersOnly,
  rejectTooShort,
  shortBodyError,
} from './page-kind.ts';
import { sectionLinkTest } from './section-links.ts';
import { appStateBody, jsonLdBody, type StructuredBody, videoBody } from './structured-body.ts';
import { countWords, notLetterOrDigitRuns } from './text.ts';
import type { ExtractionTrace } from './trace.ts';
import { removeLeadingDateline, takeTrailingByline } from './trailing-byline.ts';

/** A structured body replaces the page's when it has at least this many times its words. */
const MUCH_LONGER = 2;

/**
 * Below this share of its word pairs found in a longer structured body, the page's body is other
 * text (on the benchmarks a page's own article shares 0.64 or more with a longer copy).
 */
const SHARED_TEXT = 0.5;

/**
 * Below this share of its word pairs found in a structured body of at least half its words, the
 * page's body shares no text with it (on the benchmarks a structured teaser apart from the body
 * that shares less has at most 0.15 of its words).
 */
const NO_SHARED_TEXT = 0.1;

/**
 * Below this many words in the page's body, embedded app state is searched too (parsing it
 * costs, and a long page body is rarely a stub of a longer one).
 */
const SEARCH_APP_STATE_BELOW = 300;

/** Pictures a photo story shows at least, to be an article whatever its words. */
const PHOTO_STORY_PICTURES = 2;
const LINK: ReadonlySet<string> = new Set(['a']);

/**
 * Whether a body carries media of its own that make it an article however few its words: a
 * video player the feed keeps, a document it attaches (a portal's announcement is in its PDF),
 * or a photo story's pictures — two or more, none of them a link to another page (a teaser).
 */
function carriesMedia(container: Cheerio<Element>, rendered: RenderedContent): boolean {
  const { contentHtml } = rendered;
  if (['iframe', ...PLAYERS].some((tag) => contentHtml.includes(`<${tag}`))) return true;
  const roots = container.toArray();
  if (roots.some(linksDocument)) return true;
  // Fewer pictures rendered than a photo story shows: its own are not counted.
  if (rendered.images.length < PHOTO_STORY_PICTURES) return false;
  const ownPictures = roots
    .flatMap((root) => descendants(root))
    .filter((d) => {
      if (d.name !== 'img') return false;
      const link = closest(d, LINK, null);
      return link === null || PICTURE_FILE.test(link.attribs.href ?? '');
    }).length;
  return Math.min(ownPictures, rendered.images.length) >= PHOTO_STORY_PICTURES;
}

/** Captioned pictures that tell a story without other text: a photo report. */
const PHOTO_REPORT_CAPTIONS = 3;

/** Whether a body's pictures tell it in their captions ({@link PHOTO_REPORT_CAPTIONS}). */
function isPhotoReport(rendered: RenderedContent): boolean {
  return rendered.images.filter((image) => image.caption !== null).length >= PHOTO_REPORT_CAPTIONS;
}

/** The finished body. */
export interface ArticleBody {
  readonly rendered: RenderedContent;
  readonly wordCount: number;
  /** Names from the byline that closed the body, in reading order. */
  readonly bylineAuthors: string[];
  /** The outlets among them, credited as the article's source ("Theo Dân trí"). */
  readonly bylineOutlets: readonly string[];
  /** The names among them read over their job title's line. */
  readonly bylineSigners: readonly string[];
  /**
   * The name an author's biography closing the body opens with, or the name signing it after a
   * sign-off, on a page declaring none.
   */
  readonly biographyAuthor: string | null;
  /** The bold byline and bold standfirst that opened the body, taken out of it. */
  readonly opening: Opening;
  /** The date lines that opened the body, taken out of it (joined by " · "), or null. */
  readonly dateline: string | null;
  /** The date line among the lines that closed the body, taken out of it, or null. */
  readonly closingDate: string | null;
}

/** What {@link readBody} needs of the page. */
export interface BodyInputs {
  readonly $: CheerioAPI;
  readonly index: PageIndex;
  readonly jsonLd: JsonLd;
  readonly shape: PageShape;
  /** The article's title: tells its body from other articles' in app state. */
  readonly title: string;
  /** The base of relative links and images: the page's `<base href>`, else its URL. */
  readonly baseUrl: string;
  /** Whether a text reads as a date (for the leading dateline and the closing lines). */
  readonly isDateline: (text: string) => boolean;
  /** Whether a text shows the day the page says the article was published. */
  readonly isPublicationDay?: (text: string) => boolean;
  /** Whether a text is the site's own name (a reporter's credit to it opens the body). */
  readonly isSiteName?: (text: string) => boolean;
  /** Whether to take a bold opening paragraph as the lead (the page has no standfirst element). */
  readonly wantLead: boolean;
  /** The authors the page declares: a teaser of one (name, role, biography) is no body text. */
  readonly authorNames: readonly string[];
  readonly trace?: ExtractionTrace;
}

function finish(
  inputs: BodyInputs,
  container: Cheerio<Element>,
  report: (words: number) => void,
  picture?: Element,
): ArticleBody {
  const { $, trace } = inputs;
  const dateline = removeLeadingDateline(
    $,
    container,
    inputs.isDateline,
    inputs.isPublicationDay,
    inputs.isSiteName,
  );
  if (dateline !== null) trace?.removed({ rule: 'dateline', text: snippet(dateline) });
  const opening = takeOpening($, container, inputs.wantLead, (text) =>
    isPictureText(inputs.index, text),
  );
  if (opening.authors.length > 0) {
    trace?.removed({ rule: 'leading byline', text: opening.authors.join(', ') });
  }
  if (opening.lead !== null && opening.leadInBody !== true) {
    trace?.removed({ rule: 'bold opening paragraph (the lead)', text: snippet(opening.lead) });
  }
  const root = container.get(0);
  for (const box of root === undefined
    ? []
    : removeAuthorBoxes(root, authorDescriptions(inputs.jsonLd))) {
    trace?.removed({
      rule: "author box (the structured data's description of the author)",
      text: snippet(box),
    });
  }
  for (const teaser of root === undefined ? [] : removeAuthorTeasers(root, inputs.authorNames)) {
    trace?.removed({
      rule: "author teaser (the declared author's name linking to their page)",
      text: snippet(teaser),
    });
  }
  for (const name of root === undefined ? [] : removeAuthorPortraits(root, inputs.authorNames)) {
    trace?.removed({ rule: "the declared author's portrait and name (a byline)", text: name });
  }
  // Summary bullets below the date line or byline just taken now open the body ("सार" and its
  // list over "विस्तार"): no text of it, as when they open it first.
  if (root !== undefined && (dateline !== null || opening.authors.length > 0)) {
    for (const part of openingSummary(root))
      remover(trace)(part, 'summary bullets opening the body');
  }
  const sectionLabel = root === undefined ? null : removeOpeningSectionLabel(root, inputs.baseUrl);
  if (sectionLabel !== null) {
    trace?.removed({
      rule: "a label naming the page's section opening the body",
      text: sectionLabel,
    });
  }
  if (root !== undefined) removeStoryLinkLists(root, inputs.baseUrl, remover(trace));
  if (root !== undefined) removeClosingOwnAddress(root, inputs.baseUrl, remover(trace));
  if (root !== undefined) removeClosingInitials(root, remover(trace));
  // A letter's signature after its sign-off ("Respectfully, / Dalton Caldwell") is the writer's,
  // whatever else the name is (the blog's own), and stays.
  const signOff =
    root === undefined || inputs.authorNames.length > 0 ? null : closingSignOffName(root);
  if (root !== undefined && inputs.isSiteName !== undefined && signOff === null) {
    removeClosingSiteName(root, inputs.isSiteName, remover(trace));
  }
  const nameLine = root === undefined ? null : removeOpeningAuthorName(root, inputs.authorNames);
  if (nameLine !== null) {
    trace?.removed({
      rule: "the declared author's name opening the body (a byline)",
      text: nameLine,
    });
  }
  for (const bio of root === undefined ? [] : removeAuthorBioLines(root, inputs.authorNames)) {
    trace?.removed({ rule: "the author's biography among the last lines", text: snippet(bio) });
  }
  const biography =
    root === undefined || inputs.authorNames.length > 0 ? null : takeClosingBiography(root);
  if (biography !== null) {
    trace?.removed({
      rule: "an author's biography closing the body",
      text: snippet(biography.text),
    });
  }
  const {
    names: bylineAuthors,
    date: closingDate,
    outlets: bylineOutlets,
    signers: bylineSigners,
  } = takeTrailingByline($, container, sectionLinkTest(inputs.index), inputs.isDateline);
  if (closingDate !== null) trace?.removed({ rule: 'closing date line', text: closingDate });
  if (bylineAuthors.length > 0) {
    trace?.removed({ rule: 'trailing byline', text: bylineAuthors.join(', ') });
  }
  if (root !== undefined) removeTrailingHeadings(root, remover(trace));
  for (const credit of root === undefined ? [] : removeContributorCredits(root)) {
    trace?.removed({ rule: 'contributor credit', text: snippet(credit) });
  }
  const rendered = withPicture(renderContent(container, inputs.baseUrl), picture, inputs);
  const wordCount = countWords(rendered.contentText);
  report(wordCount);
  return {
    rendered,
    wordCount,
    bylineAuthors,
    bylineOutlets,
    bylineSigners,
    biographyAuthor: biography?.name ?? signOff,
    opening,
    dateline,
    closingDate,
  };
}

/**
 * The rendered body with the lead picture (or a video page's player) the page shows before it at
 * its start (its caption in the HTML and the images, no words in the text); the body alone when
 * the picture renders to nothing or to words of the text, or when the body shows it too.
 */
function withPicture(
  body: RenderedContent,
  picture: Element | undefined,
  inputs: BodyInputs,
): RenderedContent {
  if (picture === undefined) return body;
  // A copy: the page stays as it was for the readers of what stands under the headline.
  const box = inputs.$('<div></div>').append(picture.cloneNode(true)) as Cheerio<Element>;
  const lead = renderContent(box, inputs.baseUrl);
  // A video page's player renders to its video alone.
  const video = lead.images.length === 0 && lead.contentHtml.includes('<video');
  if ((lead.images.length !== 1 && !video) || lead.contentText !== '') return body;
  // The body shows the same picture again, or a video of its own: once is enough.
  if (
    video
      ? body.contentHtml.includes('<video')
      : body.images.some((image) => image.url === lead.images[0]?.url)
  ) {
    return body;
  }
  return {
    contentHtml: lead.contentHtml + body.contentHtml,
    contentText: body.contentText,
    images: [...lead.images, ...body.images],
  };
}

/** The page's own body, or the rejection it earns (listing, too short). */
function pageBody(
  inputs: BodyInputs,
  location: BodyLocation | null,
): ArticleBody | NotAnArticleError {
  const { shape, trace } = inputs;
  if (location === null) return shortBodyError(0, shape);
  const { container } = location;
  const report = (words: number): void =>
    trace?.body({
      element: location.element,
      method: location.method,
      words,
      ...(location.note === undefined ? {} : { note: location.note }),
    });
  // Reported now for a page rejected below, and again with the final count.
  if (trace !== undefined) report(countWords(container.text()));
  try {
    rejectListing(container, shape);
    const body = finish(inputs, container, report, location.picture);
    rejectTeasersOnly(container, shape);
    rejectPaywallTeaser(body.rendered.contentText, body.wordCount, shape);
    // A photo story, a video or an announcement in its attachment says little in words; a photo
    // report may say all in its pictures' captions.
    const media = carriesMedia(container, body.rendered);
    if (!media || (body.wordCount === 0 && !isPhotoReport(body.rendered))) {
      rejectTooShort(body.wordCount, shape);
    }
    return body;
  } catch (error) {
    if (error instanceof NotAnArticleError) return error;
    throw error;
  }
}

/**
 * The body of a video page too short in words whose player only a script builds: the video its
 * JSON-LD declares and its description ({@link videoBody}), an article as a page's own player
 * and few words are; else the page's rejection.
 *
 * @throws NotAnArticleError the page's rejection, when it declares no video it can play
 */
function declaredVideo(
  inputs: BodyInputs,
  rejected: NotAnArticleError,
  location: BodyLocation | null,
): ArticleBody {
  const video = rejected.reason === 'too-short' ? videoBody(inputs.jsonLd) : null;
  if (video === null) throw rejected;
  const { container, body } = finishStructured(
    inputs,
    video,
    `the page's own body was rejected: ${rejected.message}`,
    location,
  );
  if (body.wordCount === 0 || !carriesMedia(container, body.rendered)) throw rejected;
  return body;
}

/** Word pairs of a text, lower-cased: what two texts of the same article share. */
function wordPairs(text: string): Set<string> {
  const words = text.toLowerCase().split(notLetterOrDigitRuns());
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1] !== '' && words[i] !== '') pairs.add(`${words[i - 1]} ${words[i]}`);
  }
  return pairs;
}

/** The share of the page body's word pairs that the structured text holds too (1 for no pairs). */
function sharedShare(pageText: string, structuredText: string): number {
  const own = wordPairs(pageText);
  if (own.size === 0) return 1;
  const other = wordPairs(structuredText);
  let shared = 0;
  for (const pair of own) if (other.has(pair)) shared++;
  return shared / own.size;
}

/** Word pairs of the page's body looked up in the structured text before counting them all. */
const SAMPLED_PAIRS = 64;

/**
 * How far above the share asked a sample's share decides alone: a structured copy of the page's
 * own article holds nearly every sampled pair; counting every pair of both texts (two sets of
 * thousands of strings) is left to texts that may differ.
 */
const CLEAR_MARGIN = 0.25;

/** Lower-cased words of a text. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(notLetterOrDigitRuns())
    .filter((word) => word !== '');
}

/**
 * The share of {@link SAMPLED_PAIRS} word pairs, spread evenly over the page's body, found in the
 * structured text; null when the body has no pair.
 */
function sampledShare(pageText: string, structuredText: string): number | null {
  const words = wordsOf(pageText);
  const pairs = words.length - 1;
  if (pairs <= 0) return null;
  const haystack = ` ${wordsOf(structuredText).join(' ')} `;
  const samples = Math.min(pairs, SAMPLED_PAIRS);
  let found = 0;
  for (let k = 0; k < samples; k++) {
    const i = Math.floor((k * pairs) / samples) + 1;
    if (haystack.includes(` ${words[i - 1]} ${words[i]} `)) found++;
  }
  return found / samples;
}

/**
 * Whether the page's body is other text than the structured body: the site's furniture (a video
 * rail, promotions) or another story's teasers, chosen where a page that leaves its article to a
 * script shows none. A longer structured body holds less than {@link SHARED_TEXT} of its word
 * pairs; one of at least half its words, hardly any ({@link NO_SHARED_TEXT}). A page's own
 * article shares most of them with a structured copy of it, however much they differ in length
 * (a copy cut to half its length shares half); a teaser written apart from the body shares few,
 * but is much shorter.
 */
function holdsOtherText(
  page: ArticleBody | NotAnArticleError,
  structured: StructuredBody,
): boolean {
  if (page instanceof NotAnArticleError || structured.words * MUCH_LONGER < page.wordCount) {
    return false;
  }
  const least = structured.words > page.wordCount ? SHARED_TEXT : NO_SHARED_TEXT;
  const text = page.rendered.contentText;
  const structuredText = decodeHTML(structured.html.replace(/<[^>]*>/g, ' '));
  const sampled = sampledShare(text, structuredText);
  if (sampled !== null && sampled >= least + CLEAR_MARGIN) return false;
  return sharedShare(text, structuredText) < least;
}

/** The longer of the JSON-LD body and (for a short page body) the app-state body. */
function structuredBody(inputs: BodyInputs, pageWords: number): StructuredBody | null {
  const fromJsonLd = jsonLdBody(inputs.jsonLd);
  if (pageWords >= SEARCH_APP_STATE_BELOW) return fromJsonLd;
  const fromState = appStateBody(inputs.index, inputs.title);
  if (fromState === null) return fromJsonLd;
  return fromJsonLd === null || fromState.words > fromJsonLd.words ? fromState : fromJsonLd;
}

/**
 * Finishes the body the finder chose, and falls back to the body in the page's structured
 * data (JSON-LD `articleBody`, embedded app state) when the page's body is missing, rejected,
 * has less than half its words, or is other text than it and not twice as long.
 *
 * @param inputs - the page and what was read of it
 * @param location - the block the body finder chose, or null when nothing scored
 * @returns the body
 * @throws NotAnArticleError `listing` or `too-short` when neither body makes an article
 */
export function readBody(inputs: BodyInputs, location: BodyLocation | null): ArticleBody {
  const page = pageBody(inputs, location);
  const pageWords = page instanceof NotAnArticleError ? 0 : page.wordCount;
  const structured = structuredBody(inputs, pageWords);
  if (
    structured === null ||
    structured.words < MIN_ARTICLE_WORDS ||
    (structured.words < pageWords * MUCH_LONGER && !holdsOtherText(page, structured))
  ) {
    if (page instanceof NotAnArticleError) return declaredVideo(inputs, page, location);
    return page;
  }
  const { body } = finishStructured(
    inputs,
    structured,
    page instanceof NotAnArticleError
      ? `the page's own body was rejected: ${page.message}`
      : `the page's own body has ${pageWords} words`,
    location,
  );
  rejectTooShort(body.wordCount, inputs.shape);
  return page instanceof NotAnArticleError || !opensWith(structured, page)
    ? body
    : withPageByline(body, page);
}

/** Plain text with its runs of white space as one space. */
function spaced(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether the page's body is a teaser of the structured one: its first paragraph is in the
 * structured text's first quarter (a lone picture's caption the page shows is not).
 */
function opensWith(structured: StructuredBody, page: ArticleBody): boolean {
  const first = spaced(page.rendered.contentText.split(/\n\s*\n/, 1)[0] ?? '');
  const text = spaced(decodeHTML(structured.html.replace(/<[^>]*>/g, ' ')));
  const at = first === '' ? -1 : text.indexOf(first);
  return at >= 0 && at <= text.length / 4;
}

/**
 * The structured body with the bold byline that opened the page's own body, when the structured
 * text names no one: a page that shows a teaser of its article prints the byline over it, and
 * the article's text in structured data seldom carries one. Not a line closing the teaser: what
 * follows a cut text is the page's furniture ("You Might Like") or a credit. Only over the
 * article's opening ({@link opensWith}): a page body of other text (the site's furniture, a
 * picture's caption) names others.
 */
function withPageByline(body: ArticleBody, page: ArticleBody): ArticleBody {
  if (body.bylineAuthors.length > 0 || body.opening.authors.length > 0) return body;
  return { ...body, opening: { ...body.opening, authors: page.opening.authors } };
}

/**
 * Finishes a body read from structured data in a container of its own, reported as the body
 * with `note` on why it replaced the page's; the picture the page shows before its own body
 * opens it too.
 */
function finishStructured(
  inputs: BodyInputs,
  structured: StructuredBody,
  note: string,
  location: BodyLocation | null,
): { container: Cheerio<Element>; body: ArticleBody } {
  const container = inputs.$('<div></div>') as Cheerio<Element>;
  const root = container.get(0);
  if (root !== undefined) {
    // The parsed blocks are moved in at once: cheerio's append of markup takes each out of the
    // parsed fragment one at a time, a splice at its front (10,000 paragraphs took 0.9 s).
    // `_parse` is cheerio's own parse of markup with the document's options (cheerio is pinned).
    root.children = container._parse(structured.html, container.options, false, null).children;
    relink(root);
  }
  // A teaser of another story among the blocks (Arc XP's "LEA TAMBIÉN" link) goes as the page's does.
  if (root !== undefined) removeLinkParagraphs(root, remover(inputs.trace), new ShortTexts());
  const body = finish(
    inputs,
    container,
    (words) =>
      inputs.trace?.body({ element: structured.source, method: 'structured data', words, note }),
    location?.picture,
  );
  // The page that leaves its body to the app often leaves its byline too: the state names it.
  if (body.bylineAuthors.length === 0 && inputs.authorNames.length === 0) {
    body.bylineAuthors.push(...(structured.authors ?? []));
  }
  return { container, body };
}
