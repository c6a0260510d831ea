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

const STORY = [
  'The city council approved the new budget on Tuesday after a debate that lasted more than six hours, with a narrow majority.',
  'The budget raises spending on schools and public transport, and it cuts the funds for two road projects planned for next year.',
];

const TEASERS = [
  [
    'Storm closes ferry port',
    'Ferries were cancelled on Monday as strong winds swept the coast, and the port said services would resume once the weather allowed it.',
  ],
  [
    'Library reopens',
    "The central library reopened its doors after a renovation of two years that added a children's wing, a café and a new reading room.",
  ],
  [
    'Mayor visits school',
    'The mayor spent the morning at the primary school in the old town, where pupils showed her the garden they planted this spring.',
  ],
  [
    'Bridge repairs start',
    'Work on the river bridge began this week and one lane will stay closed until the end of the month, the roads office said today.',
  ],
] as const;

function teaserCard([headline, summary]: readonly [string, string], i: number): string {
  const href = `/news/2024/05/story-${i}.html`;
  return `<div><a href="${href}"><img src="/img/story-${i}.jpg" alt=""></a><h3><a href="${href}">${headline}</a></h3><p>${summary}</p><span>${i + 1} May 2024</span></div>`;
}

describe("rule: a grid of other stories' teaser cards after the article is not the article's", () => {
  it('leaves out cards whose short linked headline is outweighed by its summary, in class-less markup', () => {
    const html = site(
      `<article><h1>What is the budget office?</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<div>${TEASERS.map(teaserCard).join('')}</div></article>`,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText.split('\n\n')).toEqual(STORY);
  });

  it('keeps a guide whose linked headings head its own paragraphs of prose', () => {
    const long = (s: string) => `${s} ${STORY[0]} ${STORY[1]}`;
    const items = TEASERS.map(
      ([h, s], i) => `<div><h3><a href="/guide/${i}.html">${h}</a></h3><p>${long(s)}</p></div>`,
    );
    const html = site(`<article><h1>What is the budget office?</h1>${items.join('')}</article>`);
    const { contentText } = extractArticle(html, { url: URL });
    for (const [h] of TEASERS) expect(contentText).toContain(h);
  });
});

const STANDFIRST = 'The council passed the budget after a long debate on Tuesday.';

/** An article whose standfirst sits in its header, in a box whose class names score it well. */
function headedArticle(text: string, standfirst = STANDFIRST): string {
  return site(`<article><header><h1>What is the budget office?</h1><div class="text-body article-lead"><p>${standfirst}</p></div></header>
<div class="article-body widget-content">${text}</div></article>`);
}

describe("rule: the article's header is not its body, whatever its standfirst scores", () => {
  it('reads the short text below the header as the body and keeps the standfirst as the lead', () => {
    const { contentText, lead } = extractArticle(
      headedArticle(STORY.map((p) => `<p>${p}</p>`).join('')),
      { url: URL },
    );
    expect(contentText.split('\n\n')).toEqual(STORY);
    expect(lead).toBe(STANDFIRST);
  });

  it('keeps the standfirst as the body when nothing below the header holds more text', () => {
    const standfirst = `${STANDFIRST} It raises spending on schools and cuts two road projects.`;
    const html = headedArticle('<p>Share this story</p>', standfirst);
    expect(extractArticle(html, { url: URL }).contentText).toBe(standfirst);
  });
});
