/**
 * htmlparser2 (version pinned in package.json) run faster with the same result. Its tokenizer
 * reads text and attribute values one character at a time through its state machine so as to
 * decode character references (`&amp;`, `&#8211;`) as it goes; told not to decode, it skips to
 * the next `<` or closing quote instead. `ReferenceDecodingParser` parses that way and decodes
 * each attribute value, and `decodeText` each text, afterwards with the same decoder
 * (`entities`, the tokenizer's own), in the same mode and with the same character after it,
 * which gives the same strings: a property test compares the trees with htmlparser2's own
 * decoding parse.
 *
 * The skipping itself (`fastForwardTo`) is a loop over `charCodeAt`; here it is
 * `String.indexOf`, which does the same natively; the characters of a name, on which the
 * tokenizer does nothing until the name ends, are passed over in one loop. And each tag and
 * attribute name is read as one string kept for all its uses rather than a new string each time
 * (see `NameTable`).
 *
 * `BrowserLikeParser`, which `parsePage` uses, departs from htmlparser2 in three places on
 * purpose, as browsers do: a heading's end tag closes the heading that is open, whatever its
 * level, content the head cannot hold ends a head left open, and `</body>` and `</html>` close
 * nothing; and it gives what it decodes NFC-normalized, as the rest of the page.
 *
 * The classes read and override private members of htmlparser2's `Tokenizer` and `Parser`
 * (named in the interfaces below): the version is pinned for that reason.
 */
import { DecodingMode, decodeHTML } from 'entities/decode';
import { DomHandler, Parser, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** The tokenizer's private state read here. */
interface TokenizerState {
  state: number;
  /** The chunk of the input being read. */
  buffer: string;
  index: number;
  /** Where the chunk being read starts in the input. */
  offset: number;
  isSpecial: boolean;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
}

const TokenizerWithState = Tokenizer as unknown as new (
  options: { xmlMode?: boolean; decodeEntities?: boolean },
  callbacks: TokenizerCallbacks,
) => TokenizerState;

/**
 * htmlparser2's tokenizer with `fastForwardTo` done by `String.indexOf`, telling whether it is
 * reading raw text.
 */
class IndexOfTokenizer extends TokenizerWithState {
  /**
   * Moves to the next `c` after the current index and says whether there is one; else to the
   * last character of the input (the tokenizer's loop steps past it). As htmlparser2's own.
   */
  fastForwardTo(c: number): boolean {
    const found = this.buffer.indexOf(String.fromCharCode(c), this.index + 1 - this.offset);
    if (found >= 0) {
      this.index = found + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }

  /**
   * A character of a start tag's name: as htmlparser2's, which does nothing until the name ends,
   * but the characters before its end are passed over in one loop.
   *
   * @internal
   */
  override stateInTagName(c: number): void {
    if (endsName(c, TAG_NAME)) super.stateInTagName(c);
    else this.passOverName(TAG_NAME);
  }

  /** As {@link stateInTagName}, in an end tag's name. @internal */
  override stateInClosingTagName(c: number): void {
    if (endsName(c, END_TAG_NAME)) super.stateInClosingTagName(c);
    else this.passOverName(END_TAG_NAME);
  }

  /** As {@link stateInTagName}, in an attribute's name. @internal */
  override stateInAttributeName(c: number): void {
    if (endsName(c, ATTRIBUTE_NAME)) super.stateInAttributeName(c);
    else this.passOverName(ATTRIBUTE_NAME);
  }

  /**
   * Moves to the character before the next that ends a name of the `kind` given, which the
   * tokenizer's loop steps onto; else to the last character of the chunk (the name goes on in
   * the next).
   */
  private passOverName(kind: number): void {
    const { buffer, offset } = this;
    let at = this.index + 1 - offset;
    while (at < buffer.length && !endsName(buffer.charCodeAt(at), kind)) at++;
    this.index = at - 1 + offset;
  }

  /**
   * Whether the text being emitted is raw text: the content of a `<script>`, `<style>`,
   * `<textarea>`, `<xmp>` or `<title>` element, which htmlparser2 reads up to its end tag (of
   * these it decodes only `<title>`'s).
   */
  get inRawText(): boolean {
    return this.isSpecial;
  }

  /**
   * Whether it is reading text (not a tag, a comment or raw text). Text the page ends in while
   * the tokenizer is elsewhere (`</ &amp;`, `<!x &amp;`) is given as text, undecoded.
   */
  get inText(): boolean {
    return this.state === TEXT_STATE;
  }
}

/** The kinds of names, each a bit of {@link NAME_ENDS}. */
const TAG_NAME = 1;
const END_TAG_NAME = 2;
const ATTRIBUTE_NAME = 4;

/**
 * The ASCII characters that end a name, by kind, as htmlparser2's tokenizer reads them: white
 * space and `>` end all three, `/` a start tag's name and an attribute's, `=` an attribute's.
 */
const NAME_ENDS = new Uint8Array(0x80);
for (const c of [0x20, 0x0a, 0x09, 0x0c, 0x0d, 0x3e]) {
  NAME_ENDS[c] = TAG_NAME | END_TAG_NAME | ATTRIBUTE_NAME;
}
NAME_ENDS[0x2f] = TAG_NAME | ATTRIBUTE_NAME;
NAME_ENDS[0x3d] = ATTRIBUTE_NAME;

/** Whether the character `c` ends a name of the `kind` given. */
function endsName(c: number, kind: number): boolean {
  return c < 0x80 && ((NAME_ENDS[c] as number) & kind) !== 0;
}

/** The state a new tokenizer starts in: reading text. */
const TEXT_STATE = new IndexOfTokenizer({}, {} as TokenizerCallbacks).state;

/** The parser's method used, and its private state read and written here. */
interface ParserState {
  write(chunk: string): void;
  end(chunk?: string): void;
  getSlice(start: number, end: number): string;
  /** Drops the first of the chunks kept (`buffers`), read. */
  shiftBuffer(): void;
  /** The chunks given and not yet dropped, the first starting at `bufferOffset` of the input. */
  readonly buffers: readonly string[];
  readonly bufferOffset: number;
  emitOpenTag(name: string): void;
  onclosetag(start: number, endIndex: number): void;
  isVoidElement(name: string): boolean;
  closeCurrentTag(isOpenImplied: boolean): void;
  /** The open elements' names, the innermost first. */
  readonly stack: string[];
  /** Whether each open foreign or integration element is foreign, the innermost first. */
  readonly foreignContext: boolean[];
  readonly cbs: {
    onopentagname?(name: string): void;
    onopentag?(name: string, attribs: Record<string, string>, isImplied: boolean): void;
    onclosetag?(name: string, isImplied: boolean): void;
  };
  startIndex: number;
  endIndex: number;
  attribname: string;
  attribvalue: string;
  attribs: Record<string, string> | null;
  readonly tokenizer: IndexOfTokenizer;
}

const ParserWithState = Parser as unknown as new (
  callbacks: Partial<DomHandler>,
  options: { decodeEntities: boolean; Tokenizer: typeof Tokenizer },
) => ParserState;

const OPTIONS = {
  decodeEntities: false,
  Tokenizer: IndexOfTokenizer as unknown as typeof Tokenizer,
};

/**
 * htmlparser2's `Parser` with its default options, on a tokenizer that does not decode
 * character references: it decodes attribute values itself, and the handler decodes text
 * with `decodeText`. Only for handlers without `onattribute` (DOM handlers).
 *
 * @example
 * const handler = new DomHandler();
 * new ReferenceDecodingParser(handler, html.length).end(html);
 */
export class ReferenceDecodingParser extends ParserWithState {
  /**
   * @param handler - a DOM handler (no `onattribute`)
   * @param length - the length of the text that will be parsed, in one `end(text)` call or in
   *   chunks given to `write` before `end()`
   */
  constructor(
    handler: Partial<DomHandler>,
    protected readonly length: number,
  ) {
    super(handler, OPTIONS);
  }

  /**
   * The name written at `[start, end)` of the input, lower case: the table's copy when the name
   * lies in the chunk being read and the table holds or takes it, else a new string read as
   * htmlparser2 reads it (a name the chunks split included).
   */
  private nameAt(start: number, end: number): string {
    const { buffer, offset } = this.tokenizer;
    const from = start - offset;
    if (from < 0 || end - offset > buffer.length) return this.getSlice(start, end).toLowerCase();
    // `getSlice` drops the chunks that end before the name, which decides how it reads the text
    // a page ends in (where the tokenizer gives a start before the chunk's): the same here.
    while (start - this.bufferOffset >= (this.buffers[0] as string).length) this.shiftBuffer();
    return NAMES.nameAt(buffer, from, end - offset) ?? this.getSlice(start, end).toLowerCase();
  }

  /**
   * The name of an element: as htmlparser2's (lower case), the constant when it is a common one.
   *
   * @internal
   */
  onopentagname(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.emitOpenTag(this.nameAt(start, endIndex));
  }

  /**
   * The name of an attribute: as htmlparser2's (lower case), the constant when it is a common
   * one.
   *
   * @internal
   */
  onattribname(start: number, endIndex: number): void {
    this.startIndex = start;
    this.attribname = this.nameAt(start, endIndex);
  }

  /**
   * An end tag: as htmlparser2's (`Parser.onclosetag`, HTML mode), its name the constant when it
   * is a common one, as for a start tag: it is compared with the names of the open elements.
   *
   * @internal
   */
  override onclosetag(start: number, endIndex: number): void {
    this.endIndex = endIndex;
    this.endTag(this.nameAt(start, endIndex), endIndex);
  }

  /**
   * An end tag read, its name lower case: the rest of htmlparser2's `onclosetag`.
   *
   * @internal
   */
  protected endTag(name: string, endIndex: number): void {
    if (FOREIGN_CONTEXT.has(name) || HTML_INTEGRATION.has(name)) this.foreignContext.shift();
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index = 0; index <= pos; index++) {
          const element = this.stack.shift() as string;
          this.cbs.onclosetag?.(element, index !== pos);
        }
      } else if (name === 'p') {
        // An end tag without its start: an empty paragraph, opened and closed here.
        this.emitOpenTag('p');
        this.closeCurrentTag(true);
      }
    } else if (name === 'br') {
      // `</br>` is a `<br>`.
      this.cbs.onopentagname?.('br');
      this.cbs.onopentag?.('br', {}, true);
      this.cbs.onclosetag?.('br', false);
    }
    this.startIndex = endIndex + 1;
  }

  /**
   * The end of an attribute: as htmlparser2's, its value decoded (the first of two attributes
   * of the same name wins).
   *
   * @internal
   */
  onattribend(_quote: number, endIndex: number): void {
    this.endIndex = endIndex;
    const { attribs, attribname } = this;
    if (attribs !== null && !Object.hasOwn(attribs, attribname)) {
      const value = this.attribvalue;
      attribs[attribname] = value.indexOf('&') < 0 ? value : this.decodeValue(value);
    }
    this.attribvalue = '';
  }

  /**
   * An attribute value holding a reference, decoded as htmlparser2 decodes it.
   *
   * @internal
   */
  protected decodeValue(value: string): string {
    return decodeAttribute(value);
  }

  /**
   * The text being handed to the handler, decoded as htmlparser2 would have: all text but raw
   * text, except a `<title>`'s.
   *
   * @param text - the text being handed over
   * @param innermost - the name of the innermost open element (raw text is read in it)
   * @returns the text htmlparser2 would have given
   */
  decodeText(text: string, innermost: string | undefined): string {
    if (text.indexOf('&') < 0) return text;
    // What follows the text decides where a reference without `;` ends: a `<`, or the end.
    const atEnd = this.endIndex + 1 >= this.length;
    if (this.tokenizer.inRawText) return innermost === 'title' ? decodeTitle(text, atEnd) : text;
    if (!atEnd) return decodeFollowedBy(text, '<', DecodingMode.Legacy);
    return this.tokenizer.inText ? decodeHTML(text, DecodingMode.Legacy) : text;
  }
}

/**
 * The characters NFC may change in text that was NFC before a reference wrote them: combining
 * marks and Hangul vowels and final consonants (composed with what precedes them), and the
 * ranges holding the characters NFC replaces by others (OHM SIGN, Devanagari's `क़`, a CJK
 * compatibility ideograph; every code point checked against `normalize`). A reference to
 * anything else (`&#8217;`, `&#7879;`, `&nbsp;`) leaves the text NFC, and most decoded text is
 * not normalized again (normalizing every text holding a reference looked 7% slower in an A/B
 * later shown to be biased by load order: the cost is unmeasured, but the test is cheaper).
 */
const CHANGED_BY_NFC =
  /[\p{M}\u1161-\u11ff\u0374\u037e\u0387\u0958-\u0f69\u1f71-\u1ffd\u2000\u2001\u2126\u212a\u212b\u2329\u232a\u2adc\uf900-\ufb4e\u{16d67}\u{1d15e}-\u{1d1c0}\u{2f800}-\u{2fa1d}]/u;

/** Decoded text NFC-normalized: a reference may have written a combining mark. */
function composed(decoded: string): string {
  return CHANGED_BY_NFC.test(decoded) ? decoded.normalize('NFC') : decoded;
}

/** htmlparser2's elements that open a foreign context (`foreignContextElements`). */
const FOREIGN_CONTEXT: ReadonlySet<string> = new Set(['math', 'svg']);
/** htmlparser2's elements that open an HTML context in foreign content (`htmlIntegrationElements`). */
const HTML_INTEGRATION: ReadonlySet<string> = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignobject',
  'desc',
  'title',
]);

/** Elements that bound a heading's scope: an end tag inside them closes no heading outside. */
const HEADING_SCOPE: ReadonlySet<string> = new Set([
  'applet',
  'caption',
  'html',
  'marquee',
  'object',
  'table',
  'td',
  'template',
  'th',
]);

/** Whether `source[start, end)` is a heading's name, `h1`…`h6` in either case. */
function isHeadingName(source: string, start: number, end: number): boolean {
  if (end - start !== 2 || (source.charCodeAt(start) | 0x20) !== 0x68) return false;
  const level = source.charCodeAt(start + 1);
  return level >= 0x31 && level <= 0x36;
}

/** The elements a document's head holds (HTML's tree construction, "in head"). */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'base',
  'basefont',
  'bgsound',
  'link',
  'meta',
  'noframes',
  'noscript',
  'script',
  'style',
  'template',
  'title',
]);

/**
 * {@link ReferenceDecodingParser} building the tree as browsers do in two cases htmlparser2
 * does not follow (HTML's tree construction):
 * - any of `</h1>`…`</h6>` closes the heading that is open, whatever its level ("an end tag
 *   whose tag name is one of h1…h6"). htmlparser2 ignores `</h3>` when no `<h3>` is open, so a
 *   template's `<h2 class="excerpt">…</h3>` held the rest of the page: the article's whole body
 *   became the heading's text, and cleaning removed it with the heading;
 * - an element the head cannot hold, opened while the head is the innermost open element,
 *   ends the head ("in head", anything else). htmlparser2 keeps the head open to the end of a
 *   page that never closes it (a template writing `</header>` for `</head>` and no `<body>`),
 *   and the whole page was read as the head: "0 words";
 * - `</body>` and `</html>` close nothing: what follows them is still the body's ("after body",
 *   "after after body"). htmlparser2 closes the document there, and a template that writes
 *   `</head></html>` before its `<body>` left the whole body outside `<html>`: "0 words".
 *
 * And text and attribute values decoded are NFC-normalized, as the page was before it was
 * parsed: a reference may write a combining mark (`e&#x323;&#x302;`, "ệ" typed with combining
 * marks and saved with every non-ASCII character as a reference), which composes only once
 * decoded; left apart, the words match none of the rules' patterns.
 */
export class BrowserLikeParser extends ReferenceDecodingParser {
  /** @internal */
  protected override decodeValue(value: string): string {
    return composed(super.decodeValue(value));
  }

  /** @internal */
  override decodeText(text: string, innermost: string | undefined): string {
    const decoded = super.decodeText(text, innermost);
    return decoded === text ? text : composed(decoded);
  }

  /** @internal */
  override emitOpenTag(name: string): void {
    if (this.stack[0] === 'head' && !HEAD_CONTENT.has(name)) {
      this.stack.shift();
      this.cbs.onclosetag?.('head', true);
    }
    super.emitOpenTag(name);
  }

  /** @internal */
  protected override endTag(name: string, endIndex: number): void {
    if (name === 'body' || name === 'html') {
      // Closes nothing: the tag is read and passed over.
      this.startIndex = endIndex + 1;
      return;
    }
    if (name.length === 2 && isHeadingName(name, 0, 2)) {
      const open = this.stack.indexOf(name) < 0 ? this.openHeading() : -1;
      if (open >= 0) {
        // Closed as htmlparser2 closes an element named by its end tag: it and all inside it.
        for (let index = 0; index <= open; index++) {
          const element = this.stack.shift() as string;
          this.cbs.onclosetag?.(element, index !== open);
        }
        this.startIndex = endIndex + 1;
        return;
      }
    }
    super.endTag(name, endIndex);
  }

  /** Where the innermost heading open in scope is on the stack, or -1. */
  private openHeading(): number {
    const { stack } = this;
    for (let i = 0; i < stack.length; i++) {
      const name = stack[i] as string;
      if (HEADING_SCOPE.has(name)) return -1;
      if (name.length === 2 && isHeadingName(name, 0, 2)) return i;
    }
    return -1;
  }
}

/**
 * The tag and attribute names read, each kept as one string (lower case) and given again for
 * every later element or attribute of that name, on every page the process reads. A name the
 * tokenizer reads is a new string each time, which V8 must look up in its string table
 * whenever it is used as a property key (every attribute stored) and compares with others
 * character by character (every `el.name === 'p'`); the table's copy is looked up once, and its
 * reading allocates nothing. The most frequent names of news pages are given first, as the
 * program's string constants.
 *
 * Only names of ASCII characters up to {@link MAX_NAME_LENGTH} long are kept (their lower case
 * is ASCII's), at most {@link MAX_NAMES} of them: a page's made-up names fill it no further,
 * and are read as new strings.
 */
export class NameTable {
  /** The names by their hash, open addressing with linear probing. */
  private readonly slots: (string | undefined)[];
  private count = 0;

  /**
   * @param capacity - the most names kept: a power of two; the table has twice the slots
   * @param seeds - names kept first (lower case, ASCII)
   */
  constructor(
    private readonly capacity: number,
    seeds: readonly string[] = [],
  ) {
    this.slots = new Array<string | undefined>(capacity * 2).fill(undefined);
    for (const name of seeds) this.nameAt(name, 0, name.length);
  }

  /**
   * The name written at `source[start, end)` in lower case, as `toLowerCase` gives it: the
   * table's copy, added if new; undefined for a name the table does not keep.
   */
  nameAt(source: string, start: number, end: number): string | undefined {
    const length = end - start;
    if (length === 0 || length > MAX_NAME_LENGTH) return undefined;
    let hash = 0;
    for (let i = start; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c >= 0x80) return undefined;
      hash = (Math.imul(hash, 31) + asciiLowerCase(c)) | 0;
    }
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let name = this.slots[slot]; name !== undefined; name = this.slots[slot]) {
      if (name.length === length && sameLowerCase(name, source, start)) return name;
      slot = (slot + 1) & mask;
    }
    if (this.count >= this.capacity) return undefined;
    const name = internalized(source.slice(start, end).toLowerCase());
    this.slots[slot] = name;
    this.count += 1;
    return name;
  }
}

/** The longest name {@link NameTable} keeps. */
const MAX_NAME_LENGTH = 48;
/** The most names {@link NameTable} keeps (a few hundred tags and a few thousand attributes seen). */
const MAX_NAMES = 8192;

/**
 * The copy of a string V8 keeps in its string table (that of property keys and constants), got
 * back as a property key: compared with a constant by address, and used as a key as it is.
 */
function internalized(name: string): string {
  return Object.keys({ [name]: true })[0] ?? name;
}

/** An ASCII character code in lower case. */
function asciiLowerCase(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/** Whether `source` at `start` holds `name` (lower case ASCII) in any case. */
function sameLowerCase(name: string, source: string, start: number): boolean {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) !== asciiLowerCase(source.charCodeAt(start + i))) return false;
  }
  return true;
}

/** The most frequent tag and attribute names of news pages, kept first as string constants. */
const COMMON_NAMES =
  'a abbr article aside b blockquote body br button caption cite code dd div dl dt em figcaption figure footer form g h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li link main meta nav noscript ol option p path picture pre script section select small source span strong style sub sup svg table tbody td th thead time title tr u ul use video ' +
  'action align alt aria-hidden aria-label border charset class content crossorigin d data-id data-src data-srcset datetime decoding fill height href hreflang http-equiv id itemprop itemscope itemtype lang loading media name onclick property rel role sizes src srcset style tabindex target title type value viewbox width xmlns';

/** The names of every page parsed. */
const NAMES = new NameTable(MAX_NAMES, COMMON_NAMES.split(' '));

/**
 * Decodes a `<title>`'s text as htmlparser2 does, by having it parse that title: inside one it
 * decodes a reference only where no `</title` could be starting (not right after a `<`), which
 * only its own tokenizer follows exactly. A page has about one title.
 */
function decodeTitle(text: string, atEnd: boolean): string {
  const handler = new DomHandler();
  new Parser(handler, {}).end(`<title>${text}${atEnd ? '' : '</title>'}`);
  const title = handler.root.children[0];
  const only = title !== undefined && 'children' in title ? title.children[0] : undefined;
  return only !== undefined && 'data' in only ? only.data : text;
}

/**
 * Decodes the character references of an attribute value as htmlparser2's tokenizer does
 * there (a legacy reference followed by `=` or a letter or digit stays as written). What ends
 * a value (a quote, a space, `>`) makes no difference to the decoder: a quote stands for all.
 *
 * @param value - the value as written in the page
 * @returns the value htmlparser2 would have given
 * @example decodeAttribute('?a=1&amp;b=2') // '?a=1&b=2'
 */
export function decodeAttribute(value: string): string {
  return decodeFollowedBy(value, '"', DecodingMode.Attribute);
}

/** Decodes `text` as if `next` followed it (so that the decoder sees what the tokenizer saw). */
function decodeFollowedBy(text: string, next: string, mode: DecodingMode): string {
  return decodeHTML(text + next, mode).slice(0, -1);
}
