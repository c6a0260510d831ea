/**
 * fast-check arbitraries for hostile and broken HTML: random element trees with real-world tag
 * and attribute vocabulary (malformed on purpose), byte-level mutations of a real page, and
 * random bytes.
 */
import fc from 'fast-check';
import { VIETNAMESE_PARAGRAPHS } from './pages.ts';

const TAGS = [
  'html',
  'head',
  'body',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'noscript',
  'template',
  'article',
  'main',
  'section',
  'div',
  'span',
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'font',
  'b',
  'i',
  'em',
  'strong',
  'a',
  'img',
  'picture',
  'source',
  'figure',
  'figcaption',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'iframe',
  'video',
  'svg',
  'math',
  'form',
  'input',
  'textarea',
  'select',
  'option',
  'header',
  'footer',
  'nav',
  'aside',
  'time',
  'center',
  'marquee',
  'frameset',
  'x-custom',
  // Names of properties every object has: a lookup by element name must not take them for a rule.
  'constructor',
] as const;

const ATTRIBUTES = [
  'class',
  'id',
  'href',
  'src',
  'data-src',
  'data-original',
  'data-lazy-src',
  'srcset',
  'style',
  'hidden',
  'alt',
  'width',
  'height',
  'lang',
  'charset',
  'http-equiv',
  'content',
  'property',
  'name',
  'rel',
  'itemprop',
  'itemtype',
  'datetime',
  'onclick',
  'onerror',
  'type',
  'aria-hidden',
] as const;

const INTERESTING_VALUES = [
  'content',
  'article-body',
  'entry-content',
  'comment',
  'share',
  'related',
  'ads',
  'sapo',
  'display:none',
  'visibility:hidden',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  'data:text/html,<script>alert(1)</script>',
  'https://example.com/a.jpg',
  '//cdn.example.com/b.png',
  '/rel/path.jpg',
  '../up.html',
  '#frag',
  '100',
  '-1',
  'NaN',
  '1e309',
  '  ',
  'canonical',
  'og:url',
  'og:title',
  'og:image',
  'article:published_time',
  'author',
  'description',
  'keywords',
  '2024-02-30T99:99',
  '14/12/2023 16:05',
  'Thứ sáu, 8/3/2024, 07:30 (GMT+7)',
  'text/html; charset=windows-1258',
  'application/ld+json',
  'a.jpg 1x, b.jpg 2x, javascript:x 3x',
  'utf-8',
  'x-bogus',
];

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VIETNAMESE_PARAGRAPHS) },
  { weight: 2, arbitrary: fc.lorem({ maxCount: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '&amp;',
      '&#0;',
      '&#xD800;',
      '&nbsp;',
      '&bogus;',
      '<',
      ']]>',
      '<!--',
      '-->',
    ),
  },
);

const attributeValue = fc.oneof(
  fc.constantFrom(...INTERESTING_VALUES),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.webUrl(),
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTRIBUTES), attributeValue, fc.constantFrom('"', "'", '', 'broken'))
  .map(([name, value, quote]) => {
    if (quote === 'broken') return ` ${name}="${value}`;
    if (quote === '') return ` ${name}=${value.replace(/[\s>]/g, '')}`;
    return ` ${name}=${quote}${value.replaceAll(quote, '')}${quote}`;
  });

type Tree = string;

const { node } = fc.letrec<{ node: Tree; element: Tree; leaf: Tree }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('element')),
  leaf: fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 1, arbitrary: text.map((t) => `<!--${t}-->`) },
    {
      weight: 1,
      arbitrary: fc
        .json({ maxDepth: 3 })
        .map((j) => `<script type="application/ld+json">${j}</script>`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<br>',
        '<br><br>',
        '</td>',
        '</div></div>',
        '<p>',
        '<![CDATA[x]]>',
        '<?xml version="1.0"?>',
        '<!DOCTYPE html>',
        '</html>',
        '<body>',
      ),
    },
  ),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.array(attribute, { maxLength: 4 }),
      fc.array(tie('node'), { maxLength: 5 }),
      fc.constantFrom('closed', 'closed', 'closed', 'unclosed', 'mismatched'),
    )
    .map(([tag, attrs, children, close]) => {
      const end = close === 'closed' ? `</${tag}>` : close === 'mismatched' ? '</span>' : '';
      return `<${tag}${attrs.join('')}>${children.join('')}${end}`;
    }),
}));

/** Random, often malformed, HTML fragments. */
export const htmlFragment: fc.Arbitrary<string> = node;

/** A whole random document: optional head metadata and a random body. */
export const htmlDocument: fc.Arbitrary<string> = fc
  .tuple(fc.option(text), fc.array(node, { maxLength: 6 }), fc.array(node, { maxLength: 12 }))
  .map(
    ([title, head, body]) =>
      `<html><head>${title === null ? '' : `<title>${title}</title>`}${head.join('')}</head><body>${body.join('')}</body></html>`,
  );

/** One byte-level edit of a page. */
type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'fragment'; readonly at: number; readonly html: string };

// Unbiased: fast-check otherwise favours positions near 0 and every edit would hit the head.
const position = fc.noBias(fc.nat(1_000_000)).map((n) => n / 1_000_000);

const mutation: fc.Arbitrary<(page: Buffer) => Buffer> = fc
  .oneof(
    position.map((at) => ({ kind: 'truncate', at }) as const),
    fc
      .tuple(position, fc.nat(2000))
      .map(([at, length]) => ({ kind: 'delete', at, length }) as const),
    fc
      .tuple(position, fc.uint8Array({ maxLength: 64 }))
      .map(([at, bytes]) => ({ kind: 'insert', at, bytes }) as const),
    fc
      .tuple(position, fc.nat(2000))
      .map(([at, length]) => ({ kind: 'duplicate', at, length }) as const),
    fc.tuple(position, htmlFragment).map(([at, html]) => ({ kind: 'fragment', at, html }) as const),
  )
  .map((m: Mutation) => (page: Buffer) => {
    const at = Math.floor(m.at * page.length);
    switch (m.kind) {
      case 'truncate':
        return page.subarray(0, at);
      case 'delete':
        return Buffer.concat([page.subarray(0, at), page.subarray(at + m.length)]);
      case 'insert':
        return Buffer.concat([page.subarray(0, at), m.bytes, page.subarray(at)]);
      case 'duplicate':
        return Buffer.concat([page.subarray(0, at + m.length), page.subarray(at)]);
      case 'fragment':
        return Buffer.concat([page.subarray(0, at), Buffer.from(m.html), page.subarray(at)]);
    }
  });

/**
 * A page with one to five random byte-level edits (truncation, deletion, random bytes,
 * duplicated ranges, random HTML spliced in at any byte, even inside a UTF-8 sequence).
 *
 * @param page - the page to mutate
 * @returns an arbitrary of mutated copies
 */
export function mutatedPage(page: Buffer): fc.Arbitrary<Buffer> {
  return fc
    .array(mutation, { minLength: 1, maxLength: 5 })
    .map((edits) => edits.reduce((bytes, edit) => edit(bytes), page));
}
