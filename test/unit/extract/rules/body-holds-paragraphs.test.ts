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

describe("rule: an article laid out as a page builder's full-width sections, blocks of one kind right in <body>, is read across them", () => {
  const INTRO =
    'Demand for renewable energy keeps rising, and alternatives to fossil fuels are needed to protect the climate. We give you an overview of one of them.';
  const SECTIONS = [
    [
      'Dimethyl ether is a colourless gas that liquefies under light pressure, as propane does, and burns with little soot.',
      'It is made today from methanol, which is itself made from natural gas or coal, in two steps at a chemical plant.',
      'It can also be made in one step from synthesis gas, and both ways work as well with gas won from waste and plants.',
      'Like liquefied petroleum gas, it is suited to heating homes away from the gas grid, and to running vehicles.',
    ],
    [
      'Mixed into liquefied gas at up to a fifth, it needs no change to the tanks, burners or boilers already installed.',
      'Suppliers plan to sell the first blends within a few years, once the plants making it from waste are running.',
      'Customers would then heat with a fuel whose carbon came from the air, not from the ground, at a similar price.',
      'The association of suppliers expects the renewable share of its fuels to grow every year until the end of the decade.',
    ],
  ] as const;
  const sectionHtml = (ps: readonly string[]) =>
    `<div class="container-fluid text-section"><div class="container topic"><div class="row"><div class="col-md-8">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div></div></div>`;
  const page = `<html lang="en"><head><title>Dimethyl ether: heating of the future</title></head><body>
<section class="header"><nav class="navbar"><a href="/">Home</a> <a href="/knowledge">Knowledge</a> <a href="/news">News</a></nav></section>
<section class="blog-post head-post"><div class="container"><div class="row"><div class="col-md-12"><h1>Dimethyl ether: heating of the future</h1></div></div>
<div class="row post-top-content"><div class="col-md-9"><div class="post-date">Published: 24 October 2022</div><div class="post-text"><p>${INTRO}</p></div></div>
<div class="col-md-3 share-col"><a href="mailto:?subject=x">Mail</a> <a href="https://wa.me/?text=x">Whatsapp</a></div></div></div></section>
<div class="container-fluid text-section"><div class="container topic"><div class="row"><div class="col-md-8"><h2>A gas for heating, mobility and more</h2><p>It is one of the candidates to replace fossil gas.</p></div></div></div></div>
<div class="container-fluid table-section"><div class="container"><table><tr><th>Formula</th><td>C2H6O</td></tr><tr><th>Boiling point</th><td>-24.8 °C</td></tr></table></div></div>
${sectionHtml(SECTIONS[0])}
${sectionHtml(SECTIONS[1])}
<div class="container my-5"><h2>Related topics</h2><a href="/bio-gas">Bio gas</a> <a href="/tanks">Gas tanks</a> <a href="/trade">Gas for trade</a></div>
<footer><p>Highlights: <a href="/a">Knowledge</a> <a href="/b">Differences</a> <a href="/c">Imprint</a></p></footer>
</body></html>`;

  it.each([
    ['right in <body>', page],
    [
      "in the page's one wrapper, scripts beside it",
      page
        .replace('<body>', '<body><script>var a = 1;</script><div id="page" class="site">')
        .replace('</body>', '</div><script>var b = 2;</script></body>'),
    ],
  ])(
    'reads the opening block and every section after it, and none of the navigation, related links or footer: bands %s',
    (_, html) => {
      const article = extractArticle(html, { url: URL });
      const text = article.contentText;
      // The opening, set apart in the hero band, is the standfirst.
      expect(article.lead).toBe(INTRO);
      for (const ps of SECTIONS) for (const p of ps) expect(text).toContain(p);
      expect(text).toContain('It is one of the candidates to replace fossil gas.');
      for (const furniture of ['Knowledge', 'Related topics', 'Gas tanks', 'Imprint']) {
        expect(text).not.toContain(furniture);
      }
    },
  );

  it('keeps a long article apart from shorter blocks of one kind after it (the site presenting itself)', () => {
    const note = (p: string) =>
      `<div class="site-note"><p>${p}</p><p>Its archive is open to readers at the town library.</p></div>`;
    const html = `<html><head><title>Storm closes harbour</title></head><body>
<div class="header"><a href="/">Home</a></div>
<div class="content"><h1>Storm closes harbour</h1>${[...STORY, ...SECTIONS[0], ...SECTIONS[1]].map((p) => `<p>${p}</p>`).join('')}</div>
${note('The Coast Courier was founded in 1897 by two fishermen’s sons, who printed it at night in a boat shed and sold it on the quays, at first once a week and soon every morning before the boats went out.')}
${note('The Coast Courier has been owned by a foundation of its readers since 1974, which appoints its editors, keeps its accounts and publishes them every spring in the paper itself.')}
</body></html>`;
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text).toContain(SECTIONS[1][3]);
    expect(text).not.toContain('Coast Courier');
  });
});

describe("rule: a block right in <body> holding less text than <body>'s own paragraphs is no article", () => {
  it("reads a word processor's export whose paragraphs are <body>'s own beside one list", () => {
    const html = `<html><head><meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/><title>Minutes of the meeting</title></head>
<body><h1 class="western">Minutes of the meeting</h1>
<h2 class="western">1. Attendance</h2><p class="western">${STORY[0]}</p>
<ul><li><p class="western">Twelve plots were reallocated after the inspections in May.</p></li><li><p class="western">The water supply was extended to the north field.</p></li></ul>
<h2 class="western">2. Report</h2><p class="western">${STORY[1]}</p><p class="western">${STORY[2]}</p></body></html>`;
    const article = extractArticle(html, { url: URL });
    for (const p of STORY) expect(article.contentText).toContain(p);
    expect(article.contentText).toContain('Twelve plots were reallocated');
  });

  it("reads a pandoc page whose title block is a <header> of a few lines beside <body>'s paragraphs", () => {
    const html = `<html><head><meta name="generator" content="pandoc" /><title>Storm closes harbour</title></head>
<body><header id="title-block-header"><h1 class="title">Storm closes harbour</h1><p class="subtitle">What the port authority said about the closure on Monday</p><p class="author">Jane Roe</p></header>
<h2 id="a">Background</h2>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(STORY.join('\n\n'));
  });
});
