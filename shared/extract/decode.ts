import { isAscii, isUtf8 } from 'node:buffer';
import { NotAnArticleError, UnreadablePageError } from './errors.ts';

/** A decoded page and the charset it was read with. */
export interface DecodedPage {
  readonly html: string;
  /** The charset used, e.g. `utf-8`, `windows-1258`. */
  readonly charset: string;
}

const MAGIC: readonly (readonly [string, (b: Buffer) => boolean])[] = [
  ['image/png', (b) => b.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/gif', (b) => b.subarray(0, 4).toString('latin1') === 'GIF8'],
  [
    'image/webp',
    (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  ],
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['application/zip', (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))],
  ['application/gzip', (b) => b[0] === 0x1f && b[1] === 0x8b],
  ['application/x-executable', (b) => b.subarray(0, 4).toString('latin1') === '\x7fELF'],
  ['video/mp4', (b) => b.subarray(4, 8).toString('latin1') === 'ftyp'],
];

/**
 * Bytes of windows-1258 that carry Vietnamese: the five combining tone marks (0xCC, 0xD2, 0xDE,
 * 0xEC, 0xF2) and the letters Ă ă Đ đ Ơ ơ Ư ư. A page whose high bytes are mostly these is
 * windows-1258 rather than windows-1252.
 */
const CP1258_BYTES = new Set([
  0xcc, 0xd2, 0xde, 0xec, 0xf2, 0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd,
]);

function describeSize(bytes: number): string {
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}

function rejectBinary(buffer: Buffer): void {
  for (const [type, test] of MAGIC) {
    if (buffer.length >= 4 && test(buffer)) {
      throw new UnreadablePageError(
        'binary',
        `Page is not HTML (got ${type}, ${describeSize(buffer.length)})`,
      );
    }
  }
  const head = buffer.subarray(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i] as number;
    if (byte === 0) {
      throw new UnreadablePageError(
        'binary',
        `Page is not HTML (got binary data with NUL bytes, ${describeSize(buffer.length)})`,
      );
    }
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (control > head.length * 0.1) {
    throw new UnreadablePageError(
      'binary',
      `Page is not HTML (got binary data, ${control} control bytes in the first ${head.length}, ${describeSize(buffer.length)})`,
    );
  }
}

function bomCharset(buffer: Buffer): { charset: string; skip: number } | null {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { charset: 'utf-8', skip: 3 };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** The bytes searched first for a declaration: most pages declare their charset at the top. */
const DECLARATION_SPAN = 8192;

/**
 * Comments, scripts and styles: a `<meta>` written in them declares nothing (a commented-out
 * old declaration, a `document.write` of one), as the WHATWG prescan and browsers' parsers skip
 * them.
 */
const NOT_MARKUP = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1|$)/gi;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * The charset declared in a part of a page's head: its first `<meta charset>` or `http-equiv`
 * Content-Type whose label a decoder knows (the WHATWG prescan passes over the others), else
 * its first such label, else its XML declaration's encoding.
 */
function declarationIn(head: string): string | null {
  const first = META_CHARSET.exec(head);
  const xml = /<\?xml\b[^>]*\bencoding\s*=\s*["']([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (first === null) return xml ?? null;
  // Most pages declare before any comment, script or style: nothing to set aside.
  const hidden = /<!--|<script|<style/i.test(head.slice(0, first.index));
  const markup = hidden ? head.replace(NOT_MARKUP, '') : head;
  const all = new RegExp(META_CHARSET, 'gi');
  const labels = Array.from(markup.matchAll(all), (m) => (m[1] as string).toLowerCase());
  return labels.find((label) => canonicalLabel(label) !== null) ?? labels[0] ?? xml ?? null;
}

/** Where a page's head ends: its first `</head>` or `<body>` (either case), else its end. */
function headEnd(buffer: Buffer): number {
  const ends = ['</head', '</HEAD', '<body', '<BODY'].map((tag) => buffer.indexOf(tag));
  return Math.min(...ends.map((end) => (end < 0 ? buffer.length : end)));
}

/**
 * Finds a `<meta charset>`, `http-equiv` Content-Type or XML declaration (see
 * {@link declarationIn}) in the page's first 8 KB, else, when `inHead`, anywhere in its head:
 * browsers' parsers honour a `<meta>` that follows a head's long scripts and styles.
 *
 * @param buffer - the page's bytes
 * @param inHead - whether to look past the first 8 KB (up to the head's end)
 */
export function declaredCharset(buffer: Buffer, inHead = true): string | null {
  const early = declarationIn(buffer.subarray(0, DECLARATION_SPAN).toString('latin1'));
  if ((early !== null && canonicalLabel(early) !== null) || !inHead) return early;
  if (buffer.length <= DECLARATION_SPAN) return early;
  return declarationIn(buffer.subarray(0, headEnd(buffer)).toString('latin1')) ?? early;
}

function hasHighBytes(buffer: Buffer): boolean {
  return !isAscii(buffer);
}

/** Guesses a single-byte charset from the high bytes: Vietnamese windows-1258 or windows-1252. */
function sniffSingleByte(buffer: Buffer): string {
  let high = 0;
  let vietnamese = 0;
  for (const byte of buffer) {
    if (byte < 0x80) continue;
    high++;
    if (CP1258_BYTES.has(byte)) vietnamese++;
  }
  return high > 0 && vietnamese / high >= 0.4 ? 'windows-1258' : 'windows-1252';
}

/**
 * The legacy charsets of the languages whose pages were written in one other than windows-1252,
 * and of their countries' domains (`.ru`), as `languages and .domains:charsets`: the charset an
 * undeclared page in the language most likely has (the fallbacks browsers take by the page's
 * domain), the first that decodes its bytes without error (EUC-JP's rules reject Shift_JIS's
 * kana, not the reverse). Vietnamese is left to {@link sniffSingleByte}: its pages in legacy
 * fonts are windows-1252 (legacy-fonts.ts).
 */
const LEGACY_CHARSETS = new Map(
  'ru uk be bg mk sr kk .ru .ua .by .bg .mk .rs .kz:windows-1251|pl cs sk hu sl hr bs ro sq .pl .cz .sk .hu .si .hr .ba .ro .al:windows-1250|el .gr:iso-8859-7|tr .tr:windows-1254|he .il:windows-1255|ar fa ur .ir .eg .sa .iq .sy:windows-1256|et lt lv .ee .lt .lv:windows-1257|th .th:windows-874|ja .jp:euc-jp shift_jis|zh .cn:gb18030 big5|zh-tw zh-hk zh-hant .tw .hk:big5 gb18030|ko .kr:euc-kr'
    .split('|')
    .flatMap((group) => {
      const [keys = '', charsets = ''] = group.split(':');
      return keys.split(' ').map((key) => [key, charsets.split(' ')] as const);
    }),
);

/**
 * The language a page declares in its first bytes (`<html lang>`, `Content-Language`): a tag
 * of a language and a region at most, so that a charset written there (`utf-8`) is none.
 */
function declaredLanguage(buffer: Buffer): string | null {
  const head = buffer.subarray(0, DECLARATION_SPAN).toString('latin1');
  const tag =
    /<(?:html\b[^>]*?\blang|meta\b[^>]*?content-language[^>]*?\bcontent)\s*=\s*["']?\s*([a-z]{2,3}(?:[-_][a-z]{2,4})?)(?![\w-])/i.exec(
      head,
    )?.[1];
  return tag?.toLowerCase().replace('_', '-') ?? null;
}

/**
 * The legacy charset of a page that is not UTF-8 and declares no charset it has, by the
 * language it declares, else (declaring none) by its URL's country domain (`.ru`, `.co.kr`):
 * browsers detect these, or fall back to the charset of the domain's language (Firefox).
 */
function languageCharset(input: Buffer, url: string | null | undefined): [string, string] | null {
  const declared = declaredLanguage(input);
  let key = declared ?? '';
  if (declared === null) {
    try {
      key = `.${new URL(url ?? '').hostname.split('.').pop()}`;
    } catch {}
  }
  const charsets = LEGACY_CHARSETS.get(key) ?? LEGACY_CHARSETS.get(key.split('-')[0] as string);
  if (charsets === undefined) return null;
  const charset = charsets.find((c) => decodesWithoutError(input, c)) ?? (charsets[0] as string);
  return [charset, declared === null ? `its domain "${key}"` : `its language "${key}"`];
}

function decodesWithoutError(input: Buffer, charset: string): boolean {
  try {
    new TextDecoder(charset, { fatal: true }).decode(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * The WHATWG name of a declared charset label, or null when no decoder knows it. Node's
 * `TextDecoder` (full ICU) implements the WHATWG Encoding Standard, as browsers do: `latin1`,
 * `iso-8859-1` and `us-ascii` are windows-1252, `cp1258` is windows-1258, and so on.
 *
 * @param label - a charset label as a page or a `Content-Type` writes it
 * @returns the charset's name, e.g. `windows-1251`, or null
 * @example canonicalLabel('latin1'); // 'windows-1252'
 */
export function canonicalLabel(label: string): string | null {
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return null;
  }
  // An ASCII-compatible document cannot really be UTF-16; WHATWG reads such a label as UTF-8.
  // WHATWG's GBK decoder is gb18030's; ICU's reads GB18030's four-byte sequences (emoji, rare
  // names) as errors and 101 two-byte codes as private-use characters.
  if (encoding.startsWith('utf-16')) return 'utf-8';
  return encoding === 'gbk' ? 'gb18030' : encoding;
}

/** The bytes decoded with a charset `canonicalLabel` accepted (or a BOM named). */
function decodeAs(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset, { ignoreBOM: true }).decode(bytes);
}

/**
 * A page's bytes checked and with their charset chosen, not yet decoded: the parse decodes the
 * parts it tokenizes and the rest on demand (`parse-page.ts`).
 */
export interface PageBytes {
  /** The page's bytes after any byte-order mark. */
  readonly bytes: Buffer;
  /** The charset they are read with, e.g. `utf-8`, `windows-1258`. */
  readonly charset: string;
  /** Why that charset. */
  readonly reason: CharsetReason;
  /**
   * Decodes `bytes` or other bytes in the same charset (not NFC-normalized). A part of the page
   * cut next to ASCII bytes decodes as it does within the whole page.
   */
  decode(bytes: Buffer): string;
}

/** Why a page's bytes were read in their charset (`syndicate extract --explain`). */
export interface CharsetReason {
  /** e.g. `declared by the page`, `served with the page (Content-Type)`, `sniffed: …`. */
  readonly source: string;
  /** The declarations passed over, and why. */
  readonly note?: string;
}

/** What one declaration says of the bytes: a charset, or nothing (with why, if it said one). */
interface Verdict {
  readonly charset: string | null;
  readonly why?: string;
}

/**
 * The charset a declaration gives the bytes. A label no decoder knows, and a UTF-8 label on
 * bytes that are not UTF-8, give none; a single-byte label on bytes that are valid multi-byte
 * UTF-8 is a common misconfiguration and reads as UTF-8.
 */
function judge(label: string | null | undefined, input: Buffer, utf8: boolean): Verdict {
  if (label === null || label === undefined) return { charset: null };
  const charset = canonicalLabel(label);
  const quoted = JSON.stringify(label);
  if (charset === null) return { charset, why: `${quoted}, which no decoder knows` };
  if (charset === 'utf-8' && !utf8)
    return { charset: null, why: `${quoted}, which its bytes are not` };
  if (charset !== 'utf-8' && utf8 && hasHighBytes(input)) {
    return { charset: 'utf-8', why: `${quoted}, but its bytes are UTF-8` };
  }
  return { charset };
}

/**
 * The charset of valid UTF-8 that declares none: ISO-2022-JP when ASCII bytes switch to JIS X
 * 0208 with its escape sequences (`ESC $ B`, `ESC $ @`), as browsers detect; else UTF-8.
 */
function sniffSevenBit(input: Buffer): [string, string] {
  return !hasHighBytes(input) && (input.includes('\x1b$B') || input.includes('\x1b$@'))
    ? ['iso-2022-jp', 'sniffed: escape sequences of ISO-2022-JP']
    : ['utf-8', 'sniffed: valid UTF-8'];
}

/** The charset of bytes that are not UTF-8 and declare none they have, and why that one. */
function sniffLegacy(input: Buffer, url: string | null | undefined): [string, string] {
  const [charset, why] = languageCharset(input, url) ?? [];
  return charset === undefined
    ? [sniffSingleByte(input), 'sniffed: the high bytes, not UTF-8']
    : [charset, `sniffed: not UTF-8, the legacy charset of ${why}`];
}

/**
 * Checks a page's bytes and chooses their charset, in the order browsers take: a byte-order
 * mark wins, then the charset the page was served with (an HTTP `Content-Type`'s), then a
 * declared `<meta charset>` / `http-equiv` / XML encoding, then sniffing (valid UTF-8, else
 * the legacy charset of the page's language or country domain, else windows-1258 or
 * windows-1252 by the high bytes). Declarations the bytes contradict are
 * passed over ({@link judge}).
 *
 * @param input - the raw page
 * @param served - the charset the page was served with (`Content-Type: text/html;
 *   charset=…`), if known
 * @param url - the page's URL, if known: its country domain hints at a legacy charset
 * @returns the bytes and their charset
 * @throws NotAnArticleError `empty` for an empty or blank page
 * @throws UnreadablePageError `binary` for images, archives and other binary data
 */
export function readPageBytes(
  input: Buffer,
  served?: string | null,
  url?: string | null,
): PageBytes {
  if (isBlank(input)) {
    throw new NotAnArticleError('empty', `Page is empty (${describeSize(input.length)})`);
  }
  const bom = bomCharset(input);
  if (bom) {
    const bytes = input.subarray(bom.skip);
    return {
      bytes,
      charset: bom.charset,
      reason: { source: 'byte-order mark' },
      decode: (part) => decodeAs(part, bom.charset),
    };
  }
  rejectBinary(input);
  // Validated first (a fraction of decoding, and no exception per non-UTF-8 page); valid bytes
  // then decode through Buffer's decoder, which skips TextDecoder's streaming state.
  const utf8 = isUtf8(input);
  const byServer = judge(served, input, utf8);
  // A declaration past the first 8 KB is looked for only where it can matter: bytes that are
  // UTF-8 with more than ASCII are UTF-8.
  const late = !utf8 || !hasHighBytes(input);
  const byPage =
    byServer.charset === null ? judge(declaredCharset(input, late), input, utf8) : null;
  const passed = [
    byServer.why === undefined ? [] : [`served as ${byServer.why}`],
    byPage?.why === undefined ? [] : [`declared as ${byPage.why}`],
  ].flat();
  const note = passed.length === 0 ? {} : { note: passed.join('; ') };
  const [chosen, source] =
    byServer.charset !== null
      ? [byServer.charset, 'served with the page (Content-Type)']
      : byPage?.charset !== null && byPage?.charset !== undefined
        ? [byPage.charset, 'declared by the page']
        : utf8
          ? sniffSevenBit(input)
          : sniffLegacy(input, url);
  return {
    bytes: input,
    charset: chosen,
    reason: { source, ...note },
    // Only valid UTF-8 is read as `utf-8` here, so Buffer's decoder gives what TextDecoder would.
    decode: chosen === 'utf-8' ? (part) => part.toString('utf8') : (part) => decodeAs(part, chosen),
  };
}

/**
 * Decodes a page's bytes to text with its real charset (see {@link readPageBytes}).
 *
 * @param input - the raw page; a string is taken as already decoded
 * @param served - the charset the page was served with (`Content-Type`), if known
 * @param url - the page's URL, if known (see {@link readPageBytes})
 * @returns the text, NFC-normalized, and the charset used
 * @throws NotAnArticleError `empty` for an empty or blank page
 * @throws UnreadablePageError `binary` for images, archives and other binary data
 */
export function decodePage(
  input: Buffer | string,
  served?: string | null,
  url?: string | null,
): DecodedPage {
  if (typeof input === 'string') return decodeText(input);
  const page = readPageBytes(input, served, url);
  return {
    html: page.decode(page.bytes).normalize('NFC'),
    charset: page.charset,
  };
}

/**
 * A page given as text: checked as {@link decodePage} checks bytes, and NFC-normalized.
 *
 * @param input - the page's text
 * @returns the text, NFC-normalized, as charset `utf-8`
 * @throws NotAnArticleError `empty` for a blank page
 * @throws UnreadablePageError `binary` for text with NUL characters
 */
export function decodeText(input: string): DecodedPage {
  if (input.trim() === '') {
    throw new NotAnArticleError('empty', `Page is empty (${input.length} characters)`);
  }
  if (input.includes('\u0000')) {
    throw new UnreadablePageError(
      'binary',
      `Page is not HTML (got text with NUL characters, ${input.length} characters)`,
    );
  }
  return { html: input.normalize('NFC'), charset: 'utf-8' };
}

function isBlank(buffer: Buffer): boolean {
  for (const byte of buffer) {
    if (byte !== 0x20 && (byte < 0x09 || byte > 0x0d)) return false;
  }
  return true;
}
