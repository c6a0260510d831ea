/**
 * Images of the article body: the real URL behind lazy-loading attributes, tracking pixels and
 * ads left out, and the caption paired from a `<figcaption>`, the caption row of a
 * table-wrapped image, or a short italic/caption paragraph right after the image. Captioned
 * images are rewritten in place as `<figure><img><figcaption>` so the caption is not read as a
 * body paragraph.
 */
import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { ArticleImage } from '../../article.ts';
import {
  classAndId,
  closest,
  descendants,
  detach,
  isElement,
  replaceWith,
  squash,
  textOf,
} from './dom.ts';
import { absoluteUrl } from './url.ts';

const LINK = new Set(['a']);
const FIGURE = new Set(['figure']);
const CELL = new Set(['td', 'th']);
const TABLE = new Set(['table']);

const LAZY_ATTRIBUTES = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-lazy',
  'data-original-src',
  'data-hi-res-src',
  'data-full-src',
  'data-url',
];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset', 'srcset'];
const PLACEHOLDER =
  /^data:|(?:^|\/)(?:blank|spacer|pixel|placeholder|transparent|grey|gray|lazy|loading|clear)\.(?:gif|png|svg|jpe?g)/i;
const AD_HOSTS =
  /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|google-analytics\.com|googletagmanager\.com|scorecardresearch\.com|quantserve\.com|amazon-adsystem\.com|adnxs\.com|criteo\.(?:com|net)|taboola\.com|outbrain\.com|moatads\.com|adsrvr\.org|pubmatic\.com|rubiconproject\.com|openx\.net|facebook\.com|chartbeat\.net|statcounter\.com|bat\.bing\.com|pixel\.[a-z.]+|ads?\.[a-z0-9.-]+|adserver\.[a-z.]+)$/i;
const TRACKING_PATH =
  /\/(?:pixel|beacon|tracking|track|1x1|spacer|impression)(?:[./?_-]|$)|[?&](?:utm_|pixel)/i;
const AD_HINTS = /\bads?\b|\bad[-_]|advert|sponsor|banner|tracking|pixel/;
const CAPTION_HINTS =
  /caption|desc|chu-?thich|legend|credit|note|photo-?text|image-?text|img-?text|expnote/;

function largestFromSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (url === undefined || url === '' || url.startsWith('data:')) continue;
    const size = descriptor === undefined ? 1 : Number.parseFloat(descriptor) || 1;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** The real source of an `<img>`: lazy attributes, then the largest `srcset`, then `src`. */
export function imageSource(img: Element): string | null {
  const a = img.attribs;
  for (const name of LAZY_ATTRIBUTES) {
    const v = a[name]?.trim();
    if (v && !PLACEHOLDER.test(v)) return v;
  }
  for (const name of SRCSET_ATTRIBUTES) {
    const v = a[name];
    const best = v ? largestFromSrcset(v) : null;
    if (best !== null) return best;
  }
  const picture = img.parent && isElement(img.parent as AnyNode) ? (img.parent as Element) : null;
  if (picture?.name === 'picture') {
    for (const source of picture.children) {
      if (!isElement(source) || source.name !== 'source') continue;
      const v = source.attribs['data-srcset'] ?? source.attribs.srcset;
      const best = v ? largestFromSrcset(v) : null;
      if (best !== null) return best;
    }
  }
  const src = a.src?.trim();
  return src && !PLACEHOLDER.test(src) ? src : null;
}

function dimension(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 && /^\s*\d+(?:px)?\s*$/.test(value) ? n : null;
}

function styleSize(style: string | undefined, prop: 'width' | 'height'): number | null {
  if (style === undefined) return null;
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(\\d+)px`, 'i').exec(style);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** True for tracking pixels and ad images, which are not images of the article. */
export function isTrackingOrAd(img: Element, url: string): boolean {
  const width = dimension(img.attribs.width) ?? styleSize(img.attribs.style, 'width');
  const height = dimension(img.attribs.height) ?? styleSize(img.attribs.style, 'height');
  if ((width !== null && width <= 2) || (height !== null && height <= 2)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (AD_HOSTS.test(parsed.hostname) || TRACKING_PATH.test(parsed.pathname + parsed.search)) {
    return true;
  }
  if (
    AD_HINTS.test(classAndId(img)) ||
    /^(?:advertisement|ad|sponsored)$/i.test(img.attribs.alt ?? '')
  ) {
    return true;
  }
  const link = closest(img, LINK, null);
  if (link !== null) {
    try {
      if (AD_HOSTS.test(new URL(link.attribs.href ?? '', url).hostname)) return true;
    } catch {
      // An unparsable link says nothing about the image.
    }
  }
  return false;
}

function isItalic(el: Element): boolean {
  if (el.name === 'em' || el.name === 'i') return true;
  return /font-style\s*:\s*italic/i.test(el.attribs.style ?? '');
}

/** True when every piece of text of `el` sits inside an italic element. */
function allItalic(el: Element): boolean {
  let sawText = false;
  const visit = (n: AnyNode, italic: boolean): boolean => {
    if (n.type === 'text') {
      if (n.data.trim() === '') return true;
      sawText = true;
      return italic;
    }
    if (!isElement(n)) return true;
    const it = italic || isItalic(n);
    return n.children.every((c) => visit(c, it));
  };
  return visit(el, isItalic(el)) && sawText;
}

function hasImage(el: Element): boolean {
  return el.name === 'img' || descendants(el).some((d) => d.name === 'img');
}

function nextElement(node: AnyNode): Element | null {
  for (let n = node.next; n !== null; n = n.next) {
    if (isElement(n)) return n;
    if (n.type === 'text' && n.data.trim() !== '') return null;
  }
  return null;
}

/** The outermost ancestor of `img` below `container` that holds nothing but the image. */
function imageBlock(img: Element, container: Element): Element {
  let block = img;
  while (
    block.parent !== null &&
    block.parent !== container &&
    isElement(block.parent as AnyNode)
  ) {
    const parent = block.parent as Element;
    if (
      squash(textOf(parent)) !== '' ||
      descendants(parent).filter((d) => d.name === 'img').length > 1
    ) {
      break;
    }
    block = parent;
  }
  return block;
}

function isCaptionParagraph(el: Element): string | null {
  if (!['p', 'div', 'em', 'i', 'span', 'small', 'center', 'font'].includes(el.name)) return null;
  if (hasImage(el)) return null;
  const text = squash(textOf(el));
  if (text === '' || text.length > 250) return null;
  const centered =
    /text-align\s*:\s*center/i.test(el.attribs.style ?? '') || el.attribs.align === 'center';
  if (allItalic(el) || CAPTION_HINTS.test(classAndId(el)) || centered || el.name === 'center') {
    return text;
  }
  return null;
}

function makeFigure($: CheerioAPI, img: Element, caption: string): Element {
  const figure = $('<figure><figcaption></figcaption></figure>')[0] as Element;
  const figcaption = figure.children[0] as Element;
  $(figcaption).text(caption);
  detach(img);
  figure.children.unshift(img);
  img.parent = figure;
  img.next = figcaption;
  figcaption.prev = img;
  return figure;
}

/** Finds the caption of `img` and restructures its surroundings as a `<figure>`. */
function pairCaption($: CheerioAPI, img: Element, container: Element): string | null {
  const figure = closest(img, FIGURE, container);
  if (figure !== null) {
    const inside = descendants(figure);
    let caption = inside.find((d) => d.name === 'figcaption');
    if (caption === undefined) {
      // `<figure><img><div class="caption">` — the caption under another name.
      caption = inside.find((d) => !hasImage(d) && CAPTION_HINTS.test(classAndId(d)));
      if (caption !== undefined) caption.name = 'figcaption';
    }
    const text = caption ? squash(textOf(caption)) : '';
    return text === '' ? null : text;
  }
  const cell = closest(img, CELL, container);
  const table = cell ? closest(cell, TABLE, container) : null;
  if (cell !== null && table !== null) {
    const rows = descendants(table).filter((d) => d.name === 'tr');
    const images = descendants(table).filter((d) => d.name === 'img');
    if (rows.length <= 4 && images.length === 1) {
      const text = squash(
        rows
          .filter((r) => !hasImage(r))
          .map((r) => textOf(r))
          .join(' '),
      );
      if (text !== '' && text.length <= 300) {
        replaceWith(table, [makeFigure($, img, text)]);
        return text;
      }
    }
  }
  const block = imageBlock(img, container);
  const next = nextElement(block);
  let caption = next ? isCaptionParagraph(next) : null;
  if (caption !== null && next !== null) {
    detach(next);
    replaceWith(block, [makeFigure($, img, caption)]);
    return caption;
  }
  // `<p><img><br><em>caption</em></p>`: the caption shares the image's paragraph.
  const parent = block.parent;
  if (parent !== null && parent !== container && isElement(parent as AnyNode)) {
    const p = parent as Element;
    const others = p.children.filter((c) => c !== block);
    const rest = squash(others.map((c) => textOf(c)).join(' '));
    if (
      rest !== '' &&
      rest.length <= 250 &&
      others.every((c) =>
        c.type === 'text' ? c.data.trim() === '' : !isElement(c) || c.name === 'br' || allItalic(c),
      )
    ) {
      caption = rest;
      replaceWith(p, [makeFigure($, img, caption)]);
      return caption;
    }
  }
  return null;
}

/**
 * Resolves, filters and captions the images of `container` in reading order, rewriting each
 * kept `<img>` to its absolute `src` (plus `alt`, `width`, `height`) and removing the others.
 *
 * @param $ - The document.
 * @param container - The cleaned article container.
 * @param baseUrl - Base for relative URLs.
 * @returns The images, without duplicates.
 */
export function collectImages($: CheerioAPI, container: Element, baseUrl: string): ArticleImage[] {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  for (const img of descendants(container).filter((d) => d.name === 'img')) {
    const raw = imageSource(img);
    const url = raw === null ? null : absoluteUrl(raw, baseUrl);
    if (url === null || !/^https?:/.test(url) || isTrackingOrAd(img, url) || seen.has(url)) {
      removeImage(img, container);
      continue;
    }
    seen.add(url);
    const alt = squash(img.attribs.alt ?? '') || null;
    const width = dimension(img.attribs.width);
    const height = dimension(img.attribs.height);
    img.attribs = { src: url };
    if (alt !== null) img.attribs.alt = alt;
    if (width !== null) img.attribs.width = String(width);
    if (height !== null) img.attribs.height = String(height);
    const caption = pairCaption($, img, container);
    images.push({ url, caption, alt, width, height });
  }
  return images;
}

/** Removes an image and the wrappers (link, picture, figure) it leaves empty. */
function removeImage(img: Element, container: Element): void {
  let node: Element = img;
  while (
    node.parent !== null &&
    node.parent !== container &&
    isElement(node.parent as AnyNode) &&
    ['a', 'picture', 'figure', 'span', 'div', 'p'].includes((node.parent as Element).name) &&
    (node.parent as Element).children.every(
      (c) =>
        c === node ||
        (c.type === 'text' && c.data.trim() === '') ||
        (isElement(c) && c.name === 'source'),
    )
  ) {
    node = node.parent as Element;
  }
  detach(node);
}
