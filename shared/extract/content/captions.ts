/**
 * Captions of body images: a `<figcaption>` (or a caption-classed element of a `<figure>`), the
 * caption row of a table-wrapped image, or a short italic/centred/caption-classed paragraph
 * right after the image. A found caption is rewritten in place as
 * `<figure><img><figcaption>`, so it is not read again as a body paragraph.
 */
import { type AnyNode, Element, Text } from 'domhandler';
import { hasLetterOrDigit, lowerWords } from '../text.ts';
import {
  append,
  classWords,
  closest,
  descendants,
  detach,
  hasItemprop,
  hasSquashedText,
  isBelow,
  isElement,
  linesExcept,
  replaceWith,
  siblingElement,
  squash,
  textOf,
} from './dom.ts';
import { BLOCK } from './score.ts';
import { shortText } from './short-text.ts';

const FIGURE = new Set(['figure']);
const CELL = new Set(['td', 'th']);
const TABLE = new Set(['table']);
/**
 * Class words of a picture's caption, also as other languages name it: Italian "dida"
 * (didascalia), Spanish "pie de foto", German "Bildunterschrift"/"Bildtext", Dutch
 * "onderschrift"/"bijschrift", Czech "popisek", Polish "podpis", Serbian and Croatian "potpis",
 * Spanish "epígrafe" (Argentina's), and caption's short word "cap" (`photo-cap`, not a drop
 * cap) — those as whole words only ("candidates" is none).
 */
export const CAPTION_HINTS =
  /caption|desc|chu-?thich|legend|credit|note|photo-?text|image-?text|img-?text|expnote|(?<![a-z]|drop-?)cap(?![a-z])|(?<![a-z])(?:dida(?:scalia)?|pie-?(?:de-?)?foto|bildunterschrift|bildtext|onderschrift|bijschrift|popisek|podpis|potpis|epigrafe?)(?![a-z])/;

function isItalic(el: Element): boolean {
  if (el.name === 'em' || el.name === 'i') return true;
  return /font-style\s*:\s*italic/i.test(el.attribs.style ?? '');
}

/** True when every piece of text of `el` sits inside an italic element. */
function allItalic(el: Element): boolean {
  sawText = false;
  return italicBelow(el, isItalic(el)) && sawText;
}

/** Whether {@link italicBelow} met a text that is not blank (a module variable, not a closure per call). */
let sawText = false;

/** Whether every text below `n` is blank or italic (`italic`: an ancestor is). */
function italicBelow(n: AnyNode, italic: boolean): boolean {
  if (n.type === 'text') {
    if (n.data.trim() === '') return true;
    sawText = true;
    return italic;
  }
  if (!isElement(n)) return true;
  const it = italic || isItalic(n);
  return n.children.every((c) => italicBelow(c, it));
}

function hasImage(el: Element): boolean {
  return el.name === 'img' || descendants(el).some((d) => d.name === 'img');
}

/**
 * Whether an element holds a picture of its own: an image before any of its words, or one
 * declared larger than a glyph. An image set after words in their line is a glyph of the text
 * (a camera icon before a caption's credit: "…shiny blue. <img class="photo"
 * src="gallery-cam.png"> Kena Betancur/Getty Images").
 */
function holdsPicture(el: Element): boolean {
  if (el.name === 'img') return true;
  let words = false;
  for (const node of textsAndImages(el)) {
    if (isElement(node)) {
      if (!words || declaredSide(node) > MAX_GLYPH_SIDE) return true;
    } else if (!words && hasLetterOrDigit(node.data)) words = true;
  }
  return false;
}

/** The largest side an image in a line of text may declare and still be one of its glyphs. */
const MAX_GLYPH_SIDE = 100;

/** The larger of an image's declared width and height, 0 when it declares neither. */
function declaredSide(img: Element): number {
  const side = (value: string | undefined) => Number.parseInt(value ?? '', 10) || 0;
  return Math.max(side(img.attribs.width), side(img.attribs.height));
}

/** The text nodes and images below an element, in document order. */
function* textsAndImages(el: Element): Generator<Element | Text> {
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') yield node as Text;
    else if (isElement(node)) {
      if (node.name === 'img') yield node;
      else
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
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
    if (holdsTextOrImages(parent)) break;
    block = parent;
  }
  return block;
}

/**
 * Whether text that {@link squash} keeps, or more than one `<img>`, is below `el`: one walk that
 * stops at the first of either. The parent may be the whole article, or a paragraph of
 * thousands of images and no text, where a walk for text alone read all of it for each image.
 * The walk follows the sibling links, so a long list of children is not copied either.
 */
function holdsTextOrImages(el: Element): boolean {
  let images = 0;
  let node: AnyNode | null = el.children[0] ?? null;
  while (node !== null) {
    if (node.type === 'text') {
      if (/\S/.test(node.data)) return true;
    } else if (isElement(node)) {
      if (node.name === 'img' && ++images > 1) return true;
      const first: AnyNode | undefined = node.children[0];
      if (first !== undefined) {
        node = first;
        continue;
      }
    }
    while (node.next === null) {
      const up: AnyNode | null = node.parent as AnyNode | null;
      if (up === null || up === el) return false;
      node = up;
    }
    node = node.next;
  }
  return false;
}

/**
 * A picture's credit in brackets ending a caption: "(Image: GETTY )", "(AP Photo/Alan Diaz,
 * File)", "(Foto: dpa)", "(Reuters)", "(Lintao Zhang/Getty Images)"; or as Japanese papers
 * end one, after "＝", the day, the place and who took it: "＝…、石川県輪島市、田中一郎撮影".
 */
const BRACKETED_CREDIT =
  /\((?:[^()]*\b(?:photos?|images?|fotos?|bild(?:er)?|credits?|crédits?)\b[^()]*|ap|afp|reuters|dpa|getty images?|epa)\s*\)$|＝[^＝]{0,80}撮影$/iu;

/** Fewest words of a text repeating a picture's alternative text or title (not "Foto"). */
const MIN_REPEATED_WORDS = 4;

/** Fewest words of a text saying word for word what the picture's text says (a name). */
const MIN_SAME_WORDS = 2;

/** Most words a picture credit adds to a repeated description ("| MDR/Haupt"). */
const MAX_CREDIT_WORDS = 5;

/**
 * Whether `text` says what one of the picture's texts (its `alt`, its `title`) says, a credit
 * after either aside: the shorter one's words, at least {@link MIN_REPEATED_WORDS}, open the
 * longer one, which adds at most {@link MAX_CREDIT_WORDS}; or both say the same words, at least
 * {@link MIN_SAME_WORDS}.
 */
function repeatsPictureText(text: string, pictureTexts: readonly string[]): boolean {
  const shown = lowerWords(text);
  return pictureTexts.some((said) => {
    const words = lowerWords(said);
    const [short, long] = words.length <= shown.length ? [words, shown] : [shown, words];
    // Word for word, a name is enough ("Izaskun Lesaka." under her portrait).
    if (short.length === long.length && short.length >= MIN_SAME_WORDS) {
      return short.every((word, i) => long[i] === word);
    }
    return (
      short.length >= MIN_REPEATED_WORDS &&
      long.length - short.length <= MAX_CREDIT_WORDS &&
      short.every((word, i) => long[i] === word)
    );
  });
}

/**
 * The caption the element after a picture's block is: one set as captions are (italic, centred,
 * named so, or marked so by microdata: `itemprop="caption"`, as AEM's image title is), or, whatever its class names, the only other element of the picture's box when
 * its text ends in a bracketed picture credit ({@link BRACKETED_CREDIT}), repeats the
 * picture's alternative text or title ({@link repeatsPictureText}) or has the picture's credit
 * line after it.
 *
 * @param el - the element after the picture's block
 * @param alone - whether the picture's block and it are all their box holds
 * @param pictureTexts - the picture's alternative text and title, as the page wrote them
 * @param credited - whether the picture's credit line follows it ({@link creditLineAfter})
 */
function isCaptionParagraph(
  el: Element,
  alone: boolean,
  pictureTexts: readonly string[],
  credited: boolean,
): string | null {
  if (!CAPTION_TAGS.has(el.name)) return null;
  if (holdsPicture(el)) return null;
  const text = captionText(el);
  if (text === '' || text.length > MAX_DESCRIBED_CAPTION_CHARS) return null;
  // Longer than a caption, it is one only when it says again what the picture's alternative
  // text says (a description of several sentences, as the CMS wrote both).
  if (text.length > MAX_CAPTION_CHARS && !repeatsPictureText(text, pictureTexts)) return null;
  if (el.name === 'figcaption') return text;
  const centered =
    /text-align\s*:\s*center/i.test(el.attribs.style ?? '') || el.attribs.align === 'center';
  if (
    allItalic(el) ||
    CAPTION_HINTS.test(classWords(el)) ||
    centered ||
    el.name === 'center' ||
    hasItemprop(el, 'caption')
  ) {
    return text;
  }
  return alone &&
    (credited || BRACKETED_CREDIT.test(text) || repeatsPictureText(text, pictureTexts))
    ? text
    : null;
}

/**
 * A caption's text, its lines read apart ("…entwickelte.<br>Foto © Peter Steiger", a credit in a
 * `<div>` of its own), without the space a line break left inside brackets: "(<div>Image: Getty
 * Images)</div>" reads "(Image: Getty Images)".
 */
function captionText(caption: Element): string {
  return squash(linesExcept([caption], () => false, BLOCK).join(' '))
    .replace(/([([{]) /g, '$1')
    .replace(/ ([)\]}])/g, '$1');
}

/** Elements a caption after a picture is written in (a `<figcaption>` outside a figure too). */
const CAPTION_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'em',
  'i',
  'span',
  'small',
  'center',
  'font',
  'figcaption',
]);

/** Longest caption read after a picture. */
const MAX_CAPTION_CHARS = 250;

/** Longest caption read after a picture that says again what the picture's `alt` says. */
const MAX_DESCRIBED_CAPTION_CHARS = 1000;

/** A box's element children, text between them aside when it is blank or a comment. */
function elementChildren(box: Element): Element[] | null {
  const out: Element[] = [];
  for (const c of box.children) {
    if (isElement(c)) out.push(c);
    else if (c.type === 'text' ? c.data.trim() !== '' : c.type !== 'comment') return null;
  }
  return out;
}

/**
 * Marks as a caption (`<figcaption>`, which {@link pairCaption} pairs) the text between a
 * picture and the picture's credit line when the three are all their box holds
 * (`<div><span><picture>…</picture></span><p>Pictured right, …</p><p>Image: …</p></div>`),
 * whatever the class names: the credit line goes as furniture, and the caption, left alone by
 * the picture, would read as the body's text.
 *
 * @param credit - the credit line, about to be removed
 */
export function markCaptionBeforeCredit(credit: Element): void {
  const box = credit.parent;
  if (box === null || !isElement(box as AnyNode)) return;
  const children = elementChildren(box as Element);
  if (children === null || children.length !== 3 || children[2] !== credit) return;
  const [picture, caption] = children as [Element, Element];
  if (!hasImage(picture) || hasSquashedText(picture)) return;
  if (!CAPTION_TAGS.has(caption.name) || hasImage(caption)) return;
  const text = squash(textOf(caption));
  if (text !== '' && text.length <= MAX_CAPTION_CHARS) caption.name = 'figcaption';
}

/**
 * Whether a picture's block and the element after it are all their box holds, besides the
 * picture's credit line after them (`credit`, when there is one).
 */
function aloneInBox(block: Element, next: Element, credit: Element | null): boolean {
  const box = block.parent;
  // Spaces and comments aside, two children: a box of many holds more than these two.
  if (box === null || !isElement(box as AnyNode) || box.children.length > 9) return false;
  return (box as Element).children.every(
    (c) =>
      c === block ||
      c === next ||
      c === credit ||
      (c.type === 'text' && c.data.trim() === '') ||
      c.type === 'comment',
  );
}

/** Longest credit line read after a caption. */
const MAX_CREDIT_LINE_CHARS = 120;

/**
 * The element after `caption` when it is a picture's credit in brackets alone ("(Image: ©
 * NASA/ESA/K. Retherford/SWRI)") and the last of their box, else null.
 */
function creditLineAfter(caption: Element): Element | null {
  const credit = siblingElement(caption, 'next');
  if (credit === null || siblingElement(credit, 'next') !== null || hasImage(credit)) return null;
  const text = shortText(credit, MAX_CREDIT_LINE_CHARS);
  return text?.startsWith('(') && BRACKETED_CREDIT.test(text) ? credit : null;
}

/**
 * The elements that caption a picture right after its block, as the body's pictures are read
 * ({@link isCaptionParagraph}), whatever their class names: the caption, and the credit line
 * under it when there is one.
 *
 * @param block - the picture, or the element holding it and nothing else
 * @param pictureTexts - the picture's alternative text and title
 * @returns the caption's elements, or none when the element after the block is no caption
 */
export function captionElementsAfter(
  block: Element,
  pictureTexts: readonly string[],
): readonly Element[] {
  const next = siblingElement(block, 'next');
  if (next === null) return [];
  const credit = creditLineAfter(next);
  const alone = aloneInBox(block, next, credit);
  if (isCaptionParagraph(next, alone, pictureTexts, credit !== null) === null) return [];
  return credit === null ? [next] : [next, credit];
}

/**
 * Puts `<figure><img><figcaption>caption</figcaption></figure>` in the place of `block` (the
 * image itself, or a box holding it), made directly: parsing that markup (`$('<figure>…')`) ran
 * the HTML parser for each captioned image.
 */
function figureInPlaceOf(block: Element, img: Element, caption: string): void {
  const text = new Text(caption);
  const figcaption = new Element('figcaption', {}, [text]);
  text.parent = figcaption;
  const figure = new Element('figure', {}, []);
  // Placed before the image leaves: the block may be the image.
  replaceWith(block, [figure]);
  append(figure, img);
  append(figure, figcaption);
}

/** Longest text of a figure read as its caption when no element is named one. */
const MAX_FIGURE_CAPTION_CHARS = 400;

/**
 * The outermost element of a figure that holds all the text the figure shows and no picture
 * (`<figure><picture>…</picture><div><div>Sept. 6, 1946: …</div><div>(Los Angeles
 * Times)</div></div></figure>`): what a figure says besides its picture is its caption. None
 * when the figure's text is longer than a caption or spread over several elements.
 *
 * @param figure - the `<figure>`
 * @param inside - its descendants, in document order
 */
function figureText(figure: Element, inside: readonly Element[]): Element | undefined {
  const all = shortText(figure, MAX_FIGURE_CAPTION_CHARS);
  if (all === null || all === '') return undefined;
  return inside.find((d) => !hasImage(d) && shortText(d, MAX_FIGURE_CAPTION_CHARS) === all);
}

/**
 * Finds the caption of `img` and restructures its surroundings as a `<figure>`.
 *
 * @param img - the picture
 * @param container - the article container
 * @param pictureTexts - the picture's alternative text and title as the page wrote them (the
 *   image's attributes may be rewritten already)
 * @returns the caption's text, or null
 */
export function pairCaption(
  img: Element,
  container: Element,
  pictureTexts: readonly string[],
): string | null {
  const figure = closest(img, FIGURE, container);
  if (figure !== null) {
    const inside = descendants(figure);
    let caption = inside.find((d) => d.name === 'figcaption');
    // A template that closes the figure before its caption (`<figure><img></figure>
    // <figcaption>…`): the caption right after it is its own, and moves in.
    const after = caption === undefined ? siblingElement(figure, 'next') : null;
    if (after !== null && after.name === 'figcaption') {
      append(figure, after);
      caption = after;
    }
    if (caption === undefined) {
      // `<figure><img><div class="caption">` — the caption under another name; whatever its
      // class names, the one element holding all the text the figure shows besides its picture.
      const hinted = inside.find(
        (d) => !hasImage(d) && (CAPTION_HINTS.test(classWords(d)) || hasItemprop(d, 'caption')),
      );
      caption = hinted ?? figureText(figure, inside);
      if (caption !== undefined) caption.name = 'figcaption';
      // The picture's credit in a box of its own beside the caption (Brightspot's
      // `Figure-credit` after `Figure-caption`) is the caption's too, not the body's text.
      if (hinted !== undefined) {
        for (const d of inside) {
          if (d === hinted || isBelow(d, hinted) || isBelow(hinted, d) || hasImage(d)) continue;
          if (CAPTION_HINTS.test(classWords(d))) append(hinted, d);
        }
      }
    }
    // Blocks of the caption read apart: a caption line and a credit line under it.
    const text = caption ? captionText(caption) : '';
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
        figureInPlaceOf(table, img, text);
        return text;
      }
    }
  }
  const block = imageBlock(img, container);
  const next = siblingElement(block, 'next');
  const credit = next === null ? null : creditLineAfter(next);
  let caption = next
    ? isCaptionParagraph(next, aloneInBox(block, next, credit), pictureTexts, credit !== null)
    : null;
  if (caption !== null && next !== null) {
    if (credit !== null) {
      // The credit line under the caption is the caption's: "… Europa. (Image: © NASA/…)".
      caption = `${caption} ${squash(textOf(credit))}`;
      detach(credit);
    }
    detach(next);
    figureInPlaceOf(block, img, caption);
    return caption;
  }
  // `<p><img><br><em>caption</em></p>`: the caption shares the image's paragraph.
  const parent = block.parent;
  if (parent !== null && parent !== container && isElement(parent as AnyNode)) {
    const p = parent as Element;
    // The shape test first: it fails early, where reading the rest's text reads it all (and
    // without a copy of the children: a paragraph may hold thousands of images).
    let shaped = true;
    for (const c of p.children as AnyNode[]) {
      if (c === block) continue;
      shaped =
        c.type === 'text' ? c.data.trim() === '' : !isElement(c) || c.name === 'br' || allItalic(c);
      if (!shaped) break;
    }
    const rest = shaped
      ? squash(
          p.children
            .filter((c) => c !== block)
            .map((c) => textOf(c))
            .join(' '),
        )
      : '';
    if (rest !== '' && rest.length <= 250) {
      caption = rest;
      figureInPlaceOf(p, img, caption);
      return caption;
    }
  }
  return null;
}
