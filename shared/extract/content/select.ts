/**
 * Picks the article container from a scoring walk: the top candidate, moved up when its
 * ancestors hold comparable scores, plus the siblings that belong to the same article
 * (Readability's `_grabArticle` selection steps).
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { countWords, PROSE_WORDS, SENTENCE_END } from '../text.ts';
import {
  classWords,
  descendants,
  edgeText,
  HEADING_TAGS,
  INLINE,
  isBelow,
  isElement,
  linksOnlyDocuments,
  precedes,
  siblingElement,
  squash,
  textOf,
} from './dom.ts';
import { closestTable, isDataTable } from './layout.ts';
import { isLeadPictureBox } from './lead-picture.ts';
import {
  isCommentsHeading,
  isRelatedHeading,
  isRelatedLabel,
  LIST_ITEM_NUMBER,
} from './patterns.ts';
import { type Candidate, type Scoring, skipReason } from './score.ts';

/** The chosen container and the siblings that continue it, in document order. */
export interface Selection {
  readonly top: Element;
  readonly parts: readonly Element[];
  /** The article's header before the parts, left out of them (its lead picture stands before it). */
  readonly header?: Element;
}

function scoreOf(scoring: Scoring, el: ParentNode | null): number | undefined {
  return el !== null && isElement(el as AnyNode)
    ? scoring.candidates.get(el as Element)?.score
    : undefined;
}

/**
 * The score of a block, or of the block it wraps alone: an element with one element child says
 * nothing more than that child (a page builder's row wraps its column, its column a wrapper,
 * the wrapper the text), so a row of paragraphs scores as the block holding its paragraphs
 * does, as the chosen block is lifted to the row in {@link selectTop}: the best score down its
 * chain of lone children.
 */
function wrappedScore(scoring: Scoring, el: Element): number | undefined {
  let best: number | undefined;
  for (let at: Element | undefined = el; at !== undefined; ) {
    const score = scoring.candidates.get(at)?.score;
    if (score !== undefined && (best === undefined || score > best)) best = score;
    const children: Element[] = at.children.filter(isElement);
    at = children.length === 1 ? children[0] : undefined;
  }
  return best;
}

function isRoot(el: ParentNode | null): boolean {
  return el === null || el.type === 'root' || (el as Element).name === 'body';
}

function ancestorsOf(el: Element): ParentNode[] {
  const out: ParentNode[] = [];
  for (let p = el.parent; p !== null; p = p.parent) out.push(p);
  return out;
}

/** The elements a layout table is built of. */
const TABLE_PARTS: ReadonlySet<string> = new Set(['table', 'tbody', 'tr', 'td', 'th']);

/** How many of the best candidates the selection looks at. */
const RANKED = 5;

/**
 * The best candidates, highest score first, equal scores in the order they were scored (what a
 * stable sort of all of them gives), found in one pass instead of sorting every candidate.
 *
 * @param scoring - a scoring walk's result
 * @returns up to five candidates (never `<body>` or `<html>`)
 */
export function rankCandidates(scoring: Scoring): Candidate[] {
  const top: Candidate[] = [];
  for (const c of scoring.candidates.values()) {
    if (c.el.name === 'body' || c.el.name === 'html') continue;
    if (Number.isNaN(c.score)) return sortAll(scoring);
    if (top.length === RANKED && c.score <= (top[RANKED - 1] as Candidate).score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as Candidate).score < c.score) at--;
    top.splice(at, 0, c);
    if (top.length > RANKED) top.pop();
  }
  return top;
}

/** The ranking by a full sort (a NaN score makes the comparison order the sort's own). */
function sortAll(scoring: Scoring): Candidate[] {
  return [...scoring.candidates.values()]
    .filter((c) => c.el.name !== 'body' && c.el.name !== 'html')
    .sort((a, b) => b.score - a.score)
    .slice(0, RANKED);
}

/**
 * Picks the article container, or null when nothing scored.
 *
 * @param scoring - a scoring walk's result
 * @param ranked - its {@link rankCandidates}, when the caller has them (the highest-scored
 *   candidate itself is `ranked[0]`)
 * @returns the container
 */
export function selectTop(
  scoring: Scoring,
  ranked: readonly Candidate[] = rankCandidates(scoring),
): Element | null {
  const best = ranked[0];
  if (best === undefined) return null;
  let top: Element = best.el;

  // Several near-equal candidates under one ancestor: the ancestor is the article. The rows,
  // cells and tables nesting the best one are that block's layout (an old portal's article in a
  // table in a cell of its layout table), not other parts of the article.
  const bestAncestors = new Set<ParentNode>(ancestorsOf(top));
  const nesting = (el: Element) =>
    TABLE_PARTS.has(el.name) && (bestAncestors.has(el) || isBelow(el, top));
  const alternatives = ranked
    .slice(1)
    .filter((c) => c.score / best.score >= 0.75 && !nesting(c.el));
  if (alternatives.length >= 3) {
    const lists = alternatives.map((c) => new Set(ancestorsOf(c.el)));
    for (let p: ParentNode | null = top.parent; !isRoot(p); p = (p as ParentNode).parent) {
      const holding = lists.filter((set) => set.has(p as ParentNode)).length;
      if (holding >= 3) {
        top = p as Element;
        break;
      }
    }
  }

  // Walk up while the parent's score holds up (content split across sibling blocks).
  let lastScore = scoreOf(scoring, top) ?? 0;
  const threshold = lastScore / 3;
  for (let p = top.parent; !isRoot(p); p = (p as ParentNode).parent) {
    // A layout row's columns are the page's: above it is more layout, never more article.
    if (columnOf(scoring, top) !== top) break;
    const parentScore = scoreOf(scoring, p);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = p as Element;
      break;
    }
    lastScore = parentScore;
  }

  // A layout row is its column before the climb: the row of a layout table alone in a cell of
  // the page's layout table would climb to that cell's row, the side column with it.
  top = columnOf(scoring, top);
  // An only child says nothing more than its parent.
  for (
    let p = top.parent;
    !isRoot(p) && (p as ParentNode).children.filter(isElement).length === 1;
    p = (p as ParentNode).parent
  ) {
    top = p as Element;
  }
  return mergeSplitBody(scoring, top);
}

/**
 * A row of a layout table is the page's columns side by side (menu, article, side modules):
 * its score sums theirs, so it can outrank the article itself. The article is the one column
 * holding the best-scored block; its neighbours are never more of it.
 */
function columnOf(scoring: Scoring, top: Element): Element {
  if (top.name !== 'tr') return top;
  const table = closestTable(top);
  if (table === null || isDataTable(table)) return top;
  const cells = top.children.filter(
    (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
  );
  if (cells.filter((c) => (scoring.stats.get(c)?.text ?? 0) > 0).length < 2) return top;
  let column: Element = top;
  let most = 0;
  for (const cell of cells) {
    for (const el of [cell, ...descendants(cell)]) {
      const score = scoreOf(scoring, el) ?? 0;
      if (score > most) {
        most = score;
        column = cell;
      }
    }
  }
  return column;
}

/**
 * An article split into several blocks of the same class (chunks between ads, as on
 * Condé Nast sites; its first paragraphs set apart above a picture, as on Politico) is their
 * common ancestor, when that ancestor holds little other prose: text outside links, as teaser
 * boxes between the chunks are mostly their links' text.
 */
function mergeSplitBody(scoring: Scoring, top: Element): Element {
  const cls = top.attribs.class;
  const topScore = scoreOf(scoring, top) ?? 0;
  if (cls === undefined || cls.trim() === '' || topScore <= 0) return top;
  const kind = classKind(cls);
  const parts = [top];
  const openings: Element[] = [];
  for (const cand of scoring.candidates.values()) {
    if (
      cand.el === top ||
      cand.el.attribs.class === undefined ||
      classKind(cand.el.attribs.class) !== kind ||
      ancestorsOf(cand.el).includes(top) ||
      ancestorsOf(top).includes(cand.el)
    ) {
      continue;
    }
    if (cand.score >= topScore * 0.5) parts.push(cand.el);
    else if (opensBefore(scoring, cand.el, cand.score, top)) openings.push(cand.el);
  }
  // One shorter block of prose before the chosen one is the article's opening; several are
  // other entries of a list (comments above the one that scored best).
  if (openings.length === 1) parts.push(...openings);
  if (parts.length === 1) return top;
  const chains = parts.map((el) => new Set(ancestorsOf(el)));
  let common: ParentNode | null = top.parent;
  while (common !== null && !chains.every((chain) => chain.has(common as ParentNode))) {
    common = common.parent;
  }
  if (isRoot(common)) return top;
  const total = proseOf(scoring, common as Element);
  const sum = parts.reduce((n, el) => n + proseOf(scoring, el), 0);
  return total <= sum * 1.5 ? (common as Element) : top;
}

/**
 * Whether a block before the chosen one may open the article: prose of its own, less than the
 * chosen block's, that scores as prose does — at least half the chosen block's score for its
 * length (a story's first paragraphs set apart from the rest by a picture or an ad; not a
 * header of kicker, byline, dates and tags).
 */
function opensBefore(scoring: Scoring, el: Element, score: number, top: Element): boolean {
  const prose = proseOf(scoring, el);
  const topProse = proseOf(scoring, top);
  if (prose < MIN_OPENING_PROSE || prose >= topProse) return false;
  const topScore = scoreOf(scoring, top) ?? 0;
  return score / prose >= (topScore / topProse) * 0.5 && precedes(el, top);
}

/** Fewest characters of prose a block opening the article before the chosen one holds. */
const MIN_OPENING_PROSE = 200;

/** A class word holding a digit: an element's own id (`elementor-element-6499e95`, `post-123`). */
const NUMBERED_WORD = /\d/;

/**
 * The kind of block a class attribute names: its words but those naming the element's own id
 * (a page builder's widgets, `elementor-element elementor-element-0161dc5 elementor-widget …`);
 * when every word holds a digit, the words without a counting number at their end
 * (`text-block-1` is `text-block`), else the whole attribute (hashed class names must match
 * whole).
 */
export function classKind(cls: string): string {
  const words = cls.split(/\s+/).filter((w) => w !== '');
  const named = words.filter((w) => !NUMBERED_WORD.test(w));
  if (named.length > 0) return named.join(' ');
  // Words that only count the blocks of one kind ("text-block-1", "text-block-2") name the kind
  // without their number; a hashed word holding digits elsewhere stays whole.
  const counted = words.map((w) => w.replace(COUNTER_SUFFIX, ''));
  return (counted.every((w) => !NUMBERED_WORD.test(w)) ? counted : words).join(' ');
}

/** A number counting a block at the end of a class word: "text-block-1", "section_12". */
const COUNTER_SUFFIX = /[-_]\d{1,3}$/;

/** The characters of an element's text outside links. */
function proseOf(scoring: Scoring, el: Element): number {
  const stats = scoring.stats.get(el);
  return stats === undefined ? 0 : stats.text - stats.link;
}

/** Headings that title a section of a page. */
export const SECTION_HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Whether the chosen block is one section of an article whose sections are `<body>`'s own
 * children, each a heading and then a block (old hand-written pages indent each in a
 * `<blockquote>`): it and at least one other block of its element, each right after a heading
 * of its own and scoring as {@link withSiblings} takes a sibling. A layout's columns right in
 * `<body>` (header, content, sidebar) stand under no headings of their own.
 *
 * @param scoring - the page's scores
 * @param top - the chosen block
 * @returns true when the article is the sections together
 */
export function isSectionOfBody(scoring: Scoring, top: Element): boolean {
  const parent = top.parent;
  if (parent === null || parent.type !== 'tag' || (parent as Element).name !== 'body') return false;
  const headed = (el: Element): boolean => {
    const before = siblingElement(el, 'prev');
    return before !== null && SECTION_HEADINGS.has(before.name);
  };
  if (!headed(top)) return false;
  const threshold = Math.max(10, (scoreOf(scoring, top) ?? 0) * 0.2);
  return parent.children.some(
    (el) =>
      el !== top &&
      isElement(el) &&
      el.name === top.name &&
      headed(el) &&
      (scoreOf(scoring, el) ?? 0) >= threshold,
  );
}

/** Numbered items in a run that make a list article, the chosen one among them. */
const MIN_LIST_ITEMS = 3;

/** The number opening the heading an element starts with (itself, or wrapped up to twice). */
function itemNumber(el: Element): number | null {
  let first: Element | undefined = el;
  for (let i = 0; i < 3 && first !== undefined; i++) {
    if (SECTION_HEADINGS.has(first.name)) {
      const m = LIST_ITEM_NUMBER.exec(textOf(first));
      return m === null ? null : Number(m[1]);
    }
    first = first.children.find(isElement);
  }
  return null;
}

function firstClassWord(el: Element): string {
  return (el.attribs.class ?? '').trim().split(/\s+/)[0] ?? '';
}

/**
 * The items of a list article the chosen block is one of: its siblings that share its first
 * class word and open with a heading numbered in sequence with it ("1. …", "2. …", each item a
 * block of its own whose class says what it holds: text, picture, video). Empty when the chosen
 * block is no such item.
 */
function listItems(top: Element, siblings: readonly AnyNode[]): ReadonlySet<Element> {
  const word = firstClassWord(top);
  if (word === '' || itemNumber(top) === null) return new Set();
  const items: Element[] = [];
  const numbers: number[] = [];
  for (const sibling of siblings) {
    if (!isElement(sibling) || firstClassWord(sibling) !== word) continue;
    const n = itemNumber(sibling);
    if (n === null) continue;
    items.push(sibling);
    numbers.push(n);
  }
  const step = (numbers[1] ?? 0) - (numbers[0] ?? 0);
  const inSequence =
    (step === 1 || step === -1) &&
    numbers.every((n, i) => i === 0 || n - (numbers[i - 1] ?? 0) === step);
  return items.length >= MIN_LIST_ITEMS && inSequence ? new Set(items) : new Set();
}

/**
 * Returns the top candidate with the siblings that continue the article: scored siblings close
 * to the top score, the other items of a list article ({@link listItems}), and plain
 * paragraphs with little link text.
 */
export function withSiblings(
  scoring: Scoring,
  top: Element,
  isHeadline: (el: Element) => boolean = () => false,
): Selection {
  const bands = pageBands(scoring, top);
  if (bands !== null) return { top, parts: bands };
  const parent = top.parent;
  if (parent === null || isRoot(parent)) return { top, parts: [top] };
  // The cells beside a table cell are the layout's other columns, never more of the article.
  if (top.name === 'td' || top.name === 'th') return { top, parts: [top] };
  const topScore = scoreOf(scoring, top) ?? wrappedScore(scoring, top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs.class ?? '';
  const topKind = topClass.trim() === '' ? '' : classKind(topClass);
  const parts: Element[] = [];
  const wrapped = wrappedParagraphRuns(parent.children as AnyNode[]);
  const items = listItems(top, parent.children);
  let passedTop = false;
  // Whether the chosen block answers a question (read once: its first text).
  const answers = opensWith(top, ANSWER_LABEL);
  for (const sibling of parent.children as AnyNode[]) {
    if (!isElement(sibling)) continue;
    if (sibling === top || items.has(sibling)) {
      parts.push(sibling);
      if (sibling === top) passedTop = true;
      continue;
    }
    let bonus = 0;
    if (topClass !== '' && sibling.attribs.class === topClass) bonus += topScore * 0.2;
    // A row of the chosen block's kind scores as the block it wraps alone (a page builder's
    // rows, each wrapping the story's paragraphs some levels down).
    const score =
      scoreOf(scoring, sibling) ??
      (topKind !== '' && classKind(sibling.attribs.class ?? '') === topKind
        ? wrappedScore(scoring, sibling)
        : undefined);
    if (
      score !== undefined &&
      score + bonus >= threshold &&
      !/comment|related/.test(classWords(sibling))
    ) {
      parts.push(sibling);
      continue;
    }
    // The box of documents the article attaches, set after its text ("File đính kèm: …").
    if (passedTop && linksOnlyDocuments(sibling) && !/comment|related/.test(classWords(sibling))) {
      parts.push(sibling);
      continue;
    }
    // A table of label rows right above the chosen block, each row opened by a <th>: a legal
    // document's properties ("Số ký hiệu", "Ngày ban hành", "Người ký", its files), the facts
    // its text leaves out.
    if (
      !passedTop &&
      sibling.name === 'table' &&
      siblingElement(top, 'prev') === sibling &&
      descendants(sibling).every(
        (r) => r.name !== 'tr' || r.children.find(isElement)?.name === 'th',
      )
    ) {
      parts.push(sibling);
      continue;
    }
    // A box of prose before the chosen block opens the article ("les faits"); the question
    // before the answer chosen as the body is the other half of a question-and-answer page.
    if (!passedTop && (isOpeningBox(scoring, sibling) || (answers && asksQuestion(sibling)))) {
      parts.push(sibling);
      continue;
    }
    // A paragraph, or a block holding one paragraph and nothing else next to another such
    // block (old layouts put each of the first paragraphs in a block of its own: "firstPar",
    // "secondPar"…; one such block alone is the standfirst's, set apart from the body).
    const paragraph = sibling.name === 'p' ? sibling : (wrapped.get(sibling) ?? null);
    if (paragraph !== null) {
      const s = scoring.stats.get(paragraph);
      if (s === undefined || s.text === 0) continue;
      const density = s.link / s.text;
      if (
        (s.text > 80 && density < 0.25) ||
        (s.text <= 80 && density === 0 && SHORT_SENTENCE.test(textOf(paragraph).trimEnd()))
      ) {
        parts.push(sibling);
      }
    }
  }
  // The article's header before its text (the headline, a deck, the byline and dates) is none
  // of the text, whatever it scores, nor is what stands above it: its standfirst is read apart.
  // So is the chosen block itself when it is the header and the text follows it.
  const last = parts.indexOf(top) + (parts.at(-1) === top ? 0 : 1);
  const at = parts.slice(0, last).findIndex((part) => isHeader(part, isHeadline));
  if (at < 0) return { top, parts: withPicturesBetween(parts) };
  const rest = parts.slice(at + 1);
  return {
    top: rest.includes(top) ? top : (rest[0] as Element),
    parts: withPicturesBetween(rest),
    header: parts[at] as Element,
  };
}

/**
 * A sentence ended in a short paragraph: a full stop before a space or the end, or the full
 * stop, exclamation or question mark of Chinese and Japanese (sixty characters of those are a
 * whole paragraph, and no space follows their stop).
 */
const SHORT_SENTENCE = /\.( |$)|[。！？]/;

/**
 * The parts with the pictures standing between two of them: a figure between a paragraph taken
 * with the chosen block and that block (a standfirst, then the lead picture, then the text) is
 * the article's, as the blocks around it are. Only a box showing one picture and its caption
 * ({@link isLeadPictureBox}).
 */
function withPicturesBetween(parts: readonly Element[]): Element[] {
  const first = parts[0];
  const last = parts.at(-1);
  if (parts.length < 2 || first === undefined || last === undefined) return [...parts];
  const taken = new Set(parts);
  const out: Element[] = [];
  for (let node: AnyNode | null = first; node !== null; node = node.next) {
    if (isElement(node) && (taken.has(node) || isLeadPictureBox(node))) out.push(node);
    if (node === last) break;
  }
  return out;
}

/** Fewest characters of prose (outside links) a band of the page holds to be one of the article's. */
const MIN_BAND_PROSE = 200;

/** Most of a prose band's text that its links may be. */
const MAX_BAND_LINK_SHARE = 0.3;

/** Share of a band's text in links above which it is the page's links, not the article's. */
const LINKS_BAND_SHARE = 0.5;

/** Elements right in `<body>` that are the page's furniture: a band of them ends the article. */
const FURNITURE_BANDS: ReadonlySet<string> = new Set(['header', 'footer', 'nav', 'aside']);

/**
 * The article laid out as a page builder's full-width bands, blocks right in `<body>` one under
 * the other (a hero with the headline and the opening, a band of text, a band holding a table,
 * another band of text…): the chosen block is one band, or the opening inside one, and its own
 * siblings say nothing more. The article is the run of bands from the one holding the chosen
 * block to the last band of a kind that repeats with prose — two or more blocks of one class
 * ({@link classKind}) holding {@link MIN_BAND_PROSE} characters of prose each, little of their
 * text in links — when those hold at least half as much prose as the chosen block, and no band
 * in the run is the page's furniture (a header, footer, navigation, aside or a block of unlikely
 * class, or one mostly links). A long article followed by the site's promotions, or a layout's
 * columns, stay apart.
 *
 * @param scoring - the page's scores
 * @param top - the chosen block
 * @returns the bands in document order, or null when the article is no such run
 */
export function pageBands(scoring: Scoring, top: Element): Element[] | null {
  let band: Element = top;
  while (!isRoot(band.parent)) band = band.parent as Element;
  const page = band.parent;
  if (page === null || page.type === 'root') return null;
  const bands = page.children.filter(isElement);
  const at = bands.indexOf(band);
  // One pass: each kind's first and last band, and its prose bands; furniture counted as a
  // running sum, so that any run is checked in one subtraction (a page of thousands of bands).
  const kinds = new Map<string, { first: number; last: number; prose: number; bands: number }>();
  const furnitureBefore = [0];
  bands.forEach((el, i) => {
    const furniture = el !== band && isFurnitureBand(scoring, el);
    furnitureBefore.push((furnitureBefore[i] as number) + (furniture ? 1 : 0));
    const cls = el.attribs.class;
    if (el === band || cls === undefined || cls.trim() === '') return;
    const kind = classKind(cls);
    const seen = kinds.get(kind) ?? { first: i, last: i, prose: 0, bands: 0 };
    seen.last = i;
    if (isProseBand(scoring, el)) {
      seen.prose += proseOf(scoring, el);
      seen.bands++;
    }
    kinds.set(kind, seen);
  });
  const enough = Math.max(MIN_BAND_PROSE, proseOf(scoring, top) * 0.5);
  for (const { first, last, prose, bands: repeated } of kinds.values()) {
    if (repeated < 2 || prose < enough) continue;
    const from = Math.min(at, first);
    const to = Math.max(at, last);
    if (furnitureBefore[to + 1] === furnitureBefore[from]) return bands.slice(from, to + 1);
  }
  return null;
}

/** Whether a band of the page holds prose: {@link MIN_BAND_PROSE} characters, few in links. */
function isProseBand(scoring: Scoring, el: Element): boolean {
  const stats = scoring.stats.get(el);
  return (
    stats !== undefined &&
    stats.text - stats.link >= MIN_BAND_PROSE &&
    stats.link <= stats.text * MAX_BAND_LINK_SHARE
  );
}

/**
 * Whether a band of the page is its furniture: a header, footer, navigation or aside (as an
 * element, a role or a class name the scoring skips), or a block whose text is mostly links.
 * Scripts, styles and hidden blocks between the bands are passed over.
 */
function isFurnitureBand(scoring: Scoring, el: Element): boolean {
  if (FURNITURE_BANDS.has(el.name)) return true;
  const skipped = skipReason(el, true, false);
  if (skipped !== null)
    return skipped.rule === 'non-content role' || skipped.rule === 'unlikely class';
  const stats = scoring.stats.get(el);
  return stats !== undefined && stats.text > 0 && stats.link > stats.text * LINKS_BAND_SHARE;
}

/**
 * Whether a block before the chosen one opens the article as a paragraph would: a `<div>`
 * holding its text itself, in inline elements only, without links, sentences of prose
 * ({@link PROSE_WORDS} words or more, ending as a sentence does) — a "facts" box set before
 * the body's block (`<div class="article_faits">La firme …</div>`); not an app's promo linking
 * its offer, nor a notice after the article.
 */
function isOpeningBox(scoring: Scoring, el: Element): boolean {
  if (el.name !== 'div') return false;
  for (const child of el.children as AnyNode[]) {
    if (!isElement(child)) continue;
    if (child.name === 'a' || !(INLINE.has(child.name) || child.name === 'br')) return false;
  }
  const s = scoring.stats.get(el);
  if (s === undefined || s.text === 0 || s.link > 0) return false;
  const text = squash(textOf(el));
  return countWords(text) >= PROSE_WORDS && SENTENCE_END.test(text);
}

/** A question's label opening its box: "Câu hỏi:", "Question:", "Frage:". */
const QUESTION_LABEL =
  /^\s*(?:câu hỏi|nội dung(?: câu)? hỏi|hỏi|question|frage|pregunta|domanda|vraag|pergunta)\s*:/iu;
/** An answer's label opening its box: "Trả lời:", "Answer:", "Antwort:". */
const ANSWER_LABEL =
  /^\s*(?:trả lời|nội dung trả lời|đáp|answer|antwort|respuesta|réponse|risposta|antwoord|resposta)\s*:/iu;

/** Whether a block's first text is a question's label ({@link QUESTION_LABEL}). */
function asksQuestion(el: Element): boolean {
  return opensWith(el, QUESTION_LABEL);
}

/** Whether an element's first text opens with what `label` matches. */
function opensWith(el: Element, label: RegExp): boolean {
  const first = edgeText(el, 'first');
  return first?.type === 'text' && label.test((first as Text).data);
}

/**
 * The blocks among `nodes` that each hold one paragraph only and stand next to another such
 * block (element siblings, blank text between them), with their paragraphs.
 */
function wrappedParagraphRuns(nodes: readonly AnyNode[]): Map<Element, Element> {
  const runs = new Map<Element, Element>();
  let run: [Element, Element][] = [];
  const close = () => {
    if (run.length >= 2) for (const [block, paragraph] of run) runs.set(block, paragraph);
    run = [];
  };
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.type === 'text' && node.data.trim() !== '') close();
      continue;
    }
    const paragraph = onlyParagraph(node);
    if (paragraph === null) close();
    else run.push([node, paragraph]);
  }
  close();
  return runs;
}

/** The `<p>` that is a `<div>`'s only element, with no text of its own beside it; else null. */
function onlyParagraph(el: Element): Element | null {
  if (el.name !== 'div') return null;
  let paragraph: Element | null = null;
  for (const child of el.children as AnyNode[]) {
    if (child.type === 'text') {
      if (child.data.trim() !== '') return null;
    } else if (isElement(child)) {
      if (child.name !== 'p' || paragraph !== null) return null;
      paragraph = child;
    }
  }
  return paragraph;
}

/** How many levels above a block its section's heading is looked for. */
const HEADING_LEVELS = 4;

/** Text under which a sibling between a block and its heading is passed over (a "View all" link). */
const SMALL_TEXT = 25;

/**
 * The section a block is or sits in when that section is headed as readers' comments or related
 * links ("Comments", "Top Rated Comments", "Related stories", "Bình luận"): the heading that
 * opens the block, or the nearest heading before it or one of its ancestors, passing over small
 * blocks and the block's own repeated siblings (the other comments). A section holding a
 * visible `<h1>` is the article's.
 *
 * @param el - the picked container
 * @param scoring - the walk that picked it (its text statistics)
 * @returns the section and its heading's text, or null
 */
export function headedSection(
  el: Element,
  scoring: Scoring,
): { section: Element; heading: string } | null {
  const headed = (section: Element, heading: string) =>
    scoring.h1s.some((h1) => isBelow(h1, section)) ? null : { section, heading };
  for (const child of el.children) {
    if (!isElement(child)) {
      // Text of its own before the heading (an old page's <br> lines): the block is not the
      // heading's section, whatever label ends it.
      if (child.type === 'text' && squash(child.data).length >= SMALL_TEXT) break;
      continue;
    }
    const verdict = headingVerdict(child, scoring);
    if (verdict === 'furniture') return headed(el, squash(textOf(child)));
    if (verdict === 'other' || (scoring.stats.get(child)?.text ?? 0) >= SMALL_TEXT) break;
  }
  let node: Element = el;
  for (let level = 0; level < HEADING_LEVELS; level++) {
    const parent = node.parent;
    if (isRoot(parent)) return null;
    for (let sib = node.prev; sib !== null; sib = sib.prev) {
      if (!isElement(sib)) {
        if (sib.type === 'text' && squash(sib.data).length >= SMALL_TEXT) break;
        continue;
      }
      const verdict = headingVerdict(sib, scoring);
      if (verdict === 'furniture') return headed(parent as Element, squash(textOf(sib)));
      // The section is headed otherwise.
      if (verdict === 'other') return null;
      if (sib.name === node.name && sib.attribs.class === node.attribs.class) continue;
      if ((scoring.stats.get(sib)?.text ?? 0) >= SMALL_TEXT) break;
    }
    node = parent as Element;
  }
  return null;
}

/**
 * Whether a short block is a button, or holds only one, that acts on the page (an expander's
 * "Read More" over the article's folded text): a `<button>`, an element set as one, or a link
 * leading nowhere (`#`, `javascript:`).
 */
function isButton(el: Element): boolean {
  const control = [el, ...descendants(el)].find(
    (d) =>
      d.name === 'button' ||
      d.attribs.role === 'button' ||
      d.attribs.type === 'button' ||
      (d.name === 'a' && /^(?:#|javascript:)/i.test(d.attribs.href ?? '#')),
  );
  return control !== undefined && squash(textOf(control)) === squash(textOf(el));
}

/**
 * Whether a block is or holds a list of several items (a share bar, a menu): what one of its
 * items says ("Comments", a link down to them) heads nothing.
 */
function holdsList(el: Element): boolean {
  return [el, ...descendants(el)].some(
    (d) =>
      (d.name === 'ul' || d.name === 'ol') &&
      d.children.filter((c) => isElement(c) && c.name === 'li').length >= 2,
  );
}

/**
 * Whether an element is a comments or related-links heading (`furniture`), another heading
 * (`other`), or no heading (`null`). A short block whose text reads as such a heading counts.
 */
function headingVerdict(el: Element, scoring: Scoring): 'furniture' | 'other' | null {
  const isHeading = HEADING_TAGS.has(el.name) || el.attribs.role === 'heading';
  const size = scoring.stats.get(el)?.text ?? 0;
  if (!isHeading && (size === 0 || size > 60 || isButton(el) || holdsList(el))) return null;
  const text = squash(textOf(el));
  // A line that names its own links after the label ("See also: <a>Mozilla Foundation</a> and
  // <a>Mozilla Corporation</a>", an encyclopedia's hatnote) is a related line, not the heading of
  // what follows it.
  if (
    !isHeading &&
    !isRelatedLabel(text) &&
    !isCommentsHeading(text) &&
    descendants(el).some((d) => d.name === 'a')
  ) {
    return null;
  }
  if (isCommentsHeading(text) || isRelatedHeading(text)) return 'furniture';
  return isHeading ? 'other' : null;
}

/** Headings a header may show the headline in. */
const HEADLINE_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4']);
/**
 * Whether a block is the article's header: it shows the headline in a heading, and holds no
 * picture and no paragraph of prose (a sentence of {@link PROSE_WORDS} words or more: a header
 * holding one holds the text's opening, or a standfirst read apart as well in the body).
 */
function isHeader(block: Element, isHeadline: (el: Element) => boolean): boolean {
  let headline = false;
  for (const d of descendants(block)) {
    if (d.name === 'img' || d.name === 'picture' || d.name === 'figure' || d.name === 'video') {
      return false;
    }
    if (d.name === 'p') {
      const text = squash(textOf(d)).trim();
      if (countWords(text) >= PROSE_WORDS && SENTENCE_END.test(text)) return false;
    }
    if (HEADLINE_TAGS.has(d.name) && isHeadline(d)) headline = true;
  }
  return headline;
}
