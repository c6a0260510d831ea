import { decodeHTML } from 'entities';
import { textOf } from './content/dom.ts';
import type { PageIndex } from './page-index.ts';

/** A JSON-LD node: a plain object. */
export type JsonLdNode = Record<string, unknown>;

/** The JSON-LD of a page: every node, indexed by `@id`, and the article node if any. */
export interface JsonLd {
  readonly nodes: readonly JsonLdNode[];
  readonly byId: ReadonlyMap<string, JsonLdNode>;
  /**
   * The first `NewsArticle` / `Article` / `BlogPosting` / … node, else an episode's, else a web
   * page's that carries an article's headline, or null.
   */
  readonly article: JsonLdNode | null;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'scholarlyarticle',
  'report',
]);

/**
 * An episode of a show, whose page is the episode's as an article's page is the article's: its
 * author (the host), date and description are the page's when it declares no article.
 */
const EPISODE_TYPES = new Set(['podcastepisode', 'radioepisode', 'episode']);

/**
 * Web pages that CMSs type their article with (a health site's `MedicalWebPage`, a template's
 * plain `WebPage`): without an article node, one that carries an article's `headline` is the
 * article's node. A WordPress SEO plugin's `WebPage` (a `name`, dates, and an `author` that is
 * the CMS account which posted it, "webnata") has none: it names no author the page shows.
 */
const WEB_PAGE_TYPES = new Set(['webpage', 'medicalwebpage', 'itempage']);

function describesArticle(node: JsonLdNode): boolean {
  return node.headline !== undefined && typesOf(node).some((t) => WEB_PAGE_TYPES.has(t));
}

/** Whether a node is an article by its type (`NewsArticle`, `BlogPosting`, …). */
export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

/** The `@type` of a node as lowercase names without a schema.org prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase());
}

function isObject(value: unknown): value is JsonLdNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function collect(value: unknown, into: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (!isObject(value)) return;
  into.push(value);
  if (value['@graph'] !== undefined) collect(value['@graph'], into);
  // A WebPage whose main entity is the article: `{ "@type": "WebPage", "mainEntity": { … } }`.
  for (const key of NESTED_ENTITIES) {
    const inner = value[key];
    if (isObject(inner) && inner['@type'] !== undefined) collect(inner, into);
    else if (Array.isArray(inner))
      collect(
        inner.filter((i) => isObject(i) && i['@type']),
        into,
      );
  }
}

/** Properties whose object is the page's main thing, read as nodes of their own. */
const NESTED_ENTITIES = ['mainEntity', 'mainEntityOfPage'] as const;

/** What opens a script body hidden from old parsers: an HTML comment, CDATA (`//<![CDATA[`). */
const HIDING_OPEN = /^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/;
/** What closes it: `-->`, `]]>` or `//]]>`. */
const HIDING_CLOSE = /(?:-->|(?:\/\/\s*)?\]\]>)\s*$/;

/**
 * Whether a script body may end with {@link HIDING_CLOSE}: its text, less the white space at its
 * end, ends with `-->` or `]]>`. Unanchored at its start, the pattern is tried at every `/`, `-`
 * and `]` of the body, which a long JSON-LD block is full of.
 */
function closesHiding(text: string): boolean {
  const end = text.trimEnd();
  return end.endsWith('-->') || end.endsWith(']]>');
}

/** A value's end, then a line break and a property's name with no comma between them. */
const MISSING_COMMA = /([}\]"]|\d|true|false|null)([ \t]*\r?\n\s*"[^"\n]*"\s*:)/g;

/**
 * What follows a quote that closes a string, past white space: JSON's punctuation after a value,
 * a comment, the next value after a comma, the next property's name on a line of its own, or the
 * end.
 */
const AFTER_STRING = /\s*(?:[:}\]/]|,\s*[-"{[\dtfn}\]/]|\n\s*"|$)/y;

/** Whether the quote at `at` closes its string, not one a CMS left unescaped inside it. */
function closesString(text: string, at: number): boolean {
  AFTER_STRING.lastIndex = at + 1;
  return AFTER_STRING.test(text);
}

/**
 * A script body mended outside its strings: without its JavaScript comments (a line comment from
 * `//`, a block comment from slash-star to star-slash: templates annotate their JSON-LD so, or
 * hide it in CDATA markers inside block comments; a URL's `//` inside a string is no comment), and
 * with the objects a template writes one after another without an array (`{…}{…}`, one a line:
 * one plugin's site node, then another's article node) made one array. Inside its strings, a
 * double quote a CMS left unescaped (`"headline": "He said "no" today"`) is escaped.
 */
function mendOutsideStrings(text: string): string {
  let out = '';
  let from = 0;
  let depth = 0;
  let values = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      // To the string's closing quote, past escaped characters and quotes that close nothing.
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '"') {
          if (closesString(text, i)) break;
          out += `${text.slice(from, i)}\\`;
          from = i;
        }
      }
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const block = text[i + 1] === '*';
      const end = block ? text.indexOf('*/', i + 2) : text.indexOf('\n', i);
      out += text.slice(from, i);
      i = end < 0 ? text.length : block ? end + 1 : end - 1;
      from = i + 1;
    } else if (c === '{' || c === '[') {
      if (depth++ === 0 && values++ > 0) {
        out += `${text.slice(from, i)},`;
        from = i;
      }
    } else if (c === '}' || c === ']') depth--;
  }
  out += text.slice(from);
  return values > 1 ? `[${out}]` : out;
}

/**
 * Parses a script body leniently: CMSs emit trailing commas, missing ones between properties on
 * lines of their own, raw newlines, JavaScript comments, and bodies hidden in an HTML comment or
 * in CDATA markers (WordPress schema plugins); a template that escapes what it prints as HTML
 * writes the whole body with `&quot;` for its quotes, read once it is decoded.
 */
function parseLenient(text: string): unknown {
  const opened = text.replace(HIDING_OPEN, '');
  const body = (closesHiding(opened) ? opened.replace(HIDING_CLOSE, '') : opened).trim();
  if (body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    const mended = parseMended(body);
    return mended === undefined && body.includes('&quot;') ? parseMended(decodeHTML(body)) : mended;
  }
}

/** A broken script body parsed once mended ({@link parseLenient}), or undefined. */
function parseMended(body: string): unknown {
  try {
    const mended = mendOutsideStrings(body)
      .replace(/,\s*([}\]])/g, '$1')
      // A property on a line of its own after a value without its comma (Folha's templates).
      .replace(MISSING_COMMA, '$1,$2');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what break CMS JSON
    return JSON.parse(mended.replace(/[\u0000-\u001f]+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Whether a `<script>` holds JSON-LD (`type="application/ld+json"`), not code or app state. */
export function isJsonLdScript(el: { readonly attribs: Record<string, string> }): boolean {
  return el.attribs.type?.trim().toLowerCase() === 'application/ld+json';
}

/**
 * Reads every `<script type="application/ld+json">` of a page, flattening arrays and `@graph`.
 * Scripts that do not parse are skipped: broken JSON-LD is common and never fatal.
 *
 * @param index - the page's elements
 * @returns the nodes, an `@id` index and the article node
 */
export function readJsonLd(index: PageIndex): JsonLd {
  const nodes: JsonLdNode[] = [];
  for (const el of index.byTag('script')) {
    if (!isJsonLdScript(el)) continue;
    collect(parseLenient(textOf(el)), nodes);
  }
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  const article =
    nodes.find(isArticleNode) ??
    nodes.find((node) => typesOf(node).some((t) => EPISODE_TYPES.has(t))) ??
    nodes.find(describesArticle) ??
    null;
  return { nodes, byId, article };
}

/** Follows an `{ "@id": … }` reference to the full node when the graph has it. */
export function resolveRef(value: unknown, byId: ReadonlyMap<string, JsonLdNode>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

/** The values of a property as a flat array (a single value becomes a one-item array). */
export function valuesOf(node: JsonLdNode | null, key: string): unknown[] {
  if (node === null) return [];
  const value = node[key];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * A JSON-LD string as the text it means. JSON in a `<script>` is not HTML-decoded, yet CMSs
 * (WordPress SEO plugins among them) write HTML character references into it: "review &#8211;
 * shoots", "AT&amp;T".
 */
function textOfJsonString(value: string): string {
  return value.includes('&') ? decodeHTML(value) : value;
}

/** The first string value of a property, reading `{ "@value" }`, `name` and `url` forms. */
export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return textOfJsonString(value);
  if (typeof value === 'number') return String(value);
  if (isObject(value)) {
    for (const key of ['@value', 'name', 'url', '@id']) {
      const inner = value[key];
      if (typeof inner === 'string') return textOfJsonString(inner);
    }
  }
  return null;
}
