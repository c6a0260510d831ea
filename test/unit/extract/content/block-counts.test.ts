import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Counts,
  cleanConditionally,
  countBlocks,
  noCounts,
} from '../../../../shared/extract/content/conditional.ts';
import { collapsedLength, isElement } from '../../../../shared/extract/content/dom.ts';
import { isEmbeddedPost, isVideoEmbed } from '../../../../shared/extract/content/patterns.ts';
import { BLOCK } from '../../../../shared/extract/content/score.ts';
import { isSpace } from '../../../../shared/extract/text.ts';

const CONDITIONAL = new Set(['div', 'section', 'table', 'ul', 'ol', 'aside', 'fieldset']);

/** The counting as it was: one object per element, summed into its parent's. */
function reference(el: Element, out: Map<Element, Counts>): Counts {
  const c: Counts = noCounts();
  for (const child of el.children as AnyNode[]) {
    if (child.type === 'text') {
      c.text += collapsedLength(child.data);
      if ([...child.data].some((ch) => !isSpace(ch.charCodeAt(0)))) c.inked++;
      c.commas += child.data.split(/[,、，،﹐]/).length - 1;
    } else if (isElement(child)) {
      const k = reference(child, out);
      for (const key of Object.keys(c) as (keyof Counts)[]) c[key] += k[key];
    }
  }
  if (el.name === 'a') c.link = c.text;
  // The generated links lead to a page (`/x`) or to a picture (`/photo/1.jpg`).
  if (el.name === 'a' && el.attribs.href === '/x') c.otherLinks++;
  if (el.name === 'p') c.p++;
  if (
    el.name === 'div' &&
    c.inked > 0 &&
    !el.children.some((k) => isElement(k) && BLOCK.has(k.name))
  )
    c.p++;
  if (el.name === 'img') c.img++;
  if (el.name === 'li') {
    c.li++;
    c.liText = c.text;
  }
  if (el.name === 'input') c.input++;
  if (el.name === 'iframe' && !isVideoEmbed(el)) c.embed++;
  if (['object', 'embed'].includes(el.name)) c.embed++;
  if (el.name === 'figure') c.figure++;
  if (el.name === 'blockquote' && isEmbeddedPost(el)) c.post++;
  if (CONDITIONAL.has(el.name)) out.set(el, c);
  return c;
}

const text = fc.constantFrom(
  '',
  ' ',
  'a, b',
  'Tin mới,',
  '  x  y ',
  '\n',
  'word '.repeat(7),
  '軽減税率のはずでしたが、低所得者',
  '中国，上海',
);
const open = fc.constantFrom(
  '<div>',
  '<section>',
  '<ul>',
  '<ol>',
  '<li>',
  '<a href="/x">',
  '<a href="/photo/1.jpg">',
  '<p>',
  '<span>',
  '<table>',
  '<aside>',
  '<figure>',
  '<blockquote class="twitter-tweet">',
  '<blockquote>',
);
const leaf = fc.constantFrom(
  '<img src="a.jpg">',
  '<input>',
  '<iframe src="https://ads.example/x"></iframe>',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>',
  '<video></video>',
  '<br>',
);
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    leaf,
    fc
      .tuple(open, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `${tag}${kids.join('')}</${tag.slice(1).split(/[ >]/)[0]}>`),
  ),
})).node;

describe('countBlocks', () => {
  it('counts every judged block as summing each element into its parent does', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 5 }), (parts) => {
        const $ = load(`<div id="root">${parts.join('')}</div>`);
        const root = $('#root')[0] as Element;
        const expected = new Map<Element, Counts>();
        reference(root, expected);
        const actual = countBlocks(root);
        expect([...actual.keys()]).toEqual(expect.arrayContaining([...expected.keys()]));
        expect(actual.size).toBe(expected.size);
        for (const [el, counts] of expected) expect(actual.get(el)).toEqual(counts);
      }),
      { numRuns: 500 },
    );
  });

  it('counts all the text of a link as link text, nested links once', () => {
    const $ = load('<div id="root"><a href="/a">one <a href="/b">two</a></a> three</div>');
    const counts = countBlocks($('#root')[0] as Element).get($('#root')[0] as Element);
    expect(counts?.text).toBe(13);
    expect(counts?.link).toBe(7);
  });
});

describe('a block of prose counts the commas its script writes', () => {
  it('keeps a block of Japanese prose beside a shop box of links, as ten ASCII commas would', () => {
    const prose =
      '家計の負担を和らげるための軽減税率のはずでしたが、低所得者ほど恩恵が薄いことを、総務省が公式に認めました。負担軽減額は収入が多い世帯ほど大きくなり、全世帯を年収別の5グループに分けた場合、恩恵額は年約1万6000円から約8000円です。なおこの試算は、民間試算と同様の傾向を示しており、一定の信頼性があると、言ってよさそうです。その消費増税の景気対策なのに、低所得層ほど恩恵を受けられないとすれば、文字通り、本末転倒です。';
    const shop = Array.from(
      { length: 6 },
      (_, i) =>
        `<div><a href="https://shop.example.com/item/${i}">「10%消費税」が日本経済を破壊する──今こそ真の「税と社会保障の一体改革」を 第${i}版</a></div>`,
    ).join('');
    const $ = load(`<div id="main"><div class="ctiframe"><p>${prose}</p>${shop}</div></div>`);
    const main = $('#main').get(0) as Element;
    const removed: string[] = [];
    cleanConditionally(main, new Set(), new Set(), (el, rule) => {
      removed.push(`${el.attribs.class ?? el.name}: ${rule}`);
      el.parent?.children.splice(el.parent.children.indexOf(el), 1);
    });
    expect(removed.filter((r) => r.startsWith('ctiframe'))).toEqual([]);
    expect($('#main').text()).toContain('総務省が公式に認めました');
  });
});
