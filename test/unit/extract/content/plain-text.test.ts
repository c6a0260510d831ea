import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendants, isElement } from '../../../../shared/extract/content/dom.ts';
import {
  cleanPreformatted,
  NO_TEXT,
  TEXT_BLOCK,
  toText,
} from '../../../../shared/extract/content/plain-text.ts';

function bodyOf(html: string): Element {
  const $ = load(`<div id="root">${html}</div>`);
  return $('#root')[0] as Element;
}

/**
 * The rendering as first written: every block's text collected, then cleaned with patterns.
 * The oracle of the streaming writer.
 */
function reference(roots: readonly Element[]): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (pre = false): void => {
    const text = cleanPreformatted(buffer, pre);
    if (text !== '') paragraphs.push(text);
    buffer = '';
  };
  let inRow = false;
  const visit = (node: AnyNode, pre: boolean): void => {
    if (isElement(node) && node.name === 'table' && !pre && isGrid(node)) {
      flush();
      const lines: string[] = [];
      inRow = true;
      for (const row of descendants(node).filter((d) => d.name === 'tr')) {
        const cells: string[] = [];
        for (const cell of row.children.filter(isElement)) {
          for (const child of cell.children) visit(child, false);
          const text = cleanPreformatted(buffer, false);
          buffer = '';
          if (text !== '') cells.push(text);
        }
        if (cells.length > 0) lines.push(cells.join(' | '));
      }
      inRow = false;
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      return;
    }
    if (node.type === 'text') {
      // A text node of nothing but invisible format characters is whitespace outside <pre>.
      const invisible = /^[\s\u200b-\u200d\u2060\ufeff\u00ad]*$/.test(node.data);
      buffer += pre ? node.data : invisible ? ' ' : node.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isElement(node) || NO_TEXT.has(node.name)) return;
    if (node.name === 'br') {
      buffer += inRow ? ' ' : '\n';
      return;
    }
    const block = TEXT_BLOCK.has(node.name);
    if (block) flush();
    if (node.name === 'td' || node.name === 'th') buffer += ' ';
    const inPre = pre || node.name === 'pre';
    for (const child of node.children) visit(child, inPre);
    if (node.name === 'td' || node.name === 'th') buffer += ' ';
    else if (block) flush(node.name === 'pre' && !pre);
  };
  for (const root of roots) {
    for (const child of root.children) visit(child, false);
    flush();
  }
  return paragraphs.join('\n\n').normalize('NFC');
}

/** A table whose cells hold no block: its rows are lines. */
function isGrid(table: Element): boolean {
  return descendants(table)
    .filter((d) => d.name === 'td' || d.name === 'th')
    .every((cell) => !descendants(cell).some((d) => TEXT_BLOCK.has(d.name)));
}

const text = fc
  .array(
    fc.constantFrom(
      'a',
      'Tin',
      'é',
      ' ',
      '  ',
      '\n',
      '\t',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\f',
      '&nbsp;',
      '&zwnj;',
      '\u200b',
    ),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));
const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constant('<br>'),
    fc
      .tuple(
        fc.constantFrom('p', 'span', 'div', 'pre', 'b', 'figcaption', 'li', 'h2'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((cells) => `<table><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table>`),
  ),
})).node;

describe('toText', () => {
  it('writes the same text as collecting each block and cleaning it with patterns', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), (parts) => {
        const root = bodyOf(parts.join(''));
        expect(toText([root])).toBe(reference([root]));
      }),
      { numRuns: 500 },
    );
  });

  it('makes each whitespace run one space and keeps <br> as a line break', () => {
    const root = bodyOf(
      '<p>  Ngày  14/12,\n\tcông <b> an </b> tỉnh <br><br> tổ chức\u00a0 hội nghị </p><p>x</p>',
    );
    expect(toText([root])).toBe('Ngày 14/12, công an tỉnh\ntổ chức hội nghị\n\nx');
  });

  it('writes no line for a paragraph of invisible characters only (&zwnj;)', () => {
    const root = bodyOf('<p>Một</p><p>&zwnj;</p><p>\u200b \ufeff</p><p>Hai</p>');
    expect(toText([root])).toBe('Một\n\nHai');
  });

  it('drops zero-width spaces and word joiners at a line edge or next to whitespace (SharePoint opens paragraphs with one), and keeps those inside a word and the joiners', () => {
    const root = bodyOf(
      '<p>\u200bLa Consejería\u200b</p><p>Una \u200b frase \u2060y<b>\u200botra</b></p>' +
        '<p>a<br>\u200bb</p><p>ภาษา\u200bไทย</p><p>می\u200cخواهم</p>',
    );
    expect(toText([root])).toBe(
      'La Consejería\n\nUna frase y\u200botra\n\na\nb\n\nภาษา\u200bไทย\n\nمی\u200cخواهم',
    );
  });

  it("writes a table of data as its caption's paragraph and a line for each row, the cells between separators", () => {
    const root = bodyOf(
      '<p>Chi phí:</p><table><caption>Chi phí theo năm</caption><thead><tr><th>Năm</th><th>Tỷ đồng</th></tr></thead><tbody><tr><td>2027</td><td>2,5</td></tr><tr><td><b>2028</b></td><td>1,5</td></tr></tbody></table>',
    );
    expect(toText([root])).toBe(
      'Chi phí:\n\nChi phí theo năm\n\nNăm | Tỷ đồng\n2027 | 2,5\n2028 | 1,5',
    );
  });

  it('reads a layout table whose cells hold paragraphs block by block', () => {
    const root = bodyOf('<table><tr><td><p>Một</p><p>Hai</p></td><td><p>Ba</p></td></tr></table>');
    expect(toText([root])).toBe('Một\n\nHai\n\nBa');
  });

  it('keeps the indentation of preformatted text', () => {
    const root = bodyOf('<p>Code:</p><pre>\n  if (x) {\n    y();\n  }\n</pre>');
    expect(toText([root])).toBe('Code:\n\n  if (x) {\n    y();\n  }');
  });
});
