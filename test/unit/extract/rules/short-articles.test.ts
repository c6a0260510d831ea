import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/2024/05/budget-office.html';
const HEAD = `<title>What is the budget office?</title><link rel="canonical" href="${URL}"><meta property="og:type" content="article">`;

function site(article: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${HEAD}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/business">Business</a></nav>
${article}
<footer><p>Copyright News Example. All rights reserved.</p></footer>
</body></html>`;
}

describe("rule: links inside a paragraph's sentences do not make its box a link list", () => {
  it('keeps a short paragraph citing two pages in its sentences, in a box of its own', () => {
    // A quarter of the last paragraph is link text, each link inside its sentence.
    const html = site(`<article><div class="block"><h1>What is the budget office?</h1></div>
<div class="block"><p>The budget office monitors the government's spending plans and performance.</p><p>Twice a year, it releases forecasts on the state of the economy and the public finances.</p></div>
<div class="block"><h2>What does it do?</h2></div>
<div class="block"><p>The office assesses the health of the <a href="/topics/economy">national economy</a>. It is independent of government but works closely with the <a href="/topics/finance">finance ministry</a>.</p></div>
</article>`);
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText.split('\n\n')).toEqual([
      "The budget office monitors the government's spending plans and performance.",
      'Twice a year, it releases forecasts on the state of the economy and the public finances.',
      'What does it do?',
      'The office assesses the health of the national economy. It is independent of government but works closely with the finance ministry.',
    ]);
  });

  it('still removes a box that is a teaser: a linked headline alone on its line and its summary', () => {
    const paragraphs = [
      "The budget office monitors the government's spending plans and its performance each year.",
      'Twice a year, it releases forecasts on the state of the economy and the public finances.',
      'It is independent of government but works closely with the finance ministry.',
    ];
    const teaser =
      '<div><h3><a href="/2024/05/rates.html">Interest rates cut to five per cent</a></h3><p>The central bank cuts them for the first time in four years.</p></div>';
    const html = site(
      `<article><h1>What is the budget office?</h1>${paragraphs.map((p) => `<div><p>${p}</p></div>`).join('')}${teaser}</article>`,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText).not.toContain('Interest rates cut');
  });

  it('still removes a line calling to follow the site, its few words around the link', () => {
    const paragraphs = [
      "The budget office monitors the government's spending plans and its performance each year.",
      'Twice a year, it releases forecasts on the state of the economy and the public finances.',
      'It is independent of government but works closely with the finance ministry.',
    ];
    const follow =
      '<div><p>Get the latest news and updates on the <a href="/channels/budget">Budget 2024 channel</a> every day.</p></div>';
    const html = site(
      `<article><h1>What is the budget office?</h1>${paragraphs.map((p) => `<div><p>${p}</p></div>`).join('')}${follow}</article>`,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText).not.toContain('Budget 2024 channel');
  });
});
