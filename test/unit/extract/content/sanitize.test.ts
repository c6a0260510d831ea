import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_DIRECTIONS,
  ALLOWED_SCHEMES,
  ALLOWED_SCHEMES_BY_TAG,
  ALLOWED_TAGS,
  IFRAME_HOSTS,
  NON_TEXT_TAGS,
  URL_ATTRIBUTES,
  writeSafeHtml,
} from '../../../../shared/extract/content/sanitize.ts';

/** How the body was serialized for sanitize-html (dom-serializer options, passed by cheerio). */
const SERIALIZE = { xml: false, encodeEntities: 'utf8' } as const;

/** The nodes of `<body>` as htmlparser2 (cheerio/slim) parses a fragment. */
function parse(fragment: string): { nodes: AnyNode[]; serialized: string } {
  const $ = load(`<html><body>${fragment}</body></html>`);
  const nodes = $('body').get(0)?.children ?? [];
  return { nodes, serialized: $.html(nodes, SERIALIZE) };
}

function safe(fragment: string): string {
  return writeSafeHtml(parse(fragment).nodes);
}

/** The attributes kept on every tag, as sanitize-html writes them. */
const GLOBAL: sanitizeHtml.AllowedAttribute[] = [
  { name: 'dir', multiple: false, values: [...ALLOWED_DIRECTIONS] },
  'lang',
];

/**
 * The string sanitizer the tree writer replaced, with the same allowlist: sanitize-html over
 * the serialized body.
 */
const SANITIZE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  // dir and lang in each tag's own list: sanitize-html reads an attribute with allowed values
  // from a tag's own list only, not from the global ('*') one.
  allowedAttributes: Object.fromEntries(
    [...ALLOWED_TAGS].map((tag) => [tag, [...(ALLOWED_ATTRIBUTES[tag] ?? []), ...GLOBAL]]),
  ),
  allowedSchemes: [...ALLOWED_SCHEMES],
  allowedSchemesByTag: Object.fromEntries(
    Object.entries(ALLOWED_SCHEMES_BY_TAG).map(([tag, schemes]) => [tag, [...schemes]]),
  ),
  allowedSchemesAppliedToAttributes: [...URL_ATTRIBUTES],
  allowProtocolRelative: false,
  allowedIframeHostnames: [...IFRAME_HOSTS],
  allowIframeRelativeUrls: false,
  disallowedTagsMode: 'discard',
  parseStyleAttributes: false,
  nonTextTags: [...NON_TEXT_TAGS],
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
  exclusiveFilter: (frame) => (frame.tag === 'iframe' || frame.tag === 'img') && !frame.attribs.src,
};

describe('writeSafeHtml security', () => {
  it.each([
    ['a script element', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['a style element', '<p>a<style>p{x:expression(alert(1))}</style>b</p>', '<p>ab</p>'],
    [
      'an inline SVG with its script',
      '<p>a<svg onload="alert(1)"><script>x()</script></svg></p>',
      '<p>a</p>',
    ],
    [
      'a noscript block',
      '<p>a</p><noscript><img src="https://x.example/a.png"></noscript>',
      '<p>a</p>',
    ],
    ['a template', '<template><p>hidden</p></template><p>a</p>', '<p>a</p>'],
    [
      'form controls text',
      '<p>a<textarea>t</textarea><select><option>o</option></select></p>',
      '<p>a</p>',
    ],
  ])('drops %s with its content', (_, html, expected) => {
    expect(safe(html)).toBe(expected);
  });

  it('drops event handlers, styles, classes and ids', () => {
    expect(
      safe('<p onclick="x()" style="color:red" class="c" id="i">a <b onmouseover="y()">b</b></p>'),
    ).toBe('<p>a <b>b</b></p>');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case javascript: after spaces', ' JaVaScRiPt:alert(1)'],
    ['javascript: split by a tab', 'java\tscript:alert(1)'],
    ['javascript: split by a newline', 'java\nscript:alert(1)'],
    ['javascript: split by a comment', 'java<!-- -->script:alert(1)'],
    ['javascript: written with entities', '&#106;avascript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash protocol-relative URL', '\\\\evil.example/x'],
    ['file:', 'file:///etc/passwd'],
  ])('removes a link to %s and keeps the link text', (_, href) => {
    expect(safe(`<p><a href="${href}">bấm</a></p>`)).toBe('<p><a>bấm</a></p>');
  });

  it('keeps http, https and mailto links', () => {
    expect(
      safe(
        '<a href="http://a.example/">1</a><a href="HTTPS://b.example/">2</a><a href="mailto:x@y.vn">3</a>',
      ),
    ).toBe(
      '<a href="http://a.example/">1</a><a href="HTTPS://b.example/">2</a><a href="mailto:x@y.vn">3</a>',
    );
  });

  it('drops an image whose source is not http(s), with nothing left of it', () => {
    expect(safe('<p>a<img src="javascript:alert(1)" alt="x">b<img src="mailto:x@y.vn">c</p>')).toBe(
      '<p>abc</p>',
    );
    expect(safe('<p>a<img alt="no source">b<img src="">c</p>')).toBe('<p>abc</p>');
  });

  it('keeps an image with its allowlisted attributes, an empty alt written as alt=""', () => {
    expect(
      safe('<img src="https://x.vn/a.jpg" alt="" width="10" srcset="j.jpg 2x" onerror="x()">'),
    ).toBe('<img src="https://x.vn/a.jpg" alt="" width="10" />');
  });

  it.each([
    ['another host', 'https://evil.example.com/embed'],
    ['plain http', 'http://www.youtube.com/embed/x'],
    ['a relative URL', '/embed/x'],
    ['a protocol-relative URL', '//www.youtube.com/embed/x'],
    ['a look-alike host', 'https://www.youtube.com.evil.example/embed/x'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ])('drops an iframe on %s', (_, src) => {
    expect(safe(`<p>a</p><iframe src="${src}"><p>inside</p></iframe><p>b</p>`)).toBe(
      '<p>a</p><p>b</p>',
    );
  });

  it('keeps a YouTube embed with its allowlisted attributes only', () => {
    expect(
      safe(
        '<iframe src="https://www.youtube.com/embed/x" allowfullscreen="" onload="x()" sandbox="a"></iframe>',
      ),
    ).toBe('<iframe src="https://www.youtube.com/embed/x" allowfullscreen></iframe>');
  });

  it('escapes markup characters in text and quotes in attributes', () => {
    expect(safe('<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 "q"</p>')).toBe(
      '<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 "q"</p>',
    );
    expect(
      safe(
        '<a href="https://x.vn/?a=1&amp;b=&quot;2&quot;" title="&quot;&gt;&lt;script&gt;">t</a>',
      ),
    ).toBe(
      '<a href="https://x.vn/?a=1&amp;b=&quot;2&quot;" title="&quot;&gt;&lt;script&gt;">t</a>',
    );
  });

  it('unwraps tags outside the allowlist and keeps their text', () => {
    expect(safe('<div><span>a</span><font color="red">b</font><h1>c</h1></div>')).toBe('abc');
  });

  it.each(['noembed', 'noframes', 'plaintext'])(
    'keeps markup characters of text inside <%s> as escaped text',
    (tag) => {
      // The serializer wrote such text raw, so the string sanitizer read "<b>" in it as a tag.
      expect(safe(`<${tag}>1 &lt;b&gt;x</${tag}>`)).toBe('1 &lt;b&gt;x');
    },
  );

  it('drops comments and empty non-boolean attributes', () => {
    expect(safe('<p title="">a<!-- <script>x</script> --></p><ol start="">')).toBe(
      '<p>a</p><ol></ol>',
    );
  });
});

const VOCABULARY = [
  ...ALLOWED_TAGS,
  ...NON_TEXT_TAGS,
  'div',
  'span',
  'font',
  'section',
  'h1',
  'input',
  'video',
  'source',
  'picture',
  'math',
  'x-custom',
  'center',
];
const ATTRIBUTE_NAMES = [
  ...new Set(Object.values(ALLOWED_ATTRIBUTES).flat()),
  'onclick',
  'onerror',
  'style',
  'class',
  'srcset',
  'data-src',
  'dir',
  'lang',
];
const VALUES = [
  '',
  ' ',
  'x',
  '10',
  'https://www.youtube.com/embed/a',
  'https://player.vimeo.com/video/1',
  'http://www.youtube.com/embed/a',
  'https://example.com/a.jpg?x=1&y=2',
  'http://example.com/',
  'mailto:a@b.vn',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:x',
  'java<!-- x -->script:x',
  'data:image/gif;base64,R0lGOD',
  '//cdn.example.com/b.png',
  '\\\\cdn.example.com/b.png',
  '/rel/path.jpg',
  '#frag',
  'ftp://x.example/',
  '"><script>alert(1)</script>',
  'rtl',
  'RTL',
  'ar-EG',
  "'&amp;<b>\u00a0",
];
const TEXTS = [
  'a',
  ' ',
  '\n',
  'Chữ Việt',
  '1 < 2 & 3 > 2',
  '&amp; &lt;b&gt;',
  '"q"',
  '\u00a0',
  'x]]>',
];

/** An attribute of `tag`: mostly one of its allowlisted ones, with a value worth trying. */
const attributeOf = (tag: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...(ALLOWED_ATTRIBUTES[tag] ?? ['title'])) },
        { weight: 1, arbitrary: fc.constantFrom(...ATTRIBUTE_NAMES) },
      ),
      fc.constantFrom(...VALUES),
    )
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);

const element = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.constantFrom(...ALLOWED_TAGS) },
      { weight: 1, arbitrary: fc.constantFrom(...VOCABULARY) },
    )
    .chain((tag) =>
      fc
        // renderContent empties every iframe it keeps before writing (see the test above).
        .tuple(
          fc.array(attributeOf(tag), { maxLength: 4 }),
          tag === 'iframe' ? fc.constant('') : inner,
        )
        .map(([attributes, content]) => `<${tag}${attributes.join('')}>${content}</${tag}>`),
    );

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .constantFrom(...TEXTS)
      .map((t) => t.replace(/&(?!amp;|lt;|gt;)/g, '&amp;').replace(/</g, '&lt;')),
    fc.constantFrom('<!-- c -->', '<br>', '<hr>', '<![CDATA[x]]>'),
    element(tie('nodes')),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes;

describe('writeSafeHtml keeps the direction and language of the text', () => {
  it('keeps dir and lang on any kept element, for right-to-left text inside other text', () => {
    expect(
      safe('<p dir="rtl" lang="ar">نص عربي</p><blockquote lang="he" dir="auto">ציטוט</blockquote>'),
    ).toBe('<p dir="rtl" lang="ar">نص عربي</p><blockquote lang="he" dir="auto">ציטוט</blockquote>');
  });

  it('drops a dir that names no direction', () => {
    expect(safe('<p dir="javascript:x">a</p>')).toBe('<p>a</p>');
  });
});

/**
 * Whether the serialized body parses back to the same markup: dom-serializer writes an empty
 * element inside `<math>` or `<svg>` self-closed (`<title/>`), which an HTML parser reads as an
 * open `<title>` whose raw text runs on. sanitize-html would then judge another document.
 */
function roundTrips(serialized: string): boolean {
  return parse(serialized).serialized === serialized;
}

describe('writeSafeHtml next to sanitize-html', () => {
  it('keeps the text after an empty raw-text element inside foreign content', () => {
    // Found by the property below (seed 130252083): sanitize-html, given `<title/>a`, lost "a".
    expect(safe('<math><s><figure><title></title>a</figure></s></math>')).toBe(
      '<s><figure>a</figure></s>',
    );
  });

  it('writes what sanitize-html writes of the serialized tree, on arbitrary markup', () => {
    fc.assert(
      fc.property(fragment, (html) => {
        const { nodes, serialized } = parse(html);
        fc.pre(roundTrips(serialized));
        // sanitize-html writes a dir whose value it refuses as a bare `dir`; ours leaves it out.
        const expected = sanitizeHtml(serialized, SANITIZE_HTML).replace(/ dir(?=[ >/])/g, '');
        expect(writeSafeHtml(nodes)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
