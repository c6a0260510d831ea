import { type CheerioAPI, load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { descendants } from '../../../shared/extract/content/dom.ts';
import { decodePage } from '../../../shared/extract/decode.ts';
import { UnreadablePageError } from '../../../shared/extract/errors.ts';
import { parsePage } from '../../../shared/extract/parse-page.ts';
import { shape } from './tree-shape.ts';

/**
 * Elements and comments of a tree, counted by walking it, and the deepest element's depth (the
 * document's children at 1).
 */
function sizeOf(node: AnyNode): { elements: number; comments: number; depth: number } {
  const isElement = node.type === 'tag' || node.type === 'script' || node.type === 'style';
  const size = { elements: isElement ? 1 : 0, comments: node.type === 'comment' ? 1 : 0, depth: 0 };
  if ('children' in node) {
    for (const child of node.children) {
      const inner = sizeOf(child);
      size.elements += inner.elements;
      size.comments += inner.comments;
      size.depth = Math.max(size.depth, inner.depth);
    }
  }
  if (isElement) size.depth += 1;
  return size;
}

/** The document as plain data, and its size as counted by walking it. */
function documentOf($: CheerioAPI): unknown {
  const root = $.root()[0];
  if (root === undefined) throw new Error('cheerio returned no document');
  return { document: shape(root), size: sizeOf(root) };
}

/**
 * What decoding and parsing the whole page gives (the extractor's way before `parsePage`): the
 * document, or the error's message. (`parsePage` reads a heading's end tag as browsers do,
 * cheerio's `load` does not: the pages compared hold no headings.)
 */
function parsedWhole(bytes: Buffer): unknown {
  try {
    const { html } = decodePage(bytes);
    if (!/<[a-z!][^>]*>/i.test(html)) {
      throw new UnreadablePageError(
        'not-html',
        `Page is not HTML (got plain text without tags, ${html.length} characters)`,
      );
    }
    return documentOf(load(html));
  } catch (error) {
    return String(error);
  }
}

function parsedBySections(bytes: Buffer): unknown {
  try {
    const { $, size, elements } = parsePage(bytes);
    const parsed = documentOf($) as { size: unknown };
    // The size counted and the elements listed while parsing are what a walk over the tree finds.
    expect(size).toEqual(parsed.size);
    const root = $.root()[0];
    const walked = root === undefined ? [] : descendants(root);
    expect(elements.length).toBe(walked.length);
    expect(elements.every((el, i) => el === walked[i])).toBe(true);
    return parsed;
  } catch (error) {
    return String(error);
  }
}

/** Long enough to be set aside. */
const CODE = 'window.dataLayer = window.dataLayer || []; dataLayer.push({ "a": "<b>" });';

describe('parsePage', () => {
  it('gives scripts and styles their full content back', () => {
    const html = `<html><head><style>body { margin: 0 } /* ${CODE} */</style></head><body><p>Lúa</p><script>${CODE}</script></body></html>`;
    const $ = parsePage(Buffer.from(html)).$;
    expect($('script').text()).toBe(CODE);
    expect($('style').text()).toBe(`body { margin: 0 } /* ${CODE} */`);
    expect($('body').text()).toBe(`Lúa${CODE}`);
  });

  it('lets a set-aside content be overwritten, as any text node', () => {
    const $ = parsePage(Buffer.from(`<p>a</p><script>${CODE}</script>`)).$;
    const text = $('script').get(0)?.children[0];
    if (text === undefined || text.type !== 'text') throw new Error('the script lost its text');
    (text as { data: string }).data += ' ';
    expect($('script').text()).toBe(`${CODE} `);
  });

  it('gives the nesting depth of the deepest element, the one flattenDeepNesting acts past', () => {
    expect(parsePage(`<p>a</p>${'<span>'.repeat(200)}chữ`).size.depth).toBe(200);
    expect(parsePage('<p>a</p><div><p>b</p></div>').size.depth).toBe(2);
  });

  it('parses a "</script" inside a JSON string as the end of the script, as a browser does', () => {
    const html = `<script type="application/json">{"html": "${CODE}</script><p>after</p>"}</script>`;
    const bytes = Buffer.from(html);
    expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
    expect(parsePage(bytes).$('p').text()).toBe('after');
  });

  it('leaves an unterminated script to the tokenizer: the rest of the page is its text', () => {
    const html = `<p>a</p><script>${CODE} <p>not a paragraph</p>`;
    const bytes = Buffer.from(html);
    expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
    expect(parsePage(bytes).$('p')).toHaveLength(1);
  });

  it('parses the whole page when a "<script>" sits where the tokenizer reads no tag', () => {
    // In an attribute value, a <textarea> and a CDATA section the search takes it for a tag:
    // the marker is then not where it was put, and the page is parsed as before.
    for (const html of [
      `<p title="<script>${CODE}</script>">x</p><script>${CODE}</script>`,
      `<textarea><script>${CODE}</script></textarea><script>${CODE}</script>`,
      `<![CDATA[ <script>${CODE}</script> ]]><script>${CODE}</script>`,
    ]) {
      const bytes = Buffer.from(html);
      expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
    }
  });

  it('keeps comments that hold tags as comments', () => {
    const html = `<!-- <script>${CODE}</script> --><script>${CODE}</script>`;
    const bytes = Buffer.from(html);
    expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
    expect(parsePage(bytes).$('script')).toHaveLength(1);
  });

  it('cannot be fooled by a page that writes the marker itself', () => {
    for (const html of [
      `<script><!--syndicate raw text 0--></script><p title="<script>${CODE}</script>">x</p>`,
      `<script>${CODE}<!--syndicate raw text 0--></script><p>x</p><style>${CODE}</style>`,
    ]) {
      const bytes = Buffer.from(html);
      expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
    }
  });

  it('reads a ">" followed by a combining long solidus as NFC does (composed into "≯")', () => {
    const html = `<script>${CODE}</script>\u0338<p>x</p><script>${CODE}</script>`;
    const bytes = Buffer.from(html);
    expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
  });

  it('composes a letter with the combining marks its character references write (NFC)', () => {
    // "Việt" and "Tiếng" typed with combining marks, saved with every mark as a reference.
    const html = '<p title="Ti&#x65;&#x302;&#x301;ng">Vi&#x65;&#x323;&#x302;t &amp; e&#770;</p>';
    const $ = parsePage(Buffer.from(html)).$;
    expect($('p').text()).toBe('Vi\u1ec7t & \u00ea');
    expect($('p').attr('title')).toBe('Ti\u1ebfng');
  });

  it('decodes the content of a windows-1252 page with the page', () => {
    const html = `<p>Crème</p><script>var s = "brûlée"; ${CODE}</script>`;
    const bytes = iconv.encode(html, 'windows-1252');
    expect(parsePage(bytes).$('script').text()).toBe(`var s = "brûlée"; ${CODE}`);
    expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
  });

  it('reads a page with a UTF-8 byte-order mark', () => {
    const html = `<p>Lúa</p><script>${CODE}</script>`;
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]);
    expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
  });

  it('rejects plain text and blank pages with the errors of a whole parse', () => {
    for (const text of ['just words', '   \n ']) {
      const bytes = Buffer.from(text);
      expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
    }
  });

  it('parses any mix of raw-text tags, quotes, comments and odd bytes as a whole parse does', () => {
    const pieces = [
      '<script>',
      '</script>',
      '<script type="application/ld+json">',
      '<SCRIPT>',
      '</SCRIPT >',
      '</script/>',
      '</scriptx>',
      '<script/>',
      '<script a=">">',
      "<script a='x>' b=c>",
      '<style>',
      '</style>',
      '<style media=screen>',
      '<!--',
      '-->',
      '<!-->',
      '<![CDATA[',
      ']]>',
      '<!DOCTYPE html>',
      '<?xml x?>',
      '<textarea>',
      '</textarea>',
      '<title>',
      '</title>',
      '<xmp>',
      '</xmp>',
      '<svg>',
      '</svg>',
      '<p title="',
      '">',
      '<div>',
      '</div>',
      '<div><span><b><i>',
      '"',
      "'",
      '<',
      '>',
      '</',
      '/',
      '=',
      ' ',
      '\n',
      'é',
      '\u0301',
      '\u0338',
      '\u001c',
      '\u000f',
      '&amp;',
      '&amp',
      '&noti',
      '&#38',
      '<!--syndicate raw text 0-->',
      CODE,
      `var s = "</script>"; ${CODE}`,
    ];
    const piece = fc.constantFrom(...pieces);
    // Mostly whole elements with long content (set aside), among loose pieces around them.
    const element = fc
      .tuple(
        fc.constantFrom('<script>', '<style>', '<script type="application/json">', '<script/>'),
        fc.array(piece, { maxLength: 4 }),
        fc.constantFrom('</script>', '</style>', '</SCRIPT\n>', '</script/>', ''),
      )
      .map(([open, content, close]) => `${open}${CODE}${content.join('')}${close}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, element), { maxLength: 24 }), (parts) => {
        const bytes = Buffer.from(parts.join(''));
        expect(parsedBySections(bytes)).toEqual(parsedWhole(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
