import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const VOID = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'source',
  'track',
  'wbr',
]);

/** The element paths (`p`, `p/em`, …) of serialized markup, read literally, in document order. */
function literalPaths(html: string): string[] {
  const open: string[] = [];
  const paths: string[] = [];
  for (const [, closing, name = ''] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const tag = name.toLowerCase();
    if (closing === '/') {
      if (open.at(-1) === tag) open.pop();
      else paths.push(`unbalanced </${tag}>`);
      continue;
    }
    paths.push([...open, tag].join('/'));
    if (!VOID.has(tag)) open.push(tag);
  }
  return paths;
}

/** The element paths of the tree an HTML5 parser (parse5, as browsers) builds. */
function html5Paths(html: string): string[] {
  const paths: string[] = [];
  const walk = (nodes: readonly Node[], prefix: string[]): void => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      const path = [...prefix, node.tagName];
      paths.push(path.join('/'));
      walk(node.childNodes, path);
    }
  };
  walk(parseFragment(html).childNodes, []);
  return paths;
}

/**
 * Where an HTML5 parser — a browser, a feed reader, the W3C feed validator's html5lib — builds
 * another tree than the markup says: a block inside a paragraph (`<p><p>`, "Unexpected end tag
 * (p)"), a table in a paragraph, a stray end tag.
 *
 * @param html - serialized HTML with every non-void element closed (`contentHtml`)
 * @returns the element paths that differ (markup, then parsed), empty when the trees agree
 */
export function htmlParseErrors(html: string): string[] {
  const literal = literalPaths(html);
  const parsed = html5Paths(html);
  const differences: string[] = [];
  for (let i = 0; i < Math.max(literal.length, parsed.length); i++) {
    if (literal[i] !== parsed[i]) differences.push(`${literal[i]} ≠ ${parsed[i]}`);
  }
  return differences;
}
