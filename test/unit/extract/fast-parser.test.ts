import fc from 'fast-check';
import { DomHandler, Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  decodeAttribute,
  NameTable,
  ReferenceDecodingParser,
} from '../../../shared/extract/fast-parser.ts';
import { shape } from './tree-shape.ts';

/** A DOM handler that has the parser decode its text, as `parse-page.ts`'s does. */
class DecodingHandler extends DomHandler {
  reader: ReferenceDecodingParser | null = null;

  override ontext(data: string): void {
    const innermost = this.tagStack[this.tagStack.length - 1];
    const name = innermost !== undefined && 'name' in innermost ? innermost.name : undefined;
    super.ontext(this.reader === null ? data : this.reader.decodeText(data, name));
  }
}

/** The document htmlparser2 builds with its default options (it decodes as it tokenizes). */
function parsedByHtmlparser2(html: string): unknown {
  const handler = new DomHandler();
  new Parser(handler, {}).end(html);
  return shape(handler.root);
}

/** The document built by the parser that decodes after the tokenizer. */
function parsedAfterwards(html: string): unknown {
  const handler = new DecodingHandler();
  const parser = new ReferenceDecodingParser(handler, html.length);
  handler.reader = parser;
  parser.end(html);
  return shape(handler.root);
}

/** Gives `parser` the text in chunks cut at the positions given. */
function writeInChunks(
  parser: { write(chunk: string): void; end(chunk?: string): void },
  html: string,
  cuts: readonly number[],
): void {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parser.write(html.slice(from, cut));
    from = cut;
  }
  parser.end(html.slice(from));
}

/** The document htmlparser2 builds from the text in chunks cut at the positions given. */
function chunksParsedByHtmlparser2(html: string, cuts: readonly number[]): unknown {
  const handler = new DomHandler();
  writeInChunks(new Parser(handler, {}), html, cuts);
  return shape(handler.root);
}

/** The document built by the parser that decodes after the tokenizer, from the same chunks. */
function chunksParsedAfterwards(html: string, cuts: readonly number[]): unknown {
  const handler = new DecodingHandler();
  const parser = new ReferenceDecodingParser(handler, html.length);
  handler.reader = parser;
  writeInChunks(parser, html, cuts);
  return shape(handler.root);
}

/** Character references whole and broken, and what may follow one. */
const REFERENCES = [
  '&amp;',
  '&amp',
  '&AMP;',
  '&AMP',
  '&lt',
  '&not',
  '&noti',
  '&notin;',
  '&notin',
  '&nbsp',
  '&copy=',
  '&#',
  '&#x',
  '&#38;',
  '&#38',
  '&#x26',
  '&#X26;',
  '&#128;',
  '&#150',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '&#99999999999;',
  '&',
  '&&',
  '&;',
  '&=',
  '&zz;',
  '=',
  ';',
  'x',
  '1',
  'in',
  ' ',
  'é',
];

/** Markup around them: text, raw-text elements, attribute values in every quoting. */
const MARKUP = [
  '<',
  '>',
  '"',
  "'",
  '/',
  '<p>',
  '</p>',
  '<title>',
  '</title>',
  '<title/>',
  '<textarea>',
  '</textarea>',
  '<script>',
  '</script>',
  '<script/>',
  '<style>',
  '</style>',
  '<xmp>',
  '</xmp>',
  '<svg><title>',
  '</svg>',
  '</SVG>',
  '<math><mi>',
  '</mi>',
  '</math>',
  '<desc>',
  '</desc>',
  '<div>',
  '</div>',
  '</Div>',
  '</P>',
  '<br>',
  '</br>',
  '</BR>',
  '</img>',
  '<p/>',
  '<b/>',
  '<a href="',
  "<a href='",
  '<a href=',
  '<img alt=',
  '<DIV CLASS="',
  '<Span Class=x id=',
  '<classic hrefs="',
  '<h1 ID=a>',
  '<b title="x" title="',
  '">',
  "'>",
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
];

/** Loose characters the tokenizer's states turn on. */
const LOOSE = [...'&#xX<>/!?-="\'; \ntitle1aA'];

describe('ReferenceDecodingParser', () => {
  it('decodes text, titles and attribute values exactly as htmlparser2 does while tokenizing', () => {
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...REFERENCES) },
      { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
      { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...LOOSE), maxLength: 6 }) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const html = parts.join('');
        expect(parsedAfterwards(html)).toEqual(parsedByHtmlparser2(html));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads names and attributes as htmlparser2 does when the text comes in chunks cut anywhere', () => {
    // No references: a text cut in two is decoded in two (the extractor cuts no text).
    const piece = fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
      { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...LOOSE), maxLength: 6 }) },
    );
    const input = fc
      .array(piece, { maxLength: 30 })
      .map((parts) => parts.join('').replaceAll('&', ''))
      .chain((html) =>
        fc.tuple(
          fc.constant(html),
          fc.array(fc.integer({ min: 0, max: html.length }), { maxLength: 6 }),
        ),
      );
    fc.assert(
      fc.property(input, ([html, cuts]) => {
        expect(chunksParsedAfterwards(html, cuts)).toEqual(chunksParsedByHtmlparser2(html, cuts));
      }),
      { numRuns: 3000 },
    );
  });

  it('ends a reference without ";" where htmlparser2 does: in text before "<" or the end, in attributes not before "=" or a letter', () => {
    for (const html of [
      '<p>fish &amp chips &noti</p>',
      '<p>x &not',
      '<a href="?a=1&not=2&copy" title=&noti>x</a>',
      '<title>A &amp; B &lt 3</title>',
      '<title>left open &amp',
      '<textarea>&amp;</textarea><xmp>&amp;</xmp>',
      '<script/>&amp;</script>',
      '<b id="a" id="&amp;">first id wins</b>',
    ]) {
      expect(parsedAfterwards(html), html).toEqual(parsedByHtmlparser2(html));
    }
  });

  it('closes elements as htmlparser2 does: end tags in any case, without their start, in foreign content', () => {
    for (const html of [
      '<DIV><p>a</P></Div>b',
      '<div>a</p>b</br>c</BR></img>',
      '<svg><desc></desc><p/>x</svg><p/>y',
      '<math><mi></MI><b/>x</math><b/>y',
      '<svg><title>t</title><path/></SVG><path/>z',
    ]) {
      expect(parsedAfterwards(html), html).toEqual(parsedByHtmlparser2(html));
    }
  });

  it('keeps script and style content as written', () => {
    const html = '<script>a &amp;&amp; b</script><style>p::after{content:"&lt;"}</style>';
    expect(JSON.stringify(parsedAfterwards(html))).toContain('a &amp;&amp; b');
  });
});

describe('decodeAttribute', () => {
  it('decodes a value as htmlparser2 does inside quotes', () => {
    expect(decodeAttribute('?a=1&amp;b=2')).toBe('?a=1&b=2');
    expect(decodeAttribute('&copy=x&copy')).toBe('&copy=x©');
  });
});

describe('NameTable', () => {
  it('gives the lower case toLowerCase gives, or nothing for a name it does not keep', () => {
    const names = fc.string({
      unit: fc.constantFrom(...'aAzZbB-:_@[`{1é\u0130'),
      maxLength: 50,
    });
    fc.assert(
      fc.property(fc.array(names, { maxLength: 40 }), fc.string({ maxLength: 3 }), (list, pad) => {
        const table = new NameTable(16, ['a', 'div']);
        const kept = new Set<string>(['a', 'div']);
        for (const name of list) {
          const source = `${pad}${name}${pad}`;
          const read = table.nameAt(source, pad.length, pad.length + name.length);
          if (read === undefined) continue;
          expect(read).toBe(name.toLowerCase());
          expect(name.length >= 1 && name.length <= 48 && isAscii(name)).toBe(true);
          kept.add(read);
        }
        expect(kept.size).toBeLessThanOrEqual(16);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps no more names than it was made for', () => {
    const table = new NameTable(2);
    expect(table.nameAt('ab', 0, 1)).toBe('a');
    expect(table.nameAt('ab', 1, 2)).toBe('b');
    expect(table.nameAt('c', 0, 1)).toBeUndefined();
    expect(table.nameAt('A', 0, 1)).toBe('a');
  });
});

/** Whether a string is all ASCII characters. */
function isAscii(text: string): boolean {
  return [...text].every((c) => c.charCodeAt(0) < 0x80);
}
