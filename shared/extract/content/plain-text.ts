/**
 * The plain text of the rendered body: one paragraph per block, paragraphs separated by a blank
 * line, `<br>` kept as a line break, a table of data as its caption and a line per row (the
 * cells between " | "), captions left out (they belong to `images`) but in a
 * gallery, whose captions carry more words than the rest, and bare slide counters ("2/4") left
 * out.
 *
 * Outside `<pre>` the text is written as it is read: each whitespace run is one space, each
 * line is trimmed and empty lines are dropped, without collecting a paragraph and cleaning it
 * again with patterns (this runs over every body, and speed is a requirement). Preformatted
 * text keeps its whitespace and is cleaned when its block ends.
 */
import type { AnyNode, Element } from 'domhandler';
import { isSpace, nfc } from '../text.ts';
import { hasSpaceRun, isBareReading, isElement, textOf } from './dom.ts';
import { BLOCK } from './score.ts';

/** Block-level tags of the text rendering (besides `BLOCK`). */
export const TEXT_BLOCK: ReadonlySet<string> = new Set([
  ...BLOCK,
  'figure',
  'iframe',
  'video',
  'audio',
  'img',
  'caption',
]);
/** Elements whose text is not the body's (pictures' captions belong to `images`). */
export const NO_TEXT: ReadonlySet<string> = new Set([
  'figcaption',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
]);

/** Format characters that show nothing: zero-width space, (non-)joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const INVISIBLE_ONLY = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/;

/**
 * The zero-width space and the word joiner: break hints that mean something only between two
 * characters of a word (Thai and Khmer mark word ends with the space). At a line's edge or next
 * to whitespace they mean nothing, and some editors (SharePoint's) open every paragraph with
 * one. (The BOM is whitespace already; the joiners spell words and stay.)
 */
const BREAK_HINT = /[\u200b\u2060]/;
const EDGE_BREAK_HINTS = /[\u200b\u2060]*(?: [\u200b\u2060]*)+|^[\u200b\u2060]+|[\u200b\u2060]+$/g;

/**
 * A line (spaces collapsed, trimmed) without the break hints at its edges or next to a space:
 * a run of spaces and hints holding a space is one space, hints at an edge are dropped.
 */
function withoutEdgeHints(line: string): string {
  if (!BREAK_HINT.test(line)) return line;
  return line.replace(EDGE_BREAK_HINTS, (run: string) => (run.includes(' ') ? ' ' : '')).trim();
}

/** Preformatted lines without the break hints at their edges or next to whitespace. */
const PRE_EDGE_BREAK_HINTS = /(?<=^|\s)[\u200b\u2060]+|[\u200b\u2060]+(?=\s|$)/gm;

/**
 * Writes the paragraphs of flowing (not preformatted) text: whitespace runs become one space,
 * lines are trimmed, empty lines dropped.
 */
class ParagraphWriter {
  text = '';
  /** The current line has no character yet. */
  lineEmpty = true;
  /** A space is due before the current line's next character. */
  space = false;
  /** A line break is due before the next character (the text has a finished line). */
  lineDue = false;
  /** Written instead of a space before the current line's next character (a table cell's edge). */
  separator = '';

  /** Writes a text node's data. */
  write(data: string): void {
    let start = 0;
    while (start < data.length && isSpace(data.charCodeAt(start))) start++;
    // Invisible format characters alone (`<p>&zwnj;</p>`) show nothing: they are whitespace.
    if (
      start === data.length ||
      (INVISIBLE.has(data.charCodeAt(start)) && INVISIBLE_ONLY.test(data))
    ) {
      if (data.length > 0) this.spaceDue();
      return;
    }
    if (start > 0) this.spaceDue();
    let end = data.length;
    while (isSpace(data.charCodeAt(end - 1))) end--;
    this.startWord();
    const core = start === 0 && end === data.length ? data : data.slice(start, end);
    this.text += hasSpaceRun(core) ? core.replace(/\s+/g, ' ') : core;
    if (end < data.length) this.space = true;
  }

  /** A space between words (a table cell's edge, whitespace). */
  spaceDue(): void {
    if (!this.lineEmpty) this.space = true;
  }

  /** A separator between two table cells of a line, when the line has words before it. */
  cellEdge(): void {
    if (!this.lineEmpty) this.separator = CELL_SEPARATOR;
  }

  /** A `<br>`. */
  lineBreak(): void {
    if (!this.lineEmpty) this.lineDue = true;
    this.lineEmpty = true;
    this.space = false;
    this.separator = '';
  }

  /** The paragraph written since the last call, and a fresh start. */
  take(): string {
    const out = BREAK_HINT.test(this.text)
      ? this.text.split('\n').map(withoutEdgeHints).filter(Boolean).join('\n')
      : this.text;
    this.text = '';
    this.lineEmpty = true;
    this.space = false;
    this.lineDue = false;
    this.separator = '';
    return out;
  }

  private startWord(): void {
    if (this.lineEmpty) {
      if (this.lineDue) this.text += '\n';
      this.lineDue = false;
      this.lineEmpty = false;
    } else if (this.separator !== '') this.text += this.separator;
    else if (this.space) this.text += ' ';
    this.space = false;
    this.separator = '';
  }
}

/** Cleans text read inside `<pre>` when its block ends (`pre`: the `<pre>` itself ends). */
export function cleanPreformatted(buffer: string, pre: boolean): string {
  if (pre) {
    const text = BREAK_HINT.test(buffer) ? buffer.replace(PRE_EDGE_BREAK_HINTS, '') : buffer;
    return text.replace(/^(?:[ \t]*\r?\n)+|\s+$/g, '');
  }
  return !buffer.includes('\n')
    ? withoutEdgeHints(buffer.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
    : buffer
        .split('\n')
        .map((line) => withoutEdgeHints(line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim()))
        .filter((line) => line !== '')
        .join('\n');
}

/**
 * The plain text of the roots' children: one paragraph per block, paragraphs separated by a
 * blank line, `<br>` kept as a line break, captions left out (they belong to `images`).
 *
 * @param roots - the rendered body's containers
 * @returns the text (NFC)
 */
export function toText(roots: readonly Element[]): string {
  const text = read(roots, false);
  // A gallery: its figures' captions carry most of its words, and are the story told.
  if (text.captionCount >= MIN_GALLERY && text.captions > text.length) {
    return read(roots, true).text;
  }
  return text.text;
}

/** The text of the roots, and the characters of the captions left out of it. */
function read(
  roots: readonly Element[],
  captions: boolean,
): { text: string; length: number; captions: number; captionCount: number } {
  const reader = new TextReader(captions);
  for (const root of roots) {
    for (const child of root.children) reader.visit(child, false);
    reader.flush();
  }
  const text = nfc(reader.paragraphs.join('\n\n'));
  return {
    text,
    length: text.length,
    captions: reader.captionChars,
    captionCount: reader.captionCount,
  };
}

/** Captioned pictures of a gallery at least. */
const MIN_GALLERY = 3;

/** A slide counter standing as a paragraph: "2/4", "2 / 4", "2 of 4". */
const BARE_COUNTER = /^\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/;
/** Characters of a bare counter at most. */
const MAX_COUNTER = 12;

/**
 * The walk of {@link toText}: its state and steps as one object's (not closures made for each
 * call, which tsx also names one by one).
 */
class TextReader {
  readonly paragraphs: string[] = [];
  /** Characters of the `<figcaption>`s left out. */
  captionChars = 0;
  /** The `<figcaption>`s left out. */
  captionCount = 0;
  constructor(private readonly captions: boolean) {}
  private readonly flowing = new ParagraphWriter();
  // Text read inside <pre>, cleaned when a block ends. A block boundary (a flush) always lies
  // between text read inside and outside <pre>: entering and leaving <pre> both flush.
  private preformatted = '';
  /** Reading a row of cells written as one line ({@link rowsOf}). */
  private inRow = false;

  flush(pre = false): void {
    const text =
      this.preformatted === '' ? this.flowing.take() : cleanPreformatted(this.preformatted, pre);
    if (text !== '' && !(text.length <= MAX_COUNTER && BARE_COUNTER.test(text))) {
      this.paragraphs.push(text);
    }
    this.preformatted = '';
  }

  private space(pre: boolean): void {
    if (pre) this.preformatted += ' ';
    else this.flowing.spaceDue();
  }

  visit(node: AnyNode, pre: boolean): void {
    if (node.type === 'text') {
      if (pre) this.preformatted += node.data;
      else this.flowing.write(node.data);
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'figcaption') {
      if (!this.captions) {
        this.captionChars += textOf(node).trim().length;
        this.captionCount++;
        return;
      }
    } else if (NO_TEXT.has(node.name)) return;
    if (isBareReading(node)) return;
    if (node.name === 'br') {
      if (pre) this.preformatted += '\n';
      // A row's cells are one line: a break inside a cell is a space there.
      else if (this.inRow) this.flowing.spaceDue();
      else this.flowing.lineBreak();
      return;
    }
    if (node.name === 'table' && !pre) {
      const rows = rowsOf(node);
      if (rows !== null) {
        this.rowLines(node, rows);
        return;
      }
    }
    const block = TEXT_BLOCK.has(node.name);
    if (block) this.flush();
    const cell = node.name === 'td' || node.name === 'th';
    if (cell) this.space(pre);
    const inPre = pre || node.name === 'pre';
    for (const child of node.children) this.visit(child, inPre);
    if (cell) this.space(pre);
    else if (block) this.flush(node.name === 'pre' && !pre);
  }

  /**
   * A table of rows of cells holding no block ({@link rowsOf}): its caption a paragraph, then
   * its rows one paragraph, a line each, the cells' texts between separators.
   */
  private rowLines(table: Element, rows: readonly Element[]): void {
    this.flush();
    for (const child of table.children) {
      if (isElement(child) && child.name === 'caption') this.visit(child, false);
    }
    this.inRow = true;
    for (const row of rows) {
      for (const cell of row.children) {
        if (!isElement(cell)) continue;
        this.flowing.cellEdge();
        for (const child of cell.children) this.visit(child, false);
      }
      this.flowing.lineBreak();
    }
    this.inRow = false;
    this.flush();
  }
}

/**
 * Whether an element holds a block of the text ({@link TEXT_BLOCK}): a walk that stops at the
 * first, not a list of all the descendants made first (a layout table's cell holds the page, and
 * each table nested in it is asked again; the recursion goes as deep as {@link TextReader}'s).
 */
function holdsTextBlock(el: Element): boolean {
  for (const child of el.children) {
    if (isElement(child) && (TEXT_BLOCK.has(child.name) || holdsTextBlock(child))) return true;
  }
  return false;
}

/** Written between the cells of a table row's line. */
const CELL_SEPARATOR = ' | ';

/** Parts of a table that hold its rows. */
const ROW_GROUPS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);

/**
 * The rows of a table of data when each is a line of cells, holding words, links and the like
 * and no block; null when a cell holds blocks (a layout table's cell of paragraphs is read
 * block by block) or the table holds anything but rows and a caption.
 */
function rowsOf(table: Element): Element[] | null {
  const rows: Element[] = [];
  const add = (el: Element): boolean => {
    if (el.name !== 'tr') return false;
    for (const cell of el.children) {
      if (!isElement(cell)) continue;
      if ((cell.name !== 'td' && cell.name !== 'th') || holdsTextBlock(cell)) return false;
    }
    rows.push(el);
    return true;
  };
  for (const child of table.children) {
    if (!isElement(child) || child.name === 'caption' || child.name === 'colgroup') continue;
    if (ROW_GROUPS.has(child.name)) {
      for (const row of child.children) if (isElement(row) && !add(row)) return null;
    } else if (!add(child)) return null;
  }
  return rows.length > 0 ? rows : null;
}
