import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { parsePage } from '../../../../shared/extract/parse-page.ts';

const URL = 'https://www.lokalzeitung.example.ch/gute-loehne';

const STORY = [
  'Das Zentrum lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie Arbeitgeber in Zeiten des Fachkräftemangels genügend Personal finden.',
  'Mit dabei war der Personalchef des bei Arbeitnehmern beliebtesten Unternehmens der Schweiz, der von seinen Erfahrungen berichtete.',
];

/** A template that never closes its head and writes no `<body>`: `</header>` where `</head>` goes. */
const PAGE = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Gute Löhne</title>
<script></script><noscript><div><img src="/pixel.gif" alt=""></div></noscript><br>
</header>
<span style="display:none" id="p_id">1</span><div class="container"><nav><a href="/">Startseite</a> <a href="/c/region">Region</a></nav>
<div id="article"><h1 class="title">Gute Löhne alleine reichen nicht</h1><span class="date">07.11.2023</span>
<div class="content">${STORY.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></html>`;

describe('rule: content the head cannot hold ends the head, as in a browser', () => {
  it('reads the article of a page whose head is never closed', () => {
    const article = extractArticle(PAGE, { url: URL });
    expect(article.contentText).toBe(STORY.join('\n\n'));
  });

  it("keeps the head's own elements, a <noscript> among them, in the head", () => {
    const { $ } = parsePage(PAGE);
    expect($('head > title').text()).toBe('Gute Löhne');
    expect($('head > noscript')).toHaveLength(1);
    expect($('#article').parents('head')).toHaveLength(0);
  });
});
