/**
 * Removes boilerplate from inside the chosen container, in place: comments, hidden and
 * non-content elements, share bars, ads, newsletter and comment boxes (by class/id),
 * related-links blocks (by their heading text), and link- or form-heavy blocks
 * (Readability's "clean conditionally").
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { boxesWithButtons, isConsentBanner } from '../error-page.ts';
import { onFirstUse } from '../first-use.ts';
import { fromSource } from '../from-source.ts';
import { labelledAsByline, testHooks } from '../metadata-hints.ts';
import { allBold } from '../opening-block.ts';
import { ANY_LETTER_OR_DIGIT, countWords, hasLetterOrDigit, PROSE_WORDS } from '../text.ts';
import { BY_WORD } from '../trailing-byline.ts';
import { CAPTION_HINTS, markCaptionBeforeCredit } from './captions.ts';
import { cleanConditionally } from './conditional.ts';
import { openDisclosures } from './disclosures.ts';
import {
  classAndId,
  classWords,
  descendants,
  detach,
  edgeText,
  HEADING_TAGS,
  isBelow,
  isElement,
  isSectionH1,
  PICTURE_FILE,
  replaceAll,
  shownParts,
  siblingElement,
  squash,
  textExcept,
  textOf,
} from './dom.ts';
import {
  ARTICLE_TOOL,
  furnitureLabel,
  isBreadcrumbTrail,
  isShareList,
  isSubscriberCall,
  isVisitCounter,
} from './labels.ts';
import { removeMatchFurniture } from './match-report.ts';
import { PLAYERS, postLinkOf } from './media.ts';
import { BOILERPLATE, holdsEmbeddedPost, isVideoEmbed, KEEP, someNear } from './patterns.ts';
import {
  callToActionCards,
  closingCallToAction,
  isPaywallBox,
  newsletterBoxes,
  removeClosingLines,
  removeFromPaywall,
  removeLinkParagraphs,
  removeQuizTeasers,
  removeTrailingPromos,
} from './promo.ts';
import { removePullQuotes } from './pull-quotes.ts';
import { removeClosingAuthorBox, removeRelatedBlocks } from './related.ts';
import type { Remove } from './removal.ts';
import { isSkipped, isSubheadingBox, skipReason } from './score.ts';
import { ShortTexts, shortText } from './short-text.ts';
import { teaserGridCards } from './teaser-cards.ts';
import { tablesOfContents } from './toc.ts';

const GALLERY = /gallery|slideshow|carousel|slider/;

/**
 * A slideshow's counter, whatever the class names say: "Image 1 of 8", "1 / 8", "Bild 1 von 8",
 * "Foto 1 di 8".
 */
const SLIDE_COUNTER =
  /^(?:(?:image|photo|picture|slide|bild|foto|imagen|immagine|ảnh|hình)\s+)?(\d{1,3})\s*(?:of|\/|von|de|di|sur|van|av|af|z|из)\s*(\d{1,3})$/iu;
/** Characters a slide counter shows at most. */
const MAX_COUNTER = 24;

/** Options of the boilerplate cleaner. */
export interface CleanOptions {
  /** Remove blocks whose class/id says "not the article" (as the scorer skipped them). */
  readonly stripUnlikely: boolean;
  /** Elements never removed: the best-scored block and its ancestors inside the container. */
  readonly protect: ReadonlySet<Element>;
  /**
   * The block holding most of the body's text (and the blocks holding most of that): no
   * class or id name removes them, whatever it says.
   */
  readonly body: ReadonlySet<Element>;
  /** Lower-cased headline texts of the page: a block repeating one is the title, not body. */
  readonly headlines: ReadonlySet<string>;
  /** Detaches an element, telling the trace why. */
  readonly remove: Remove;
}

/**
 * Cleans `container` in place.
 *
 * @param container - The article container.
 * @param options - What else to remove.
 */
export function removeBoilerplate(container: Element, options: CleanOptions): void {
  const { protect, body } = options;
  const texts = new ShortTexts();
  const remove = forgettingTexts(texts, options.remove);
  // Read before any other removal takes its link, a paragraph that is a link alone.
  const callToAction = closingCallToAction(container);
  if (callToAction !== null && !protect.has(callToAction) && !body.has(callToAction)) {
    remove(callToAction, 'call-to-action box closing the body');
  }
  for (const card of callToActionCards(container)) {
    if (!protect.has(card) && !body.has(card)) remove(card, 'call-to-action card');
  }
  // Before the walk removes the headline the scoreboard stands above.
  removeMatchFurniture(container, remove, protect);
  for (const part of openingSummary(container)) {
    if (!protect.has(part)) remove(part, 'summary bullets opening the body');
  }
  // The readers that look at every element before the walk share one list of them; walked
  // again only when an empty slideshow went (most pages have none).
  let elements = descendants(container);
  let removedSlideshow = false;
  for (const box of labelledEmptySlideshows(elements, container)) {
    if (protect.has(box) || body.has(box)) continue;
    remove(box, 'empty slideshow and its label');
    removedSlideshow = true;
  }
  if (removedSlideshow) elements = descendants(container);
  const folded = new Set([...options.headlines].map(foldHeadline).filter((f) => f !== ''));
  openDisclosures(elements);
  const cleaning: Cleaning = {
    ...options,
    remove,
    texts,
    headlineLengths: headlineLengths(options.headlines),
    foldedHeadlines: folded,
    foldedFirsts: new Set([...folded].map((f) => f.charAt(0))),
    shortestFolded: Math.min(...[...folded].map((f) => f.length)),
    slideshows: slideshowsByCounter(container, elements, options, texts),
    signInBoxes: new Map([
      ...signInBoxes(container, elements, options, texts),
      ...newsletterBoxes(container, elements, texts),
    ]),
    sectionLabels: sectionLabels(elements, texts),
    // Read before the removals below: they only take nodes away.
    buttonBoxes: boxesWithButtons(elements, container),
  };
  // Read before the walk removes their buttons; removed after every other judgment, so that
  // the blocks around them are judged with them in (a share bar in furniture goes with it).
  const shareLists = elements.filter(isShareList);
  for (const toc of tablesOfContents(container, elements, protect, texts)) {
    for (const el of toc) remove(el, 'table of contents');
  }
  for (const trail of elements.filter(isBreadcrumbTrail)) {
    if (!protect.has(trail)) remove(trail, 'breadcrumb trail');
  }
  for (const list of elements) {
    if ((list.name === 'ul' || list.name === 'ol') && isListNamingThisStory(list, cleaning)) {
      remove(seriesBox(list, container, cleaning), 'a list of other stories naming this one');
    }
  }
  for (const kicker of kickersAboveHeadline(container, elements, cleaning)) {
    remove(kicker, 'kicker above the headline');
  }
  const later = new Map<AnyNode, readonly AnyNode[]>();
  removeNonContent(container, cleaning, container.name === 'table', later);
  replaceAll(later);
  removeRelatedBlocks(container, protect, remove, texts);
  removeLinkParagraphs(container, remove, texts);
  removeQuizTeasers(container, remove);
  removeFromPaywall(container, remove, texts);
  // After the notice ends the body there, with the box holding it: the boxes left say less.
  for (const box of descendants(container)) {
    // A box in one removed already went with it. A teaser's box may hold most of the text:
    // its class and its call are enough below the scored block.
    if (!protect.has(box) && isPaywallBox(box, texts) && isBelow(box, container)) {
      remove(box, "paywall's box");
    }
  }
  removeTrailingPromos(container, remove, texts);
  // Read whole before link-heavy cards go one by one; the cards whose summary outweighed their
  // headline go after, the boxes around them judged as before.
  const cards = teaserGridCards(container);
  cleanConditionally(container, protect, body, remove);
  for (const card of cards) {
    if (card.some((part) => protect.has(part) || body.has(part))) continue;
    for (const part of card) if (isBelow(part, container)) remove(part, 'teaser grid card');
  }
  removeClosingAuthorBox(container, protect, remove, texts);
  removeClosingLines(container, remove);
  removePullQuotes(container, remove, texts);
  for (const list of shareLists) {
    if (isBelow(list, container) && !protect.has(list)) remove(list, 'share bar');
  }
}

/**
 * The label over summary bullets: "Key points", "Key takeaways", "Lo más importante", "Das
 * Wichtigste in Kürze", "Résumé", "L'essentiel", "In sintesi", "Em resumo", "सार" and their kin.
 */
const SUMMARY_LABEL = onFirstUse(
  () =>
    /^(?:key\s(?:points|takeaways|facts)|at\sa\sglance|in\s(?:brief|short)|lo\s(?:más\s)?(?:importante|esencial)|claves|en\s(?:resumen|síntesis|breve)|das\swichtigste(?:\sin\skürze)?|auf\seinen\sblick|in\skürze|résumé|l['’]essentiel|en\sbref|in\s(?:sintesi|breve)|i\spunti\schiave|em\sresumo|resumo|pontos-chave|samenvatting|in\shet\skort|w\sskrócie|najważniejsze|tóm\stắt|ringkasan|poin\spenting|सार)\s*[:：]?$/iu,
);

/**
 * The summary bullets opening the body: a label ({@link SUMMARY_LABEL}) holding the body's first
 * text, then a list, with their box when they are all it holds. The article's points in brief
 * are no text of it (the benchmark's truth leaves CNBC's "Key Points" out of body and lead); the
 * standfirst stays the lead. Elsewhere in the body such a box stays (a "Summary" a guide's
 * section ends with). Read again once a date line or byline opening the body has gone.
 */
export function openingSummary(container: Element): Element[] {
  const first = edgeText(container, 'first');
  let label = first?.parent ?? null;
  if (label === null || !isElement(label) || label === container) return [];
  const text = squash(textOf(label));
  if (!SUMMARY_LABEL().test(text)) return [];
  for (let up = label.parent; up !== null && up !== container && isElement(up); up = up.parent) {
    if (squash(textOf(up)) !== text) break;
    label = up;
  }
  const list = siblingElement(label, 'next');
  if (list === null || (list.name !== 'ul' && list.name !== 'ol')) return [];
  const box = label.parent;
  if (box === null || box === container || !isElement(box)) return [label, list];
  return box.children.filter((c) => squash(textOf(c)) !== '').length === 2 ? [box] : [label, list];
}

/** The most characters of a slideshow's label ("图集", "Fotogalerie", "Photo gallery"). */
const MAX_SLIDESHOW_LABEL = 20;

/**
 * The boxes that hold a slideshow a script fills, no picture or text in it yet (Swiper's
 * `swiper-wrapper` empty), and besides it only a short label: "图集", "Fotogalerie". The label
 * names pictures the page never shows; it is no text of the article.
 */
function labelledEmptySlideshows(elements: readonly Element[], container: Element): Element[] {
  const boxes: Element[] = [];
  for (const el of elements) {
    const box = el.parent;
    const words = classWords(el);
    if (!GALLERY.test(words) && !words.includes('swiper')) continue;
    if (box === null || box === container || !isElement(box) || squash(textOf(el)) !== '') continue;
    const label = squash(textOf(box));
    if (label === '' || label.length > MAX_SLIDESHOW_LABEL || boxes.includes(box)) continue;
    if (!descendants(box).some((d) => MEDIA.has(d.name))) boxes.push(box);
  }
  return boxes;
}

/** Elements that show a picture or a film (a slider's arrows drawn in SVG show none). */
const MEDIA: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'iframe']);

/**
 * Removes the paragraphs that are lines of furniture by what they say — a related label and its
 * links, the rights, tip and credit lines closing the body — as
 * {@link removeBoilerplate} does: for paragraphs that came to be after it (a body's text between
 * `<br>`s split into `<p>`s).
 *
 * @param container - the body
 * @param remove - how to remove a block
 */
export function removeParagraphLines(container: Element, remove: Remove): void {
  removeLinkParagraphs(container, remove, new ShortTexts(), false);
  removeClosingLines(container, remove);
}

/** The fewest items of a list of stories that names this one among them. */
const MIN_SERIES_ITEMS = 3;
/** The longest label of a series' list in its box ("Serienelemente", "Cùng chuyên đề"). */
const MAX_SERIES_LABEL = 40;

/**
 * Whether a list is one of the site's stories that names this one, unlinked, among links to
 * the others (a series' parts, a topic's stories: haufe.de's "Serienelemente" above the text):
 * three items or more, every item but one a link, and that one the headline.
 */
function isListNamingThisStory(list: Element, options: Cleaning): boolean {
  if (options.protect.has(list) || options.body.has(list)) return false;
  let items = 0;
  let named = 0;
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li') continue;
    items++;
    if (descendants(item).some((d) => d.name === 'a')) continue;
    const text = options.texts.of(item, SHORT_TEXT);
    if (!isHeadline(text, options.headlines, options.headlineLengths)) return false;
    named++;
  }
  return items >= MIN_SERIES_ITEMS && named === 1;
}

/** A series' list with its box, when the box shows nothing else but a short label. */
function seriesBox(list: Element, container: Element, options: Cleaning): Element {
  const box = list.parent;
  if (box === null || box === container || !isElement(box) || options.protect.has(box)) {
    return list;
  }
  let label = '';
  for (const child of box.children) {
    if (child === list) continue;
    if (child.type === 'text') label += child.data;
    else if (isElement(child)) {
      if (child.name === 'a' || descendants(child).some((d) => d.name === 'a')) return list;
      const text = options.texts.of(child, MAX_SERIES_LABEL);
      if (text === null) return list;
      label += ` ${text}`;
    }
  }
  return label.trim().length <= MAX_SERIES_LABEL ? box : list;
}

/** The most words of a kicker: "MIXED FEELINGS", "Spoiler!", "Sister Act". */
const MAX_KICKER_WORDS = 4;
/** The most words of a label ending in a colon above the headline ("Das ist ein Artikel vom Top-Thema:"). */
const MAX_LABEL_WORDS = 8;

/**
 * The kickers set right before the body's heading that repeats the title, among its siblings (a
 * section label, a flag: `<header><h3>MIXED FEELINGS</h3><span>12.22.14</span><h1>…</h1>`), and
 * before the boxes the headline opens (`<div><h4>Topic:</h4><div></div></div><article><h1>`):
 * short texts of words alone, or labels ending in a colon, which leave with the headline (a
 * label there heads what the page did not show: the headline follows it). A date or a byline
 * there stays, and the search goes on past it; a sentence or a picture ends it.
 */
function kickersAboveHeadline(
  container: Element,
  elements: readonly Element[],
  options: Cleaning,
): Element[] {
  const kickers: Element[] = [];
  for (const heading of elements) {
    // Any heading level: a portal may write its news item's headline as an `<h2>`; below `<h1>`,
    // not a teaser card's linked headline that names this story too (a "Trending" box's).
    if (!HEADING_TAGS.has(heading.name)) continue;
    if (heading.name !== 'h1' && isTeaserHeadline(heading)) continue;
    const text = options.texts.of(heading, SHORT_TEXT);
    if (!isHeadline(text, options.headlines, options.headlineLengths)) continue;
    let opened: Element = heading;
    for (let node = heading.prev; ; node = node.prev) {
      if (node === null) {
        // The headline opens its box: what stands before the box is above the headline too.
        const box = opened.parent;
        if (box === null || box === container || !isElement(box)) break;
        opened = box;
        node = box;
        continue;
      }
      if (!isElement(node)) {
        if (node.type === 'text' && node.data.trim() !== '') break;
        continue;
      }
      const kind = headerPart(node, options);
      if (kind === 'kicker') kickers.push(node);
      else if (kind === null) break;
    }
  }
  return kickers;
}

/** Whether a heading is a teaser's: it holds or sits in a link, or sits in a list item. */
function isTeaserHeadline(heading: Element): boolean {
  if (descendants(heading).some((d) => d.name === 'a')) return true;
  for (let up = heading.parent; up !== null && isElement(up); up = up.parent) {
    if (up.name === 'a' || up.name === 'li') return true;
  }
  return false;
}

/** A logo's file or name: a vector drawing, or "logo" in its address or class. */
const LOGO_IMAGE = /\.svg(?:[?#]|$)|logo/i;

/** Whether a picture is a logo ({@link LOGO_IMAGE}) whose alt text is `name` (in lower case). */
function isLogoNamed(picture: Element, name: string): boolean {
  const { alt, src = '', class: cls = '' } = picture.attribs;
  return (
    picture.name === 'img' &&
    alt?.trim().toLowerCase() === name &&
    (LOGO_IMAGE.test(src) || LOGO_IMAGE.test(cls))
  );
}

/**
 * What an element set before the headline is: a kicker (a few words without digits, or a label
 * of up to {@link MAX_LABEL_WORDS} words ending in a colon), a date or byline line ('metadata'),
 * or null for anything else (a sentence, a picture, a longer text, a label with what it heads).
 */
function headerPart(el: Element, options: Cleaning): 'kicker' | 'metadata' | null {
  if (options.protect.has(el) || options.body.has(el)) return null;
  const pictures = descendants(el).filter(
    (d) => d.name === 'img' || d.name === 'picture' || d.name === 'video',
  );
  const text = options.texts.of(el, SHORT_TEXT)?.trim() ?? null;
  if (text === null || text === '') return null;
  // A column's logo beside its name ("<img alt="Tribuna"><span>Tribuna</span>") is a kicker too;
  // a photo whose caption repeats its alt text is not.
  const folded = text.toLowerCase();
  if (
    pictures.length > 0 &&
    (el.name === 'figure' ||
      descendants(el).some((d) => d.name === 'figcaption') ||
      pictures.some((p) => !isLogoNamed(p, folded)))
  ) {
    return null;
  }
  if (text.length <= MAX_METADATA_LINE && (/\d/u.test(text) || BY_LINE.test(text))) {
    return 'metadata';
  }
  const words = countWords(text);
  if (/[:：]$/u.test(text)) return words <= MAX_LABEL_WORDS ? 'kicker' : null;
  if (/[.,;?]$/u.test(text)) return null;
  // Longer, a kicker the title shows before a colon and the headline ("Protestkultur in Japan
  // nach der Katastrophe" of "Protestkultur in Japan nach der Katastrophe: Anti-Atomkraft?").
  return words <= MAX_KICKER_WORDS || titleOpensWith(folded, options.headlines) ? 'kicker' : null;
}

/** Whether one of the page's headlines (lower-cased) is `kicker`, a colon, then more. */
function titleOpensWith(kicker: string, headlines: ReadonlySet<string>): boolean {
  for (const headline of headlines) {
    if (headline.startsWith(kicker) && /^[:：]\s*\S/u.test(headline.slice(kicker.length))) {
      return true;
    }
  }
  return false;
}

/** The longest date or byline line passed over above the headline. */
const MAX_METADATA_LINE = 80;

/** A byline's opening word. */
const BY_LINE = new RegExp(`^(?:${BY_WORD})\\s`, 'iu');

/**
 * The slideshows inside `container` that their counters show, whatever their class names: from
 * each block showing a slide counter ("Image 1 of 8"), the largest block above it that holds a
 * picture and no paragraphs of prose side by side and is neither the body nor protected. Its
 * captions, counters and buttons are not the article's text.
 */
function slideshowsByCounter(
  container: Element,
  elements: readonly Element[],
  options: CleanOptions,
  texts: ShortTexts,
): Set<Element> {
  const found = new Set<Element>();
  const read = new Set<Element>();
  const holds = new Map<Element, { prose: boolean; picture: boolean }>();
  for (const el of elements) {
    // A counter's digits are its own text, or its spans' ("Image <span>1</span> of …").
    const digits = el.children.some((c) => c.type === 'text' && /\d/.test(c.data));
    if (!digits) continue;
    for (let node: Element | null = el, up = 0; node !== null && up < 2; up++) {
      if (read.has(node)) break;
      read.add(node);
      // Read with room for the markup's whitespace, which the short text collapses.
      const text = texts.of(node, MAX_COUNTER * 4);
      const counter = text === null || text.length > MAX_COUNTER ? null : SLIDE_COUNTER.exec(text);
      if (counter !== null && Number(counter[1]) <= Number(counter[2]) && !isRating(el, node)) {
        const root = slideshowAround(node, container, options, holds);
        if (root !== null) found.add(root);
        break;
      }
      node = node.parent !== null && isElement(node.parent) ? node.parent : null;
    }
  }
  return found;
}

/** A class naming a rating or score: "8/10" there is a review's verdict, not a slide counter. */
const RATING_CLASS =
  /rating|score|bewertung|wertung|punteggio|valoraci|calificaci|\bgrade\b|\bstars?\b/i;

/** Whether the counter's element, or the block read with it, is named a rating or score. */
function isRating(el: Element, node: Element): boolean {
  return RATING_CLASS.test(el.attribs.class ?? '') || RATING_CLASS.test(node.attribs.class ?? '');
}

/**
 * Whether an element holds two paragraphs of prose side by side ({@link PROSE_WORDS} words or
 * more each): the article's text, not a slide's caption, which stands alone in its box.
 */
function holdsParagraphs(el: Element): boolean {
  let paragraphs = 0;
  for (const child of el.children) {
    if (isElement(child) && child.name === 'p' && countWords(textOf(child)) >= PROSE_WORDS) {
      if (++paragraphs === 2) return true;
    }
  }
  return false;
}

/** The blocks a section's label is written in (never a table's cells or a list's items). */
const LABEL_TAGS = new Set(['div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The longest section label, and how many sections it heads at least. */
const MAX_SECTION_LABEL = 40;
const LABELLED_SECTIONS = 3;

/**
 * The labels that head the body's sections, whatever their class names: the same short text,
 * not ending as a sentence, alone in a block that opens its parent ({@link opensSection}), at
 * the head of three sections or more ("Article content" before each of a Postmedia article's
 * sections, kept for screen readers). Headings that differ from section to section are the
 * article's.
 */
function sectionLabels(elements: readonly Element[], texts: ShortTexts): Set<Element> {
  const byText = new Map<string, Element[]>();
  for (const el of elements) {
    if (!LABEL_TAGS.has(el.name) || el.children.length === 0) continue;
    if (!el.children.every((c) => c.type === 'text')) continue;
    if (!opensSection(el)) continue;
    const text = texts.of(el, MAX_SECTION_LABEL);
    if (text === null || text === '' || /[.!?…:]$/.test(text)) continue;
    const same = byText.get(text);
    if (same === undefined) byText.set(text, [el]);
    else same.push(el);
  }
  const found = new Set<Element>();
  for (const labels of byText.values()) {
    if (labels.length >= LABELLED_SECTIONS) for (const label of labels) found.add(label);
  }
  return found;
}

/**
 * Whether an element opens its parent as a block of its own: the parent's first element, with
 * no loose text beside it — the others after it, or none (a section whose content loads later
 * holds its label alone).
 */
function opensSection(el: Element): boolean {
  const parent = el.parent;
  if (parent === null || !isElement(parent) || parent.children.find(isElement) !== el) return false;
  for (const child of parent.children) {
    if (child.type === 'text' && child.data.trim() !== '') return false;
  }
  return true;
}

/** Levels above an e-mail field looked at for its box. */
const SIGN_IN_DEPTH = 12;

/** The most text a sign-in or sign-up box holds: its offers, lists and fine print. */
const LONGEST_SIGN_IN = 3000;

/**
 * The sign-in and sign-up boxes of the body, whatever their class names: from each e-mail field
 * ({@link isEmailField}), and each call to subscribe or sign in heading a registration wall's
 * offers without a form ({@link isSubscriberCall}: "This content is reserved for subscribers"),
 * the largest block above it, within {@link SIGN_IN_DEPTH} levels, that
 * holds no paragraph of prose ({@link PROSE_WORDS} words or more), at most
 * {@link LONGEST_SIGN_IN} characters, and is neither the body nor protected: the form with its
 * pitch, its list of offers, its "view more offers" link (a registration wall's four variants
 * in one box, a newsletter's sign-up).
 *
 * @returns each box, with what found it
 */
function signInBoxes(
  container: Element,
  elements: readonly Element[],
  options: CleanOptions,
  texts: ShortTexts,
): Map<Element, string> {
  const found = new Map<Element, string>();
  // Whether a block may be a box, read once however many fields it holds.
  const fits = new Map<Element, boolean>();
  for (const field of elements) {
    let start: string;
    let longest = LONGEST_SIGN_IN;
    if (isEmailField(field)) start = '<input type="email">';
    else if (SUBSCRIBER_CALL_TAGS.has(field.name) && isSubscriberCall(texts.of(field, 80))) {
      start = 'a call to subscribe or sign in';
    } else if (
      SUBSCRIBER_CALL_TAGS.has(field.name) &&
      NOW_PLAYING.test(texts.of(field, 20) ?? '')
    ) {
      // A video player's overlay: its "Now Playing" title and its "Up Next" list, a few short
      // lines; a heading "Now playing" over the article's prose is the box alone, and stays.
      start = 'a video player\'s "Now Playing" label';
      longest = LONGEST_PLAYER;
    } else continue;
    const box = largestAbove(field, container, options, SIGN_IN_DEPTH, (node) => {
      let fit = fits.get(node);
      if (fit === undefined) {
        fit = textOf(node).length <= longest && !holdsProse(node);
        fits.set(node, fit);
      }
      return fit ? 'take' : 'stop';
    });
    if (box !== null && box !== field && !found.has(box)) found.set(box, start);
  }
  return found;
}

/** A video player's label over the video it plays ("Now Playing"). */
const NOW_PLAYING = /^(?:now playing|playing now)$/i;

/** The most text a video player's overlay holds: its titles, clocks and buttons. */
const LONGEST_PLAYER = 400;

/** Elements a call to subscribe or sign in is written in. */
const SUBSCRIBER_CALL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong']);

/**
 * The largest block above `start`, within `depth` levels and below `container`, that `verdict`
 * takes: the climb passes over a block it `'pass'`es, ends at one it `'stop'`s, and at the body
 * or a protected block.
 */
function largestAbove(
  start: Element,
  container: Element,
  { body, protect }: CleanOptions,
  depth: number,
  verdict: (node: Element) => 'take' | 'pass' | 'stop',
): Element | null {
  let found: Element | null = null;
  let node = start.parent;
  for (let up = 0; up < depth && node !== null && node !== container; up++) {
    if (!isElement(node) || body.has(node) || protect.has(node)) break;
    const said = verdict(node);
    if (said === 'stop') break;
    if (said === 'take') found = node;
    node = node.parent;
  }
  return found;
}

/** Whether a block holds a paragraph of prose ({@link PROSE_WORDS} words or more). */
function holdsProse(el: Element): boolean {
  return descendants(el).some((d) => d.name === 'p' && countWords(textOf(d)) >= PROSE_WORDS);
}

/** Levels above a slide counter looked at for its slideshow. */
const SLIDESHOW_DEPTH = 12;

/**
 * The largest block above a slide counter, within {@link SLIDESHOW_DEPTH} levels, that is a
 * slideshow ({@link slideshowsByCounter}). What each block holds is read once (`holds`).
 */
function slideshowAround(
  counter: Element,
  container: Element,
  options: CleanOptions,
  holds: Map<Element, { prose: boolean; picture: boolean }>,
): Element | null {
  return largestAbove(counter, container, options, SLIDESHOW_DEPTH, (node) => {
    let held = holds.get(node);
    if (held === undefined) {
      const inside = descendants(node);
      held = {
        prose: inside.some(holdsParagraphs),
        picture: inside.some((d) => d.name === 'img' || d.name === 'picture'),
      };
      holds.set(node, held);
    }
    return held.prose ? 'stop' : held.picture ? 'take' : 'pass';
  });
}

/** The most characters of a slide's caption. */
const MAX_SLIDE_CAPTION = 400;
/** The fewest words of a slide's caption (not a control's label: "Caption Close"). */
const MIN_SLIDE_CAPTION_WORDS = 3;

/**
 * What a slideshow shows besides its furniture, in order: its images, and the captions named so
 * (a `<figcaption>`, a class saying "caption") each once, where a strip of thumbnails repeats
 * them, without the slide counters set in them; a counter or a control's label is no caption.
 */
function slidesOf(slideshow: Element): Element[] {
  const kept: Element[] = [];
  const said = new Set<string>();
  let caption: Element | null = null;
  for (const d of descendants(slideshow)) {
    if (d.name === 'img') {
      if (caption === null || !isBelow(d, caption)) kept.push(d);
      continue;
    }
    if (caption !== null && isBelow(d, caption)) continue;
    if (d.name !== 'figcaption' && !CAPTION_HINTS.test(classWords(d))) continue;
    if (descendants(d).some((i) => i.name === 'img')) continue;
    // A counter set in the caption ("<span class="count">1 of 4</span>") is none of its text.
    for (const part of descendants(d)) {
      const shown = shortText(part, MAX_COUNTER * 4);
      if (shown !== null && shown.length <= MAX_COUNTER && SLIDE_COUNTER.test(shown)) detach(part);
    }
    const text = shortText(d, MAX_SLIDE_CAPTION);
    if (text === null || countWords(text) < MIN_SLIDE_CAPTION_WORDS || said.has(text)) continue;
    said.add(text);
    kept.push(d);
    caption = d;
  }
  return kept;
}

/** `remove`, after which the short texts of the removed block's ancestors are read again. */
function forgettingTexts(texts: ShortTexts, remove: Remove): Remove {
  return (el, rule, match, keep, later) => {
    texts.changed(el);
    remove(el, rule, match, keep, later);
  };
}

/** What the cleaners share while they run. */
interface Cleaning extends CleanOptions {
  readonly texts: ShortTexts;
  readonly headlineLengths: ReadonlySet<number>;
  /** The headlines' letters and digits only ({@link foldHeadline}). */
  readonly foldedHeadlines: ReadonlySet<string>;
  /** Their first characters: a text whose first letter or digit is none of them folds to none. */
  readonly foldedFirsts: ReadonlySet<string>;
  /** The length of the shortest of them (Infinity when none): a shorter text folds to none. */
  readonly shortestFolded: number;
  /** Slideshows found by their counters ({@link slideshowsByCounter}). */
  readonly slideshows: ReadonlySet<Element>;
  /** The boxes around the body's e-mail fields and calls to sign in ({@link signInBoxes}). */
  readonly signInBoxes: ReadonlyMap<Element, string>;
  /** Labels repeated at the head of the body's sections ({@link sectionLabels}). */
  readonly sectionLabels: ReadonlySet<Element>;
  /** The boxes with two buttons or more below them: the only ones a consent banner may be. */
  readonly buttonBoxes: ReadonlySet<Element>;
}

/**
 * Removes the furniture below `parent`: each removal (of comments, directives and CDATA too)
 * is written in `later`, for the caller to make all at once with {@link replaceAll}. One at a
 * time, each search and splice of a long sibling list made 50,000 comments in one paragraph
 * take 6 to 14 s, 50,000 `<video>`s or `<form>`s 4 to 12 s. Until then what is removed stays
 * in place, where no test of the walk sees it: an element is tested before anything below it
 * is walked, so nothing removed is below it; the tests read the element, its text and its
 * ancestors, but for the `<noscript>` rescue, which reads the images around it as they would
 * be ({@link imagesAround}).
 */
function removeNonContent(
  parent: Element,
  options: Cleaning,
  inTable: boolean,
  later: Map<AnyNode, readonly AnyNode[]>,
): void {
  const { protect, body, remove, texts } = options;
  // The last part of a box removed by its class names among these children, and the blocks
  // kept since (which a later part of the same box may enclose).
  let part: { element: Element; match: string | undefined } | null = null;
  let between: Element[] = [];
  // Each next sibling is taken before its predecessor is handled: a removal (or a
  // replacement by kept images) changes only the node at hand, so no copy of the children.
  let next: AnyNode | null = parent.children[0] ?? null;
  while (next !== null) {
    const child: AnyNode = next;
    next = child.next;
    if (child.type === 'comment' || child.type === 'directive' || child.type === 'cdata') {
      later.set(child, []);
      continue;
    }
    if (!isElement(child)) {
      if (child.type === 'text' && child.data.trim() !== '') part = null;
      continue;
    }
    if (child.name === 'noscript') {
      texts.changed(child);
      rescueNoscriptImage(child, later);
      continue;
    }
    if (child.name === 'iframe' && isVideoEmbed(child)) continue;
    if (protect.has(child)) {
      removeNonContent(child, options, inTable || child.name === 'table', later);
      continue;
    }
    if (options.sectionLabels.has(child)) {
      remove(child, 'label heading every section', undefined, undefined, later);
      continue;
    }
    const signIn = options.signInBoxes.get(child);
    if (signIn !== undefined) {
      remove(child, 'sign-in or sign-up box', signIn, undefined, later);
      continue;
    }
    const gallery = body.has(child)
      ? null
      : options.slideshows.has(child)
        ? 'slide counter'
        : GALLERY.exec(classWords(child))?.[0];
    if (gallery != null) {
      // A slideshow's counters, buttons and repeated captions are not text; its images and
      // their captions are.
      remove(child, 'slideshow furniture (images kept)', gallery, slidesOf(child), later);
      continue;
    }
    const postLink = postLinkOf(child);
    if (postLink !== null) {
      remove(
        child,
        'embedded post without its text (a link to it kept)',
        undefined,
        [postLink],
        later,
      );
      continue;
    }
    const why = removalRule(child, options, inTable);
    if (why !== null) {
      if (why.rule === 'picture credit') markCaptionBeforeCredit(child);
      remove(child, why.rule, why.match, why.keep, later);
      const byName = why.rule === 'boilerplate class' || why.rule === 'unlikely class';
      if (
        byName &&
        part !== null &&
        part.match === why.match &&
        isEnclosedPart(between, part.element, child, options)
      ) {
        for (const el of between)
          remove(el, 'between two parts of a removed box', undefined, undefined, later);
      }
      part = byName ? { element: child, match: why.match } : null;
      between = [];
      const label =
        why.rule === 'boilerplate class' || why.rule === 'unlikely class'
          ? socialBoxLabel(child, why.match, options)
          : null;
      if (label !== null)
        remove(label, "a social or share box's label", undefined, undefined, later);
      continue;
    }
    if (part !== null) between.push(child);
    removeNonContent(child, options, inTable || child.name === 'table', later);
  }
}

/** The most blocks, and characters, that two parts of one removed box may enclose. */
const MAX_ENCLOSED_BLOCKS = 2;
const MAX_ENCLOSED_CHARS = 200;

/**
 * Whether the blocks kept between two siblings removed by the same word of their class names
 * belong to the same box: the two are parts of one component by their names
 * (`registration-banner__text`, `registration-banner__button`: one block of the BEM convention,
 * one of them named as its element), and what they enclose is a line or two without a picture (the pitch "Werden Sie
 * Mitglied … und erhalten Sie exklusive Angebote!" between the banner's picture and button). Two
 * ad slots of one name around a paragraph are two boxes, and the paragraph stays.
 */
function isEnclosedPart(
  between: readonly Element[],
  before: Element,
  after: Element,
  options: Cleaning,
): boolean {
  if (between.length === 0 || between.length > MAX_ENCLOSED_BLOCKS) return false;
  if (!sameComponent(before, after)) return false;
  let chars = 0;
  for (const el of between) {
    if (options.protect.has(el) || options.body.has(el)) return false;
    const text = options.texts.of(el, MAX_ENCLOSED_CHARS);
    if (text === null) return false;
    chars += text.length;
    if (descendants(el).some((d) => PICTURES.has(d.name))) return false;
  }
  return chars <= MAX_ENCLOSED_CHARS;
}

/** Elements that show a picture or a player. */
const PICTURES: ReadonlySet<string> = new Set(['img', 'picture', 'video', 'iframe', 'svg']);

/**
 * Whether two elements are parts of one component by their class names: a BEM block they share,
 * one of them named as an element of it (`block__element`).
 */
function sameComponent(a: Element, b: Element): boolean {
  const blocks = (el: Element) =>
    (el.attribs.class ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => ({ block: c.split('__')[0] as string, element: c.includes('__') }));
  const ofA = blocks(a);
  const ofB = blocks(b);
  return ofA.some((x) => ofB.some((y) => x.block === y.block && (x.element || y.element)));
}

/** The class words of a box of links to share the page or to the site's social pages. */
const SOCIAL_BOX = /share|social|follow/;

/**
 * The label set right before a box of share or social links (`<p><strong>SOCIAL MEDIA
 * SEITEN</strong></p>`, "Teilen:"): a few words alone in bold or before a colon, no sentence,
 * link or picture ("<em>With Post wires</em>" before a share bar is the article's credit). Null
 * when the box is of another kind or nothing such stands before it.
 */
function socialBoxLabel(
  box: Element,
  match: string | undefined,
  options: Cleaning,
): Element | null {
  if (match === undefined || !SOCIAL_BOX.test(match)) return null;
  const before = siblingElement(box, 'prev');
  if (before === null || options.protect.has(before)) return null;
  if (before.name === 'a' || descendants(before).some((d) => d.name === 'a' || d.name === 'img')) {
    return null;
  }
  const text = options.texts.of(before, SHORT_TEXT)?.trim() ?? '';
  if (text === '' || countWords(text) > MAX_KICKER_WORDS || /[.!?]$/u.test(text)) return null;
  // Set as a label: a colon, or a heading or bold type throughout saying what the box is for
  // ("<p><strong>SOCIAL MEDIA SEITEN</strong>", "Chia sẻ"); a name in bold is a closing byline.
  if (text.endsWith(':')) return before;
  return (/^h[1-6]$/.test(before.name) || allBold(before)) && SOCIAL_LABEL.test(text)
    ? before
    : null;
}

/**
 * The words of a share or social box's label, in the languages of the corpus: to share, to
 * follow, social media ("Share this", "Teilen", "Chia sẻ", "Folgen Sie uns", "Suivez-nous").
 */
const SOCIAL_LABEL =
  /(?:^|[\s(])(?:shar(?:e|ing)|teilen|social|sozial|follow|folg(?:en|t)|chia sẻ|theo dõi|kết nối|partag|suive[zr]|compart|s[ií]gue|segui|condividi|deel|volg|dela|följ|udostępnij|obserwuj|paylaş|takip|bagikan|ikuti|поделит|分享|关注|シェア|フォロー|공유|팔로우)/iu;

/** The fewest characters of a link card's text: a title. */
const MIN_CARD_TEXT = 20;
/** The most characters of a link card's text: a title, a description, a site's name. */
const MAX_CARD_TEXT = 400;

/**
 * Whether a figure is a link card, whatever its class names: all it shows is one link to
 * another page (not to a picture's file or a part of this page) holding a picture and a title's
 * text or more (Ghost's `kg-bookmark-card`: the title, the description, the site, the
 * thumbnail). A teaser of that page, not a picture of the article: its title was left as a
 * line of the body. A picture linked to its larger version, or to a page without words in the
 * link, is the article's.
 */
function isLinkCard(el: Element, texts: ShortTexts): boolean {
  if (el.name === 'article') return isArticleCard(el, texts);
  if (el.name !== 'figure' || shownParts(el) !== 1) return false;
  const link = el.children.find(isElement);
  if (link === undefined || link.name !== 'a' || !leadsToOtherPage(link)) return false;
  const text = texts.of(link, MAX_CARD_TEXT);
  return (
    text !== null && text.length >= MIN_CARD_TEXT && descendants(link).some((d) => d.name === 'img')
  );
}

/** Whether a link leads to another page: not a part of this one, nor a picture's file. */
function leadsToOtherPage(link: Element): boolean {
  const href = link.attribs.href ?? '';
  return href !== '' && !href.startsWith('#') && !PICTURE_FILE.test(href);
}

/**
 * Whether an `<article>` inside the body is another story's card: its picture and its headline
 * each link to that one page, and it shows no text outside them (Dân trí's `news-item`).
 */
function isArticleCard(el: Element, texts: ShortTexts): boolean {
  const links = descendants(el).filter((d) => d.name === 'a');
  const [first] = links;
  if (first === undefined || !leadsToOtherPage(first)) return false;
  if (links.some((a) => a.attribs.href !== first.attribs.href)) return false;
  const text = texts.of(el, MAX_CARD_TEXT);
  return (
    text !== null &&
    text.length >= MIN_CARD_TEXT &&
    squash(textExcept([el], (d) => d.name === 'a')) === '' &&
    links.some((a) => descendants(a).some((d) => d.name === 'img'))
  );
}

/**
 * Word's settings and style sheet, written in comments, left as text where a CMS's sanitizer kept
 * a comment's words: "Normal 0 false false false EN-US X-NONE X-NONE", "/* Style Definitions *\/
 * table.MsoNormalTable {…}".
 */
const WORD_STYLE_TEXT =
  /^\s*(?:Normal\s+0\s+(?:\d+\s+)?false\s+false|\/\*\s*(?:Style|Font) Definitions)/;

/** The label over an official document's distribution list: Vietnamese, German, French, English. */
const DISTRIBUTION_LABEL = /^(?:nơi nhận|verteiler|destinataires|ampliations?|distribution)\s*:/iu;

/**
 * Whether `el` is the distribution list closing an official document ("Nơi nhận:", "- UBND
 * tỉnh;", "- Lưu: VT."), whom the document was sent to: a table cell or a paragraph under the
 * label, or a paragraph of the list's dashed lines after the label's own.
 */
function isDistributionList(el: Element, texts: ShortTexts): boolean {
  if (el.name !== 'p' && el.name !== 'td') return false;
  for (let at: Element | null = el; at !== null; at = siblingElement(at, 'prev')) {
    const text = texts.of(at, 400);
    if (text === null) return false;
    if (DISTRIBUTION_LABEL.test(text)) return true;
    if (at.name !== 'p' || !/^[-–+]/.test(text)) return false;
  }
  return false;
}

/** Why a block inside the container is page furniture, or null when it may be content. */
function removalRule(
  el: Element,
  options: Cleaning,
  inTable: boolean,
): { rule: string; match?: string; keep?: readonly AnyNode[] } | null {
  // <h1>s side by side are a document's sections: each stays unless it repeats the title.
  if (el.name === 'h1' && !isSectionH1(el)) return { rule: 'headline', match: '<h1>' };
  // The headline and visit-counter tests read the same short text: read it once, when needed.
  let short: string | null | undefined;
  if (options.headlines.size > 0 && TITLE_LIKE.has(el.name)) {
    short = options.texts.of(el, SHORT_TEXT);
    const repeats = isHeadline(short, options.headlines, options.headlineLengths)
      ? 'repeats the title'
      : // The headline set apart from its kicker by markup, not by the title's colon or dash.
        short !== null &&
          short.length >= options.shortestFolded &&
          options.foldedFirsts.has(firstFolded(short)) &&
          options.foldedHeadlines.has(foldHeadline(short))
        ? 'repeats the title, punctuation aside'
        : null;
    if (repeats !== null && !inSentence(el)) return { rule: 'headline', match: repeats };
  }
  // Class names never remove the body itself.
  const byName = !options.body.has(el);
  if (isSkipped(el, options.stripUnlikely && byName, inTable)) {
    const skipped = skipReason(el, options.stripUnlikely && byName, inTable);
    if (skipped?.rule !== 'unlikely class' || !isSubheadingBox(el)) return skipped;
  }
  // A form holding most of the body is the page's (ASP.NET wraps every page in one).
  if (byName && isFormControlBlock(el)) return { rule: 'form', match: '<form>' };
  if (byName && isDeferredPlaceholder(el) && options.texts.of(el, LONGEST_PLACEHOLDER) !== null) {
    return { rule: 'placeholder for deferred content' };
  }
  // Short boxes only: a box holding the story is read for it no deeper than its text's length.
  // Asked only of a box with two buttons (isConsentBanner asks for them): no other box's
  // text is read.
  if (
    byName &&
    options.buttonBoxes.has(el) &&
    options.texts.of(el, LONGEST_PLACEHOLDER) !== null &&
    isConsentBanner(el)
  ) {
    return { rule: 'consent banner' };
  }
  // A player's children but its sources are what browsers that cannot play it show instead.
  const player = el.parent?.type === 'tag' ? el.parent.name : '';
  if (PLAYERS.has(player) && el.name !== 'source' && el.name !== 'track') {
    return { rule: 'media fallback', match: `<${player}>` };
  }
  if (isDistributionList(el, options.texts)) return { rule: "document's distribution list" };
  const only = el.children.length === 1 ? el.children[0] : undefined;
  if (only?.type === 'text' && WORD_STYLE_TEXT.test((only as Text).data)) {
    return { rule: "Word's settings pasted as text" };
  }
  const label = furnitureLabel(el, options.texts);
  if (label === 'picture credit' || label === ARTICLE_TOOL) {
    // A credit standing by its picture, in one block, or a viewer's button on it ("Bild
    // vergrößern"): the label goes, the picture stays.
    const images = descendants(el).filter((d) => d.name === 'img');
    if (images.length > 0) return { rule: `${label} (picture kept)`, keep: images };
  }
  if (label !== null) return { rule: label };
  if (byName && isLinkCard(el, options.texts))
    return { rule: 'link card (a teaser of another page)' };
  if (isVisitCounter(short === undefined ? options.texts.of(el, SHORT_TEXT) : short)) {
    return { rule: 'visit counter' };
  }
  const boilerplate = byName ? boilerplateClass(el) : null;
  if (boilerplate === null || (boilerplate === 'dateline' && isPlaceDateline(el, options.texts))) {
    return null;
  }
  return { rule: 'boilerplate class', match: boilerplate };
}

/** The most characters of a news dateline's place ("WASHINGTON (Reuters) — "). */
const LONGEST_PLACE = 40;

/**
 * Whether an element marked "dateline" is a news story's opening place ("KOBE – ", "BERLIN
 * (dpa) — "), the story's text, and not a date line: a short text without a digit that the
 * paragraph's first sentence follows (`<p><span class="dateline">KOBE – </span>A total …`;
 * one on a line of its own, above the paragraphs, is the page's heading of the story).
 */
function isPlaceDateline(el: Element, texts: ShortTexts): boolean {
  const after = el.next;
  if (after === null || after.type !== 'text' || after.data.trim() === '') return false;
  const text = texts.of(el, LONGEST_PLACE);
  return text !== null && text !== '' && !/\d/.test(text);
}

/** Markup written in an attribute value: a start tag. */
const MARKUP_IN_VALUE = /<[a-z][^<>]*>/i;

/** The longest text of a placeholder: a consent notice's and its title's. */
const LONGEST_PLACEHOLDER = 900;

/**
 * Whether an element keeps, in one of its `data-` attributes, the markup of what it will show
 * once the reader chooses (an embedded post, a video, a chart), and a button to choose: a
 * placeholder standing in for content, as consent tools write them whatever their words or
 * class names ("Externer Inhalt nicht verfügbar … Einstellungen ändern"). Its text is the
 * notice, never the article's.
 */
function isDeferredPlaceholder(el: Element): boolean {
  for (const name in el.attribs) {
    if (name.startsWith('data-') && MARKUP_IN_VALUE.test(el.attribs[name] ?? '')) {
      return someNear(el, (d) => d.name === 'button');
    }
  }
  return false;
}

/** Inline elements among {@link TITLE_LIKE}: in a sentence, they are its words. */
const INLINE_TITLE_LIKE: ReadonlySet<string> = new Set(['strong', 'b', 'span', 'font']);

/**
 * Whether an inline element stands within running text: words right before or after it in its
 * parent ("In mathematics, a <b>Hermitian matrix</b> (or self-adjoint matrix) is …", the title
 * an encyclopedia bolds in its first sentence), not the headline repeated on a line of its own.
 * The words may be set in inline elements of their own, a sentence's run of `<span>`s ("…we're
 * going to see a lot of her during <span>The Bachelor</span><span> 2015 season.</span>"): a
 * run of prose, not a kicker's label.
 */
function inSentence(el: Element): boolean {
  if (!INLINE_TITLE_LIKE.has(el.name)) return false;
  const words = (node: AnyNode | null): boolean => {
    if (node === null) return false;
    if (node.type === 'text') return hasLetterOrDigit(node.data);
    if (!isElement(node) || !INLINE_TITLE_LIKE.has(node.name)) return false;
    return countWords(textOf(node)) >= MIN_SENTENCE_RUN_WORDS;
  };
  return words(el.prev) || words(el.next);
}

/** Words of prose in an inline element beside a title's part that make it a sentence's word. */
const MIN_SENTENCE_RUN_WORDS = 4;

const TITLE_LIKE = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'div',
  'p',
  'strong',
  'b',
  'span',
  'font',
  'header',
]);

/** Longest text read by the headline and visit-counter tests. */
const SHORT_TEXT = 300;

/** The lengths of the page's lower-cased headlines (see {@link isHeadline}). */
export function headlineLengths(headlines: ReadonlySet<string>): Set<number> {
  const lengths = new Set<number>();
  for (const h of headlines) lengths.add(h.length);
  return lengths;
}

/** Fewest letters and digits a folded headline holds: shorter, a label could match it. */
const MIN_FOLDED_HEADLINE = 10;

/**
 * Every run of what is neither a letter nor a digit.
 * Built on first use, from its source (`from-source.ts`).
 */
const everyNonLetterOrDigit = onFirstUse(() => fromSource(String.raw`[^\p{L}\p{N}]+`, 'gu'));

/**
 * A headline's letters and digits, lower-cased: "Kicker: Headline – „Quote“" and the kicker and
 * headline in two spans of a heading fold alike.
 *
 * @param text - a headline or a block's text
 * @returns the folded text, or '' when too short to be told from a label
 */
export function foldHeadline(text: string): string {
  const folded = text.toLowerCase().replace(everyNonLetterOrDigit(), '');
  return folded.length >= MIN_FOLDED_HEADLINE ? folded : '';
}

/** The first character {@link foldHeadline} keeps of a text ('' when none), without folding it all. */
function firstFolded(text: string): string {
  const first = ANY_LETTER_OR_DIGIT.exec(text)?.[0];
  // Lower-cased, a letter may become two characters ('İ': 'i' and a combining dot).
  return first === undefined ? '' : (ANY_LETTER_OR_DIGIT.exec(first.toLowerCase())?.[0] ?? '');
}

/**
 * Whether a block's short text repeats one of the page's headlines (lower-cased, `lengths`
 * their lengths). Lower-casing keeps a text's length but for each 'İ' (U+0130, which becomes
 * 'i' and a combining dot): a text of no headline's length and without one is no headline, and
 * most texts are not lower-cased at all.
 *
 * @param text - the block's short text, or null when longer
 * @param headlines - the page's headlines, lower-cased
 * @param lengths - {@link headlineLengths} of `headlines`
 * @returns the same as `headlines.has(text.toLowerCase())` for a text that is not empty
 */
export function isHeadline(
  text: string | null,
  headlines: ReadonlySet<string>,
  lengths: ReadonlySet<number>,
): boolean {
  if (text === null || text === '') return false;
  if (!lengths.has(text.length) && !text.includes('\u0130')) return false;
  return headlines.has(text.toLowerCase());
}

/**
 * The boilerplate class/id part of an element's names, or null; the names its test and component
 * hooks give it count as its class's (`data-testid="donation-ask"` where the classes are hashed).
 */
function boilerplateClass(el: Element): string | null {
  // A region labelled as the byline (`aria-labelledby="article-byline"`) is one whatever its
  // hashed classes: the authors are read from it.
  if (labelledAsByline(el)) return 'byline';
  const hooks = testHooks(el);
  const hints = hooks === '' ? classWords(el) : `${classAndId(el)} ${hooks.toLowerCase()}`;
  if (hints === '' || KEEP.test(hints)) return null;
  const match = BOILERPLATE.exec(hints)?.[0] ?? null;
  return match !== null && holdsEmbeddedPost(el) ? null : match;
}

/** The text of a short form, or of a box of controls without one: labels, not prose. */
const SHORT_FORM = 200;
/** The longest label of a drop-down outside a form: a word or two, no prose. */
const LONGEST_CONTROL_LABEL = 40;

/**
 * A form that is furniture: a short one (a search box, a poll), or one asking for an e-mail
 * address whatever its length (a newsletter sign-up with its fine print); and, without a
 * `<form>`, a short box holding a field to type in and a button (a reader's note or comment
 * box a script sends, a search box), or a drop-down and a label of a few words at most. The
 * caller keeps a block that holds most of the body.
 */
function isFormControlBlock(el: Element): boolean {
  if (el.name !== 'form') {
    if (!someNear(el, (d) => d.name === 'select' || isTextEntry(d))) return false;
    // A drop-down of links with its label ("🔗 Liên kết", a portal's "Liên kết website").
    if (
      someNear(el, (d) => d.name === 'select') &&
      textExcept([el], (d) => d.name === 'select').trim().length <= LONGEST_CONTROL_LABEL
    ) {
      return true;
    }
    return (
      someNear(el, isTextEntry) &&
      someNear(el, (d) => d.name === 'button') &&
      textOf(el).length < SHORT_FORM
    );
  }
  return textOf(el).length < SHORT_FORM || descendants(el).some(isEmailField);
}

/** A field to type text in: a `<textarea>`, or an `<input>` of text, search or e-mail. */
function isTextEntry(el: Element): boolean {
  if (el.name === 'textarea') return true;
  if (el.name !== 'input') return false;
  const type = el.attribs.type?.toLowerCase();
  return type === undefined || type === 'text' || type === 'search' || type === 'email';
}

/**
 * "E-mail" in the words a page labels an address field with ("Email", "E-Mail-Adresse",
 * "Địa chỉ email", "courriel", "correo electrónico", "メールアドレス", "이메일", "邮箱").
 */
const EMAIL_WORD = /e-?mail|courriel|correo\s*electr|メール|이메일|邮箱|電子郵件/i;

/**
 * An `<input type="email">` (or one whose `autocomplete`/`inputmode` is `email`), or a text
 * input whose name, placeholder or `aria-label` says e-mail.
 */
function isEmailField(el: Element): boolean {
  if (el.name !== 'input') return false;
  const { type, name, placeholder, autocomplete, inputmode } = el.attribs;
  if (type === 'email' || autocomplete === 'email' || inputmode === 'email') return true;
  return (
    (type === undefined || type === 'text') &&
    [name, placeholder, el.attribs['aria-label']].some((said) => said && EMAIL_WORD.test(said))
  );
}

/**
 * Keeps the `<img>` of a `<noscript>` fallback when no real image sits next to it (written in
 * `later`, as the other removals).
 */
function rescueNoscriptImage(noscript: Element, later: Map<AnyNode, readonly AnyNode[]>): void {
  const images = descendants(noscript).filter((e) => e.name === 'img');
  const parent = noscript.parent;
  const hasSibling =
    parent !== null &&
    imagesAround(parent as Element, later).some(
      (e) =>
        !images.includes(e) && /^https?:|^\/\//.test(e.attribs['data-src'] ?? e.attribs.src ?? ''),
    );
  later.set(noscript, images.length > 0 && !hasSibling ? images : []);
}

/**
 * The `<img>`s below `parent` once the removals written in `later` are made: what a removed
 * node holds is passed over, but for what it leaves in its place (a slideshow's images, a
 * rescued `<noscript>` image).
 */
function imagesAround(parent: Element, later: ReadonlyMap<AnyNode, readonly AnyNode[]>): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...parent.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    const instead = later.get(node);
    if (instead !== undefined) {
      for (let i = instead.length - 1; i >= 0; i--) stack.push(instead[i] as AnyNode);
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'img') out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return out;
}
