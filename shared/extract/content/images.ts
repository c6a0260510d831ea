/**
 * Images of the article body: the real URL behind lazy-loading attributes, tracking pixels and
 * ads left out, and the caption paired from a `<figcaption>`, the caption row of a
 * table-wrapped image, or a short italic/caption paragraph right after the image. Captioned
 * images are rewritten in place as `<figure><img><figcaption>` so the caption is not read as a
 * body paragraph.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ArticleImage } from '../../article.ts';
import { isHomeLink } from '../headline-element.ts';
import { pairCaption } from './captions.ts';
import {
  classAndId,
  classWords,
  closest,
  descendants,
  detachAll,
  isElement,
  squash,
  textOf,
} from './dom.ts';
import { absoluteUrl } from './url.ts';

const LINK = new Set(['a']);

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
/**
 * No picture's address: data, a placeholder's file, or a copy in the folder a browser's "Save
 * page" writes beside the page (`./Title_files/a.jpg`, Firefox's localized `-Dateien`,
 * `_fichiers`, `_archivos`): on the site that path names nothing.
 */
const PLACEHOLDER =
  /^data:|(?:^|\/)(?:blank|spacer|pixel|placeholder|transparent|grey|gray|lazy|loading|clear)\.(?:gif|png|svg|jpe?g)|^(?:\.\/)?[^/:]+(?:_files|-Dateien|_fichiers|_archivos|_arquivos)\//i;
const AD_HOSTS =
  /(?:^|\.)(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|google-analytics\.com|googletagmanager\.com|scorecardresearch\.com|quantserve\.com|amazon-adsystem\.com|adnxs\.com|criteo\.(?:com|net)|taboola\.com|outbrain\.com|moatads\.com|adsrvr\.org|pubmatic\.com|rubiconproject\.com|openx\.net|facebook\.com|chartbeat\.net|statcounter\.com|bat\.bing\.com|pixel\.[a-z.]+|ads?\.[a-z0-9.-]+|adserver\.[a-z.]+)$/i;
const TRACKING_PATH =
  /\/(?:pixel|beacon|tracking|1x1|spacer|impression)(?:\.(?:gif|png|php|aspx?)|[/?]|$)|\/(?:adserver|ads|adverts?|banners?)\//i;
/**
 * A URL reference as written in an attribute: no spaces, quotes, braces or brackets. A
 * lazy-loading attribute may hold data instead (a JSON object of sizes and sources), which
 * read as a relative URL would give a broken, invalid image address.
 */
const URL_REFERENCE = /^[^\s"'<>{}[\]`]+$/;
/**
 * The `src` a browser loads: spaces inside it are part of the address (a CMS's file name,
 * "Seite 4_Selve Cavergno.JPG", which the URL parser percent-encodes), not a list of sizes.
 */
const SRC_REFERENCE = /^[^"'<>{}[\]`]+$/;
/**
 * A button's or an icon's file name, without its extension: Joomla's `printButton`,
 * `emailButton`, `pdf_button`, `icon_pdf`, `ic_share`, `btn-print` — a word for a button or an
 * icon opening or closing the name, the rest a word or two, no photograph's name
 * (`button-factory-workers`) — or a file type's name alone, an attachment list's icon (`pdf`,
 * `xls`, `doc_icon`, `word16`).
 */
const BUTTON_OR_ICON_FILE =
  /^(?:(?:[Ii]cons?|[Ii]co|[Ii]c|[Bb]tn|[Bb]utton)[-_][A-Za-z]{1,12}\d*|[A-Za-z]{1,12}(?:[-_](?:button|btn|icon|ico)|Button|Btn|Icon)\d*|[Ii]cons?|[Bb]uttons?|(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|pptx?|PPTX?|zip|rar|word|excel|file|attach(?:ment)?)(?:[-_]?(?:icon|ico|small|\d{1,3}))?)$/;

/** Whether an image's address names a button or an icon by its file ({@link BUTTON_OR_ICON_FILE}). */
function namesButtonOrIcon(pathname: string): boolean {
  const file = pathname.slice(pathname.lastIndexOf('/') + 1);
  return BUTTON_OR_ICON_FILE.test(file.replace(/\.(?:png|gif|svg|jpe?g|webp)$/i, ''));
}

/** Declared sides at or under this many pixels: a pixel, an icon or an avatar. */
const MIN_SIDE = 48;
const AD_HINTS = /\bads?\b|\bad[-_]|advert|sponsor|banner|tracking|pixel/;

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
    if (v && URL_REFERENCE.test(v) && !PLACEHOLDER.test(v)) return v;
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
  return src && SRC_REFERENCE.test(src) && !PLACEHOLDER.test(src) ? src : otherLazySource(a);
}

/** An image file's address: a path ending in a picture's extension, perhaps a query after it. */
const IMAGE_FILE = /^[^\s"'<>{}[\]`]*\.(?:jpe?g|png|webp|gif|avif)(?:[?#][^\s"'<>{}[\]`]*)?$/i;

/**
 * A lazy source under another name, when no known attribute and no `src` give the picture
 * (Gannett's `data-gl-src` and `data-gl-srcset`, `data-lazyload`, `data-echo`, `data-img-src`):
 * a `data-` attribute holding an image file's address, or a srcset in one named so.
 */
function otherLazySource(attribs: Readonly<Record<string, string>>): string | null {
  for (const [name, value] of Object.entries(attribs)) {
    if (!name.startsWith('data-')) continue;
    if (name.endsWith('srcset')) {
      const best = largestFromSrcset(value);
      if (best !== null) return best;
      continue;
    }
    const v = value.trim();
    if (IMAGE_FILE.test(v) && !PLACEHOLDER.test(v)) return v;
  }
  return null;
}

function dimension(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 && /^\s*\d+(?:px)?\s*$/.test(value) ? n : null;
}

/** A pixel size declared in an inline style, by property (made once, not per image). */
const STYLE_SIZE: Readonly<Record<'width' | 'height', RegExp>> = {
  width: /(?:^|;)\s*width\s*:\s*(\d+)px/i,
  height: /(?:^|;)\s*height\s*:\s*(\d+)px/i,
};

function styleSize(style: string | undefined, prop: 'width' | 'height'): number | null {
  if (style === undefined) return null;
  const m = STYLE_SIZE[prop].exec(style);
  return m?.[1] === undefined ? null : Number(m[1]);
}

/**
 * True for tracking pixels, ad images, buttons, icons and the site's logo (a picture linking to
 * its home page), which are not images of the article.
 */
export function isTrackingOrAd(img: Element, url: string): boolean {
  const width = dimension(img.attribs.width) ?? styleSize(img.attribs.style, 'width');
  const height = dimension(img.attribs.height) ?? styleSize(img.attribs.style, 'height');
  // Pixels are 1×1; icons, avatars and logos are a few dozen pixels: neither illustrates a story.
  if ((width !== null && width <= MIN_SIDE) || (height !== null && height <= MIN_SIDE)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (AD_HOSTS.test(parsed.hostname) || TRACKING_PATH.test(parsed.pathname + parsed.search)) {
    return true;
  }
  if (namesButtonOrIcon(parsed.pathname)) return true;
  if (
    AD_HINTS.test(classWords(img)) ||
    /^(?:advertisement|ad|sponsored)$/i.test(img.attribs.alt ?? '')
  ) {
    return true;
  }
  const link = closest(img, LINK, null);
  // A picture linking to the site's home page is its logo (a page builder's header band).
  if (link !== null && isHomeLink(link)) return true;
  if (link !== null) {
    try {
      const target = new URL(link.attribs.href ?? '', url);
      if (AD_HOSTS.test(target.hostname)) return true;
      if (isCallToAction(img, link, target)) return true;
    } catch {
      // An unparsable link says nothing about the image.
    }
  }
  return false;
}

/** A call to action's word in a name or an address: "hs-cta-img", `cta-redirect.…`, `/cta/…`. */
const CTA_WORD = /(?:^|[\s./_-])cta(?:$|[\s./_-])/;
/** The boxes above a picture whose names are read for a call to action: its link, its wrappers. */
const CTA_BOXES = 3;

/**
 * Whether a linked picture is a call-to-action button (a marketing tool's "Download the free
 * checklist" image): its link shows no words, and the picture, the boxes around it or the link's
 * address name a call to action ({@link CTA_WORD}: HubSpot's `hs-cta-wrapper` and tracked
 * `cta-redirect.hubspot.com/cta/redirect/…`, a theme's `cta-banner`).
 */
function isCallToAction(img: Element, link: Element, target: URL): boolean {
  if (squash(textOf(link)) !== '') return false;
  if (CTA_WORD.test(target.hostname + target.pathname)) return true;
  let box: Element | null = img;
  for (let i = 0; i <= CTA_BOXES && box !== null; i++, box = box.parent as Element | null) {
    if (box.type !== 'tag') return false;
    if (CTA_WORD.test(classAndId(box))) return true;
  }
  return false;
}

/**
 * Resolves, filters and captions the images of `container` in reading order, rewriting each
 * kept `<img>` to its absolute `src` (plus `alt`, `width`, `height`) and removing the others.
 *
 * @param container - The cleaned article container.
 * @param baseUrl - Base for relative URLs.
 * @returns The images, without duplicates.
 */
export function collectImages(container: Element, baseUrl: string): ArticleImage[] {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  // The images removed since the last caption was paired, detached together (see removeImage).
  const removed = new Set<Element>();
  for (const img of descendants(container).filter((d) => d.name === 'img')) {
    const raw = imageSource(img);
    const url = raw === null ? null : absoluteUrl(raw, baseUrl);
    if (url === null || !/^https?:/.test(url) || isTrackingOrAd(img, url) || seen.has(url)) {
      removed.add(removeImage(img, container, removed));
      continue;
    }
    seen.add(url);
    const alt = squash(img.attribs.alt ?? '') || null;
    const width = dimension(img.attribs.width);
    const height = dimension(img.attribs.height);
    const pictureTexts = [img.attribs.alt ?? '', img.attribs.title ?? ''];
    img.attribs = { src: url };
    if (alt !== null) img.attribs.alt = alt;
    if (width !== null) img.attribs.width = String(width);
    if (height !== null) img.attribs.height = String(height);
    // Pairing reads the image's neighbours and counts the images around it: as they are.
    detachAll(removed);
    removed.clear();
    const caption = pairCaption(img, container, pictureTexts);
    images.push({ url, caption, alt, width, height });
  }
  detachAll(removed);
  return images;
}

/**
 * What removing an image takes out: the image and the wrappers (link, picture, figure) it
 * leaves empty. The caller detaches it, with the others removed before the next caption is
 * paired: one at a time, each search and splice of a long sibling list made 50,000 duplicates
 * of an image in one paragraph take 3 s. Until then they stay in place, as if gone: a wrapper is
 * empty when all else in it is in `removed`. Nothing else reads them: what is removed holds no
 * image not yet handled (one image, blank text and `<source>`s, which hold nothing), so no
 * image handled later is below it, and the tests of an image read its own attributes, its
 * ancestors and its `<picture>`'s sources.
 *
 * @param img - the image
 * @param container - the article container, never removed
 * @param removed - what is removed but not detached yet
 * @returns the outermost element to detach
 */
function removeImage(img: Element, container: Element, removed: ReadonlySet<Element>): Element {
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
        (isElement(c) && (c.name === 'source' || removed.has(c))),
    )
  ) {
    node = node.parent as Element;
  }
  return node;
}
