/**
 * Readability's "clean conditionally": inside the article, blocks heavy in links, images
 * without text, form inputs or embeds, with few commas, are page furniture. A block holding a
 * post embedded from a social network (a quoted tweet) is the article's, whatever its class.
 */
import type { AnyNode, Element } from 'domhandler';
import { hasLetterOrDigit, isSpace } from '../text.ts';
import { classAndId, descendants, INLINE, isElement, linksDocument, textOf } from './dom.ts';
import { isDataTable } from './layout.ts';
import { isEmbeddedPost, isVideoEmbed, NEGATIVE } from './patterns.ts';
import type { Remove } from './removal.ts';
import { BLOCK, classWeight, isComma } from './score.ts';

/** What a block holds, over its whole subtree. */
export interface Counts {
  text: number;
  /** Text nodes with a character other than whitespace. */
  inked: number;
  link: number;
  /** Links leading elsewhere than to a picture ({@link PICTURE_LINK}). */
  otherLinks: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  liText: number;
  input: number;
  embed: number;
  figure: number;
  /** Embedded social posts (`blockquote.twitter-tweet`). */
  post: number;
  /** Links to a document file, the article's attachments ({@link linksDocument}). */
  documents: number;
}

/**
 * Adds a text node to the running totals in one pass over its characters: its length with
 * whitespace runs counted once ({@link collapsedLength}), whether it shows a character other
 * than whitespace, and its commas as each script writes them ({@link isComma}).
 */
function countText(text: string, t: Counts): void {
  let length = 0;
  let inked = false;
  let commas = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!space) length++;
      space = true;
    } else {
      length++;
      space = false;
      inked = true;
      if (isComma(c)) commas++;
    }
  }
  t.text += length;
  if (inked) t.inked++;
  t.commas += commas;
}

/**
 * Where a link to a larger picture leads: an image file, or a page of photos
 * ("/article_photo/list?pid=…", "/bildergalerie/…", "/galeria/…").
 */
const PICTURE_LINK = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)|photo|foto|bild|galer|gallery/i;

const CONDITIONAL = new Set(['div', 'section', 'table', 'ul', 'ol', 'aside', 'fieldset']);

/** Counts of an element with nothing in it. */
export function noCounts(): Counts {
  return {
    text: 0,
    inked: 0,
    link: 0,
    otherLinks: 0,
    commas: 0,
    p: 0,
    img: 0,
    li: 0,
    liText: 0,
    input: 0,
    embed: 0,
    figure: 0,
    post: 0,
    documents: 0,
  };
}

/**
 * The counts of every block below `container` that the cleaner judges ({@link CONDITIONAL}),
 * each over its whole subtree.
 *
 * @param container - the article container (counted too when it is such a block)
 * @returns the counts by block
 */
export function countBlocks(container: Element): Map<Element, Counts> {
  const out = new Map<Element, Counts>();
  countInto(container, noCounts(), out);
  return out;
}

/**
 * Adds the counts of `el`'s subtree to the running totals `t` of one walk in document order:
 * an element's own counts are what its subtree adds to them, so only the judged blocks get an
 * object of their own (not every element, summed into its parent's): the copy of the totals
 * taken before the subtree, turned into the difference after it.
 */
function countInto(el: Element, t: Counts, out: Map<Element, Counts>): void {
  const judged = CONDITIONAL.has(el.name);
  const before = judged ? { ...t } : null;
  const text0 = t.text;
  const inked0 = t.inked;
  const link0 = t.link;
  const liText0 = t.liText;
  for (const child of el.children as AnyNode[]) {
    if (child.type === 'text') {
      countText(child.data, t);
    } else if (isElement(child)) {
      countInto(child, t, out);
    }
  }
  switch (el.name) {
    case 'a':
      // Everything inside a link is link text.
      t.link = link0 + (t.text - text0);
      if (!PICTURE_LINK.test(el.attribs.href ?? '')) t.otherLinks++;
      if (linksDocument(el)) t.documents++;
      break;
    case 'p':
      t.p++;
      break;
    case 'div':
      // A div of inline text is a paragraph of a site that writes paragraphs as divs.
      if (t.inked > inked0 && !el.children.some((k) => isElement(k) && BLOCK.has(k.name))) t.p++;
      break;
    case 'img':
      t.img++;
      break;
    case 'li':
      t.li++;
      t.liText = liText0 + (t.text - text0);
      break;
    case 'input':
      t.input++;
      break;
    case 'iframe':
      if (!isVideoEmbed(el)) t.embed++;
      break;
    case 'object':
    case 'embed':
      t.embed++;
      break;
    case 'figure':
      t.figure++;
      break;
    case 'blockquote':
      if (isEmbeddedPost(el)) t.post++;
      break;
  }
  if (before !== null) {
    before.text = t.text - before.text;
    before.inked = t.inked - before.inked;
    before.link = t.link - before.link;
    before.otherLinks = t.otherLinks - before.otherLinks;
    before.commas = t.commas - before.commas;
    before.p = t.p - before.p;
    before.img = t.img - before.img;
    before.li = t.li - before.li;
    before.liText = t.liText - before.liText;
    before.input = t.input - before.input;
    before.embed = t.embed - before.embed;
    before.figure = t.figure - before.figure;
    before.post = t.post - before.post;
    before.documents = t.documents - before.documents;
    out.set(el, before);
  }
}

/** Most text a picture's block holds besides its picture: a caption and a credit. */
const MAX_PICTURE_TEXT = 300;

/**
 * Words of {@link NEGATIVE} that do not make a picture furniture: "media" (`media-image`), and
 * Drupal's `field--label-hidden` on every field whose label it does not show.
 */
const PICTURE_FIELD_WORDS = /media|label-hidden/;
const ALL_PICTURE_FIELD_WORDS = new RegExp(PICTURE_FIELD_WORDS.source, 'g');

/**
 * Whether a block is one picture with its caption whose class names it only as "media"
 * (`media-image`) or as a field with a hidden label, the only words of {@link NEGATIVE} it has.
 */
function isMediaPicture(el: Element, c: Counts): boolean {
  if (c.img !== 1 || c.text > MAX_PICTURE_TEXT || c.link > 0 || c.embed > 0) return false;
  const hints = classAndId(el);
  if (!PICTURE_FIELD_WORDS.test(hints)) return false;
  if (NEGATIVE.test(hints.replace(ALL_PICTURE_FIELD_WORDS, ' '))) return false;
  // A video's player showing its poster picture and title is no picture of the article.
  return ![el, ...descendants(el)].some((d) => VIDEO_PART.test(classAndId(d)));
}

const VIDEO_PART = /video|player/;

/**
 * The share of the body's text (outside links) a block of prose holds that no class name
 * removes: a part of the story, not a box beside it.
 */
const MUCH_OF_BODY = 1 / 8;

/** Most of a block's text its links may be for it to be prose. */
const MAX_PROSE_LINK_SHARE = 0.25;

/**
 * Whether a block holds much of the body's text ({@link MUCH_OF_BODY}) in paragraphs, its links
 * little of it: a column of the story (an Elementor post's two-column section, each column in an
 * `elementor-widget-wrap`), whatever its class says.
 */
function holdsMuchOfBody(c: Counts, bodyText: number): boolean {
  const prose = c.text - c.link;
  return (
    c.p > 0 &&
    prose > 0 &&
    prose >= bodyText * MUCH_OF_BODY &&
    c.link <= c.text * MAX_PROSE_LINK_SHARE
  );
}

/** Characters of a picture's zoom link at most: "Phóng to", "Enlarge", "Bild vergrößern". */
const MAX_ZOOM_LINK = 24;
/** Where a zoom link leads: nowhere (`#`, a script) or to a picture file. */
const ZOOM_TARGET = /^(?:#.*|javascript:.*|.*\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?)?$/i;

/**
 * Whether a block is one picture with its caption and a short link that opens the picture
 * larger ("Phóng to", "Enlarge"): its link text is a label, not a teaser's title, and leads
 * nowhere or to a picture file. Removed as link-heavy, it took the picture and caption along.
 */
function isZoomablePicture(el: Element, c: Counts): boolean {
  if (c.img !== 1 || c.embed > 0 || c.link > MAX_ZOOM_LINK || c.text > MAX_PICTURE_TEXT) {
    return false;
  }
  return descendants(el).every(
    (d) => d.name !== 'a' || ZOOM_TARGET.test((d.attribs.href ?? '').trim()),
  );
}

/** A line crediting a picture: "First image by …", "Photo: …", "Illustration courtesy of …". */
const PICTURE_CREDIT =
  /^\s*(?:\S+\s+){0,3}(?:image|photo(?:graph)?|picture|illustration)s?\s*(?:by|courtesy|credit|:)/i;

/**
 * Whether a block is one picture and the line crediting it, its link the source's or the
 * author's (`<img><div>First image by <a>a photographer</a>.</div>`), no teaser's title.
 */
function isCreditedPicture(el: Element, c: Counts): boolean {
  return (
    c.img === 1 && c.embed === 0 && c.text <= MAX_PICTURE_TEXT && PICTURE_CREDIT.test(textOf(el))
  );
}

/** Links a list must hold to be a site's link directory rather than an article's list. */
const MIN_DIRECTORY_LINKS = 40;

/** The share of a link directory's text its links hold at least: almost all of it. */
const DIRECTORY_LINK_SHARE = 0.95;

/**
 * Whether a list is a site's link directory: a mega menu of sections, a footer's site map, a
 * portal's index of documents, written as `<ul>`s in a plain `<div>` rather than a `<nav>`.
 * Lists are otherwise kept whatever their link text (an article's list of sources), but dozens
 * of links with next to no text of their own are no article's; kept, they would make the body
 * "mostly links" and the page a listing.
 */
function isLinkDirectory(c: Counts): boolean {
  return c.otherLinks >= MIN_DIRECTORY_LINKS && c.link >= c.text * DIRECTORY_LINK_SHARE;
}

/** Most of a paragraph's text its links may hold for it to cite pages rather than list them. */
const MAX_CITING_LINK_SHARE = 0.5;

/**
 * Characters of text outside links a citing paragraph holds at least: a sentence or two of its
 * own. A line calling to follow the site ("Cek berita … di Google News", "Senden Sie uns Ihr
 * Feedback an: …") says less around its link.
 */
const MIN_CITING_PROSE = 100;

/** The node when it is inline formatting a link may sit in within its sentence (`<em><a>`). */
function inlineElement(node: AnyNode | null): Element | null {
  return node !== null && isElement(node) && INLINE.has(node.name) ? node : null;
}

function isWordText(node: AnyNode | null): boolean {
  return node !== null && node.type === 'text' && hasLetterOrDigit(node.data);
}

/** Whether a link's text runs on inside a paragraph: the nearest block around it is a `<p>`. */
function inParagraph(link: Element): boolean {
  let node = link.parent;
  for (let el = inlineElement(node); el !== null; el = inlineElement(node)) node = el.parent;
  return node !== null && isElement(node) && node.name === 'p';
}

/**
 * Characters a citing link's text holds at most: it names a topic, a person, a report. A
 * longer linked phrase is another story's headline run into the text.
 */
const MAX_CITING_LINK = 60;

/**
 * Whether a link cites inside a sentence of a paragraph: a few words, with words written right
 * before or after it.
 */
function isInSentence(link: Element): boolean {
  if (!inParagraph(link) || textOf(link).trim().length > MAX_CITING_LINK) return false;
  if (isWordText(link.prev) || isWordText(link.next)) return true;
  const parent = inlineElement(link.parent);
  if (parent === null) return false;
  return (
    parent.children.every((k) => k === link || !isElement(k)) &&
    (isWordText(parent.prev) || isWordText(parent.next))
  );
}

/**
 * Whether a block is prose citing other pages: paragraphs, no list, at least
 * {@link MIN_CITING_PROSE} characters outside links, whose every link names a thing inside a
 * sentence of a `<p>` and whose links hold at most half its text. A site that sets each
 * paragraph in a box of its own (a short news item, a paragraph linking two topics) lost such a
 * paragraph to Readability's 20% rule for link-heavy boxes; a teaser's linked headline stands on
 * a line of its own, a list of links is parted by commas or bars, a button sits in no sentence.
 */
function isCitingProse(el: Element, c: Counts, density: number): boolean {
  if (c.p === 0 || c.li > 0 || density > MAX_CITING_LINK_SHARE) return false;
  if (c.text - c.link < MIN_CITING_PROSE) return false;
  const links = descendants(el).filter((d) => d.name === 'a');
  return links.length > 0 && links.every(isInSentence);
}

/** Why a block is furniture, or null to keep it. */
function removalRule(el: Element, c: Counts, isBody: boolean, bodyText: number): string | null {
  // An embedded post links to its author and date and sits in a "social" or "embed" wrapper;
  // the article quotes it.
  if (c.post > 0) return null;
  const weight = classWeight(el);
  // A negative class name removes any block but one holding much of the body, and but a
  // picture of the article named a "media" block (a photo story's `media-image`: the picture
  // and its caption line).
  if (weight < 0) {
    return isBody || holdsMuchOfBody(c, bodyText) || isMediaPicture(el, c)
      ? null
      : 'negative class';
  }
  // The documents the article attaches ("File đính kèm: Quyết định số 123.pdf"), every link
  // leading to one, are the article's however much of the box is link text.
  if (c.documents > 0 && c.documents === c.otherLinks && c.input === 0 && c.embed === 0) {
    return null;
  }
  if (c.commas >= 10) return null;
  // A table of data (results, prices, a schedule) links out without being a link list.
  if (el.name === 'table' && isDataTable(el)) return null;
  const isList = el.name === 'ul' || el.name === 'ol' || (c.text > 0 && c.liText / c.text > 0.9);
  // A picture linked to its larger version shows no text, only the lines and tabs of its
  // layout, which collapse to spaces inside and outside the link.
  const density = c.text === 0 || (c.inked === 0 && c.otherLinks === 0) ? 0 : c.link / c.text;
  // The block holding most of the body's text is no block of pictures, however many a
  // slideshow's removed slides left in it.
  if (!isBody && c.img > 1 && c.p / c.img < 0.5 && c.figure === 0) return 'images without text';
  if (!isList && c.li - 100 > c.p) return 'list items without paragraphs';
  if (isList && !isBody && isLinkDirectory(c)) return 'link directory';
  if (c.input > Math.floor(c.p / 3)) return 'form inputs';
  if (density > 0 && (isZoomablePicture(el, c) || isCreditedPicture(el, c))) return null;
  if (!isList && c.text < 25 && (c.img === 0 || c.img > 2) && density > 0)
    return 'link-heavy block';
  if (!isList && weight < 25 && density > 0.2 && !isCitingProse(el, c, density)) {
    return 'link-heavy block';
  }
  if (weight >= 25 && density > 0.5) return 'link-heavy block';
  if ((c.embed === 1 && c.text < 75) || c.embed > 1) return 'embed';
  return null;
}

/**
 * Removes blocks heavy in links, images without text, form inputs or embeds from the
 * container, in place; `protect`ed elements stay, and neither a negative class name nor a
 * share of pictures removes the `body` blocks.
 */
export function cleanConditionally(
  container: Element,
  protect: ReadonlySet<Element>,
  body: ReadonlySet<Element>,
  remove: Remove,
): void {
  const counts = new Map<Element, Counts>();
  const whole = noCounts();
  countInto(container, whole, counts);
  visitConditionally(container, counts, protect, body, remove, whole.text - whole.link);
}

/** The walk of {@link cleanConditionally} (a module function, not a closure per page). */
function visitConditionally(
  el: Element,
  counts: ReadonlyMap<Element, Counts>,
  protect: ReadonlySet<Element>,
  body: ReadonlySet<Element>,
  remove: Remove,
  bodyText: number,
): void {
  // Each next sibling is taken before its predecessor is handled: a removal detaches only the
  // node at hand, so no copy of the children.
  let next: AnyNode | null = el.children[0] ?? null;
  while (next !== null) {
    const child: AnyNode = next;
    next = child.next;
    if (!isElement(child)) continue;
    const c = counts.get(child);
    const rule =
      !protect.has(child) && CONDITIONAL.has(child.name) && c !== undefined
        ? removalRule(child, c, body.has(child), bodyText)
        : null;
    if (rule !== null) {
      remove(child, rule, rule === 'negative class' ? classAndId(child).trim() : undefined);
      continue;
    }
    visitConditionally(child, counts, protect, body, remove, bodyText);
  }
}
