/**
 * The allowlist of `contentHtml`: structural and phrasing tags only, a few attributes, http(s)
 * and mailto links, iframes only for YouTube/Vimeo video embeds, and video and audio players
 * with their http(s) sources (`media.ts` readies them). Everything else is dropped
 * (script/style and other non-text elements with their content; other tags unwrapped, keeping
 * their text).
 *
 * The body is written straight from its parsed tree: serializing it and parsing it again with
 * a string sanitizer cost a second parse of every body. The rules are those sanitize-html
 * applies with the same allowlist (a differential test compares the two on arbitrary markup).
 */
import type { AnyNode, Element } from 'domhandler';
import { lookupTable } from '../../lookup-table.ts';

/** Tags kept (with their allowlisted attributes); any other tag is unwrapped. */
export const ALLOWED_TAGS: ReadonlySet<string> = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'abbr',
  'del',
  'ins',
  'time',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'iframe',
  'video',
  'audio',
  'source',
  'ruby',
  'rt',
  'rp',
]);

/** Attributes kept, by tag. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = lookupTable({
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  iframe: ['src', 'width', 'height', 'title', 'allowfullscreen'],
  video: ['src', 'poster', 'width', 'height', 'controls'],
  audio: ['src', 'controls'],
  source: ['src', 'type'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'],
  time: ['datetime'],
  abbr: ['title'],
  blockquote: ['cite'],
  q: ['cite'],
});

/**
 * Attributes kept on every kept element: the text's direction and language, so that Arabic,
 * Hebrew or Persian text (or a quotation in another language) reads the right way round.
 */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['dir', 'lang'];
/** The values of `dir` kept. */
export const ALLOWED_DIRECTIONS: readonly string[] = ['ltr', 'rtl', 'auto'];

/** URL schemes allowed in `href`, `src` and `cite`, and the stricter ones of some tags. */
export const ALLOWED_SCHEMES: readonly string[] = ['http', 'https', 'mailto'];
export const ALLOWED_SCHEMES_BY_TAG: Readonly<Record<string, readonly string[]>> = lookupTable({
  img: ['http', 'https'],
  iframe: ['https'],
  video: ['http', 'https'],
  audio: ['http', 'https'],
  source: ['http', 'https'],
});
/** Attributes holding a URL, whose scheme is checked. */
export const URL_ATTRIBUTES: readonly string[] = ['href', 'src', 'cite', 'poster'];
/** Hosts an iframe may load (video players). */
export const IFRAME_HOSTS: readonly string[] = [
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
];
/** Elements dropped with everything inside them, text included. */
export const NON_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'template',
  'svg',
  'title',
]);

/** Void elements: written as `<br />`, never closed. */
const SELF_CLOSING = new Set(['img', 'br', 'hr', 'source']);

/**
 * Attributes that are dropped when empty (`alt=""` is kept): the non-boolean attributes of the
 * allowlist, as the HTML standard's attribute index lists them.
 */
const DROPPED_WHEN_EMPTY = new Set([
  'href',
  'title',
  'src',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'datetime',
  'cite',
  'dir',
  'lang',
  'poster',
  'type',
]);

const WRITES_EMPTY = new Set(['alt']);

const SCHEME = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip these in URLs
const IGNORED_IN_URLS = /[\x00-\x20]+/g;
const PROTOCOL_RELATIVE = /^[/\\]{2}/;

/**
 * Whether a URL must go: its scheme is not allowed for the tag (control characters, spaces and
 * `<!-- -->` comments are ignored, as browsers ignore them), or it is protocol-relative.
 */
function refusedUrl(tag: string, value: string): boolean {
  let href = value.replace(IGNORED_IN_URLS, '');
  for (;;) {
    const first = href.indexOf('<!--');
    if (first === -1) break;
    const last = href.indexOf('-->', first + 4);
    if (last === -1) break;
    href = href.substring(0, first) + href.substring(last + 3);
  }
  const scheme = SCHEME.exec(href);
  if (scheme === null) return PROTOCOL_RELATIVE.test(href);
  const allowed = ALLOWED_SCHEMES_BY_TAG[tag] ?? ALLOWED_SCHEMES;
  return !allowed.includes((scheme[1] as string).toLowerCase());
}

/** A base under which any relative URL parses, to tell relative iframe sources apart. */
const RELATIVE_BASE = `relative://relative-site/${Array.from({ length: 100 }, (_, i) => i).join('/')}`;

/** Whether an iframe source is an absolute URL on an allowlisted host. */
function allowedFrame(value: string): boolean {
  const url = value.replace(/^(\w+:)?\s*[\\/]\s*[\\/]/, '$1//');
  if (url.startsWith('relative:')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url, RELATIVE_BASE);
  } catch {
    return false;
  }
  if (parsed.hostname === 'relative-site' && parsed.protocol === 'relative:') return false;
  return IFRAME_HOSTS.includes(parsed.hostname);
}

const TEXT_SPECIAL = /[&<>]/;
const ATTRIBUTE_SPECIAL = /[&<>"]/;

function escapeText(text: string): string {
  // Most text has nothing to escape: one scan instead of three copies.
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_SPECIAL.test(text)) return text;
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The element's allowlisted attributes as written (` a="v"`), and whether it keeps `src`. */
function attributesOf(el: Element): { written: string; src: boolean } {
  const allowed = ALLOWED_ATTRIBUTES[el.name];
  let written = '';
  let src = false;
  for (const name of Object.keys(el.attribs)) {
    if (!(allowed?.includes(name) || GLOBAL_ATTRIBUTES.includes(name))) continue;
    const value = el.attribs[name] as string;
    if (name === 'dir' && !ALLOWED_DIRECTIONS.includes(value)) continue;
    if (value === '' && DROPPED_WHEN_EMPTY.has(name)) continue;
    if (URL_ATTRIBUTES.includes(name) && refusedUrl(el.name, value)) continue;
    if (el.name === 'iframe' && name === 'src' && !allowedFrame(value)) continue;
    if (name === 'src') src = true;
    written += ` ${name}`;
    if (value !== '') written += `="${escapeAttribute(value)}"`;
    else if (WRITES_EMPTY.has(name)) written += '=""';
  }
  return { written, src };
}

function write(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(escapeText(node.data));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
  const el = node;
  const { name } = el;
  if (!ALLOWED_TAGS.has(name)) {
    if (NON_TEXT_TAGS.has(name)) return;
    for (const child of el.children) write(child, out);
    return;
  }
  const { written, src } = attributesOf(el);
  // An image or embed whose source was refused goes entirely.
  if ((name === 'img' || name === 'iframe') && !src) return;
  if (SELF_CLOSING.has(name)) {
    out.push(`<${name}${written} />`);
    // A void element holds nothing: whatever hangs below it follows it.
    for (const child of el.children) write(child, out);
    return;
  }
  out.push(`<${name}${written}>`);
  for (const child of el.children) write(child, out);
  out.push(`</${name}>`);
}

/**
 * Writes nodes as HTML by the content allowlist.
 *
 * @param nodes - The nodes, in order (e.g. a container's children).
 * @returns Safe HTML.
 * @example
 * const $ = load('<p onclick="x()">Hi<script>alert(1)</script></p>');
 * writeSafeHtml($('body')[0].children) // '<p>Hi</p>'
 */
export function writeSafeHtml(nodes: readonly AnyNode[]): string {
  const out: string[] = [];
  for (const node of nodes) write(node, out);
  return out.join('');
}
