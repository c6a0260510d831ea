/**
 * The picture a page shows before the text — beside the body's own block in the article's
 * wrapper (a theme's featured image, an AMP page's hero), or under the headline in the article's
 * header — opens the body: the feed item carries it as its picture, as the reader saw it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY } from '../content/pages.ts';

const URL = 'https://herald.example.com/news/council-budget.html';

/** An article whose wrapper holds the headline, `before` and the body's own block. */
const article = (before: string, after = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City council approves new budget</title></head><body>
<header><a href="/">Springfield Herald</a><nav><a href="/news">News</a> <a href="/sports">Sports</a></nav></header>
<main><article class="post"><header class="entry-header"><h1>City council approves new budget</h1></header>${before}<div class="entry-content">${BODY}</div>${after}</article></main>
<footer>© 2024 Springfield Herald</footer></body></html>`;

const images = (html: string) => extractArticle(html, { url: URL }).images.map((i) => i.url);

describe('rule: the picture shown right before the body opens it', () => {
  it.each([
    [
      'a theme’s featured-image box',
      '<div class="post-thumbnail"><img src="/img/council.jpg" alt="Council"></div>',
    ],
    [
      'an AMP hero',
      '<amp-img src="/img/council.jpg" width="1200" height="800" layout="responsive"></amp-img>',
    ],
    [
      'a figure',
      '<figure class="wp-block-image"><img src="/img/council.jpg" alt=""><figcaption>The chamber on Tuesday.</figcaption></figure>',
    ],
  ])('takes %s as the first picture of the body', (_, picture) => {
    expect(images(article(picture))).toEqual(['https://herald.example.com/img/council.jpg']);
  });

  it('keeps its caption with it (in the HTML; the plain text leaves captions to the images)', () => {
    const html = article(
      '<figure><img src="/img/council.jpg" alt=""><figcaption>The chamber on Tuesday.</figcaption></figure>',
    );
    const { contentHtml, images: found } = extractArticle(html, { url: URL });
    expect(found[0]?.caption).toBe('The chamber on Tuesday.');
    expect(contentHtml).toMatch(
      /^<figure><img [^>]+><figcaption>The chamber on Tuesday\.<\/figcaption><\/figure><p>/,
    );
  });

  it.each([
    [
      'a picture linking to another story',
      '<div class="teaser"><a href="/news/other.html"><img src="/img/other.jpg"></a></div>',
    ],
    [
      'a slider of several',
      '<div class="gallery"><img src="/img/1.jpg"><img src="/img/2.jpg"><img src="/img/3.jpg"></div>',
    ],
    [
      'an advertisement',
      '<div class="ad-slot"><img src="/ads/banner.jpg" width="300" height="250"></div>',
    ],
    [
      'the author’s portrait',
      '<div class="author-avatar"><img src="/img/dana.jpg"> Dana Whitfield</div>',
    ],
    ['a tiny icon', '<div class="icon"><img src="/img/rss.png" width="16" height="16"></div>'],
    [
      'a picture beside a loose credit line (its text would join the body’s)',
      '<div class="pic"><img src="/img/council.jpg"><span class="copyright">© Aton</span></div>',
    ],
  ])('leaves out %s', (_, box) => {
    expect(images(article(box))).toEqual([]);
  });

  it.each([
    [
      'a picture credit in brackets',
      '<div class="mt-6"><img src="/img/council.jpg" alt=""><div class="mt-1 text-xs">The chamber on Tuesday. (Photo: Sam Ortiz / Herald)</div></div>',
      'The chamber on Tuesday. (Photo: Sam Ortiz / Herald)',
    ],
    [
      'the words of the picture’s alternative text',
      '<div class="k9"><img src="/img/council.jpg" alt="The council chamber on Tuesday night"><div class="k10">The council chamber on Tuesday night, before the vote.</div></div>',
      'The council chamber on Tuesday night, before the vote.',
    ],
    [
      'italics',
      '<div class="k9"><img src="/img/council.jpg" alt=""><p><em>The chamber on Tuesday.</em></p></div>',
      'The chamber on Tuesday.',
    ],
  ])(
    'takes a picture whose box holds a caption by %s, whatever its class names',
    (_, box, caption) => {
      const { images: found, contentText } = extractArticle(article(box), { url: URL });
      expect(found.map((i) => [i.url, i.caption])).toEqual([
        ['https://herald.example.com/img/council.jpg', caption],
      ]);
      expect(contentText).not.toContain('The chamber');
    },
  );

  it('takes it once when the body shows the same picture again', () => {
    const html = article('<div class="post-thumbnail"><img src="/img/council.jpg"></div>').replace(
      '<div class="entry-content">',
      '<div class="entry-content"><p><img src="/img/council.jpg"></p>',
    );
    expect(images(html)).toEqual(['https://herald.example.com/img/council.jpg']);
  });

  it('takes no picture set after the body', () => {
    expect(
      images(article('', '<div class="post-thumbnail"><img src="/img/council.jpg"></div>')),
    ).toEqual([]);
  });
});

describe('rule: the one picture between the headline and the body opens it', () => {
  const page = (between: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City council approves new budget</title></head><body>
<main><article><div class="article-header"><h1>City council approves new budget</h1>${between}</div><div class="article-text">${BODY}</div></article></main></body></html>`;

  it('takes the picture an article header holds under its headline', () => {
    const html = page(
      '<div class="byline">By Dana Whitfield</div><figure class="lead"><img src="/img/council.jpg"><figcaption>The chamber.</figcaption></figure>',
    );
    expect(images(html)).toEqual(['https://herald.example.com/img/council.jpg']);
  });

  it("passes over the author's portrait beside the byline", () => {
    const html = page(
      '<div class="byline"><img class="avatar" src="/img/dana.jpg" width="48" height="48"> By Dana Whitfield</div><div class="hero"><img src="/img/council.jpg"></div>',
    );
    expect(images(html)).toEqual(['https://herald.example.com/img/council.jpg']);
  });

  it.each([
    [
      'two pictures',
      '<div class="hero"><img src="/img/1.jpg"></div><div class="hero"><img src="/img/2.jpg"></div>',
    ],
    [
      'a picture linking to another story',
      '<div class="hero"><a href="/news/other.html"><img src="/img/1.jpg"></a></div>',
    ],
    ['a picture in a sidebar', '<aside><div><img src="/img/promo.jpg"></div></aside>'],
    [
      'a picture in a widget',
      '<div class="widget-area"><div><img src="/img/promo.jpg"></div></div>',
    ],
  ])('takes none where there are %s', (_, between) => {
    expect(images(page(between))).toEqual([]);
  });
});

describe('rule: a picture whose caption a paragraph classed in its language gives opens the body', () => {
  it.each([
    ['Argentine "epígrafe"', 'foto-principal', 'epigrafe'],
    ['Serbian "potpis"', 'slika', 'potpis'],
  ])('takes the picture whose caption is a paragraph classed as the %s', (_, box, caption) => {
    const html = `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>City council approves new budget</title></head><body>
<main><h1>City council approves new budget</h1><div class="${box}"><img src="/img/council.jpg"><p class="${caption}">The chamber. Photo: J. Foglia</p></div><div class="cuerpo-nota">${BODY}</div></main></body></html>`;
    expect(images(html)).toEqual(['https://herald.example.com/img/council.jpg']);
  });
});

describe('rule: a picture standing between blocks taken for the body is one of its own', () => {
  const page = (between: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City council approves new budget</title></head><body>
<div class="k1"><div class="k2"><a href="/news/local">Local News</a></div><h1 class="k3">City council approves new budget</h1>
<p class="k4">The plan adds money for schools and evening buses, but leaves the library's renovation for another year.</p>
<div class="k5"><span>By <a href="/staff/jane-doe">Jane Doe</a></span><span>Updated 3:48 PM EST, Tue November 19, 2019</span></div>
${between}<div class="k7">${BODY}</div></div></body></html>`;

  it('keeps the figure between the standfirst and the text, both taken with their siblings', () => {
    const html = page(
      '<figure class="k6"><img src="/img/council.jpg" alt="Council members vote" width="1200" height="800"><figcaption>Council members vote on Tuesday. (Photo: Ann Lee/The Ledger)</figcaption></figure>',
    );
    const article = extractArticle(html, { url: URL });
    expect(article.images.map((i) => i.url)).toEqual([
      'https://herald.example.com/img/council.jpg',
    ]);
    expect(article.lead).toMatch(/^The plan adds money/);
  });

  it("keeps no logo standing there (a company's, over its profile)", () => {
    const html = page('<img src="./files/logo_248" style="float:right;max-width: 150px;">');
    expect(extractArticle(html, { url: URL }).images).toEqual([]);
  });

  it('keeps a photograph of a logo, named for more than the word', () => {
    const html = page(
      '<figure class="k6"><img src="/img/alibaba-logo-getty-1024-683.jpg" width="1024" height="683"><figcaption>Alibaba’s logo at its headquarters.</figcaption></figure>',
    );
    expect(extractArticle(html, { url: URL }).images.map((i) => i.url)).toEqual([
      'https://herald.example.com/img/alibaba-logo-getty-1024-683.jpg',
    ]);
  });

  it('keeps no box of other things standing there', () => {
    const html = page(
      '<div class="k6"><a href="/news/other.html"><img src="/img/other.jpg" width="1200" height="800"></a><a href="/news/other.html">Bridge repairs close lanes</a></div>',
    );
    expect(extractArticle(html, { url: URL }).images).toEqual([]);
  });
});

describe("rule: a class saying a field's label is hidden (Drupal's field--label-hidden) hides nothing", () => {
  it('keeps the image field a Drupal node sets before its body field', () => {
    const html = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neue Radwege für die Innenstadt</title></head><body><main><article class="node node--type-article"><h1 class="page-title">Neue Radwege für die Innenstadt</h1><div class="node__content"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/radweg.jpg" width="1200" height="675" alt="Radweg"></div><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item">${BODY}</div></div></article></main></body></html>`;
    expect(images(html)).toEqual(['https://herald.example.com/sites/default/files/radweg.jpg']);
  });
});
