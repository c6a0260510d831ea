/**
 * Whether a text holds a C0 control character or DEL — never part of a path or key a person
 * names (a NUL truncates strings in many servers).
 *
 * @param text - e.g. a decoded path segment
 * @returns true when a character is U+0000–U+001F or U+007F
 * @example hasControlCharacter('a\u0000b'); // true
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
