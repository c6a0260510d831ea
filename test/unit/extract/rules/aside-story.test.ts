import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://home.example.com/decorating/fall-centerpiece-ideas/';

/** One slide of a slideshow: its heading and a paragraph about it. */
const SLIDES = [
  [
    'Eclectic Fall Bowl',
    'This decoration can be fashioned easily with a nature hunt and a halved globe used as a bowl. There is no need to plan the arrangement, simply mix the treasures together.',
  ],
  [
    'Branches in a Vase',
    "Bring the season's burst of colors indoors. A simple glass vase transforms a foliage display into a centerpiece, and the branches last for weeks without water.",
  ],
  [
    'Pumpkin Candle Holders',
    'Hollow out a few small pumpkins, set a tea light in each, and line them up along the table runner, where they glow warmly through the whole evening meal.',
  ],
  [
    'Acorn Place Cards',
    'Glue a paper tag to a large acorn, write each guest’s name on it in ink, and set one at every place, so that the table looks finished before the food arrives.',
  ],
];

function slideshowPage(holder: 'aside' | 'div'): string {
  const slides = SLIDES.map(([h, p]) => `<li><h2>${h}</h2><p>${p}</p></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>Centerpiece Ideas for Fall</title></head><body>
<div class="k1"><h1>Centerpiece Ideas for Fall</h1><div class="k2">By Kelly Roberts</div>
<p>These easy centerpieces will add creative fall flair to any table in your home.</p>
<${holder} class="k3"><div class="k4">Prev | View All | Next</div><ul class="k5">${slides}</ul></${holder}>
</div></body></html>`;
}

describe('rule: a story that only an <aside> holds is read from it when the page has nothing else', () => {
  it('reads the slides of a slideshow laid out as an aside', () => {
    const article = extractArticle(slideshowPage('aside'), { url: URL });
    for (const [, paragraph] of SLIDES) expect(article.contentText).toContain(paragraph);
  });

  it('reads them as it reads the same slides in a <div>', () => {
    const inAside = extractArticle(slideshowPage('aside'), { url: URL }).contentText;
    const inDiv = extractArticle(slideshowPage('div'), { url: URL }).contentText;
    expect(inAside).toBe(inDiv);
  });
});

describe('rule: an <aside> of other stories, each headed by a link, stays out of a short article', () => {
  it('keeps a one-paragraph news item over the teasers beside it', () => {
    const story =
      'The council approved the new budget on Tuesday evening after a long debate, with seven votes in favour and two against.';
    const teaser = (i: number) =>
      `<div><h3><a href="/n/${i}">Another story number ${i} about the town</a></h3><p>Residents gathered on Saturday to clean the river banks, collecting more than forty bags of rubbish, old tyres, and a bicycle, and the organisers said they would do it again in the spring.</p></div>`;
    const html = `<!doctype html><html lang="en"><head><title>Council approves budget</title></head><body>
<div class="k1"><h1>Council approves budget</h1><div class="k2"><p>${story}</p></div>
<aside class="k3">${[1, 2, 3, 4].map(teaser).join('')}</aside></div></body></html>`;
    expect(extractArticle(html, { url: URL }).contentText).toBe(story);
  });
});
