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

describe('rule: </body> and </html> close nothing, as in a browser: what follows them is the body', () => {
  const STORY_HTML = STORY.map((p) => `<p>${p}</p>`).join('\n');

  it('reads the article of a page that writes its <body> after </html>', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Gute Löhne</title></head></html>
<body><div id="article"><h1>Gute Löhne alleine reichen nicht</h1><div class="content">${STORY_HTML}</div></div></body>`;
    expect(extractArticle(page, { url: URL }).contentText).toBe(STORY.join('\n\n'));
    const { $ } = parsePage(page);
    expect($('html > body #article')).toHaveLength(1);
  });

  it('keeps in the body what a page writes after </body></html>', () => {
    const page = `<!DOCTYPE html><html><head><title>Gute Löhne</title></head><body><h1>Gute Löhne alleine reichen nicht</h1></body></html>
<div class="content">${STORY_HTML}</div>`;
    expect(extractArticle(page, { url: URL }).contentText).toBe(STORY.join('\n\n'));
    const { $ } = parsePage(page);
    expect($('html > body > div.content')).toHaveLength(1);
  });
});

describe('rule: a document nested in the body is read as its content, as in a browser', () => {
  const STORY_HTML = STORY.map((p) => `<p>${p}</p>`).join('\n');
  const page = `<!DOCTYPE html><html><head><title>Gute Löhne</title></head><body><div id="article"><h1>Gute Löhne alleine reichen nicht</h1>
<div class="content">${STORY_HTML}</div>
<div class="k9"><html lang="de"><head><title>Widget</title></head><body class="inner">
</body></html></div>
</div></body></html>`;

  it('keeps one <html>, <head> and <body>, the nested ones left out around their content', () => {
    const { $ } = parsePage(page);
    expect($('html')).toHaveLength(1);
    expect($('body')).toHaveLength(1);
    expect($('head')).toHaveLength(1);
    expect($('div.k9 > title').text()).toBe('Widget');
  });

  it("ends the article's markup at its last paragraph", () => {
    expect(extractArticle(page, { url: URL }).contentHtml).toBe(STORY_HTML.replaceAll('\n', ''));
  });
});
