import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.org/2026/12/storm-closes-harbour';

const STORY = [
  'The harbour was closed on Monday morning as the storm reached the coast, and every ferry stayed in port.',
  'The port authority said the closure would last at least until Tuesday evening, when the wind is expected to ease.',
  'Shops along the seafront put up boards over their windows before noon, and schools sent pupils home early.',
];

describe('rule: paragraphs written right in <body>, or in a fragment without one, are the article', () => {
  it('reads a page whose <body> holds the headline and the paragraphs themselves', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm closes harbour</title></head>
<body><h1>Storm closes harbour</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
</body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.title).toBe('Storm closes harbour');
    expect(article.contentText.split('\n\n')).toEqual(STORY);
  });

  it('reads an article uploaded as a fragment: a headline and paragraphs, no <html> or <body>', () => {
    const html = `<h1>Storm closes harbour</h1>\n${STORY.map((p) => `<p>${p}</p>`).join('\n')}`;
    const article = extractArticle(html, { url: URL });
    expect(article.title).toBe('Storm closes harbour');
    expect(article.contentText.split('\n\n')).toEqual(STORY);
  });

  it('reads a <body> whose paragraphs are runs of text between <br><br>', () => {
    const html = `<html><head><title>Storm closes harbour</title></head><body><b>Storm closes harbour</b><br><br>${STORY.join('<br><br>')}</body></html>`;
    const article = extractArticle(html, { url: URL });
    for (const p of STORY) expect(article.contentText).toContain(p);
  });

  it.each([
    ['an <article>', (text: string) => `<article>${text}</article>`],
    ['a <section>', (text: string) => `<section>${text}</section>`],
    ['a <div> right in <body>', (text: string) => `<div>${text}</div>`],
  ])('reads the text of %s that holds it without paragraphs', (_what, wrap) => {
    const html = `<html><head><title>Storm closes harbour</title></head><body><h1>Storm closes harbour</h1>${wrap(STORY.join(' '))}</body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toBe(STORY.join(' '));
  });
});
