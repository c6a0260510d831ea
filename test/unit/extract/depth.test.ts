import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { flattenDeepNesting } from '../../../shared/extract/depth.ts';
import { extractArticle } from '../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS } from './build-page.ts';

function rootOf(html: string) {
  const $ = load(html);
  const root = $.root()[0];
  if (!root) throw new Error('no root');
  return { $, root };
}

describe('flattenDeepNesting', () => {
  it('leaves a page of ordinary depth untouched', () => {
    const html =
      '<html><body><article><div><p>Một <b>hai</b></p><p>ba</p></div></article></body></html>';
    const { $, root } = rootOf(html);
    const before = $.html();
    expect(flattenDeepNesting(root)).toBe(0);
    expect($.html()).toBe(before);
  });

  it('keeps the text, images and their order below the depth limit, words of blocks apart', () => {
    const deep = `${'<div>'.repeat(20)}<p>một</p><p>hai<img src="a.jpg"></p><p>ba</p>${'</div>'.repeat(20)}`;
    const { $, root } = rootOf(deep);
    expect(flattenDeepNesting(root, 5)).toBe(1);
    expect($.root().text().replace(/\s+/g, ' ').trim()).toBe('một hai ba');
    expect($('img').attr('src')).toBe('a.jpg');
    let depth = 0;
    for (let node = $('img')[0]?.parent; node; node = node.parent) depth += 1;
    expect(depth).toBeLessThanOrEqual(6);
  });

  // 30,000 levels overflow a recursive walk's stack already; deeper pages cost the test only
  // htmlparser2's parse, which grows with the square of the depth (100,000 levels: 5.6 s of it).
  it('survives 30,000 levels, which a recursive walk would not', () => {
    const { $, root } = rootOf(`${'<span>'.repeat(30_000)}chữ`);
    flattenDeepNesting(root);
    expect($.root().text().trim()).toBe('chữ');
  });
});

describe('extractArticle on a page nested far deeper than any real one', () => {
  const HEADLINE = 'Tổng kết cải cách hành chính năm 2023';
  const article = `<article><h1>${HEADLINE}</h1>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  // The walks up and down the tree that recurse (the banner's, a layout cell's text blocks, the
  // closing promotions') go no deeper than the parse's flattening leaves the page: without it
  // these pages overflow the call stack.
  it.each([
    ['<div>s', 20_000, '<div>', '</div>'],
    ['table cells', 15_000, '<table><tr><td>', '</td></tr></table>'],
  ])('reads the article inside %s nested %i deep', (_, depth, open, close) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${HEADLINE} - Báo Tỉnh</title></head><body>${open.repeat(depth)}${article}${close.repeat(depth)}</body></html>`;
    const read = extractArticle(html, { url: 'https://baotinh.example.vn/tin/tong-ket.html' });
    expect(read.title).toBe(HEADLINE);
    for (const paragraph of BODY_PARAGRAPHS) expect(read.contentText).toContain(paragraph);
  });
});
