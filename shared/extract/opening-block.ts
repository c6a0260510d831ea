/**
 * The opening of the body, where two things that are not body text often stand: a byline in
 * bold ("MTHOBISI SITHOLE", "Mathatisi Sebusi/Mohalenyane Phakela") and the standfirst, written
 * as a bold opening paragraph ("Ngày 14/12, …" on Vietnamese portals, the first paragraph of many
 * news sites). Both are taken out of the body.
 */
import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { isWireAgency } from './author-names.ts';
import { cleanAuthors, looksLikeName, opensWithByLabel, parseByline } from './authors.ts';
import {
  closest,
  descendants,
  detach,
  edgeText,
  isBelow,
  precedes,
  replaceWith,
  textOf,
} from './content/dom.ts';
import { TEXT_BLOCK } from './content/plain-text.ts';
import { shortText } from './content/short-text.ts';
import { foldLetters } from './site.ts';
import { cleanText, cleanTextWithin, countWords } from './text.ts';

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'header',
  'main',
  'span',
  'font',
  'center',
  'table',
  'tbody',
  'tr',
  'td',
]);
const EMPHASIS = new Set(['b', 'strong']);
/** Class names of a heavier font weight. */
const WEIGHT_CLASS =
  /(?:^|[\s_-])(?:bold|semibold|font-semibold|font-bold|font-medium|fw-bold|strong)(?:$|[\s_-])/i;
const WEIGHT_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

function hasText(node: AnyNode): boolean {
  if (node.type === 'text') return node.data.trim() !== '';
  return isElement(node) && node.children.some(hasText);
}

function heavy(el: Element): boolean {
  return (
    EMPHASIS.has(el.name) ||
    WEIGHT_CLASS.test(el.attribs.class ?? '') ||
    WEIGHT_STYLE.test(el.attribs.style ?? '')
  );
}

const ITALIC = new Set(['em', 'i']);
const ITALIC_STYLE = /font-style\s*:\s*italic/i;

/** Whether every character of the element's text is in italics. */
function allItalic(el: Element): boolean {
  if (ITALIC.has(el.name) || ITALIC_STYLE.test(el.attribs.style ?? '')) return true;
  const parts = el.children.filter(hasText);
  return parts.length > 0 && parts.every((part) => isElement(part) && allItalic(part));
}

/** The next sibling of `el` that holds text, when it is a block. */
function nextTextBlock(el: Element): Element | null {
  for (let node = el.next; node !== null; node = node.next) {
    if (!hasText(node)) continue;
    return isElement(node) && BLOCKS.has(node.name) ? node : null;
  }
  return null;
}

/** Whether a line stands right above a list, as its label ("STORY HIGHLIGHTS"). */
function labelsList(el: Element): boolean {
  for (let node = el.next; node !== null; node = node.next) {
    if (!isElement(node) && !hasText(node)) continue;
    return isElement(node) && (node.name === 'ul' || node.name === 'ol');
  }
  return false;
}

/** Longest line read as a section's heading set in bold. */
const MAX_BOLD_HEADING = 80;

/**
 * Whether a bold line in capitals is set again further down the body, in the same element, all
 * bold, short and in capitals: the first of the sections' headings ("PICTURE BOOKS", later
 * "YOUNG ADULT BOOKS"), not a byline. (A name in bold above the text, "Mohloai Mpesi", is not
 * matched by the text's bold sub-headings.)
 */
function setAgainBelow(line: Element, root: Element): boolean {
  const text = textOf(line).trim();
  if (text !== text.toUpperCase()) return false;
  let after = false;
  for (const el of descendants(root)) {
    if (el === line) {
      after = true;
      continue;
    }
    if (!after || el.name !== line.name || isBelow(el, line)) continue;
    const other = textOf(el).trim();
    if (other === '' || other.length > MAX_BOLD_HEADING || !allBold(el)) continue;
    if (other === other.toUpperCase()) return true;
  }
  return false;
}

/** Most italic lines a standfirst set above a bold byline takes. */
const MAX_ITALIC_LINES = 3;

/** Whether every character of the element's text is bold. */
export function allBold(el: Element): boolean {
  if (heavy(el)) return true;
  const parts = el.children.filter(hasText);
  return parts.length > 0 && parts.every((part) => isElement(part) && allBold(part));
}

/** A class token of a picture's caption box (`wp-caption`, `caption-text`). */
const CAPTION_CLASS = /(?:^|[\s_-])caption(?:$|[\s_-])/i;

/** A picture and its caption, which the opening text follows: not the opening itself. */
export function isFigureOrCaption(node: AnyNode): boolean {
  if (!isElement(node)) return false;
  return (
    node.name === 'figure' ||
    node.name === 'figcaption' ||
    CAPTION_CLASS.test(node.attribs.class ?? '')
  );
}

/**
 * Whether a node is a picture's box: a figure or caption, or a box whose text is all in such
 * (a theme's featured-picture `<div>` around its `<figure>`).
 */
function isPictureBox(node: AnyNode, depth = 0): boolean {
  if (isFigureOrCaption(node)) return true;
  if (!isElement(node) || depth >= MAX_WRAPPERS) return false;
  const parts = node.children.filter(hasText);
  return parts.length > 0 && parts.every((part) => isPictureBox(part, depth + 1));
}

/**
 * Wrappers looked through down to the body's first block: a portal nests its article a dozen
 * deep (Liferay's column, drop zone, portlet, its content, body, asset and article boxes).
 */
const MAX_WRAPPERS = 32;

/**
 * The first block of the container that holds text: a paragraph, not a wrapper, and not a
 * picture's caption above the text.
 */
function firstTextBlock(container: Element): Element | null {
  let block: Element = container;
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const first = block.children.find((child) => hasText(child) && !isPictureBox(child));
    if (first === undefined || !isElement(first)) return block === container ? null : block;
    if (!BLOCKS.has(first.name)) return block === container ? null : block;
    if (first.name === 'p') return first;
    // A wrapper with several blocks: its first block.
    block = first;
  }
  return null;
}

/**
 * The body's first line: the run of text and inline elements the first text of the body stands
 * in, up to a block or a line break (`<em>Posted by <a>Dave Smith</a>, …</em>` loose above the
 * paragraphs, or a paragraph's text).
 */
function firstLine(container: Element): AnyNode[] {
  let block: Element = container;
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const at = block.children.findIndex((child) => hasText(child) && !isPictureBox(child));
    const first = block.children[at];
    if (first === undefined) return [];
    if (isElement(first) && BLOCKS.has(first.name)) {
      block = first;
      continue;
    }
    const line: AnyNode[] = [];
    for (let node: AnyNode | null = first; node !== null; node = node.next) {
      if (isElement(node) && (node.name === 'br' || BLOCKS.has(node.name))) break;
      line.push(node);
    }
    return line;
  }
  return [];
}

/**
 * A label that opens a byline line and never a sentence, a capitalised name after it: "Posted
 * by", "Written by", and as Spanish, French and Italian sites write them ("Publicado por",
 * "Escrito por", "Publié par", "Écrit par", "Scritto da", "Pubblicato da"), and German "Verfasst von".
 */
const POSTED_BY =
  /^(?:(?:[Pp]osted|[Ww]ritten|POSTED|WRITTEN)\s+(?:by|BY)|(?:[Pp]ublicado|[Ee]scrito)\s+por|(?:[Pp]ublié|[ÉéEe]crit|[Rr]édigé)\s+par|(?:[Ss]critto|[Pp]ubblicato)\s+da|[Vv]erfasst\s+von)\s+\p{Lu}/u;

/**
 * Takes a "Posted by" line opening the body (removed in place), emphasised or not, and returns
 * its names: a blog's printed byline ("Posted by Dave Smith, Developer Advocate for IoT") where
 * the page's author markup names the account that posted it.
 */
function takePostedBy(root: Element): string[] {
  const line = firstLine(root);
  const text = cleanTextWithin(line.map(textOf).join(''), MAX_POSTED_BY);
  if (text === null || !POSTED_BY.test(text)) return [];
  const names = cleanAuthors(text).filter((name) => name.includes(' ') && looksLikeName(name));
  if (names.length === 0) return [];
  const parent = line[0]?.parent ?? null;
  for (const node of line) detach(node);
  // A paragraph left empty goes with its line.
  if (parent !== null && isElement(parent) && parent !== root && !hasText(parent)) detach(parent);
  return names;
}

/** The longest "Posted by" line read: a name or two and a job title. */
const MAX_POSTED_BY = 120;

/** A class that names what the paragraph is, and it is not a standfirst. */
const FURNITURE_CLASS =
  /paywall|carousel|slide|caption|credit|promo|teaser|newsletter|subscri|advert/i;

/** The body's paragraphs compared with its opening one: at least, and at most. */
const MIN_COMPARED = 3;
const MAX_COMPARED = 30;

/**
 * Whether the opening paragraph is set apart by a class that none of the body's other
 * paragraphs has, while those look alike (two thirds of them share one class, or none): the
 * standfirst's styling, whatever its class says (a Funke site's `font-medium` hashed).
 */
function markedApart(block: Element, root: Element): boolean {
  const own = block.attribs.class?.trim() ?? '';
  if (block.name !== 'p' || own === '' || FURNITURE_CLASS.test(own)) return false;
  const classes = new Map<string, number>();
  let compared = 0;
  const stack: Element[] = [root];
  while (stack.length > 0 && compared < MAX_COMPARED) {
    const el = stack.pop() as Element;
    if (el.name === 'p' && el !== block) {
      const cls = el.attribs.class?.trim() ?? '';
      if (cls === own) return false;
      classes.set(cls, (classes.get(cls) ?? 0) + 1);
      compared++;
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i];
      if (child !== undefined && isElement(child)) stack.push(child);
    }
  }
  return compared >= MIN_COMPARED && Math.max(...classes.values()) * 3 >= compared * 2;
}

/** A label of the interviewer's question: "PV:" (phóng viên), "Hỏi:", "Q:", "Frage:". */
const QUESTION_LABEL =
  /^(?:pv|phóng viên|hỏi|q|question|frage|pregunta|pergunta|domanda|вопрос)\s*[:：.]/iu;

/**
 * Whether a bold opening paragraph is an interview's first question: a question labelled as
 * the interviewer's ("PV: Thưa ông, …?"), or one that another bold question follows after the
 * answer.
 */
function isInterviewQuestion(block: Element, text: string): boolean {
  if (!/\?["”»]?$/.test(text)) return false;
  if (QUESTION_LABEL.test(text)) return true;
  const answer = nextTextBlock(block);
  const next = answer === null ? null : nextTextBlock(answer);
  return next !== null && allBold(next) && /\?["”»]?$/.test(cleanText(textOf(next)));
}

/** A standfirst in a bold opening paragraph. */
const MIN_LEAD = 20;
const MAX_LEAD = 600;
/** A bold opening line of fewer words is a subheading ("What's new in 2.26?"), not a standfirst. */
const MIN_LEAD_WORDS = 10;

/** The fewest words of a bold opening line without a sentence's end read as a standfirst. */
const MIN_SUBTITLE_WORDS = 12;

/**
 * Whether a bold opening line that ends without a sentence's mark is a subtitle all the same:
 * of a subtitle's length ({@link MIN_SUBTITLE_WORDS} words), and not set in capitals throughout
 * (a release's distribution legend, "NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES…").
 * Canada.ca's releases open so: "Federal investment of over $12 million will help six
 * businesses commercialize clean technologies and create good jobs". A line in a script without
 * capitals (Chinese, Thai) is its own upper case, so it is never read so: such a line still needs
 * a sentence's end to be the standfirst.
 */
function isSubtitleLine(text: string): boolean {
  return countWords(text) >= MIN_SUBTITLE_WORDS && text !== text.toUpperCase();
}

const FIGURE: ReadonlySet<string> = new Set(['figure']);

/** A Vietnamese sentence's opening day or time: "Ngày 14/12,", "Sáng 14/12", "Chiều nay,". */
const DAY_OPENING_VI =
  /^(?:(?:rạng )?(?:ngày|sáng|trưa|chiều|tối|đêm) (?:\d{1,2}\/\d{1,2}|nay|qua|hôm qua)|hôm (?:nay|qua))[\s,/]/iu;

/** What the opening of the body holds besides body text. */
export interface Opening {
  /** Names from a bold byline line at the top of the body. */
  readonly authors: readonly string[];
  /** A bold opening paragraph, or one set apart by its class: the standfirst. */
  readonly lead: string | null;
  /** Whether the lead stays the body's opening (set apart by its class only), else removed. */
  readonly leadInBody?: boolean;
}

/** A short prefix before a spaced dash. */
const BEFORE_BYLINE = /^[^–—-]{1,30}\s[–—-]\s+/u;

/**
 * The names of a bold line that is a byline, or null. A bold line of one word is a dateline or
 * a label ("Washington", "Background"), not a byline.
 */

function bylineNames(text: string): string[] | null {
  if (text.length > 80) return null;
  // A site's name or a place and a dash before a labelled byline ("Jo24 – بقلم: …", "AMMAN —
  // By …"): the label's names (without it, a bare name after the dash is no byline).
  // Only before a label ("By", a word and a colon): names joined by a dash ("THU HÀ - MINH
  // TUẤN") are all the byline's.
  const rest = text.replace(BEFORE_BYLINE, '');
  const labelled = rest !== text && (opensWithByLabel(rest) || /^\S+\s*:/u.test(rest));
  const names = (labelled ? parseByline(rest) : null) ?? parseByline(text, true);
  return names?.every((name) => name.includes(' ')) ? names : null;
}

/**
 * The heading that opens the full text below its summary (Hindi papers' "विस्तार" under "सार"),
 * as a label of the body: no text of it.
 */
const FULL_STORY: ReadonlySet<string> = new Set([
  'विस्तार',
  'पूरी खबर',
  'full story',
  'the full story',
  'تفصیل',
  'বিস্তারিত',
]);

/** The longest label of a section opening the body ("País", "Local News"). */
const MAX_SECTION_LABEL = 30;

/**
 * Removes the body's opening line when it only names a section the page's address lies in (a
 * label above the text: "País" on `/actualidad/pais/20220503/…`), or the full story
 * ({@link FULL_STORY}), not the article's own slug
 * (the address's last part), a sentence, or a place opening the first sentence ("Berlin.").
 *
 * @param root - the body's container
 * @param url - the page's address
 * @returns the label removed, or null
 */
export function removeOpeningSectionLabel(root: Element, url: string): string | null {
  const first = edgeText(root, 'first');
  let line: Element | null = null;
  for (let up = first?.parent ?? null; up !== null && up !== root && up.type === 'tag'; ) {
    // Read no further than a label's length: the body's first box may hold the whole article.
    if (shortText(up as Element, MAX_SECTION_LABEL) === null) break;
    line = up as Element;
    up = line.parent;
  }
  if (line === null || inLine(line)) return null;
  const text = cleanText(textOf(line));
  // A place ending in a full stop opens the story's first sentence ("Berlin. Die Feuerwehr …").
  if (text.endsWith('.')) return null;
  // The address is parsed only now: most bodies open with no short line of their own.
  if (!addressSections(url).has(foldLetters(text)) && !FULL_STORY.has(text.toLowerCase())) {
    return null;
  }
  detach(line);
  return text;
}

/** The folded names of the sections a page's address lies in: its path's parts but the last. */
function addressSections(url: string): Set<string> {
  let path: string[];
  try {
    path = new URL(url).pathname.split('/').filter((part) => part !== '');
  } catch {
    return new Set();
  }
  return new Set(
    path
      .slice(0, -1)
      .map((part) => foldLetters(safeDecode(part)))
      .filter((part) => part !== '' && !/^\d+$/.test(part)),
  );
}

/** A path part decoded from its percent escapes, or as written when they are malformed. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * Takes a credit set apart (in italic or bold throughout) as the body's second line, below an
 * opening line such as a quotation, when it opens with a label naming who wrote it ("<em>Ein
 * Interview von <strong>Eugen Zentner</strong> mit …</em>"): its names, the line removed.
 */
function takeCreditBelowOpening(first: Element | null): string[] {
  const second = first === null ? null : nextTextBlock(first);
  if (second === null || !(allItalic(second) || allBold(second))) return [];
  const text = cleanText(textOf(second));
  if (!opensWithByLabel(text)) return [];
  const names = bylineNames(text);
  if (names === null || names.length === 0) return [];
  detach(second);
  return names;
}

/**
 * Takes a bold byline line, then a bold opening paragraph, from the top of the body (removed in
 * place). A paragraph is a standfirst only when it reads as a sentence and the body goes on
 * after it.
 *
 * @param $ - the loaded page
 * @param container - the body
 * @param wantLead - whether a lead is still wanted (the page has no standfirst element)
 * @param isPictureText - whether a text is a picture's caption or alternative text on the page
 * @returns the names and the lead found, each possibly empty
 */
export function takeOpening(
  $: CheerioAPI,
  container: Cheerio<Element>,
  wantLead: boolean,
  isPictureText: (text: string) => boolean,
): Opening {
  const root = container.get(0);
  if (root === undefined) return { authors: [], lead: null };
  let authors: string[] = [];
  let block = firstTextBlock(root);
  // A standfirst set in italic lines above a bold byline ("…as Bela Bela communities cry foul"
  // / "…accuse chiefs of accepting bribes" / "Mathatisi Sebusi/Mohalenyane Phakela").
  const italics: Element[] = [];
  for (let line = block; line !== null && italics.length < MAX_ITALIC_LINES && allItalic(line); ) {
    italics.push(line);
    line = nextTextBlock(line);
  }
  const last = italics.at(-1);
  const byline = last === undefined ? null : nextTextBlock(last);
  if (byline !== null && allBold(byline)) {
    const names = bylineNames(cleanText($(byline).text()));
    if (names !== null && names.length > 0) {
      $(byline).remove();
      const lead = italics.map((line) => cleanText($(line).text())).join(' ');
      if (!wantLead || lead.length < MIN_LEAD || lead.length > MAX_LEAD) {
        return { authors: names, lead: null };
      }
      for (const line of italics) $(line).remove();
      return { authors: names, lead };
    }
  }
  if (block !== null && allBold(block) && !labelsList(block) && !setAgainBelow(block, root)) {
    const names = bylineNames(cleanText($(block).text()));
    if (names !== null) {
      authors = names;
      $(block).remove();
      block = firstTextBlock(root);
    }
  }
  // A line of nothing but a wire agency's name opening the body ("Associated Press" under the
  // headline, as a wire story's page credits it) is the story's byline.
  const agency = block === null ? '' : cleanText(textOf(block));
  if (block !== null && authors.length === 0 && isWireAgency(agency) && nextTextBlock(block)) {
    authors = [agency];
    detach(block);
    block = firstTextBlock(root);
  }
  if (authors.length === 0) {
    authors = takeCreditBelowOpening(block);
    if (authors.length > 0) block = firstTextBlock(root);
  }
  if (authors.length === 0) {
    authors = takePostedBy(root);
    if (authors.length > 0) block = firstTextBlock(root);
  }
  if (!wantLead || block === null) return { authors, lead: null };
  const text = cleanText($(block).text());
  // An italic opening on a Vietnamese day or time ("Tối 14/12, …", "Chiều nay, …") is a
  // portal's sapo as a bold one is; other italic openings may be notes (a sponsor's, a summary).
  // Below a picture, such a paragraph is the picture's caption, unless the picture's figure has
  // its own.
  const uncaptioned = (img: Element) =>
    !descendants(closest(img, FIGURE, root) ?? img).some((d) => d.name === 'figcaption');
  const bold =
    allBold(block) ||
    (allItalic(block) &&
      DAY_OPENING_VI.test(text) &&
      !descendants(root).some((d) => d.name === 'img' && precedes(d, block) && uncaptioned(d)));
  if (!bold && !markedApart(block, root)) return { authors, lead: null };
  // Set apart by its class only, a picture's caption (its text the picture's own) is no lead.
  if (!bold && isPictureText(text)) return { authors, lead: null };
  // An interview's first question, in bold as its questions are, opens its text.
  if (bold && isInterviewQuestion(block, text)) return { authors, lead: null };
  const rest = cleanText(container.text()).length - text.length;
  const sentence = /[.!?…"”»)]$/.test(text);
  // A photo story's bold opening, all its other words its pictures' captions, is its only text.
  const pictured = bold && tellsInPictures(root, block, text.length);
  if (
    text.length < MIN_LEAD ||
    text.length > MAX_LEAD ||
    (!sentence && !(bold && isSubtitleLine(text))) ||
    countWords(text) < MIN_LEAD_WORDS ||
    (rest < text.length && !pictured)
  ) {
    return { authors, lead: null };
  }
  // Set apart by its class only, it may be an introduction the body needs (a drop cap's first
  // paragraph): it is the lead and stays the body's opening, as a description shown there does.
  // So does a photo story's: it is the lead and the body's only text.
  if (!bold || pictured) {
    return { authors, lead: text, leadInBody: true };
  }
  // Its pictures stay where it stood: the lead leaves the body, not what the paragraph shows.
  replaceWith(block, picturesIn(block));
  return { authors, lead: text };
}

/**
 * The pictures an element shows: its `<picture>`s and `<noscript>`s (a lazy picture's copy for
 * browsers without scripts, which the renderer reads with the picture beside it), and its
 * `<img>`s outside them.
 */
function picturesIn(el: Element): Element[] {
  const found = descendants(el).filter((d) => PICTURE_PARTS.has(d.name));
  return found.filter(
    (d) => !found.some((box) => box !== d && box.name !== 'img' && isBelow(d, box)),
  );
}

const PICTURE_PARTS: ReadonlySet<string> = new Set(['picture', 'noscript', 'img']);

/** Pictures a body shows at least to tell its story in them. */
const STORY_PICTURES = 2;
/** Elements whose text is a picture's. */
const PICTURE_TEXT: ReadonlySet<string> = new Set(['figure', 'figcaption']);
/** Elements whose text no reader sees. */
const UNSEEN: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Whether a body tells its story in pictures besides `block`: it shows {@link STORY_PICTURES}
 * or more, and its other text is shorter than `chars` once its pictures' captions are left out
 * (a figure's text, a paragraph set wholly in italics, as a portal captions its pictures).
 */
function tellsInPictures(root: Element, block: Element, chars: number): boolean {
  let pictures = 0;
  let prose = 0;
  // Each node with whether an italic element or style holds it (within its paragraph).
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, italic] = stack.pop() as [AnyNode, boolean];
    if (node.type === 'text') {
      if (!italic) prose += node.data.trim().length;
      if (prose >= chars) return false;
      continue;
    }
    if (
      !isElement(node) ||
      node === block ||
      PICTURE_TEXT.has(node.name) ||
      UNSEEN.has(node.name)
    ) {
      continue;
    }
    if (node.name === 'img') pictures++;
    const slanted = italic || ITALIC.has(node.name) || ITALIC_STYLE.test(node.attribs.style ?? '');
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push([node.children[i] as AnyNode, slanted]);
    }
  }
  return pictures >= STORY_PICTURES;
}

/**
 * Whether an element is part of a line whose other words stand beside it (`<p><span>Tom
 * Davies</span> <span>Associated Press</span></p>`): text or an inline element with text among
 * its siblings.
 */
export function inLine(el: Element): boolean {
  return (el.parent?.children ?? []).some((sibling) =>
    sibling === el
      ? false
      : sibling.type === 'text'
        ? sibling.data.trim() !== ''
        : isElement(sibling) && !TEXT_BLOCK.has(sibling.name) && shortText(sibling, 0) !== '',
  );
}
