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
import { cleanText, countWords } from './text.ts';

/** A body read from structured data. */
export interface StructuredBody {
  /** Where it was read, e.g. `json-ld NewsArticle.articleBody`, `app state __NEXT_DATA__ props.pageProps.post.body`. */
  readonly source: string;
  /** The body as HTML: the publisher's markup, or plain text as paragraphs. */
  readonly html: string;
  /** Words of its text. */
  readonly words: number;
}

/** Keys whose string value may be an article body. */
const BODY_KEY =
  /^(?:article_?body|body(?:_?html|_?text)?|content(?:_?html|_?text|_?encoded)?|text_?html|html|story_?(?:body|text)|full_?text|main_?text)$/i;

/** Keys of an array of body blocks (`content_elements` of Arc XP, `blocks`, `paragraphs`). */
const BLOCKS_KEY = /^(?:content_?elements|blocks|body|paragraphs|content|elements)$/i;

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

/** The object literal that starts at `start` (a `{`), found by matching braces outside strings. */
function objectLiteral(text: string, start: number): string | null {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Where a script hands an object literal to the app: `window.__X__ = {…}`, `self.__X__ = {…}`,
 * `Fusion.globalContent = {…}`, or `window["__RQ_1"].push({…})` (React Query's dehydrated
 * state). Group 1 or 2 names it.
 */
const ASSIGNMENT =
  /(?:(?:\b(?:window|self)\.)?(__[A-Za-z0-9_]+__|\b[A-Za-z_$][\w$]*\.globalContent)\s*=\s*|(\bwindow\[["'][\w$]+["']\]|\b[A-Za-z_$][\w$.]*)\.push\(\s*)\{/g;

/** The end of every {@link ASSIGNMENT} match (a necessary condition, cheap to test). */
const ASSIGNMENT_END = /(?:__|\.globalContent)\s*=\s*\{|\.push\(\s*\{/;

/** The app states embedded in the page's scripts, with their names. */
function appStates(index: PageIndex): { name: string; value: unknown }[] {
  const states: { name: string; value: unknown }[] = [];
  let literals = 0;
  for (const el of index.byTag('script')) {
    const type = el.attribs.type?.trim().toLowerCase();
    if (type === 'application/ld+json') continue;
    const text = textOf(el as Element);
    if (text.length < MIN_CHARS) continue;
    if (type === 'application/json') {
      states.push({ name: el.attribs.id ?? 'application/json', value: parseJson(text) });
      continue;
    }
    if (type !== undefined && type !== '' && !type.includes('javascript')) continue;
    // What every assignment ends with: most scripts have none, and need no full search.
    if (!ASSIGNMENT_END.test(text)) continue;
    // Each character is scanned at most twice: a literal's inner matches are skipped, and an
    // unclosed literal ends the script's search (whatever follows is inside it).
    const pattern = new RegExp(ASSIGNMENT.source, 'g');
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (++literals > MAX_LITERALS) break;
      const start = match.index + match[0].length - 1;
      const literal = objectLiteral(text, start);
      if (literal === null) break;
      pattern.lastIndex = start + literal.length;
      if (literal.length >= MIN_CHARS) {
        states.push({ name: match[1] ?? match[2] ?? 'script', value: parseJson(literal) });
      }
    }
  }
  return states.filter((s) => s.value !== undefined);
}

interface Candidate {
  readonly path: string;
  readonly value: string;
  /** The object that holds it: its other strings say which article it is. */
  readonly owner: Record<string, unknown>;
}

/** The joined text of an array of body blocks, or null when it is not one. */
function blocksText(items: readonly unknown[]): string | null {
  const parts: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') parts.push(item);
    else if (isObject(item)) {
      const key = BLOCK_TEXT_KEYS.find((k) => typeof item[k] === 'string');
      if (key !== undefined) parts.push(item[key] as string);
    }
  }
  if (parts.length < 2) return null;
  return parts.map((p) => (MARKUP.test(p) ? p : `<p>${escapeText(p)}</p>`)).join('\n');
}

/** Strings and block arrays under body-like keys, anywhere in a JSON value. */
function candidates(root: unknown, name: string): Candidate[] {
  const out: Candidate[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: name }];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: `${path}[${i}]` });
      }
      continue;
    }
    if (!isObject(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      const at = `${path}.${key}`;
      if (typeof child === 'string') {
        if (child.length >= MIN_CHARS && BODY_KEY.test(key)) {
          out.push({ path: at, value: child, owner: value });
        }
      } else if (Array.isArray(child) && BLOCKS_KEY.test(key)) {
        const text = blocksText(child);
        if (text !== null && text.length >= MIN_CHARS)
          out.push({ path: at, value: text, owner: value });
        stack.push({ value: child, path: at });
      } else if (child !== null && typeof child === 'object') {
        stack.push({ value: child, path: at });
      }
    }
  }
  return out;
}

/** Words of at least three letters, lower-cased: what a title and its article share. */
function keywords(text: string): Set<string> {
  return new Set(
    cleanText(text)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );
}

/** Whether a candidate is this page's article: its owner names the title, or its text does. */
function isAbout(candidate: Candidate, title: string): boolean {
  const wanted = cleanText(title).toLowerCase();
  for (const value of Object.values(candidate.owner)) {
    if (typeof value === 'string' && value.length < 500) {
      const t = cleanText(value).toLowerCase();
      if (t !== '' && (t === wanted || t.includes(wanted) || wanted.includes(t))) {
        if (t.length >= Math.min(20, wanted.length)) return true;
      }
    }
  }
  const titleWords = keywords(title);
  if (titleWords.size === 0) return false;
  const text = cleanText(candidate.value.slice(0, 20_000)).toLowerCase();
  let found = 0;
  for (const word of titleWords) if (text.includes(word)) found++;
  return found >= titleWords.size * 0.5;
}

/**
 * The longest body-like text in the page's embedded app state that is about the page's title.
 *
 * @param index - the page's elements
 * @param title - the article's title, to tell its body from other articles' in the state
 * @returns the body, or null
 */
export function appStateBody(index: PageIndex, title: string): StructuredBody | null {
  let best: StructuredBody | null = null;
  for (const state of appStates(index)) {
    for (const candidate of candidates(state.value, state.name)) {
      if (!isAbout(candidate, title)) continue;
      const found = body(`app state ${candidate.path}`, candidate.value);
      if (best === null || found.words > best.words) best = found;
    }
  }
  return best;
}
