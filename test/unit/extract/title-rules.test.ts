import { describe, expect, it } from 'vitest';
import { extractArticle, recordingTrace } from '../../../shared/extract/index.ts';
import { foldLetters } from '../../../shared/extract/site.ts';
import { stripTitleAffixes } from '../../../shared/extract/title.ts';
import { BODY_PARAGRAPHS } from './build-page.ts';

const URL = 'https://news.example.de/politik/artikel-1.html';
const BODY = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

/** A page with the given head and the given markup before the article body. */
function page(head: string, header: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
<nav class="breadcrumb"><a href="/">Start</a></nav>
<main><header>${header}</header><div class="article-body">${BODY}</div></main></body></html>`;
}

const title = (head: string, header: string) =>
  extractArticle(page(head, header), { url: URL }).title;

describe('title: HTML entities are decoded from JSON-LD and meta tags', () => {
  it.each([
    [
      'JSON-LD headline',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Samsung soll Smartphones zerst&ouml;ren &#8211; sagt das Gericht"}</script>',
    ],
    [
      'og:title escaped twice',
      '<meta property="og:title" content="Samsung soll Smartphones zerst&amp;ouml;ren &amp;#8211; sagt das Gericht">',
    ],
  ])('decodes %s', (_, head) => {
    expect(title(head, '')).toBe('Samsung soll Smartphones zerstören – sagt das Gericht');
  });

  it('decodes &quot; around a quotation', () => {
    const head =
      '<meta property="og:title" content="Trainer: &amp;quot;Nicht mehr viel zu verlieren&amp;quot;">';
    expect(title(head, '')).toBe('Trainer: "Nicht mehr viel zu verlieren"');
  });
});

describe('title: invisible characters', () => {
  it('drops the soft hyphens a headline carries for line breaking', () => {
    expect(
      title(
        '',
        '<h1>Paläs&shy;ti&shy;nenser legt Ver\u00adfas\u00adsungs\u00adbe\u00adschwer\u00adde ein</h1>',
      ),
    ).toBe('Palästinenser legt Verfassungsbeschwerde ein');
  });

  it('keeps the zero-width non-joiner of a Persian word and the joiners of an emoji sequence', () => {
    expect(title('', '<h1>می\u200cخواهم بروم 👨\u200d👩\u200d👧</h1>')).toBe(
      'می\u200cخواهم بروم 👨\u200d👩\u200d👧',
    );
  });
});

describe("title: a heading's permalink is no part of it", () => {
  it.each([
    [
      'a pilcrow (Sphinx)',
      '<a class="headerlink" href="#shared-mutable-history" title="Permalink to this headline">¶</a>',
    ],
    ['a hash sign', '<a href="#shared-mutable-history" aria-hidden="true">#</a>'],
    ['a section sign', '<a href="#shared-mutable-history">§</a>'],
  ])('leaves %s out of the title and the body', (_what, permalink) => {
    const html = page('', `<h1>Shared Mutable History${permalink}</h1>`).replace(
      '<div class="article-body">',
      `<div class="article-body"><h2>Sharing with a single developer${permalink.replace('shared-mutable-history', 'sharing')}</h2>`,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.title).toBe('Shared Mutable History');
    expect(article.contentText).toContain('Sharing with a single developer\n');
    expect(article.contentText).not.toMatch(/[¶#§]/);
  });

  it('keeps a link in a heading that says something, and a hash sign the headline writes', () => {
    expect(title('', '<h1>Why <a href="#c-sharp">C#</a> wins</h1>')).toBe('Why C# wins');
  });
});

describe('title: site-name suffixes are removed', () => {
  const site = { names: ['bildde', 'dw'], hostLabels: ['dw'] };

  it.each([
    ['Ziele, Chancen, Risiken | DW | 28.04.2023', 'Ziele, Chancen, Risiken'],
    ['Thioune fordert Geduld | Sport | BILD.de', 'Thioune fordert Geduld'],
    ['DW - Ziele, Chancen, Risiken', 'Ziele, Chancen, Risiken'],
    ['Hà Nội - Hải Phòng thông xe cao tốc', 'Hà Nội - Hải Phòng thông xe cao tốc'],
  ])('cuts the site name, the host, a domain, a date or the section: %j', (raw, expected) => {
    expect(stripTitleAffixes(raw, site, ['Sport'])).toBe(expected);
  });

  describe('in the other forms CMSs write them', () => {
    const times = { names: ['exampletimes'], hostLabels: ['exampletimes'] };
    const headline = 'Council approves new parking rules';
    it.each([
      `${headline} | Politics | Example Times`,
      `${headline} - Politics - Example Times`,
      `Politics | ${headline}`,
      `Example Times: ${headline}`,
      `${headline} « Example Times`,
      `${headline} / Example Times`,
      `[Example Times] ${headline}`,
      `${headline} (Example Times)`,
      `${headline} - Example Times - Breaking news, sport, weather`,
      `${headline} – Example Times News`,
    ])('cuts the site name and the section named by the address: %j', (raw) => {
      expect(stripTitleAffixes(raw, times, ['politics'])).toBe(headline);
    });

    it.each([
      [`${headline}: The Example Times Eye: Example Times on Style: Example Times`, headline],
      [`Parking: ${headline}: Example Times`, `Parking: ${headline}`],
    ])(
      "cuts the site's blog and section names chained with colons before its name: %j",
      (raw, expected) => {
        expect(stripTitleAffixes(raw, times, ['politics'])).toBe(expected);
      },
    );

    it.each([
      'Brexit: the deal explained',
      'AC / DC: back in black',
      'Apple / Google deal',
      'Ministers and the Example Times debate',
      'Rules (and what they cost)',
      'Example Times Gift Guide: what to buy',
      'Binet met en garde sur la « gravité de la situation »',
      '« Nous sommes prêts », dit le maire',
    ])('leaves a headline without them as it is: %j', (raw) => {
      expect(stripTitleAffixes(raw, times, ['politics'])).toBe(raw);
    });
  });

  it('cuts the section its address names (/politik/…) from a meta title', () => {
    const head =
      '<meta property="og:site_name" content="Beispiel"><meta property="og:title" content="Steuern steigen | Politik | Beispiel">';
    expect(title(head, '')).toBe('Steuern steigen');
  });

  it('keeps a quotation in guillemets whole in a <title> the page takes as its title', () => {
    const quoted = 'Binet met en garde Macron sur la « gravité de la situation dans le pays »';
    expect(title(`<title>${quoted}</title>`, '')).toBe(quoted);
  });

  it('cuts the suffix from a meta title the page takes as its title', () => {
    const head =
      '<meta property="og:site_name" content="Börsen-Zeitung"><meta property="og:title" content="Steigende Zinsen setzen Dax zu | Börsen-Zeitung">';
    expect(title(head, '')).toBe('Steigende Zinsen setzen Dax zu');
  });
});

describe('title: when the on-page headline and the meta title differ, the one the reader sees wins', () => {
  const meta =
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"SEO headline for search engines only"}</script>' +
    '<meta property="og:title" content="A shorter social card headline">';

  it('takes the visible <h1> over the JSON-LD headline and og:title', () => {
    expect(title(meta, '<h1>So sind Straßenbahnen auf Hitzewellen vorbereitet</h1>')).toBe(
      'So sind Straßenbahnen auf Hitzewellen vorbereitet',
    );
  });

  it('ignores an <h1> kept for search engines in the breadcrumb bar or hidden', () => {
    const header =
      '<nav><h1>SEO headline for search engines only</h1></nav>' +
      '<h1 class="sr-only">Another hidden headline for crawlers</h1>' +
      '<h2><span class="article__kicker">Kicker</span><span class="article__headline">A shorter social card headline</span></h2>';
    expect(title(meta, header)).toBe('A shorter social card headline');
  });

  it('ignores the site name shown as an <h1> in the banner', () => {
    const head = `<meta property="og:site_name" content="Portal of the Example Province">${meta}`;
    expect(title(head, '<h1 class="site-title">Example Province</h1>')).toBe(
      'SEO headline for search engines only',
    );
  });

  it('drops a kicker shown on a line of its own above the headline', () => {
    const header =
      '<h1><span class="title__kicker">Eskalation im Nahen Osten</span><span class="h-offscreen" aria-hidden="true"> - </span><span>«Die Zurückhaltung hat viel mit den USA zu tun»</span></h1>';
    expect(title(meta, header)).toBe('«Die Zurückhaltung hat viel mit den USA zu tun»');
  });

  it('takes the meta title that writes the shown headline with its kicker ("Kicker: Headline")', () => {
    const head = '<meta property="og:title" content="Basketball-Euroleague: Sanktionen und Reue">';
    const header =
      '<h1><span class="heading__kicker">Basketball-Euroleague</span><span class="visually-hidden">: </span><span>Sanktionen und Reue</span></h1>';
    expect(title(head, header)).toBe('Basketball-Euroleague: Sanktionen und Reue');
  });

  it('takes the meta title that writes a kicker shown just before the <h1>', () => {
    const head =
      '<meta property="og:title" content="Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden">';
    const header =
      '<div class="keyword">Nach Gaetz-Rückzug</div><h1>Trump-Anwältin soll Justizministerin werden</h1>';
    expect(title(head, header)).toBe(
      'Nach Gaetz-Rückzug: Trump-Anwältin soll Justizministerin werden',
    );
  });

  it('drops a deck shown inside the <h1> after the headline that the meta title writes alone', () => {
    const head =
      '<meta property="og:title" content="I Wish Someone Had Told Me This Before I Became a Politician">';
    const header =
      '<h1 class="title"><span class="headline">I Wish Someone Had Told Me This Before I Became a Politician</span> <span class="caption">A letter to a young liberal</span></h1>';
    expect(title(head, header)).toBe(
      'I Wish Someone Had Told Me This Before I Became a Politician',
    );
  });

  it('keeps the whole <h1> when no meta title writes its first part alone', () => {
    const head = '<meta property="og:title" content="Canada\'s former leader offers advice">';
    const header =
      '<h1 class="title"><span class="headline">I Wish Someone Had Told Me This</span> <span class="caption">A letter to a young liberal</span></h1>';
    expect(title(head, header)).toBe('I Wish Someone Had Told Me This A letter to a young liberal');
  });

  it.each([
    ['its quotation marks', 'für „finished“', 'für "finished"'],
    ['its dash', 'holen – Österreich zahlt', 'holen - Österreich zahlt'],
    ['its apostrophe', 'Europe’s bill', "Europe's bill"],
  ])(
    'writes the headline with %s as the <h1> shows it where the meta title writes it plainly',
    (_, shown, plain) => {
      const head = `<meta property="og:title" content='Von der Leyen will ${plain.replace(/'/g, '&#39;')} heute'>`;
      expect(title(head, `<h1>Von der Leyen will ${shown} heute</h1>`)).toBe(
        `Von der Leyen will ${shown} heute`,
      );
    },
  );

  it('keeps a kicker joined to the headline by a visible separator', () => {
    const header =
      '<h1><span class="title__kicker">Bubi-Bomber wieder da</span><span>: </span><span>Thioune fordert Geduld</span></h1>';
    expect(title('', header)).toBe('Bubi-Bomber wieder da: Thioune fordert Geduld');
  });
});

describe("title: a heading the page's titles write wins over a first <h1> that none writes (a section's or channel's name)", () => {
  const head =
    '<title>Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách | Cổng thông tin tỉnh</title>' +
    '<meta property="og:title" content="Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách">';

  it('takes a later <h1> that the meta title writes', () => {
    const header =
      '<h1 class="subheading">Kinh tế / Nông nghiệp và phát triển nông thôn</h1><h1 class="heading">Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách</h1>';
    expect(title(head, header)).toBe('Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách');
  });

  it('takes an <h2> that the <title> writes, below a channel heading in the <h1>', () => {
    const tagOnly = '<title>Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách</title>';
    const header =
      '<h1>Trung tâm thông tin nông nghiệp</h1><h2>Công cụ và tài liệu</h2><h2>Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách</h2>';
    expect(title(tagOnly, header)).toBe('Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách');
  });

  it("keeps the <h1> below a box heading that only repeats a <title> of the section's name", () => {
    const section = '<title>Tin giáo dục</title>';
    const header =
      '<h2 class="c_title"><span>Tin giáo dục</span></h2><h1>Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách</h1>';
    expect(title(section, header)).toBe('Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách');
  });

  it('keeps the first <h1> when no heading is what the titles write', () => {
    const header =
      '<h1>Nông sản an toàn về phố: hội chợ đông khách ngay ngày đầu</h1><h2>Hội chợ năm nay có gì mới</h2>';
    expect(title(head, header)).toBe('Nông sản an toàn về phố: hội chợ đông khách ngay ngày đầu');
  });
});

describe('title: a <title> ending in ": Site" gives the heading that shows its first part', () => {
  it("takes the <h3> showing the part before the <title>'s last colon, below a section's <h1>", () => {
    const tagOnly =
      '<title>Neue Buslinie verbindet Ortsteile mit dem Bahnhof: Stadt Hohenbrück</title>';
    const header =
      '<h1>Pressemitteilungen</h1><h3 itemprop="headline">Neue Buslinie verbindet Ortsteile mit dem Bahnhof</h3>';
    expect(title(tagOnly, header)).toBe('Neue Buslinie verbindet Ortsteile mit dem Bahnhof');
  });

  it('keeps a <title> whose part after the colon says more than a name ("Name: what they said")', () => {
    const tagOnly = '<title>Tony Blair: Why there has to be compromise in Ukraine</title>';
    const header =
      '<h1>Tony Blair: Why there has to be compromise in Ukraine</h1><h3>Tony Blair</h3>';
    expect(title(tagOnly, header)).toBe('Tony Blair: Why there has to be compromise in Ukraine');
    const noHeading = '<h1>Interviews</h1><h3>Tony Blair</h3>';
    expect(title(tagOnly, noHeading)).not.toBe('Tony Blair');
  });
});

describe('title: a related-links heading is no headline', () => {
  it('never takes a related-links heading in an <h1> as the headline', () => {
    const head = '<title>Neue Radwege in der Innenstadt - Stadt Beispielstadt</title>';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><main><div class="article-body">${BODY}</div><div class="k1"><h1>Mehr zum Thema</h1><ul><li><a href="/a">Radverkehr</a></li><li><a href="/b">Parken</a></li></ul></div></main></body></html>`;
    expect(extractArticle(html, { url: URL }).title).toBe('Neue Radwege in der Innenstadt');
  });
});

describe('title: the article judges its own headline, page-wide classes do not', () => {
  const head =
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"The best heated clothes airers in 2023, tried and tested"}</script>';
  const headline = 'The best heated clothes airers to save money when drying laundry';

  it.each([
    [
      'a theme word on <body> ("segment--recommended")',
      `<body class="segment--recommended"><main><article><header><h1>${headline}</h1></header>`,
    ],
    [
      'a "masthead" layout section around the whole article',
      `<body><section class="masthead" id="l-main-content"><article><h1>${headline}</h1>`,
    ],
  ])('takes the <h1> inside the <article> whatever %s says', (_, opening) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head>${opening}<div class="article-body">${BODY}</div></article></body></html>`;
    expect(extractArticle(html, { url: URL }).title).toBe(headline);
  });

  it('still skips a teaser <h1> inside the article', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><article><div class="related-teaser"><h1>${headline}</h1></div><div class="article-body">${BODY}</div></article></body></html>`;
    expect(extractArticle(html, { url: URL }).title).toBe(
      'The best heated clothes airers in 2023, tried and tested',
    );
  });
});

describe('title: a breadcrumb named by its test id or ARIA role is not the shown headline', () => {
  const head =
    '<meta property="og:title" content="Kicker line: The headline the article shows">' +
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A search headline nobody sees on the page"}</script>';

  it.each([
    ['a test id', '<div data-testid="BreadcrumbArea">'],
    ['role="navigation"', '<div role="navigation">'],
  ])('skips an <h1> ending a trail of links in a wrapper named by %s', (_, wrapper) => {
    const header =
      `${wrapper}<a href="/">Home</a><a href="/politik/">Politik</a>` +
      '<h1 class="whitespace-nowrap text-10">A search headline nobody sees on the page</h1></div>' +
      '<h2><span class="text-14" data-article-kicker="Kicker line">Kicker line</span>' +
      '<span class="text-28">The headline the article shows</span></h2>';
    expect(title(head, header)).toBe('Kicker line: The headline the article shows');
  });
});

describe('title: kickers named by the parts around them', () => {
  const head =
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\"Es wird bald beginnen\\": Trump spricht über Bodeneinsätze"}</script>' +
    '<meta property="og:title" content="Trump spricht über Bodeneinsätze">';

  it('reads the part before one named as the headline as a kicker', () => {
    const header =
      '<h2><span class="text-s color-red">"Es wird bald beginnen"</span>' +
      '<span class="text-xxxl article-head_headline">Trump spricht über Bodeneinsätze</span></h2>';
    expect(title(head, header)).toBe('Trump spricht über Bodeneinsätze');
  });

  it('reads a part whose data attribute names it a kicker as a kicker', () => {
    const header =
      '<h1><span data-external-article-kicker="x">"Es wird bald beginnen"</span>' +
      '<span>Trump spricht über Bodeneinsätze</span></h1>';
    expect(title(head, header)).toBe('Trump spricht über Bodeneinsätze');
  });

  it('keeps a first part that nothing marks as a kicker', () => {
    const header =
      '<h1><span class="text-s">"Es wird bald beginnen"</span>' +
      '<span class="text-xxxl">Trump spricht über Bodeneinsätze</span></h1>';
    expect(title(head, header)).toBe('"Es wird bald beginnen": Trump spricht über Bodeneinsätze');
  });
});

describe('title: among meta titles that write the shown headline, the form the page shows or writes most wins', () => {
  const kickerHeader =
    '<h2><span class="kicker">Rückbau von Atomkraftwerk</span> <span>Kühltürme gesprengt</span></h2>';

  it('takes the separator most of the page writes between kicker and headline', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rückbau von Atomkraftwerk - Kühltürme gesprengt"}</script>' +
      '<meta property="og:title" content="Rückbau von Atomkraftwerk: Kühltürme gesprengt">' +
      '<title>Rückbau von Atomkraftwerk: Kühltürme gesprengt</title>';
    expect(title(head, kickerHeader)).toBe('Rückbau von Atomkraftwerk: Kühltürme gesprengt');
  });

  it('prefers a form that keeps the kicker apart over one that runs it into the headline', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rückbau von Atomkraftwerk Kühltürme gesprengt"}</script>' +
      '<meta property="og:title" content="Rückbau von Atomkraftwerk / Kühltürme gesprengt">' +
      '<title>Rückbau von Atomkraftwerk Kühltürme gesprengt</title>';
    expect(title(head, kickerHeader)).toBe('Rückbau von Atomkraftwerk / Kühltürme gesprengt');
  });

  it('takes the headline exactly as shown, typographic quotes included', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Mexico to fight \'illogical\' steel tariffs"}</script>' +
      '<meta property="og:title" content="Mexico to fight ‘illogical’ steel tariffs">';
    expect(title(head, '<h1>Mexico to fight ‘illogical’ steel tariffs</h1>')).toBe(
      'Mexico to fight ‘illogical’ steel tariffs',
    );
  });
});

describe('title: Japanese and Chinese affixes', () => {
  const site = { names: ['朝日新聞デジタル', '新浪新闻'].map(foldLetters), hostLabels: ['asahi'] };

  it('cuts a site name after the fullwidth bar, with or without spaces', () => {
    expect(stripTitleAffixes('首相が会見｜朝日新聞デジタル', site)).toBe('首相が会見');
    expect(stripTitleAffixes('首相が会見 ｜ 朝日新聞デジタル', site)).toBe('首相が会見');
  });

  it('cuts a site name after an underscore between two CJK characters', () => {
    expect(stripTitleAffixes('习近平会见外宾_新浪新闻', site)).toBe('习近平会见外宾');
    expect(stripTitleAffixes('snake_case 新浪新闻', site)).toBe('snake_case 新浪新闻');
  });
});

describe('title: a CJK <title> part joined by an unspaced hyphen', () => {
  it('takes the part the page shows when a hyphen joins the site’s name to it', () => {
    for (const tag of [
      '法国全国大罢工再次严重影响交通-新华网',
      '法国全国大罢工再次严重影响交通-新华通讯社网站',
    ]) {
      const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${tag}</title></head>
<body><div class="top"><a href="/">首页</a></div><div class="h-title">法国全国大罢工再次严重影响交通</div>
<div class="content">${BODY}</div></body></html>`;
      expect(extractArticle(html, { url: URL }).title).toBe('法国全国大罢工再次严重影响交通');
    }
  });

  it('keeps a hyphen between Latin letters or digits of the headline', () => {
    expect(
      stripTitleAffixes('新冠-19疫情-新华网', { names: [foldLetters('新华网')], hostLabels: [] }),
    ).toBe('新冠-19疫情');
  });
});

describe('title: Korean affixes and the page’s own headline tag', () => {
  const site = { names: [foldLetters('한국일보')], hostLabels: ['hankookilbo'] };

  it('cuts a site name after the letter ㅣ used as a bar, with or without spaces', () => {
    expect(stripTitleAffixes('부담 커졌다ㅣ한국일보', site)).toBe('부담 커졌다');
    expect(stripTitleAffixes('부담 커졌다 ㅣ 한국일보', site)).toBe('부담 커졌다');
  });

  it('cuts a section name joined by an unspaced hyphen before the site name', () => {
    expect(stripTitleAffixes('외연 확장 부담 커졌다-정치ㅣ한국일보', site)).toBe(
      '외연 확장 부담 커졌다',
    );
    expect(stripTitleAffixes('친청계 "당규 개정 왜 밀어붙이나"-정치일반', site)).toBe(
      '친청계 "당규 개정 왜 밀어붙이나"',
    );
  });

  it('cuts it from a <title> whose site name the page does not declare', () => {
    const head = '<title>장동혁, 한동훈 제명했지만… 외연 확장 부담 커졌다-정치ㅣ한국일보</title>';
    expect(title(head, '')).toBe('장동혁, 한동훈 제명했지만… 외연 확장 부담 커졌다');
  });

  it('keeps a hyphenated word that ends a headline', () => {
    expect(stripTitleAffixes('코로나-19', site)).toBe('코로나-19');
    expect(stripTitleAffixes('한미 정상회담-경제협력 강화', site)).toBe(
      '한미 정상회담-경제협력 강화',
    );
  });

  it('takes <meta name="headline"> over an og:title with affixes when no headline is shown', () => {
    const head =
      '<meta property="og:site_name" content="한국일보">' +
      '<meta name="headline" content="장동혁, 한동훈 제명했지만… 외연 확장 부담 커졌다">' +
      '<meta property="og:title" content="장동혁, 한동훈 제명했지만… 외연 확장 부담 커졌다-정치ㅣ한국일보">';
    expect(title(head, '')).toBe('장동혁, 한동훈 제명했지만… 외연 확장 부담 커졌다');
  });
});

describe('title: a page without meta titles takes the <title> part its <h1> shows', () => {
  it('takes the headline, not the site name the page also shows', () => {
    const head = '<title>„Unermüdlicher Einsatz“ – Die Neue Südtiroler Tageszeitung</title>';
    const header =
      '<div class="logo">Die Neue Südtiroler Tageszeitung</div><h1>„Unermüdlicher Einsatz“</h1>';
    expect(title(head, header)).toBe('„Unermüdlicher Einsatz“');
  });
});

describe('title: a page without meta titles writes its headline with the kicker as its <title> does', () => {
  it.each([
    [
      'a kicker and a hidden colon inside the <h1>',
      '<h1><span class="kicker">Akkutechnik<span class="visually-hidden">:</span></span> <span class="title">Hat Quantumscape genug Akkus für ein Motorrad gebaut?</span></h1>',
    ],
    [
      'a kicker line above the headline in the <h1>',
      '<h1><span class="topline">Akkutechnik</span> <span class="headline">Hat Quantumscape genug Akkus für ein Motorrad gebaut?</span></h1>',
    ],
  ])('takes "Kicker: Headline" from the <title> for %s', (_what, header) => {
    const head =
      '<title>Akkutechnik: Hat Quantumscape genug Akkus für ein Motorrad gebaut? - Golem.de</title>';
    expect(title(head, header)).toBe(
      'Akkutechnik: Hat Quantumscape genug Akkus für ein Motorrad gebaut?',
    );
  });

  it('takes the <title> where it keeps apart with a colon the parts the <h1> lays out apart', () => {
    const head =
      '<title>Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen | tagesschau.de</title>';
    const header =
      '<h1><span class="k1">Ausschuss zur Ahrtal-Flut</span> <span class="k2">Zwei Rücktritte - und viele offene Fragen</span></h1>';
    expect(title(head, header)).toBe(
      'Ausschuss zur Ahrtal-Flut: Zwei Rücktritte - und viele offene Fragen',
    );
  });

  it('takes the <title> where it keeps apart with a colon after its closing quote a quoted kicker', () => {
    const head =
      '<title>&quot;Es wird bald beginnen&quot;: Trump spricht nach Tanker-Stürmung über Bodeneinsätze - ntv.de</title>';
    const header =
      '<h1><span class="k1">&quot;Es wird bald beginnen&quot;</span><span class="k2">Trump spricht nach Tanker-Stürmung über Bodeneinsätze</span></h1>';
    expect(title(head, header)).toBe(
      '"Es wird bald beginnen": Trump spricht nach Tanker-Stürmung über Bodeneinsätze',
    );
  });

  it("keeps the headline's own quotes and dashes where the <title> adds no kicker", () => {
    const head = "<title>Mexico's economy grew 1.1% in 1st quarter - AP News</title>";
    const header = '<h1>Mexico’s economy grew 1.1% in 1st quarter</h1>';
    expect(title(head, header)).toBe('Mexico’s economy grew 1.1% in 1st quarter');
  });

  it('takes the headline as shown when the <title> words it otherwise', () => {
    const head = '<title>Quantumscape: Akkus für Ducati fraglich - Golem.de</title>';
    const header =
      '<h1><span class="kicker">Akkutechnik</span> <span class="title">Hat Quantumscape genug Akkus für ein Motorrad gebaut?</span></h1>';
    expect(title(head, header)).toBe('Hat Quantumscape genug Akkus für ein Motorrad gebaut?');
  });
});

describe("title: the heading of the article's <hgroup>, when the only <h1> is the navigation's", () => {
  it('takes the <h2> an <hgroup> shows under its kicker, not the <title> nor the carousel <h1>', () => {
    const head =
      '<title>Archäologische Sensation: Uralte Maya-Städte in Guatemala entdeckt - waz.de</title>';
    const html = page(
      head,
      '<hgroup><div><span>Archäologische Sensation</span></div><h2>Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit</h2></hgroup>',
    ).replace(
      '<nav class="breadcrumb">',
      '<nav class="k1"><ul><li><h1>Archäologische Sensation: Uralte Maya-Städte in Guatemala entdeckt</h1></li></ul></nav><nav class="breadcrumb">',
    );
    expect(extractArticle(html, { url: URL }).title).toBe(
      'Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit',
    );
  });
});

describe('title: a headline in a script without spaces between words', () => {
  it('takes an <h1> of Japanese clauses set apart by an ideographic space, with no meta title', () => {
    const head = '<title>南海トラフ、一時調査　巨大地震、基準達せず：中日新聞Web</title>';
    expect(title(head, '<h1 class="hdg">南海トラフ、一時調査　巨大地震、基準達せず</h1>')).toBe(
      '南海トラフ、一時調査 巨大地震、基準達せず',
    );
  });
});

describe('title: parts of a headline element laid out apart', () => {
  it('spaces a kicker span from the headline text that follows it', () => {
    expect(
      title(
        '',
        '<h1><span>Nationale Demo</span>Der 9. Juli naht: Gewerkschaften zeigen Stärke</h1>',
      ),
    ).toBe('Nationale Demo Der 9. Juli naht: Gewerkschaften zeigen Stärke');
  });

  it('spaces the text after a span that ends in a colon', () => {
    expect(
      title(
        '',
        '<h1><span class="red">Polizei fasst 2 Täter:</span>Diebstahl binnen zwei Tagen aufgeklärt</h1>',
      ),
    ).toBe('Polizei fasst 2 Täter: Diebstahl binnen zwei Tagen aufgeklärt');
  });

  it('keeps a word whose letters are only emphasised apart', () => {
    expect(title('', '<h1>Die <b>Bundes</b>regierung beschließt das Gesetz</h1>')).toBe(
      'Die Bundesregierung beschließt das Gesetz',
    );
  });
});

describe('title: a page without meta titles takes a <title> part shown on the page, never the site name', () => {
  it('reads guillemets inside the headline as quotation marks, not separators', () => {
    const head =
      '<title>Migration: Chiesa ruft zum «politischen Widerstand» gegen die Asylpolitik auf | Tages-Anzeiger</title>';
    const header =
      '<div class="logo"><a href="/">Tages-Anzeiger</a></div>' +
      '<nav class="breadcrumbs"><a href="/">Start</a> | <h1>Migration: Chiesa ruft zum «politischen Widerstand» gegen die Asylpolitik auf</h1></nav>';
    expect(
      extractArticle(page(head, header), { url: 'https://www.tagesanzeiger.ch/a-123' }).title,
    ).toBe('Migration: Chiesa ruft zum «politischen Widerstand» gegen die Asylpolitik auf');
  });

  it("takes the headline an old portal shows in bold, opening with the <title>'s part after the site's name", () => {
    const html = `<html><head><title>UBND huyện Đông Anh - Thông báo lịch tiếp công dân</title></head><body>
<font face="Arial" size="2"><a href="index.asp">Trang chủ</a> | <a href="tintuc.asp">Tin tức</a></font><hr>
<font face="Arial" size="3"><b>THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG 12/2023</b></font><br>
<font face="Arial" size="2">${BODY_PARAGRAPHS.join('<br><br>')}</font>
<hr><font size="1">Bản quyền thuộc UBND huyện Đông Anh.</font></body></html>`;
    const article = extractArticle(html, {
      url: 'http://donganh.example.gov.vn/tintuc.asp?id=123',
    });
    expect(article.title).toBe('THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG 12/2023');
  });

  it.each([
    ['an empty <title>', '<title></title>'],
    ["an editor's placeholder <title>", '<title>Untitled Document</title>'],
    ["another editor's placeholder <title>", '<title>New Page 1</title>'],
  ])(
    'takes the bold line an old portal shows above its text as the headline, under %s',
    (_, head) => {
      const html = `<html><head>${head}</head><body>
<font face="Arial" size="2"><a href="index.asp">Trang chủ</a> | <a href="tintuc.asp">Tin tức</a></font><hr>
<font face="Arial" size="3"><b>THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG 12/2023</b></font><br>
<font face="Arial" size="2"><i>Cập nhật: 14/12/2023</i></font><br><br>
<font face="Arial" size="2">${BODY_PARAGRAPHS.join('<br><br>')}</font></body></html>`;
      const article = extractArticle(html, {
        url: 'http://donganh.example.gov.vn/tintuc.asp?id=123',
      });
      expect(article.title).toBe('THÔNG BÁO LỊCH TIẾP CÔNG DÂN THÁNG 12/2023');
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it.each([
    ['TieuDe', '<span class="TieuDe">'],
    ['news-title', '<div class="news-title">'],
    ['title_detail', '<p class="title_detail">'],
    [
      "lblTitle (an ASP.NET label's id)",
      '<span id="dnn_ctr480_ViewNewsDetail_lblTitle" class="Head">',
    ],
  ])(
    "takes the headline an old portal's class %s names over a <title> that names only the site",
    (_, open) => {
      const close = `</${open.slice(1, open.indexOf(' '))}>`;
      const html = `<html><head><title>Sở Y tế tỉnh Bình Dương</title></head><body>
<table><tr><td width="200"><div class="box-title">Liên kết website</div><a href="/a">Bộ Y tế</a></td><td>
${open}Bình Dương triển khai tiêm vắc xin phòng bệnh sởi cho trẻ em${close}<br>
<span class="NgayDang">(14/12/2023 16:05)</span><br><br>
<span class="NoiDung">${BODY_PARAGRAPHS.join('<br><br>')}</span></td></tr></table></body></html>`;
      const article = extractArticle(html, {
        url: 'https://soyte.example.gov.vn/ChiTiet.aspx?id=456',
      });
      expect(article.title).toBe('Bình Dương triển khai tiêm vắc xin phòng bệnh sởi cho trẻ em');
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
      // --explain shows the line as read, and the <title> passed over as a note, not as the
      // value read (it was read from the line).
      const { trace, explanation } = recordingTrace();
      extractArticle(html, { url: 'https://soyte.example.gov.vn/ChiTiet.aspx?id=456', trace });
      const title = explanation.fields.find((f) => f.field === 'title');
      expect(title).toMatchObject({ source: 'a line its class calls the headline' });
      expect(title?.raw).toBeUndefined();
      expect(title?.note).toBe('<title> "Sở Y tế tỉnh Bình Dương" passed over');
    },
  );

  it('takes the bold line above the text as the headline, not the date line in a <font> below it', () => {
    const headline = 'Huyện Cần Giờ tổ chức lễ hội Nghinh Ông năm 2026';
    const html = `<html><head><meta charset="utf-8"><title>Tin tức</title></head><body><table><tr><td>
<p><b>${headline}</b></p>
<p><font size="2"><i>Ngày 14/12/2026</i></font></p>
${BODY}</td></tr></table></body></html>`;
    const article = extractArticle(html, { url: 'https://cangio.example.gov.vn/tin.asp?id=1' });
    expect(article.title).toBe(headline);
    expect(article.publishedAt).toBe('2026-12-14T12:00:00+07:00');
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    ['linking to its section', '<a href="/tintuc/Pages/default.aspx">Tin tức - Sự kiện</a>'],
    ['alone', 'Tin tức - Sự kiện'],
  ])(
    "takes the headline a line's class names over an <h1> of the template's page label %s (SharePoint's pageTitle)",
    (_, label) => {
      const headline = 'Thủ tướng chủ trì Hội nghị Chính phủ với các địa phương năm 2026';
      const html = `<html><head><title>Tin tức - Sự kiện</title></head><body>
<h1 class="ms-core-pageTitle">${label}</h1>
<div class="tieude-tin">${headline}</div>
<div class="noidung-tin">${BODY}</div></body></html>`;
      const article = extractArticle(html, {
        url: 'https://chinhphu.example.gov.vn/tintuc/a.aspx',
      });
      expect(article.title).toBe(headline);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it.each([
    ['og:title', '<meta property="og:title" content="Cổng thông tin điện tử tỉnh Quảng Ninh">'],
    [
      'twitter:title',
      '<meta name="twitter:title" content="Cổng thông tin điện tử tỉnh Quảng Ninh">',
    ],
    ['DC.title', '<meta name="DC.title" content="Cổng thông tin điện tử tỉnh Quảng Ninh">'],
  ])(
    'takes the headline a line shows as its class names it, and as the <title> writes it, over an %s the template repeats',
    (_, meta) => {
      const headline = 'Quảng Ninh đón vị khách quốc tế thứ 2 triệu trong năm 2026';
      const html = `<html><head>${meta}<title>${headline}</title></head><body>
<div class="tieude">${headline}</div>
<div class="noidung">${BODY}</div></body></html>`;
      const article = extractArticle(html, {
        url: 'https://www.quangninh.example.gov.vn/tin/a.html',
      });
      expect(article.title).toBe(headline);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it.each([
    [
      "the banner's logo and a menu's section",
      '<title>Cổng thông tin điện tử tỉnh Ninh Bình - Tin tức - Sự kiện</title>',
    ],
    [
      "a menu's section and the banner's logo",
      '<title>Tin tức - Sự kiện | Cổng thông tin điện tử tỉnh Ninh Bình</title>',
    ],
    [
      "a menu's section and the banner's logo, which og:title and twitter:title write too",
      `<title>Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Ninh Bình</title>
<meta property="og:title" content="Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Ninh Bình">
<meta name="twitter:title" content="Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Ninh Bình">`,
    ],
  ])(
    'takes the heading nearest above the text as the headline under a <title> of %s',
    (_, head) => {
      const html = `<html><head>${head}</head><body>
<div id="banner"><img src="/logo.png" alt="Cổng thông tin điện tử tỉnh Ninh Bình"></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li></ul>
<table><tr><td width="200"><h3>Văn bản chỉ đạo điều hành</h3><ul><li><a href="/van-ban/1">Quyết định số 1234/QĐ-UBND</a></li></ul></td><td>
<div class="asset-full-content"><h3>Ninh Bình đón 8 triệu lượt khách du lịch trong 11 tháng</h3>
<span>05/12/2026 09:15</span>
<div class="journal-content-article">${BODY}</div></div></td></tr></table></body></html>`;
      const article = extractArticle(html, { url: 'https://ninhbinh.example.gov.vn/tin-tuc/123' });
      expect(article.title).toBe('Ninh Bình đón 8 triệu lượt khách du lịch trong 11 tháng');
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it("takes the heading the document's text restates, not the text's own heading lines", () => {
    const subject =
      'Về việc ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công';
    const html = `<html><head><title>Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Ninh Bình</title></head><body>
<div id="banner"><img src="/logo.png" alt="Cổng thông tin điện tử tỉnh Ninh Bình"></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul>
<table><tr><td><div class="asset-full-content"><h3>${subject}</h3><span>05/12/2026 09:15</span>
<div class="journal-content-article"><p style="text-align:center"><b>QUYẾT ĐỊNH</b></p>
<p style="text-align:center"><b>${subject}</b></p><p style="text-align:center"><b>ỦY BAN NHÂN DÂN TỈNH NINH BÌNH</b></p>
${BODY}</div></div></td></tr></table></body></html>`;
    const url = 'https://ninhbinh.example.gov.vn/van-ban/123';
    expect(extractArticle(html, { url }).title).toBe(subject);
  });

  it('takes that heading under a <title> of the site and a section its address names, no menu link', () => {
    const html = `<html><head><title>Gương người tốt, việc tốt - Cổng thông tin điện tử Công an tỉnh Yên Bái</title></head><body>
<div id="banner"><img src="/logo.png" alt="Cổng thông tin điện tử Công an tỉnh Yên Bái"></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul>
<div class="asset-full-content"><h3>Thượng úy Công an dũng cảm cứu cháu bé bị đuối nước</h3>
<span>14/12/2024 15:05</span><div class="journal-content-article">${BODY}</div></div></body></html>`;
    const url =
      'https://congan.example.gov.vn/guong-nguoi-tot-viec-tot/-/asset_publisher/gtvt/content/thuong-uy-cuu-chau-be';
    expect(extractArticle(html, { url }).title).toBe(
      'Thượng úy Công an dũng cảm cứu cháu bé bị đuối nước',
    );
  });

  it.each([
    ["the site's name and a page label", '<title>UBND huyện Thạch Hà - Chi tiết tin</title>'],
    ['a page label alone', '<title>Chi tiết tin tức</title>'],
    ['a section label alone', '<title>Tin tức - Sự kiện</title>'],
    [
      "the office's name and the notices' section",
      '<title>UBND huyện Văn Chấn - Thông báo</title>',
    ],
  ])('takes the headline its class names under a <title> of %s', (_, head) => {
    const html = `<html><head>${head}</head><body>
<div class="header"><img src="/logo.png" alt="Cổng thông tin điện tử huyện Thạch Hà"></div>
<div class="ArticleTitle">Thông báo kết quả tuyển dụng viên chức giáo dục năm 2026</div>
<div class="ArticleContent">${BODY}</div></body></html>`;
    expect(extractArticle(html, { url: 'https://thachha.example.gov.vn/tin/123' }).title).toBe(
      'Thông báo kết quả tuyển dụng viên chức giáo dục năm 2026',
    );
  });

  it.each([
    ['Hỏi đáp', '<tr><td>Tiêu đề:</td><td><b>{q}</b></td></tr>'],
    ['Hỏi - Đáp', '<tr><th>Tiêu đề câu hỏi:</th><td>{q}</td></tr>'],
    ['Questions and answers', '<tr><td><b>Title:</b></td><td>{q}</td></tr>'],
  ])(
    "takes the question's labelled title under a <title> of the questions' section alone, %s",
    (section, row) => {
      const question = 'Trẻ 15 tuổi có bắt buộc làm thẻ căn cước?';
      const html = `<html><head><title>${section}</title></head><body>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/hoidap">${section}</a></li></ul>
<h2 class="ms-webpart-titleText"><span>${section}</span></h2>
<table class="hoidap"><tr><td>Họ tên:</td><td>Trần Thị Mai</td></tr>${row.replace('{q}', question)}
<tr><td>Trả lời:</td><td>${BODY}</td></tr></table></body></html>`;
      const url = 'https://congan.example.gov.vn/hoidap/Pages/chi-tiet.aspx?ItemID=77';
      expect(extractArticle(html, { url }).title).toBe(question);
    },
  );

  it("takes the heading above the text under a <title> the page writes beside its logo, the site's name", () => {
    const html = `<html><head><title>Cổng thông tin điện tử Công an tỉnh Sơn Lâm</title></head><body onload="window.print()">
<table width="680"><tr><td><img src="/images/logo_print.gif" alt=""> <b>CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH SƠN LÂM</b></td></tr>
<tr><td><h2>Ra quân đảm bảo trật tự an toàn giao thông dịp Tết</h2></td></tr>
<tr><td>Ngày đăng: 14/12/2026 09:15</td></tr>
<tr><td>${BODY}</td></tr></table></body></html>`;
    const article = extractArticle(html, {
      url: 'https://congan.sonlam.example.gov.vn/print.aspx?id=1',
    });
    expect(article.title).toBe('Ra quân đảm bảo trật tự an toàn giao thông dịp Tết');
    expect(article.lead).toBeNull();
  });

  it("takes the bold line above the text under a <title> set between decorations, the site's", () => {
    const html = `<html><head><title>::: UBND XÃ HÒA BÌNH - HUYỆN KIẾN XƯƠNG :::</title></head><body>
<table><tr><td><img src="images/banner.jpg" width="980" height="150"></td></tr>
<tr><td><font size="4"><b>Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông Hòa</b></font></td></tr>
<tr><td><font size="2">${BODY_PARAGRAPHS.join('<br><br>')}</font></td></tr></table></body></html>`;
    expect(extractArticle(html, { url: 'http://hoabinh.example.gov.vn/tin.asp?id=5' }).title).toBe(
      'Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông Hòa',
    );
  });

  it("takes the line its class calls the headline over a box heading that shows a <title> of the section's name", () => {
    const headline = 'Thủ tướng chủ trì Hội nghị Chính phủ với các địa phương năm 2026';
    const html = `<html><head><title>
	Tin tức sự kiện
</title></head><body><div class="box-title"><span>TIN TỨC SỰ KIỆN</span></div>
<div class="detail-news"><span class="tieude">${headline}</span><br><span class="ngaydang">Ngày đăng: 12/11/2025 | 9:30 SA</span>
<div class="noidung">${BODY}</div></div></body></html>`;
    const article = extractArticle(html, { url: 'https://so.example.gov.vn/tin/Pages/a.aspx' });
    expect(article.title).toBe(headline);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it("takes the bold line above the text under a <title> that comes down to the site's name its banner shows", () => {
    const html = `<html><head><title>UBND HUYỆN YÊN THẾ - TỈNH BẮC GIANG</title></head><body>
<table><tr><td><img src="banner.jpg" alt="UBND HUYỆN YÊN THẾ"></td></tr>
<tr><td><font size="4" color="#003399"><b>Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông Hòa</b></font><br><font size="1"><i>(Cập nhật: 10/11/2025)</i></font></td></tr>
<tr><td><font size="2">${BODY_PARAGRAPHS.join('<br><br>')}</font></td></tr></table></body></html>`;
    expect(extractArticle(html, { url: 'http://yenthe.example.gov.vn/tin.asp?id=5' }).title).toBe(
      'Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông Hòa',
    );
  });

  it("takes the bold line above the text under a one-part <title> the page shows only in its closing line, the site's footer", () => {
    const html = `<html><head><title>UBND xã Đại Phác</title></head><body>
<table><tr><td><img src="/images/banner.gif"></td></tr><tr><td><table><tr><td width="70%">
<p><font size="4"><b>Tập huấn kỹ thuật trồng quế hữu cơ cho hội viên nông dân</b></font></p>
${BODY_PARAGRAPHS.map((p) => `<p><font size="3">${p}</font></p>`).join('')}
</td><td width="30%"><p><b>THÔNG BÁO</b></p></td></tr></table></td></tr>
<tr><td><font size="1">UBND xã Đại Phác - huyện Văn Yên - tỉnh Yên Bái</font></td></tr></table></body></html>`;
    const article = extractArticle(html, { url: 'http://daiphac.example.gov.vn/tin/5.html' });
    expect(article.title).toBe('Tập huấn kỹ thuật trồng quế hữu cơ cho hội viên nông dân');
    expect(article.lead ?? '').not.toContain('Tập huấn');
  });

  it("takes the bold line above the text under a <title> without diacritics that opens the page's closing lines", () => {
    const html = `<html><head><title>UBND xa Hoa Binh</title></head><body><table>
<tr><td><font size="3"><b>Hội nghị tổng kết công tác chuyển đổi cơ cấu cây trồng năm 2026</b></font></td></tr>
<tr><td><font size="2">${BODY_PARAGRAPHS.join('<br><br>')}</font></td></tr>
<tr><td><font size="1">UBND xã Hòa Bình - huyện Kiến Xương - tỉnh Thái Bình<br>Điện thoại: 0227.3812345</font></td></tr></table></body></html>`;
    const article = extractArticle(html, { url: 'http://hoabinh.example.gov.vn/default.asp?id=1' });
    expect(article.title).toBe('Hội nghị tổng kết công tác chuyển đổi cơ cấu cây trồng năm 2026');
  });

  it('takes no byline set in bold above the text ("Tác giả: …") as the headline', () => {
    const headline = 'Ninh Bình tổ chức Hội nghị xúc tiến du lịch với các thị trường trọng điểm';
    const html = `<html><head><title>Tin tức - Cổng thông tin điện tử tỉnh Ninh Bình</title></head><body>
<div class="news-detail"><h3 class="title">${headline}</h3><div class="meta"><span class="date">Ngày 14 tháng 11 năm 2025</span></div>
<div class="author-top"><b>Tác giả: Minh Hà (TTXVN)</b></div><div class="content">${BODY}</div></div></body></html>`;
    const article = extractArticle(html, { url: 'https://ninhbinh.example.gov.vn/tin-tuc/123' });
    expect(article.title).toBe(headline);
    expect(article.authors).toEqual(['Minh Hà']);
  });

  it('keeps the <title> of the site and a part that no link of the page shows', () => {
    const html = `<html><head><title>Cổng thông tin điện tử tỉnh Ninh Bình - Ninh Bình đón 8 triệu lượt khách du lịch</title></head><body>
<div id="banner"><img src="/logo.png" alt="Cổng thông tin điện tử tỉnh Ninh Bình"></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul>
<div><h3>Văn bản chỉ đạo điều hành</h3></div>
<div class="journal-content-article">${BODY}</div></body></html>`;
    expect(extractArticle(html, { url: 'https://ninhbinh.example.gov.vn/tin-tuc/123' }).title).toBe(
      'Ninh Bình đón 8 triệu lượt khách du lịch',
    );
  });

  it("takes a Joomla page's content heading that opens with the <title>'s part after the site's name", () => {
    const html = `<html><head><title>Trường THPT Nguyễn Du - Lễ kỷ niệm 41 năm ngày Nhà giáo Việt Nam</title></head><body>
<table class="contentpaneopen"><tr><td class="contentheading" width="100%">Lễ kỷ niệm 41 năm ngày Nhà giáo Việt Nam 20/11</td><td class="buttonheading"><a href="/index2.php?pop=1"><img src="/images/M_images/printButton.png" alt="In"></a></td></tr></table>
<table class="contentpaneopen"><tr><td valign="top">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>
<table align="center" class="pagenav"><tr><th class="pagenav_prev"><a href="/index.php?id=76">&lt; Lùi</a></th><td>&nbsp;</td><th class="pagenav_next"><a href="/index.php?id=78">Tiếp theo &gt;</a></th></tr></table></body></html>`;
    const article = extractArticle(html, { url: 'http://thpt.example.edu.vn/index.php?id=77' });
    expect(article.title).toBe('Lễ kỷ niệm 41 năm ngày Nhà giáo Việt Nam 20/11');
    expect(article.images).toEqual([]);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it("keeps an editor's placeholder <title> when the page shows no headline: the article is not lost", () => {
    const html = `<html><head><title>Untitled Document</title></head><body>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    expect(extractArticle(html, { url: 'http://donganh.example.gov.vn/a.asp' }).title).toBe(
      'Untitled Document',
    );
  });

  it('does not take the site name shown in the banner when no headline part is shown', () => {
    const head =
      '<title>Chiesa ruft zum Widerstand gegen die Asylpolitik auf | Tages-Anzeiger</title>';
    const header = '<div class="logo"><a href="/">Tages-Anzeiger</a></div>';
    expect(
      extractArticle(page(head, header), { url: 'https://www.tagesanzeiger.ch/a-123' }).title,
    ).toBe('Chiesa ruft zum Widerstand gegen die Asylpolitik auf');
  });
});

describe("title: an <h1> that shows the site's name is its logo, not the headline", () => {
  /** A page whose banner and article are given, outside the shared layout. */
  const titleOf = (head: string, body: string) =>
    extractArticle(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
      { url: 'https://blog.example.org/2018/09/open-thread/' },
    ).title;

  it('skips an <h1> holding only a link to the home page', () => {
    const head =
      '<title>Jangan Membenci Satu Kaum Secara Berlebihan | Kabar tentang Dunia Islam</title>';
    const body =
      '<header><h1><a href="https://blog.example.org/" title="Kabar">Kabar tentang Dunia Islam</a></h1></header>' +
      '<div class="post"><h2><a href="https://blog.example.org/2018/09/open-thread/">Jangan Membenci Satu Kaum Secara Berlebihan</a></h2>' +
      `${BODY}</div>`;
    expect(titleOf(head, body)).toBe('Jangan Membenci Satu Kaum Secara Berlebihan');
  });

  it('skips an <h1> showing one part of the <title> when a later <h1> shows the rest', () => {
    const head = '<title>September 2018 open thread - The GiveWell Blog</title>';
    const body =
      '<main><div class="col-header-main"><h1 class="title">The GiveWell Blog</h1></div>' +
      `<article><h1 class="entry-title">September 2018 open thread</h1>${BODY}</article></main>`;
    expect(titleOf(head, body)).toBe('September 2018 open thread');
  });

  it("skips an <h1> showing the site's part of the <title> when an <h2> in the article shows the headline", () => {
    // The banner's <h1> holds the logo and the site's tagline, the <title>'s last part; the
    // article heads itself with an <h2> (a MODX blog).
    const head =
      '<title>Dateien mit Migrationshintergrund | Ebene 11 - Webentwicklung . AutoCAD . Schulung</title>';
    const body =
      '<header><h1><img src="/logo.png" alt="Ebene 11"><span>Webentwicklung . AutoCAD . Schulung</span></h1><nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav></header>' +
      `<article><header><h2>Dateien mit Migrationshintergrund</h2></header>${BODY}</article>`;
    expect(titleOf(head, body)).toBe('Dateien mit Migrationshintergrund');
  });

  it('keeps an <h1> that links to the article itself', () => {
    const head = '<title>Storm hits the coast tonight | Example Blog</title>';
    const body = `<main><h1><a href="/2018/09/open-thread/">Storm hits the coast tonight</a></h1>${BODY}</main>`;
    expect(titleOf(head, body)).toBe('Storm hits the coast tonight');
  });
});

describe('title: the Dublin Core title of a page that shows no headline', () => {
  it.each(['DC.title', 'dcterms.title'])('reads <meta name="%s">', (name) => {
    expect(
      title(`<meta name="${name}" content="Hochwasser im Tal: Pegel steigt weiter">`, ''),
    ).toBe('Hochwasser im Tal: Pegel steigt weiter');
  });
});

describe('title and lead: a <ruby> reading without fallback brackets is no word of the text', () => {
  it('reads the headline and standfirst of a page with furigana as written', () => {
    const header =
      '<h1><ruby>大雨<rt>おおあめ</rt></ruby>で<ruby>川<rt>かわ</rt></ruby>の<ruby>水<rt>みず</rt></ruby>が<ruby>増<rt>ふ</rt></ruby>える</h1>' +
      '<p class="lead"><ruby>西<rt>にし</rt></ruby><ruby>日本<rt>にほん</rt></ruby>では大雨が続いています。川の水が増えて、危ない所があります。</p>';
    const article = extractArticle(page('<title>大雨で川の水が増える</title>', header), {
      url: URL,
    });
    expect(article.title).toBe('大雨で川の水が増える');
    expect(article.lead).toBe('西日本では大雨が続いています。川の水が増えて、危ない所があります。');
  });
});

describe("title: a headline that mentions a domain is no site's name", () => {
  it.each([
    'cron.weekly issue #130: Github, keycloak, proc & more',
    'Why example.com changed its logo after twenty years',
  ])('keeps the <h1> %j as the headline, not a later section heading', (headline) => {
    const header = `<h1>${headline}</h1><h1>News &amp; general</h1>`;
    expect(title(`<title>${headline}</title>`, header)).toBe(headline);
  });
});

describe("title: an article's own masthead holds its headline", () => {
  it('reads the <h1> in a masthead inside the <article>, not the social title', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Hacking, Cryptography, and the Countdown to Quantum Computing - The New Yorker</title>
<meta property="og:title" content="Schrödinger’s Hack"></head><body>
<header id="masthead" class="site-header"><h1 class="site-title">The New Yorker</h1></header>
<article><header><hgroup id="masthead"><h1 class="title">Hacking, Cryptography, and the Countdown to Quantum Computing</h1><h2>Subheading of the piece</h2></hgroup></header>
<div class="article-body">${BODY}</div></article></body></html>`;
    expect(extractArticle(html, { url: URL }).title).toBe(
      'Hacking, Cryptography, and the Countdown to Quantum Computing',
    );
  });
});

describe("title: a place's name before a colon on that place's domain is the headline's", () => {
  it('keeps "Ninh Bình:" opening a headline on ninhbinh.gov.vn', () => {
    const html = `<html><head><title>Ninh Bình: Đẩy nhanh tiến độ giải ngân vốn đầu tư công - Cổng thông tin điện tử tỉnh Ninh Bình</title></head><body>
<div class="journal-content-article">${BODY}</div></body></html>`;
    expect(extractArticle(html, { url: 'https://ninhbinh.gov.vn/tin/123' }).title).toBe(
      'Ninh Bình: Đẩy nhanh tiến độ giải ngân vốn đầu tư công',
    );
  });

  it("still cuts the site's declared name before a colon", () => {
    const head =
      '<meta property="og:site_name" content="Beispielzeitung"><title>Beispielzeitung: Ein Titel der Seite über den Haushalt</title>';
    expect(title(head, '')).toBe('Ein Titel der Seite über den Haushalt');
  });
});

describe("title: the site's name after a colon is no part of the headline", () => {
  it('cuts "Headline:Site Journal" where the part after the last colon is the site\'s name', () => {
    const head =
      '<meta property="og:site_name" content="Example開発日誌"><meta property="og:title" content="ツリーを描画できる「Treeviz」:Example開発日誌">';
    expect(title(head, '')).toBe('ツリーを描画できる「Treeviz」');
  });

  it('keeps a headline whose part after the colon is no site name', () => {
    const head =
      '<meta property="og:site_name" content="Example News"><meta property="og:title" content="Genetik: Das Geheimnis der Riesenblumen">';
    expect(title(head, '')).toBe('Genetik: Das Geheimnis der Riesenblumen');
  });
});

describe("title: a <title>'s last part that asks a question is the headline's, no site's name", () => {
  it('keeps "Bericht zur Lage – worauf wartet die Politik?" whole', () => {
    expect(title('<title>Bericht zur Lage – worauf wartet die Politik?</title>', '')).toBe(
      'Bericht zur Lage – worauf wartet die Politik?',
    );
  });

  it('still drops a last part that names no question ("… – Achse des Guten")', () => {
    expect(title('<title>Bericht zur Lage der Nation – Achse des Guten</title>', '')).toBe(
      'Bericht zur Lage der Nation',
    );
  });
});

describe('title: secondary text set in <small> inside the headline is no part of it', () => {
  const og = '<meta property="og:title" content="Energiewende und nachhaltiges Wirtschaften">';

  it.each([
    [
      'a topic after a separator for speech only',
      '<h1><span>Energiewende, Mobilität und nachhaltiges Wirtschaften</span><span class="aural">: </span><small><span class="aural">, Thema:</span><span>Forschung</span></small></h1>',
    ],
    [
      'a topic after the headline',
      '<h1>Energiewende, Mobilität und nachhaltiges Wirtschaften <small>Forschung</small></h1>',
    ],
    [
      'a topic before the headline',
      '<h1><small>Forschung</small> Energiewende, Mobilität und nachhaltiges Wirtschaften</h1>',
    ],
    [
      'a kicker its class sets small',
      '<h1><span class="h1small">Forschung</span>\n Energiewende, Mobilität und nachhaltiges Wirtschaften </h1>',
    ],
  ])('reads the headline without %s', (_, h1) => {
    expect(title(og, h1)).toBe('Energiewende, Mobilität und nachhaltiges Wirtschaften');
  });
});

describe('title: a page whose titles name only its site and section takes the heading that links to the page itself name', () => {
  const HEADLINE = 'Energiepreiskrise: Entlastungen und Rechte auf einen Blick';
  const ADDRESS = 'https://www.verbraucher.example.de/de/preise__312/NewsDetail__18725/';
  const pageWith = (teaser: string, heading: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>verbraucher.example.de | Gaspreise</title></head><body>
<nav class="menu"><a href="/">Start</a> <a href="/de/preise__312/">Gaspreise</a></nav>
<div class="left-content"><p class="back"><a href="/de/preise__312/">zurück zur Übersicht</a></p>
<div class="content-segment">${heading}${BODY}</div></div>
<div class="right-content"><div class="news-teaser">${teaser}</div></div></body></html>`;

  it.each([
    [
      'the text',
      `<span class="htag4"><a href="/de/preise__312/NewsDetail__18725/">${HEADLINE}</a></span>`,
    ],
    [
      'the title',
      `<a href="${ADDRESS}" title="${HEADLINE}" class="image-hover"><img src="/t.jpg" alt=""></a>`,
    ],
  ])(
    'reads an <h6> opening the article whose text is %s of a link to its own address',
    (_, teaser) => {
      const article = extractArticle(pageWith(teaser, `<h6>${HEADLINE}</h6>`), { url: ADDRESS });
      expect(article.title).toBe(HEADLINE);
      expect(article.contentText).not.toContain(HEADLINE);
    },
  );

  it("keeps the <title> when the heading's only link is a table of contents' jump to it", () => {
    const teaser = `<a href="#energiepreiskrise">${HEADLINE}</a>`;
    const article = extractArticle(
      pageWith(teaser, `<h6 id="energiepreiskrise">${HEADLINE}</h6>`),
      {
        url: ADDRESS,
      },
    );
    expect(article.title).toBe('Gaspreise');
  });

  it('keeps the <title> when no link to the page names the heading', () => {
    const teaser = `<a href="/de/preise__312/NewsDetail__18726/">${HEADLINE}</a>`;
    const article = extractArticle(pageWith(teaser, `<h6>${HEADLINE}</h6>`), { url: ADDRESS });
    expect(article.title).toBe('Gaspreise');
  });
});

describe('title: a class word that holds "menu" inside another word names no menu', () => {
  it.each(['mousemove_menueenter post_item', 'js-menuentry-hook'])(
    'reads the <h1> in a box of class %j as the headline',
    (cls) => {
      const header = `<div class="${cls}"><div class="single-header"><h1>Mein cosy Home Gift Guide bei Westwing Collection</h1></div></div>`;
      expect(title('<meta property="og:title" content="Christmas Gift Guide">', header)).toBe(
        'Mein cosy Home Gift Guide bei Westwing Collection',
      );
    },
  );

  it.each(['main-menu', 'hauptmenue', 'menubar', 'megamenu'])(
    'passes over an <h1> in a menu of class %j',
    (cls) => {
      const header = `<div class="${cls}"><h1>Mein cosy Home Gift Guide bei Westwing Collection</h1></div>`;
      expect(title('<meta property="og:title" content="Christmas Gift Guide">', header)).toBe(
        'Christmas Gift Guide',
      );
    },
  );
});

describe("title: of the <title>'s parts the page shows, the one in its banner is the site's name", () => {
  const HEADLINE = 'Hội nghị tổng kết công tác năm 2023';
  const portal = (
    banner: string,
    headline: string,
  ) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>${HEADLINE} - Cổng thông tin điện tử tỉnh Yên Bái</title></head><body>
${banner}
<div class="k3"><div class="k4">${headline}</div><div class="k5">${BODY}</div></div></body></html>`;

  it.each([
    [
      'a header box by its id',
      '<div id="header"><img src="/logo.png"><div class="k1">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI</div></div>',
    ],
    ['a <header>', '<header><div class="k1">Cổng thông tin điện tử tỉnh Yên Bái</div></header>'],
    ['a banner role', '<div role="banner"><span>Cổng thông tin điện tử tỉnh Yên Bái</span></div>'],
    [
      'a logo link to the home page',
      '<a href="/"><img src="/logo.png"><span>Cổng thông tin điện tử tỉnh Yên Bái</span></a>',
    ],
  ])('takes the headline, not the site name in %s', (_, banner) => {
    const article = extractArticle(portal(banner, HEADLINE), {
      url: 'https://yenbai.example.gov.vn/tin-tuc/hoi-nghi-1234.html',
    });
    expect(article.title).toBe(HEADLINE);
  });

  it('takes the part in the banner when the page shows no other', () => {
    const article = extractArticle(
      portal(
        '<div id="header"><div class="k1">Cổng thông tin điện tử tỉnh Yên Bái</div></div>',
        '',
      ),
      { url: 'https://yenbai.example.gov.vn/tin-tuc/hoi-nghi-1234.html' },
    );
    expect(article.title).toBe(HEADLINE);
  });
});

describe("title: a print version's label as the <title> names no article", () => {
  it.each(['In bài viết', 'In bài', 'Bản in', 'Print article', 'Printer-friendly version'])(
    'takes the heading above the text under <title>%s</title>',
    (label) => {
      const headline = 'Thanh Hóa khởi công dự án nâng cấp Quốc lộ 47 qua huyện Triệu Sơn';
      const html = `<html><head><title>${label}</title><script>window.onload = function () { window.print(); };</script></head><body>
<div class="print-page"><div class="print-header"><img src="/logo-print.png" alt="Báo Thanh Hóa"></div>
<div class="print-toolbar"><a href="javascript:window.print()">In bài</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
<h2 class="print-title">${headline}</h2><div class="print-date">Thứ Hai, 07/12/2026 10:20</div>
<div class="print-content">${BODY}</div></div></body></html>`;
      const article = extractArticle(html, { url: 'https://baothanhhoa.example.vn/print/278901' });
      expect(article.title).toBe(headline);
      expect(article.contentText).not.toContain(headline);
    },
  );
});

describe('title: a headline line a <title> part opens with, one word more after a space, is the headline', () => {
  // Old portals' templates: the headline, a space (or two) and the section's or site's name.
  const portal = (tag: string, shown: string) => `<html><head><meta charset="utf-8">
<title>${tag}</title></head><body><table><tr><td>${shown}${BODY}</td></tr></table></body></html>`;
  const read = (tag: string, shown: string) =>
    extractArticle(portal(tag, shown), { url: 'http://www.example.cn/view/id/3279127.html' }).title;

  it.each([
    [
      '大良街道党工委委员一行到众创金融街开展调研工作 东区办事处_中山网',
      '<span class="Title"><b>大良街道党工委委员一行到众创金融街开展调研工作</b></span>',
    ],
    [
      '【不忘初心 牢记使命】我院党支部举办专业技能大赛  湖南省中医药研究院附属医院',
      '<div class="title">【不忘初心 牢记使命】我院党支部举办专业技能大赛 </div>',
    ],
  ])('reads "%s" as the line shows it', (tag, shown) => {
    expect(read(tag, shown)).toBe(shown.replace(/<[^>]+>/g, '').trim());
  });

  it('keeps the <title> part where the line leaves out more than one word', () => {
    const tag = '大良街道党工委委员一行到众创金融街开展调研工作 东区 办事处_中山网';
    expect(read(tag, '<b>大良街道党工委委员一行到众创金融街开展调研工作</b>')).toBe(
      '大良街道党工委委员一行到众创金融街开展调研工作 东区 办事处',
    );
  });
});

describe("title: a <title> of a section the page's trail ends with and the site's name gives the heading shown above the text", () => {
  const pageWith = (tag: string, trail: string, heading: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${tag}</title></head><body>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/channel.aspx?id=2">学会简介</a></li></ul></div>
<div class="se_nav"><h3>${trail}</h3></div>
<div class="news"><div class="news_left">${heading}<div class="ly"><b>发布时间：2019-05-18</b></div>
<div class="detailCon">${BODY}</div></div>
<div class="news_right"><h4>联系我们</h4><p>电话：010-64889598</p></div></div></body></html>`;

  it.each([
    [
      '新闻动态--中国地理学会官网',
      '首页 - 新闻动态',
      '<h5>2019年中国人文地理学术年会在重庆成功举行！</h5>',
    ],
    [
      'News | Example Geographical Society',
      'Home > News',
      '<h4>Annual meeting held in Leeds this spring</h4>',
    ],
  ])('reads %j under the trail %j as the heading', (tag, trail, heading) => {
    const article = extractArticle(pageWith(tag, trail, heading), { url: URL });
    expect(article.title).toBe(heading.replace(/<[^>]+>/g, ''));
  });

  it('keeps a <title> whose part is no section the trail ends with', () => {
    const tag = '2019年中国人文地理学术年会在重庆成功举行--中国地理学会官网';
    const html = pageWith(
      tag,
      '首页 - 新闻动态',
      '<h5>2019年中国人文地理学术年会在重庆成功举行</h5>',
    );
    expect(extractArticle(html, { url: URL }).title).toBe(
      '2019年中国人文地理学术年会在重庆成功举行',
    );
  });
});

describe("title: a format's label before a colon or bar in the meta title is no part of the headline the page shows without it", () => {
  const cover = '<div class="cover"><div class="cover-title">Hành trình người giữ rừng</div></div>';
  const head = (og: string) =>
    `<title>Báo Tin Tức</title><meta property="og:site_name" content="Báo Tin Tức"><meta property="og:title" content="${og}">`;

  it.each(['E-Magazine: ', 'Emagazine | ', 'Longform: '])(
    'reads %j before it as a label',
    (label) => {
      expect(title(head(`${label}Hành trình người giữ rừng`), cover)).toBe(
        'Hành trình người giữ rừng',
      );
    },
  );

  it('keeps a label the page shows with the headline, and a kicker that is no format', () => {
    const shown = '<div class="cover-title">Longform: Hành trình người giữ rừng</div>';
    expect(title(head('Longform: Hành trình người giữ rừng'), shown)).toBe(
      'Longform: Hành trình người giữ rừng',
    );
    expect(title(head('Quảng Ninh: Hành trình người giữ rừng'), cover)).toBe(
      'Quảng Ninh: Hành trình người giữ rừng',
    );
  });
});

describe("title: a multi-page article's page counter ends no headline", () => {
  const head =
    '<title>Apple erfindet das Tablet neu (1/3) - Mobile</title><meta property="og:title" content="Apple erfindet das Tablet neu (1/3)">';
  const header = '<h1>Apple erfindet das Tablet neu (1/3)</h1>';
  const pager =
    '<div class="ctrl"><strong>1</strong>|<a href="p2.html">2</a>|<a href="p3.html">3</a> <a href="p2.html">Nächste Seite</a></div>';

  it('drops "(1/3)" after the headline of a page that links to its next page', () => {
    const html = page(head, header).replace('</main>', `${pager}</main>`);
    expect(extractArticle(html, { url: URL }).title).toBe('Apple erfindet das Tablet neu');
  });

  it('keeps "(1/3)" where no link leads to another page: a part of a series', () => {
    expect(title(head, header)).toBe('Apple erfindet das Tablet neu (1/3)');
  });
});

describe('title: a logo whose alt only says "… Logo" names the site by the words beside it', () => {
  it('drops the site name the logo link shows from the meta titles ("Announcing Rust 1.84.0 | Rust Blog")', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Announcing Rust 1.84.0 | Rust Blog</title>
<meta property="og:title" content="Announcing Rust 1.84.0 | Rust Blog"></head><body>
<nav><div class="brand"><a href="/"><img alt="Rust Logo" src="/images/rust-logo-blk.svg"><span>Rust Blog</span></a></div>
<ul><li><a href="/learn">Learn</a></li><li><a href="/tools">Tools</a></li></ul></nav>
<section class="white"><header><h2>Announcing Rust 1.84.0</h2></header><div class="post">${BODY}</div></section></body></html>`;
    expect(
      extractArticle(html, { url: 'https://blog.example.org/2025/01/09/release.html' }).title,
    ).toBe('Announcing Rust 1.84.0');
  });
});

describe('title: a spaced underscore sets the site name apart ("… CEO _ 支付志")', () => {
  it('takes the headline the page shows, without the blog name after " _ "', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>阿里巴巴：制造孤独的CEO _ 支付志</title></head><body>
<div id="header"><h1><a href="/"><img src="/logo.png"></a></h1><div class="description">支付宝官方 Blog</div></div>
<div id="content"><div class="post"><h2><a href="/1513.html" rel="bookmark">阿里巴巴：制造孤独的CEO</a></h2>
<div class="post-content">${BODY}</div></div></div></body></html>`;
    expect(extractArticle(html, { url: 'http://blog.example.com/1513.html' }).title).toBe(
      '阿里巴巴：制造孤独的CEO',
    );
  });
});

describe("title: a headline <h1> beside a logo's <h1> and a box's <h1> in one parent is the headline, no document's section", () => {
  const HEADLINE = 'Tổng kết cải cách hành chính năm 2023 của tỉnh';
  /** A flat template: logo, a line below it, headline, body and a box of links, all siblings. */
  const flat = (
    line: string,
  ) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Tỉnh</title></head><body>
<div class="page"><h1 class="logo">Báo Tỉnh</h1><p class="line">${line}</p><h1 class="title">${HEADLINE}</h1>
${BODY}
<h1 class="box">Tin mới nhất hôm nay</h1><ul><li><a href="/tin/mot.html">Tin một</a></li><li><a href="/tin/hai.html">Tin hai</a></li></ul></div></body></html>`;

  it.each(['Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh', '14/12/2023 08:00'])(
    'reads the headline, not the logo, and keeps it out of the body under a line %j',
    (line) => {
      const article = extractArticle(flat(line), {
        url: 'https://baotinh.example.vn/tin/tong-ket.html',
      });
      expect(article.title).toBe(HEADLINE);
      expect(article.contentText).not.toContain(HEADLINE);
    },
  );
});

describe("title: an <h1> showing the site's part of the <title> is the masthead when a lower heading shows the rest", () => {
  const pageOf = (titleTag: string, heading: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${titleTag}</title></head><body><h1>Jane Roe's diary</h1><div class="contents"><a href="toc.html">Contents</a> <a href="about.html">About</a></div><div class="day"><h2><span class="date"><a href="./20190211.html">2019-02-11</a></span></h2><div class="body"><div class="section">${heading}${BODY}</div></div></div></body></html>`;
  const url = 'https://diary.example.org/diary/20190211.html';

  it.each([
    [
      "Jane Roe's diary - Ministry probe of home devices is misunderstood",
      '<h3>Ministry probe of home devices is misunderstood</h3>',
    ],
    [
      "Ministry probe of home devices is misunderstood | Jane Roe's diary",
      '<h2 class="entry">Ministry probe of home devices is misunderstood</h2>',
    ],
  ])('reads the lower heading of %j', (titleTag, heading) => {
    expect(extractArticle(pageOf(titleTag, heading), { url }).title).toBe(
      'Ministry probe of home devices is misunderstood',
    );
  });

  it('keeps the <h1> when no heading shows the rest of the <title>', () => {
    const titleTag = "Jane Roe's diary - Ministry probe of home devices is misunderstood";
    expect(extractArticle(pageOf(titleTag, '<h3>Other notes</h3>'), { url }).title).toBe(
      "Jane Roe's diary",
    );
  });
});
