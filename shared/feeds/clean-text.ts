/**
 * Characters a feed must never carry. XML 1.0 allows only `#x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; a strict parser rejects the whole document for one
 * stray form feed copied from a CMS. DEL and the C1 controls are legal but never meaningful in
 * an article (they are mis-decoded Windows-1252 bytes), so they go too. The same set is removed
 * from JSON feeds: a lone surrogate cannot be encoded in UTF-8 at all.
 */
const ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character {@link ILLEGAL} might remove, surrogates of valid pairs included, or `\r`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Removes the characters that are illegal or meaningless in XML 1.0 and normalizes line breaks.
 *
 * Line breaks become `\n` because an XML parser turns `\r\n` and `\r` into `\n` anyway; doing it
 * here keeps the text a reader sees equal to the text we meant, in both formats.
 *
 * @param text - any string from an article or the configuration
 * @returns the text without control characters (tab and newline kept), lone surrogates,
 *   U+FFFE and U+FFFF
 * @example
 * cleanText('a\u0000b\r\nc'); // 'ab\nc'
 */
export function cleanText(text: string): string {
  // Most text has nothing to remove: one scan of a plain character class finds out, where the
  // removal pattern (with its lookarounds for surrogate pairs) costs several times more.
  if (!SUSPECT.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(ILLEGAL, '');
}
