/**
 * Headings' permalinks: documentation generators and blogs put a link to the heading's own
 * fragment inside it (Sphinx's `<a class="headerlink" href="#…">¶</a>`, a `#` or `§` shown on
 * hover). Its sign is no word of the heading: read as text it ends the title with "¶" and every
 * section heading of the body with it. So with a footnote's link back to its citation ("↩",
 * "↩︎" of Markdown's generators and WordPress's footnotes, Wikipedia's "^"), which ended every
 * note.
 */
import type { Element } from 'domhandler';
import { fromSource } from './from-source.ts';

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Levels above a link within which its heading is looked for. */
const HEADING_DEPTH = 3;

/** A sign and nothing else: no letter or digit ("¶", "#", "§", "🔗"). */
const SIGN_ONLY = fromSource(String.raw`^[^\p{L}\p{N}]+$`, 'u');

/** A footnote's back-link's sign, with a variation selector or none. */
const BACK_SIGN = /^[↩^][\uFE0E\uFE0F]?$/;

/**
 * Whether a link is a heading's permalink (to a fragment, inside the heading, a sign alone) or a
 * footnote's back-link (to a fragment, {@link BACK_SIGN} alone).
 */
function isPermalinkSign(link: Element): boolean {
  if (!link.attribs.href?.startsWith('#')) return false;
  if (!link.children.every((child) => child.type === 'text')) return false;
  const text = link.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
  if (BACK_SIGN.test(text.trim())) return true;
  if (!SIGN_ONLY.test(text.trim())) return false;
  let up = link.parent;
  for (let level = 0; level < HEADING_DEPTH && up !== null && up.type === 'tag'; level++) {
    if (HEADINGS.has((up as Element).name)) return true;
    up = up.parent;
  }
  return false;
}

/**
 * Empties the permalinks of the page's headings and its footnotes' back-links (their sign goes;
 * the link stays, empty, so that the parse's list of elements stays valid).
 *
 * @param elements - every element of the page, in document order (as `parsePage` lists them)
 * @returns how many permalinks were emptied
 */
export function emptyHeadingPermalinks(elements: readonly Element[]): number {
  let emptied = 0;
  for (const el of elements) {
    if (el.name !== 'a' || el.children.length === 0 || !isPermalinkSign(el)) continue;
    for (const child of el.children) child.parent = null;
    el.children = [];
    emptied++;
  }
  return emptied;
}
