import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.org/2011/10/chilli-contest';

const OPENING = [
  "Emergency services were called to the restaurant's curry-eating challenge, after competitors started writhing on the floor in agony during the contest.",
  'One participant was so ill after sampling the dish that she had to be taken to hospital twice in a matter of hours.',
  'Today, the ambulance service said it wanted the restaurant to review the way the event was managed.',
];
const REST = [
  'The restaurant owner admitted that he would have to tone down the contest, but said the challenge had been a success, with more than twenty people taking part over the day.',
  'Competitors had been warned that the dish was made with the hottest chillies grown anywhere, and each signed a form before the first spoonful was served.',
  'Organisers said the money raised would go to a local charity, and that next year the contest would be held with a doctor on hand throughout the afternoon.',
  'Several of those who finished the challenge said they would not try it again, though a few asked when the next one would be held and whether it could be hotter.',
];

/** A 2011 layout: the first paragraphs each in a block of its own, related links, then the rest. */
function page(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chilli contest leaves two in hospital</title></head>
<body><h1>Chilli contest leaves two in hospital</h1>
<div id="main">${OPENING.map((p, i) => `<div class="par${i + 1}"><p>${p}</p></div>`).join('')}
<div class="links"><h2>Related Articles</h2><ul><li><a href="/a">Flag to fly above town</a></li><li><a href="/b">Water column forms over lake</a></li></ul></div>
<div class="body">${REST.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
</body></html>`;
}

describe('rule: a paragraph in a block of its own beside the body continues it, as a bare paragraph does', () => {
  it('keeps the opening paragraphs that come before the body block, each in its own block', () => {
    const article = extractArticle(page(), { url: URL });
    expect(article.contentText.split('\n\n')).toEqual([...OPENING, ...REST]);
  });
});
