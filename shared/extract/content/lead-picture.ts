/**
 * The article's lead picture: the one a page shows before the body (a theme's featured image,
 * an AMP page's hero, an article header's figure under the headline), which the body finder
 * leaves out of the body's block and the renderer puts at its start, so that the feed item
 * carries the picture the reader saw first.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { captionElementsAfter } from './captions.ts';
import {
  classWords,
  descendants,
  isBelow,
  isElement,
  PICTURE_FILE,
  precedes,
  siblingElement,
  squash,
  textOf,
} from './dom.ts';

/** Most text a lead picture's box holds besides the picture: its caption. */
const MAX_LEAD_PICTURE_TEXT = 300;

/** A picture declared narrower or lower than this, in pixels, is an icon. */
const MIN_PICTURE_SIDE = 100;

/** Boxes whose class says their picture is not the article's. */
const NOT_LEAD_PICTURE =
  /gallery|slider|carousel|swiper|slideshow|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|sponsor|logo|avatar|author|profile|icon|share|social|related|teaser|promo/;

/**
 * The article's lead picture, shown before its body: the box right before the body's first
 * block in the same wrapper (a theme's featured image, an AMP page's hero), else the one picture
 * between the headline and the body ({@link pictureUnderHeadline}).
 *
 * @param h1s - the page's `<h1>` elements
 * @param first - the body's first block, before the body is wrapped or cleaned
 * @returns the picture's box, or null
 */
export function leadPictureOf(h1s: readonly Element[], first: Element): Element | null {
  return pictureBefore(first) ?? pictureUnderHeadline(h1s, first) ?? videoAboveHeadline(h1s, first);
}

/**
 * A video page's player right before the block that holds the headline and the body's first
 * block (`<div class="player"><video>…</video></div><div><h1>…</h1>…<p>…</p></div>`): the box of
 * one `<video>` of the page's own, nothing else but a caption ({@link isLeadPictureBox}).
 */
function videoAboveHeadline(h1s: readonly Element[], first: Element): Element | null {
  const headline = h1s.find((h1) => precedes(h1, first) && !isBelow(h1, first));
  if (headline === undefined) return null;
  for (let up = first.parent; up !== null && isElement(up); up = up.parent) {
    if (!isBelow(headline, up)) continue;
    const box = siblingElement(up, 'prev');
    return box !== null && descendants(box).some((d) => d.name === 'video') && isLeadPictureBox(box)
      ? box
      : null;
  }
  return null;
}

/**
 * The element sibling right before `top` when it is a lead picture's box
 * ({@link isLeadPictureBox}); else null.
 */
function pictureBefore(top: Element): Element | null {
  const node = siblingElement(top, 'prev');
  return node !== null && isLeadPictureBox(node) ? node : null;
}

/** A logo's file name, without its extension: `logo_248`, `site-logo`, `fblogo`, `logo-tinh`. */
const LOGO_NAME = /^logo|logo(?:[-_]?\d+)?$/i;

/**
 * Whether a picture's address names a logo by its file's name, opening or ending with the word
 * (`logo_248`, `site-logo.png`, `fblogo.jpg`); a photograph of one is named for more
 * (`alibaba-logo-getty-1024-683.jpg`).
 *
 * @param address - the picture's URL or path
 */
export function namesLogo(address: string): boolean {
  const file = address.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return LOGO_NAME.test(file.replace(/\.[a-z0-9]+$/i, ''));
}

/**
 * Whether a picture is an icon or a logo, no article's: declared narrower or lower than
 * {@link MIN_PICTURE_SIDE}, or its file named a logo.
 */
function isIcon(picture: Element): boolean {
  const width = Number(picture.attribs.width);
  const height = Number(picture.attribs.height);
  if ((width > 0 && width < MIN_PICTURE_SIDE) || (height > 0 && height < MIN_PICTURE_SIDE)) {
    return true;
  }
  return namesLogo(picture.attribs.src ?? '');
}

/** Whether an element is a picture: an `<img>` (not the fallback an `<amp-img>` holds), an `<amp-img>`. */
function isPicture(el: Element): boolean {
  if (el.name === 'amp-img') return true;
  return (
    el.name === 'img' &&
    !(el.parent !== null && isElement(el.parent) && el.parent.name === 'amp-img')
  );
}

/**
 * Whether a box shows one picture of the article and nothing else: the picture, not an icon,
 * no link but to the picture's file, no player or form, no text but its caption (at most
 * {@link MAX_LEAD_PICTURE_TEXT} characters), and no class naming a gallery, an ad, an author or
 * other furniture.
 */
export function isLeadPictureBox(box: Element): boolean {
  if (NOT_LEAD_PICTURE.test(classWords(box))) return false;
  let pictures = 0;
  let videos = 0;
  let picture: Element | null = null;
  for (const d of [box, ...descendants(box)]) {
    if (isPicture(d)) {
      if (isIcon(d)) return false;
      pictures++;
      picture = d;
    } else if (d.name === 'a') {
      if (!PICTURE_FILE.test(d.attribs.href ?? '')) return false;
    } else if (d.name === 'video' && playsOwnFile(d)) {
      pictures++;
      videos++;
    } else if (d.name === 'iframe' || d.name === 'video' || d.name === 'form') {
      return false;
    }
  }
  if (pictures !== 1) return false;
  // A video of the page's own, with nothing but a caption beside it.
  if (videos === 1) return squash(textOf(box)).length <= MAX_LEAD_PICTURE_TEXT;
  if (picture === null) return false;
  if (squash(textOf(box)).length > MAX_LEAD_PICTURE_TEXT) return false;
  return onlyCaptionText(box, looseCaption(box, picture));
}

/** Whether a `<video>` plays a file of its own (`src`, or a `<source>` with one), not a script's. */
function playsOwnFile(video: Element): boolean {
  if ((video.attribs.src ?? '').trim() !== '') return true;
  return video.children.some(
    (c) => isElement(c) && c.name === 'source' && (c.attribs.src ?? '').trim() !== '',
  );
}

/**
 * The elements right after the picture's block, inside its box, that caption it by how they are
 * set or what they say ({@link captionElementsAfter}: italics, a bracketed credit, the words of
 * the picture's `alt`), whatever their class names; none when the block is the box's last.
 */
function looseCaption(box: Element, picture: Element): readonly Element[] {
  const texts = [picture.attribs.alt, picture.attribs.title].filter(
    (t): t is string => t !== undefined,
  );
  for (let block = picture; block !== box; ) {
    if (siblingElement(block, 'next') !== null) return captionElementsAfter(block, texts);
    const up = block.parent;
    if (up === null || !isElement(up)) return [];
    block = up;
  }
  return [];
}

/** Most elements walked from the headline to the body, looking for its picture. */
const MAX_ELEMENTS_UNDER_HEADLINE = 200;

/** Wrappers that hold the site's furniture, not the article's picture. */
const FURNITURE_WRAPPER = /sidebar|widget|(?:^|[\s_-])nav|menu/;

/**
 * The one picture the page shows between its headline (the last `<h1>` before the body) and the
 * body's first block, as its box: an article header's figure under the headline and byline.
 * Icons (an author's portrait) are passed over; two pictures, or one in a sidebar, a widget, an
 * `<aside>` or a `<nav>`, give none.
 *
 * @param h1s - the page's `<h1>` elements
 * @param first - the body's first block
 * @returns the picture's box, or null
 */
function pictureUnderHeadline(h1s: readonly Element[], first: Element): Element | null {
  const headline = h1s.filter((h1) => precedes(h1, first) && !isBelow(h1, first)).at(-1);
  if (headline === undefined) return null;
  let picture: Element | null = null;
  let walked = 0;
  for (let node = nextAfter(headline); node !== null && node !== first; node = next(node)) {
    if (++walked > MAX_ELEMENTS_UNDER_HEADLINE) return null;
    if (!isPicture(node) || isIcon(node)) continue;
    if (picture !== null) return null;
    picture = node;
  }
  if (picture === null) return null;
  // The outermost box around it that is the picture's alone, below what holds the headline.
  let box: Element = picture;
  for (let up = box.parent; up !== null && isElement(up); up = up.parent) {
    if (isBelow(headline, up) || isBelow(first, up) || !isLeadPictureBox(up)) break;
    box = up;
  }
  if (!isLeadPictureBox(box)) return null;
  // The box stands beside the headline or the body, not beside other words (a paragraph next to
  // a picture is its caption, or a teaser's).
  const holder = box.parent;
  if (holder === null || !(isBelow(headline, holder) || isBelow(first, holder))) return null;
  for (let up: ParentNode | null = box; up !== null && isElement(up); up = up.parent) {
    if (isBelow(headline, up)) return box;
    if (up.name === 'aside' || up.name === 'nav' || FURNITURE_WRAPPER.test(classWords(up))) {
      return null;
    }
    // A picture linking to another page is a teaser's.
    if (up.name === 'a' && !PICTURE_FILE.test(up.attribs.href ?? '')) return null;
  }
  return null;
}

/** The element after `node` in document order, descending into it. */
function next(node: Element): Element | null {
  const child = node.children.find(isElement);
  return child ?? nextAfter(node);
}

/** The element after `node`'s subtree in document order. */
function nextAfter(node: Element): Element | null {
  for (let at: AnyNode | null = node; at !== null && isElement(at); at = at.parent) {
    for (let sibling = at.next; sibling !== null; sibling = sibling.next) {
      if (isElement(sibling)) return sibling;
    }
  }
  return null;
}

/** Elements whose class says they caption a picture. */
const CAPTION_CLASS = /caption|legend|epigraf|potpis/;

/**
 * Whether all the text of a picture's box is its caption: in a `<figcaption>`, an element whose
 * class says so, or `captions` (a teaser's headline, an author's name or a credit line left
 * loose beside the picture is none).
 */
function onlyCaptionText(box: Element, captions: readonly Element[]): boolean {
  const stack: AnyNode[] = [box];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      if (node.data.trim() !== '') return false;
    } else if (isElement(node)) {
      if (node.name === 'figcaption' || CAPTION_CLASS.test(classWords(node))) continue;
      if (captions.includes(node)) continue;
      for (const child of node.children) stack.push(child);
    }
  }
  return true;
}
