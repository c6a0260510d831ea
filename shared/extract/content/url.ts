/** URL resolution for the article body. */

const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|data|file)\s*:/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const CONTROLS = /[\u0000-\u001f\u007f]/g;

/**
 * Resolves `value` against `base` into an absolute URL.
 *
 * @param value - An attribute value (`href`, `src`).
 * @param base - The page URL (may be empty when unknown).
 * @returns The absolute URL, the value itself when it cannot be resolved but is harmless, or
 *   null for unsafe schemes (`javascript:`, `data:`…) and empty values.
 * @example absoluteUrl('/a.jpg', 'https://example.vn/tin/1.html') // 'https://example.vn/a.jpg'
 */
export function absoluteUrl(value: string, base: string): string | null {
  // Control characters and whitespace inside a scheme are how `java\nscript:` sneaks past filters.
  const cleaned = (CONTROL.test(value) ? value.replace(CONTROLS, '') : value).trim();
  if (cleaned === '' || UNSAFE_SCHEME.test(cleaned)) return null;
  try {
    return new URL(cleaned, base === '' ? undefined : base).href;
  } catch {
    try {
      return new URL(cleaned).href;
    } catch {
      return cleaned;
    }
  }
}
