/**
 * Finds the content of a page's `<script>` and `<style>` elements in its bytes, before the page
 * is decoded and tokenized. More than half of a news page's bytes are such content, which the
 * tokenizer otherwise scans one character at a time for its end tag; `Buffer.indexOf` finds it
 * natively.
 *
 * The search looks only at `<script`, `<style` (lower or upper case) and comments, and reads
 * each such start tag and its end as htmlparser2's tokenizer does (version pinned in
 * package.json): quoted attribute values, self-closing `<script/>` (not raw text to
 * htmlparser2), the end tag `</script` followed by `>` or whitespace. Bytes 0x1C and 0x0F, which
 * htmlparser2 reads as `<` and `/` in some states, must not occur in the page. It does not follow every
 * state of the tokenizer (a `<script` inside an attribute value or a `<textarea>` is taken for a
 * tag): `parse-page.ts` proves after the parse that the parser read raw text exactly where each
 * section was found, and parses the whole page otherwise.
 */

/** The content of one `<script>` or `<style>` element: `bytes[start, end)`. */
export interface RawSection {
  readonly tag: 'script' | 'style';
  readonly start: number;
  readonly end: number;
}

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** htmlparser2's whitespace: space, tab, line feed, form feed, carriage return. */
function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** What ends a tag name: whitespace, `/` or `>`. */
function endsTagName(c: number | undefined): boolean {
  return c === SLASH || c === GT || isSpace(c);
}

/** Whether `bytes[at…]` spells `word` (lower case ASCII) in any case. */
function spells(bytes: Buffer, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (((bytes[at + i] ?? 0) | 0x20) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** A raw-text element the search looks for: its end tag's name, lower case. */
interface RawTag {
  readonly tag: RawSection['tag'];
  readonly nameLength: number;
}

const SCRIPT: RawTag = { tag: 'script', nameLength: 6 };
const STYLE: RawTag = { tag: 'style', nameLength: 5 };

/** `<script` or `<style` at `lt` as the tokenizer reads a tag name (in any case), or null. */
function rawTagAt(bytes: Buffer, lt: number): RawTag | null {
  const tag = ((bytes[lt + 2] ?? 0) | 0x20) === 0x63 ? SCRIPT : STYLE;
  return spells(bytes, lt + 1, tag.tag) && endsTagName(bytes[lt + 1 + tag.nameLength]) ? tag : null;
}

/**
 * Where a start tag ends, from the first byte after its name: the index of its `>` and whether
 * it closed itself (`/>`), following the tokenizer's attribute states; null when the page ends
 * inside the tag.
 */
function startTagEnd(bytes: Buffer, from: number): { gt: number; selfClosing: boolean } | null {
  const n = bytes.length;
  let i = from;
  // 0 before a name, 1 after `/`, 2 in a name, 3 after a name, 4 before a value, 5 unquoted value
  let state = 0;
  while (i < n) {
    const c = bytes[i] as number;
    switch (state) {
      case 0:
        if (c === GT) return { gt: i, selfClosing: false };
        if (c === SLASH) state = 1;
        else if (!isSpace(c)) state = 2;
        break;
      case 1:
        if (c === GT) return { gt: i, selfClosing: true };
        if (!isSpace(c)) {
          state = 0;
          continue;
        }
        break;
      case 2:
        if (c === EQUALS || endsTagName(c)) {
          state = 3;
          continue;
        }
        break;
      case 3:
        if (c === EQUALS) state = 4;
        else if (c === SLASH || c === GT) {
          state = 0;
          continue;
        } else if (!isSpace(c)) state = 2;
        break;
      case 4:
        if (c === DQUOTE || c === SQUOTE) {
          const close = bytes.indexOf(c, i + 1);
          if (close < 0) return null;
          i = close;
          state = 0;
        } else if (!isSpace(c)) {
          state = 5;
          continue;
        }
        break;
      default:
        if (isSpace(c) || c === GT) {
          state = 0;
          continue;
        }
    }
    i += 1;
  }
  return null;
}

/**
 * Where raw text that began at `from` ends: the index of the `<` of the first `</name` followed
 * by `>` or whitespace, or -1 when the page ends first. (htmlparser2 also takes bytes 0x1C and
 * 0x0F for `<` and `/` there: the caller excludes pages holding them.)
 */
function rawTextEnd(bytes: Buffer, from: number, name: string): number {
  const n = bytes.length;
  for (let lt = bytes.indexOf('</', from); lt >= 0; lt = bytes.indexOf('</', lt + 1)) {
    if (spells(bytes, lt + 2, name)) {
      const after = lt + 2 + name.length;
      if (after >= n) return -1;
      const c = bytes[after];
      if (c === GT || isSpace(c)) return lt;
    }
  }
  return -1;
}

/**
 * What the search stops at: raw-text start tags as pages write them (`<SCRIPT>` is left to the
 * tokenizer), and comments, which often hold old `<script>` tags.
 */
const PATTERNS = ['<script', '<style', '<!--'].map((p) => Buffer.from(p));
const COMMENT = PATTERNS.length - 1;

/**
 * Finds the content of the page's `<script>` and `<style>` elements, in document order. The
 * bytes must be ASCII-compatible (UTF-8 or a single-byte charset) and free of 0x1C and 0x0F. Stops at the first such
 * element or comment the page does not close.
 *
 * @param bytes - the page
 * @returns the sections, empty ones included
 * @example findRawSections(Buffer.from('<p>a</p><script>x()</script>'))
 * // [{ tag: 'script', start: 16, end: 19 }]
 */
export function findRawSections(bytes: Buffer): RawSection[] {
  const sections: RawSection[] = [];
  // The next occurrence of each pattern at or after `i`, searched again only once passed.
  const next = PATTERNS.map(() => -2);
  let i = 0;
  for (;;) {
    let at = -1;
    let which = -1;
    for (let p = 0; p < PATTERNS.length; p++) {
      let found = next[p] as number;
      if (found !== -1 && found < i) {
        found = bytes.indexOf(PATTERNS[p] as Buffer, i);
        next[p] = found;
      }
      if (found >= 0 && (at < 0 || found < at)) {
        at = found;
        which = p;
      }
    }
    if (at < 0) break;
    if (which === COMMENT) {
      // A comment ends at the first `-->`, its dashes may be the opening ones (`<!-->`).
      const end = bytes.indexOf('-->', at + 2);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const raw = rawTagAt(bytes, at);
    if (raw === null) {
      i = at + 1;
      continue;
    }
    const tag = startTagEnd(bytes, at + 1 + raw.nameLength);
    if (tag === null) break;
    i = tag.gt + 1;
    if (tag.selfClosing) continue;
    const end = rawTextEnd(bytes, i, raw.tag);
    if (end < 0) break;
    sections.push({ tag: raw.tag, start: i, end });
    i = end;
  }
  return sections;
}
