import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://www.example.com/habari/articles/c9x0y1z2a3bo';

const PARAGRAPHS = [
  'Mamia ya familia wamekosa makazi katika mji wa pwani wa Mombasa baada ya mvua kubwa kunyesha usiku kucha.',
  'Shirika la Msalaba Mwekundu nchini Kenya limesema zaidi ya nyumba 400 zimeathirika, hasa katika maeneo ya Kisauni na Likoni.',
  'Idara ya Hali ya Hewa imeonya kuwa mvua zaidi zinatarajiwa katika siku tatu zijazo.',
];

/** Class names say nothing: the section is named only by the id of the heading labelling it. */
function page(id: string): string {
  return `<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8"><title>Mvua kubwa yasababisha mafuriko Mombasa</title></head><body>
<main role="main"><article><header><h1>Mvua kubwa yasababisha mafuriko Mombasa</h1></header>
${PARAGRAPHS.map((p) => `<div dir="ltr"><p>${p}</p></div>`).join('\n')}
</article>
<section aria-labelledby="${id}"><h2 id="${id}">Habari zinazohusiana</h2><ul><li><a href="/a">Tanzania: mvua yaua watano</a></li></ul></section>
<section><h2>Zilizosomwa zaidi</h2><ol><li><a href="/b">Ruto azungumzia</a></li></ol></section></main>
</body></html>`;
}

describe('a section is what the id of the heading labelling it (aria-labelledby) says', () => {
  it.each(['related', 'related-stories'])('leaves a section labelled %j out of the body', (id) => {
    const article = extractArticle(page(id), { url: URL });
    expect(article.contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
    expect(article.contentText.endsWith(PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a section labelled by a heading whose id names no furniture', () => {
    const article = extractArticle(page('story-more'), { url: URL });
    expect(article.contentText).toContain(PARAGRAPHS[2]);
  });
});
