/**
 * The author box that closes many articles (name, role, social links, biography) says who wrote
 * the story, not the story: where its class names say nothing, the page's structured data may
 * still tell it, as CMSs (WordPress SEO plugins among them) give the author a `description`
 * there that the box shows word for word.
 */
import type { AnyNode, Element } from 'domhandler';
import { isAuthorPageLink } from './author-links.ts';
import { withoutJobTitle } from './author-names.ts';
import { commaBeforeOutlet, looksLikeName } from './authors.ts';
import {
  descendants,
  detach,
  edgeText,
  holdsBlocks,
  isBelow,
  isElement,
  linesExcept,
  siblingElement,
  squash,
  textOf,
} from './content/dom.ts';
import { TEXT_BLOCK } from './content/plain-text.ts';
import { shortText } from './content/short-text.ts';
import { onFirstUse } from './first-use.ts';
import { fromSource } from './from-source.ts';
import { type JsonLd, type JsonLdNode, resolveRef, typesOf, valuesOf } from './json-ld.ts';
import { AUTHOR_HINT, AUTHOR_LABEL, hasClassPart } from './metadata-hints.ts';
import { metadataText } from './metadata-text.ts';
import { splitNames } from './name-list.ts';
import { inLine } from './opening-block.ts';
import { foldLetters } from './site.ts';
import { countWords, lowerWords } from './text.ts';
import { BY_WORD, bylineBox } from './trailing-byline.ts';

/** Fewest words of a description paragraph looked for: "Reporter." could be any line. */
const MIN_BIO_WORDS = 8;

/** Longest text of an element compared with the descriptions. */
const MAX_BIO_CHARS = 3000;

/**
 * Most text an author box holds besides the biography: the name, a role, "Follow" and the
 * social links' labels.
 */
const MAX_BOX_EXTRA_CHARS = 200;

/** Most levels climbed from a biography to its box. */
const MAX_BOX_LEVELS = 6;

/** Most biography blocks taken: the paragraphs of a few authors' boxes. */
const MAX_BIOS = 20;

/** A text's words, lower-cased, joined by one space: how a description and a block compare. */
function wordKey(text: string): string {
  return lowerWords(text).join(' ');
}

function descriptionOf(value: unknown, byId: JsonLd['byId']): unknown {
  const node = resolveRef(value, byId);
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as JsonLdNode).description
    : undefined;
}

/**
 * The paragraphs of the descriptions the page's JSON-LD gives people (its `Person` nodes, the
 * article's `author` and `creator`), as word keys; paragraphs of fewer than
 * {@link MIN_BIO_WORDS} words are left out.
 *
 * @param jsonLd - the page's JSON-LD
 * @returns the word keys of the description paragraphs
 */
export function authorDescriptions(jsonLd: JsonLd): Set<string> {
  const raw: unknown[] = [];
  for (const node of jsonLd.nodes) {
    if (typesOf(node).includes('person')) raw.push(node.description);
  }
  for (const key of ['author', 'creator']) {
    for (const value of valuesOf(jsonLd.article, key)) raw.push(descriptionOf(value, jsonLd.byId));
  }
  const keys = new Set<string>();
  for (const description of raw) {
    if (typeof description !== 'string') continue;
    for (const paragraph of description.split(/\n+/)) {
      const key = wordKey(metadataText(paragraph) ?? '');
      if (key.split(' ').length >= MIN_BIO_WORDS) keys.add(key);
    }
  }
  return keys;
}

/**
 * The largest box above `el`, below `root`, holding little besides the biographies' text (read
 * no further than that: a box may be the whole page).
 */
function authorBox(el: Element, root: Element, bioChars: (box: Element) => number): Element {
  let box = el;
  for (let level = 0; level < MAX_BOX_LEVELS; level++) {
    const parent: AnyNode | null = box.parent;
    if (parent === null || parent === root || !isElement(parent)) break;
    const bios = bioChars(parent);
    const text = shortText(parent, bios + MAX_BOX_EXTRA_CHARS);
    if (text === null || text.length - bios > MAX_BOX_EXTRA_CHARS) break;
    box = parent;
  }
  return box;
}

/**
 * Removes from the body the blocks showing an author's description word for word, each with the
 * box around it that holds little else ({@link MAX_BOX_EXTRA_CHARS}: the name, the role, the
 * social links).
 *
 * @param root - the body's container
 * @param descriptions - {@link authorDescriptions} of the page
 * @returns the texts removed
 */
export function removeAuthorBoxes(root: Element, descriptions: ReadonlySet<string>): string[] {
  if (descriptions.size === 0) return [];
  const bios: Element[] = [];
  // A block showing the text of the block before it (a <p> alone in its <div>) has its key
  // (the empty text's is empty).
  let keyed = { text: '', key: '' };
  for (const el of descendants(root)) {
    if (el.name !== 'p' && el.name !== 'div') continue;
    // A bounded read: most blocks are longer than any biography, the body's among them.
    const text = shortText(el, MAX_BIO_CHARS);
    if (text === null) continue;
    if (text !== keyed.text) keyed = { text, key: wordKey(text) };
    if (!descriptions.has(keyed.key)) continue;
    // A <p> in a <div> found already shows the same text: the <div> stands for both.
    const last = bios[bios.length - 1];
    if (last !== undefined && isBelow(el, last)) continue;
    bios.push(el);
    if (bios.length === MAX_BIOS) break;
  }
  const bioChars = (box: Element): number =>
    bios.reduce(
      (sum, bio) => sum + (isBelow(bio, box) ? (shortText(bio, MAX_BIO_CHARS)?.length ?? 0) : 0),
      0,
    );
  const removed: string[] = [];
  const boxes = new Set(bios.map((bio) => authorBox(bio, root, bioChars)));
  for (const box of boxes) {
    // A box inside another box removed goes with it.
    if ([...boxes].some((other) => isBelow(box, other))) continue;
    removed.push(shortText(box, MAX_BIO_CHARS) ?? '');
    detach(box);
  }
  return removed;
}

/**
 * Most text an author teaser holds besides the name: a role ("Redakteurin") and a few lines of
 * biography ("Seit 2019 bei der taz. Interessiert sich vor allem für …").
 */
const MAX_TEASER_EXTRA_CHARS = 300;

/**
 * Most text an author's box holds besides the name when a label ("Author:") sets the name
 * apart: the biography under it may run to a paragraph.
 */
const MAX_LABELLED_BOX_EXTRA_CHARS = 1000;

/** Longest name read: a link's text longer than this names no person. */
const MAX_NAME_CHARS = 80;

/** Words of a paragraph of prose: a teaser holding one is not a teaser (a lead stands there). */
const PROSE_PARAGRAPH_WORDS = 25;

/** Letters that no decomposition turns into the ASCII a web address writes for them. */
const ADDRESS_LETTERS: Readonly<Record<string, string>> = {
  đ: 'd',
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/** {@link foldLetters}, then spelt as addresses spell it (`Đỗ Huy` → `dohuy`). */
function addressLetters(text: string): string {
  return foldLetters(text).replace(/[đøłßæœı]/g, (c) => ADDRESS_LETTERS[c] ?? c);
}

/**
 * Whether a link leads to the page of the person `words` name: each word of the name in its
 * address's path, as author pages are addressed (`/redaktion/ralf-euler-11104528.html`,
 * `/Nicole-Opitz/!a52218/`).
 */
function linksPageOf(link: Element, words: readonly string[]): boolean {
  const href = link.attribs.href;
  if (href === undefined) return false;
  const path = href.replace(/[?#].*$/s, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the path as written.
  }
  const folded = addressLetters(decoded);
  return words.length > 0 && words.every((word) => folded.includes(word));
}

/** Whether `box` holds a `<p>` of prose besides `line`. */
function holdsProse(box: Element, line: Element): boolean {
  return descendants(box).some(
    (el) =>
      el.name === 'p' &&
      !isBelow(el, line) &&
      el !== line &&
      countWords(shortText(el, 1000) ?? 'x '.repeat(PROSE_PARAGRAPH_WORDS)) >=
        PROSE_PARAGRAPH_WORDS,
  );
}

/**
 * Removes from the body the teasers of the page's declared authors: a line showing nothing but
 * an author's name and linking to their page (the name's words in its address), with the box
 * around it that holds a role and a few lines besides ({@link MAX_TEASER_EXTRA_CHARS}), no
 * paragraph of prose and less than half the body's text — wherever it stands, whatever its
 * class names. After an author's label ("Author: <a>Jane Doe</a>", {@link AUTHOR_LABEL}) the
 * link may lead to their page by any address (`/author/jdoe42/`), and the box may hold a
 * biography of a paragraph ({@link MAX_LABELLED_BOX_EXTRA_CHARS}). A name linked in a
 * sentence is the article's.
 *
 * @param root - the body's container
 * @param names - the authors the page declares (JSON-LD, meta tags, byline elements)
 * @returns the texts removed
 */
export function removeAuthorTeasers(root: Element, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const wanted = new Map(
    names.map((name) => [foldLetters(name), lowerWords(name).map(addressLetters)]),
  );
  // Read once, when a teaser's box is first measured against it.
  let half: number | undefined;
  const lengths = new Set(names.map((name) => squash(name).length));
  const removed: string[] = [];
  for (const link of descendants(root)) {
    if (link.name !== 'a' || !isBelow(link, root)) continue;
    const name = shortText(link, MAX_NAME_CHARS);
    // Most links are no author's name: their length says so before any folding.
    if (name === null || !lengths.has(name.length)) continue;
    const words = wanted.get(foldLetters(name));
    if (words === undefined) continue;
    // An address not spelling the name (`/author/jdoe42/`) leads to their page after a label.
    const spelt = linksPageOf(link, words);
    if (!spelt && !isAuthorPageLink(link)) continue;
    // The name stands alone on its line: the blocks around the link show nothing else.
    let line: Element = link;
    for (let up = line.parent; up !== null && up !== root && isElement(up as AnyNode); ) {
      if (shortText(up as Element, MAX_NAME_CHARS) !== name) break;
      line = up as Element;
      up = line.parent;
    }
    // A name in a sentence ("Wie <a>Nicole Opitz</a> berichtete") or after a word ("Von …");
    // after an author's label ("Author: <a>…</a>"), the label and the name are the box's line.
    let extra = MAX_TEASER_EXTRA_CHARS;
    if (line.parent?.children.some((c) => c.type === 'text' && c.data.trim() !== '')) {
      const labelled = isElement(line.parent as AnyNode) ? (line.parent as Element) : null;
      const label = labelled === null ? null : shortText(labelled, MAX_NAME_CHARS);
      if (labelled === null || labelled === root || label === null) continue;
      if (!label.endsWith(name) || !AUTHOR_LABEL.test(label.slice(0, -name.length).trim())) {
        continue;
      }
      line = labelled;
      extra = MAX_LABELLED_BOX_EXTRA_CHARS;
    } else if (!spelt) continue;
    let box = line;
    for (let level = 0, up = box.parent; level < MAX_BOX_LEVELS; level++) {
      if (up === null || up === root || !isElement(up as AnyNode)) break;
      const text = shortText(up as Element, name.length + extra);
      half ??= squash(textOf(root)).length / 2;
      if (text === null || text.length >= half) break;
      box = up as Element;
      up = box.parent;
    }
    const text = shortText(box, name.length + extra);
    // Only the name: a byline, which the byline readers take.
    if (box === line || text === null || text === name || holdsProse(box, line)) continue;
    removed.push(text);
    detach(box);
  }
  return removed;
}

/**
 * Removes from the body the boxes that hold nothing but a declared author's portrait (a picture
 * whose `alt` is the name) and the name, a heading or a line: the byline, which the byline
 * readers take; without a link to the author's page ({@link removeAuthorTeasers}), wherever it
 * stands, whatever its class names.
 *
 * @param root - the body's container
 * @param names - the authors the page declares
 * @returns the names removed
 */
export function removeAuthorPortraits(root: Element, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const wanted = new Set(names.map((name) => foldLetters(name)));
  const removed: string[] = [];
  for (const img of descendants(root)) {
    if (img.name !== 'img' || !isBelow(img, root)) continue;
    const alt = squash(img.attribs.alt ?? '');
    if (alt === '' || alt.length > MAX_NAME_CHARS || !wanted.has(foldLetters(alt))) continue;
    // The smallest box around the portrait that shows text: the name alone, or it is no byline.
    for (let up = img.parent, level = 0; level < MAX_BOX_LEVELS; level++) {
      if (up === null || up === root || !isElement(up as AnyNode)) break;
      const text = shortText(up as Element, MAX_NAME_CHARS);
      if (text === '') {
        up = up.parent;
        continue;
      }
      if (text !== null && foldLetters(text) === foldLetters(alt)) {
        removed.push(text);
        detach(up as Element);
      }
      break;
    }
  }
  return removed;
}

/** A Chinese reporter's outlet and title before the name: "《中国企业家》记者 林涛". */
const CJK_REPORTER_OF = /^(?:《[^》]{1,20}》\s*)?[记記]者\s*/u;
/**
 * What may stand before the author's name on a byline line: a separator left by a date line
 * taken from its start ("| "), and a label of up to three words ending in a colon
 * ("Periodista Digital:", "Redakteur:", Khmer "ដោយ៖", Armenian "Հեղինակ՝").
 */
const BYLINE_LABEL = fromSource(
  String.raw`^[\s|·•–—-]*(?:[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){0,2}\s*[:：៖՝])?\s*`,
  'u',
);

/**
 * Removes the line opening the body when it shows nothing but a declared author's name, after
 * a separator or a label ({@link BYLINE_LABEL}): the byline set above the text (a heading or a
 * paragraph of the name, "| Periodista Digital: EFE"), which the byline readers take. The same
 * name later in the body, or another person's name, stays.
 *
 * @param root - the body's container
 * @param names - the authors the page declares
 * @returns the name removed, or null
 */
export function removeOpeningAuthorName(root: Element, names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const opening = edgeText(root, 'first');
  if (opening === null) return null;
  const removed = removeNameLine(root, names, opening);
  if (removed !== null) return removed;
  // A sub-heading opening the body (a standfirst shown as an `<h4>`, which stays) may stand
  // above the byline: the text after it is read as the opening.
  const heading = closestSubheading(opening, root);
  const after = heading === null ? null : textAfter(heading, root);
  return after === null ? null : removeNameLine(root, names, after);
}

/**
 * {@link removeOpeningAuthorName} for the line holding `first`, a text node opening the body.
 */
function removeNameLine(root: Element, names: readonly string[], first: AnyNode): string | null {
  const declared = new Set(names.map(foldLetters));
  // A newsroom declared by a credit's words ("Redacción Diario Página Siete") is named by its
  // own words alone, or with others ("Página Siete Digital").
  const newsrooms = new Set(
    names.map(newsroomCore).filter((core) => core !== '' && !declared.has(core)),
  );
  const isName = (text: string) => {
    const written = text.replace(BYLINE_LABEL, '').replace(CJK_REPORTER_OF, '');
    if (declared.has(foldLetters(written)) || newsrooms.has(newsroomCore(written))) return true;
    // The declared authors listed: "Mark Example and Jana Other", "Thu Hà và Minh Đức".
    const listed = splitNames(written);
    return listed.length > 1 && listed.every((name) => declared.has(foldLetters(name)));
  };
  // … or a byline line: a word for "by", the names, then an outlet or a credit at most ("By
  // Jane Doe, CNN", "Story by Jane Doe • Photos by John Roe"), or the name and its job title.
  const shows = (text: string) => {
    if (isName(text) || namesAfterBy(text, isName)) return true;
    // No job title taken off: the text is the one just read.
    const bare = withoutJobTitle(text);
    return bare !== text && isName(bare);
  };
  // The largest element around the body's first text that shows no more than a name; else the
  // largest that shows a name and stands on a line of its own (a share box's label after the
  // byline's box is no part of the byline).
  let largest: { element: Element; text: string } | null = null;
  let named: { element: Element; text: string } | null = null;
  // Whether the largest shows a name: a wrapper showing the text of the box in it answers alike.
  let shown = false;
  let lastText: string | null = null;
  for (let up = first.parent; up !== null && up !== root && isElement(up as AnyNode); ) {
    const text = shortText(up as Element, MAX_NAME_CHARS);
    if (text === null) break;
    if (text !== lastText) shown = shows(text);
    lastText = text;
    largest = { element: up as Element, text };
    if (shown) named = largest;
    up = up.parent;
  }
  const line =
    largest !== null && shown
      ? largest
      : named !== null && !inLine(named.element)
        ? named
        : markedByline(first, root, declared);
  if (line === null) return null;
  // The byline's other lines in its small box go with it (an author's card's job line).
  detach(bylineBox(line.element, root) ?? line.element);
  return line.text;
}

/** Headings a standfirst is shown in above the text. */
const SUBHEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);

/** The sub-heading inside `root` that holds a node, or null. */
function closestSubheading(node: AnyNode, root: Element): Element | null {
  for (let up = node.parent; up !== null && up !== root; up = up.parent) {
    if (isElement(up as AnyNode) && SUBHEADINGS.has((up as Element).name)) return up as Element;
  }
  return null;
}

/** The first text after an element inside `root`, in document order, or null. */
function textAfter(el: Element, root: Element): AnyNode | null {
  for (let node: AnyNode = el; node !== root && node.parent !== null; node = node.parent) {
    for (let next = node.next; next !== null; next = next.next) {
      if (next.type === 'text' && next.data.trim() !== '') return next;
      if (isElement(next)) {
        const text = edgeText(next, 'first');
        if (text !== null) return text;
      }
    }
  }
  return null;
}

/** A word for "by" opening a byline line, perhaps after a credit's word ("Story by"). */
const BY_OPENING = new RegExp(
  String.raw`^(?:(?:[Ss]tory|[Ww]ritten|[Rr]eported|[Pp]osted|[Ww]ords)\s+)?${BY_WORD}\s+`,
  'u',
);
/** Where a byline's names end: an outlet or a credit after a comma, a bar, a bullet or a dash. */
const AFTER_NAMES = /\s*[,|•·]\s*|\s+[–—-]\s+/u;
/** The most words after the names of a byline line: an outlet, a credit ("Photos by John Roe"). */
const MAX_AFTER_NAMES_WORDS = 5;

/**
 * Whether a line is a byline line naming the declared authors: a word for "by", the names
 * (`isName`), then at most an outlet or a credit ("By Jane Doe, CNN", "By JANE DOE | The Daily
 * Gazette", "Story by Jane Doe • Photos by John Roe"); not a sentence going on after the name.
 */
function namesAfterBy(text: string, isName: (text: string) => boolean): boolean {
  const by = BY_OPENING.exec(text.trim());
  if (by === null) return false;
  // Names in capitals, then their outlet with no comma: "By JANE DOE AP Economics Writer".
  const [names, ...after] = commaBeforeOutlet(text.trim().slice(by[0].length)).split(AFTER_NAMES);
  if (names === undefined || !isName(names)) return false;
  return countWords(after.join(' ')) <= MAX_AFTER_NAMES_WORDS;
}

/** The most words of a byline box: a name of up to five words, a role or an outlet. */
const MAX_BYLINE_BOX_WORDS = 11;

/**
 * The largest box around the body's first text that its class marks as a byline (author,
 * byline, autor…) and that shows a declared name, then at most a role or an outlet ("Jane Doe,
 * Senior Reporter", "Jane Doe (Reuters)", a portrait, the name and the role in spans): a
 * sentence about the author is no such box.
 */
function markedByline(
  first: AnyNode,
  root: Element,
  declared: ReadonlySet<string>,
): { element: Element; text: string } | null {
  let found: { element: Element; text: string } | null = null;
  for (let up = first.parent; up !== null && up !== root && isElement(up as AnyNode); ) {
    const el = up as Element;
    const text = shortText(el, MAX_NAME_CHARS);
    if (text === null) break;
    const written = text.replace(BYLINE_LABEL, '').replace(CJK_REPORTER_OF, '');
    const folded = foldLetters(written);
    const name = [...declared].find((d) => d.length >= 4 && folded.startsWith(d));
    if (
      name !== undefined &&
      hasClassPart(el, AUTHOR_HINT, true) &&
      !/[.!?…]$/.test(written.trim()) &&
      countWords(written) <= MAX_BYLINE_BOX_WORDS
    ) {
      found = { element: el, text };
    }
    up = el.parent;
  }
  return found;
}

/** Words that credit a newsroom whatever its name: "Redacción", "Diario", "Digital", "Staff". */
const NEWSROOM_WORDS = fromSource(
  String.raw`(?<![\p{L}\p{N}])(?:redacci[oó]n|redaktion|reda[cç][aã]o|r[ée]daction|redazione|diario|digital|online|staff|newsroom|web)(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * A newsroom's name without the words any newsroom's credit may add ("Redacción Diario Página
 * Siete" and "Página Siete Digital" are both "paginasiete"), folded; empty when nothing else is
 * left ("Diario Digital").
 */
function newsroomCore(name: string): string {
  return foldLetters(name.replace(NEWSROOM_WORDS, ' '));
}

/** How many of the body's last blocks may be the author's biography. */
const BIO_LINE_BLOCKS = 3;

/** Longest biography line: a sentence or two, the author's books listed by title. */
const MAX_BIO_LINE_CHARS = 400;

/**
 * The verb a biography line opens with after the name, in the languages publishers write it
 * ("… is a politics reporter for …", "… ist Korrespondentin …", "… est journaliste …"), or
 * what the author covers ("… covers transit", "… writes about housing for …").
 */
const BIO_VERB =
  /^(?:is|was|ist|war|est|était|es|era|è|er|är|jest|là|covers|(?:writes|reports) (?:about|on|for))\s/iu;

/** What may set a biography line apart before the name: "*Jane Doe is …", "— Jane Doe is …". */
const BIO_MARK = /^[*—–-]\s*/;

/**
 * Removes a declared author's biography among the body's last blocks: a line of a sentence or
 * two ({@link MAX_BIO_LINE_CHARS}) opening with the author's name and "is" ("Aaron Kliegman is a
 * politics reporter for Fox News Digital."). Not a line about someone else, nor one above the
 * article's last paragraphs.
 *
 * @param root - the body's container
 * @param names - the authors the page declares
 * @returns the texts removed
 */
export function removeAuthorBioLines(root: Element, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const blocks = descendants(root).filter((el) => el.name === 'p' || el.name === 'div');
  const removed: string[] = [];
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < BIO_LINE_BLOCKS; i--) {
    const block = blocks[i] as Element;
    const text = shortText(block, MAX_BIO_LINE_CHARS * 4);
    if (text === null) break;
    if (text === '' || (block.name === 'div' && holdsBlocks(block))) continue;
    seen++;
    if (text.length > MAX_BIO_LINE_CHARS) continue;
    const line = text.replace(BIO_MARK, '');
    // The byline's middle initial ("Jane M. Doe") the biography may leave out.
    const name = names
      .flatMap((n) => [n, n.replace(/ [A-Z]\. /, ' ')])
      .find((n) => line.startsWith(`${n} `));
    if (name === undefined || !BIO_VERB.test(line.slice(name.length + 1))) continue;
    removed.push(text);
    detach(block);
  }
  return removed;
}

/**
 * A full name a biography opens with: two to four capitalised words ("Reiner Nagel").
 * Built on its first use ({@link onFirstUse}): few pages need it.
 */
const bioName = onFirstUse(() => /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) /u);

/** Emphasis that sets a closing note apart from the article's prose. */
const NOTE_EMPHASIS: ReadonlySet<string> = new Set(['em', 'i']);

/**
 * The body's last `<p>`, or `<div>` holding no blocks, that shows text: found from the end, in
 * reverse document order, without listing the body's elements.
 */
function lastTextBlock(root: Element): Element | null {
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    const block = node.name === 'p' || (node.name === 'div' && !holdsBlocks(node));
    if (block && shortText(node, 0) !== '') return node;
    // Its children, the last on top: read before the blocks that come before this one.
    for (const child of node.children) stack.push(child);
  }
  return null;
}

/** Whether a node shows nothing: blank text, a line break or a comment. */
function isBlank(node: AnyNode): boolean {
  if (node.type === 'text') return node.data.trim() === '';
  return node.type === 'comment' || (isElement(node) && node.name === 'br');
}

/**
 * Takes out a biography closing the body on a page that declares no author, and says whose it
 * is: the body's last line set wholly in emphasis (a paragraph of its own, or the line after
 * its last paragraph's break), a sentence or two ({@link MAX_BIO_LINE_CHARS}) opening with a
 * full name and "is" ("<em>Reiner Nagel ist Architekt, Stadtplaner und …</em>"). A line of the
 * article's own prose, or a note naming no one first ("Dieser Text erschien zuerst …"), stays.
 *
 * @param root - the body's container
 * @returns the name and the line's text, or null
 */
export function takeClosingBiography(root: Element): { name: string; text: string } | null {
  const block = lastTextBlock(root);
  if (block === null) return null;
  const nodes = block.children;
  let last = nodes.length - 1;
  while (last >= 0 && isBlank(nodes[last] as AnyNode)) last--;
  const line = nodes[last];
  if (line === undefined || !isElement(line) || !NOTE_EMPHASIS.has(line.name)) return null;
  let before = last - 1;
  while (
    before >= 0 &&
    (nodes[before] as AnyNode).type !== 'tag' &&
    isBlank(nodes[before] as AnyNode)
  ) {
    before--;
  }
  const previous = nodes[before];
  // The line stands alone: the block's only text, or after a line break.
  if (previous !== undefined && !(isElement(previous) && previous.name === 'br')) return null;
  const text = squash(textOf(line));
  if (text.length > MAX_BIO_LINE_CHARS) return null;
  const name = bioName().exec(text)?.[1];
  if (name === undefined || !BIO_VERB.test(text.slice(name.length + 1))) return null;
  detach(line);
  if (shortText(block, 0) === '') detach(block);
  return { name, text };
}

/**
 * A letter's closing words alone on a line, as several languages write them ("Respectfully,",
 * "Best regards", "Mit freundlichen Grüßen", "Cordialement", "Atentamente", "Met vriendelijke
 * groet").
 */
const SIGN_OFF =
  /^(?:respectfully|sincerely|best|cheers|thanks|regards|(?:best|kind|warm)(?:est)? regards|yours(?: truly| sincerely)?|(?:mit )?(?:freundlichen|besten|herzlichen|viele|liebe|beste) grüßen?|cordialement|bien à vous|amicalement|atentamente|saludos|un saludo|cordialmente|atenciosamente|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?)[,.!]?$/iu;

/**
 * The name signing the body, a letter's: its last block a name alone (a paragraph of its own,
 * or the line after its block's last break) right after a sign-off line ({@link SIGN_OFF}).
 * The writer's signature, it stays in the body.
 *
 * @param root - the body's container
 * @returns the name, or null
 */
export function closingSignOffName(root: Element): string | null {
  const block = lastTextBlock(root);
  if (block === null) return null;
  const lines = linesExcept([block], () => false, TEXT_BLOCK)
    .map(squash)
    .filter(Boolean);
  const before = siblingElement(block, 'next') === null ? siblingElement(block, 'prev') : null;
  const signOff = lines.length > 1 ? lines.at(-2) : before && squash(textOf(before));
  const name = lines.at(-1) ?? '';
  return signOff && SIGN_OFF.test(signOff) && looksLikeName(name) ? name : null;
}
