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

describe("rule: an article whose sections are <body>'s own children, each a heading and a block, is read whole", () => {
  const sections = [
    ['Purpose', STORY],
    [
      'Building the sources',
      [
        'Download the latest source tarball from the project site, and save it wherever you keep downloaded packages.',
        'Unpack the tarball, remove the archive and change into the directory it created, then configure and build it.',
        'Install it as root; the libraries go under the prefix you chose, and the programs into its bin directory.',
      ],
    ],
    [
      'Generating certificates',
      [
        'To be a certificate authority you need to perform some simple steps with the tools, which the next lines explain.',
        'First, change to the directory holding the configuration file, and open it with your favourite editor, then save it.',
        'Then create the key of the authority, keep it in a safe place, and sign the certificates of the servers with it.',
        'Each certificate is valid for a year; write the date down, as nothing reminds you that it will expire in time.',
      ],
    ],
  ] as const;

  it.each(['blockquote', 'section', 'div'])(
    'reads every section set in a <%s> under its <h2>',
    (tag) => {
      const html = `<html><head><title>Rsync over an encrypted tunnel</title></head><body><h1>Rsync over an encrypted tunnel</h1>
<h2>Contents</h2><ul>${sections.map(([h], i) => `<li><a href="#s${i}">${h}</a></li>`).join('')}</ul>
${sections.map(([h, ps], i) => `<h2><a name="s${i}">${h}</a></h2><${tag}>${ps.map((p) => `<p>${p}</p>`).join('\n')}</${tag}>`).join('\n')}
<p>Last modified: 2004-10-03</p></body></html>`;
      const article = extractArticle(html, { url: URL });
      for (const [, ps] of sections) for (const p of ps) expect(article.contentText).toContain(p);
      expect(article.contentText).toContain('Building the sources');
    },
  );

  it("keeps a layout's columns right in <body> apart: a sidebar with paragraphs is not read with the article", () => {
    const html = `<html><head><title>Storm closes harbour</title></head><body>
<div class="header"><a href="/">Home</a></div>
<div class="content"><h1>Storm closes harbour</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}${STORY.map((p) => `<p>${p.replace('harbour', 'port')}</p>`).join('')}</div>
<div class="sidebar"><p>Our newsroom covers the coast every day, from the harbour to the hills, with reporters in every town.</p></div>
</body></html>`;
    expect(extractArticle(html, { url: URL }).contentText).not.toContain('Our newsroom');
  });
});
