/**
 * The article body as some pages carry it only in structured data: JSON-LD `articleBody`, or
 * the state a JavaScript app embeds for itself (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = …`,
 * Arc XP's `Fusion.globalContent`, other `application/json` scripts). The extractor falls back to
 * it when the page's DOM body is missing or much shorter.
 */

import type { Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { textOf } from './content/dom.ts';
import { type JsonLd, stringOf, typesOf } from './json-ld.ts';
import type { PageIndex } from './page-index.ts';
import { cleanText, countWords, notLetterOrDigitRuns } from './text.ts';

/** A body read from structured data. */
export interface StructuredBody {
  /** Where it was read, e.g. `json-ld NewsArticle.articleBody`, `app state __NEXT_DATA__ props.pageProps.post.body`. */
  readonly source: string;
  /** The body as HTML: the publisher's markup, or plain text as paragraphs. */
  readonly html: string;
  /** Words of its text. */
  readonly words: number;
  /** The authors app state names beside it. */
  readonly authors?: readonly string[];
}

/** Keys whose string value may be an article body, also in the CMS's language (`cuerpo`, `testo`). */
const BODY_KEY =
  /^(?:article_?body|body(?:_?html|_?text)?|content(?:_?html|_?text|_?encoded)?|text_?html|html|story_?(?:body|text)|full_?text|main_?text|cuerpo|testo|texto|corpo|corps|contenu|inhalt|tekst|inhoud)$/i;

/** Keys of an array of body blocks (`content_elements` of Arc XP, `blocks`, `paragraphs`, `slices`). */
const BLOCKS_KEY = /^(?:content_?elements|blocks|body|paragraphs|content|elements|slices)$/i;

/** Keys of one block's text. */
const BLOCK_TEXT_KEYS = ['content', 'text', 'html', 'value'] as const;

/** Shorter strings are never a body (teasers, captions, descriptions). */
const MIN_CHARS = 200;

/** JSON values visited at most, per page: app state can be megabytes. */
const MAX_NODES = 200_000;

/** Object literals read at most, per page. */
const MAX_LITERALS = 50;

const MARKUP = /<\/?(?:p|br|div|h[2-6]|ul|ol|li|blockquote|figure|img|strong|em|a)\b/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Escapes text for HTML, keeping character references (JSON often carries `&quot;`). */
function escapeText(text: string): string {
  return text
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markup a CMS escaped as text once more: `&lt;p class=&quot;texto&quot;&gt;…`. */
const ESCAPED_MARKUP =
  /&lt;\/?(?:p|br|div|h[2-6]|ul|ol|li|blockquote|figure|img|strong|em|a)(?:\s|\/|&gt;)/i;

/**
 * Plain text as paragraphs (one per line), or the publisher's markup as it is — also when the
 * CMS escaped it as text (its references then decoded once: `&amp;ccedil;` is `&ccedil;`).
 */
function asHtml(value: string): string {
  if (MARKUP.test(value)) return value;
  if (ESCAPED_MARKUP.test(value)) return decodeHTML(value);
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('\n');
}

function plainWords(html: string): number {
  return countWords(html.replace(/<[^>]*>/g, ' '));
}

function body(source: string, value: string): StructuredBody {
  const html = asHtml(value);
  return { source, html, words: plainWords(html) };
}

/**
 * The `articleBody` of the page's JSON-LD article, when it has one.
 *
 * @param jsonLd - the page's JSON-LD
 * @returns the body, or null
 */
export function jsonLdBody(jsonLd: JsonLd): StructuredBody | null {
  const node = jsonLd.article;
  if (node === null) return null;
  const raw = node.articleBody;
  const value = Array.isArray(raw)
    ? raw.filter((v): v is string => typeof v === 'string').join('\n')
    : raw;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const declared = node['@type'];
  const type = (Array.isArray(declared) ? declared[0] : declared) ?? 'Article';
  return body(`json-ld ${String(type)}.articleBody`, value);
}

/** A player's or picture's address: http(s) only. */
const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** The first string of a JSON-LD value that is a web address (a list's first, an object's url). */
function addressOf(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  const text = stringOf(first)?.trim() ?? '';
  return WEB_ADDRESS.test(text) ? text : null;
}

/** Text escaped for an HTML attribute's double quotes. */
function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * A video page's body from its JSON-LD `VideoObject`, for a page whose player only a script
 * builds: a `<video>` of its file (`contentUrl`, with `thumbnailUrl` as its poster), else an
 * `<iframe>` of its player (`embedUrl`), and its description as the text. Null when the page
 * declares no video or none it can play or link.
 *
 * @param jsonLd - the page's JSON-LD
 * @returns the body, or null
 */
export function videoBody(jsonLd: JsonLd): StructuredBody | null {
  const node = jsonLd.nodes.find((n) => typesOf(n).includes('videoobject'));
  if (node === undefined) return null;
  const file = addressOf(node.contentUrl);
  const embed = addressOf(node.embedUrl);
  const poster = addressOf(node.thumbnailUrl);
  let player: string;
  if (file !== null) {
    const posterAttribute = poster === null ? '' : ` poster="${escapeAttribute(poster)}"`;
    player = `<video controls src="${escapeAttribute(file)}"${posterAttribute}></video>`;
  } else if (embed !== null) {
    player = `<iframe src="${escapeAttribute(embed)}" allowfullscreen></iframe>`;
  } else return null;
  const description = cleanText(stringOf(node.description) ?? '');
  const text = description === '' ? '' : `<p>${escapeText(description)}</p>`;
  return { source: 'json-ld VideoObject', html: `${player}${text}`, words: plainWords(text) };
}

/**
 * The object literal that starts at `start` (a `{`), or the arguments (a `(`), found by matching
 * braces outside strings.
 */
function objectLiteral(text: string, start: number): string | null {
  const open = text[start];
  const close = open === '(' ? ')' : '}';
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** A token of a JavaScript literal: a string, a number, `void 0`, or a name (a key before a colon). */
const JS_TOKEN = /"(?:[^"\\]|\\.)*"|\d[\w.]*|void 0|([A-Za-z_$][\w$]*)(\s*:)?/g;

/**
 * A JavaScript literal as devalue writes Nuxt 2's state (keys unquoted, `void 0`, the names of
 * the values its function is called with), read as JSON; other names are null.
 */
function jsLiteral(text: string, names: ReadonlyMap<string, string>): unknown {
  return parseJson(
    text.replace(JS_TOKEN, (token, name?: string, colon?: string) => {
      if (colon !== undefined) return `"${name}"${colon}`;
      if (name === undefined) return token === 'void 0' ? 'null' : token;
      return names.get(name) ?? (/^(?:true|false)$/.test(name) ? name : 'null');
    }),
  );
}

/** Nuxt 2's state as a function called with its values: `__NUXT__=(function(a,b){return {…}}(1,"x"))`. */
const NUXT_FUNCTION = /__NUXT__\s*=\s*\(function\(([\w$,]*)\)\s*\{\s*return\s*(?=\{)/;

/** Nuxt 2's state that its function returns, with the values it is called with in place. */
function nuxtState(text: string): unknown {
  const match = NUXT_FUNCTION.exec(text);
  if (match === null) return undefined;
  const start = match.index + match[0].length;
  const literal = objectLiteral(text, start) ?? '';
  const call = /^\s*\}\s*/.exec(text.slice(start + literal.length))?.[0] ?? '';
  const args = objectLiteral(text, start + literal.length + call.length) ?? '()';
  const values = jsLiteral(`[${args.slice(1, -1)}]`, new Map());
  const names = new Map<string, string>();
  for (const [i, name] of (match[1] ?? '').split(',').entries()) {
    names.set(name, JSON.stringify(Array.isArray(values) ? (values[i] ?? null) : null));
  }
  return jsLiteral(literal, names);
}

function parseJson(text: string, reviver?: (key: string, value: unknown) => unknown): unknown {
  try {
    return JSON.parse(text, reviver);
  } catch {
    return undefined;
  }
}

/**
 * Where a script hands an object literal to the app: `window.__X__ = {…}`, `self.__X__ = {…}`,
 * Remix's `window.__remixContext = {…}`, `Fusion.globalContent = {…}`, or
 * `window["__RQ_1"].push({…})` (React Query's dehydrated state). Group 1 or 2 names it. Sticky: tried only where {@link nextAssignment} puts it.
 */
export const ASSIGNMENT =
  /(?:(?:\b(?:window|self)\.)?(__\w+|\b[A-Za-z_$][\w$]*\.globalContent)\s*=\s*|(\bwindow\[["'][\w$]+["']\]|\b[A-Za-z_$][\w$.]*)\.push\(\s*)\{/y;

/** A part of every {@link ASSIGNMENT} match, its end (a necessary condition, cheap to find). */
const ASSIGNMENT_END = /(?:__\w*|\.globalContent)\s*=\s*\{|\.push\(\s*\{/g;

/** Whether a character may stand before an {@link ASSIGNMENT_END} in a match: `window["a"].b`. */
function inAssignedName(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5d) || // capitals, `[`, `\`, `]`
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f || // _
    code === 0x24 || // $
    code === 0x2e || // .
    code === 0x22 || // "
    code === 0x27 // '
  );
}

/**
 * The first {@link ASSIGNMENT} match at or after `from`, as `exec` with `lastIndex = from` gives
 * it. Searched from the place of each end in turn, back as far as a name reaches: every match
 * holds an end and reads only name characters before it, so none starts elsewhere (the pattern
 * run over a whole script tried every place of it and was the costliest of the page's).
 *
 * @param text - a script
 * @param from - where the search starts
 * @returns the match, or null
 */
export function nextAssignment(text: string, from: number): RegExpExecArray | null {
  let tried = from;
  ASSIGNMENT_END.lastIndex = from;
  for (let end = ASSIGNMENT_END.exec(text); end !== null; end = ASSIGNMENT_END.exec(text)) {
    let at = end.index;
    while (at > tried && inAssignedName(text.charCodeAt(at - 1))) at--;
    for (; at <= end.index; at++) {
      ASSIGNMENT.lastIndex = at;
      const match = ASSIGNMENT.exec(text);
      if (match !== null) return match;
    }
    tried = end.index + 1;
    ASSIGNMENT_END.lastIndex = tried;
  }
  return null;
}

/** Wrappers Nuxt 3's payload keeps a value in: `["ShallowReactive", 1]`. */
const DEVALUE_WRAPPERS: ReadonlySet<string> = new Set([
  'Reactive',
  'ShallowReactive',
  'Ref',
  'ShallowRef',
  'EmptyRef',
  'EmptyShallowRef',
]);

/** Nesting of Nuxt 3's payload read at most: each of its wrappers is a level. */
const PAYLOAD_DEPTH = 100;

/**
 * Nuxt 3's payload (`__NUXT_DATA__`, flattened by devalue) as the value it stands for: one array
 * whose first item is the value, and whose objects' and arrays' items are indexes into it. Each
 * index is read once (a shared value stays one object) and never deeper than {@link PAYLOAD_DEPTH}.
 */
function unflatten(table: readonly unknown[]): unknown {
  const read = new Map<number, unknown>();
  const at = (index: unknown, depth: number): unknown => {
    if (
      typeof index !== 'number' ||
      !(index >= 0 && index < table.length) ||
      depth > PAYLOAD_DEPTH
    ) {
      return undefined;
    }
    if (read.has(index)) return read.get(index);
    const value = table[index];
    if (Array.isArray(value) && typeof value[0] === 'string') {
      const inner = DEVALUE_WRAPPERS.has(value[0]) ? at(value[1], depth + 1) : undefined;
      read.set(index, inner);
      return inner;
    }
    if (Array.isArray(value)) {
      const items: unknown[] = [];
      read.set(index, items);
      for (const item of value) items.push(at(item, depth + 1));
      return items;
    }
    if (isObject(value)) {
      const object: Record<string, unknown> = {};
      read.set(index, object);
      for (const [key, item] of Object.entries(value)) object[key] = at(item, depth + 1);
      return object;
    }
    read.set(index, value);
    return value;
  };
  return at(0, 0);
}

/** A chunk of the Next.js App Router's streamed payload: `self.__next_f.push([1,"…"])`. */
const FLIGHT_CHUNK = /^\s*self\.__next_f\.push\((\[1,[\s\S]*\])\)[\s;]*$/;

/** A row of that payload: its id, and a text row's length in UTF-8 bytes (`5:T1f4,<p>…`). */
const FLIGHT_ROW = /([0-9a-f]+):(?:T([0-9a-f]+),)?/y;

/**
 * The rows of the App Router's payload as values: each row a line of JSON after its id (and a
 * letter or two of its kind), its long strings kept apart in text rows of a given length that
 * the JSON refers to as `"$5"`.
 */
function flightRows(stream: string): unknown[] {
  const texts = new Map<unknown, string>();
  const rows: string[] = [];
  FLIGHT_ROW.lastIndex = 0;
  for (let row = FLIGHT_ROW.exec(stream); row !== null; row = FLIGHT_ROW.exec(stream)) {
    const start = FLIGHT_ROW.lastIndex;
    let end = start;
    if (row[2] === undefined) {
      end = stream.indexOf('\n', start) + 1 || stream.length;
      rows.push(stream.slice(start, end).replace(/^[A-Z]*/, ''));
    } else {
      for (let bytes = Number.parseInt(row[2], 16); bytes > 0 && end < stream.length; end++) {
        const c = stream.charCodeAt(end);
        // A surrogate, half of a character of four bytes, counts two.
        bytes -= c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
      }
      texts.set(`$${row[1]}`, stream.slice(start, end));
    }
    FLIGHT_ROW.lastIndex = end;
  }
  return rows.map((row) => parseJson(row, (_key, value) => texts.get(value) ?? value));
}

/**
 * The props of an Astro island (`<astro-island props="{&quot;post&quot;:[0,{…}]}">`) as the values
 * they stand for: each a pair of its kind and itself, 0 a value (an object's of pairs again), 1 an
 * array of pairs; other kinds (dates, maps) are left out, and so is what is nested deeper.
 */
function astroValue(value: unknown, depth = 0): unknown {
  if (depth > PAYLOAD_DEPTH) return undefined;
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, astroValue(v, depth + 1)]));
  }
  if (!Array.isArray(value)) return value;
  const [kind, inner] = value;
  if (kind === 1 && Array.isArray(inner)) return inner.map((v) => astroValue(v, depth + 1));
  return kind === 0 && !Array.isArray(inner) ? astroValue(inner, depth + 1) : undefined;
}

/** Characters Angular's transfer state escaped, by their escapes' letters. */
const NG_ESCAPES: Readonly<Record<string, string>> = { q: '"', a: '&', s: "'", l: '<', g: '>' };

/** The app states embedded in the page's scripts, with their names. */
function appStates(index: PageIndex): { name: string; value: unknown }[] {
  const states: { name: string; value: unknown }[] = [];
  let literals = 0;
  let flight = '';
  for (const el of index.byTag('script')) {
    const type = el.attribs.type?.trim().toLowerCase();
    if (type === 'application/ld+json') continue;
    const text = textOf(el as Element);
    const chunk = FLIGHT_CHUNK.exec(text)?.[1];
    if (chunk !== undefined) {
      const pushed = parseJson(chunk);
      if (Array.isArray(pushed) && typeof pushed[1] === 'string') flight += pushed[1];
      continue;
    }
    if (text.length < MIN_CHARS) continue;
    if (type === 'application/json') {
      const name = el.attribs.id ?? 'application/json';
      // Angular's transfer state before version 16 (`serverApp-state`) escapes `"` as `&q;`.
      const value =
        parseJson(text) ?? parseJson(text.replace(/&([qaslg]);/g, (e, c) => NG_ESCAPES[c] ?? e));
      const nuxt = name === '__NUXT_DATA__' && Array.isArray(value);
      states.push({ name, value: nuxt ? unflatten(value) : value });
      continue;
    }
    if (type !== undefined && type !== '' && !type.includes('javascript')) continue;
    states.push({ name: '__NUXT__', value: nuxtState(text) });
    // Each character is scanned at most twice: a literal's inner matches are skipped, and an
    // unclosed literal ends the script's search (whatever follows is inside it).
    for (let match = nextAssignment(text, 0); match !== null; ) {
      if (++literals > MAX_LITERALS) break;
      const start = match.index + match[0].length - 1;
      const literal = objectLiteral(text, start);
      if (literal === null) break;
      if (literal.length >= MIN_CHARS) {
        const value = parseJson(literal) ?? jsLiteral(literal, new Map());
        states.push({ name: match[1] ?? match[2] ?? 'script', value });
      }
      match = nextAssignment(text, start + literal.length);
    }
  }
  for (const value of flightRows(flight)) states.push({ name: '__next_f', value });
  for (const island of index.byTag('astro-island')) {
    states.push({ name: 'astro-island', value: astroValue(parseJson(island.attribs.props ?? '')) });
  }
  return states.filter((s) => s.value !== undefined);
}

interface Candidate {
  readonly path: string;
  readonly value: string;
  /** The object that holds it: its other strings say which article it is. */
  readonly owner: Record<string, unknown>;
  /** The object that holds the owner: an Apollo cache, whose keys its references name. */
  readonly holder: unknown;
}

/** What reading one page's app state may still visit: its JSON values and rich-text nodes. */
interface Budget {
  nodes: number;
}

/** Rich-text nesting read at most: deeper blocks are left out. */
const MAX_DEPTH = 24;

/** Keys of a block's children: rich-text trees' (`children`, `content`), Arc XP's lists and quotes. */
const CHILD_KEYS = ['children', 'content', 'content_elements', 'items'] as const;

/** Kinds of block that are no body text: ads, embedded code and media, related stories. */
const SKIP_KIND =
  /^(?:raw_html|image|gallery|video|audio|code)$|embed|related|link_list|^ad(?:_|$)/;

/** Kinds of rich-text node that are blocks, not runs of text within one. */
const BLOCK_KIND = /paragraph|head|^h[1-6]$|quote|list|^normal$|^block$|^doc|table|^li$/;

/** A whole rich-text document, wherever it is kept (Contentful's, TipTap's, Storyblok's). */
const DOCUMENT_KIND = /^doc(?:ument)?$/;

/** Block-level markup at a block's start: it is used as it is, not wrapped once more. */
const BLOCK_MARKUP = /^\s*<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|table|section)\b/i;

/** Rich-text blocks that wrap blocks of their own. */
const WRAPPERS: ReadonlySet<string> = new Set(['ul', 'ol', 'li', 'blockquote']);

/** A node's kind: Portable Text's `style`, Contentful's `nodeType`, or its `type`, lower-cased. */
function kindOf(node: Record<string, unknown>): string {
  const kind = [node.style, node.nodeType, node.type, node._type].find(
    (k) => typeof k === 'string',
  );
  return typeof kind === 'string' ? kind.toLowerCase() : '';
}

function childrenOf(node: Record<string, unknown>): unknown[] | undefined {
  // A loop, not an array of the values made for each node the walks meet.
  for (const key of CHILD_KEYS) {
    const value = node[key];
    if (Array.isArray(value)) return value;
  }
  return undefined;
}

/** Arc XP's blocks keep their text in `content`; rich-text trees keep runs of text in `text`. */
function isBlock(node: unknown): boolean {
  return isObject(node) && (typeof node.content === 'string' || BLOCK_KIND.test(kindOf(node)));
}

/** The element a block is shown as, by its kind (`h2`, `heading-2`, `heading` of a level…). */
function tagOf(node: Record<string, unknown>, kind: string): string {
  if (typeof node.listItem === 'string' || /list-?item|^li$/.test(kind)) return 'li';
  const numbered = /^h([1-6])$|^heading-?([1-6])$/.exec(kind);
  if (numbered !== null) return `h${numbered[1] ?? numbered[2]}`;
  if (/^head(?:ing|er)$/.test(kind)) {
    const level = Number((isObject(node.attrs) ? node.attrs.level : undefined) ?? node.level);
    return `h${level >= 1 && level <= 6 ? level : 2}`;
  }
  if (kind.includes('quote')) return 'blockquote';
  if (kind.includes('list'))
    return /^(?:ordered|number|ol)/.test(String(node.list_type ?? kind)) ? 'ol' : 'ul';
  return 'p';
}

/** A node's own text as HTML: Arc XP's is markup already, rich-text runs' is plain. */
function inlineOf(node: Record<string, unknown>): string {
  const text = BLOCK_TEXT_KEYS.map((k) => node[k]).find((v) => typeof v === 'string');
  if (typeof text !== 'string') return '';
  return /<\/?[a-z][\w-]*[\s/>]/i.test(text) ? text : escapeText(text);
}

/** HTML in a `tag` of its own, unless it is block markup already. */
function inBlock(html: string, tag: string): string {
  return BLOCK_MARKUP.test(html) ? html : `<${tag}>${html}</${tag}>`;
}

/** The runs of text within one block, joined as they are shown. */
function inlineHtml(items: readonly unknown[], budget: Budget, depth: number): string {
  let html = '';
  for (const item of items) {
    if (--budget.nodes < 0 || depth > MAX_DEPTH) break;
    if (typeof item === 'string') html += escapeText(item);
    else if (isObject(item)) {
      const children = childrenOf(item);
      html += children === undefined ? inlineOf(item) : inlineHtml(children, budget, depth + 1);
    }
  }
  return html;
}

/** The blocks of the rich-text arrays under an object's keys, and under its objects' (not captions). */
function fieldBlocks(node: Record<string, unknown>, levels: number): unknown[] {
  return Object.entries(node).flatMap(([key, value]) =>
    /caption/i.test(key)
      ? []
      : Array.isArray(value)
        ? value.some(isBlock)
          ? value
          : []
        : isObject(value) && levels > 0
          ? fieldBlocks(value, levels - 1)
          : [],
  );
}

/**
 * One block as HTML, shown by its kind: a paragraph, heading, quote, list or list item; a block
 * of blocks as theirs, a related link as a link (for the related-link removal to tell), and
 * ads, embeds and media (a caption is no body text) not at all.
 */
function blockHtml(
  node: Record<string, unknown>,
  budget: Budget,
  depth: number,
  inList: boolean,
): string {
  const kind = kindOf(node);
  if (SKIP_KIND.test(kind)) return '';
  const own = tagOf(node, kind);
  const tag = inList && own === 'p' ? 'li' : own;
  const children = childrenOf(node);
  if (children?.some(isBlock)) {
    const inner = blocksHtml(children, budget, depth + 1, tag === 'ul' || tag === 'ol');
    return WRAPPERS.has(tag) ? `<${tag}>${inner}</${tag}>` : inner;
  }
  const html = children === undefined ? inlineOf(node) : inlineHtml(children, budget, depth + 1);
  if (html.trim() === '') {
    // A slice of a page (Prismic's) keeps its rich text under keys of its own or of its fields.
    const inner = fieldBlocks(node, 1);
    return inner.length > 0 ? blocksHtml(inner, budget, depth + 1) : '';
  }
  const linked =
    kind.includes('link') && typeof node.url === 'string'
      ? `<a href="${escapeAttribute(node.url)}">${html}</a>`
      : html;
  return inBlock(linked, tag);
}

/** Blocks as HTML, one a line; loose list items (Portable Text's) joined in lists. */
function blocksHtml(
  items: readonly unknown[],
  budget: Budget,
  depth: number,
  inList = false,
): string {
  const parts: string[] = [];
  for (const item of items) {
    if (--budget.nodes < 0 || depth > MAX_DEPTH) break;
    const html =
      typeof item === 'string'
        ? inBlock(inlineOf({ text: item }), 'p')
        : isObject(item)
          ? blockHtml(item, budget, depth, inList)
          : '';
    if (html === '') continue;
    const last = parts[parts.length - 1] ?? '';
    // Portable Text gives each item of a list as a block of its own, one after another.
    if (inList || !html.startsWith('<li>')) parts.push(html);
    else if (last.endsWith('</li></ul>'))
      parts[parts.length - 1] = `${last.slice(0, -5)}${html}</ul>`;
    else parts.push(`<ul>${html}</ul>`);
  }
  return parts.join(inList ? '' : '\n');
}

/**
 * The HTML of a body given as blocks (Arc XP's `content_elements`) or as a rich-text tree
 * (Portable Text, Contentful's, TipTap's), or null when it holds fewer than two blocks of text.
 */
function richText(value: object, budget: Budget): string | null {
  const html = blocksHtml(Array.isArray(value) ? value : [value], budget, 0);
  return (html.match(/<\/(?:p|h[1-6]|li|blockquote|div)>/gi)?.length ?? 0) >= 2 ? html : null;
}

/** Keys of the markup a headless CMS wraps in an object: WordPress's `rendered`, React's `__html`. */
const WRAPPED_KEYS = ['rendered', '__html'] as const;

/**
 * Strings, wrapped markup, block arrays and rich-text trees under body-like keys (and rich-text
 * documents under any key), anywhere in a JSON value.
 */
function candidates(root: unknown, name: string, budget: Budget): Candidate[] {
  const out: Candidate[] = [];
  const stack: { value: unknown; path: string; holder?: unknown }[] = [{ value: root, path: name }];
  // Each object once: Nuxt's payload can hold an object twice or inside itself, and an article
  // object met again on every lap of such a loop gave its body as a candidate each time, to be
  // cleaned and counted until the budget ran out (seconds for one small page).
  const seen = new Set<object>();
  while (stack.length > 0 && budget.nodes-- > 0) {
    const { value, path, holder } = stack.pop() as (typeof stack)[number];
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]` });
      }
      continue;
    }
    if (!isObject(value)) continue;
    // By its keys: an array made per entry was most of the walk's time on a large state.
    for (const key of Object.keys(value)) {
      const child = value[key];
      const at = `${path}.${key}`;
      if (typeof child === 'string') {
        // A response kept as a string of JSON (SvelteKit's fetched data: `"body":"{\"title\":…`).
        const json = child.startsWith('{') ? parseJson(child) : undefined;
        if (json !== undefined) stack.push({ value: json, path: at });
        else if (child.length >= MIN_CHARS && BODY_KEY.test(key)) {
          out.push({ path: at, value: child, owner: value, holder });
        }
      } else if (child !== null && typeof child === 'object') {
        const found = bodyIn(child, key, budget);
        if (found !== null && found.value.length >= MIN_CHARS) {
          out.push({ path: `${at}${found.suffix}`, value: found.value, owner: value, holder });
        }
        stack.push({ value: child, path: at, holder: value });
      }
    }
  }
  return out;
}

/** The body an object or array under `key` holds as a whole: wrapped markup, blocks, rich text. */
function bodyIn(
  child: object,
  key: string,
  budget: Budget,
): { suffix: string; value: string } | null {
  const bodyLike = BODY_KEY.test(key) || BLOCKS_KEY.test(key);
  if (isObject(child)) {
    const wrapped = bodyLike ? WRAPPED_KEYS.find((k) => typeof child[k] === 'string') : undefined;
    if (wrapped !== undefined) return { suffix: `.${wrapped}`, value: child[wrapped] as string };
    // Only a tree's root: an object of other fields holds its body under a key of its own.
    if (childrenOf(child) === undefined) return null;
    if (!bodyLike && !DOCUMENT_KIND.test(kindOf(child))) return null;
  } else if (!BLOCKS_KEY.test(key)) return null;
  const html = richText(child, budget);
  return html === null ? null : { suffix: '', value: html };
}

/** Words of at least three letters, lower-cased: what a title and its article share. */
function keywords(text: string): Set<string> {
  return new Set(
    cleanText(text)
      .toLowerCase()
      .split(notLetterOrDigitRuns())
      .filter((w) => w.length >= 3),
  );
}

/**
 * How surely a candidate is this page's article: 2 when its owner names the title, 1 when its
 * text holds half the title's words (a related story on the topic may too), else 0.
 */
function aboutness(candidate: Candidate, title: string): number {
  const wanted = cleanText(title).toLowerCase();
  for (const field of Object.values(candidate.owner)) {
    // A headless WordPress's title is wrapped as its body is: `title: { rendered }`.
    const value = isObject(field) ? field.rendered : field;
    if (typeof value === 'string' && value.length < 500) {
      const t = cleanText(value).toLowerCase();
      if (t !== '' && (t === wanted || t.includes(wanted) || wanted.includes(t))) {
        if (t.length >= Math.min(20, wanted.length)) return 2;
      }
    }
  }
  const titleWords = keywords(title);
  if (titleWords.size === 0) return 0;
  const text = cleanText(candidate.value.slice(0, 20_000)).toLowerCase();
  let found = 0;
  for (const word of titleWords) if (text.includes(word)) found++;
  return found >= titleWords.size * 0.5 ? 1 : 0;
}

/**
 * The names an article's author field holds: a name, or objects with a `name` (`nombre`, `nome`;
 * in Contentful's `fields`, WordPress's `node`, Arc XP's credits `by`, Prismic's `data`), or a list of them; a reference to another
 * object of the state (Apollo's `{ __ref: "User:42" }`) is that object.
 */
function namesIn(value: unknown, refs: unknown, depth = 0): string[] {
  if (typeof value === 'string' || depth > 3) return typeof value === 'string' ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => namesIn(v, refs, depth + 1));
  if (!isObject(value)) return [];
  const name = value.name ?? value.nombre ?? value.nome;
  if (typeof name === 'string') return [name];
  const ref = isObject(refs) && typeof value.__ref === 'string' ? refs[value.__ref] : undefined;
  return [value.fields, value.node, value.by, value.data, ref].flatMap((v) =>
    namesIn(v, refs, depth + 1),
  );
}

/**
 * The longest body-like text in the page's embedded app state that is about the page's title,
 * of an object naming the title if any is.
 *
 * @param index - the page's elements
 * @param title - the article's title, to tell its body from other articles' in the state
 * @returns the body, or null
 */
export function appStateBody(index: PageIndex, title: string): StructuredBody | null {
  let best: StructuredBody | null = null;
  let bestRank = 0;
  const budget: Budget = { nodes: MAX_NODES };
  for (const state of appStates(index)) {
    for (const candidate of candidates(state.value, state.name, budget)) {
      const rank = aboutness(candidate, title);
      if (rank === 0 || rank < bestRank) continue;
      const found = body(`app state ${candidate.path}`, candidate.value);
      if (best === null || rank > bestRank || found.words > best.words) {
        const { author, authors, byline, credits, autor, autore, firma } = candidate.owner;
        best = {
          ...found,
          authors: namesIn(
            [author, authors, byline, credits, autor, autore, firma],
            candidate.holder,
          ),
        };
      }
      bestRank = rank;
    }
  }
  return best;
}
