import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/in-pictures/wildlife.html';
const CAPTIONS = [
  'A snow leopard crosses a ridge in Ladakh, India, photographed by Priya Nair after a six-week wait.',
  'Humpback whales feeding off the coast of Norway at dawn, taken from a small boat by Ole Hansen.',
  'Flamingos gather on Lake Natron in Tanzania, where the salty water keeps predators away.',
];
const gallery = (counter: (i: number) => string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>In pictures: the year in wildlife photography</title></head><body><main><article><h1>In pictures: the year in wildlife photography</h1><p class="intro">Winners of this year's awards.</p><div class="photos">${CAPTIONS.map(
    (c, i) =>
      `<figure class="slide"><img src="https://x.example/${i}.jpg" alt=""><span class="count">${counter(i + 1)}</span><figcaption>${c}</figcaption></figure>`,
  ).join('')}</div></article></main></body></html>`;

describe("rule: a gallery's captions are its text, its slide counters are not", () => {
  it.each([
    ['n of N', (i: number) => `${i} of 3`],
    ['n/N', (i: number) => `${i}/3`],
    ['n / N', (i: number) => `${i} / 3`],
  ])('reads the captions, not the counters (%s)', (_what, counter) => {
    const { contentText } = extractArticle(gallery(counter), { url: URL });
    expect(contentText.split('\n\n')).toEqual(CAPTIONS);
  });

  it("leaves an article's captions out of its text when its paragraphs carry more words", () => {
    const prose =
      '<p>The judges chose the winners from more than sixty thousand entries sent from ninety-five countries, the museum said on Tuesday.</p><p>The winning pictures will be shown in London from October, and then travel to galleries in Sydney, Toronto and Madrid next year.</p><p>This year the judges added a new category for pictures taken by children under ten, which drew four thousand entries.</p>';
    const html = gallery((i) => `${i} of 3`).replace(
      '<div class="photos">',
      `${prose}<div class="photos">`,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText).not.toContain('snow leopard');
    expect(contentText).not.toMatch(/\b\d of 3\b/);
  });
});
