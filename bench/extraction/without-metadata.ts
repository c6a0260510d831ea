/**
 * Pages without structured data: every JSON-LD script and every `<meta>` tag but the charset's
 * taken out. Old portals (the first publisher's district pages, ASP and PHP sites) carry
 * neither, and then the title, authors, date and lead come from what the page shows alone.
 * Scoring the same pages this way shows how much each field rests on the metadata.
 */

/** A JSON-LD script, whole. */
const JSON_LD =
  /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>[\s\S]*?<\/script\s*>/gi;
/** A meta tag, unless it declares the charset (the page's bytes must still decode alike). */
const META = /<meta\b(?![^>]*\bcharset\b)(?![^>]*http-equiv\s*=\s*["']?content-type)[^>]*>/gi;

/**
 * Removes a page's JSON-LD scripts and its meta tags, the charset declaration kept.
 *
 * @param html - the page's bytes (UTF-8)
 * @returns the page without its structured data
 * @example withoutMetadata(Buffer.from('<meta name="author" content="A"><p>x</p>')).toString()
 * // '<p>x</p>'
 */
export function withoutMetadata(html: Buffer): Buffer {
  return Buffer.from(html.toString('utf8').replace(JSON_LD, '').replace(META, ''), 'utf8');
}
