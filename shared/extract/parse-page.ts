/**
 * Decodes and parses a page with its `<script>` and `<style>` content set aside: more than half
 * of a news page's bytes, which the extractor mostly never reads, yet which cost decoding and a
 * character-by-character scan in the tokenizer. Each such content is replaced in the bytes by a
 * short marker before decoding; after the parse, every marker must stand alone as the text of
 * its own element (which proves the tokenizer read raw text exactly there, as in the page), and
 * gets the content back. The document is then the one parsing the whole page gives. When any
 * marker is not found where expected the page is parsed whole, as before.
 */
import { isAscii } from 'node:buffer';
import { type CheerioAPI, load } from 'cheerio/slim';
import { type ChildNode, DomHandler, type Element, Text } from 'domhandler';
import { unwrap } from './content/dom.ts';
import { type CharsetReason, decodeText, type PageBytes, readPageBytes } from './decode.ts';
import { UnreadablePageError } from './errors.ts';
import { BrowserLikeParser, type ReferenceDecodingParser } from './fast-parser.ts';
import { mayStandForMedia, rewriteMediaElements } from './media-elements.ts';
import { findRawSections, type RawSection } from './raw-text.ts';

/** What a marker starts with; a page holding it in the text parsed is parsed whole. */
const MARK = '<!--syndicate raw text ';

/** Shorter content is not worth a marker (about 30 bytes). */
const MIN_SET_ASIDE = 64;

function marker(k: number): string {
  return `${MARK}${k}-->`;
}

/** Charsets whose bytes below 0x80 are ASCII and stand for themselves alone. */
const ASCII_COMPATIBLE = /^(?:utf-8|windows-12\d\d|windows-874|iso-8859-\d+|koi8-[ru])$/;

/**
 * Whether the page's bytes can be scanned for raw text: an ASCII-compatible charset, and none
 * of the bytes whose meaning changes between the bytes and the decoded, NFC-normalized text the
 * tokenizer reads: bytes 0x1C and 0x0F (htmlparser2 takes them for `<` and `/` in some states
 * of raw text) and
 * U+0338 in UTF-8 (NFC composes `>` + U+0338 into `≯`, so a `>` in the bytes may not be one in
 * the text).
 */
function scannable(page: PageBytes): boolean {
  const { bytes } = page;
  return (
    ASCII_COMPATIBLE.test(page.charset) &&
    bytes.indexOf(0x1c) < 0 &&
    bytes.indexOf(0x0f) < 0 &&
    bytes.indexOf('\u0338') < 0
  );
}

/** The sections worth setting aside: long enough, and starting with an ASCII byte. */
function sectionsToSetAside(bytes: Buffer): RawSection[] {
  // A section starting with a non-ASCII byte could start with a combining mark, which NFC
  // would normalize differently once the `>` before it is a marker's.
  return findRawSections(bytes).filter(
    (s) => s.end - s.start >= MIN_SET_ASIDE && (bytes[s.start] as number) < 0x80,
  );
}

function checkHasTags(html: string): void {
  if (!/<[a-z!][^>]*>/i.test(html)) {
    throw new UnreadablePageError(
      'not-html',
      `Page is not HTML (got plain text without tags, ${html.length} characters)`,
    );
  }
}

/**
 * The DOM handler cheerio's `load` uses, also counting the page's elements and comments as it
 * builds them (`limits.ts` checks the count: no second walk over the tree) and keeping its
 * script and style elements. Its parser does not decode the character references of text
 * (`fast-parser.ts`): the handler has it decode each text as htmlparser2 would have.
 */
class CountingHandler extends DomHandler {
  elements = 0;
  comments = 0;
  /** The deepest nesting of an element (the document's children are at depth 1). */
  depth = 0;
  readonly rawTextElements: Element[] = [];

  /** Every element in document order: each is made after all those before it. */
  readonly allElements: Element[] = [];

  /**
   * Whether the page holds elements that may stand for media (AMP's, light embeds, iframes),
   * rewritten once it is parsed (`media-elements.ts`).
   */
  mediaElements = false;

  /** The parser, which decodes the text (set by `parseHtml`). */
  reader: ReferenceDecodingParser | null = null;

  /**
   * `<html>`, `<head>` and `<body>` elements inside the document's own (a page pasted whole
   * into another's widget), left out around their content once the page is parsed: a browser
   * opens no second document there.
   */
  readonly nestedDocumentParts: Element[] = [];

  /**
   * The children of the open elements, in document order, the innermost's last: an element's
   * children are given it as one array of their own size when it closes. Pushed one by one
   * into an element's own empty array, they would cost an array of room for 17 (V8's first
   * growth) for each element holding any, most of it never used, and copied by the garbage
   * collector while the page is read.
   */
  private readonly openChildren: ChildNode[] = [];
  /** How many of `openChildren` are in use. */
  private openCount = 0;
  /** Where each open element's children start in `openChildren`, the innermost last. */
  private readonly childrenStart: number[] = [];

  override addNode(node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1];
    if (parent === this.root || parent === undefined) {
      super.addNode(node);
      return;
    }
    // As domhandler's: linked to the parent and to the sibling before it, if any.
    const count = this.openCount;
    if (count > (this.childrenStart[this.childrenStart.length - 1] as number)) {
      const previous = this.openChildren[count - 1] as ChildNode;
      node.prev = previous;
      previous.next = node;
    }
    this.openChildren[count] = node;
    this.openCount = count + 1;
    node.parent = parent;
    this.lastNode = null;
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    // The element goes under the innermost open one: its depth is the count of open nodes.
    if (this.tagStack.length > this.depth) this.depth = this.tagStack.length;
    super.onopentag(name, attribs);
    const element = this.tagStack[this.tagStack.length - 1] as Element;
    this.childrenStart.push(this.openCount);
    this.allElements.push(element);
    if (!this.mediaElements && mayStandForMedia(name)) this.mediaElements = true;
    if (DOCUMENT_PARTS.has(name) && isNested(element)) this.nestedDocumentParts.push(element);
  }

  override ontext(data: string): void {
    const innermost = this.tagStack[this.tagStack.length - 1] as Element;
    super.ontext(this.reader === null ? data : this.reader.decodeText(data, innermost.name));
  }

  override onclosetag(): void {
    const node = this.tagStack[this.tagStack.length - 1];
    super.onclosetag();
    // A tag the page ends inside is closed without having been opened: the handler then pops
    // the document itself, which is no element.
    if (node === undefined || node.type === 'root') return;
    const start = this.childrenStart.pop() as number;
    if (this.openCount > start) {
      (node as Element).children = this.openChildren.slice(start, this.openCount);
      this.openCount = start;
    }
    this.elements += 1;
    const { name } = node as Element;
    if (name === 'script' || name === 'style') this.rawTextElements.push(node as Element);
  }

  override oncomment(data: string): void {
    const before = this.lastNode;
    super.oncomment(data);
    // Text of one comment given in parts extends the same node.
    if (this.lastNode !== before) this.comments += 1;
  }
}

/**
 * Parses text as `cheerio/slim`'s `load` does (htmlparser2, its default options), decoding
 * character references after the tokenizer (`fast-parser.ts`). The text may come in chunks,
 * read one after the other as htmlparser2 reads a stream.
 */
function parseHtml(chunks: readonly string[]): CountingHandler {
  const handler = new CountingHandler();
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const parser = new BrowserLikeParser(handler, length);
  handler.reader = parser;
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return handler;
}

/** The elements that make a document: there is one of each. */
const DOCUMENT_PARTS: ReadonlySet<string> = new Set(['html', 'head', 'body']);

/**
 * Whether a document part stands inside the document's own: an `<html>` anywhere but at the
 * top, a `<head>` or `<body>` anywhere but right in that `<html>` (or at the top of a page
 * without one).
 */
function isNested(el: Element): boolean {
  const parent = el.parent;
  if (parent === null || parent.type === 'root') return false;
  if (el.name === 'html') return true;
  return (parent as Element).name !== 'html' || parent.parent?.type !== 'root';
}

function loaded(handler: CountingHandler): ParsedDocument {
  const nested = handler.nestedDocumentParts;
  if (nested.length > 0) {
    for (const el of nested) unwrap(el);
    const left = new Set(nested);
    const all = handler.allElements;
    let kept = 0;
    for (const el of all) if (!left.has(el)) all[kept++] = el;
    all.length = kept;
  }
  if (handler.mediaElements) rewriteMediaElements(handler.allElements);
  return {
    $: load(handler.root),
    size: { elements: handler.elements, comments: handler.comments, depth: handler.depth },
    elements: handler.allElements,
  };
}

function parseWhole(html: string): ParsedDocument {
  checkHasTags(html);
  return loaded(parseHtml([html]));
}

/**
 * A text node whose content is decoded when first read: most raw text (styles, trackers, app
 * code) never is. One class, so that code reading `data` sees two node shapes, not one per node.
 */
class SetAsideText extends Text {
  decodeLater: (() => string) | null = null;
  value = '';

  static of(decode: () => string): SetAsideText {
    const text = new SetAsideText('');
    text.decodeLater = decode;
    return text;
  }
}
// On the prototype (TypeScript allows no accessor over Text's `data` property).
Object.defineProperty(SetAsideText.prototype, 'data', {
  get(this: SetAsideText): string {
    if (this.decodeLater !== null) {
      this.value = this.decodeLater();
      this.decodeLater = null;
    }
    return this.value;
  },
  set(this: SetAsideText, value: string) {
    this.value = value;
    this.decodeLater = null;
  },
});

/** Puts `text` in the place of the marker node `marker`, its parent's only child. */
function replaceMarker(marker: Text, text: Text): void {
  const parent = marker.parent;
  if (parent === null) return;
  text.parent = parent;
  parent.children[0] = text;
}

/**
 * The page's text of `bytes[start, end)`, decoded and NFC-normalized. The page's charset is
 * ASCII-compatible (`scannable`): ASCII bytes, as most parts between sections and most
 * sections are, stand for themselves and are NFC already; read as Latin-1, they are decoded
 * three times faster than as UTF-8, and not normalized.
 */
function decodedPart(page: PageBytes, start: number, end: number): string {
  const part = page.bytes.subarray(start, end);
  return isAscii(part) ? part.toString('latin1') : page.decode(part).normalize('NFC');
}

/**
 * Parses the page with the sections replaced by markers, and puts the content back; null when
 * a marker is not where it was put (the tokenizer read that part of the page differently).
 *
 * The page is decoded and parsed in chunks, cut before each marker, not as one string: a page's
 * text is hundreds of kilobytes, and V8 gives a string that large memory of its own, mapped
 * afresh for each page (about 1 ms a page, half of it the system's, against 0.15 ms for the
 * same text in chunks). The chunks give the text of the page whole: they are the markers and
 * the text between them, which starts with the `<` of an end tag (sections end where it does)
 * or at the page's start and ends before a section's first byte, ASCII; an ASCII byte ends no
 * UTF-8 sequence before it, and NFC neither composes a `<` with what precedes it nor reorders
 * across it, so decoding and normalizing the chunks one by one gives the chunks of the page
 * decoded and normalized whole. Parsed in chunks, the tokenizer reads what a stream of the
 * same text gives it; where a marker stands alone as its element's text, as every marker must
 * for the parse to be kept, the tokenizer was reading raw text from just before it, with
 * nothing read and not handed over, and read the marker whole: the chunks split no text, no
 * name and no attribute.
 */
function parseSetAside(page: PageBytes, sections: readonly RawSection[]): ParsedDocument | null {
  const { bytes } = page;
  const chunks: string[] = [];
  let from = 0;
  sections.forEach((s, k) => {
    chunks.push(decodedPart(page, from, s.start), marker(k));
    from = s.end;
  });
  chunks.push(decodedPart(page, from, bytes.length));
  // A marker of the page's own could pass for one of these: only in the text parsed (the
  // sections' content is not), searched there rather than in all the bytes.
  if (chunks.some((chunk, i) => i % 2 === 0 && chunk.includes(MARK))) return null;
  // No `checkHasTags`: the markers are comment tags (a `<!` tag) which it takes.

  const handler = parseHtml(chunks);
  const texts: Text[] = [];
  for (const el of handler.rawTextElements) {
    const only = el.children.length === 1 ? el.children[0] : undefined;
    if (only === undefined || only.type !== 'text' || !only.data.startsWith(MARK)) continue;
    const k = texts.length;
    const section = sections[k];
    if (section === undefined || only.data !== marker(k) || el.name !== section.tag) return null;
    texts.push(only as Text);
  }
  if (texts.length !== sections.length) return null;
  texts.forEach((text, k) => {
    const { start, end } = sections[k] as RawSection;
    replaceMarker(
      text,
      SetAsideText.of(() => decodedPart(page, start, end)),
    );
  });
  return loaded(handler);
}

/** A parsed document and the size `checkElementCount` (limits.ts) checks. */
export interface ParsedDocument {
  readonly $: CheerioAPI;
  /** The elements and comments of the page as parsed, and their deepest nesting. */
  readonly size: { readonly elements: number; readonly comments: number; readonly depth: number };
  /** Every element of the page as parsed, in document order. */
  readonly elements: readonly Element[];
}

/** A parsed page, and the charset it was read in. */
export interface ParsedPage extends ParsedDocument {
  /** The charset's name, and why that one (`syndicate extract --explain`). */
  readonly charset: { readonly name: string; readonly reason: CharsetReason };
}

/**
 * Decodes a page (charset detected, NFC-normalized) and parses it with htmlparser2, as
 * `cheerio/slim`'s `load` does.
 *
 * @param input - the page's bytes, or its text
 * @param served - the charset the page's bytes were served with (`Content-Type`), if known
 * @param url - the page's URL, if known: a hint at the legacy charset of a page declaring none
 * @returns the loaded document, its count of elements and comments, and its charset
 * @throws NotAnArticleError `empty` for an empty or blank page
 * @throws UnreadablePageError `binary` for binary data, `not-html` for text without tags
 * @example const { $ } = parsePage(await readFile('page.html'));
 */
export function parsePage(
  input: Buffer | string,
  served?: string | null,
  url?: string | null,
): ParsedPage {
  if (typeof input === 'string') {
    return { ...parseWhole(decodeText(input).html), charset: GIVEN_AS_TEXT };
  }
  const page = readPageBytes(input, served, url);
  const sections = scannable(page) ? sectionsToSetAside(page.bytes) : [];
  const parsed =
    (sections.length > 0 ? parseSetAside(page, sections) : null) ??
    parseWhole(page.decode(page.bytes).normalize('NFC'));
  return { ...parsed, charset: { name: page.charset, reason: page.reason } };
}

/** The charset of a page given as text: decoded already. */
const GIVEN_AS_TEXT = { name: 'utf-8', reason: { source: 'given as text' } } as const;
