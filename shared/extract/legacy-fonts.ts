/**
 * Vietnamese text written in the legacy font encodings, from before Unicode: TCVN3 (ABC; the
 * `.VnTime` family) and VNI-Windows (the `VNI-Times` family). Such text is Latin-1 characters
 * that the font draws as Vietnamese letters ("c«ng t¸c", "coâng taùc" for "công tác"), and old
 * government and school portals still serve documents pasted from word processors that way.
 * Without the font, a reader — and a feed — sees the Latin-1 characters. Where the page
 * declares such a font for an element (`<font face>`, a `style`'s `font-family` or `font`), the
 * text it holds is converted to Unicode, unless it is Unicode Vietnamese already: editors keep
 * the legacy font's name on text typed in Unicode, which browsers then draw with another font.
 */
import type { AnyNode, Element } from 'domhandler';
import { textOf } from './content/dom.ts';
import { BLOCK } from './content/score.ts';

/** The encodings, and TCVN3's capitals fonts (`.VnTimeH`: its small letters drawn as capitals). */
type Encoding = 'tcvn3' | 'tcvn3-capitals' | 'vni';

/** TCVN3's codes and the letters they stand for, one for one. */
const TCVN3_CODES =
  '\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae' +
  'µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_LETTERS =
  'ĂÂÊÔƠƯĐăâêôơưđ' + 'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';

let tcvn3Table: Map<string, string> | undefined;

function tcvn3Letter(code: string): string | undefined {
  if (tcvn3Table === undefined) {
    tcvn3Table = new Map();
    const letters = [...TCVN3_LETTERS];
    for (let i = 0; i < TCVN3_CODES.length; i++) {
      tcvn3Table.set(TCVN3_CODES[i] as string, letters[i] as string);
    }
  }
  return tcvn3Table.get(code);
}

/** VNI's tone marks after a vowel: acute, grave, hook, tilde, dot below. */
const VNI_TONES: Readonly<Record<string, string>> = {
  ù: '\u0301',
  ø: '\u0300',
  û: '\u0309',
  õ: '\u0303',
  ï: '\u0323',
};
/** VNI's marks of a circumflex (after a, e, o), alone or with a tone. */
const VNI_CIRCUMFLEX: Readonly<Record<string, string>> = {
  â: '',
  á: '\u0301',
  à: '\u0300',
  å: '\u0309',
  ã: '\u0303',
  ä: '\u0323',
};
/** VNI's marks of a breve (after a), alone or with a tone. */
const VNI_BREVE: Readonly<Record<string, string>> = {
  ê: '',
  é: '\u0301',
  è: '\u0300',
  ú: '\u0309',
  ü: '\u0303',
  ë: '\u0323',
};
/** VNI's letters of one character: i with its tones, y with a dot, đ, and the horned ơ and ư. */
const VNI_LETTERS: Readonly<Record<string, string>> = {
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  ñ: 'đ',
  ô: 'ơ',
  ö: 'ư',
};

/** A VNI letter: a vowel and its marks, or a letter of one character and a tone. */
const VNI_SEQUENCE = /([aeiouy])([âáàåãäêéèúüë])?([ùøûõï])?|([ôö])([ùøûõï])?|[íìæóòîñ]/giu;

function vniLetter(
  sequence: string,
  base: string | undefined,
  shape: string | undefined,
  tone: string | undefined,
  horned: string | undefined,
  hornTone: string | undefined,
): string {
  const lower = (text: string) => text.toLowerCase();
  const capital = (letter: string, like: string) =>
    like === like.toLowerCase() ? letter : letter.toUpperCase();
  if (horned !== undefined) {
    const letter = capital(VNI_LETTERS[lower(horned)] as string, horned);
    return hornTone === undefined ? letter : letter + (VNI_TONES[lower(hornTone)] as string);
  }
  if (base === undefined) return capital(VNI_LETTERS[lower(sequence)] as string, sequence);
  let letter = base;
  if (shape !== undefined) {
    const mark = lower(shape);
    const vowel = lower(base);
    const circumflex = VNI_CIRCUMFLEX[mark];
    const breve = VNI_BREVE[mark];
    if (circumflex !== undefined && (vowel === 'a' || vowel === 'e' || vowel === 'o')) {
      letter += `\u0302${circumflex}`;
    } else if (breve !== undefined && vowel === 'a') letter += `\u0306${breve}`;
    // A mark that fits no vowel is a letter of its own: read again, after the vowel.
    else return base + convertVni(shape + (tone ?? ''));
  }
  return tone === undefined ? letter : letter + (VNI_TONES[lower(tone)] as string);
}

function convertVni(text: string): string {
  return text.replace(VNI_SEQUENCE, vniLetter);
}

/**
 * Text in a legacy encoding, in Unicode (NFC).
 *
 * @param text - the text as the page's characters give it
 * @param encoding - the font's encoding
 * @returns the text the font shows
 * @example
 * fromLegacyFont('c«ng t¸c', 'tcvn3'); // 'công tác'
 * fromLegacyFont('coâng taùc', 'vni'); // 'công tác'
 */
export function fromLegacyFont(text: string, encoding: Encoding): string {
  if (encoding === 'vni') return convertVni(text).normalize('NFC');
  let out = '';
  for (const ch of text) out += tcvn3Letter(ch) ?? ch;
  return encoding === 'tcvn3-capitals' ? out.toUpperCase() : out;
}

/** The first family of a font declaration, without quotes. */
function firstFamily(families: string): string {
  return (families.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, '');
}

const FONT_IN_STYLE = /(?:^|;)\s*font(?:-family)?\s*:([^;]*)/i;
/** A CSS `font` shorthand's family list: after its size (and line height). */
const SHORTHAND_FAMILIES = /\d(?:\.\d+)?(?:pt|px|em|rem|%)(?:\s*\/\s*[\d.]+\w*)?\s+(.+)$/i;

/** The font family an element declares (its face, or its style's font), or null. */
function declaredFamily(el: Element): string | null {
  const { face, style } = el.attribs;
  if (face !== undefined) return firstFamily(face);
  if (style === undefined) return null;
  const font = FONT_IN_STYLE.exec(style);
  if (font === null) return null;
  const value = (font[1] as string).trim();
  const shorthand = SHORTHAND_FAMILIES.exec(value);
  return firstFamily(shorthand === null ? value : (shorthand[1] as string));
}

/** The legacy encoding of a font family, or null (Unicode fonts, and no family). */
export function legacyEncoding(family: string): Encoding | null {
  if (/^vni[- ]/i.test(family)) return 'vni';
  if (/^\.vn[a-z]/i.test(family)) return /h$/i.test(family) ? 'tcvn3-capitals' : 'tcvn3';
  return null;
}

/** Vietnamese letters outside Latin-1: text holding one is Unicode Vietnamese already. */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
/** Characters a legacy font draws as Vietnamese letters. */
const LEGACY_CODES = /[\u00a1-\u00fe]/;
/** Those codes but the Latin-1 letters Unicode Vietnamese writes too ("á", "ê", "ô", "ý"…). */
const OTHER_LEGACY_CODES =
  /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/;

/** The nearest block ancestor of an element (or null). */
function enclosingBlock(el: Element): Element | null {
  for (
    let node = el.parent as Element | null;
    node !== null;
    node = node.parent as Element | null
  ) {
    if (node.type === 'tag' && BLOCK.has(node.name)) return node;
    if (node.type !== 'tag') return null;
  }
  return null;
}

/** The text nodes whose nearest ancestor declaring a font is `scope`. */
function scopeTexts(scope: Element): AnyNode[] {
  const texts: AnyNode[] = [];
  const stack: AnyNode[] = [...scope.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') texts.push(node);
    else if (node.type === 'tag' && declaredFamily(node as Element) === null) {
      const { children } = node as Element;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return texts;
}

/**
 * Whether the page's source may name a legacy font: the only pages worth a walk. In bytes, it
 * holds `VNI`, `vni`, `Vni`, `.VN`, `.Vn` or `.vn` (bytes in an ASCII-compatible charset: not
 * UTF-16's, whose pages the caller walks).
 */
export function mayNameLegacyFont(html: Buffer | string): boolean {
  if (typeof html === 'string') return /vni|\.vn/i.test(html);
  // Each name is one of three pairs with an `I`/`i` after it or a dot before: three searches
  // for pairs, not six for names whose first byte (`.`, `v` as in `div`) the page is full of.
  return (
    holdsPairBetween(html, 'VN', I_UPPER) ||
    holdsPairBetween(html, 'Vn', I_LOWER) ||
    holdsPairBetween(html, 'vn', I_LOWER)
  );
}

const I_UPPER = 0x49;
const I_LOWER = 0x69;
const DOT = 0x2e;

/** Whether the bytes hold the two ASCII letters `pair` with byte `after` after them or a dot before. */
function holdsPairBetween(bytes: Buffer, pair: string, after: number): boolean {
  for (let at = bytes.indexOf(pair); at >= 0; at = bytes.indexOf(pair, at + 1)) {
    if (bytes[at + 2] === after || (at > 0 && bytes[at - 1] === DOT)) return true;
  }
  return false;
}

/**
 * Converts to Unicode the text of the elements declaring a legacy Vietnamese font, each
 * element's text up to its descendants declaring a font of their own, unless that text holds
 * Unicode Vietnamese already.
 *
 * @param elements - every element of the page, in document order (as `parsePage` lists them)
 * @returns how many elements' text was converted
 */
export function convertLegacyFontText(elements: readonly Element[]): number {
  // A font that also holds Unicode Vietnamese on the page was kept when its text was converted:
  // its text of Latin-1 letters only ("(Theo Báo Yên Bái)") is Unicode too, not TCVN3's "Bỏo".
  const unicodeIn = new Set<Encoding>();
  const pending: {
    readonly texts: AnyNode[];
    readonly encoding: Encoding;
    readonly joined: string;
  }[] = [];
  for (const el of elements) {
    if (el.attribs.face === undefined && el.attribs.style === undefined) continue;
    const family = declaredFamily(el);
    const encoding = family === null ? null : legacyEncoding(family);
    if (encoding === null) continue;
    const texts = scopeTexts(el);
    const joined = texts.map((node) => (node.type === 'text' ? node.data : '')).join('');
    if (UNICODE_VIETNAMESE.test(joined)) unicodeIn.add(encoding);
    if (!LEGACY_CODES.test(joined) || UNICODE_VIETNAMESE.test(joined)) continue;
    // An inline phrase, maybe too short to tell ("Lá"), is read with its paragraph's text.
    const block = BLOCK.has(el.name) ? null : enclosingBlock(el);
    if (block !== null && UNICODE_VIETNAMESE.test(textOf(block))) continue;
    pending.push({ texts, encoding, joined });
  }
  let converted = 0;
  for (const { texts, encoding, joined } of pending) {
    if (unicodeIn.has(encoding) && !OTHER_LEGACY_CODES.test(joined)) continue;
    for (const node of texts) {
      if (node.type === 'text') node.data = fromLegacyFont(node.data, encoding);
    }
    converted++;
  }
  return converted;
}
