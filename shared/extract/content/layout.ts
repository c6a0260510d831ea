/**
 * Normalizes the structure of the article container before it is serialized: presentational
 * wrappers (`<font>`, `<span>`, `<center>`) and layout tables are unwrapped, runs of `<br>`
 * become paragraphs, loose text between blocks is wrapped in `<p>`, empty elements go.
 */
import { type AnyNode, Element } from 'domhandler';
import { isSpace } from '../text.ts';
import {
  classWords,
  collapsedLength,
  descendants,
  detachAll,
  hasSquashedText,
  isElement,
  relink,
  replaceAll,
  textOf,
} from './dom.ts';
import { isPlaceholder } from './labels.ts';
import { BLOCK } from './score.ts';

const PRESENTATIONAL = new Set([
  'font',
  'span',
  'basefont',
  'big',
  'nobr',
  'o:p',
  'center',
  'picture',
]);
const TABLE_PARTS = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot']);
const KEEP_WHEN_EMPTY = new Set([
  'br',
  'img',
  'hr',
  'iframe',
  'video',
  'audio',
  'source',
  'td',
  'th',
  'tr',
]);
const SECTIONING = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  // A quotation's attribution, the one <footer> cleanup keeps.
  'footer',
  'form',
  'td',
  'th',
  'li',
  'blockquote',
  'dd',
  'center',
]);

/** Blocks inside a table's cells: a page's columns hold them, a grid of data rarely does. */
const CELL_BLOCKS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'figure',
]);

/** A data cell's text at most: a figure, a label, a short name. */
const SHORT_CELL = 80;

/**
 * Whether a table's cells are each one short paragraph or less, as releases' financial tables
 * are written (Business Wire, GlobeNewswire: `<td><p>$</p></td><td><p>412,611</p></td>`): a grid
 * of figures, not a page's columns, which hold several blocks or long text.
 */
function isGridOfShortCells(table: Element, inner: readonly Element[]): boolean {
  for (const cell of inner) {
    if ((cell.name !== 'td' && cell.name !== 'th') || closestTable(cell) !== table) continue;
    const blocks = descendants(cell).filter((d) => CELL_BLOCKS.has(d.name));
    if (blocks.length > 1 || blocks.some((b) => b.name !== 'p' && b.name !== 'div')) return false;
    if (collapsedLength(textOf(cell)) > SHORT_CELL) return false;
  }
  return true;
}

/** True when a table carries data (headers, caption, a real grid) rather than page layout. */
export function isDataTable(table: Element): boolean {
  const a = table.attribs;
  if (a.role === 'presentation' || a.datatable === '0') return false;
  const inner = descendants(table);
  if (inner.some((d) => d.name === 'table')) return false;
  if (
    a.summary ||
    inner.some((d) => ['caption', 'th', 'thead', 'tfoot', 'colgroup', 'col'].includes(d.name))
  ) {
    return true;
  }
  if (inner.some((d) => CELL_BLOCKS.has(d.name)) && !isGridOfShortCells(table, inner)) {
    return false;
  }
  const rows = inner.filter((d) => d.name === 'tr');
  let columns = 0;
  for (const row of rows) {
    const cells = row.children.filter(
      (c) => isElement(c) && (c.name === 'td' || c.name === 'th'),
    ).length;
    columns = Math.max(columns, cells);
  }
  if (rows.length <= 1 || columns <= 1) return false;
  return rows.length * columns > 4;
}

/**
 * The cells of a layout table, each turned into a `<div>`, to replace the table: see
 * {@link unwrapLayoutTables}.
 */
function tableCells(table: Element): Element[] {
  const cells = descendants(table).filter(
    (d) => (d.name === 'td' || d.name === 'th') && closestTable(d) === table,
  );
  for (const cell of cells) {
    cell.name = 'div';
    cell.attribs = {};
  }
  return cells;
}

/**
 * Replaces each layout table below `container` by its cells, all at once: one at a time, each
 * replacement spliced and relinked the table's whole sibling list (3 s for 12,475 sibling
 * tables). Deciding them all first decides alike: whether a table is data, and which cells are
 * its own, is read from below it, where no earlier (enclosing or preceding) table's
 * replacement moves anything; and the tables only lose cells, to one table each.
 */
function unwrapLayoutTables(container: Element): void {
  const edits = new Map<AnyNode, readonly AnyNode[]>();
  for (const el of descendants(container)) {
    if (el.name === 'table' && !isDataTable(el)) edits.set(el, tableCells(el));
  }
  replaceAll(edits);
}

/** The nearest `<table>` above `el`, stopping at `stop`. */
export function closestTable(el: Element, stop: Element | null = null): Element | null {
  for (let p = el.parent; p !== null && p !== stop; p = p.parent) {
    if (isElement(p as AnyNode) && (p as Element).name === 'table') return p as Element;
  }
  return null;
}

function isBrRunAt(children: readonly AnyNode[], i: number): number {
  // Returns how many nodes a run of 2+ <br> (whitespace between) spans from `i`, or 0; or a
  // single <br> before a line indented as a paragraph's first.
  let brs = 0;
  let j = i;
  for (; j < children.length; j++) {
    const c = children[j] as AnyNode;
    if (isElement(c) && c.name === 'br') brs++;
    else if (c.type === 'text' && isBlank(c.data)) continue;
    else break;
  }
  if (brs === 1) {
    const next = children[j];
    return next?.type === 'text' && PARAGRAPH_INDENT.test(next.data) ? j - i : 0;
  }
  return brs >= 2 ? j - i : 0;
}

/**
 * The indent an old page opens each paragraph with after a single `<br>`: two or more no-break
 * or ideographic spaces ("&nbsp;&nbsp;&nbsp;&nbsp;Text…<br>&nbsp;&nbsp;&nbsp;&nbsp;Text…").
 */
const PARAGRAPH_INDENT = /^[^\S\u00a0\u3000]*[\u00a0\u3000]{2,}/;

/** Whether a text is empty or whitespace only (`text.trim() === ''` without the copy). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** What shows without text: a picture, an embed, a player. */
const MEDIA: ReadonlySet<string> = new Set(['img', 'iframe', 'video', 'audio']);
/** Media that stand on their own, as blocks do: embeds and players. */
const STANDALONE_MEDIA: ReadonlySet<string> = new Set(['iframe', 'video', 'audio']);

/** Whether an `<img>`, embed or player is below `el` (stops at the first). */
function holdsMedia(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (MEDIA.has(node.name)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

function hasContent(nodes: readonly AnyNode[]): boolean {
  return nodes.some((n) =>
    n.type === 'text'
      ? !isBlank(n.data)
      : isElement(n) &&
        n.name !== 'br' &&
        (hasSquashedText(n) || holdsMedia(n) || MEDIA.has(n.name)),
  );
}

/** A block of the layout: a block element, an embed or a player, standing on its own. */
const isBlock = (node: AnyNode): boolean =>
  isElement(node) && (BLOCK.has(node.name) || STANDALONE_MEDIA.has(node.name));

/**
 * The inline elements of `root` that hold a block (`<em><p>…</p></em>`, an unknown `<block>`
 * around paragraphs, a span unwrapped from between two paragraphs' parents). Wrapped in a
 * paragraph, they would nest a block in it, which an HTML5 parser — a browser, a feed reader —
 * splits into an empty paragraph and a stray `</p>`.
 */
function inlinesHoldingBlocks(root: Element): Set<Element> {
  const holding = new Set<Element>();
  const all = descendants(root);
  // Document order reversed: children are decided before their parent.
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as Element;
    if (isBlock(el)) continue;
    if (el.children.some((c) => isBlock(c) || (isElement(c) && holding.has(c)))) holding.add(el);
  }
  return holding;
}

/** Whether a child stands on its own in a paragraphized element: a block, or holds one. */
function standsAlone(c: AnyNode, holdingBlocks: ReadonlySet<Element>): boolean {
  return isBlock(c) || (isElement(c) && holdingBlocks.has(c));
}

/**
 * Closes a run of inline nodes: trimmed of breaks and blank text at both ends, it becomes a
 * `<p>` added to `out` when anything is left to show (else its nodes are dropped). The run
 * array becomes the paragraph's children: the caller starts a new one.
 * (A module function, not a closure made for each element paragraphized.)
 */
function closeRun(run: AnyNode[], out: AnyNode[]): void {
  while (run.length > 0 && isTrailingBreak(run[run.length - 1] as AnyNode)) run.pop();
  while (run.length > 0 && isTrailingBreak(run[0] as AnyNode)) run.shift();
  if (!hasContent(run)) return;
  // Loose text that is a CMS's placeholder (`$$ARTICLEAD$$` between two blocks) is no paragraph.
  const [only] = run;
  if (run.length === 1 && only?.type === 'text' && isPlaceholder(only.data)) return;
  // Made directly, not parsed from markup (`$('<p></p>')` runs the HTML parser per paragraph).
  const p = new Element('p', {});
  // Moved as a whole, not appended one by one: `el`'s children are replaced below, and
  // detaching each node from `el` is quadratic (49 s for 96,000 <div>s between words).
  p.children = run as typeof p.children;
  relink(p);
  const first = p.children[0];
  if (first?.type === 'text') first.data = first.data.trimStart();
  const last = p.children[p.children.length - 1];
  if (last?.type === 'text') last.data = last.data.trimEnd();
  out.push(p);
}

/** The default of no inline element holding blocks (one set, not one per call). */
const NO_ELEMENTS: ReadonlySet<Element> = new Set();

/**
 * Wraps runs of inline content of `el` into paragraphs, splitting at `<br><br>` runs; true when
 * it did (`el`'s children were rewritten).
 */
function paragraphize(
  el: Element,
  force = false,
  onlyRuns = false,
  holdingBlocks: ReadonlySet<Element> = NO_ELEMENTS,
): boolean {
  // Read in place: nothing below changes `el.children` until it is replaced at the end.
  const children = el.children as AnyNode[];
  let hasRun = false;
  for (let i = 0; i < children.length && !hasRun; i++) hasRun = isBrRunAt(children, i) > 0;
  if (onlyRuns && !hasRun) return false;
  let hasBlock = false;
  for (let i = 0; i < children.length && !hasBlock; i++) {
    hasBlock = standsAlone(children[i] as AnyNode, holdingBlocks);
  }
  if (!hasBlock && !hasRun && !force) {
    if (
      el.name === 'div' ||
      el.name === 'section' ||
      el.name === 'article' ||
      el.name === 'header' ||
      el.name === 'footer'
    ) {
      el.name = 'p';
    }
    return false;
  }
  const out: AnyNode[] = [];
  let run: AnyNode[] = [];
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as AnyNode;
    const span = isBrRunAt(children, i);
    if (span > 0) {
      if (run.length > 0) {
        closeRun(run, out);
        run = [];
      }
      i += span - 1;
      continue;
    }
    if (standsAlone(c, holdingBlocks)) {
      if (run.length > 0) {
        closeRun(run, out);
        run = [];
      }
      out.push(c);
    } else {
      run.push(c);
    }
  }
  if (run.length > 0) closeRun(run, out);
  el.children = out as typeof el.children;
  relink(el);
  if (el.name === 'p') el.name = 'div';
  return true;
}

function isTrailingBreak(n: AnyNode): boolean {
  return (n.type === 'text' && isBlank(n.data)) || (isElement(n) && n.name === 'br');
}

/**
 * Splits the `<br><br>` runs of old pages into `<p>` paragraphs, in place, so that the body
 * has blocks (for bylines and datelines to be found) before it is rendered.
 *
 * @param container - The article container.
 * @returns Whether any run was split (the body has paragraphs it did not have before).
 */
export function splitBreakRuns(container: Element): boolean {
  const all = descendants(container);
  // Only where a <pre> holds the container or sits in it can an element be inside one: the
  // other pages are spared an ancestor walk to the document's root for each element.
  const pre =
    all.some((el) => el.name === 'pre') || container.name === 'pre' || isInsidePre(container);
  let split = false;
  // The inline elements whose runs became paragraphs: each stands as a block in its parent's
  // paragraphs, not in a `<p>` of them (`<td>…<br><br><font><b>Lead.</b><br><br>…</font>`), so
  // the body's first paragraph is the first of its lines.
  const holding = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i] as Element;
    if (el.name === 'pre' || (pre && isInsidePre(el))) continue;
    hoistEdgeRuns(el);
    // An inline element around one holds its paragraphs too (`<span><font>…</font></span>`).
    if (!isBlock(el) && holding.size > 0 && el.children.some((c) => holding.has(c as Element))) {
      holding.add(el);
    }
    // An inline element's runs at its edges are its parent's to split at, around it.
    if (!isBlock(el) && el.parent !== null && !edgeRuns(el.children).inner) continue;
    if (paragraphize(el, false, true, holding)) {
      split = true;
      if (!isBlock(el)) holding.add(el);
    }
  }
  hoistEdgeRuns(container);
  return paragraphize(container, false, true, holding) || split;
}

/**
 * The `<br><br>` runs opening and ending a list of nodes (breaks and blank text): how many nodes
 * each spans, and whether a run stands between them.
 */
function edgeRuns(kids: readonly AnyNode[]): {
  leading: number;
  trailing: number;
  inner: boolean;
} {
  let end = kids.length;
  while (end > 0 && isTrailingBreak(kids[end - 1] as AnyNode)) end--;
  let start = 0;
  while (start < end && isTrailingBreak(kids[start] as AnyNode)) start++;
  // The first run found answers: a scan from each node of a long run would be quadratic.
  let inner = false;
  for (let i = start; i < end && !inner; i++) inner = isBrRunAt(kids, i) > 0;
  return {
    leading: start > 0 && isBrRunAt(kids, 0) > 0 ? start : 0,
    trailing: end < kids.length && isBrRunAt(kids, end) > 0 ? kids.length - end : 0,
    inner,
  };
}

/**
 * Moves the `<br><br>` runs that open or end the inline elements among `parent`'s children out
 * of them, before or after each (`…<i>The Bachelor</i><span> 2015 season.<br><br></span>So how
 * far…`): the text splits around the element, where the reader sees the break, rather than the
 * element's own words becoming a paragraph of their own. The children are rebuilt once.
 */
function hoistEdgeRuns(parent: Element): void {
  const kids = parent.children as AnyNode[];
  let moved: AnyNode[] | null = null;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i] as AnyNode;
    const runs =
      isElement(child) && !isBlock(child) && child.children.length > 0
        ? edgeRuns(child.children)
        : null;
    if (runs === null || (runs.leading === 0 && runs.trailing === 0)) {
      moved?.push(child);
      continue;
    }
    moved ??= kids.slice(0, i);
    const own = (child as Element).children as AnyNode[];
    const leading = own.slice(0, runs.leading);
    const trailing = own.slice(own.length - runs.trailing);
    (child as Element).children = own.slice(
      runs.leading,
      own.length - runs.trailing,
    ) as Element['children'];
    relink(child as Element);
    for (const n of leading) moved.push(n);
    moved.push(child);
    for (const n of trailing) moved.push(n);
  }
  if (moved === null) return;
  parent.children = moved as typeof parent.children;
  relink(parent);
}

function isInsidePre(el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) {
    if (isElement(p as AnyNode) && (p as Element).name === 'pre') return true;
  }
  return false;
}

/**
 * Replaces every element below `root` that `unwrap` selects by its children, in one pass: each
 * element kept gets its final children at once, those of the unwrapped elements below it taken
 * up through any depth of them. Unwrapping one element at a time relinks all its siblings each
 * time (385 s for 100,000 `<span>`s in one paragraph), and unwrapping each into its parent in
 * turn copies the growing list of a chain of nested ones again at every level (10,000 nested
 * `<font>`s, each holding a line).
 *
 * @param root - the element whose descendants are unwrapped (never itself)
 * @param unwrap - whether an element goes, its children taking its place; it asks about the
 *   element alone, whatever happens around it
 */
function unwrapEvery(root: Element, unwrap: (el: Element) => boolean): void {
  const goes = (node: AnyNode): node is Element => isElement(node) && unwrap(node);
  for (const parent of [root, ...descendants(root)]) {
    if ((parent !== root && goes(parent)) || !parent.children.some(goes)) continue;
    const kept: AnyNode[] = [];
    // Children in document order, those of an unwrapped one in its place (a stack, not
    // recursion: chains of them run deep).
    const stack: AnyNode[] = [];
    for (let i = parent.children.length - 1; i >= 0; i--) stack.push(parent.children[i] as AnyNode);
    while (stack.length > 0) {
      const node = stack.pop() as AnyNode;
      if (!goes(node)) {
        kept.push(node);
        continue;
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      node.children = [];
      node.parent = null;
      node.prev = null;
      node.next = null;
    }
    parent.children = kept as typeof parent.children;
    relink(parent);
  }
}

/** Numbers alone, counting up by one: a code block's line numbers ("1 2 3", one a line). */
function isLineNumbers(text: string): boolean {
  const numbers = text.trim().split(/\s+/);
  let previous = -1;
  for (const n of numbers) {
    if (!/^\d{1,6}$/.test(n)) return false;
    const value = Number(n);
    if (previous >= 0 && value !== previous + 1) return false;
    previous = value;
  }
  return true;
}

/** Class words of a line number inside code (Chroma's `ln`/`lnt`, Pygments' `linenos`). */
const LINE_NUMBER_CLASS = /(?:^|\s)(?:ln|lnt|linenos?|lineno|line-?numbers?|gutter)(?:\s|$)/;

/**
 * Leaves out code blocks' line numbers, which highlighters write as text: a gutter cell of
 * numbers beside the cell holding the code (Chroma's `lntable`, Pygments' `highlighttable`,
 * Rouge's, SyntaxHighlighter's), or a number in a span at each line's start inside the code.
 * A reader copies the code without them, and read as text they ran "1 2 3" before it.
 */
function dropLineNumbers(container: Element): void {
  const gone: Element[] = [];
  for (const el of descendants(container)) {
    if (el.name === 'pre' && el.parent !== null) {
      for (const d of descendants(el)) {
        if (LINE_NUMBER_CLASS.test(classWords(d)) && isLineNumbers(textOf(d))) gone.push(d);
      }
    }
    if (el.name !== 'tr') continue;
    const cells = el.children.filter(
      (c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'),
    );
    const code = cells.find((c) => descendants(c).some((d) => d.name === 'pre'));
    if (code === undefined) continue;
    for (const cell of cells) if (cell !== code && isLineNumbers(textOf(cell))) gone.push(cell);
  }
  detachAll(gone);
}

/**
 * Normalizes the structure of `container` in place.
 *
 * @param container - The article container.
 */
export function normalizeLayout(container: Element): void {
  dropLineNumbers(container);
  unwrapLayoutTables(container);
  // Cells and rows whose table is the container or outside it (the container is a row or a
  // cell of a layout table): blocks, not table parts. The rows and sections are unwrapped in
  // one pass, not one by one (each relinked all its siblings); whether one is inside a table
  // of the container does not change as others go: they are not tables.
  const strayRows = new Set<Element>();
  for (const el of descendants(container)) {
    if (!TABLE_PARTS.has(el.name) || closestTable(el, container) !== null) continue;
    if (el.name === 'td' || el.name === 'th') {
      el.name = 'div';
      el.attribs = {};
    } else {
      strayRows.add(el);
    }
  }
  if (strayRows.size > 0) unwrapEvery(container, (el) => strayRows.has(el));
  unwrapEvery(container, (el) => PRESENTATIONAL.has(el.name));
  // Deepest first, so a paragraph made inside a cell is not wrapped again by the row.
  const blocks = descendants(container).filter((d) => SECTIONING.has(d.name) || d.name === 'p');
  const holding = inlinesHoldingBlocks(container);
  for (let i = blocks.length - 1; i >= 0; i--) {
    paragraphize(blocks[i] as Element, false, false, holding);
  }
  paragraphize(container, true, false, holding);
  removeEmpty(container);
}

function removeEmpty(el: Element): void {
  // The kept children are collected and linked once: detaching one at a time is quadratic in
  // the number of siblings (49 s for 96,000 empty <div>s between words). They are copied only
  // from the first child dropped: most elements drop none.
  const children = el.children as AnyNode[];
  let kept: AnyNode[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as AnyNode;
    if (isElement(child)) {
      removeEmpty(child);
      const empty = child.children.length === 0 || !hasContent(child.children as AnyNode[]);
      if (empty && !KEEP_WHEN_EMPTY.has(child.name)) {
        kept ??= children.slice(0, i);
        child.parent = null;
        child.prev = null;
        child.next = null;
        continue;
      }
    }
    kept?.push(child);
  }
  if (kept === null) return;
  el.children = kept as typeof el.children;
  relink(el);
}
