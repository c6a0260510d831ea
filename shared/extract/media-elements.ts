/**
 * Media a page shows through other markup than HTML's own: AMP documents (`<html ⚡>`) through
 * custom elements (`<amp-img>` for a picture, `<amp-video>` for a player, `<amp-youtube
 * data-videoid>` for an embed), light embeds through theirs (`<lite-youtube videoid>`), and
 * lazy-loading scripts through an iframe whose address waits in `data-src` until it scrolls into
 * view; and a portal's document through a viewer (`<object data="….pdf">`, `<embed>`, an
 * `<iframe>` of the file or of a viewer naming it), which no feed shows. Right after parsing,
 * each is rewritten to the HTML it stands for, so that every reader of the page (the body
 * finder, the image collector, the renderer) sees pictures, players, embeds and links to
 * documents as on any other page; AMP's ads and trackers become elements that show nothing.
 */
import { type AnyNode, type Element, Text } from 'domhandler';
import { detachAll, isElement } from './content/dom.ts';

/** Pictures: the placeholder or fallback an `<amp-img>` holds is no picture of its own. */
const PICTURES: ReadonlySet<string> = new Set(['amp-img', 'amp-anim']);
/** Players; what they hold besides their sources goes with the players' rules (`media.ts`). */
const AMP_PLAYERS: ReadonlyMap<string, string> = new Map([
  ['amp-video', 'video'],
  ['amp-audio', 'audio'],
]);
const youtube = (id: string) =>
  /^[\w-]{6,20}$/.test(id) ? `https://www.youtube.com/embed/${id}` : null;
const vimeo = (id: string) =>
  /^\d{1,15}$/.test(id) ? `https://player.vimeo.com/video/${id}` : null;
/** Embeds of a video host: the attribute naming the video, and the host's player for its id. */
const EMBEDS: ReadonlyMap<string, readonly [string, (id: string) => string | null]> = new Map([
  ['amp-youtube', ['data-videoid', youtube]],
  ['amp-vimeo', ['data-videoid', vimeo]],
  ['lite-youtube', ['videoid', youtube]],
  ['lite-vimeo', ['videoid', vimeo]],
]);
/** Where lazy-loading scripts keep an iframe's address until it loads. */
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original'];
/** An iframe address that stands in for the real one: none, a blank page, inline data. */
const STAND_IN = /^\s*(?:$|about:blank|data:|javascript:)/i;
/** Ads, trackers, consent and share widgets: nothing of the article's. */
const NOT_CONTENT: ReadonlySet<string> = new Set([
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-auto-ads',
  'amp-analytics',
  'amp-pixel',
  'amp-consent',
  'amp-geo',
  'amp-user-notification',
  'amp-social-share',
  'amp-call-tracking',
]);
/** What an element that shows nothing becomes: every reader leaves a `<template>` out. */
const SHOWS_NOTHING = 'template';

function empty(el: Element): void {
  detachAll([...el.children]);
}

/** The path of a document a page attaches: PDF, Word, Excel, PowerPoint, OpenDocument, RTF. */
const DOCUMENT_PATH = /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf)$/i;
/**
 * What an address naming a document holds as written: a document's ending, or what the URL
 * parser and the query's decoding may turn into one (`%` escapes, tabs and line breaks it drops).
 * Most embeds' addresses (players, ads) hold none: they are not parsed.
 */
const MAY_NAME_DOCUMENT = /[%\t\n\r]|\.(?:pdf|doc|xls|ppt|od[tsp]|rtf)/i;
/** The query parameters in which a document viewer (Google's, Office's, pdf.js) names its file. */
const VIEWED_FILE = ['url', 'file', 'src'];
/** A base under which a relative address parses. */
const BASE = 'https://page.invalid/';

/** The path of an address, or null when it does not parse. */
function pathOf(address: string): URL | null {
  try {
    return new URL(address, BASE);
  } catch {
    return null;
  }
}

/**
 * The document an embed shows: its own address when that names a document, else the document a
 * viewer at that address is given in its query; null for anything else.
 */
function shownDocument(address: string | undefined): string | null {
  if (address === undefined || !MAY_NAME_DOCUMENT.test(address)) return null;
  const url = pathOf(address.trim());
  if (url === null) return null;
  if (DOCUMENT_PATH.test(url.pathname)) return address.trim();
  for (const key of VIEWED_FILE) {
    const file = url.searchParams.get(key)?.trim();
    if (file && DOCUMENT_PATH.test(pathOf(file)?.pathname ?? '')) return file;
  }
  return null;
}

/** The name a link to a document shows: the embed's title, else the file's name. */
function documentName(el: Element, document: string): string {
  const title = el.attribs.title?.trim();
  if (title) return title;
  const file = pathOf(document)?.pathname.split('/').pop() ?? document;
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

/** Makes an embed showing a document a link to it, in place. */
function linkDocument(el: Element, document: string): void {
  const name = documentName(el, document);
  empty(el);
  el.name = 'a';
  el.attribs = { href: document };
  const text = new Text(name);
  text.parent = el;
  el.children = [text];
}

/** How far up from a document's viewer a link to the same document counts as beside it. */
const BESIDE_LEVELS = 3;
/** How far up from a link to a document its boxes are noted as holding it. */
const LINK_LEVELS = 6;

/** The file an address names (its path, decoded), to compare one document's addresses. */
function filePath(address: string): string | null {
  const path = pathOf(address.trim())?.pathname;
  if (path === undefined) return null;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The files that links to documents lead to, by the boxes (up to {@link LINK_LEVELS}) holding them. */
type LinkedFiles = Map<Element, Set<string>>;

/** Notes a link's document file in the boxes holding the link. */
function noteLink(linked: LinkedFiles, link: Element, file: string): void {
  let box = link.parent;
  for (let level = 0; level < LINK_LEVELS && box !== null && isElement(box); level++) {
    const files = linked.get(box);
    if (files === undefined) linked.set(box, new Set([file]));
    else files.add(file);
    box = box.parent;
  }
}

/** The document files every link of the page (`el`'s document) leads to, by box: read once. */
function linkedFiles(el: Element): LinkedFiles {
  let root: AnyNode = el;
  while (root.parent !== null) root = root.parent;
  const linked: LinkedFiles = new Map();
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) && node.type !== 'root') continue;
    const parent = node as Element;
    if (parent.name === 'a' && parent.attribs.href !== undefined) {
      const file = filePath(parent.attribs.href);
      if (file !== null && DOCUMENT_PATH.test(file)) noteLink(linked, parent, file);
    }
    for (const child of parent.children) stack.push(child);
  }
  return linked;
}

/**
 * Whether a link near a document's viewer (in its box, up to {@link BESIDE_LEVELS} boxes up)
 * leads to the same file: "Tệp đính kèm: <a href="/files/tb.pdf">" under a pdf.js viewer of it.
 */
function linkedBeside(viewer: Element, file: string, linked: LinkedFiles): boolean {
  let box = viewer.parent;
  for (let level = 0; level < BESIDE_LEVELS && box !== null && isElement(box); level++) {
    // The whole page is not beside it: a side column may link the file too.
    if (box.name === 'body' || box.name === 'html') return false;
    if (linked.get(box)?.has(file)) return true;
    box = box.parent;
  }
  return false;
}

/** The first letters of the names of the elements {@link rewriteMediaElements} rewrites. */
const FIRST_LETTERS = new Set(['a', 'e', 'i', 'l', 'o'].map((letter) => letter.charCodeAt(0)));

/**
 * Whether an element of this name may need {@link rewriteMediaElements}: the parse notes it
 * as it goes, so that a page without any is not walked again.
 *
 * @param name - an element's name, lower case
 * @returns true for an AMP element, an iframe or a light embed
 */
export function mayStandForMedia(name: string): boolean {
  return (
    FIRST_LETTERS.has(name.charCodeAt(0)) &&
    (name === 'iframe' ||
      name === 'object' ||
      name === 'embed' ||
      name.startsWith('amp-') ||
      name.startsWith('lite-'))
  );
}

/** An iframe whose address a lazy-loading script keeps aside gets it. */
function revealLazyFrame(el: Element): void {
  if (!STAND_IN.test(el.attribs.src ?? '')) return;
  const lazy = LAZY_SOURCES.map((name) => el.attribs[name]?.trim()).find((v) => v);
  if (lazy !== undefined) el.attribs.src = lazy;
}

/**
 * Rewrites, in place, the elements among `elements` that stand for media: `<amp-img>` and
 * `<amp-anim>` become `<img>` (emptied of their placeholders), `<amp-video>`/`<amp-audio>`
 * `<video>`/`<audio>`, `<amp-iframe>` an `<iframe>`, `<amp-youtube>`/`<amp-vimeo>` and
 * `<lite-youtube>`/`<lite-vimeo>` an `<iframe>` of the host's player for their video's id, AMP's
 * ads, trackers and share buttons a `<template>`; an `<iframe>` whose `src` is a stand-in gets
 * the address its `data-src` (or `data-lazy-src`, `data-original`) keeps; an `<object>`,
 * `<embed>` or `<iframe>` showing a document becomes a link to the document, named by its title
 * or file name (what it holds for browsers that cannot show it goes), or shows nothing when a
 * link beside it leads to the same file ({@link linkedBeside}).
 *
 * @param elements - the page's elements
 */
export function rewriteMediaElements(elements: readonly Element[]): void {
  // The links to documents, read once the first viewer is met.
  let linked: LinkedFiles | undefined;
  for (const el of elements) {
    const { name } = el;
    if (name === 'iframe' || name === 'object' || name === 'embed') {
      if (name === 'iframe') revealLazyFrame(el);
      const document = shownDocument(name === 'object' ? el.attribs.data : el.attribs.src);
      if (document === null) continue;
      linked ??= linkedFiles(el);
      const file = filePath(document);
      // A link beside the viewer already leads to the document: one link is enough.
      if (file !== null && linkedBeside(el, file, linked)) {
        el.name = SHOWS_NOTHING;
        empty(el);
      } else {
        linkDocument(el, document);
        if (file !== null) noteLink(linked, el, file);
      }
      continue;
    }
    if (!name.startsWith('amp-') && !name.startsWith('lite-')) continue;
    if (PICTURES.has(name)) {
      el.name = 'img';
      empty(el);
      continue;
    }
    const player = AMP_PLAYERS.get(name);
    if (player !== undefined) {
      el.name = player;
      continue;
    }
    if (name === 'amp-iframe') {
      el.name = 'iframe';
      revealLazyFrame(el);
      continue;
    }
    const embed = EMBEDS.get(name);
    if (embed !== undefined) {
      const [attribute, address] = embed;
      const src = address(el.attribs[attribute]?.trim() ?? '');
      el.name = src === null ? SHOWS_NOTHING : 'iframe';
      if (src !== null) {
        const { width, height } = el.attribs;
        el.attribs = { src, ...(width ? { width } : {}), ...(height ? { height } : {}) };
      }
      empty(el);
      continue;
    }
    if (NOT_CONTENT.has(name)) el.name = SHOWS_NOTHING;
  }
}
