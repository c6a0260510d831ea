import type { Cheerio, CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element, Text } from 'domhandler';
import {
  isJobTitleOnly,
  isNewsroomDesk,
  isNewsroomSignOff,
  isRoleAfterName,
  isWireAgency,
  namesInstitution,
} from './author-names.ts';
import {
  creditWithDate,
  isCollectiveCredit,
  isSourceCredit,
  isTranslatorLine,
  isUnitCredit,
  isUnitLine,
  looksLikeName,
  parseByline,
  personOverOutlet,
  siteCreditNames,
} from './authors.ts';
import {
  append,
  descendants,
  detach,
  holdsBlocks,
  INLINE,
  isBelow,
  isLoneCell,
  LISTS,
  linksDocument,
  linksOnlyDocuments,
  replaceWith,
  textOf,
  trimmedTextFits,
} from './content/dom.ts';
import { isDataTable } from './content/layout.ts';
import { ATTACHMENTS_LABEL } from './content/patterns.ts';
import { isArticleMetadata, isNewsroomCredit } from './content/promo.ts';
import { AGE, PUBLICATION_WORD_PATTERN } from './date-words.ts';
import { onFirstUse } from './first-use.ts';
import { isFigureOrCaption } from './opening-block.ts';
import { type SectionLinkTest, textWithoutSectionLinks } from './section-links.ts';
import { cleansToNothing, cleanText, cleanTextWithin, countWords, SENTENCE_END } from './text.ts';

const EMPHASIS = new Set(['b', 'strong', 'em', 'i']);
const NOT_BYLINE = new Set([
  'figure',
  'figcaption',
  'caption',
  'blockquote',
  'ul',
  'ol',
  'pre',
  'code',
]);
/** The most lines a byline takes ("Tin: …" / "Ảnh: …" / "Theo …"). */
const MAX_BYLINE_LINES = 3;

/** The most closing lines read: bylines, and the dates and their labels among them. */
const MAX_CLOSING_LINES = 6;

/** The longest closing date line ("Veröffentlicht am 28. November 2022, 14:05 Uhr"). */
const MAX_CLOSING_DATE_CHARS = 60;

/** A publication or update label alone, its date on the next line ("Letzte Aktualisierung"). */
const PUBLICATION_LABEL_ALONE = new RegExp(`^(?:${PUBLICATION_WORD_PATTERN}|stand)\\s*:?$`, 'iu');

/**
 * Whether a closing line is a date alone: short, and nothing but a date and its label. Two
 * dates a bar or a dash divides are the span an event runs (an exhibition's), which the article
 * tells: no date line (`isDateline`).
 */
function isClosingDate(text: string, isDateline: (text: string) => boolean): boolean {
  const line = cleanText(text);
  return line !== '' && line.length <= MAX_CLOSING_DATE_CHARS && isDateline(line);
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag';
}

/** Whether a node is a definition list's item (`<dd>`). */
function isItem(node: AnyNode): boolean {
  return isElement(node) && node.name === 'dd';
}

/** Whether a node holds any visible character; stops at the first (bodies can be huge). */
const LINE_BREAKING: ReadonlySet<string> = new Set(['br', 'p', 'div', 'table']);
const MEDIA: ReadonlySet<string> = new Set(['img', 'video', 'iframe']);
const IMAGE: ReadonlySet<string> = new Set(['img']);
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['b', 'strong', 'em', 'i']);

/** Whether an element below `el` has one of the tag names (a selector, without compiling one). */
function hasDescendant(el: Element, names: ReadonlySet<string>): boolean {
  return descendants(el).some((d) => names.has(d.name));
}

/**
 * The text of the emphasis elements below `el`, each in document order, nested ones again
 * (what `$(el).find('b, strong, em, i').text()` gives).
 */
function emphasisText(el: Element): string {
  let out = '';
  for (const d of descendants(el)) if (EMPHASIS_TAGS.has(d.name)) out += textOf(d);
  return out;
}

function hasText(_$: CheerioAPI, node: AnyNode): boolean {
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop() as AnyNode;
    if (next.type === 'text') {
      if (!cleansToNothing(next.data)) return true;
    } else if (isElement(next)) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as AnyNode);
    }
  }
  return false;
}

/** The largest side of a thumbnail (an author's portrait beside the byline), in pixels. */
const MAX_THUMBNAIL_SIDE = 100;

/** Whether an element holds a picture larger than a thumbnail (by its declared size). */
function showsPicture(el: Element): boolean {
  return descendants(el).some((d) => {
    if (d.name !== 'img') return false;
    const width = Number(d.attribs.width);
    const height = Number(d.attribs.height);
    return !(
      width > 0 &&
      height > 0 &&
      width <= MAX_THUMBNAIL_SIDE &&
      height <= MAX_THUMBNAIL_SIDE
    );
  });
}

/** Whether an element is or holds a picture, a video or a frame. */
function showsMedia(el: Element): boolean {
  return MEDIA.has(el.name) || hasDescendant(el, MEDIA);
}

/** Whether a node is a line break (`<br>`). */
function isBreak(node: AnyNode): boolean {
  return isElement(node) && node.name === 'br';
}

/** The last line of a block: its child nodes with text after the last `<br>` or block element. */
function lastLine($: CheerioAPI, block: Element): AnyNode[] {
  const children = block.children;
  let end = children.length;
  while (end > 0) {
    const node = children[end - 1];
    // An element without text ends the search only when it shows something (a picture): an
    // empty box a removed share bar left is passed over.
    if (node !== undefined && (hasText($, node) || (isElement(node) && showsMedia(node)))) break;
    end--;
  }
  // A line runs back to a <br>, or to a block before it (a date in a <span> after the last
  // paragraph is a line of its own).
  let start = end;
  while (start > 0) {
    const node = children[start - 1];
    if (node === undefined || isBreak(node) || (isElement(node) && !INLINE.has(node.name))) break;
    start--;
  }
  return children.slice(start, end);
}

/** The raw characters a "by" label on a line of its own takes at most, spaces included. */
const MAX_LABEL_CHARS = 40;

/** A line above a closing line (a "by" label, a name over its unit): its text, and its line or its own block. */
interface LabelAbove {
  readonly text: string;
  /** The label's nodes, when it is the line before the name's in the same block. */
  readonly line: readonly AnyNode[];
  /** The label's block, when it is the block before the name's. */
  readonly block: Element | null;
}

/**
 * The "by" label on the line above a closing name ({@link BY_LABEL_LINE}: "<b>Von:</b><br><br>
 * Götz Warnke"), or in the block before the name's (`<p>Von:</p><p>Götz Warnke</p>`); null when
 * the line above is anything else.
 */
function labelAbove($: CheerioAPI, block: Element, line: readonly AnyNode[]): LabelAbove | null {
  const above = lineAbove($, block, line, MAX_LABEL_CHARS);
  return above !== null && BY_LABEL_LINE.test(above.text) ? above : null;
}

/**
 * The line above a closing line, in the same block (back to a `<br>`) or the block before it, and
 * its text when it is at most `maxChars` characters; null when there is none.
 */
function lineAbove(
  $: CheerioAPI,
  block: Element,
  line: readonly AnyNode[],
  maxChars: number,
): LabelAbove | null {
  const { children } = block;
  let i = line[0] === undefined ? -1 : children.indexOf(line[0]) - 1;
  for (; i >= 0; i--) {
    const node = children[i] as AnyNode;
    if (isElement(node) ? !isBreak(node) : hasText($, node)) break;
  }
  if (i >= 0) {
    const end = i + 1;
    while (i >= 0 && !isBreak(children[i] as AnyNode)) i--;
    const above = children.slice(i + 1, end);
    const text = shortText(above, maxChars);
    return text === null ? null : { text, line: above, block: null };
  }
  let prev = block.prev;
  while (prev !== null && !isElement(prev) && !hasText($, prev)) prev = prev.prev;
  if (prev === null || !isElement(prev) || holdsBlocks(prev)) return null;
  const text = shortText([prev], maxChars);
  return text === null ? null : { text, line: [], block: prev };
}

/** The text of nodes when it is at most `maxChars` characters, else null. */
function shortText(nodes: readonly AnyNode[], maxChars: number): string | null {
  let raw = '';
  for (const node of nodes) {
    const read = readText(node, maxChars);
    raw += read.raw;
    if (!read.whole || raw.length > maxChars) return null;
  }
  return cleanText(raw);
}

/**
 * A Vietnamese job title opening the line below a closing name, with its unit after it or not
 * ("Chuyên viên Phòng Nội vụ", "Phó Giám đốc Sở Nội vụ"): the author's post, as a unit's line.
 */
const JOB_TITLE_VI =
  /^(?:chuyên viên|cán bộ|nhân viên|phóng viên|biên tập viên|cộng tác viên|giáo viên|(?:phó )?(?:trưởng (?:phòng|ban|khoa)|giám đốc))(?![\p{L}\p{N}])/iu;

/**
 * A line of a job title, its unit after a comma or not: "Chuyên viên Phòng Nội vụ", "Senior
 * Policy Analyst, Council Research Office".
 */
function isTitleLine(text: string): boolean {
  const first = text.split(',')[0] as string;
  return JOB_TITLE_VI.test(text) || isJobTitleOnly(first) || isRoleAfterName(first);
}

/** The most characters of a closing name's line above its unit's. */
const MAX_NAME_LINE_CHARS = 60;

/**
 * A closing name on the line above its unit's ("<strong>Nguyễn Hương</strong><br><em>(Trung tâm
 * VH-TT&TT huyện)</em>") or its source's ("Nguồn: Sở Công Thương"): the two lines read as one
 * byline, "Nguyễn Hương (Trung tâm VH-TT&TT huyện)"; null when the line is neither or the line
 * above names no one with it. `title`: whether the line is a job title's ({@link isTitleLine}).
 */
function nameAboveUnit(
  $: CheerioAPI,
  block: Element,
  line: readonly AnyNode[],
  text: string,
  title: boolean,
): (LabelAbove & { readonly names: string[] }) | null {
  if (!title && !isUnitLine(text) && !SOURCE_LINE.test(text)) return null;
  const above = lineAbove($, block, line, MAX_NAME_LINE_CHARS);
  if (above === null) return null;
  // A name over a title below other lines of its block closes a signature block ("KT. CHỦ
  // TỊCH<br>(đã ký)<br>Nguyễn Văn An<br>Phó Giám đốc …"): it names the signer.
  const first = above.line[0];
  const before = first === undefined ? [] : block.children.slice(0, block.children.indexOf(first));
  if (title && before.some((node) => hasText($, node))) return null;
  const unit = text.trim().replace(/^\((.*)\)$/u, '$1');
  // A title's unit may name its place after a comma ("Giáo viên Trường THCS Lê Lợi, TP Vinh").
  const names = title ? parseByline(above.text, true) : parseByline(`${above.text} (${unit})`);
  return names === null ? null : { ...above, names };
}

/** A person credited with "Theo" over the outlet's line ({@link personOverOutlet}), or null. */
function personAboveOutlet(
  $: CheerioAPI,
  block: Element,
  line: readonly AnyNode[],
  text: string,
): (LabelAbove & { readonly names: string[] }) | null {
  const above = lineAbove($, block, line, MAX_NAME_LINE_CHARS);
  const person = above === null ? null : personOverOutlet(above.text, text);
  return above === null || person === null ? null : { ...above, names: [person] };
}

/** The last child of `block` that holds text (read from the end: bodies have many children). */
function lastWithText($: CheerioAPI, block: Element): AnyNode | undefined {
  const { children } = block;
  for (let i = children.length - 1; i >= 0; i--) {
    const node = children[i] as AnyNode;
    if (hasText($, node)) return node;
  }
  return undefined;
}

/** The innermost block element holding the container's last text. */
function lastTextBlock($: CheerioAPI, container: Element): Element | null {
  let block: Element = container;
  for (;;) {
    const last = lastWithText($, block);
    if (last === undefined) return block === container ? null : block;
    if (!isElement(last)) return block;
    // A caption, quote or list closing the body is not where bylines go ("Ảnh: …" credits a photo).
    if (NOT_BYLINE.has(last.name)) return null;
    // Old pages wrap whole bodies in <font> or <span> with <br> lines: look inside those too.
    if (INLINE.has(last.name) && !hasDescendant(last, LINE_BREAKING)) return block;
    block = last;
  }
}

function isEmphasised($: CheerioAPI, block: Element, line: AnyNode[]): boolean {
  const style = `${block.attribs.style ?? ''} ${block.attribs.align ?? ''} ${block.attribs.class ?? ''}`;
  if (/text-align\s*:\s*right|\bright\b|author|byline|tac-?gia/i.test(style)) return true;
  // An element of the line marked as the author's name sets it apart too ("<span
  // class="author__name">").
  if (line.some((node) => isElement(node) && /author|byline/i.test(node.attribs.class ?? ''))) {
    return true;
  }
  const withText = line.filter((node) => hasText($, node));
  return (
    withText.length > 0 &&
    withText.every(
      (node) =>
        isElement(node) &&
        (EMPHASIS.has(node.name) || emphasisText(node).trim() === $(node).text().trim()),
    )
  );
}

/** Removes an element and then its ancestors that are left without text, up to the container. */
function removeUpward($: CheerioAPI, element: Element, container: Element): void {
  let current: Element | null = element;
  while (current !== null && current !== container) {
    const parent: Element | null =
      current.parent && isElement(current.parent) ? current.parent : null;
    $(current).remove();
    if (parent === null || hasText($, parent) || hasDescendant(parent, MEDIA)) return;
    current = parent;
  }
}

/**
 * Detects bylines at the end of the article body ("Tin, ảnh: ĐỖ HUY.", "Bài, ảnh: …",
 * "Nhóm PV", "Theo …", "Hoàng Anh - Đài Truyền thanh huyện", "By …", "- Nadja Podbregar"),
 * removes them from the body in place, and returns their names in reading order. A date line
 * alone among those last lines ("28. November 2022", above or below the byline, or with none)
 * is metadata too, and is removed with them.
 *
 * @param $ - the loaded page
 * @param container - the main content element
 * @param isSectionLink - the page's links to its listing pages, whose text names no one
 * @param isDateline - whether a text is a date line and nothing more
 * @returns the authors named by the trailing byline lines (possibly none), and the date line
 *   among them
 */
export function takeTrailingByline(
  $: CheerioAPI,
  container: Cheerio<Element>,
  isSectionLink: SectionLinkTest,
  isDateline: (text: string) => boolean,
): ClosingLines {
  const root = container.get(0);
  if (root === undefined) return { names: [], date: null, outlets: [], signers: [] };
  if (endsWithIssuersSignOff($, root)) return { names: [], date: null, outlets: [], signers: [] };
  const setAside = setAsideClosingLines($, root);
  try {
    // An official document's signature block is the document's: its signer stays with it, and
    // only the lines below the signer's name (the reporter's) are read.
    const below = linesBelowSignature(root);
    if (below === 0) return { names: [], date: null, outlets: [], signers: [] };
    return closingLines($, root, isSectionLink, isDateline, below ?? MAX_CLOSING_LINES);
  } finally {
    putBack(setAside, root);
  }
}

/** What the lines closing the body said, once taken out of it. */
export interface ClosingLines {
  /** The authors their bylines name, in reading order. */
  readonly names: string[];
  /** The text of the date line alone among them (the lowest, if several), or null. */
  readonly date: string | null;
  /** The outlets among the names, credited as the article's source ("Theo Dân trí"). */
  readonly outlets: readonly string[];
  /** The names read over their job title's line: a signature, perhaps of the one interviewed. */
  readonly signers: readonly string[];
}

/** The most closing lines passed over below a byline (a source line, an attached document). */
const MAX_LINES_BELOW_BYLINE = 2;
/** The longest such line. */
const MAX_SET_ASIDE_CHARS = 200;

/**
 * A line crediting where the article came from: "Nguồn: Báo Yên Bái", "Source: Reuters", "Эх
 * сурвалж: ikon.mn", and in Central and Eastern Europe's languages ("Sursa: Agerpres", "Izvor:
 * Tanjug", "Извор: Танјуг", "Източник: БТА", "Vir: STA", "Źródło: PAP", "Forrás: MTI").
 */
const SOURCE_LINE =
  /^(?:nguồn|source|sources|quelle|quellen|fuente|fuentes|fonte|fonti|bron|kilde|källa|источник|джерело|эх сурвалж|sursa|izvor|извор|източник|vir|allikas|avots|šaltinis|źródło|zdroj|forrás|lähde|πηγή)\s*:\s*\S/iu;

/** A block set aside, and where it stood. */
interface SetAside {
  readonly block: Element;
  readonly parent: Element;
  readonly next: AnyNode | null;
}

/**
 * Takes out the closing lines that stay in the body below a byline — a source line, a link to
 * an attached document or their list and its label ({@link ATTACHMENTS_LABEL}), each a block of
 * its own — so that the byline above them is the body's last line; {@link putBack} returns them.
 */
function setAsideClosingLines($: CheerioAPI, root: Element): SetAside[] {
  const out: SetAside[] = [];
  for (let i = 0; i < MAX_LINES_BELOW_BYLINE; i++) {
    // A list closing the body is no line a byline reads, but a list of the attached documents
    // is set aside as their link is, and so is a box holding it with its label.
    const last = lastWithText($, root);
    const documents =
      last !== undefined &&
      isElement(last) &&
      (LISTS.has(last.name) || hasDescendant(last, LISTS)) &&
      linksOnlyDocuments(last);
    const block = documents ? (last as Element) : lastTextBlock($, root);
    if (block === null || block === root || !isElement(block.parent as AnyNode)) break;
    // Read up to a line's length: the last block may be the whole body (an old page's lines).
    const { raw, whole } = readText(block, MAX_SET_ASIDE_CHARS * 2);
    const text = cleanText(raw);
    if (!whole || text.length > MAX_SET_ASIDE_CHARS) break;
    // The label over the documents set aside already ("Tệp đính kèm:" above their list).
    const documentsLabel = out.length > 0 && ATTACHMENTS_LABEL.test(text);
    // A wire agency as the source signs the text: it is read as a byline ("Nguồn: TTXVN"),
    // not in a picture's caption, where it credits the picture ("Quelle: dpa" under a photo).
    const source = SOURCE_LINE.test(text) && !(isSourceCredit(text) && !inPicture(block, root));
    if (!(source || linksDocument(block) || documentsLabel)) break;
    out.push({ block, parent: block.parent as Element, next: block.next });
    detach(block);
  }
  return out;
}

/**
 * Whether a line credits a picture or a player: it is or stands in a figure or caption below
 * `root`, holds one, or follows one (a box of its own after the picture, ZDF's "Quelle: dpa").
 */
function inPicture(block: Element, root: Element): boolean {
  if (hasDescendant(block, FIGURE_OR_PLAYER)) return true;
  for (let node: Element | null = block; node !== null && node !== root; ) {
    if (isFigureOrCaption(node)) return true;
    // What stands before it, past empty nodes (a spacer between the picture and its credit).
    let before = node.prev;
    while (before !== null && isEmptyNode(before)) before = before.prev;
    if (before !== null && isElement(before) && showsPictureOrPlayer(before)) return true;
    node = node.parent?.type === 'tag' ? (node.parent as Element) : null;
  }
  return false;
}

/** Whether a node shows nothing: blank text, or an element without text or media. */
function isEmptyNode(node: AnyNode): boolean {
  if (isElement(node) && showsPictureOrPlayer(node)) return false;
  // Read up to its first character: a node before the credit may hold most of the body.
  return trimmedTextFits(node, 0);
}

/** Whether an element is or holds a figure, a picture or a player. */
function showsPictureOrPlayer(el: Element): boolean {
  return showsMedia(el) || FIGURE_OR_PLAYER.has(el.name) || hasDescendant(el, FIGURE_OR_PLAYER);
}

/** Puts the blocks {@link setAsideClosingLines} took back where they stood (else at the end). */
function putBack(setAside: readonly SetAside[], root: Element): void {
  for (const { block, parent, next } of [...setAside].reverse()) {
    const home = parent === root || isBelow(parent, root) ? parent : root;
    if (next !== null && next.parent === home) replaceWith(next, [block, next]);
    else append(home, block);
  }
}

/**
 * What marks an official document's signature block, as Vietnamese administrative documents
 * write it: signing on behalf of a body or for its head ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
 * "TL.", "TUQ."), "(Đã ký)", the signature's place in a published copy, or the head's title in
 * capitals on a line of its own, signing in their own name ("GIÁM ĐỐC", "TRƯỞNG PHÒNG").
 */
const SIGNATURE_MARK =
  /(?<![\p{L}\p{N}])(?:TM|KT|TL|TUQ)\.\s*\p{Lu}{2}|\((?:đã ký|Đã ký|ĐÃ KÝ)\)|^(?:PHÓ )?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG (?:PHÒNG|BAN)|HIỆU TRƯỞNG|BÍ THƯ)$/u;
/**
 * A line alone that signs a letter or decision for its issuer, as other languages write it:
 * "For the Minister", "On behalf of the Secretary", German "Im Auftrag", "In Vertretung", "i. A.",
 * French "Pour le ministre et par délégation", "Par délégation", "P.O.". Built on first use.
 */
const signingLine = onFirstUse(
  () =>
    /^(?:(?:for|on behalf of) the (?:minister|secretary(?: of state)?|president|director|chair(?:man|woman|person)?|mayor|governor|commissioner)|im auftrag|in vertretung|i\.\s?[av]\.|pour l[ea] (?:ministre|préfète?|président(?:e)?|direct(?:eur|rice)|maire)(?: et par délégation)?|par délégation|p\.\s?o\.)\s*[,:]?$/iu,
);
/** The characters read at the end of the body for a signature block. */
const SIGNATURE_REACH = 200;

/**
 * How many lines close the body below an official document's signature block: its mark
 * ({@link SIGNATURE_MARK}, {@link signingLine}), the signer's titles (in capitals: "PHÓ THỦ
 * TƯỚNG"; or no name: "Le directeur général,") and the signer's name, the first line below the
 * mark that reads as a name in mixed case. A reporter's line there ("Phương Liên") is the
 * article's byline. Null when the body ends with no signature block; 0 when it ends with the
 * signer's name (or with no name below the mark).
 */
function linesBelowSignature(root: Element): number | null {
  const lines = lastLines(root, SIGNATURE_REACH);
  const mark = lines.findLastIndex((line) => SIGNATURE_MARK.test(line) || signingLine().test(line));
  if (mark < 0) return null;
  const signer = lines.findIndex(
    (line, i) => i > mark && /\p{Ll}/u.test(line) && looksLikeName(line),
  );
  return signer < 0 ? 0 : lines.length - 1 - signer;
}

/** The most lines of an issuing body's sign-off: the body, its unit, the place, the date. */
const MAX_SIGN_OFF_LINES = 4;

/**
 * Whether the body ends with the sign-off of the body that issued it, a press release's: one
 * block of short lines parted by `<br>`, the first naming an institution by its kind
 * ("MINISTRY OF FOREIGN AFFAIRS<br>SINGAPORE<br>17 NOVEMBER 2024"). Its lines are the issuer's,
 * the place and the date: none names an author (the place read alone was one, "Singapore"), and
 * the block stays whole, as the reader expects it under the release.
 */
function endsWithIssuersSignOff($: CheerioAPI, root: Element): boolean {
  const block = lastTextBlock($, root);
  if (block === null || block === root || !hasDescendant(block, BREAK)) return false;
  const { raw, whole } = readText(block, MAX_SET_ASIDE_CHARS);
  if (!whole) return false;
  const lines = cleanLines(raw);
  const [first] = lines;
  return (
    first !== undefined &&
    lines.length >= 2 &&
    lines.length <= MAX_SIGN_OFF_LINES &&
    namesInstitution(first) &&
    !SENTENCE_END.test(first)
  );
}

/**
 * The last lines of a node's text, cleaned, empty ones left out: a `<br>` and each block element
 * part them, as {@link lastLine} reads them; read from the end until at least `limit` characters
 * are (not the whole text of a long body), so the first may be cut.
 */
function lastLines(node: AnyNode, limit: number): string[] {
  const parts: string[] = [];
  let length = 0;
  const stack: (AnyNode | null)[] = [node];
  while (stack.length > 0 && length < limit) {
    const next = stack.pop() as AnyNode | null;
    if (next === null || isBreakElement(next)) parts.push('\n');
    else if (next.type === 'text') {
      parts.push(next.data);
      length += next.data.length;
    } else if (isElement(next)) {
      // A block ends a line and starts one: its start is read once its children are.
      const block = !INLINE.has(next.name);
      if (block) {
        parts.push('\n');
        stack.push(null);
      }
      for (const child of next.children) stack.push(child);
    }
  }
  return cleanLines(parts.reverse().join(''));
}

/** A credit of the pictures alone ("Ảnh: Hải Nam", "Photos: …"): among a production's credits, no author. */
const PICTURES_CREDIT_LINE = /^(?:ảnh|photos?|fotos?|bilder?|video|clip)\s*[:：]/iu;

/**
 * The byline and date lines closing the body, which are removed from it; `maxLines` of them at
 * most (those below a signature block).
 */
function closingLines(
  $: CheerioAPI,
  root: Element,
  isSectionLink: SectionLinkTest,
  isDateline: (text: string) => boolean,
  maxLines: number,
): ClosingLines {
  const found: string[][] = [];
  const outlets: string[] = [];
  const signers: string[] = [];
  let date: string | null = null;
  // Whether a credit of the newsroom's roles closes the body: the credits above it give each
  // role its own line, and only the text's names its author.
  let production = false;
  for (let bylines = 0, lines = 0; bylines < MAX_BYLINE_LINES && lines < maxLines; lines++) {
    const block = lastTextBlock($, root);
    if (block === null) break;
    let line = lastLine($, block);
    // A line of section links ("In News, Portugal - 02 Feb 2025") names no one.
    const text = textWithoutSectionLinks(line, isSectionLink);
    // A reporter's name, outlets and date ("Anna Brück, rbb, tagesschau, 14.10.2026 12:47 Uhr")
    // name the reporter; a date line names no one, nor does its label on a line of its own.
    const credit = cleanText(text);
    const datedCredit = creditWithDate(credit, isDateline);
    const isDate = datedCredit === null && isClosingDate(text, isDateline);
    if (isDate) date ??= credit;
    if (datedCredit !== null) date ??= datedCredit.date;
    const dated = isDate || PUBLICATION_LABEL_ALONE.test(credit);
    // The copyright below the credits on a line of their block ("Pewarta: …<br>Editor: …<br>
    // Copyright © ANTARA 2023") names no one either.
    const metadata = !dated && isArticleMetadata(credit);
    if (!dated && !metadata) bylines++;
    // A translator's or the newsroom's credit ("Thiết kế: …", "Redaktion: …"), a credit to a unit
    // ("Tin, ảnh: Phòng PV01"), or the newsroom's word alone ("Redacción") closes the byline
    // lines without naming an author.
    if (isNewsroomCredit(credit)) production = true;
    const namesNoOne =
      dated ||
      metadata ||
      isTranslatorLine(text) ||
      isNewsroomCredit(credit) ||
      isUnitCredit(credit) ||
      isNewsroomSignOff(credit) ||
      isNewsroomDesk(credit) ||
      isCollectiveCredit(credit) ||
      (production && PICTURES_CREDIT_LINE.test(credit));
    // Whether the credit is a job title's line, asked up to three times: read once.
    let titleLine: boolean | undefined;
    const isTitle = (): boolean => {
      titleLine ??= isTitleLine(credit);
      return titleLine;
    };
    let names =
      datedCredit?.names ??
      bracketedAgency(credit) ??
      (namesNoOne ? [] : isTitle() ? null : parseByline(text, isEmphasised($, block, line)));
    if (names === null) {
      // A name in brackets closing the last paragraph signs it: the paragraph stays.
      const signOff = bracketedSignOff(line) ?? mailedInitials(line);
      if (signOff !== null) {
        found.unshift(signOff.names);
        if ('element' in signOff) $(signOff.element).remove();
        else signOff.text.data = signOff.before;
        break;
      }
      const unit =
        nameAboveUnit($, block, line, credit, isTitle()) ??
        personAboveOutlet($, block, line, credit);
      const label = unit ?? labelAbove($, block, line);
      // The line above is read with this one only when it is no signature block's.
      if (label === null || lines + 1 >= maxLines) break;
      names = unit?.names ?? parseByline(`${label.text} ${text}`, true);
      if (names === null) break;
      if (isTitle()) signers.push(...names);
      if (label.block !== null) removeUpward($, label.block, root);
      else {
        const { children } = block;
        const from = children.indexOf(label.line[0] as AnyNode);
        line = children.slice(from, children.indexOf(line.at(-1) as AnyNode) + 1);
      }
    }
    found.unshift(names);
    if (isSourceCredit(credit)) outlets.push(...names);
    const all = block.children.filter((node) => hasText($, node));
    if (line.length > 0 && all.every((node) => line.includes(node)) && block !== root) {
      removeUpward($, block, root);
    } else {
      const first = line[0];
      // Drop the line and the <br>s before it.
      let prev = first?.prev ?? null;
      for (const node of line) $(node).remove();
      while (prev !== null && (isElement(prev) ? prev.name === 'br' : !hasText($, prev))) {
        const before: AnyNode | null = prev.prev;
        $(prev).remove();
        prev = before;
      }
    }
  }
  const names: string[] = [];
  for (const name of found.flat()) if (!names.includes(name)) names.push(name);
  return { names, date, outlets, signers };
}

/** A line of one name in round or square brackets: "(Reuters)", "[dpa]". */
const BRACKETED_LINE = /^[([]\s*([^()[\]]{2,40}?)\s*[)\]]$/u;

/**
 * The news agency a closing line names alone in brackets ("(Reuters)", "(Xinhua)", "(dpa)",
 * "[Reuters]"), as "(AFP)" in capitals was read already: the agency wrote the text. Null for
 * any other line, and for another name in brackets ("(The Conversation)").
 */
function bracketedAgency(line: string): string[] | null {
  const agency = BRACKETED_LINE.exec(line)?.[1];
  return agency !== undefined && isWireAgency(agency) ? [agency] : null;
}

/** Subheadings a date line may be set as, which {@link DATELINE_BLOCKS} does not read. */
const SUBHEADINGS: ReadonlySet<string> = new Set(['h2', 'h3']);
/**
 * Blocks read as a dateline's, a byline's or a metadata line: paragraphs, boxes, and the cells
 * and definition items old CMSs set them in (Joomla's `<td class="createdate">`, its
 * `<dl class="article-info">`).
 */
const DATELINE_BLOCKS = new Set([
  'p',
  'div',
  'span',
  'time',
  'h4',
  'h5',
  'h6',
  'td',
  'dt',
  'dd',
  'li',
]);

/** A unit after a credit's name and a dash: "Tin, ảnh: Hồng Nhung - CDC Nghệ An". */
const UNIT_AFTER_NAME = String.raw`[\p{Lu}\d][\p{L}\p{M}\d&.'’ -]{1,40}`;

/** One person's name in a byline line: two to four capitalised words, particles between. */
const BYLINE_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:von|van|de|der|den|da|di|du|le|la|bin|al)\s+)*\p{Lu}[\p{L}\p{M}.'’-]*){1,3}`;
/** A contributor's outlet after the names: ", Special to the Gazette". */
const SPECIAL_TO_OUTLET = String.raw`(?:,\s*[Ss]pecial to (?:[Tt]he )?\p{Lu}[\p{L}\p{M}.'’ -]{1,40})`;
/** Names joined by commas and "and" in an English credit ("Anna Berg, Jan Ruf and Li Wei"). */
const ENGLISH_NAMES = String.raw`${BYLINE_NAME}(?:\s*(?:,|,?\s(?:and|&)\s)\s*${BYLINE_NAME})*`;
/**
 * A wire's credits: "Reporting by Anna Berg in London; Editing by Mark Potter" (a place after
 * the reporters, further clauses for writers and editors).
 */
const WIRE_CREDITS = String.raw`^[Rr]eporting by ${ENGLISH_NAMES}(?:\s+in\s+\p{Lu}[\p{L}\p{M}.'’ -]{0,40})?(?:\s*;\s*(?:[Aa]dditional reporting|[Ww]riting|[Ee]diting) by ${ENGLISH_NAMES}(?:\s+in\s+\p{Lu}[\p{L}\p{M}.'’ -]{0,40})?)*\.?$`;
/**
 * A word for "by" opening a byline, as pages write it (capitalised or not, or in capitals):
 * English, German, French, Spanish and Portuguese, Italian ("di", "a cura di"), Dutch, the
 * Scandinavian languages, Vietnamese, Indonesian and Malay, Thai, Hebrew, Arabic and Hindi.
 */
export const BY_WORD = `(?:[Vv]on|[Bb]y|BY|VON|[Pp]ar|[Pp]or|[Aa] cura di|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Bb]ởi|[Oo]leh|OLEH|โดย|מאת|بقلم|بواسطة|كتب|كتبت|द्वारा)`;

/**
 * A label crediting the text, and perhaps its pictures, to the names after it: "Tin:", "Bài:",
 * "Bài, ảnh:", "Tin và ảnh:", "Nội dung:" (an e-magazine's), "Thực hiện:", "Text:", Spanish and
 * Portuguese "Redacción:", "Redação:" (the writing, where German "Redaktion:" is the editing),
 * "Reportaje:", "Reportagem:". A
 * picture's credit alone ("Ảnh:") names no author.
 */
export const TEXT_CREDIT_LABEL = String.raw`(?:(?:[Tt]in|TIN|[Bb]ài(?: viết)?|BÀI|[Nn]ội dung|NỘI DUNG)(?:\s*(?:,|và|&|-)\s*(?:ảnh|Ảnh|ẢNH|clip|video))?|(?:[Nn]hóm )?[Tt]hực hiện|[Tt]ext(?:e|o)?|[Tt]esto|[Tt]ekst|[Rr]edacci[oó]n|REDACCIÓN|[Rr]eda[cç][aã]o|REDAÇÃO|[Rr]eporta(?:je|gem))\s*:`;

/** A word for "by" or an author's label, alone on its line: "Von:", "By:", "Autor:". */
const BY_LABEL_LINE = new RegExp(
  String.raw`^(?:${BY_WORD}|[Aa]utor(?:in)?|[Aa]uthor|AUTHOR|AUTOR)\s*:$`,
  'u',
);

/** A line that opens with a word for "by": "By <a>Anna Berg</a> - 2018-09-16", "Von Jan Ruf". */
export const BYLINE_OPENING = new RegExp(String.raw`^${BY_WORD}\s`, 'u');
/**
 * A byline line opening the body: a label, then names ("Von: Simone Jung", "By Anna Berg and
 * Jan Ruf", "Par Jean-Marc Leclerc"). The authors come from the page's metadata and bylines;
 * the line is not body text. Built on its first use: its names take 4 ms to build, and only the
 * lines opening a body that are no date are tried (on a fifth of the benchmark's pages).
 */
const bylineLine = onFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:${BY_WORD}|[Aa]utor(?:in)?|[Aa]uthor|[Tt]ext|[Tt]exte)\s*:?\s+${BYLINE_NAME}(?:\s*(?:,|\s(?:und|and|et|y|e|og|en|och|và)\s)\s*${BYLINE_NAME})*${SPECIAL_TO_OUTLET}?$` +
        // As Vietnamese CMSs label the account that posted it ("Viết bởi Administrator", Joomla's;
        // "Được viết bởi Quản trị viên", Joomla 3's).
        // … and other CMSs in their languages ("Written by Super User", "Napisane przez …",
        // Drupal's "Submitted by webteam on Tue, 11/03/2025 - 14:32"); Indonesian "Penulis: …"
        // as Vietnamese "Tác giả: …".
        String.raw`|^(?:[Đđ]ược )?(?:[Vv]iết|[Đđ]ăng|[Gg]ửi) bởi\s*:?\s+\S+(?:\s\S+){0,3}$|^(?:[Ww]ritten|[Pp]osted|[Ss]ubmitted) by\s+\S+(?:\s\S+){0,3}?(?:\s+on\s+[^.!?]{4,40})?$|^(?:[Nn]apisane przez|[Gg]eschrieben von|[Ss]critto da|[Ee]scrito por|[ÉéEe]crit par|[Gg]eschreven door)\s+\S+(?:\s\S+){0,3}$|^(?:[Tt]ác giả|[Nn]gười viết|[Nn]gười đăng|[Pp]enulis)\s*:\s*\S+(?:\s\S+){0,3}$` +
        // A wire's credits of reporters and editors.
        `|${WIRE_CREDITS}` +
        // A credit of the text, and perhaps one of the pictures: "Tin: Lan Anh - Ảnh: Quốc Tuấn".
        String.raw`|^${TEXT_CREDIT_LABEL}\s*${BYLINE_NAME}(?:\s*[-–;,|]\s*(?:[Ảả]nh|ẢNH)\s*:\s*${BYLINE_NAME})?(?:\s+[-–—]\s+${UNIT_AFTER_NAME})?$`,
      'u',
    ),
);

/**
 * A date line's publication or update label ("Publiziert: 01.07.2023, 11:16").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const publicationLabel = onFirstUse(
  () => new RegExp(`^(?:${PUBLICATION_WORD_PATTERN}|stand)(?![\\p{L}])`, 'iu'),
);

/** Datelines run short: "January 15, 2024 · 6 min read", "Thứ Hai, 02/09/2024 08:15". */
const MAX_DATELINE_CHARS = 80;

/** Fields of a line of metadata: "by Duncan Bell / January 19, 2017 / Leave a comment". */
export const METADATA_FIELDS = /\s+[|/·•]\s+/;

/**
 * Whether a line is a byline with its date in fields of their own ("by Duncan Bell / January
 * 19, 2017 / Leave a comment", "Von Anna Berg | 14.12.2024"): its first field a byline line, a
 * later one a date, or the other way round ("14/12/2023 | Tác giả: Minh Anh"); or the date,
 * then the byline ("Tuesday 15 October 2019 by Bradley M. Kuhn").
 */
function isDatedByline(text: string, isDateOnly: (text: string) => boolean): boolean {
  // A field may give the age instead of the date ("Lena deCasparis | Contributing Writer | 5
  // days ago").
  const isDate = (field: string) => isDateOnly(field) || AGE.test(field);
  const [first, ...rest] = text.split(METADATA_FIELDS);
  if (
    first !== undefined &&
    rest.length > 0 &&
    bylineLine().test(first) &&
    rest.some((field) => isDate(field))
  ) {
    return true;
  }
  // The date first, then a field the byline's label or "by" opens: "Thứ Năm, 14/12/2023 - 16:05
  // | Tác giả: Minh Anh".
  if (first !== undefined && rest.length > 0 && isDate(first)) {
    if (rest.some((field) => bylineLine().test(field) || writtenBy().test(field))) return true;
  }
  // Unlabelled, the name, then the place and the date: "Patricio Candia | Palma de Mallorca |
  // 08/01/2014", "Anna Berg · 14/12/2024".
  if (first?.includes(' ') && looksLikeName(first) && isPlaceAndDate(rest, isDate)) return true;
  // The byline, then "on" and the date: "Written by Miami Today on November 7, 2023".
  const onAt = BYLINE_THEN_ON.exec(text);
  if (onAt !== null && isDate(text.slice(onAt.index + onAt[0].length))) {
    const byline = text.slice(0, onAt.index);
    if (bylineLine().test(byline) || writtenBy().test(byline)) return true;
  }
  // The date, then the byline: "Tuesday 15 October 2019 by Bradley M. Kuhn".
  const byAt = DATE_THEN_BY.exec(text);
  return (
    byAt !== null &&
    isDate(text.slice(0, byAt.index)) &&
    bylineLine().test(text.slice(byAt.index + 1))
  );
}

/**
 * The label of a field of an article's metadata line that names where the text came from or
 * who edited it: "Nguồn tin: Phòng PV01", "Source: Reuters", "Biên tập viên: Lê Hoa", or a
 * Chinese portal's original title of a story it republishes ("原标题：…"), and a Chinese
 * government CMS's source and publishing unit ("資料來源：內政部", "發布單位：行政院").
 */
const NAMING_FIELD_LABEL =
  /^(?:nguồn(?: tin)?|source|quelle|fuente|fonte|bron|biên tập(?: viên)?|editor|redaktion|redacción|原标题|原標題|資料來源|资料来源|來源|来源|發布單位|发布单位|發佈單位|編輯|编辑)\s*[:：]\s*/iu;
/** The most words a naming field's value takes ("Phòng PV01", "Công an tỉnh"). */
const MAX_FIELD_VALUE_WORDS = 5;
/** Where a line of labelled fields splits: its separators, and a dash between two fields. */
const LABELLED_FIELDS = /\s+[|/·•–—-]\s+/;

/**
 * Whether a field is a label and its value: a short name, not a sentence, after a naming label
 * ({@link NAMING_FIELD_LABEL}), or a line of the article's metadata the closing lines' reader
 * knows (a count of readers: "Lượt xem: 125", "Aufrufe: 1.204").
 */
function isLabelledField(field: string): boolean {
  if (isArticleMetadata(field)) return true;
  const label = NAMING_FIELD_LABEL.exec(field);
  if (label === null) return false;
  const value = field.slice(label[0].length);
  const words = value.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= MAX_FIELD_VALUE_WORDS && !/[.!?;,]/.test(value);
}

/**
 * Whether a line opening the body is a line of the article's metadata in labelled fields: a
 * labelled field alone ("Biên tập viên: Lê Hoa"), or fields of which one is labelled and each
 * other is a byline or a date ("Tác giả: Hoàng Anh | Nguồn: Công an tỉnh", "Người đăng: Nguyễn
 * Văn An - Lượt xem: 125").
 */
function isLabelledFields(text: string, isDate: (text: string) => boolean): boolean {
  const fields = text.split(LABELLED_FIELDS);
  return (
    fields.some(isLabelledField) &&
    fields.every((f) => isLabelledField(f) || bylineLine().test(f) || isDate(f))
  );
}

/** An unlabelled byline's fields after the name: the place, the date. */
const MAX_FIELDS_AFTER_NAME = 2;
/** The longest place named in a byline's field ("Palma de Mallorca"). */
const MAX_PLACE_CHARS = 40;

/**
 * Whether a byline's fields after the name are the place and the date, or the date alone
 * (["Palma de Mallorca", "08/01/2014"]).
 *
 * @param fields - the fields after the name, split at {@link METADATA_FIELDS}
 * @param isDate - whether a text reads as a date
 */
export function isPlaceAndDate(
  fields: readonly string[],
  isDate: (text: string) => boolean,
): boolean {
  const last = fields.at(-1);
  return (
    last !== undefined &&
    fields.length <= MAX_FIELDS_AFTER_NAME &&
    isDate(last) &&
    fields.slice(0, -1).every((field) => field.length <= MAX_PLACE_CHARS)
  );
}

/** The word joining a byline to its date: "… by Anna Berg on November 7, 2023", "… am …". */
const BYLINE_THEN_ON = /\s(?:on|am|le|el|il|em|op)\s/u;
/** A byline a verb opens: "Written by Miami Today", "Posted by Anna Berg". */
const writtenBy = onFirstUse(
  () => new RegExp(String.raw`^(?:[Ww]ritten|[Pp]osted|[Pp]ublished) by\s+${BYLINE_NAME}$`, 'u'),
);

/** The space before a word for "by" after a date ("… 2019 by Bradley M. Kuhn"). */
const DATE_THEN_BY = new RegExp(String.raw`\s(?=${BY_WORD}\s)`, 'u');

/**
 * The text of a node as cheerio's `.text()` reads it, in document order, until more than
 * `limit` characters are read (`whole` says whether it read everything); a `<br>` reads as the
 * line break it shows, so the words either side of it stay apart ("By CHRISTOPHER
 * RUGABER<br>AP Economics Writer" is no name "RUGABERAP").
 */
export function readText(node: AnyNode, limit: number): { raw: string; whole: boolean } {
  let raw = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && raw.length <= limit) {
    const next = stack.pop() as AnyNode;
    if (next.type === 'text') raw += next.data;
    else if (isBreakElement(next)) raw += '\n';
    else if ('children' in next) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as AnyNode);
    }
  }
  return { raw, whole: stack.length === 0 };
}

/**
 * Loose text in a box that holds more (a heading, the share buttons): the text nodes and the
 * inline elements beside them, up to a block or a line break, read as one line.
 */
interface LooseLine {
  readonly nodes: readonly AnyNode[];
}

function isLooseLine(entry: AnyNode | LooseLine): entry is LooseLine {
  return 'nodes' in entry;
}

function isBreakElement(node: AnyNode): boolean {
  return isElement(node) && node.name === 'br';
}

/** The most words of a line sharing a box with a date line: a name, a role, an outlet. */
const MAX_BOX_LINE_WORDS = 8;

/**
 * The box of lines parted by <br> that a date line opening the body stands in, when the box's
 * other lines are short ({@link MAX_BOX_LINE_WORDS} words at most: the outlet and the reporter,
 * Ouest-France's signature) and it is small ({@link MAX_BYLINE_BOX_CHARS}), no picture in it:
 * they go with the date line. Null otherwise: the date line goes alone.
 */
function dateLineBox(line: LooseLine, root: Element): Element | null {
  const box = line.nodes[0]?.parent ?? null;
  if (box === null || box === root || !isElement(box)) return null;
  if (cleanTextWithin(textOf(box), MAX_BYLINE_BOX_CHARS) === null) return null;
  if (showsPicture(box) || hasDescendant(box, FIGURE_OR_PLAYER)) return null;
  for (const other of linesOf(box)) {
    if (isLooseLine(other) && other.nodes[0] === line.nodes[0]) continue;
    const text = isLooseLine(other) ? other.nodes.map(textOf).join('') : textOf(other);
    if (countWords(cleanText(text)) > MAX_BOX_LINE_WORDS) return null;
  }
  return box;
}

function isLooseText(node: AnyNode): boolean {
  return node.type === 'text' && !cleansToNothing(node.data);
}

/**
 * The children of a box as the walk over the opening lines reads them: its elements, and each
 * run of loose text with the inline elements beside it as one line ("by Duncan Bell / January
 * 19, 2017 / <a>Leave a comment</a>" beside the standfirst's heading).
 */
function linesOf(node: Element): readonly (AnyNode | LooseLine)[] {
  const { children } = node;
  // A box of inline elements parted by <br> is read line by line, its text in elements or not
  // ("<span>Ouest-France</span> <span>Yann Le Goff.</span><br><span>Publié le …</span>").
  const broken = !holdsBlocks(node) && children.some(isBreakElement);
  if (!broken && !children.some(isLooseText)) return children;
  // Loose text alone in its element (a heading's) is that element's line.
  if (!broken && !holdsBlocks(node)) return children;
  const out: (AnyNode | LooseLine)[] = [];
  let run: AnyNode[] = [];
  const flush = (): void => {
    if (
      run.some(isLooseText) ||
      (broken && run.length > 1 && !cleansToNothing(run.map(textOf).join('')))
    ) {
      out.push({ nodes: run });
    } else out.push(...run);
    run = [];
  };
  for (const child of children) {
    if (!isElement(child) || INLINE.has(child.name)) {
      run.push(child);
      continue;
    }
    flush();
    out.push(child);
  }
  flush();
  return out;
}

/** Raw characters read of a block before its length is judged from them. */
const DATELINE_READ = MAX_DATELINE_CHARS * 5;

/**
 * A line of metadata in fields of their own runs up to this long: a byline with the date and
 * the update ("Par Koffi Kouassi Hermann | Publié le 06/12/2026 à 15:32 | Mis à jour le
 * 06/12/2026 à 16:05"), each field as short as a dateline.
 */
const MAX_FIELDED_LINE_CHARS = 2 * MAX_DATELINE_CHARS;

/** Blocks a box sets its lines in: a block holding one is no line of its own. */
const BOXES_OF_LINES: ReadonlySet<string> = new Set(['p', 'div', 'ul', 'ol', 'li', 'dd', 'header']);

/** Whether a line longer than a dateline is fields of their own, each as short as one. */
function isFieldedLine(text: string): boolean {
  const fields = text.split(METADATA_FIELDS);
  return fields.length > 2 && fields.every((field) => field.length <= MAX_DATELINE_CHARS);
}

/** Lists, each read as one block of the body's opening. */
const LIST_BLOCKS: ReadonlySet<string> = new Set(['ul', 'ol']);

/** Fields a line of metadata set in elements side by side holds at most. */
const MAX_LINE_FIELDS = 5;
/** Parts of a desk's credit at most: the newsroom's word, the outlet, the place. */
const MAX_DESK_PARTS = 3;
/** Words of a desk credit's outlet or place at most ("अमर उजाला", "Palma de Mallorca"). */
const MAX_DESK_PART_WORDS = 3;
/**
 * A field labelling who put the article up: "Published by: Rahul Sharma", "Edited by: …", and
 * in Hindi, Spanish and Portuguese, French, German and Indonesian ("Publié par: …").
 */
const PUBLISHED_BY_FIELD =
  /^(?:(?:published|posted|edited|uploaded) by|प्रकाशित द्वारा|publicado por|publié par|veröffentlicht von|diterbitkan oleh)\s*:\s*\S+(?:\s\S+){0,3}$/iu;

/**
 * Whether a field is a desk's credit: the newsroom's word, then the outlet and the place
 * ("न्यूज डेस्क, अमर उजाला, लखनऊ", "News Desk, Amar Ujala, Lucknow"), no digit in it.
 */
function isDeskCredit(field: string): boolean {
  const [desk = '', ...rest] = field.split(/\s*,\s*/);
  return (
    rest.length < MAX_DESK_PARTS &&
    isNewsroomSignOff(desk) &&
    rest.every((part) => part !== '' && !/\d/.test(part) && countWords(part) <= MAX_DESK_PART_WORDS)
  );
}

/**
 * The fields of a line set in elements side by side, nothing but spaces between them, when each
 * is a field of the article's metadata and one is a date (`<span>News Desk, Amar Ujala,
 * Lucknow</span> <span>Published by: <a>Rahul Sharma</a></span> <span>Updated Sun, 06 Dec 2026
 * 03:32 PM IST</span>`): read apart, a line longer than a dateline is metadata field by field.
 * Null otherwise (a sentence in one of them, loose text between them).
 */
function metadataFields(
  node: Element,
  isMetadata: (text: string) => boolean,
  isDate: (text: string) => boolean,
): string[] | null {
  const fields: string[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && !cleansToNothing(child.data)) return null;
    if (!isElement(child)) continue;
    if (!INLINE.has(child.name)) return null;
    const text = cleanText(textOf(child));
    if (text !== '') fields.push(text);
  }
  const isField = (f: string) => isMetadata(f) || isDeskCredit(f) || PUBLISHED_BY_FIELD.test(f);
  return fields.length > 1 &&
    fields.length <= MAX_LINE_FIELDS &&
    fields.some(isDate) &&
    fields.every(isField)
    ? fields
    : null;
}

/**
 * The cleaned text of a block (`cleanText($(node).text())`) when it is at most
 * {@link MAX_DATELINE_CHARS} long, or a line of fields ({@link isFieldedLine}) at most
 * {@link MAX_FIELDED_LINE_CHARS} long, else null: a wrapper of the whole body is judged from
 * its first characters instead of reading and cleaning all of it.
 */
function datelineText(node: Element, isMetadata: (text: string) => boolean): string | null {
  const { raw, whole } = readText(node, DATELINE_READ);
  // A start that cleans to more than a dateline is enough to tell.
  if (!whole && cleanTextWithin(raw, MAX_FIELDED_LINE_CHARS) === null) return null;
  const text = cleanTextWithin(
    whole ? raw : readText(node, Number.POSITIVE_INFINITY).raw,
    MAX_FIELDED_LINE_CHARS,
  );
  // A box of lines is read line by line: its byline and its date line run together would read
  // as one line of fields.
  const long = text !== null && text.length > MAX_DATELINE_CHARS;
  if (long && (!isFieldedLine(text) || hasDescendant(node, BOXES_OF_LINES))) return null;
  if (text === null || isMetadata(text)) return text;
  // The date and the time may stand in elements side by side, without a space between
  // ("<strong>4 de mayo de 2022</strong><time>00:00</time> hs"): read apart, they may be one.
  const spaced = cleanText(spacedText(node));
  return spaced !== text && isMetadata(spaced) ? spaced : text;
}

/** An element's text with a space where one element meets the next. */
function spacedText(node: Element): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.data;
    else if (isElement(child)) out += ` ${spacedText(child)} `;
  }
  return out;
}

/** A wire agency after a dash closing a paragraph: "… said. - BERNAMA", "… 2033. — with AAP". */
const DASHED_AGENCY = /^([\s\S]*?)\s*[—–-]\s*(with\s+)?(\p{L}[\p{L} .]{1,30}?)\s*$/iu;

/** A name in brackets closing a paragraph after its last sentence, "+++" at most after it. */
const BRACKETED_NAME = /^([\s\S]*?)\s*\(([^():]{4,60})\)\s*(?:\+{2,}\s*)?$/;
/**
 * A Chinese paper's reporter in full-width brackets closing the text ("…阿根廷举行。（张巨峰）"): two
 * or three Han characters, unless the last is an office's, an outlet's or a note's ("（德清县发改局）",
 * "（新华社）", "（人民网）", "（组图）", "（待续）", {@link NOT_NAME_END}).
 */
const CJK_SIGN_OFF = /^([\s\S]*?)（(\p{scx=Han}{2,3})）\s*$/u;
const NOT_NAME_END =
  /[社网網报報台局委办辦部厅廳院站所会會处處组組室队隊团團司校馆館府心刊图圖续續完文频頻稿者辑輯]$/u;

/**
 * The sign-off closing a paragraph (`… bleibt spannend.</strong> (Christian P. Stadtfeld) +++`): a
 * person's name in brackets in the line's last text, right after a finished sentence; with the text
 * node and what stays of it; or a wire agency after a dash ({@link DASHED_AGENCY}). Null for a
 * bracket in a sentence ("… die Autorin (Anna Berg)."), a credit ("(Foto: Anna Berg)") or words
 * that name no one.
 */
function bracketedSignOff(
  line: readonly AnyNode[],
): { names: string[]; text: Text; before: string } | null {
  const last = line.at(-1);
  if (last === undefined || last.type !== 'text') return null;
  const text = last as Text;
  // A paper's end-of-story mark after the last sentence ("… by 2025. ■") names no one.
  const mark = /^([\s\S]*?)\s*[■◼▪]\s*$/u.exec(text.data)?.[1];
  if (mark !== undefined && SENTENCE_END.test(mark)) return { names: [], text, before: mark };
  const dashed = DASHED_AGENCY.exec(text.data);
  if (dashed !== null && isWireAgency(dashed[3] ?? '') && SENTENCE_END.test(dashed[1] ?? '')) {
    // "… until Tuesday. - BERNAMA" signs it; "— with AAP" credits a contributor, no author.
    return { names: dashed[2] ? [] : [cleanText(dashed[3] ?? '')], text, before: dashed[1] ?? '' };
  }
  const cjk = CJK_SIGN_OFF.exec(text.data);
  const m = cjk ?? BRACKETED_NAME.exec(text.data);
  const inner = cleanText(m?.[2] ?? '');
  if (
    m === null ||
    (cjk ? NOT_NAME_END.test(inner) : !inner.includes(' ') || !looksLikeName(inner))
  )
    return null;
  const before = m[1] ?? '';
  const sentence =
    before.trim() === ''
      ? line
          .slice(0, -1)
          .map((node) => textOf(node))
          .join('')
      : before;
  if (!SENTENCE_END.test(sentence.trimEnd())) return null;
  const names = cjk ? [inner] : parseByline(inner, true);
  return names === null || names.length === 0 ? null : { names, text, before };
}

/** An author's initials in brackets: "(heb)", "(jk)". */
const BRACKETED_INITIALS = /^\(\s*\p{Ll}{2,5}\s*\)$/u;

/**
 * An author's initials in brackets closing a paragraph after its last sentence, set as a link to
 * their address whose title names them (`… Engine. <span>(<a href="mailto:heb@ct.de"
 * title="Herbert Braun">heb</a>)</span>`, as German newsrooms sign): the name, and the element to
 * remove. Null for anything else.
 */
function mailedInitials(line: readonly AnyNode[]): { names: string[]; element: Element } | null {
  const last = line.at(-1);
  if (last === undefined || !isElement(last) || !BRACKETED_INITIALS.test(textOf(last).trim())) {
    return null;
  }
  const links = descendants(last).filter((d) => d.name === 'a');
  const link = links[0];
  if (links.length !== 1 || link === undefined) return null;
  if (!/^mailto:/i.test(link.attribs.href ?? '')) return null;
  const before = line
    .slice(0, -1)
    .map((node) => textOf(node))
    .join('');
  if (!SENTENCE_END.test(before.trimEnd())) return null;
  const names = parseByline(cleanText(link.attribs.title ?? ''), true);
  return names === null || names.length === 0 ? null : { names, element: last };
}

/** The most characters of a byline's box: the name, a role, a date, a picture's credit. */
const MAX_BYLINE_BOX_CHARS = 160;

/**
 * The small box a byline's name line stands in with the byline's other lines (BBC News's
 * byline block: "By Katy Austin", "Transport correspondent, BBC News", its `<time>`; an author's
 * card: the name, the job line): the largest block above the line, below the body, of
 * {@link MAX_BYLINE_BOX_CHARS} characters at most, no sentence and no picture but a thumbnail
 * (the author's). Null when the line's parent is no such box: the line goes alone.
 *
 * @param line - the byline's name line
 * @param root - the body
 * @returns the box, or null
 */
export function bylineBox(line: Element, root: Element): Element | null {
  let box: Element | null = null;
  for (let up = line.parent; up !== null && up !== root && isElement(up); up = up.parent) {
    const text = cleanTextWithin(textOf(up), MAX_BYLINE_BOX_CHARS);
    if (text === null || showsPicture(up) || hasDescendant(up, FIGURE_OR_PLAYER)) break;
    if (
      descendants(up).some(
        (d) => BOX_TEXT_BLOCKS.has(d.name) && SENTENCE_END.test(cleanText(textOf(d))),
      )
    ) {
      break;
    }
    box = up;
  }
  return box;
}

/** A picture of the article or a player: a box showing one is more than a byline's. */
const FIGURE_OR_PLAYER: ReadonlySet<string> = new Set(['figure', 'picture', 'video', 'iframe']);

/** Blocks of a byline's box that a sentence in makes it more than a byline's. */
const BOX_TEXT_BLOCKS: ReadonlySet<string> = new Set(['p', 'div', 'span', 'li', 'blockquote']);

/** Whether a block's text (`text`, cleaned) is all one link's. */
function isOneLink(block: Element, text: string): boolean {
  const links = descendants(block).filter((d) => d.name === 'a');
  return links.length === 1 && cleanText(textOf(links[0] as Element)) === text;
}

/**
 * The lines a block shows parted by its `<br>`s, each cleaned, when it has more than one: an
 * editor's note above the byline ("(ATTN: UPDATES …)<br>By Kim Boram"), a byline above the
 * reporter's job ("By CHRISTOPHER RUGABER<br>AP Economics Writer") are lines of their own,
 * read apart as the names are; else the block's text (`text`) alone.
 */
function brokenLines(block: Element, text: string): string[] {
  if (!hasDescendant(block, BREAK)) return [text];
  const lines = cleanLines(readText(block, Number.POSITIVE_INFINITY).raw);
  return lines.length > 1 ? lines : [text];
}

/**
 * The lines of a text {@link readText} read (a `<br>` is a line break), cleaned, empty ones left
 * out.
 */
function cleanLines(raw: string): string[] {
  return raw
    .split('\n')
    .map(cleanText)
    .filter((line) => line !== '');
}

/** A line break. */
const BREAK: ReadonlySet<string> = new Set(['br']);

/**
 * The texts of a byline line removed and of the box removed with it: the line, then the box's
 * other text (its role line, its date), so that the names and the dates are read apart ("By
 * Anna Berg, Jan Ruf" · "November 20, 2019 / 1:07 AM").
 */
function boxLines(line: string, box: Element | null, block: Element): string[] {
  if (box === null) return brokenLines(block, line);
  const whole = cleanText(spacedText(box));
  const rest = whole.startsWith(line) ? whole.slice(line.length).trim() : whole;
  return rest === '' ? [line] : [line, rest];
}

/**
 * Removes a dateline left at the top of the body (a short block that is a date, possibly with
 * a reading time or view count), and a second one right after it ("Updated …"): it is
 * metadata, already in `publishedAt` and `modifiedAt`. After a long opening paragraph (a
 * standfirst the body shows) only a labelled one goes ("Publiziert: 01.07.2023, 11:16"): a bare
 * date there may head the entries of a chronology. A byline line among the first blocks goes
 * too ("Von: Simone Jung"): the authors are read from the page's metadata and byline elements;
 * so does a line of metadata about the article (a broadcaster's "Über dieses Thema berichtet:
 * BR24 Radio am …"). A picture's caption above them is passed over, not taken for the opening
 * paragraph. A date line there that shows the day the article was published is its date line
 * too, labelled or not (a bold standfirst, then "miércoles, 4 de mayo de 2022 00:00 hs").
 *
 * @param $ - the loaded page
 * @param container - the main content element
 * @param isDate - whether a text reads as a date
 * @param isPublicationDay - whether a text shows the day the article was published
 * @param isSite - whether a text is the site's own name
 * @returns the removed lines' text (joined by " · "), or null when the body opens with none
 */
export function removeLeadingDateline(
  $: CheerioAPI,
  container: Cheerio<Element>,
  isDate: (text: string) => boolean,
  isPublicationDay: (text: string) => boolean = () => false,
  isSite: (text: string) => boolean = () => false,
): string | null {
  const root = container.get(0);
  if (root === undefined) return null;
  // Walk the first blocks in document order and stop early: bodies can be huge.
  let seen = 0;
  const removed: string[] = [];
  // Past the opening paragraph (a standfirst shown in the body), only a labelled date line.
  let afterOpening = false;
  // Blocks read inside a line already counted (its spans) are not counted again: the lines
  // being read, innermost last.
  const lines: Element[] = [];
  const LEAVE = null;
  const stack: (AnyNode | LooseLine | null)[] = [...linesOf(root)].reverse();
  // Whether a line's text is metadata to remove at this point of the walk.
  // A line longer than a dateline is one only as a byline with its dates in fields of their own.
  const readsAsMetadataLine = (text: string): boolean =>
    (text.length <= MAX_DATELINE_CHARS || isDatedByline(text, isDate)) &&
    (isDate(text) ||
      // A reporter's credit, a date line with the name and outlets before the date ("Anna Brück,
      // rbb, tagesschau, 14.10.2026 12:47 Uhr"), goes as one: the name is read from it.
      creditWithDate(text, isDate) !== null ||
      (!afterOpening &&
        (bylineLine().test(text) ||
          // A reporter's credit to the site itself: "Jonas Petraitis, Delfi".
          siteCreditNames(text, isSite) !== null ||
          // A byline's job line whose name line went before it ("Statehouse Reporter"), or a
          // staff credit naming no one ("নিজস্ব প্রতিবেদক", own correspondent).
          isJobTitleOnly(text) ||
          isNewsroomSignOff(text) ||
          isArticleMetadata(text) ||
          isDatedByline(text, isDate) ||
          isLabelledFields(text, isDate)))) &&
    (!afterOpening || publicationLabel().test(text) || isPublicationDay(text));
  // Each text judged once on either side of the opening paragraph: a block's text is asked
  // about again after datelineText, and wrappers around one block show the same text as it.
  const judged = [new Map<string, boolean>(), new Map<string, boolean>()] as const;
  const isMetadataLine = (text: string): boolean => {
    const known = judged[afterOpening ? 1 : 0];
    let reads = known.get(text);
    if (reads === undefined) {
      reads = readsAsMetadataLine(text);
      known.set(text, reads);
    }
    return reads;
  };
  // A date in a line of metadata takes the line with it ("By HNN Staff | November 18, …",
  // "29.06.2023, 15:04 | Lesedauer: 7 Minuten"): the rest of the line is not read, it goes too.
  const removeLine = (line: Element): void => {
    let rest = stack.pop();
    while (rest !== LEAVE && rest !== undefined) rest = stack.pop();
    const text = cleanText(textOf(line));
    const box = bylineLine().test(text) ? bylineBox(line, root) : null;
    removeUpward($, box ?? line, root);
    removed.push(...boxLines(text, box, line));
  };
  // A date line removed does not count: the block after it is read too.
  while (stack.length > 0 && seen < 2 + removed.length) {
    const node = stack.pop() as AnyNode | LooseLine | null;
    if (node === LEAVE) {
      lines.pop();
      continue;
    }
    // The lines of a box removed whole (a byline's name, job and outlet) are gone: read again,
    // the last would stop the walk before the date line below the box.
    if (!isBelow(isLooseLine(node) ? (node.nodes[0] as AnyNode) : node, root)) continue;
    if (isLooseLine(node)) {
      const text = cleanText(node.nodes.map(textOf).join(''));
      const short = text.length <= MAX_DATELINE_CHARS;
      // Read as a block's text is: a long run is not counted, as a long box is not.
      if (lines.length === 0 && short) seen++;
      // Inside a line already read, loose text is part of it, as an element there would be.
      if (lines.length > 0 && short && isMetadataLine(text)) {
        removeLine(lines.pop() as Element);
        continue;
      }
      const pictured = node.nodes.some(
        (n) => isElement(n) && (n.name === 'img' || hasDescendant(n, IMAGE)),
      );
      if (short && isMetadataLine(text) && !pictured) {
        const box = lines.length === 0 ? dateLineBox(node, root) : null;
        if (box !== null) {
          // The box's lines after this one are not read: they go with it.
          let next = stack.at(-1);
          while (next != null && (isLooseLine(next) ? next.nodes[0] : next)?.parent === box) {
            stack.pop();
            next = stack.at(-1);
          }
          removeUpward($, box, root);
          removed.push(cleanText(spacedText(box)));
          continue;
        }
        for (const n of node.nodes) detach(n);
        removed.push(text);
        continue;
      }
      if (removed.length > 0 || afterOpening) break;
      continue;
    }
    // A picture's caption above the date line is no opening paragraph: the walk passes it.
    if (!isElement(node) || !hasText($, node) || isFigureOrCaption(node)) continue;
    // A data table opening the body is its text (a schedule's first cell is a day, no dateline).
    if (node.name === 'table' && isDataTable(node)) break;
    // A date line set as a subheading (`<h2 class="date">30/01/2017 02h02</h2>`): a date alone
    // is no section's title. Other subheadings are no date line's blocks, nor one of lines
    // (`<h3 class="byline">by …<br><span>Monday, …</span></h3>`, read as a byline).
    if (SUBHEADINGS.has(node.name) && !afterOpening && !hasDescendant(node, BREAK)) {
      const text = cleanText(textOf(node));
      if (text.length <= MAX_DATELINE_CHARS && isDate(text)) {
        removeUpward($, node, root);
        removed.push(text);
        continue;
      }
    }
    // A list counts as one block, its items not one each: a byline's list (the name, the role,
    // the place) would otherwise end the walk before the date line below it.
    if (LIST_BLOCKS.has(node.name) && lines.length === 0) seen++;
    // A cell beside others in its row is a table's data, not a line of the layout.
    if (DATELINE_BLOCKS.has(node.name) && (node.name !== 'td' || isLoneCell(node))) {
      const text = datelineText(node, isMetadataLine);
      // A wrapper too long to be a date line, or of blocks (a video's box, a byline above its
      // date line), is walked into, not counted as a block read.
      const counted =
        lines.length === 0 &&
        node.name !== 'li' &&
        (text !== null || node.name === 'p') &&
        !holdsBlocks(node);
      if (counted) seen++;
      if (text !== null && isMetadataLine(text) && !hasDescendant(node, IMAGE)) {
        const line = lines.pop();
        // A line that shows a picture beside its date keeps the picture: the date goes alone
        // (an author's thumbnail goes with the line).
        if (line !== undefined && !showsPicture(line)) {
          removeLine(line);
          continue;
        }
        if (line !== undefined) lines.push(line);
        // The next block may be a date line too: "Published …", then "Updated …".
        const list = node.name === 'dd' ? node.parent : null;
        const box = bylineLine().test(text) ? bylineBox(node, root) : null;
        removeUpward($, box ?? node, root);
        removed.push(...boxLines(text, box, node));
        // A list of the article's metadata left with its label alone ("Chi tiết", Joomla's
        // "Details") goes with it.
        if (list !== null && isElement(list) && list !== root && !list.children.some(isItem)) {
          removed.push(cleanText(textOf(list)));
          removeUpward($, list, root);
        }
        continue;
      }
      // A line of metadata fields longer than a dateline (a desk, "Published by:", "Updated …").
      const fields =
        text === null && lines.length === 0 && !afterOpening
          ? metadataFields(node, isMetadataLine, isDate)
          : null;
      if (fields !== null) {
        removeUpward($, node, root);
        removed.push(...fields);
        continue;
      }
      if (text === null && node.name === 'p' && removed.length === 0 && !afterOpening) {
        afterOpening = true;
        continue;
      }
      // Past the opening paragraph, a line that is one link (the author's name, linked to their
      // page) is passed over: the article's date line may stand below it.
      if (afterOpening && removed.length === 0 && text !== null && isOneLink(node, text)) {
        if (counted) seen--;
        continue;
      }
      if (removed.length > 0 || (text === null && node.name === 'p') || afterOpening) break;
      // An item is its list's line: what it holds is read as part of it, not counted.
      if (counted || (node.name === 'li' && lines.length === 0)) {
        lines.push(node);
        stack.push(LEAVE);
      }
    }
    const children = linesOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode | LooseLine);
  }
  return removed.length > 0 ? removed.join(' · ') : null;
}
