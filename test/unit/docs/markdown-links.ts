/**
 * Reads the parts of a Markdown file that the documentation test checks: its heading anchors
 * (as GitHub generates them) and its relative links. Code blocks and code spans are skipped,
 * since neither renders a link or a heading.
 */

/** A relative link found in a Markdown file. */
export interface RelativeLink {
  /** The path part, relative to the file (empty for a link to an anchor of the same file). */
  readonly path: string;
  /** The anchor after `#`, or null. */
  readonly anchor: string | null;
  /** 1-based line of the link, for the failure message. */
  readonly line: number;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const LINK = /\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The lines of a Markdown text outside fenced code blocks, with their 1-based numbers. */
function proseLines(markdown: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (FENCE.test(text)) fenced = !fenced;
    else if (!fenced) lines.push({ text, line: index + 1 });
  });
  return lines;
}

/**
 * The anchor GitHub gives a heading: lower case, punctuation dropped (code ticks included),
 * spaces as hyphens.
 *
 * @param heading - the heading's text, without the leading `#`s
 * @returns the anchor, without `#`
 * @example headingAnchor('Local servers for tests and `npm start`') // 'local-servers-for-tests-and-npm-start'
 */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Every heading anchor of a Markdown text; a repeated heading gets `-1`, `-2`… as on GitHub.
 *
 * @param markdown - the file's text
 * @returns the anchors
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const heading = HEADING.exec(text)?.[1];
    if (heading === undefined) continue;
    const base = headingAnchor(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/**
 * Every relative link of a Markdown text (external URLs and `mailto:` are left out).
 *
 * @param markdown - the file's text
 * @returns the links, in order
 */
export function relativeLinks(markdown: string): RelativeLink[] {
  const links: RelativeLink[] = [];
  for (const { text, line } of proseLines(markdown)) {
    const withoutCode = text.replace(/`[^`]*`/g, (span) => (span.includes('](') ? '' : span));
    for (const match of withoutCode.matchAll(LINK)) {
      const target = match[1] ?? '';
      if (EXTERNAL.test(target)) continue;
      const hash = target.indexOf('#');
      links.push({
        path: decodeURI(hash === -1 ? target : target.slice(0, hash)),
        anchor: hash === -1 ? null : target.slice(hash + 1),
        line,
      });
    }
  }
  return links;
}
