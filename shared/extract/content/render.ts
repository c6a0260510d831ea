/**
 * Renders the cleaned article container: images paired with captions, structure normalized,
 * URLs made absolute, HTML sanitized by an allowlist, and the plain text of the body.
 */
import type { Cheerio } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { ArticleImage } from '../../article.ts';
import { lookupTable } from '../../lookup-table.ts';
import { nfc } from '../text.ts';
import { classWords, closest, descendants, detachAll } from './dom.ts';
import { collectImages } from './images.ts';
import { normalizeLayout } from './layout.ts';
import { readyPlayers } from './media.ts';
import { isVideoEmbed } from './patterns.ts';
import { toText } from './plain-text.ts';
import { writeSafeHtml } from './sanitize.ts';
import { shortText } from './short-text.ts';
import { absoluteUrl } from './url.ts';

/** The rendered article body. */
export interface RenderedContent {
  /** Sanitized HTML with absolute URLs (NFC). */
  readonly contentHtml: string;
  /** Plain text, paragraphs separated by a blank line (NFC); captions excluded. */
  readonly contentText: string;
  /** Images in reading order. */
  readonly images: ArticleImage[];
}

const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = lookupTable({
  a: ['href'],
  img: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src'],
  blockquote: ['cite'],
  q: ['cite'],
});

function absolutize(container: Element, baseUrl: string): void {
  for (const el of descendants(container)) {
    for (const name of URL_ATTRIBUTES[el.name] ?? []) {
      const value = el.attribs[name];
      if (value === undefined) continue;
      const url = absoluteUrl(value, baseUrl);
      if (url === null) delete el.attribs[name];
      else el.attribs[name] = url;
    }
  }
}

const NEVER_RENDERED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'object',
  'embed',
  'applet',
  'frame',
  'frameset',
  'svg',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
]);

/**
 * Removes what never renders as content, so it leaves no empty paragraph behind. All is
 * detached at once (one at a time, each search and splice of a long sibling list is quadratic);
 * nothing decided reads what an earlier decision removes: names and attributes, and an
 * embed's own children.
 */
function dropNonContent(root: Element): void {
  const gone = new Set<AnyNode>();
  for (const el of descendants(root)) {
    if (NEVER_RENDERED.has(el.name) || (el.name === 'iframe' && !isVideoEmbed(el))) gone.add(el);
    // What an editor leaves inside an embed (TinyMCE bookmark spans) is never shown by a
    // browser, but a reader that drops the iframe shows it as text.
    else if (el.name === 'iframe') for (const child of el.children) gone.add(child);
  }
  for (const node of root.children) if (node.type === 'comment') gone.add(node);
  detachAll(gone);
}

const CAPTION_CLASS = /caption|credit/;
/**
 * The most text a caption or credit left without its image holds: a block of the class holding
 * more is the article's, whatever its class says ("caption" on the wrapper of the body).
 */
const STRAY_CAPTION_CHARS = 500;
const FIGURE_PARTS = new Set(['figure', 'figcaption']);
const MEDIA = new Set(['img', 'iframe', 'video', 'audio', 'picture', 'table', 'pre', 'blockquote']);

/** Whether an element holds two paragraphs or more: a caption is one. */
function holdsSeveralParagraphs(el: Element): boolean {
  let paragraphs = 0;
  for (const d of descendants(el)) if (d.name === 'p' && ++paragraphs > 1) return true;
  return false;
}

/**
 * Captions and photo credits left without their image (galleries, hidden players, images
 * loaded by script) go, with figures that hold no image any more; a block of such a class that
 * holds more than a caption does ({@link STRAY_CAPTION_CHARS}, or paragraphs) stays.
 */
function dropStrayCaptions(root: Element): void {
  // Each pass detaches what it finds at once (one at a time is quadratic in a long sibling
  // list). What a pass decides is read below the element, where nothing found before it is,
  // and above it, where a caption found before it holds no figure up to the root either.
  const empty = new Set<AnyNode>();
  for (const el of descendants(root)) {
    if (el.name !== 'figure' || el.parent === null) continue;
    if (!descendants(el).some((d) => MEDIA.has(d.name))) empty.add(el);
  }
  detachAll(empty);
  const stray = new Set<AnyNode>();
  for (const el of descendants(root)) {
    if (el.parent === null || !CAPTION_CLASS.test(classWords(el))) continue;
    if (closest(el, FIGURE_PARTS, root) !== null) continue;
    if (shortText(el, STRAY_CAPTION_CHARS) === null || holdsSeveralParagraphs(el)) continue;
    // A caption holds no medium: a box of one (a table of data in "captioned-table") is the body's.
    if (descendants(el).some((d) => MEDIA.has(d.name) || d.name === 'figure')) continue;
    stray.add(el);
  }
  detachAll(stray);
}

/**
 * The tags of `contentHtml` at which a line starts or ends (blocks, `<br>`): whitespace next to
 * them shows nothing.
 */
const LINE_EDGE =
  /^<\/?(?:p|h[2-6]|[uo]l|li|d[ltd]|blockquote|figure|figcaption|table|caption|t(?:head|body|foot|r|h|d)|hr|br|pre)[\s/>]/;
/** The start tags of content without text: images and players. */
const MEDIUM = /^<(?:img|iframe|video|audio)[\s/>]/;
/** What a browser collapses in flowing text: ASCII whitespace (not U+00A0). */
const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * The body's HTML with its whitespace as a browser shows it: outside `<pre>`, each run one space,
 * none at a line's start or end. The whitespace of the page's source (its indentation, line ends,
 * tabs, a minifier's work) shows nothing, and a page served pretty-printed, minified or with CRLF
 * line ends then gives the same `contentHtml`, and the same `contentHash`. A space is kept where
 * its run starts, before or after an inline tag. The HTML is the sanitizer's: tags and escaped
 * text, no `<` or `>` in an attribute value.
 */
export function collapseWhitespace(html: string): string {
  let out = '';
  // No content since the last line edge; a space owed before the next content, and the inline
  // tags read since it was owed.
  let lineStart = true;
  let space = false;
  let held = '';
  let pre = 0;
  for (let at = 0; at < html.length; ) {
    const lt = html.indexOf('<', at);
    if (lt !== at) {
      const end = lt < 0 ? html.length : lt;
      const text = html.slice(at, end);
      at = end;
      if (pre > 0) {
        out += text;
        continue;
      }
      const flowing = text.replace(WHITESPACE_RUN, ' ');
      // Trimmed of the one space it may start and end with (U+00A0 and its kind show).
      const from = flowing.charCodeAt(0) === 32 ? 1 : 0;
      const to = flowing.length - (flowing.charCodeAt(flowing.length - 1) === 32 ? 1 : 0);
      if (to <= from) {
        if (!lineStart) space = true;
        continue;
      }
      if (from > 0 && !lineStart) space = true;
      out += (space ? ' ' : '') + held + flowing.slice(from, to);
      space = to < flowing.length;
      held = '';
      lineStart = false;
      continue;
    }
    const gt = html.indexOf('>', at);
    const tag = gt < 0 ? html.slice(at) : html.slice(at, gt + 1);
    at += tag.length;
    if (LINE_EDGE.test(tag)) {
      if (tag.startsWith('<pre')) pre++;
      else if (tag.startsWith('</pre')) pre = Math.max(0, pre - 1);
      out += held + tag;
      space = false;
      held = '';
      lineStart = true;
    } else if (MEDIUM.test(tag)) {
      // An image or a player is content: a space before or after it shows.
      out += (space ? ' ' : '') + held + tag;
      space = false;
      held = '';
      lineStart = false;
    } else if (space) {
      held += tag;
    } else {
      out += tag;
    }
  }
  return out + held;
}

/**
 * Renders the article container found by `findMainContent`. The container is rewritten in
 * place (images captioned as figures, presentational markup unwrapped).
 *
 * @param container - The article container (one or several sibling elements).
 * @param baseUrl - The page URL, base of relative links and images ('' when unknown).
 * @returns Sanitized HTML, plain text and images of the body.
 * @example
 * const container = findMainContent($, {});
 * if (container) renderContent(container, 'https://example.vn/tin/1.html').contentText;
 */
export function renderContent(container: Cheerio<Element>, baseUrl: string): RenderedContent {
  const roots = container.toArray();
  const images: ArticleImage[] = [];
  const html: string[] = [];
  for (const root of roots) {
    dropNonContent(root);
    images.push(...collectImages(root, baseUrl));
    readyPlayers(root, baseUrl);
    dropStrayCaptions(root);
    normalizeLayout(root);
    absolutize(root, baseUrl);
    html.push(writeSafeHtml(root.children));
  }
  return {
    contentHtml: nfc(collapseWhitespace(html.join('\n'))),
    contentText: toText(roots),
    images,
  };
}
