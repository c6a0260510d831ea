import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const BIO =
  'A 38-year industry veteran and award-winning journalist, Lance has covered technology since PCs were the size of suitcases and “on line” meant “waiting.”';
const APPEARANCES =
  'Lance Ulanoff makes frequent appearances on national, international, and local news programs including the Today Show and the BBC.';

/** JSON-LD naming the article's author with a description, written as a CMS writes it. */
function jsonLd(description: string): string {
  const graph = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Tổng kết cải cách hành chính năm 2023',
    author: { '@type': 'Person', name: 'Lance Ulanoff', description },
  };
  return `<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><script type="application/ld+json">${JSON.stringify(graph)}</script>`;
}

/** An author box whose class names say nothing: name, role, social links, biography. */
const AUTHOR_BOX =
  '<div class="k1"><div class="k2"><a href="/author/lance-ulanoff">Lance Ulanoff</a><nav><a href="https://social.example/lance">Follow</a></nav><div class="k3">Editor At Large</div></div>' +
  `<div class="k4"><div class="k5"><p>A 38-year industry veteran and <a href="/award.jpg">award-winning journalist</a>, Lance has covered technology since PCs were the size of suitcases and &ldquo;on line&rdquo; meant &ldquo;waiting.&rdquo;</p><p><br></p><p><a href="https://wiki.example/Lance">Lance Ulanoff</a> makes frequent appearances on national, international, and local news programs including the Today Show and the BBC.&nbsp;</p></div></div></div>`;

describe('an author box showing the description the structured data gives the author', () => {
  it('leaves the body with its name, role and links, whatever its class names', () => {
    const article = extractArticle(
      buildPage({
        head: jsonLd(`${BIO.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;')}\n\n${APPEARANCES}`),
        tail: AUTHOR_BOX,
      }),
    );
    expect(article.contentText).not.toMatch(
      /industry veteran|frequent appearances|Editor At Large/,
    );
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('stays when the structured data gives the author no description it shows', () => {
    const article = extractArticle(
      buildPage({ head: jsonLd('Reporter covering technology.'), tail: AUTHOR_BOX }),
    );
    expect(article.contentText).toContain('industry veteran');
  });

  it('takes no paragraph of the body that only mentions the author', () => {
    const mention = `<p>${APPEARANCES} He spoke to us about the new search box on Tuesday.</p>`;
    const article = extractArticle(
      buildPage({
        head: jsonLd(`${BIO}\n\n${APPEARANCES}`),
        body: `${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}${mention}`,
      }),
    );
    expect(article.contentText).toContain('He spoke to us about the new search box');
  });
});

describe("an author teaser: the declared author's name linking to their page, with a role and a few lines", () => {
  const HEAD =
    '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta property="article:author" content="Nicole Example">';
  const TEASER =
    '<div class="k1"><figure class="k2" title="Nicole Example"><img src="/profile/52218.png" alt="Nicole Example"></figure>' +
    '<div class="k3"><a href="/Nicole-Example/!a52218/"><p class="k4">Nicole Example</p></a><span class="k5">Redakteurin</span>' +
    '<div class="k6">Seit 2019 bei der Zeitung. Interessiert sich vor allem für Gesundheit und soziale Ungleichheit.</div></div></div>';

  it('leaves the body after the article, whatever its class names', () => {
    const article = extractArticle(buildPage({ head: HEAD, tail: TEASER }));
    expect(article.contentText).not.toMatch(/Redakteurin|Seit 2019|Nicole Example/);
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual(['Nicole Example']);
  });

  it('leaves the body before the article', () => {
    const body = TEASER + BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const article = extractArticle(buildPage({ head: HEAD, body }));
    expect(article.contentText).not.toMatch(/Redakteurin|Seit 2019/);
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
  });

  it('stays when the name is not the author the page declares', () => {
    const other = TEASER.replaceAll('Nicole Example', 'Jana Other').replace(
      'Nicole-Example',
      'Jana-Other',
    );
    const article = extractArticle(buildPage({ head: HEAD, tail: other }));
    expect(article.contentText).toContain('Seit 2019');
  });

  it('takes no paragraph of the body that links to the author in a sentence', () => {
    const mention =
      '<p>Wie <a href="/Nicole-Example/!a52218/">Nicole Example</a> vergangene Woche berichtete, hat der Rat den Plan gebilligt.</p>';
    const article = extractArticle(buildPage({ head: HEAD, tail: mention }));
    expect(article.contentText).toContain('vergangene Woche berichtete');
  });
});

describe("rule: an author's box whose label names the declared author, linked to their page, before a biography of some lines", () => {
  const HEAD =
    '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta property="article:author" content="Conover Example">';
  const BIO =
    "Conover makes tea partiers cry as a hobby. She was Commander of the failed takeover of the South. At night, she can be found drinking tears while pulling the wings off flies just because she can. She is the founder of a site and has contributed to several other sites, blah blah blah. She is an awful person but she doesn't like to brag about that, and she never will.";
  const box = (label: string, page = '/author/conover-example/') =>
    `<div class="post_author vcard"><img src="https://gravatar.example/avatar/f6d2.png" class="avatar" height="70" width="70"><span>${label} <a class="url fn n" href="${page}">Conover Example</a></span>${BIO}<div class="clear"></div></div>`;

  it.each(['Author:', 'Autorin:', 'Tác giả:'])(
    'leaves the body after the article, labelled %j',
    (label) => {
      const article = extractArticle(buildPage({ head: HEAD, tail: box(label) }));
      expect(article.contentText).not.toMatch(/tea partiers|Conover Example/);
      expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    },
  );

  it("leaves the body when the author's page is addressed by a user name, not the name", () => {
    const tail = box('Author:', '/author/conover100mail-com/');
    const article = extractArticle(buildPage({ head: HEAD, tail }));
    expect(article.contentText).not.toMatch(/tea partiers|Conover Example/);
  });

  it('stays when the label is no word for the author', () => {
    const article = extractArticle(buildPage({ head: HEAD, tail: box('Interview:') }));
    expect(article.contentText).toContain('tea partiers');
  });
});

describe("the author's portrait and name alone in a box: the byline", () => {
  const HEAD =
    '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta name="author" content="Mark Example">';
  const BOX =
    '<div class="k1"><div class="k2"><img alt="Mark Example" class="k3" src="/media/mark.jpg"><h5>Mark Example</h5></div></div>';

  it('leaves the body before the article, whatever its class names', () => {
    const body = BOX + BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const article = extractArticle(buildPage({ head: HEAD, body }));
    expect(article.contentText).not.toContain('Mark Example');
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
    expect(article.authors).toEqual(['Mark Example']);
  });

  it('stays when the name is not the author the page declares', () => {
    const body =
      BOX.replaceAll('Mark Example', 'Jana Other') +
      BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
    const article = extractArticle(buildPage({ head: HEAD, body }));
    expect(article.contentText).toContain('Jana Other');
  });
});

describe("the author's name alone opening the body: the byline", () => {
  const HEAD =
    '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta name="author" content="Mark Example">';
  const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

  it.each([
    '<p>Mark Example</p>',
    '<h5>Mark Example</h5>',
    '<div class="k1"><span>Mark Example</span></div>',
    '<div class="k1"><div> | Periodista Digital:  <span>Mark Example</span></div></div>',
    '<p>Redakteur: Mark Example</p>',
    '<p>· Mark Example</p>',
    // A word for "by" with an outlet or a credit after the name, or the name with its job title.
    '<p>By Mark Example, CNN</p>',
    '<div class="k1">By MARK EXAMPLE | The Daily Gazette</div>',
    '<p>Story by Mark Example • Photos by Jana Other</p>',
    '<p>Von Mark Example, dpa</p>',
    '<p>Mark Example, Staff Writer</p>',
    '<div class="k1">Mark Example | Senior Reporter</div>',
  ])('leaves the body: %s', (line) => {
    const article = extractArticle(buildPage({ head: HEAD, body: line + paragraphs }));
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
    expect(article.authors).toEqual(['Mark Example']);
  });

  it.each([
    'Mark Example and Jana Other',
    'Mark Example, Jana Other',
    'Mark Example und Jana Other',
    'Mark Example và Jana Other',
  ])('leaves the body when it lists the declared authors: %j', (names) => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta name="author" content="Mark Example"><meta name="author" content="Jana Other">';
    const article = extractArticle(
      buildPage({ head, body: `<div class="author">${names}</div>${paragraphs}` }),
    );
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
    expect(article.authors).toEqual(['Mark Example', 'Jana Other']);
  });

  it.each([
    '<div class="author">Mark Example, Senior Reporter</div>',
    '<div class="author">Mark Example (Reuters)</div>',
    '<div class="byline">Mark Example<br>Senior Reporter</div>',
    '<div class="author-info"><img src="/a.jpg" width="50" height="50"><span class="name">Mark Example</span><span class="role">Senior Reporter</span></div>',
  ])('leaves the body as a byline box its class marks, the name then a role: %s', (box) => {
    const article = extractArticle(buildPage({ head: HEAD, body: box + paragraphs }));
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
  });

  it("keeps a paragraph of the author's that its class marks but that is a sentence", () => {
    const intro =
      '<p class="author-intro">Mark Example, reporter, spent a week in the province.</p>';
    const article = extractArticle(buildPage({ head: HEAD, body: intro + paragraphs }));
    expect(article.contentText).toContain('spent a week in the province');
  });

  it('stays when it lists someone besides the declared authors', () => {
    const article = extractArticle(
      buildPage({ head: HEAD, body: `<p>Mark Example and Jana Other</p>${paragraphs}` }),
    );
    expect(article.contentText).toContain('Mark Example and Jana Other');
  });

  it('stays when it is not the first text of the body, or not the declared author', () => {
    const later = extractArticle(
      buildPage({
        head: HEAD,
        body: `${paragraphs}<p>Mark Example</p><p>${BODY_PARAGRAPHS[0]} Thêm.</p>`,
      }),
    );
    expect(later.contentText).toContain('Mark Example');
    const other = extractArticle(buildPage({ head: HEAD, body: `<p>Jana Other</p>${paragraphs}` }));
    expect(other.contentText).toContain('Jana Other');
    const labelled = extractArticle(
      buildPage({ head: HEAD, body: `<p>Ehrengast: Jana Other</p>${paragraphs}` }),
    );
    expect(labelled.contentText).toContain('Ehrengast: Jana Other');
  });

  it("leaves the body when it names the newsroom the page declares, its generic words aside ('Página Siete Digital')", () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta name="author" content="Redacción Diario Página Siete">';
    const article = extractArticle(
      buildPage({ head, body: `<p>Página Siete Digital</p>${paragraphs}` }),
    );
    expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
    const generic = extractArticle(buildPage({ head, body: `<p>Diario Digital</p>${paragraphs}` }));
    expect(generic.contentText).toContain('Diario Digital');
  });

  it('is not taken out of a line that shows more beside it', () => {
    const article = extractArticle(
      buildPage({
        head: HEAD,
        body: `<p class="k1"><span>Mark Example</span> <span>Example Press Agency</span></p><div class="k2">${paragraphs}</div>`,
      }),
    );
    expect(article.contentText).not.toMatch(/^Example Press Agency/);
  });

  it('stays when a sentence, not a label, comes before the name', () => {
    const article = extractArticle(
      buildPage({ head: HEAD, body: `<p>Ein Bericht von Mark Example</p>${paragraphs}` }),
    );
    expect(article.contentText).toContain('Ein Bericht von Mark Example');
    const after = extractArticle(
      buildPage({
        head: HEAD,
        body: `<p>By Mark Example, the ministry said on Monday, the plan will be revised.</p>${paragraphs}`,
      }),
    );
    expect(after.contentText).toContain('the ministry said on Monday');
  });
});

describe('addresses spell a name in ASCII', () => {
  it('finds the teaser of an author whose name has letters no decomposition spells (Đỗ Huy, /tac-gia/do-huy)', () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta name="author" content="Đỗ Huy">';
    const teaser =
      '<div class="k1"><a href="/tac-gia/do-huy">Đỗ Huy</a><div class="k2">Phóng viên ban Kinh tế, theo dõi nông nghiệp.</div></div>';
    const article = extractArticle(buildPage({ head, tail: teaser }));
    expect(article.contentText).not.toContain('Phóng viên ban Kinh tế');
  });
});

describe("the author's biography closing the article", () => {
  const HEAD =
    '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html"><meta name="author" content="Aaron Example">';

  it.each([
    'Aaron Example is a politics reporter for Example News Digital.',
    'Aaron Example is the author of three books on public administration and a senior fellow at the Example Institute.',
  ])('leaves the body: %j', (bio) => {
    const article = extractArticle(buildPage({ head: HEAD, tail: `<p>${bio}</p>` }));
    expect(article.contentText).not.toContain('Aaron Example is');
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
    expect(article.authors).toEqual(['Aaron Example']);
  });

  it.each([
    ['set off by an asterisk', '<p>*Aaron Example is the author of “The Council Years”.</p>'],
    [
      'set off by a dash, in italics',
      '<p><em>— Aaron Example is a freelance writer based in Hanoi.</em></p>',
    ],
    [
      'saying what the author covers',
      '<p><a href="/by/aaron-example">Aaron Example</a> covers the provincial government and its agencies.</p>',
    ],
    [
      'saying what the author writes about',
      '<p>Aaron Example writes about public administration for Example News Digital.</p>',
    ],
    [
      "listing the author's books in two sentences over 300 characters",
      '<p><em><a href="https://aaron.example.org/">Aaron Example</a> is the author of “How to Run a Province,” which has been published in 20 languages, and “The Price of a Permit: The Story of the One-Stop Shop,” and is co-author of “Public Administration: What Everyone Needs to Know.” He is the founder of example.org, a media site that reports on reform.</em></p>',
    ],
    [
      'naming the author without the middle initial the byline gives',
      '<p><i>Aaron Example is a freelance writer based in Hanoi.</i></p>',
      'Aaron K. Example',
    ],
  ])('leaves the body when %s', (_, bio, declared = 'Aaron Example') => {
    const head = HEAD.replace('Aaron Example', declared);
    const article = extractArticle(buildPage({ head, tail: bio }));
    expect(article.contentText).not.toContain('Aaron Example');
    expect(article.contentText.endsWith(BODY_PARAGRAPHS[2] as string)).toBe(true);
  });

  it('leaves the body with the address line below it', () => {
    const tail =
      '<p>Aaron Example is a politics reporter for Example News Digital.</p><p>E-Mail: aaron.example@example.org</p>';
    const article = extractArticle(buildPage({ head: HEAD, tail }));
    expect(article.contentText).not.toContain('Aaron Example is');
    expect(article.contentText).not.toContain('aaron.example@example.org');
  });

  it.each([
    'Aaron Example said the council would meet again in March.',
    'Aaron Example writes that the council would meet again in March, and that the vote was close.',
  ])('stays when the author is quoted in the last paragraph: %j', (line) => {
    const article = extractArticle(buildPage({ head: HEAD, tail: `<p>${line}</p>` }));
    expect(article.contentText).toContain(line);
  });

  it('stays when it is not among the last paragraphs, or names someone else', () => {
    const body = `<p>Aaron Example is a politics reporter who covered the council for ten years.</p>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}<p>Jana Other is a politics reporter for Example News Digital.</p>`;
    const article = extractArticle(buildPage({ head: HEAD, body }));
    expect(article.contentText).toContain('Aaron Example is a politics reporter');
    expect(article.contentText).toContain('Jana Other is a politics reporter');
  });
});

describe("rule: the author's name alone right below a sub-heading opening the body is the byline", () => {
  const HEAD =
    '<link rel="canonical" href="https://news.example.uz/ru/2026/12/06/metro/"><meta name="author" content="Mark Example">';
  const paragraphs = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
  const subheading = '<h4>Строительство участка длиной 7 км начнется весной.</h4>';

  it.each(['<div class="articleAuthor">Mark Example</div>', '<p>Mark Example</p>'])(
    'leaves the body, the sub-heading staying: %s',
    (line) => {
      const article = extractArticle(
        buildPage({ head: HEAD, body: subheading + line + paragraphs }),
      );
      expect(article.contentText).not.toContain('Mark Example');
      expect(article.contentText).toContain('Строительство участка');
      expect(article.authors).toEqual(['Mark Example']);
    },
  );

  it('keeps the name when a paragraph of the text opens the body before it', () => {
    const body = `<p>${BODY_PARAGRAPHS[0]}</p><p>Mark Example</p>${paragraphs}`;
    const article = extractArticle(buildPage({ head: HEAD, body }));
    expect(article.contentText).toContain('Mark Example');
  });
});
