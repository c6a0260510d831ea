import type { Cheerio } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import { linksAuthor, opensWithAuthorLink } from './author-links.ts';
import { looksLikeName } from './authors.ts';
import {
  closest,
  descendants,
  HEADER,
  HEADING_TAGS,
  hasItemprop,
  INLINE,
  isBelow,
  namesPictureText,
  ownText,
  renderedLine,
  renderedText,
  siblingElement,
  textExcept,
  textOf,
  trimmedTextFits,
} from './content/dom.ts';
import { BLOCK } from './content/score.ts';
import { shortText } from './content/short-text.ts';
import { isShortDateline } from './dates.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';
import { linksHome } from './headline-element.ts';
import { stringOf, valuesOf } from './json-ld.ts';
import { firstMeta } from './meta-tags.ts';
import type { PageContext } from './metadata.ts';
import { classNameParts, hasClassPart, LEAD_HINT, testHooks } from './metadata-hints.ts';
import { metadataText } from './metadata-text.ts';
import { isAndWord } from './name-list.ts';
import { allBold } from './opening-block.ts';
import { isOutsideArticle, type PageIndex } from './page-index.ts';
import { isSiteName, type SiteIdentity } from './site.ts';
import {
  cleanText,
  countWords,
  lowerMeasuredWords,
  lowerVi,
  lowerWords,
  PROSE_WORDS,
  SENTENCE_END,
} from './text.ts';
import { BY_WORD, BYLINE_OPENING } from './trailing-byline.ts';

/**
 * Class or id tokens CMSs give the standfirst ("sapo" in Vietnamese newsrooms, "perex" in Czech
 * and Slovak ones, wherever in the token; NukeViet's "hometext"; Turkish "spot" and "özet",
 * whole). Matched per token, in one pass over the page (a list of `[class*=…]` selectors scans
 * it once each).
 */
const LEAD_TOKEN =
  /^(?:.*sapo.*|.*perex.*|(?:article|news|entry|post|story|detail)?[-_]*(?:summary|lead|lede|chapeau|chappeau|chapo|standfirst|excerpt|description|desc|intro|einleitung|vorspann|ingressi?|inleiding|zajawka|entradilla|bajada|sommario|tomtat|tom-tat|hometext|spot|ozet|özet)|summary[-_].*|lead[-_]?text)$/i;

/**
 * Whether an element is marked as the standfirst: `itemprop="description"`, or a class or id
 * token of {@link LEAD_TOKEN} (every match holds a {@link LEAD_HINT} word).
 */
export function isLeadElement(el: Element): boolean {
  const { attribs } = el;
  if (el.name === 'meta' || el.name === 'script' || el.name === 'link') return false;
  if (hasItemprop(el, 'description')) return true;
  // Tested on each name apart first (no hint holds a space): most elements stop here. A test
  // hook (`data-testid="article-intro"`) names the element as a class would, where CSS hashing
  // left the classes saying nothing.
  const { class: cls, id } = attribs;
  const hooks = testHooks(el);
  if (
    !(cls !== undefined && LEAD_HINT.test(cls)) &&
    !(id !== undefined && LEAD_HINT.test(id)) &&
    !(hooks !== '' && LEAD_HINT.test(hooks))
  ) {
    return false;
  }
  const tokens = `${cls ?? ''} ${id ?? ''} ${hooks}`.split(/\s+/);
  return tokens.some((t) => t !== '' && !/tag|author|meta|caption/i.test(t) && LEAD_TOKEN.test(t));
}

/** Whether an element holds a part named as a picture's caption, credit or description. */
function holdsPictureText(el: Element): boolean {
  return descendants(el).some(namesPictureText);
}

/**
 * Class or id tokens of a line under the headline that newsrooms call the subtitle or "dek"
 * (`article-subtitle`, `dek`, `subheadline`): the standfirst only right below the headline, as
 * a section's sub-heading in the body may be called so too.
 */
const SUBTITLE_TOKEN =
  /^(?:article|news|entry|post|story|detail|headline|title)?[-_]*(?:subtitle|sub-title|subhead|subheadline|subheading|sub-headline|dek|deck)$/i;

/** Elements (in document order, the headline's own included) a subtitle may follow it by. */
const MAX_SUBTITLE_DISTANCE = 200;
/** Blocks of the article's text: one between the headline and a subtitle puts it in the body. */
const TEXT_BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote']);

/**
 * Whether a block is a paragraph of the article's text: prose, not a byline, date, share
 * button or headline line (a page shows its headline again in an `<h2>` above the standfirst).
 */
function isProse(el: Element): boolean {
  return countWords(renderedText(el)) >= PROSE_WORDS;
}

/** Whether an element holds a `<time>` or a part named as a byline or date. */
function holdsByline(el: Element): boolean {
  return descendants(el).some(
    (d) => d.name === 'time' || /author|byline|date/i.test(d.attribs.class ?? ''),
  );
}

/** Elements of a picture or a video: a block holding one is a lead picture's, not a standfirst. */
const PICTURE: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'video', 'iframe']);

/** Whether an element holds a picture, a video or a caption. */
function holdsPicture(el: Element): boolean {
  return descendants(el).some(
    (d) => PICTURE.has(d.name) || d.name === 'figcaption' || namesPictureText(d),
  );
}

/** Whether an element's one child, spaces aside, is a heading holding no picture. */
function wrapsOneHeading(el: Element): boolean {
  const kids = el.children.filter((c) => c.type !== 'text' || c.data.trim() !== '');
  const [only] = kids;
  return (
    kids.length === 1 &&
    only !== undefined &&
    only.type === 'tag' &&
    HEADING_TAGS.has((only as Element).name) &&
    !holdsPicture(only as Element)
  );
}

/** Whether an element holds a picture, a video, a caption or a heading: no standfirst does. */
function holdsMoreThanText(el: Element): boolean {
  return holdsPicture(el) || descendants(el).some((d) => HEADING_TAGS.has(d.name));
}

/**
 * Words for the line under the headline, as one part of a class name however the name is built
 * (BEM `post-header__text__dek`, a prefix `voc-subtitle`, camel case `ContentHeaderDek`).
 */
const SUBTITLE_PART = /^(?:subtitle|subhead|subheadline|subheader|dek|deck|strapline|standfirst)$/i;

/**
 * The same words written as two parts (`sub-heading`, `subHeadline`, `second-title`). Written as
 * one part, "subheading" names a heading's style as often (`_subheadingTheme_uevf3_1` on a
 * section's heading right below the headline).
 */
const SPLIT_SUBTITLE = /^sub(?:title|head|headline|header|heading)$|^secondtitle$/i;

/**
 * Words for the standfirst, as one part of a class name (`c-article-summary`, `headline__lead`,
 * `hero__excerpt`, `article__abstract`, `kick__article__teaser`, `leadIn`). They name a kicker, a
 * headline's wrapper, a summary box in the body or another story's teaser card as often, so an
 * element named so is the standfirst only where the subtitle is: right below the headline.
 */
const LEAD_PART =
  /^(?:summary|lead|lede|leadtext|leadin|teaser|excerpt|intro|abstract|preface|preamble|synopsis|epigraph|description|chapo|chapeau|chappeau|ingress|einleitung|vorspann|entradilla|bajada|sommario|shorttext|spot|ozet|özet)$/i;

/**
 * Parts that make a name with a {@link LEAD_PART} another thing's: an author box's, a picture's
 * or a slide's description (`avatar-group__description`, `media-block__description`,
 * `CarouselSlide-infoDescription`), a paywall's or a newsletter box's (`ia-paywall__description`).
 */
const OWNER_PART =
  /^(?:author|avatar|byline|contributor|media|image|img|photo|picture|figure|gallery|carousel|slide|slideshow|video|caption|credit|label|link|date|time|meta|tags?|share|button|icon|paywall|newsletter|subscription|promo)$/i;

/** Parts that make a name with a {@link LEAD_PART} a series', category's or tag's. */
const SERIES_PART = /^(?:category|series|term|taxonomy)$/i;

/**
 * Whether an element is, or stands within three levels in, a series' or category's description
 * (`categoryDescriptionModule`, `term-description`): the box opening each post of a blog's
 * series ("Fixes looks at solutions to social problems and why they work."), no standfirst.
 */
function inSeriesBox(el: Element): boolean {
  let node: Element | null = el;
  for (let up = 0; up < 4 && node !== null; up++, node = node.parent as Element | null) {
    for (const token of (node.attribs?.class ?? '').split(/\s+/)) {
      const parts = classNameParts(token);
      if (parts.some((p) => SERIES_PART.test(p)) && parts.some((p) => LEAD_PART.test(p)))
        return true;
    }
  }
  return false;
}

/** Parts that, after a {@link LEAD_PART}, name that thing's title (`ArticleModuleTeaser_title`). */
const TITLE_PART = /^(?:title|headline|heading)$/i;

/**
 * Whether an element is marked as the line under the headline: a token of {@link SUBTITLE_TOKEN},
 * or one with a part of {@link SUBTITLE_PART} or {@link LEAD_PART}. `known` keeps the answers by
 * the names asked about: a page's teasers share their class names.
 */
function isSubtitleElement(el: Element, byClass = false, known?: Map<string, boolean>): boolean {
  const { class: cls, id } = el.attribs;
  const names = `${cls ?? ''} ${byClass ? '' : (id ?? '')}`;
  let answer = known?.get(names);
  if (answer === undefined) {
    answer = names
      .split(/\s+/)
      .some(
        (t) => t !== '' && (SUBTITLE_TOKEN.test(t) || isLineUnderHeadlineName(classNameParts(t))),
      );
    known?.set(names, answer);
  }
  return answer;
}

/**
 * Whether the parts of a class name name the line under the headline: a subtitle's word, or a
 * standfirst's word that no part names as another thing's (`avatar-group__description`) and no
 * later part as a title (`ArticleModuleTeaser_title`; `headline__lead` is the headline's lead).
 */
function isLineUnderHeadlineName(parts: readonly string[]): boolean {
  if (parts.some((p, i) => SUBTITLE_PART.test(p) || SPLIT_SUBTITLE.test(p + (parts[i + 1] ?? ''))))
    return true;
  const at = parts.findIndex((p) => LEAD_PART.test(p));
  return (
    at >= 0 &&
    !parts.some((p) => OWNER_PART.test(p)) &&
    !parts.slice(at + 1).some((p) => TITLE_PART.test(p))
  );
}

const MIN_LEAD_CHARS = 30;
const MAX_LEAD_CHARS = 1000;

/** The headings an `<hgroup>` groups: the article's headline with its kicker or subtitle. */
const GROUPED_HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);

/** Names of a consent tool's box: Didomi's, OneTrust's, a CMP's or any cookie or consent box. */
const CONSENT_BOX = /consent|cookie|didomi|onetrust|gdpr|(?:^|[\s_-])cmp(?:$|[\s_-])/i;

/** Whether an element stands in a dialog: a consent tool's box, a modal, `<dialog>`. */
function inDialog(el: Element): boolean {
  for (let node: AnyNode | null = el; node !== null && node.type === 'tag'; node = node.parent) {
    const { attribs, name } = node as Element;
    if (
      name === 'dialog' ||
      attribs['aria-modal'] === 'true' ||
      /dialog/.test(attribs.role ?? '')
    ) {
      return true;
    }
    if (CONSENT_BOX.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`)) return true;
  }
  return false;
}

/**
 * The page's headline: the heading the title reader found shown, else its first `<h1>` in the
 * article (`isOutsideArticle` with the index) that is not the site's logo (`linksHome`) nor in a
 * dialog (a consent tool's notice heads itself with an `<h1>` at the top of the page); on a
 * page whose `<h1>`s are all navigation's (a section carousel's current item), the first heading
 * of an `<hgroup>` in the article, HTML's group of a headline and its kicker (Funke's sites),
 * else the heading the title reader found shown even outside the article.
 */
function articleHeadline(
  index: PageContext['index'],
  shown: Element | undefined,
): Element | undefined {
  const inArticle = (el: Element) => !isOutsideArticle(el, { index });
  // An <h1> that only links to the home page is the site's logo (a blog's header), whose
  // tagline below it is no standfirst; one in a consent dialog heads its notice.
  const isHeadline = (h1: Element) => inArticle(h1) && !linksHome(h1) && !inDialog(h1);
  // The heading the title reader found shown heads the article, whatever its level: an <h1>
  // elsewhere may head a teaser below it (Digg's featured story under its story's <h2>).
  if (shown !== undefined && isHeadline(shown)) return shown;
  return (
    index.byTag('h1').find(isHeadline) ??
    index
      .byTag('hgroup')
      .filter(inArticle)
      .flatMap((group) => descendants(group).filter((d) => GROUPED_HEADINGS.has(d.name)))[0] ??
    shown
  );
}

/**
 * Finds the standfirst element of the page, if it has one.
 *
 * @param ctx - the page
 * @param shown - the heading the title reader found shown, when the page has one
 * @returns the element and its text, or null
 */
export function findLeadElement(
  ctx: PageContext,
  shown?: Element,
): { element: Cheerio<Element>; text: string } | null {
  const { $, index } = ctx;
  const headline = articleHeadline(index, shown);
  const at = documentPositions(index.elements);
  // The position of the first block of prose after the headline, found once when a candidate
  // needs it (candidates come in document order; a page may have hundreds of "teaser" ones).
  let firstProse: number | undefined;
  // Most hinted elements are asked whether they are a subtitle, and have 1 in 4 names distinct.
  const subtitleNames = new Map<string, boolean>();
  for (const el of index.hinted) {
    // A teaser card marked "excerpt" is another story's; a caption describes its picture.
    if (el.name === 'article' || el.name === 'meta') continue;
    // A subtitle is the standfirst only right below the page's headline. Most hinted elements
    // are neither marked nor named a subtitle: tested first, before the costlier tests below
    // (the walks up the page for its asides, too).
    const marked = isLeadElement(el);
    if (!marked && (headline === undefined || !isSubtitleElement(el, false, subtitleNames))) {
      continue;
    }
    // In the article holding the headline, an <aside>, a <footer> or a "sidebar" layout may hold
    // its standfirst, but as often another story's or the author box's: only right below it.
    const inOwnAside = isOutsideArticle(el);
    if (inOwnAside && isOutsideArticle(el, { index })) continue;
    if (closest(el, FIGURE, null) !== null || namesPictureText(el) || underBoxLabel(el, headline)) {
      continue;
    }
    // An author's bio, whatever its class ("summary" in an author box), opens with their name.
    if (opensWithAuthorLink(el) || inSeriesBox(el)) continue;
    if (opensItsParagraphs(el)) continue;
    if (!marked || inOwnAside) {
      // A header's line of byline and date named as a subtitle ("articleHeader--subhead") is none.
      if (headline === undefined || holdsByline(el)) continue;
      // A box holding one heading alone stands for it (Drupal's `field--name-field-subtitle`).
      if (holdsMoreThanText(el) && !wrapsOneHeading(el)) continue;
      const from = at(headline);
      const to = at(el);
      if (to <= from || to - from > MAX_SUBTITLE_DISTANCE || isBelow(el, headline)) continue;
      // No block of prose between the headline and it.
      firstProse ??= firstProseAfter(index.elements, from, headline);
      if (firstProse < to) continue;
    }
    if (headline !== undefined) {
      // A header holding the headline is no standfirst, nor is a "desc" box before the headline
      // (a menu's, a login box's): the standfirst follows the headline.
      if (isBelow(headline, el)) continue;
      if (at(el) < at(headline)) continue;
      // … and stands before the article's text: a box so named after the text's first paragraph
      // is another part's (the "Intro" of a teaser section below the body).
      firstProse ??= firstProseAfter(index.elements, at(headline), headline);
      if (firstProse < at(el) && !isBelow(el, index.elements[firstProse] as Element)) continue;
    }
    // A subtitle its class names, written as paragraphs alike (`<p class="_lead_x">` each), is
    // all of them; one its id names (`id="speakable-summary"`) shares its class with the body's.
    const parts = marked || isSubtitleElement(el, true) ? markedRun(el) : [el];
    // A box's heading over its text labels it ("सार", summary): no words of the standfirst.
    const label = parts.length === 1 ? openingLabel(el) : null;
    // A byline set in the standfirst ("… Deutschland. <span class="author">VON GEORG BLUME")
    // is the author's, read as such, and no words of the lead.
    const skip = (e: Element) =>
      e === label ||
      isLinkItem(e) ||
      (BYLINE_PART.test(e.attribs.class ?? '') && !parts.includes(e));
    const text = apartFromPlace(
      parts.map((part) => cleanText(renderedLine(part, BLOCK, skip))).join(' '),
      el,
    );
    // A picture's description, named so, ends with the picture's credit.
    if (PICTURE_CREDIT_AT_END.test(text)) continue;
    // Teasers named so ("summary") link to other stories: a standfirst is text, not links.
    if (isMostlyLinks(parts, text)) continue;
    if (text.length >= MIN_LEAD_CHARS && text.length <= MAX_LEAD_CHARS) {
      // A box holding a picture's credit is the picture's caption, whatever it is called
      // (`<p class="summary">… <span class="credit">By …</span></p>` under the photo).
      if (parts.some(holdsPictureText)) continue;
      return { element: $(parts), text };
    }
  }
  const heading =
    headline === undefined
      ? null
      : blockUnderHeadline(index, headline, at, SUB_HEADINGS, false, ctx.timezone);
  return heading === null ? null : { element: $(heading.element), text: heading.text };
}

/** A class naming an author's byline (`author`, `c-byline`). */
const BYLINE_PART = /author|byline/i;

/** A class part naming a place stamp: `location-stamp`, `dateline`. */
const PLACE_HINT = /^(?:location|dateline)$/i;

/**
 * A standfirst's text with the place stamp opening it set apart by a dash, where the stamp runs
 * into the first word (`<span class="location-stamp">Hà Nội</span>Ông …`, shown apart by its
 * style): "Hà Nội - Ông …".
 */
function apartFromPlace(text: string, el: Element): string {
  const first = el.children.find((c) => c.type === 'tag' || textOf(c).trim() !== '');
  if (first?.type !== 'tag' || !hasClassPart(first as Element, PLACE_HINT)) return text;
  const place = cleanText(textOf(first));
  const rest = text.slice(place.length);
  return place !== '' && text.startsWith(place) && /^\p{L}/u.test(rest)
    ? `${place} - ${rest}`
    : text;
}

/**
 * Whether a `<p>` is the first of the article's paragraphs, set in their class besides its own
 * ("story__intro story__paragraph" before "story__paragraph"s): the text's opening shown
 * larger, not a standfirst, however its class names it.
 */
function opensItsParagraphs(el: Element): boolean {
  const next = siblingElement(el, 'next');
  const own = (el.attribs.class ?? '').split(' ');
  const its = (next?.attribs.class ?? '').split(' ');
  // Its own class besides theirs: a standfirst of paragraphs classed alike is all of them.
  return (
    el.name === 'p' &&
    next?.name === 'p' &&
    own.some((c) => c && !its.includes(c)) &&
    its.some((c) => c && own.includes(c) && !LEAD_TOKEN.test(c))
  );
}

/** Positions found by a scan of the page's elements before they are all mapped at once. */
const POSITION_SCANS = 32;

/**
 * The document position of elements of the page (-1 for an element not in it). Pages ask for a
 * few (at most 21 on the Zyte set's pages, 3 on average): those are found by scanning the
 * list, and only a page that asks for more gets a map of all its elements, which for a page of
 * thousands of elements costs more than a few scans (and was 3% of the bytes an extraction
 * allocated).
 *
 * @param elements - every element of the page, in document order (each once)
 */
function documentPositions(elements: readonly Element[]): (el: Element) => number {
  let scans = 0;
  let position: Map<Element, number> | undefined;
  return (el) => {
    if (position === undefined && scans < POSITION_SCANS) {
      scans += 1;
      return elements.indexOf(el);
    }
    if (position === undefined) {
      // Set one by one: a pair array per element for the Map constructor was 6% of the bytes
      // a page's extraction allocates.
      position = new Map();
      for (let i = 0; i < elements.length; i++) position.set(elements[i] as Element, i);
    }
    return position.get(el) ?? -1;
  };
}

/** Whether more than half the text of a candidate's parts is the text of links. */
function isMostlyLinks(parts: readonly Element[], text: string): boolean {
  let linked = 0;
  for (const part of parts) {
    for (const d of descendants(part)) {
      // Links hold no links: each one's text is counted once.
      if (d.name === 'a') linked += cleanText(renderedText(d)).length;
    }
  }
  return linked * 2 > text.length;
}

/** Most elements a standfirst written as several paragraphs is read from. */
const MAX_STANDFIRST_PARTS = 5;

/**
 * A marked standfirst with the paragraphs right after it that are marked alike (same element,
 * same class and test hooks): a standfirst written as several paragraphs, each `<p
 * data-test-tag="lead-text">`.
 *
 * @param el - the standfirst element found
 * @returns it and the paragraphs continuing it, in order
 */
function markedRun(el: Element): Element[] {
  const run = [el];
  // Marked by a class or a test hook (an `itemprop` marks one thing each: the next is another).
  if (el.attribs.class === undefined && testHooks(el) === '') return run;
  const marker = markerOf(el);
  for (let next = siblingElement(el, 'next'); next !== null; next = siblingElement(next, 'next')) {
    if (run.length === MAX_STANDFIRST_PARTS || next.name !== el.name) break;
    // A related story's link set in the standfirst's style ends it.
    if (markerOf(next) !== marker || isMostlyLinks([next], cleanText(renderedText(next)))) break;
    run.push(next);
  }
  return run;
}

/** What marks an element as a standfirst's: its class, test hooks and `itemprop`. */
function markerOf(el: Element): string {
  return `${el.attribs.class ?? ''}|${testHooks(el)}|${el.attribs.itemprop ?? ''}`;
}

/**
 * A caption's closing credit in brackets: "… (Photo: UN Photo / ICJ)", "… (Ảnh: TTXVN)", and as
 * the agencies write it, "… (AP Photo/Paramount Pictures, Atsushi Nishijima)", "… (Xinhua/Ding
 * Lei)", "… (Reuters/Jane Doe)".
 */
const PICTURE_CREDIT_AT_END =
  /\((?:(?:photos?|ảnh|fotos?|bild|bilder|images?|pictures?|picture credit|credit)\s*:|\p{Lu}{2,6} (?:photos?|foto)\s*\/|(?:xinhua|reuters|afp|epa|anadolu|yonhap|kyodo|bernama|antara|ttxvn|vna)\s*\/)[^()]{1,160}\)\.?$/iu;

/**
 * Whether a block found below the headline is no standfirst: a caption (marked so, or ending
 * with its picture's credit in brackets), a byline or time line, a date line, or a picture's
 * text.
 */
function isNoStandfirst(ctx: PageContext, found: { element: Element; text: string }): boolean {
  return (
    inCaption(found.element) ||
    PICTURE_CREDIT_AT_END.test(found.text) ||
    BYLINE_OR_TIME.test(found.text) ||
    // A date line, in a script without spaces as long as a sentence ("2025年1月14日 01時28分").
    isShortDateline(found.text, ctx.timezone) ||
    isPictureText(ctx.index, found.text)
  );
}

/**
 * The paragraph (or `<div>` holding its text itself) set right below the headline as a sentence,
 * unmarked, by the rules of a sub-heading there ({@link blockUnderHeadline}). The caller takes
 * it only outside the body: a standfirst set apart from the article's text, not its first
 * paragraph.
 *
 * @param ctx - the page
 * @param shown - the heading the title reader found shown, when the page has one
 * @returns the element and its text, or null
 */
export function findParagraphUnderHeadline(
  ctx: PageContext,
  shown?: Element,
): { element: Cheerio<Element>; text: string } | null {
  const { $, index } = ctx;
  const headline = articleHeadline(index, shown);
  const found = headline === undefined ? null : paragraphUnderHeadline(index, headline);
  // A paragraph beside a picture, or in a box named a caption, is the picture's ("In this Dec.
  // 12, 2006, file photo, …").
  const parent = found?.element.parent;
  if (
    found === null ||
    (parent?.type === 'tag' && holdsPicture(parent as Element)) ||
    isNoStandfirst(ctx, found)
  ) {
    return null;
  }
  return { element: $(found.element), text: found.text };
}

/** {@link blockUnderHeadline} for a `<p>`, or a `<div>` holding its text itself. */
function paragraphUnderHeadline(
  index: PageContext['index'],
  headline: Element,
  passShortLines = false,
): { element: Element; text: string } | null {
  const at = (el: Element) => index.elements.indexOf(el);
  return blockUnderHeadline(index, headline, at, TEXT_BOXES, passShortLines);
}

/**
 * The paragraph right below the headline in the headline's own box (its header, or the article
 * whose other prose sits in a block of its own), by the rules of {@link blockUnderHeadline}: a
 * standfirst set apart by the markup, whatever the class names say. Not when another paragraph
 * of prose shares that box (a post whose paragraphs follow its title: its first paragraph).
 * Read before the body finder removes the headline from the page.
 *
 * @param ctx - the page
 * @param shown - the heading the title reader found shown, when the page has one
 * @returns the element and its text, or null
 */
export function findHeaderStandfirst(
  ctx: PageContext,
  shown?: Element,
): { element: Cheerio<Element>; text: string } | null {
  const { $, index } = ctx;
  const headline = articleHeadline(index, shown);
  if (headline === undefined) return null;
  const at = (el: Element) => index.elements.indexOf(el);
  const found = blockUnderHeadline(index, headline, at, TEXT_BOXES, true);
  if (found === null || isNoStandfirst(ctx, found)) return null;
  const standfirst = { element: $(found.element), text: found.text };
  // Set apart in bold as a line of its own, it is the standfirst wherever the body stands.
  if (isBoldLine(found.element)) return standfirst;
  // Beside a picture outside the headline's box: a caption.
  const parent = found.element.parent;
  const outsideHeadlineBox = parent?.type === 'tag' && !isBelow(headline, parent as Element);
  if (outsideHeadlineBox && holdsPicture(parent as Element)) return null;
  // The <header> that holds the headline never holds the body's prose.
  const header = closest(found.element, HEADER, null);
  if (header !== null && isBelow(headline, header)) return standfirst;
  // The smallest box holding both: no other prose in it, or none beside the paragraph when it
  // stands right in it (an <article> whose body is a block of its own).
  let box = found.element.parent;
  while (box !== null && box.type === 'tag' && !isBelow(headline, box as Element)) box = box.parent;
  if (box === null || box.type !== 'tag') return null;
  // Another block of a sentence's length, or one short sentence, as the standfirst is one.
  const isOtherProse = (c: AnyNode): boolean => {
    if (c === found.element || c.type !== 'tag' || !TEXT_BLOCKS.has(c.name)) return false;
    const text = renderedText(c);
    return countWords(text) >= SENTENCE_WORDS || isShortSentence(cleanText(text));
  };
  if (!descendants(box as Element).some((d) => !isBelow(d, found.element) && isOtherProse(d))) {
    return standfirst;
  }
  if (found.element.parent === box && !(box as Element).children.some(isOtherProse)) {
    return standfirst;
  }
  // A layout table's row of its own, the body in another row (old portals lay out the headline,
  // the date, the standfirst and the body one row each).
  const row = closest(found.element, ROW, box as Element);
  const ownRow =
    row !== null &&
    closest(row, TABLE, null) === closest(headline, TABLE, null) &&
    !descendants(row).some((d) => !isBelow(d, found.element) && isOtherProse(d));
  return ownRow ? standfirst : null;
}

const ROW: ReadonlySet<string> = new Set(['tr']);
const TABLE: ReadonlySet<string> = new Set(['table']);

/**
 * A test for what the readers of the lines below the headline (its byline, its date line) pass
 * over though it is prose: the standfirst and the lead picture's caption, not yet the body's
 * text. That is what the `<header>` holding the headline holds, the standfirsts the lead readers
 * took (`ctx.standfirsts`: the one its class marks, the paragraph {@link findHeaderStandfirst}
 * finds right below the headline in a box of its own; that paragraph alone when they have not
 * read yet), a heading, and a figure's text.
 *
 * @param ctx - the page
 * @param headline - the headline the lines are read below
 * @returns whether an element below the headline is the standfirst's
 */
export function standfirstTest(ctx: PageContext, headline: Element): (el: Element) => boolean {
  const header = closest(headline, HEADER, null);
  const standfirsts = ctx.standfirsts ?? [findHeaderStandfirst(ctx)?.element[0]];
  return (el) =>
    (header !== null && isBelow(el, header)) ||
    standfirsts.some((s) => s !== undefined && (el === s || isBelow(el, s))) ||
    closest(el, HEADING_TAGS, null) !== null ||
    closest(el, FIGURE, null) !== null;
}

/**
 * Whether an element sits in a box right after a button, below the headline's box: the notice
 * the button opens ("スクラップは会員限定です", "記事をマイページに保存し…").
 */
function opensFromButton(el: Element, headline: Element): boolean {
  for (let node: Element | null = el; node !== null && !isBelow(headline, node); ) {
    if (siblingElement(node, 'prev')?.name === 'button') return true;
    node = node.parent?.type === 'tag' ? (node.parent as Element) : null;
  }
  return false;
}
/** A byline or date line of a sentence's length ("Posted by … on November 19, 2019, 6:21 AM"). */
const BYLINE_OR_TIME = new RegExp(String.raw`^(?:posted\s+)?${BY_WORD}\s|\d{1,2}:\d{2}`, 'iu');
/** A paragraph, or a `<div>` holding its text itself. */
const TEXT_BOXES: ReadonlySet<string> = new Set(['p', 'div']);

/** Ancestors looked at for a caption's box. */
const CAPTION_DEPTH = 3;

/**
 * Whether an element sits in a box whose class names a picture's text (`caption-text-block`,
 * `atc-ImageDescription`).
 */
function inCaption(el: Element): boolean {
  let node = el.parent;
  for (let i = 0; i < CAPTION_DEPTH && node !== null && node.type === 'tag'; i++) {
    if (namesPictureText(node as Element)) return true;
    node = node.parent;
  }
  return false;
}

/**
 * The position of the first block of prose after the headline (not inside it, nor a picture's
 * caption), within {@link MAX_SUBTITLE_DISTANCE} elements; infinity when there is none.
 */
function firstProseAfter(elements: readonly Element[], from: number, headline: Element): number {
  const end = Math.min(elements.length, from + 1 + MAX_SUBTITLE_DISTANCE);
  for (let i = from + 1; i < end; i++) {
    const b = elements[i] as Element;
    if (
      TEXT_BLOCKS.has(b.name) &&
      !isBelow(b, headline) &&
      isProse(b) &&
      closest(b, FIGURE, null) === null &&
      !inCaption(b)
    ) {
      return i;
    }
  }
  return Number.POSITIVE_INFINITY;
}

/** Controls that make a box a row of tools: the audio player's, the share and save buttons. */
const CONTROLS: ReadonlySet<string> = new Set(['button', 'audio', 'select']);
/** The most characters a row of tools shows ("Nghe đọc bài ▶ 00:00", "Chia sẻ", "Lưu"). */
const MAX_TOOLS_CHARS = 60;
/** Boxes above an element looked at for a row of tools. */
const TOOLS_ROW_DEPTH = 3;
/** A date in figures: a row holding one is a date line, which no standfirst follows. */
const DATE_IN_FIGURES = /\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?/;

/**
 * Whether an element stands in a row of tools between the headline and the article's text: a
 * box, not holding the headline, that holds a control ({@link CONTROLS}) and shows a few words
 * at most, no date among them.
 */
function inToolsRow(el: Element, headline: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; depth < TOOLS_ROW_DEPTH && node !== null; depth++) {
    if (isBelow(headline, node)) return false;
    const text = shortText(node, MAX_TOOLS_CHARS);
    if (text === null) return false;
    if (
      !DATE_IN_FIGURES.test(text) &&
      (CONTROLS.has(node.name) || descendants(node).some((d) => CONTROLS.has(d.name)))
    ) {
      return true;
    }
    node = node.parent?.type === 'tag' ? (node.parent as Element) : null;
  }
  return false;
}

/** The most characters a byline line between the headline and its sub-heading shows. */
const MAX_BYLINE_LINE_CHARS = 80;
/** The most words after "By" on a byline line of names only ("By Jane Doe and John Roe"). */
const MAX_BYLINE_WORDS = 8;
/** What separates names on a byline line besides the words for "and". */
const NAME_SEPARATORS = /[\s,;&/|·\-–—]+/u;
const BY_WORD_ALONE = new RegExp(`^${BY_WORD}$`, 'u');

/**
 * A capital opening a text. Built once, on first use: a `\p{…}` literal in a function is
 * bundled as a `new RegExp` made at each call, its compiled code taken from a cache that
 * garbage collections empty (esbuild writes `\p{…}` outside a class so for Node 22).
 */
const capitalInitial = onFirstUse(() => fromSource(String.raw`^\p{Lu}`, 'u'));

/**
 * Whether an element is a byline line: links to the authors' pages with nothing between them
 * but separators, "and" and "by" (`<a href="/tac-gia/ngoc-lan.htm">NGỌC LAN</a>`), or "By" and
 * capitalised names only ("By Jane Doe and John Roe"). It shows no text of the article, so no
 * standfirst under it is cut off from the headline. No date, nor any other link.
 */
function isBylineLine(el: Element, headline: Element): boolean {
  if (isBelow(headline, el) || PICTURE.has(el.name)) return false;
  const text = shortText(el, MAX_BYLINE_LINE_CHARS);
  if (text === null || /\d/.test(text)) return false;
  const links = el.name === 'a' ? [el] : descendants(el).filter((d) => d.name === 'a');
  let rest = text;
  for (const link of links) {
    if (!linksAuthor(link)) return false;
    rest = rest.replace(textOf(link), ' ');
  }
  const words = rest.split(NAME_SEPARATORS).filter((word) => word !== '');
  if (links.length > 0) return words.every((word) => isAndWord(word) || BY_WORD_ALONE.test(word));
  const trimmed = text.trim();
  return (
    BYLINE_OPENING.test(trimmed) &&
    words.length > 1 &&
    words.length <= MAX_BYLINE_WORDS + 1 &&
    words.slice(1).every((word) => isAndWord(word) || capitalInitial().test(word))
  );
}

/** Sub-headings that may set a standfirst under the headline. */
const SUB_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);
/** Elements after the headline looked through for a sub-heading standfirst. */
const MAX_HEADING_DISTANCE = 12;
/** Words from which a sub-heading reads as a sentence, not a kicker or a section's title. */
const SENTENCE_WORDS = 12;
/** Words from which a line ending as a sentence does ("… soll früher stattfinden."). */
const SHORT_SENTENCE_WORDS = 8;

/** Whether a line is one short sentence: eight words or more, ending as a sentence does. */
function isShortSentence(text: string): boolean {
  return countWords(text) >= SHORT_SENTENCE_WORDS && SENTENCE_END.test(text);
}

/** Pictures below the headline tried as the byline's portrait, at most. */
const MAX_PORTRAIT_TRIES = 4;
/** Levels above a portrait within which the byline naming its person stands. */
const PORTRAIT_BOX_DEPTH = 3;
/** Characters a byline's box around its portrait shows at most: a name, a label, a date. */
const MAX_PORTRAIT_BOX = 200;

/**
 * Whether a picture is the byline's portrait, not the lead picture: its text alternative (the
 * image's `alt`, the figure's `title`) is a name, and a small box around it shows that name in
 * its text outside the picture and its caption (`<figure title="Nicole Opitz"><img alt="Nicole
 * Opitz"></figure><div>Kommentar von <a>Nicole Opitz</a></div>`).
 */
function isBylinePortrait(el: Element): boolean {
  const picture = closest(el, FIGURE, null) ?? el;
  const img = picture.name === 'img' ? picture : descendants(picture).find((d) => d.name === 'img');
  const name = cleanText(img?.attribs.alt || picture.attribs.title || '');
  const words = countWords(name);
  if (words < 2 || words > 4 || !looksLikeName(name)) return false;
  let box = picture.parent;
  for (let depth = 0; depth < PORTRAIT_BOX_DEPTH && box !== null && box.type === 'tag'; depth++) {
    const text = cleanText(textExcept([box], (e) => e === picture));
    if (text.length > MAX_PORTRAIT_BOX) return false;
    if (text.includes(name)) return true;
    box = box.parent;
  }
  return false;
}

/**
 * The block set right below the headline as a sentence, unmarked (`<h1>…</h1><h2>Bruselas
 * sondea la apertura de centros …</h2>`): the first element after the headline that shows text
 * of its own, when it is one of `tags`, of a sentence's length, not the headline again in other
 * words, named a title (`entry-title`) or another thing's part (`ia-paywall__description`), holds
 * no link, byline, date, picture or heading, and is in no link or figure. With `passShortLines`,
 * lines of fewer than {@link SENTENCE_WORDS} words between them (a date line, a byline, a
 * kicker) are passed over, up to a picture. Given the page's zone, a date line alone between
 * them is passed over (a paper's "05/12/2026 20:15" between the headline and its `<h3>` sapo)
 * when the block then ends as a sentence does: a section title after a date says no sentence.
 */
function blockUnderHeadline(
  index: PageContext['index'],
  headline: Element,
  at: (el: Element) => number,
  tags: ReadonlySet<string>,
  passShortLines = false,
  timezone?: string,
): { element: Element; text: string } | null {
  const from = at(headline);
  const distance = passShortLines ? MAX_LINES_DISTANCE : MAX_HEADING_DISTANCE;
  const end = Math.min(index.elements.length, from + 1 + MAX_SCANNED);
  // Elements without any text (a share bar's icons and their links) do not count.
  let counted = 0;
  // Whether a short line was passed over: only the first line may be one short sentence.
  let passed = false;
  let portraitTries = 0;
  // The byline line passed over, whose parts are passed over with it.
  let byline: Element | null = null;
  // Whether a date line was passed over: the block must then end as a sentence does.
  let dated = false;
  for (let i = from + 1; i < end && counted < distance; i++) {
    const el = index.elements[i] as Element;
    if (isBelow(el, headline)) continue;
    // Read up to its first character: the next element may be the box holding the whole body.
    if (!PICTURE.has(el.name) && trimmedTextFits(el, 0)) continue;
    // A row of tools (the audio player, share and save buttons) shows no text of the article.
    if (inToolsRow(el, headline)) continue;
    // Nor does a byline line between the headline and a sub-heading (short lines are passed
    // over anyway below a headline's paragraph).
    if (!passShortLines) {
      if (byline !== null && isBelow(el, byline)) continue;
      if (isBylineLine(el, headline)) {
        byline = el;
        continue;
      }
    }
    // The byline's portrait is no lead picture (and so are its <figure> and <img>: two tries).
    if (PICTURE.has(el.name) && portraitTries++ < MAX_PORTRAIT_TRIES && isBylinePortrait(el)) {
      continue;
    }
    counted++;
    // Short lines are passed over up to the lead picture, not past it: what follows is the body.
    if (passShortLines && PICTURE.has(el.name)) return null;
    // A <div> counts as a paragraph when it holds its text itself, or in inline elements only
    // (`<div><span>Essen.</span> <span>Drei uralte Städte …</span></div>`); else it is a wrapper.
    // An old portal's bold line of its own counts as a paragraph too (not as a sub-heading).
    const paragraph =
      (tags.has(el.name) && (el.name !== 'div' || holdsTextItself(el))) ||
      (tags === TEXT_BOXES && isBoldLine(el));
    if (paragraph) {
      const text = cleanText(renderedText(el));
      if (text === '') continue;
      const sentence = countWords(text) >= SENTENCE_WORDS || (!passed && isShortSentence(text));
      // A date line, a byline or a kicker of its own between them, when allowed.
      if (passShortLines && !sentence) {
        passed = true;
        continue;
      }
      if (
        !sentence ||
        (dated && !SENTENCE_END.test(text)) ||
        text.length > MAX_LEAD_CHARS ||
        holdsByline(el) ||
        holdsMoreThanText(el) ||
        // A heading holding a link is a teaser's; a standfirst may link a few of its words.
        (passShortLines ? isLinkLine(el, text) : holdsLink(el)) ||
        closest(el, LINK, null) !== null ||
        closest(el, FIGURE, null) !== null ||
        inAsideApart(el, headline) ||
        namesTitle(el) ||
        namesOtherThing(el) ||
        opensFromButton(el, headline) ||
        repeatsHeadline(text, cleanText(renderedText(headline)))
      ) {
        return null;
      }
      return { element: el, text };
    }
    const own = cleanText(ownText(el));
    if (own === '') continue;
    // Not one beside a button: a row of tools dated so is no line of the article's own.
    if (timezone !== undefined && !dated && isShortDateline(own, timezone) && !besideButton(el)) {
      dated = true;
      continue;
    }
    // A date line, a byline or a kicker of its own between them, when allowed.
    if (!passShortLines || countWords(own) >= SENTENCE_WORDS) return null;
    passed = true;
  }
  return null;
}

/** Whether a box holding `el` holds a button too. */
function besideButton(el: Element): boolean {
  const box = el.parent;
  return box?.type === 'tag' && descendants(box as Element).some((d) => d.name === 'button');
}

/** Share of a standfirst's characters in links above which it is a list of links, not prose. */
const MAX_LINKED_SHARE = 0.3;

function holdsLink(el: Element): boolean {
  return descendants(el).some((d) => d.name === 'a');
}

/**
 * Whether an element is a list item that is wholly one link to another page: a standfirst's
 * list ends with one ("What we know so far"), which is no line of its summary.
 */
function isLinkItem(el: Element): boolean {
  if (el.name !== 'li') return false;
  const links = descendants(el).filter((d) => d.name === 'a');
  if (links.length !== 1) return false;
  const link = links[0] as Element;
  const href = link.attribs.href ?? '';
  return (
    href !== '' &&
    !href.startsWith('#') &&
    cleanText(renderedText(link)) === cleanText(renderedText(el))
  );
}

/** Punctuation and spaces a line ends with. */
const LINE_END = /[\s.!?…]+$/u;

/**
 * Whether a block's links make it no standfirst: they show more than {@link MAX_LINKED_SHARE} of
 * its text (a line of links), or its text ends in one of them (a notice's call to action: "… we
 * may earn an affiliate commission. Here's how it works"). A standfirst links words within its
 * prose.
 */
function isLinkLine(el: Element, text: string): boolean {
  const links = descendants(el)
    .filter((d) => d.name === 'a')
    .map((a) => cleanText(renderedText(a)));
  const linked = links.reduce((sum, link) => sum + link.length, 0);
  const last = (links[links.length - 1] ?? '').replace(LINE_END, '');
  return (
    linked > MAX_LINKED_SHARE * text.length ||
    (last !== '' && text.replace(LINE_END, '').endsWith(last))
  );
}

/** Elements that set words within a line of text, and a line break between them. */
const INLINE_OR_BREAK: ReadonlySet<string> = new Set([...INLINE, 'br']);

/** Inline elements an old portal sets a line of its own in, between line breaks. */
const LINE_ELEMENTS: ReadonlySet<string> = new Set(['span', 'b', 'strong', 'font']);

/** Whether a sibling ends a line: a line break, a block, or the box's edge. */
function endsLine(node: AnyNode | null): boolean {
  if (node === null) return true;
  return (
    node.type === 'tag' && ((node as Element).name === 'br' || !INLINE.has((node as Element).name))
  );
}

/**
 * Whether an inline element is a line of its own set wholly in bold, between line breaks or
 * blocks: an old portal's standfirst (`<span class="news_header"><b>Sáng 18/1, …</b></span><div
 * class="news_content">`), where a newer page writes a paragraph.
 */
function isBoldLine(el: Element): boolean {
  if (!LINE_ELEMENTS.has(el.name) || !allBold(el)) return false;
  const sibling = (from: AnyNode | null, next: boolean): AnyNode | null => {
    let n = from;
    while (n !== null && n.type === 'text' && n.data.trim() === '') n = next ? n.next : n.prev;
    return n;
  };
  // Between a break or a block and another, or the box's edge: not alone in its box (a list
  // item's bold text is the item's).
  const before = sibling(el.prev, false);
  const after = sibling(el.next, true);
  if (before === null && after === null) return false;
  return endsLine(before) && endsLine(after);
}

/** Whether an element holds its text itself or in inline elements only: a paragraph. */
function holdsTextItself(el: Element): boolean {
  if (cleanText(ownText(el)) !== '') return true;
  const parts = el.children.filter((c) => c.type === 'tag');
  return parts.length > 0 && parts.every((c) => INLINE_OR_BREAK.has((c as Element).name));
}

/** Elements after the headline looked through when short lines stand between (bylines, dates). */
const MAX_LINES_DISTANCE = 24;
/** Elements after the headline looked at, those without text included. */
const MAX_SCANNED = 400;

const LINK: ReadonlySet<string> = new Set(['a']);

/** Whether an element's class names it an author's, a picture's, a paywall's… part. */
function namesOtherThing(el: Element): boolean {
  return hasClassPart(el, OWNER_PART);
}

/** Whether an element's class or id names it a title (`entry-title`): another headline. */
function namesTitle(el: Element): boolean {
  return hasClassPart(el, TITLE_PART, true);
}

/** How many times the headline's words a sentence restating it runs to, past which it adds to it. */
const RESTATING_SHARE = 1.5;
/** A sentence's end in the scripts of India: a danda ("…तक चलेगा।"). */
const DANDA_END = /[।॥]["'”’)\]]*$/u;

/**
 * Whether most of a line's words are the headline's: the headline shown again, reworded. A
 * sentence that runs well past the headline's words restates and goes on ("संसद का शीतकालीन
 * सत्र 8 दिसंबर से शुरू होकर 23 दिसंबर तक चलेगा।" below "संसद का शीतकालीन सत्र 8 दिसंबर से"):
 * a standfirst, as a reworded headline ends as no sentence does.
 */
function repeatsHeadline(text: string, headline: string): boolean {
  const sentence = SENTENCE_END.test(text) || DANDA_END.test(text);
  if (sentence && countWords(text) > RESTATING_SHARE * countWords(headline)) return false;
  const own = lowerWords(text);
  const headlineWords = new Set(lowerWords(headline));
  return own.filter((w) => headlineWords.has(w)).length >= own.length / 2;
}

/** A figure and its caption: what they describe is the picture (`itemprop="description"`). */
const FIGURE: ReadonlySet<string> = new Set(['figure', 'figcaption']);
const ASIDE: ReadonlySet<string> = new Set(['aside']);

/** Whether an element is in an `<aside>` that does not hold the headline: a notice, a box. */
function inAsideApart(el: Element, headline: Element): boolean {
  const aside = closest(el, ASIDE, null);
  return aside !== null && !isBelow(headline, aside);
}

/**
 * Whether `text` is a picture's caption or alternative text on the page, or ends with a
 * picture's credit in brackets ({@link PICTURE_CREDIT_AT_END}).
 */
export function isPictureText(index: PageIndex, text: string): boolean {
  for (const img of index.byTag('img')) {
    const { alt, title } = img.attribs;
    if (
      (alt !== undefined && cleanText(alt) === text) ||
      (title !== undefined && cleanText(title) === text)
    ) {
      return true;
    }
  }
  if (PICTURE_CREDIT_AT_END.test(text)) return true;
  return index.byTag('figcaption').some((caption) => cleanText(renderedText(caption)) === text);
}

/** At most this many words make a heading a box's label ("Subscribe", "About the author"). */
const BOX_LABEL_WORDS = 3;

/**
 * At most this many words make a heading ending in a colon a box's label ("What you need to
 * know:", "Ce qu'il faut retenir :"): the colon says what follows is what it labels.
 */
const COLON_LABEL_WORDS = 8;

/**
 * The heading of a few words ({@link BOX_LABEL_WORDS}, or {@link COLON_LABEL_WORDS} ending in a
 * colon) that opens a box, with more text after it in the box (a standfirst's "Summary" above
 * the text), else null.
 */
function openingLabel(box: Element): Element | null {
  const first = box.children.find((c) => c.type === 'tag' || textOf(c).trim() !== '');
  if (
    first === undefined ||
    first.type !== 'tag' ||
    !HEADING_TAGS.has((first as Element).name) ||
    siblingElement(first, 'next') === null
  ) {
    return null;
  }
  const text = cleanText(renderedText(first));
  const words = text.split(' ');
  const most = /[:：]$/.test(text) ? COLON_LABEL_WORDS : BOX_LABEL_WORDS;
  return words.length <= most && words[0] !== '' ? (first as Element) : null;
}

/**
 * Whether an element comes right after a heading of its own that labels a box ("Subscribe",
 * "Newsletter"), not the page's headline: it describes that box, as a newsletter sign-up's
 * "description" does.
 */
function underBoxLabel(el: Element, headline: Element | undefined): boolean {
  let prev = el.prev;
  while (prev !== null && prev.type === 'text' && prev.data.trim() === '') prev = prev.prev;
  if (prev === null || prev.type !== 'tag' || prev === headline || !HEADING_TAGS.has(prev.name)) {
    return false;
  }
  const words = cleanText(renderedText(prev))
    .split(' ')
    .filter((w) => w !== '');
  return words.length > 0 && words.length <= BOX_LABEL_WORDS;
}

/** Meta tags that describe the article, in order: Open Graph, HTML, Twitter, Dublin Core. */
const DESCRIPTION_META = [
  'og:description',
  'description',
  'twitter:description',
  'dc.description',
  'dcterms.description',
];

/** The pairs of adjacent words of a text, lower-cased. */
function wordPairs(text: string): Set<string> {
  const words = lowerWords(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

/**
 * Of several descriptions a page declares under one name (its site template's and its
 * article's), the one whose pairs of words the body writes most often; the first on a tie.
 */
function mostAbout(values: readonly string[], bodyPairs: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestShare = -1;
  for (const value of values) {
    const pairs = [...wordPairs(value)];
    const share =
      pairs.length === 0 ? 0 : pairs.filter((p) => bodyPairs.has(p)).length / pairs.length;
    if (share > bestShare) {
      best = value;
      bestShare = share;
    }
  }
  return best;
}

/**
 * The page's descriptions as plain text, each once: JSON-LD `description`, then the
 * {@link DESCRIPTION_META} meta tags.
 *
 * @param ctx - the page
 * @returns the distinct descriptions, in that order
 */
export function pageDescriptions(ctx: PageContext): string[] {
  const values = [
    ...valuesOf(ctx.jsonLd.article, 'description').map(stringOf),
    ...DESCRIPTION_META.map((key) => firstMeta(ctx.meta, key)),
  ];
  const out: string[] = [];
  for (const value of values) {
    const text = metadataText(value);
    if (text !== null && !out.includes(text)) out.push(text);
  }
  return out;
}

/**
 * The post's tags a blog platform appends to its description (Forem's, dev.to: "… Tagged with
 * typescript, zod, webdev."): a list of tags, not the post's summary.
 */
const APPENDED_TAGS = /\s+Tagged with [a-z0-9][\w.+#-]*(?:, [a-z0-9][\w.+#-]*){0,9}\.$/;

/** Words a shown standfirst may open with before the description's: a dateline ("Berlin."). */
const MAX_DATELINE_WORDS = 3;
/** The share of a description's words a standfirst may add after them, the description cut short. */
const CUT_SHORT_SHARE = 0.2;
/** The fewest words of a description looked for on the page. */
const MIN_SHOWN_WORDS = 8;
/** Characters of a description's start that a text node of the standfirst must begin with. */
const PROBE_CHARS = 24;
/** Block elements a standfirst is set in (its words may sit in inline children). */
const STANDFIRST_BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'h2', 'h3', 'section']);
/** Where a description's words are a caption or a teaser's, not the article's standfirst. */
const NOT_STANDFIRST: ReadonlySet<string> = new Set(['figure', 'figcaption', 'a', 'li']);

/** A text's first character that is not white space, lower-cased (none: ''). */
function firstCharacter(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 160) return text.charAt(i).toLowerCase();
  }
  return '';
}

function normalized(text: string): string {
  return lowerVi(cleanText(text));
}

/** The block a text node stands in, unless a caption, link or list item holds it. */
function blockOf(node: AnyNode): Element | null {
  const parent = node.parent;
  if (parent === null || parent.type !== 'tag') return null;
  if (closest(parent as Element, NOT_STANDFIRST, null) !== null) return null;
  return closest(parent as Element, STANDFIRST_BLOCKS, null);
}

/**
 * The standfirst a page shows without marking it: the block that shows one of the page's
 * descriptions word for word, after a dateline at most (`<div><span>Berlin.</span> <span>Die
 * Ex-Außenministerin tritt heute …</span></div>`), outside captions, links and lists. The caller
 * takes it only outside the body: a description that is the body's first paragraph stays there.
 *
 * @param ctx - the page
 * @param descriptions - the descriptions to look for (`pageDescriptions`, less a site's slogan)
 * @param texts - the page's {@link openingTexts}
 * @returns the element, its text and the description it shows, or null
 */
export function findShownDescription(
  ctx: PageContext,
  descriptions: readonly string[],
  texts = openingTexts(ctx),
): { element: Cheerio<Element>; text: string; description: string } | null {
  const wanted = descriptions
    .map((text) => ({ text, words: lowerWords(text) }))
    .filter((d) => d.words.length >= MIN_SHOWN_WORDS && !/(?:\.\.\.|…)$/.test(d.text));
  for (const { block, candidates } of blocksOpeningLike(ctx, wanted, texts)) {
    if (isOutsideArticle(block)) continue;
    const text = cleanText(renderedText(block));
    if (text.length > MAX_LEAD_CHARS) continue;
    const shown = lowerWords(text);
    const match = candidates.find(({ words: described }) => {
      const extra = shown.length - described.length;
      if (extra < 0) return false;
      if (extra <= MAX_DATELINE_WORDS && shown.slice(extra).join(' ') === described.join(' ')) {
        return true;
      }
      // A description cut short of the standfirst's last words ("…, bắt giữ 12 đối tượng." of
      // "…, bắt giữ 12 đối tượng liên quan."): the block opens with it, and adds a few words.
      return (
        extra <= described.length * CUT_SHORT_SHARE &&
        shown.slice(0, described.length).join(' ') === described.join(' ')
      );
    });
    if (match !== undefined) return { element: ctx.$(block), text, description: match.text };
  }
  return null;
}

/** A description and its words, lower case. */
interface Described {
  readonly text: string;
  readonly words: readonly string[];
}

/**
 * A text node a description may open, its element's place in the page's index, and its first
 * character that is not white space, lower-cased (none: '').
 */
interface OpeningText {
  readonly node: Text;
  readonly at: number;
  readonly first: string;
}

/** The page's {@link OpeningText}s of the elements before `end` in its index (and maybe more). */
export type OpeningTexts = (end: number) => readonly OpeningText[];

/**
 * The page's text nodes long enough to open like a description, outside scripts, styles and
 * the head, in page order, listed as far as a look needs them: the page's descriptions are
 * each looked for on it, and a walk over every element's children costs more than the look.
 * The list holds only while the page is not edited.
 *
 * @param ctx - the page
 * @returns the list, made as far as asked
 */
export function openingTexts(ctx: PageContext): OpeningTexts {
  const texts: OpeningText[] = [];
  let listed = 0;
  return (end) => {
    const { elements } = ctx.index;
    for (; listed < end; listed++) {
      const el = elements[listed] as Element;
      if (el.name === 'script' || el.name === 'style' || el.name === 'head') continue;
      // Indexed: a `for … of` over an array allocates an iterator per element.
      const { children } = el;
      for (let c = 0; c < children.length; c++) {
        const child = children[c] as AnyNode;
        if (child.type === 'text' && child.data.length >= PROBE_CHARS / 2) {
          texts.push({ node: child, at: listed, first: firstCharacter(child.data) });
        }
      }
    }
    return texts;
  };
}

/**
 * The blocks (once each) holding a text node that opens as one of the descriptions does (its
 * first {@link PROBE_CHARS} characters), with the descriptions it opens like.
 */
function* blocksOpeningLike(
  ctx: PageContext,
  wanted: readonly Described[],
  texts: OpeningTexts,
  end = ctx.index.elements.length,
): Generator<{ block: Element; candidates: readonly Described[] }> {
  if (wanted.length === 0) return;
  const probes = wanted.map((d) => normalized(d.text).slice(0, PROBE_CHARS));
  // Most text nodes start with another letter than every description: one look rules them out.
  const firsts = new Set(probes.map((probe) => probe.charAt(0)));
  // A block is compared once, however many of its text nodes start like a description.
  const judged = new Set<Element>();
  const list = texts(end);
  for (let t = 0; t < list.length; t++) {
    const { node, at, first } = list[t] as OpeningText;
    if (at >= end) break;
    if (!firsts.has(first)) continue;
    const start = normalized(node.data.slice(0, PROBE_CHARS * 2));
    // Descriptions may open alike (a caption and the standfirst): each is compared.
    const candidates = wanted.filter((_, i) => start.startsWith(probes[i] as string));
    if (candidates.length === 0) continue;
    const block = blockOf(node);
    if (block === null || judged.has(block)) continue;
    judged.add(block);
    yield { block, candidates };
  }
}

/** Share of a description's words the site's tagline shows, in other words or not. */
const TAGLINE_OVERLAP = 0.75;

/**
 * Whether a description is the site's tagline: the page shows it, in about its words, above
 * the headline in the block right after the one naming the site (a blog's header: "Android
 * Developers Blog", then "The latest Android and Google Play news for app and game
 * developers."), so it describes the site on every page, not this article.
 *
 * @param ctx - the page
 * @param site - the site's identity
 * @param description - a description of the page
 * @param headline - the element the title was read from, when it is on the page: the tagline
 *   stands above it (when it is not, the whole page is searched)
 * @param texts - the page's {@link openingTexts}
 * @returns true when it is the tagline shown under the site's name
 */
export function isSiteTagline(
  ctx: PageContext,
  site: SiteIdentity,
  description: string,
  headline: Element | null,
  texts = openingTexts(ctx),
): boolean {
  const words = lowerWords(description);
  if (words.length < MIN_TAGLINE_WORDS) return false;
  const described = new Set(words);
  const at = headline === null ? -1 : ctx.index.elements.indexOf(headline);
  const end = at < 0 ? ctx.index.elements.length : at;
  for (const { block } of blocksOpeningLike(ctx, [{ text: description, words }], texts, end)) {
    let before = block.prev;
    while (before !== null && before.type !== 'tag') before = before.prev;
    // A site's name is short: a longer block is not read whole.
    const name = before === null ? null : shortText(before as Element, MAX_SITE_NAME_CHARS);
    if (name === null || !isSiteName(name, site)) continue;
    const shown = lowerWords(textOf(block));
    const shared = shown.filter((w) => described.has(w)).length;
    if (shared >= Math.max(shown.length, words.length) * TAGLINE_OVERLAP) return true;
  }
  return false;
}

/** The longest text read as the site's name above a tagline. */
const MAX_SITE_NAME_CHARS = 120;

/** The fewest words of a description read as a tagline: a slogan of a word or two is no sentence. */
const MIN_TAGLINE_WORDS = 4;

/**
 * What leaves the body with a standfirst found in it: the standfirst, or, when it is an inline
 * element (`<strong data-cy="intro">`) whose block holds besides it only a dateline of at most
 * {@link MAX_DATELINE_WORDS} words (`<p><em>Neuss</em> · <strong>…</strong></p>`), the whole
 * block: the dateline left alone would open the body.
 *
 * @param standfirst - the standfirst element
 * @returns the element to remove
 */
export function standfirstBlock(standfirst: Element): Element {
  const block = standfirst.parent;
  if (!INLINE.has(standfirst.name) || block === null || block.type !== 'tag') return standfirst;
  if (block.name !== 'p' && block.name !== 'div') return standfirst;
  const blockText = textOf(block);
  const own = textOf(standfirst);
  if (blockText.length - own.length > MAX_DATELINE_CHARS) return standfirst;
  const others = lowerWords(blockText.replace(own, ' '));
  return others.length <= MAX_DATELINE_WORDS ? block : standfirst;
}

/** Longest text a dateline before an inline standfirst may have (three words and marks). */
const MAX_DATELINE_CHARS = 60;

/** Paragraphs of the body's opening that the description is compared with. */
const OPENING_PARAGRAPHS = 3;

/**
 * The first `count` paragraphs of a body text: `text.split('\n\n').slice(0, count)` without
 * splitting the rest of the body.
 *
 * @param text - the body text, paragraphs separated by a blank line
 * @param count - how many paragraphs to take
 * @returns at most `count` paragraphs, the last one running to the end when the body is shorter
 */
export function firstParagraphs(text: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < count) {
    const at = text.indexOf('\n\n', from);
    if (at < 0) {
      out.push(from === 0 ? text : text.slice(from));
      break;
    }
    out.push(text.slice(from, at));
    from = at + 2;
  }
  return out;
}

/**
 * The words of the body's opening paragraphs, each read once when first asked for (the
 * whole-paragraph test and the overlap test look at the same paragraphs).
 */
class OpeningWords {
  private readonly read: (string[] | undefined)[] = [];

  constructor(readonly paragraphs: readonly string[]) {}

  of(index: number): string[] {
    let list = this.read[index];
    if (list === undefined) {
      list = lowerMeasuredWords(this.paragraphs[index] ?? '');
      this.read[index] = list;
    }
    return list;
  }

  /** The words of all the paragraphs, in order (as `lowerMeasuredWords` of them joined by a space). */
  all(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.paragraphs.length; i++) for (const w of this.of(i)) out.push(w);
    return out;
  }
}

/**
 * Share of the description's word trigrams that the body's opening also has: an excerpt copies
 * runs of words, a standfirst only shares the topic's words. Each of the description's
 * trigrams counts, repeated ones each time; 1 for a description of fewer than three words.
 *
 * Words are numbered, and a trigram is a number (no string per trigram of the opening): only
 * the description's words can make a shared trigram, so the opening's trigrams with another
 * word are skipped, and with at most as many numbers as the description has words, a trigram's
 * number stays an exact integer.
 *
 * @param described - the description's words
 * @param opening - the words of the body's opening paragraphs, in order
 * @returns the share, from 0 to 1
 */
export function overlapWithOpening(
  described: readonly string[],
  opening: readonly string[],
): number {
  const probes = described.length - 2;
  if (probes <= 0) return 1;
  const ids = new Map<string, number>();
  for (const word of described) if (!ids.has(word)) ids.set(word, ids.size);
  const base = ids.size;
  const trigramAt = (list: readonly string[], i: number): number => {
    const a = ids.get(list[i] as string);
    const b = ids.get(list[i + 1] as string);
    const c = ids.get(list[i + 2] as string);
    return a === undefined || b === undefined || c === undefined ? -1 : (a * base + b) * base + c;
  };
  const shown = new Set<number>();
  for (let i = 0; i + 2 < opening.length; i++) shown.add(trigramAt(opening, i));
  let shared = 0;
  for (let i = 0; i < probes; i++) if (shown.has(trigramAt(described, i))) shared++;
  return shared / probes;
}

/** Longest paragraph read as a kicker or headline line above the article's first paragraph. */
const MAX_KICKER_CHARS = 120;
/**
 * A paragraph that closes a sentence with a full stop: prose, however short (sixty characters
 * of Japanese are a whole sentence), never a kicker or a headline's line.
 */
const ENDS_SENTENCE = /(?:\p{Ll}{2}\.|[。．])["'”’」』)）]?$/u;

/**
 * Whether the description (its words, `described`) is, word for word, the body's first
 * paragraph of prose (after a dateline of at most {@link MAX_DATELINE_WORDS} words run into it):
 * the first paragraph, or one that only short kicker or headline lines come before.
 */
function isOpeningParagraph(described: readonly string[], opening: OpeningWords): boolean {
  const wanted = described.join(' ');
  const { paragraphs } = opening;
  for (let i = 0; i < paragraphs.length; i++) {
    const shown = opening.of(i);
    if (shown.join(' ') === wanted) return true;
    // After a dateline run into it: "Neuss · <description>".
    const extra = shown.length - described.length;
    if (extra > 0 && extra <= MAX_DATELINE_WORDS && shown.slice(extra).join(' ') === wanted) {
      return true;
    }
    const paragraph = paragraphs[i] as string;
    if (paragraph.length > MAX_KICKER_CHARS || ENDS_SENTENCE.test(paragraph)) return false;
  }
  return false;
}

/** A text cut short: it ends with an ellipsis. */
const CUT_SHORT = /(?:\.\.\.|…)$/;
/** The fewest characters of a cut description that find the text it was cut from. */
const MIN_CUT_CHARS = 60;
/** Elements that show a standfirst whole where the description cut it (a caption, a paragraph). */
const WHOLE_TEXT_TAGS = ['figcaption', 'p', 'h2'] as const;

/**
 * The text the page shows whole, apart from the body, that a description cut short begins (El
 * Mostrador's description "… reciba el borrador de la nueva Carta Magna aprobado..." shown whole
 * as the lead picture's caption), or the description as it is when no element shows it: a cut
 * copy of the body's opening is an excerpt, and stays one.
 */
function shownWhole(index: PageIndex, cut: string, contentText: string): string {
  const start = cut.replace(CUT_SHORT, '').trimEnd();
  if (start.length < MIN_CUT_CHARS) return cut;
  for (const tag of WHOLE_TEXT_TAGS) {
    for (const el of index.byTag(tag)) {
      const text = cleanText(renderedText(el));
      if (text.length > start.length && text.length <= MAX_LEAD_CHARS && text.startsWith(start)) {
        return contentText.replace(/\s+/g, ' ').includes(text) ? cut : text;
      }
    }
  }
  return cut;
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
 * @param isNoSummary - whether a description says nothing of the article (the site's slogan
 *   on every page, the headline again): no lead
 * @param trim - the description without what is no summary at its end (the site's name)
 * @returns the lead and its source, or null
 */
export function leadFromDescription(
  ctx: PageContext,
  contentText: string,
  isNoSummary: (description: string) => boolean = () => false,
  trim: (description: string) => string = (description) => description,
): { text: string; source: string } | null {
  const ld = valuesOf(ctx.jsonLd.article, 'description')
    .map(stringOf)
    .find((v) => v);
  let bodyPairs: Set<string> | undefined;
  const declared = [
    ...(ld ? [{ value: ld, source: 'json-ld description' }] : []),
    ...DESCRIPTION_META.flatMap((key) => {
      const values = [
        ...new Set(
          ctx.meta
            .get(key)
            ?.map((v) => v.trim())
            .filter((v) => v),
        ),
      ];
      if (values.length > 1) bodyPairs ??= wordPairs(contentText);
      const value = values.length > 1 ? mostAbout(values, bodyPairs ?? new Set()) : values[0];
      return value === undefined ? [] : [{ value, source: `meta ${key}` }];
    }),
  ];
  // The first one the page declares; but when it repeats a picture's caption (some CMSs fill
  // the article's description from its lead picture) and another description does not, that one.
  const first = declared[0];
  let raw = first === undefined ? null : metadataText(first.value);
  let source = first?.source ?? '';
  if (raw !== null && isPictureText(ctx.index, raw)) {
    for (const candidate of declared.slice(1)) {
      const text = metadataText(candidate.value);
      if (text === null || text === raw || isPictureText(ctx.index, text)) continue;
      raw = text;
      source = candidate.source;
      break;
    }
  }
  if (raw !== null) raw = trim(raw).replace(APPENDED_TAGS, '');
  if (raw !== null && CUT_SHORT.test(raw)) raw = shownWhole(ctx.index, raw, contentText);
  if (raw === null || raw.length < MIN_LEAD_CHARS || raw.length > MAX_LEAD_CHARS) return null;
  if (CUT_SHORT.test(raw) || isNoSummary(raw)) return null;
  const described = lowerMeasuredWords(raw);
  const opening = new OpeningWords(firstParagraphs(contentText, OPENING_PARAGRAPHS));
  const isSummary = (words: readonly string[]) =>
    overlapWithOpening(words, opening.all()) < EXCERPT_OVERLAP &&
    !(ctx.siteName !== null && words.join(' ') === lowerWords(ctx.siteName).join(' '));
  if (isOpeningParagraph(described, opening)) {
    const apart = summaryApart(ctx, declared, raw, contentText, isSummary, (text) =>
      isNoSummary(text) ? null : trim(text).replace(APPENDED_TAGS, ''),
    );
    if (apart !== null) return apart;
    return { text: raw, source: `${source}, the body's whole first paragraph` };
  }
  return isSummary(described) ? { text: raw, source } : null;
}

/**
 * Beside a description copying the body's first paragraph, another the page declares that is a
 * summary of its own (no excerpt of the body, whole, no picture's caption): a standfirst
 * written apart from the text says what its copied opening does not (a news site's Open Graph
 * tag filled from the first paragraph, its HTML `description` the editor's summary). A
 * description copying a paragraph further down is a quote, no summary.
 */
function summaryApart(
  ctx: PageContext,
  declared: readonly { value: string; source: string }[],
  copy: string,
  contentText: string,
  isSummary: (words: readonly string[]) => boolean,
  summaryOf: (description: string) => string | null,
): { text: string; source: string } | null {
  let body: string[] | undefined;
  for (const { value, source } of declared) {
    const plain = metadataText(value);
    const text = plain === null ? null : summaryOf(plain);
    if (text === null || text === copy || text.length < MIN_LEAD_CHARS) continue;
    if (text.length > MAX_LEAD_CHARS || CUT_SHORT.test(text)) continue;
    const words = lowerMeasuredWords(text);
    if (isPictureText(ctx.index, text) || !isSummary(words)) continue;
    body ??= lowerMeasuredWords(contentText);
    if (overlapWithOpening(words, body) < EXCERPT_OVERLAP) return { text, source };
  }
  return null;
}

/** A subtitle framed by wave dashes or bars, as Japanese pages set it: "～…～", "―…―", "～…". */
const FRAMED = /^[～〜―]\s*(.+?)\s*[～〜―]?$/su;

/**
 * The lead without the wave dashes or bars that frame a subtitle ("～2月25日に新曲披露～" →
 * "2月25日に新曲披露"): typography around the words, no part of them.
 */
export function withoutFramingMarks(lead: string | null): string | null {
  if (lead === null) return null;
  return FRAMED.exec(lead)?.[1] ?? lead;
}
