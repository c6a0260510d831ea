import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { extractArticle, recordingTrace } from '../../../shared/extract/index.ts';
import { metadataText } from '../../../shared/extract/metadata-text.ts';
import { takeOpening } from '../../../shared/extract/opening-block.ts';
import { splitTagValues } from '../../../shared/extract/tags.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const PARAGRAPHS = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

/** The tags of a page declaring these `article:tag` values. */
const tagsOf = (...values: string[]) =>
  extractArticle(
    buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">${values
        .map((v) => `<meta property="article:tag" content="${v}">`)
        .join('')}`,
    }),
  ).tags;

describe('tags: one comma-separated string is split', () => {
  it.each([
    [
      ['ung thư ruột non, đau bụng, rối loạn tiêu hóa'],
      ['ung thư ruột non', 'đau bụng', 'rối loạn tiêu hóa'],
    ],
    [['Spain,Europe,World news'], ['Spain', 'Europe', 'World news']],
    [
      ['Lee Baker, CFP', 'Bitcoin'],
      ['Lee Baker, CFP', 'Bitcoin'],
    ],
    [['Business, Finance, & Economics'], ['Business, Finance, & Economics']],
    [['سياسة، اقتصاد؛ رياضة'], ['سياسة', 'اقتصاد', 'رياضة']],
    [['政治；经济，体育、科技'], ['政治', '经济', '体育', '科技']],
  ])('reads %j as %j', (values, tags) => {
    expect(splitTagValues(values)).toEqual(tags);
  });

  it('splits news_keywords and article:tag given as one string, and keeps both', () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">' +
      '<meta property="article:tag" content="Rối loạn tiêu hóa">' +
      '<meta name="news_keywords" content="ung thư ruột non, đau bụng, rối loạn tiêu hóa">';
    expect(extractArticle(buildPage({ head })).tags).toEqual([
      'Rối loạn tiêu hóa',
      'ung thư ruột non',
      'đau bụng',
    ]);
  });
});

describe("tags: a CMS's own labels and identifiers are no tags for readers", () => {
  it.each([
    '@post-id:1913719',
    '@hp-top-stories',
    'source:tagname:CNBC US Source',
    'Section: News:World News',
    'AdNode:culture/wide_angle',
    'RSBI:HUMAN-RIGHTS',
    '26157981-b4f7-4929-adc1-e860c6f03636',
    '100312362',
    'https://twitter.com/AP_Sports',
    'Paul George PROFESSIONAL_ATHLETE SPORTS_FIGURE PERSON',
  ])('drops %j', (machine) => {
    expect(tagsOf(machine, 'WeWork')).toEqual(['WeWork']);
  });

  it('keeps tags with a colon and a space, figures among words, and hashtags', () => {
    expect(
      tagsOf('Star Wars: The Last Jedi', 'COVID-19', 'G7', 'Nghị quyết 57', '#MeToo', '2024'),
    ).toEqual(['Star Wars: The Last Jedi', 'COVID-19', 'G7', 'Nghị quyết 57', 'MeToo', '2024']);
  });
});

describe('tags: a CMS facet list of "Label: value" items gives its topics\' values', () => {
  it('takes the value of an item labelled as a topic, category or subject', () => {
    expect(tagsOf('Category: Travel', 'Rockies')).toEqual(['Travel', 'Rockies']);
    expect(tagsOf('topic: White House', 'Impeachment')).toEqual(['White House', 'Impeachment']);
  });

  it("drops the list's other facets: page type, day, partner, tagger output", () => {
    expect(
      tagsOf(
        'Day: Friday',
        'Page Type: Article',
        'Subject: Justice',
        'Subject: Politics',
        'Partner: Smart News',
        'NLP Category: General',
        'Medium',
      ),
    ).toEqual(['Justice', 'Politics', 'Medium']);
  });

  it('keeps titles with a colon where no item is labelled as a topic', () => {
    expect(tagsOf('Star Wars: The Last Jedi', 'Star Wars: Episode IX')).toEqual([
      'Star Wars: The Last Jedi',
      'Star Wars: Episode IX',
    ]);
  });
});

describe("tags: a box its class calls the article's tag, in the singular", () => {
  it.each([
    ['box-tag', 'VnExpress'],
    ['article__tag', 'Nhân Dân'],
    ['detail-tag', 'a portal'],
    ['list-tag', 'a portal'],
    ['tag', 'a blog'],
  ])('reads the links of a <div class="%s"> as the tags (%s)', (cls) => {
    const tail = `<div class="${cls}"><a href="/cau-tu-lien-tag1.html">cầu Tứ Liên</a> <a href="/song-hong-tag2.html">sông Hồng</a></div>`;
    const article = extractArticle(buildPage({ tail }));
    expect(article.tags).toEqual(['cầu Tứ Liên', 'sông Hồng']);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it('reads no tag from one link styled as a tag (a button)', () => {
    const tail = '<div class="tab-item tag"><a href="/feedback">Ihr Feedback</a></div>';
    expect(extractArticle(buildPage({ tail })).tags).toEqual([]);
  });

  it.each(['tag-cloud', 'tagline', 'vintage', 'hashtag'])(
    'reads no tags from the links of a <div class="%s">',
    (cls) => {
      const tail = `<div class="${cls}"><a href="/a.html">cầu Tứ Liên</a> <a href="/b.html">sông Hồng</a></div>`;
      expect(extractArticle(buildPage({ tail })).tags).toEqual([]);
    },
  );
});

describe("tags: a link to a social network's profile is no tag", () => {
  it("reads no tag from the company's profiles in a box named social tags (Business Wire's)", () => {
    const tail =
      '<div class="bw-release-social-tags"><h3>Social Media Profiles</h3><ul><li><a href="https://www.linkedin.com/company/acme">Acme on LinkedIn</a></li><li><a href="https://x.com/acme">Acme on X</a></li></ul></div>' +
      '<div class="bw-release-tags"><a href="/tag/health">Health</a> <a href="/tag/pharma">Pharmaceutical</a></div>';
    expect(extractArticle(buildPage({ tail })).tags).toEqual(['Health', 'Pharmaceutical']);
  });

  it("reads no tag from a share bar's links that open no page (a mail, a script) beside the tags", () => {
    const tail =
      '<div class="post-tags"><a href="/tag/hiking" rel="tag">hiking</a> <a href="/tag/water" rel="tag">water</a>' +
      '<a href="javascript:void(0)">Pinterest</a><a href="mailto:?subject=Hiking">Email</a><a data-href="#">Flipboard</a></div>';
    expect(extractArticle(buildPage({ tail })).tags).toEqual(['hiking', 'water']);
  });
});

describe('tags: a box its class calls a tag list, whose tag links all open no page ("#"), still names the tags', () => {
  it.each([
    [
      'links side by side',
      '<div class="post-tags"><a href="#">Health</a> <a href="#">Pharmaceutical</a> <a href="#">Clinical Trials</a></div>',
      ['Health', 'Pharmaceutical', 'Clinical Trials'],
    ],
    [
      'a list',
      '<ul class="tag-list"><li><a href="#">Health</a></li><li><a href="#">Pharmaceutical</a></li></ul>',
      ['Health', 'Pharmaceutical'],
    ],
    [
      'a line under its heading',
      '<div class="release-keywords"><h3>Industry:</h3><p><a href="#">Health</a> <a href="#">Pharmaceutical</a></p></div>',
      ['Health', 'Pharmaceutical'],
    ],
  ])('reads the tags of %s', (_, tail, tags) => {
    expect(extractArticle(buildPage({ tail })).tags).toEqual(tags);
  });

  it.each([
    [
      'a share bar',
      '<div class="post-tags"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>',
    ],
    [
      'a "Show more" button beside them',
      '<div class="post-tags"><a href="#">Health</a> <a href="#">Pharma</a> <a href="#">Show more</a></div>',
    ],
    ['one link alone', '<div class="post-tags"><a href="#">Health</a></div>'],
  ])('reads no tag from %s', (_, tail) => {
    expect(extractArticle(buildPage({ tail })).tags).toEqual([]);
  });

  it('still reads no tag from a link that opens no page beside tag links that do', () => {
    const tail =
      '<div class="post-tags"><a href="/tag/hiking" rel="tag">hiking</a> <a href="/tag/water" rel="tag">water</a> <a href="#">Themen</a></div>';
    expect(extractArticle(buildPage({ tail })).tags).toEqual(['hiking', 'water']);
  });
});

describe('tags: the links after a label for tags are tags, whatever the class names', () => {
  it.each([
    [
      'Từ khóa:',
      '<div class="k7">Từ khóa: <a href="/tu-khoa/cai-cach">cải cách hành chính</a>, <a href="/tu-khoa/2023">năm 2023</a></div>',
    ],
    [
      'Tags:',
      '<p class="k7"><span>Tags:</span> <a href="/t/a">cải cách hành chính</a> <a href="/t/b">năm 2023</a></p>',
    ],
    [
      'Thẻ:',
      '<div class="k7">Thẻ: <a href="/t/a">cải cách hành chính</a>, <a href="/t/b">năm 2023</a></div>',
    ],
    [
      'Schlagwörter',
      '<div class="k7"><strong>Schlagwörter</strong><a href="/s/a">cải cách hành chính</a><a href="/s/b">năm 2023</a></div>',
    ],
    [
      'Topics:',
      '<p class="k7">Topics: <a href="/topics/a/">cải cách hành chính</a>, <a href="/topics/b/">năm 2023</a></p>',
    ],
    [
      'Тагови:',
      '<div class="k7">Тагови: <a href="/t/a">cải cách hành chính</a> <a href="/t/b">năm 2023</a></div>',
    ],
    [
      'Tagovi:',
      '<div class="k7">Tagovi: <a href="/t/a">cải cách hành chính</a> <a href="/t/b">năm 2023</a></div>',
    ],
    [
      'Ετικέτες:',
      '<div class="k7">Ετικέτες: <a href="/t/a">cải cách hành chính</a> <a href="/t/b">năm 2023</a></div>',
    ],
  ])('reads the links after %j, and leaves the line out of the body', (_label, tail) => {
    const article = extractArticle(buildPage({ tail }));
    expect(article.tags).toEqual(['cải cách hành chính', 'năm 2023']);
    expect(article.contentText).not.toMatch(
      /Topics|Tags|Từ khóa|Thẻ|Schlagwörter|Тагови|Tagovi|Ετικέτες/,
    );
  });

  it("reads no tags from a site's tag cloud, nor its link to every tag", () => {
    const cloud = `<div class="k8">Tags: ${Array.from({ length: 20 }, (_, i) => `<a href="/t/${i}">chủ đề ${i}</a>`).join(' ')}</div>`;
    expect(extractArticle(buildPage({ tail: cloud })).tags).toEqual([]);
    const line =
      '<div class="k7">Schlagwörter: <a href="/s/a">Genf</a> <a href="/s/b">Spionage</a> <a href="/themen">Alle Themen</a></div>';
    expect(extractArticle(buildPage({ tail: line })).tags).toEqual(['Genf', 'Spionage']);
  });

  it('reads no tags from a sentence that mentions tags before a link', () => {
    const tail =
      '<p>Price tags: the shop <a href="/shop">on the corner</a> raised them again this week.</p>';
    expect(extractArticle(buildPage({ tail })).tags).toEqual([]);
  });
});

describe("tags: links to a section's pages in a box called the tags are no tags", () => {
  it('reads the labelled tag links instead of the section links of a box whose id says tags', () => {
    const html = buildPage({
      before:
        '<div id="inq_section_tags"><a href="https://news.example.com/category/nation">Nation</a> / <a href="https://news.example.com/category/latest-stories">Latest Stories</a></div>',
      tail: '<div class="k7"><h3>TAGS:</h3><a href="https://news.example.com/tag/edsa">Edsa</a><a href="https://news.example.com/tag/mmda">MMDA</a></div>',
    });
    expect(extractArticle(html).tags).toEqual(['Edsa', 'MMDA']);
  });
});

describe('tags: a line of links to tag pages alone is the tags, whatever the class names', () => {
  it.each([
    [
      'links side by side',
      '<div class="k7"><a href="/tags/cai-cach">cải cách hành chính</a><a href="/tags/nam-2023">năm 2023</a></div>',
    ],
    [
      'a list',
      '<ul class="k7"><li><a href="/chu-de/cai-cach-12.html">cải cách hành chính</a></li><li><a href="/chu-de/nam-2023-34.html">năm 2023</a></li></ul>',
    ],
    [
      'links between separators',
      '<p class="k7"><a href="https://tinh.example.gov.vn/topic/cai-cach/">cải cách hành chính</a> · <a href="https://tinh.example.gov.vn/topic/nam-2023/">năm 2023</a></p>',
    ],
    [
      'links marked with "#", their separators inside them',
      '<div class="k7"><a href="/tema/cai-cach"><span># cải cách hành chính,</span></a> <a href="/tema/nam-2023"><span># năm 2023</span></a></div>',
    ],
    [
      'links after a bar of share buttons',
      '<div class="k6"><span>Chia sẻ</span><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="#">Copy link</a></div><div class="k7"><a href="/tag/cai-cach-1.html">cải cách hành chính</a><a href="/tag/nam-2023-2.html">năm 2023</a></div>',
    ],
    [
      'links under a label for tags that links to every tag, after a source line',
      '<p class="k5">Quelle: ntv.de</p><section class="k7"><a href="/thema">THEMEN</a><ul><li><a href="/thema/cai-cach">cải cách hành chính</a></li><li><a href="/thema/nam-2023">năm 2023</a></li></ul></section>',
    ],
    [
      'links after a date line',
      '<div class="k6"><p>Posted 14 Dec 2023, updated 15 Dec 2023</p><div><a href="/topic/cai-cach">cải cách hành chính</a><a href="/topic/nam-2023">năm 2023</a></div></div>',
    ],
    [
      'links under a label for more on the topics',
      '<div class="k7"><h3>Mehr zum Thema</h3><ul><li><a href="/thema/cai-cach">cải cách hành chính</a></li><li><a href="/thema/nam-2023">năm 2023</a></li></ul></div>',
    ],
    [
      'links under a label for related topics',
      '<div class="k7"><span>Related Topics:</span></div><div class="k8"><a href="/tags/cai-cach/">cải cách hành chính</a> <a href="/tags/nam-2023/">năm 2023</a></div>',
    ],
    [
      'links to the site\'s search for a tag word, marked with "#" (a Korean CMS)',
      '<div class="k7"><a href="/news/articleList.html?sc_word=cải cách hành chính">#cải cách hành chính</a><a href="/news/articleList.html?sc_word=năm 2023">#năm 2023</a></div>',
    ],
    [
      'links to pages of a tag named in the query',
      '<p class="k7"><a href="/tim-kiem.html?tag=cai-cach">cải cách hành chính</a>, <a href="/tim-kiem.html?tag=nam-2023">năm 2023</a></p>',
    ],
  ])('reads %s, and leaves the line out of the body', (_, tail) => {
    const article = extractArticle(buildPage({ tail }));
    expect(article.tags).toEqual(['cải cách hành chính', 'năm 2023']);
    expect(article.contentText).toMatch(/doanh nghiệp\.$/);
  });

  it.each([
    [
      'links to tag pages inside a sentence',
      '<p>Đoàn công tác làm việc về <a href="/tags/cai-cach">cải cách hành chính</a> và <a href="/tags/nam-2023">năm 2023</a> tại tỉnh.</p>',
    ],
    ['one link alone', '<div class="k7"><a href="/tags/cai-cach">cải cách hành chính</a></div>'],
    [
      'a line mixing tag pages and other pages',
      '<div class="k7"><a href="/tags/cai-cach">cải cách hành chính</a><a href="/tin/nam-2023.html">năm 2023</a></div>',
    ],
  ])('reads none from %s', (_, tail) => {
    expect(extractArticle(buildPage({ tail })).tags).toEqual([]);
  });

  it.each([
    ['a heading', '<h3>Top-Themen</h3>'],
    ['a label in the column beside it', '<div class="k8"><p>Weitere Themen</p></div>'],
  ])("reads none from a site's box of topics under %s", (_, label) => {
    const tail = `<div class="k7">${label}<div class="k9"><ul><li><a href="/themen/inflation">Inflation</a></li><li><a href="/themen/arbeit">Arbeit</a></li></ul></div></div>`;
    expect(extractArticle(buildPage({ tail })).tags).toEqual([]);
  });

  it('reads none from a bar of topics above the headline', () => {
    const bar =
      '<div class="k1"><a href="/tags/bau-cu">Bầu cử</a><a href="/tags/giao-thong">Giao thông</a><a href="/tags/thoi-tiet">Thời tiết</a></div>';
    const html = buildPage().replace('<main>', `<main>${bar}`);
    expect(extractArticle(html).tags).toEqual([]);
  });
});

describe('tags: a keywords meta that is the headline cut at its spaces names no tags', () => {
  it('drops keywords that spell the title word by word', () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">' +
      '<meta name="keywords" content="tổng, kết, cải, cách, hành, chính, năm, 2023">';
    expect(extractArticle(buildPage({ head })).tags).toEqual([]);
  });

  it('keeps single-word keywords that are not the title in its order', () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">' +
      '<meta name="keywords" content="hành chính, cải cách, năm 2023">';
    expect(extractArticle(buildPage({ head })).tags).toEqual([
      'hành chính',
      'cải cách',
      'năm 2023',
    ]);
  });
});

describe('lead: the bold opening paragraph is the lead', () => {
  const opening =
    'Ngày 14/12, được sự cho phép của lãnh đạo Công an tỉnh, phòng Công tác đảng tổ chức Tọa đàm về bình đẳng giới.';

  it.each([
    ['<strong>', `<p><strong>${opening}</strong></p>`],
    ['<b> in a styled paragraph', `<p style="text-align: justify;"><b>${opening}</b></p>`],
    ['a bold font weight', `<p style="font-weight: bold">${opening}</p>`],
  ])('takes a first paragraph in %s as the lead and out of the body', (_, first) => {
    const article = extractArticle(buildPage({ body: first + PARAGRAPHS }));
    expect(article.lead).toBe(opening);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    'Tối 14/12, Sở Công Thương tỉnh khai mạc Hội chợ Thương mại - Nông sản năm 2024 nhằm kích cầu tiêu dùng.',
    'Chiều nay, Sở Công Thương tỉnh khai mạc Hội chợ Thương mại - Nông sản năm 2024 nhằm kích cầu tiêu dùng.',
  ])(
    'takes an italic opening paragraph that opens on a Vietnamese day or time as the lead: %j',
    (italic) => {
      const article = extractArticle(buildPage({ body: `<p><em>${italic}</em></p>${PARAGRAPHS}` }));
      expect(article.lead).toBe(italic);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it("takes no italic caption on a Vietnamese day below the body's first picture as the lead", () => {
    const caption =
      'Sáng 14/12, đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị tổng kết năm.';
    const $ = load(
      `<div id="b"><p><img src="/u/a.jpg" alt=""></p><p><em>${caption}</em></p>${PARAGRAPHS}</div>`,
    );
    expect(takeOpening($, $('#b'), true, () => false).lead).toBeNull();
    expect($('#b').text()).toContain(caption);
  });

  it('takes the italic paragraph on a Vietnamese day below a captioned picture as the lead', () => {
    const sapo =
      'Sáng 14/12, nông dân các xã ven biển đã tập trung thu hoạch lúa mùa sớm để tránh rét.';
    const $ = load(
      `<div id="b"><figure><img src="/u/a.jpg" alt=""><figcaption>Nông dân thu hoạch lúa.</figcaption></figure><p><em>${sapo}</em></p>${PARAGRAPHS}</div>`,
    );
    expect(takeOpening($, $('#b'), true, () => false).lead).toBe(sapo);
    expect($('#b').text()).not.toContain(sapo);
  });

  it('keeps an italic opening paragraph that opens on no day in the body', () => {
    const note =
      'This article was produced in partnership with the Example Foundation, which had no say.';
    const article = extractArticle(buildPage({ body: `<p><em>${note}</em></p>${PARAGRAPHS}` }));
    expect(article.contentText.startsWith(note)).toBe(true);
  });

  it("takes a bold opening line without a full stop, of a subtitle's length, as the lead", () => {
    const subtitle =
      'Federal investment of over $12 million will help six businesses commercialize clean technologies and create good jobs';
    const article = extractArticle(
      buildPage({ body: `<p><strong>${subtitle}</strong></p>${PARAGRAPHS}` }),
    );
    expect(article.lead).toBe(subtitle);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    ['a short bold line (a sub-heading)', 'What the province decided this year'],
    [
      'a distribution legend in capitals',
      'NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
    ],
  ])('takes no lead from a bold opening line without a full stop that is %s', (_, line) => {
    const article = extractArticle(
      buildPage({ body: `<p><strong>${line}</strong></p>${PARAGRAPHS}` }),
    );
    expect(article.lead).not.toBe(line);
  });

  it.each([
    [
      'a labelled question',
      'PV: Thưa ông, năm 2026 ngành nông nghiệp tỉnh đã đạt được những kết quả nổi bật nào?',
      'Năm 2026, tốc độ tăng trưởng ngành nông nghiệp ước đạt 3,8%, cao nhất trong 5 năm qua, thưa phóng viên.',
    ],
    [
      'a question another bold question follows',
      'Thưa ông, năm 2026 ngành nông nghiệp tỉnh đã đạt được những kết quả nổi bật nào?',
      'Năm 2026, tốc độ tăng trưởng ngành nông nghiệp ước đạt 3,8%, cao nhất trong 5 năm qua, thưa phóng viên.',
    ],
  ])("keeps an interview's first question (%s) in the body, no lead", (_, question, answer) => {
    const body = `<p><strong>${question}</strong></p><p>${answer}</p><p><strong>Những khó khăn nào ngành đang phải đối mặt, thưa ông?</strong></p>${PARAGRAPHS}`;
    const article = extractArticle(buildPage({ body }));
    expect(article.lead).toBeNull();
    expect(article.contentText.startsWith(question)).toBe(true);
  });

  it('keeps the picture the bold opening paragraph holds, where the paragraph stood', () => {
    const first = `<p><img src="/anh/toa-dam.jpg" width="600" height="400"><strong>${opening}</strong></p>`;
    const article = extractArticle(buildPage({ body: first + PARAGRAPHS }));
    expect(article.lead).toBe(opening);
    expect(article.images.map((i) => i.url)).toEqual([
      'https://tinh.example.gov.vn/anh/toa-dam.jpg',
    ]);
    expect(article.contentHtml).toMatch(/^(?:<p>)?<img [^>]*src="[^"]*\/anh\/toa-dam\.jpg"/);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it('takes it from a portal that nests the article ten wrappers deep (a portlet in a column)', () => {
    const open = Array.from({ length: 10 }, (_, i) => `<div class="w${i}">`).join('');
    const article = extractArticle(
      buildPage({
        body: `${open}<p><strong>${opening}</strong></p>${PARAGRAPHS}${'</div>'.repeat(10)}`,
      }),
    );
    expect(article.lead).toBe(opening);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    [
      'a WordPress caption box',
      '<div class="wp-caption"><img src="/a.jpg" alt=""><p class="wp-caption-text">Ban chấp hành hội nghị (từ trái sang phải)</p></div>',
    ],
    [
      'a figure',
      '<figure><img src="/a.jpg" alt=""><figcaption>Quang cảnh buổi tọa đàm</figcaption></figure>',
    ],
    [
      'a featured-picture box holding a figure',
      '<div class="k3"><figure><img src="/a.jpg" alt=""><figcaption>Quang cảnh buổi tọa đàm</figcaption></figure></div>',
    ],
  ])('takes the bold paragraph after %s, the picture above the text, as the lead', (_, picture) => {
    const article = extractArticle(
      buildPage({ body: `${picture}<p><strong>${opening}</strong></p>${PARAGRAPHS}` }),
    );
    expect(article.lead).toBe(opening);
    expect(article.contentText).not.toContain(opening);
  });

  it('takes a first paragraph its class alone sets apart from the body’s other paragraphs as the lead, whatever the class says', () => {
    // A hashed utility class (a Funke site's `font-medium`): the other paragraphs have none.
    const article = extractArticle(
      buildPage({ body: `<p class="kb90225 kdaaac3">${opening}</p>${PARAGRAPHS}` }),
    );
    expect(article.lead).toBe(opening);
    // It stays the body's opening: set apart by a class only, it may be an introduction the
    // body needs.
    expect(article.contentText).toBe([opening, ...BODY_PARAGRAPHS].join('\n\n'));
  });

  it('takes no lead from a first paragraph set apart by its class that repeats a picture’s text', () => {
    const caption =
      'Archivbild: Quang cảnh hội nghị tổng kết công tác cải cách hành chính của tỉnh.';
    const article = extractArticle(
      buildPage({
        body: `<figure><img src="/a.jpg" alt="${caption}"></figure><p class="k3">${caption}</p>${PARAGRAPHS}`,
      }),
    );
    expect(article.lead).not.toBe(caption);
  });

  it('leaves a first paragraph in the body when its class is the other paragraphs’ too', () => {
    const classed = BODY_PARAGRAPHS.map((p) => `<p class="k1">${p}</p>`).join('');
    const article = extractArticle(buildPage({ body: `<p class="k1">${opening}</p>${classed}` }));
    expect(article.contentText.startsWith(opening)).toBe(true);
  });

  it('leaves a plain first paragraph in the body', () => {
    const article = extractArticle(buildPage({ body: `<p>${opening}</p>${PARAGRAPHS}` }));
    expect(article.contentText.startsWith(opening)).toBe(true);
  });

  it('leaves a bold subheading, which is no sentence, in the body', () => {
    const article = extractArticle(
      buildPage({ body: `<p><strong>Kết quả nổi bật năm 2023</strong></p>${PARAGRAPHS}` }),
    );
    expect(article.contentText.startsWith('Kết quả nổi bật năm 2023')).toBe(true);
  });

  it.each([
    ['question', 'What is new in version 2.26?'],
    ['statement', 'Ngày 14/12, tọa đàm đã diễn ra.'],
  ])('leaves a bold %s of under ten words, a subheading, in the body', (_, line) => {
    const article = extractArticle(
      buildPage({ body: `<p><strong>${line}</strong></p>${PARAGRAPHS}` }),
    );
    expect(article.lead).not.toBe(line);
    expect(article.contentText.startsWith(line)).toBe(true);
  });

  it.each([
    ['a <font>', '<font face="Arial" size="2">', '</font>'],
    ['two wrappers', '<span style="font-family:Arial"><font size="2">', '</font></span>'],
  ])(
    "takes it from an old portal's layout cell that sets the text's <br> lines in %s",
    (_, open, close) => {
      const lines = [`<b>${opening}</b>`, ...BODY_PARAGRAPHS].join('<br><br>');
      const page = `<html><head><title>Công an tỉnh</title>
<meta name="description" content="Cổng thông tin điện tử Công an tỉnh: tin tức, sự kiện, văn bản."></head>
<body><table><tr><td width="200"><b>VĂN BẢN MỚI</b><br><a href="/vb/1">Luật Căn cước năm 2023</a></td>
<td width="580"><font size="4"><b>Tọa đàm về bình đẳng giới tại Công an tỉnh</b></font><br>
<font size="1">Ngày 14/12/2024</font><br><br>${open}${lines}${close}</td>
</tr></table></body></html>`;
      const article = extractArticle(page, {
        url: 'http://congan.example.gov.vn/chitiet.asp?id=1',
      });
      expect(article.lead).toBe(opening);
      expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
    },
  );

  it('takes the on-page standfirst over a meta description that says something else', () => {
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">' +
      '<meta name="description" content="Cổng thông tin điện tử tỉnh: tin tức, sự kiện, văn bản chỉ đạo điều hành của tỉnh.">';
    const article = extractArticle(
      buildPage({ head, body: `<p><strong>${opening}</strong></p>${PARAGRAPHS}` }),
    );
    expect(article.lead).toBe(opening);
  });
});

describe('lead: a subtitle framed by wave dashes or bars is read without them', () => {
  it.each([
    ['～3月2日に市内の会場で説明会を開く予定～', '3月2日に市内の会場で説明会を開く予定'],
    ['〜3月2日に市内の会場で説明会を開く予定', '3月2日に市内の会場で説明会を開く予定'],
    ['― 3月2日に市内の会場で説明会を開く予定 ―', '3月2日に市内の会場で説明会を開く予定'],
  ])('reads %j as %j', (subtitle, lead) => {
    const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>新しい記事の見出し</title></head><body><main><div class="title-header"><h1>新しい記事の見出し</h1><h2>${subtitle}</h2></div><div class="article-body">${PARAGRAPHS}</div></main></body></html>`;
    expect(extractArticle(html, { url: 'https://news.example.jp/a/1.html' }).lead).toBe(lead);
  });
});

describe('lead: a description that is the headline and then the page’s keywords is no summary', () => {
  const HEADLINE = 'Tổng kết cải cách hành chính năm 2023';
  const withDescription = (description: string) =>
    extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="keywords" content="thủ tục, dịch vụ công, Sở Nội vụ"><meta name="description" content="${description}">`,
      }),
    ).lead;

  it.each([`${HEADLINE},thủ tục,dịch vụ công`, `${HEADLINE}, Sở Nội vụ, thủ tục`])(
    'reads no lead from %j',
    (description) => {
      expect(withDescription(description)).toBeNull();
    },
  );

  it('still reads a summary that follows the headline with words of its own', () => {
    const summary = `${HEADLINE}, với nhiều kết quả nổi bật trong việc giải quyết thủ tục cho người dân và doanh nghiệp.`;
    expect(withDescription(summary)).toBe(summary);
  });
});

describe('lead: a description that is the body’s whole first paragraph', () => {
  const first = BODY_PARAGRAPHS[0] ?? '';
  const withDescription = (description: string) =>
    extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${description}">`,
      }),
    );

  it('is the lead, and the paragraph stays the body’s opening', () => {
    const article = withDescription(first);
    expect(article.lead).toBe(first);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  // A summary written apart from the text says what the copy of its opening does not: the
  // Open Graph tag copies the first paragraph, the HTML one gives the standfirst.
  it('gives way to another description that is a summary of its own', () => {
    const summary =
      'Tỉnh giảm mạnh thủ tục, người dân hài lòng hơn; lãnh đạo đòi số hóa và kỷ luật cán bộ.';
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta property="og:description" content="${first}"><meta name="description" content="${summary}">`,
      }),
    );
    expect(article.lead).toBe(summary);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it('stays the lead beside another description copying a paragraph further down', () => {
    const later =
      'Năm 2024, tỉnh đặt mục tiêu đưa toàn bộ thủ tục đủ điều kiện lên cổng dịch vụ công và rút ngắn một nửa thời gian giải quyết hồ sơ đất đai.';
    const paragraphs = [...BODY_PARAGRAPHS, ...BODY_PARAGRAPHS, `Theo kế hoạch, ${later}`];
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta property="og:description" content="${first}"><meta name="description" content="${later}">`,
        body: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      }),
    );
    expect(article.lead).toBe(first);
  });

  it('stays the lead beside another description cut from it', () => {
    const cut = `${first.slice(0, 90)}…`;
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta property="og:description" content="${first}"><meta name="description" content="${cut}">`,
      }),
    );
    expect(article.lead).toBe(first);
  });

  it('is the lead when only a kicker line comes before that paragraph', () => {
    const kicker = '<p>Cải cách hành chính</p>';
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${first}">`,
        body: kicker + BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''),
      }),
    );
    expect(article.lead).toBe(first);
  });

  it.each([
    ['a short sentence', 'Ông Minh nói hôm qua rằng mọi việc đã xong.'],
    ['a short Japanese sentence', '来年に発売予定の小型計算機は、二つの基本ソフトが動作する。'],
  ])('is no lead when %s of prose comes before that paragraph: it is the second', (_, before) => {
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${first}">`,
        body: [before, ...BODY_PARAGRAPHS].map((p) => `<p>${p}</p>`).join(''),
      }),
    );
    expect(article.lead).toBeNull();
  });

  it('is the lead when it and that paragraph carry soft hyphens', () => {
    const hyphenated = first.replace(/(\p{L}{3})(\p{L}{2,})/gu, '$1&shy;$2');
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${hyphenated}">`,
        body: [hyphenated, ...BODY_PARAGRAPHS.slice(1)].map((p) => `<p>${p}</p>`).join(''),
      }),
    );
    expect(hyphenated).toContain('&shy;');
    expect(article.lead).toBe(first);
  });

  it.each([
    ['a place and a dot', 'Lạng Hòa ·'],
    ['a wire dateline', 'HÀ NỘI (TTXVN) —'],
  ])('is the lead when the paragraph opens with %s run into it', (_, dateline) => {
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${first}">`,
        body: [`${dateline} ${first}`, ...BODY_PARAGRAPHS.slice(1)]
          .map((p) => `<p>${p}</p>`)
          .join(''),
      }),
    );
    expect(article.lead).toBe(first);
    expect(article.contentText).toContain(first);
  });

  it('is no lead when it repeats a paragraph that follows the article’s prose', () => {
    const second = BODY_PARAGRAPHS[1] ?? '';
    expect(withDescription(second).lead).toBeNull();
  });

  it.each([
    ['cut short with "…"', `${first.slice(0, 80)}…`],
    ['the first paragraph’s opening only', first.slice(0, first.indexOf(' với sự tham dự'))],
  ])('is no lead when %s', (_, description) => {
    expect(withDescription(description).lead).toBeNull();
  });
});

describe('field sources in the trace', () => {
  it('reports where every metadata field came from', () => {
    const { trace, explanation } = recordingTrace();
    const head =
      '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">' +
      '<meta property="og:title" content="Tổng kết cải cách hành chính năm 2023">' +
      '<meta name="news_keywords" content="cải cách, hành chính">';
    extractArticle(
      buildPage({
        head,
        before: '<div class="post-date">Thứ năm, 14/12/2023 16:05</div>',
        tail: '<p style="text-align:right"><strong>Tin, ảnh: ĐỖ HUY.</strong></p>',
      }),
      { trace },
    );
    const sources = Object.fromEntries(explanation.fields.map((f) => [f.field, f.source]));
    expect(sources).toEqual({
      charset: 'given as text',
      url: 'canonical link',
      title: 'h1 (as meta og:title)',
      lead: 'none',
      authors: 'closing byline of the body',
      publishedAt: 'date line',
      modifiedAt: 'none',
      language: 'detected from the text',
      section: 'none',
      tags: 'meta news_keywords',
      image: 'none',
    });
    const published = explanation.fields.find((f) => f.field === 'publishedAt');
    expect(published?.note).toContain('Asia/Ho_Chi_Minh (domain .vn)');
  });

  it('gives the same article with a trace as without one', () => {
    const html = buildPage();
    const { trace } = recordingTrace();
    expect(extractArticle(html, { trace })).toEqual(extractArticle(html));
  });
});

describe('lead and title: a metadata value a CMS wrote as HTML is plain text', () => {
  const canonical = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';
  const article = (fields: Record<string, string>) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...fields })}</script>`;

  it('drops the markup of a JSON-LD description and decodes its references', () => {
    const head = `${canonical}${article({ description: '<p>Here&#x27;s a look at what we know — and what we don&#x27;t — about it.</p>' })}`;
    expect(extractArticle(buildPage({ head })).lead).toBe(
      "Here's a look at what we know — and what we don't — about it.",
    );
  });

  it('decodes references escaped twice in JSON-LD ("K&amp;uuml;hltürme")', () => {
    const head = `${canonical}${article({
      description:
        'Die Sprengung der K&amp;uuml;hlt&amp;uuml;rme markiert das Ende einer &amp;Auml;ra.',
    })}`;
    expect(extractArticle(buildPage({ head })).lead).toBe(
      'Die Sprengung der Kühltürme markiert das Ende einer Ära.',
    );
  });

  it.each([
    ['a title escaped twice', 'Die K&amp;uuml;hlt&amp;uuml;rme', 'Die Kühltürme'],
    ['a title in markup', '<b>Breaking:</b> news', 'Breaking: news'],
    ['an empty paragraph', '<p> </p>', null],
  ])('reads %s as plain text', (_what, value, text) => {
    expect(metadataText(value)).toBe(text);
  });

  it('keeps a "<" that opens no tag', () => {
    const head = `${canonical}${article({ description: 'Warum 3 < 5 gilt und was Kinder daran lernen können, erklärt die Lehrerin.' })}`;
    expect(extractArticle(buildPage({ head })).lead).toBe(
      'Warum 3 < 5 gilt und was Kinder daran lernen können, erklärt die Lehrerin.',
    );
  });
});

describe("lead: a description that is a picture's caption describes the picture", () => {
  const caption = 'Cán bộ một cửa hướng dẫn người dân làm thủ tục tại trung tâm hành chính công.';
  const summary =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const ld = (description: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Tổng kết', description })}</script>`;
  const figure = `<figure><img src="/anh.jpg" alt="${caption}"><figcaption><span>${caption}</span></figcaption></figure>`;

  it.each([
    ['shown as its figcaption', figure],
    ['only its alt text', `<img src="/anh.jpg" alt="${caption}">`],
  ])('takes the next description when the first is a caption %s', (_what, picture) => {
    const html = buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">${ld(caption)}<meta name="description" content="${summary}">`,
      before: picture,
    });
    expect(extractArticle(html).lead).toBe(summary);
  });

  it('keeps the caption when the page declares no other description', () => {
    const html = buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">${ld(caption)}<meta name="description" content="${caption}">`,
      before: figure,
    });
    expect(extractArticle(html).lead).toBe(caption);
  });
});

describe("lead: a line set apart that ends with a picture's credit in brackets is the picture's caption", () => {
  it.each(['(Xinhua/Ding Lei)', '(Reuters/Jane Doe)', '(AP Photo/John Roe)'])(
    'takes no lead from a centred line under a picture ending "%s"',
    (credit) => {
      const caption = `A bullet train runs on the new section of the railway in Xinjiang, Dec. 5, 2026. ${credit}`;
      const body = `<p><img src="/a.jpg" alt=""></p><p class="pcenter">${caption}</p>${PARAGRAPHS}`;
      const article = extractArticle(buildPage({ body }));
      expect(article.lead).not.toBe(caption);
    },
  );
});

describe("lead: of several descriptions under one name, the one about the article wins over the site template's", () => {
  const site =
    'Cổng thông tin điện tử: thông tin chỉ đạo điều hành, dịch vụ công trực tuyến và giải đáp thắc mắc của công dân.';
  const article =
    'Lãnh đạo tỉnh đánh giá kết quả cải cách hành chính và đặt ra mục tiêu mới cho năm 2024.';
  const page = (first: string, second: string) =>
    buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${first}"><meta name="description" content="${second}">`,
    });

  it.each([
    ['after', site, article],
    ['before', article, site],
  ])("takes the article's description written %s the site's", (_where, first, second) => {
    expect(extractArticle(page(first, second)).lead).toBe(article);
  });
});

describe("lead: a description that is the site's or section's name, as the <title> writes it, is none", () => {
  it.each([
    ['the site', 'Cổng thông tin điện tử huyện Yên Bình'],
    ['the section', 'Tin tức Sự kiện'],
  ])('gives no lead when the description names %s', (_what, description) => {
    const html = buildPage({
      title:
        'Cổng thông tin điện tử huyện Yên Bình &gt; Tin tức Sự kiện &gt; Tổng kết cải cách hành chính năm 2023',
      head: `<link rel="canonical" href="https://yenbinh.example.gov.vn/a.html"><meta name="description" content="${description}">`,
    });
    expect(extractArticle(html).lead).toBeNull();
  });

  it('keeps a description that says more than the name', () => {
    const summary = 'Huyện Yên Bình cắt giảm gần 200 thủ tục hành chính trong năm 2023.';
    const html = buildPage({
      title: 'Cổng thông tin điện tử huyện Yên Bình &gt; Tổng kết cải cách hành chính năm 2023',
      head: `<link rel="canonical" href="https://yenbinh.example.gov.vn/a.html"><meta name="description" content="${summary}">`,
    });
    expect(extractArticle(html).lead).toBe(summary);
  });
});

describe("lead: a description's trailing part naming only what the <title> adds to the headline is cut", () => {
  const headline = 'Hội chợ nông sản mùa xuân thu hút hàng nghìn lượt khách tham quan';
  const summary = 'Người bán mang đến đặc sản của mười huyện trong tỉnh, từ gạo đến chè.';
  const page = (description: string): string =>
    buildPage({
      title: `${headline} (Báo Tỉnh) - Cổng thông tin tỉnh`,
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${description}">`,
    }).replace('<h1>Tổng kết cải cách hành chính năm 2023</h1>', `<h1>${headline}</h1>`);

  it.each([
    ['the site', `${summary} - Cổng thông tin tỉnh`],
    ['the site and outlet in another order', `${summary} - Cổng thông tin tỉnh(Báo Tỉnh)`],
    ['the outlet after a bar', `${summary} | Báo Tỉnh`],
  ])('cuts %s from the lead', (_what, description) => {
    expect(extractArticle(page(description)).lead).toBe(summary);
  });

  it('keeps a trailing part that says more than the names', () => {
    const quoted = `${summary} - Cổng thông tin tỉnh cho biết`;
    expect(extractArticle(page(quoted)).lead).toBe(quoted);
  });

  it("cuts the page's keywords after a bar, and the headline left is no lead", () => {
    const keywords = 'hội chợ, nông sản, mùa xuân, khách';
    const html = page(`${headline} | ${keywords}`).replace(
      '<meta name="description"',
      `<meta name="keywords" content="${keywords}"><meta name="description"`,
    );
    expect(extractArticle(html).lead).toBeNull();
    const withSummary = page(`${summary} | ${keywords}`).replace(
      '<meta name="description"',
      `<meta name="keywords" content="${keywords}"><meta name="description"`,
    );
    expect(extractArticle(withSummary).lead).toBe(summary);
  });
});

describe("lead: a description the page shows under the site's name is the site's tagline, none", () => {
  const page = (description: string, header: string): string =>
    buildPage({
      head: `<link rel="canonical" href="https://blog.example.org/2018/03/a.html"><meta property="og:site_name" content="Android Developers Blog"><meta property="og:description" content="${description}">`,
    }).replace('<body>', `<body><div class="hero">${header}</div>`);

  it('gives no lead when the header shows it, in other words or not, under the site name', () => {
    const description =
      'The latest Android and Google Play news and tips for app and game developers.';
    const header =
      '<h2 class="hero-title">Android Developers Blog</h2><p class="hero-description">The latest Android and Google Play news for app and game&nbsp;developers.</p>';
    expect(extractArticle(page(description, header)).lead).toBeNull();
  });

  it('keeps a description shown under another heading', () => {
    const description =
      'Developer Preview 7 of Android Things brings new APIs, bug fixes and a new console.';
    const header = `<h2>Android Things Developer Preview 7</h2><p>${description}</p>`;
    expect(extractArticle(page(description, header)).lead).toBe(description);
  });
});

describe('lead: a description that is the headline again is none', () => {
  const headline = 'Hội chợ nông sản mùa xuân thu hút hàng nghìn lượt khách tham quan';
  const page = (description: string): string =>
    buildPage({
      title: `${headline} - Cổng thông tin tỉnh`,
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${description}">`,
    }).replace('<h1>Tổng kết cải cách hành chính năm 2023</h1>', `<h1>${headline}</h1>`);

  it.each([
    [
      'the headline in other capitals',
      'Hội Chợ Nông Sản Mùa Xuân Thu Hút Hàng Nghìn Lượt Khách Tham Quan',
    ],
    ['the <title>, the site after the headline', `${headline} - Cổng thông tin tỉnh`],
    ['the headline short of a word', headline.replace(' hàng nghìn', ' nghìn')],
    [
      "the headline after the site's and section's names, joined by hyphens",
      `Cổng thông tin tỉnh-Tin hoạt động-${headline}`,
    ],
    ["the headline after the site's name and a bar", `Cổng thông tin tỉnh | ${headline}`],
  ])('gives no lead when the description is %s', (_what, description) => {
    expect(extractArticle(page(description)).lead).toBeNull();
  });

  it('keeps a description that opens with the headline and says more', () => {
    const summary = `${headline}: người bán mang đến đặc sản của mười huyện trong tỉnh.`;
    expect(extractArticle(page(summary)).lead).toBe(summary);
  });
});

describe('lead: a block outside the body that shows the description is the standfirst', () => {
  const shown =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const caption = 'Lãnh đạo tỉnh phát biểu tại hội nghị tổng kết sáng 14/12 ở hội trường tỉnh.';
  const page = (before: string, ldDescription = caption) =>
    buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${shown}"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', description: ldDescription })}</script>`,
      before,
    });

  it('takes it with its dateline, over a JSON-LD description that is a caption', () => {
    const before = `<div class="copy-lg"><span>Hà Nội.</span> <span>${shown}</span></div><figure><img src="/a.jpg"><figcaption>${caption}</figcaption></figure>`;
    const { trace, explanation } = recordingTrace();
    const article = extractArticle(page(before), { trace });
    expect(article.lead).toBe(`Hà Nội. ${shown}`);
    expect(explanation.fields.find((f) => f.field === 'lead')?.source).toBe(
      "block outside the body showing the page's description",
    );
    expect(article.contentText).not.toContain('Hà Nội.');
  });

  it('finds it when the caption in JSON-LD opens with the same words as the standfirst', () => {
    const sameOpening =
      'Tỉnh cắt giảm gần 200 thủ tục hành chính, lãnh đạo tỉnh phát biểu. (Ảnh tư liệu)';
    const before = `<div class="copy-lg"><span>Hà Nội.</span> <span>${shown}</span></div>`;
    expect(extractArticle(page(before, sameOpening)).lead).toBe(`Hà Nội. ${shown}`);
  });

  it("does not take a block below the body that shows the description, the site's name in the footer", () => {
    const name = 'Sở Giáo dục và Đào tạo tỉnh Thái Bình';
    const html = buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${name}">`,
    }).replace(
      '<footer>',
      `<div id="footer"><p>${name.toUpperCase()}</p><p>Copyright © 2025</p></div><footer>`,
    );
    expect(extractArticle(html).lead).toBeNull();
    // A summary shown below the body (a list of the latest stories) is still the article's.
    const summary = `${shown.slice(0, -1)} so với năm trước.`;
    const listed = buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="${summary}">`,
    }).replace('<footer>', `<div class="box-new"><p>${summary}</p></div><footer>`);
    expect(extractArticle(listed).lead).toBe(summary);
  });

  it('does not take a caption or a teaser link that shows a description', () => {
    const before = `<figure><img src="/a.jpg"><figcaption>${shown}</figcaption></figure><ul><li><a href="/b.html">${shown}</a></li></ul>`;
    const { trace, explanation } = recordingTrace();
    expect(extractArticle(page(before, shown), { trace }).lead).toBe(shown);
    // Taken from the description, not from the caption or the link that show it.
    const lead = explanation.fields.find((f) => f.field === 'lead');
    expect(lead?.source).toBe('json-ld description');
  });
});

describe('lead: a standfirst element follows the headline and is not another story’s', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const lead = (html: string) =>
    extractArticle(html, { url: 'https://tinh.example.gov.vn/a.html' }).lead;
  const page = (beforeHeadline: string, afterHeadline: string, after = '') =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tổng kết cải cách hành chính năm 2023</title></head><body>
${beforeHeadline}<main><h1>Tổng kết cải cách hành chính năm 2023</h1>${afterHeadline}<div class="article-body">${PARAGRAPHS}</div></main>${after}</body></html>`;

  it.each([
    ['सार', 'विस्तार'],
    ['Summary', 'Full story'],
  ])(
    'reads the standfirst without its heading %j, and the body without %j opening it',
    (summary, full) => {
      const html = page(
        '',
        `<div class="article-summary"><h2>${summary}</h2><div class="article-desc"><p>${standfirst}</p></div></div>`,
      ).replace(
        '<div class="article-body">',
        `<div class="article-body"><div class="k1"><h2>${full}</h2></div>`,
      );
      const article = extractArticle(html, { url: 'https://tinh.example.gov.vn/a.html' });
      expect(article.lead).toBe(standfirst);
      expect(article.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
    },
  );

  it.each(['What you need to know:', 'Lo que necesitas saber:', "Ce qu'il faut retenir :"])(
    'reads the standfirst without its heading of more words ending in a colon, %j',
    (heading) => {
      const points = ['Tỉnh cắt giảm gần 200 thủ tục hành chính.', 'Người dân hài lòng hơn trước.'];
      const box = `<div class="article-summary"><h3>${heading}</h3><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></div>`;
      expect(lead(page('', box))).toBe(points.join(' '));
    },
  );

  it('takes the standfirst after the headline, not a "desc" box before it', () => {
    const menu =
      '<ul class="desc"><li>Chọn chuyên mục yêu thích để đọc tin theo cách của bạn mỗi ngày</li></ul>';
    expect(lead(page(menu, `<p class="sapo">${standfirst}</p>`))).toBe(standfirst);
  });

  it('does not take a header that holds the headline, nor its script, as the standfirst', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tổng kết cải cách hành chính năm 2023</title></head><body><main>
<header class="article-intro"><script>(()=>{window.dispatchEvent(new Event("astro:visible"))})();</script><h1>Tổng kết cải cách hành chính năm 2023</h1><p class="sapo">${standfirst}</p></header>
<div class="article-body">${PARAGRAPHS}</div></main></body></html>`;
    expect(lead(html)).toBe(standfirst);
  });

  it('does not take a teaser card marked "excerpt" as the standfirst', () => {
    const teaser =
      '<article class="layout-dual excerpt"><a href="/deals">Ưu đãi lớn nhất năm cho bạn đọc, chỉ trong ba ngày cuối tuần này</a></article>';
    expect(lead(page('', '', teaser))).toBeNull();
  });

  it("does not take the site's tagline under its logo heading as the standfirst (a blog's header)", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Trường THCS Yên Thủy: Tổng kết cải cách hành chính năm 2023</title><meta property="og:title" content="Tổng kết cải cách hành chính năm 2023"></head><body>
<div class="header"><h1 class="title"><a href="https://thcs.example.vn/">Trường THCS Yên Thủy</a></h1><p class="description">Trang thông tin của nhà trường về các hoạt động dạy và học</p></div>
<div class="post"><h3 class="post-title">Tổng kết cải cách hành chính năm 2023</h3><div class="post-body">${PARAGRAPHS}</div></div></body></html>`;
    expect(lead(html)).toBeNull();
  });

  it('does not take a caption ending with its picture credit in brackets, below the headline, as the standfirst', () => {
    // The hero picture, then its caption in boxes of its own whose class names say nothing.
    const caption =
      '<img src="/anh.jpg" alt=""><div class="k1"><div class="k2">Cán bộ một cửa hướng dẫn người dân làm thủ tục tại trung tâm hành chính công của tỉnh. (Ảnh: Sở Nội vụ cung cấp)</div></div>';
    expect(lead(page('', caption))).toBeNull();
  });

  it("does not take a picture's caption marked 'summary', which holds the picture's credit, as the standfirst", () => {
    const caption =
      '<img src="/anh.jpg" alt=""><div class="summary-credit"><p class="summary">Cán bộ một cửa hướng dẫn người dân làm thủ tục tại trung tâm hành chính công của tỉnh. ' +
      '<span class="credit">Ảnh: SỞ NỘI VỤ</span></p></div>';
    expect(lead(page('', caption))).toBeNull();
  });

  it("does not take teasers marked 'summary' whose text is links to other stories as the standfirst", () => {
    const teasers = `<div class="puffs"><p>Thêm tin cùng chuyên mục</p>${[
      'Khánh thành cầu mới bắc qua sông Cầu sau hai năm thi công',
      'Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách tham quan',
    ]
      .map((t, i) => `<div class="summary"><h3><a href="/tin/${i}.html">${t}</a></h3></div>`)
      .join('')}</div>`;
    expect(lead(page('', '', teasers))).toBeNull();
  });

  it("does not take the author's bio, which opens with their name linked to their page, as the standfirst", () => {
    for (const link of [
      '<a rel="author" href="https://tinh.example.gov.vn/tac-gia/do-huy">Đỗ Huy</a>',
      '<a href="https://tinh.example.gov.vn/author/do-huy">Đỗ Huy</a>',
    ]) {
      const bio = `<div class="author-container"><img src="/do-huy.jpg" alt=""><div class="info"><div class="summary"><strong>${link}</strong> viết về nông nghiệp và phát triển nông thôn cho cổng thông tin từ năm 2010.</div></div></div>`;
      expect(lead(page('', '', bio)), link).toBeNull();
    }
  });

  it("does not take the description under a teaser's <h1> below an article headed by an <h2> (Digg)", () => {
    // The story's headline is an <h2>; the page's only <h1> heads a featured story below it,
    // linking to another site, with its own description.
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tổng kết cải cách hành chính năm 2023</title></head><body>
<article class="single-story"><header><h2 class="headline">Tổng kết cải cách hành chính năm 2023</h2></header>
<div class="content">${PARAGRAPHS}</div></article>
<article class="featured-story"><header><h1 class="headline"><a href="https://other.example.org/2023/ban-tin">Hội chợ nông sản an toàn thu hút hàng nghìn lượt khách</a></h1></header>
<div itemprop="description" class="description"><p>${standfirst}</p></div></article></body></html>`;
    expect(lead(html)).toBeNull();
  });

  it('does not take a picture caption marked as a description as the standfirst', () => {
    const figure =
      '<figure><img src="/anh.jpg" alt=""><figcaption itemprop="description"><p>Cán bộ một cửa hướng dẫn người dân làm thủ tục. Ảnh: Sở Nội vụ cung cấp</p></figcaption></figure>';
    expect(lead(page('', figure))).toBeNull();
  });
});

describe('lead: the element holding the body is no standfirst, whatever else it is marked', () => {
  // Blogger marks a post's body `itemprop="description articleBody"`: a short post is then
  // within a standfirst's length, and was its own lead, word for word.
  const post = [
    'Nhà máy nước trên sông Hạ đã ngừng chạy từ năm 1968, khi đập thượng nguồn được xây xong.',
    'Mùa thu này, sáu tình nguyện viên bắt tay sửa lại bánh xe nước, bắt đầu từ những nan gỗ đã mục.',
    'Trục bánh xe còn tốt, nhưng ổ đỡ bằng đồng đã mòn thành hình bầu dục và không ai làm cỡ đó nữa.',
    'Cuối tháng 11, bánh xe lần đầu quay được bằng tay sau năm mươi tám năm nằm yên bên bờ sông.',
  ];
  const page = (marks: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sửa bánh xe nước của nhà máy cũ</title></head><body>
<div class="post hentry"><h3 class="post-title entry-title">Sửa bánh xe nước của nhà máy cũ</h3>
<div class="post-body entry-content" ${marks}>${post.join('<br><br>\n')}</div>
<div class="post-footer">Posted by Minh Anh at 4:42 PM</div></div></body></html>`;

  it.each([['itemprop="description articleBody"'], ['itemprop="articleBody description"']])(
    'gives no lead from a short post whose body is marked %s',
    (marks) => {
      const article = extractArticle(page(marks), {
        url: 'https://blog.example.vn/2026/11/a.html',
      });
      expect(article.contentText).toContain(post[3]);
      expect(article.lead).toBeNull();
    },
  );

  it('still takes a description element below the headline as the standfirst', () => {
    const standfirst = 'Sáu tình nguyện viên đã làm bánh xe nước quay lại sau năm mươi tám năm.';
    const html = page('').replace(
      '<div class="post-body',
      `<p itemprop="description">${standfirst}</p><div class="post-body`,
    );
    expect(extractArticle(html, { url: 'https://blog.example.vn/2026/11/a.html' }).lead).toBe(
      standfirst,
    );
  });
});

describe('lead: standfirst classes in the languages publishers name them', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  it.each([
    'einleitung',
    'vorspann',
    'ingress',
    'entradilla',
    'bajada',
    'sommario',
    'chapo',
    'chappeau',
    'lede',
    'perex',
    'field-perex',
    'ingressi',
    'inleiding',
    'zajawka',
  ])('takes <p class="%s"> as the standfirst and leaves it out of the body', (cls) => {
    const article = extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">',
        body: `<p class="${cls} small">${standfirst}</p>${PARAGRAPHS}`,
      }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });
});

describe('lead: the Turkish standfirst class words "spot" and "özet", whole words of a class', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const withClass = (cls: string, tag = 'p') =>
    extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">',
        body: `<${tag} class="${cls}">${standfirst}</${tag}>${PARAGRAPHS}`,
      }),
    );
  it.each([
    ['p', 'spot'],
    ['div', 'news-detail-spot'],
    ['div', 'haber_spot'],
    ['p', 'ozet'],
    ['p', 'özet'],
    ['div', 'news-ozet'],
  ])('takes <%s class="%s"> as the standfirst', (tag, cls) => {
    const article = withClass(cls, tag);
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it.each(['spotlight', 'hotspot'])('leaves <div class="%s"> in the body', (cls) => {
    expect(withClass(cls, 'div').contentText).toContain(standfirst);
  });
});

describe('lead: a standfirst box above the body, as a Czech CMS\'s "field-perex" holds it, wins over a shorter description', () => {
  it('takes the perex shown under the headline over the meta description', () => {
    const perex =
      'Photos à l’appui, le tabloïd révèle ce vendredi que le ministre s’est retrouvé tard mercredi soir dans un restaurant, sans masque. Les appels à la démission se sont multipliés depuis.';
    const article = extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="description" content="Photos à l’appui, le tabloïd révèle que le ministre s’est retrouvé dans un restaurant.">',
        before: `<div class="field field-perex"><p>${perex}</p></div>`,
      }),
    );
    expect(article.lead).toBe(perex);
  });
});

describe('lead: a test hook naming the standfirst marks it as a class name would', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  it.each([
    ['data-testid', 'article-intro'],
    ['data-test-id', 'leadtext'],
    ['data-test', 'standfirst'],
    ['data-qa', 'lead-text'],
    ['data-cy', 'intro'],
    ['data-test-tag', 'lead-text'],
  ])('takes the paragraph marked %s="%s" among hashed class names', (hook, name) => {
    const article = extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">',
        before: '<figure class="k1"><img src="/a.jpg" alt=""></figure>',
        body: `<p ${hook}="${name}">${standfirst}</p>${PARAGRAPHS}`,
      }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it('takes its paragraph out of the body when only a dateline stands before it there', () => {
    const article = extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">',
        body: `<p><em data-cy="dateline">Neuss</em><span> · </span><strong data-cy="intro">${standfirst}</strong></p><div>21.04.2024, 20:24 Uhr</div>${PARAGRAPHS}`,
      }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toMatch(/Neuss|20:24/);
  });

  it('takes every paragraph of a standfirst marked alike, one after the other', () => {
    const parts = [
      '18-åriga Hanna försvann i Uddevalla i tisdags.',
      'Polisen har nu inlett en särskild händelse.',
      '– Allmänhet har hittat kläder som kan tillhöra henne, säger polisen.',
    ];
    const article = extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">',
        body: `${parts.map((p) => `<p class="k2" data-test-tag="lead-text">${p}</p>`).join('')}${PARAGRAPHS}`,
      }),
    );
    expect(article.lead).toBe(parts.join(' '));
    for (const part of parts) expect(article.contentText).not.toContain(part);
  });

  it('takes no standfirst from a test hook naming another thing', () => {
    const article = extractArticle(
      buildPage({
        head: '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">',
        body: `<p data-testid="article-paragraph">${standfirst}</p>${PARAGRAPHS}`,
      }),
    );
    expect(article.lead).toBeNull();
  });
});

describe('lead: the subtitle or "dek" right below the headline is the standfirst', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';

  it.each(['article-subtitle', 'dek', 'subheadline', 'story-deck', 'subheading'])(
    'takes <p class="%s"> under the headline as the standfirst and leaves it out of the body',
    (cls) => {
      const article = extractArticle(
        buildPage({ head, before: `<p class="${cls}">${standfirst}</p>` }),
      );
      expect(article.lead).toBe(standfirst);
      expect(article.contentText).not.toContain(standfirst);
    },
  );

  it('takes the "subheading" of a header that also holds the byline and dates (a Korean CMS)', () => {
    const deck = '올빼미버스 배차 간격도 평균 35분에서 25분으로 단축';
    const html = `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>서울시, 내년부터 심야버스 노선 12개 늘린다 - 한빛일보</title></head><body>
<section class="article-view-header"><h3 class="heading">서울시, 내년부터 심야버스 노선 12개 늘린다</h3><h4 class="subheading">${deck}</h4>
<ul class="infomation"><li>김민준 기자</li><li>입력 2026.12.04 14:20</li></ul></section>
<section class="article-body"><p>서울시가 내년 1월부터 심야버스 노선을 현재 14개에서 26개로 늘린다고 4일 밝혔다. 새 노선은 심야 시간대 택시 승차난이 심한 강남, 홍대, 종로 일대를 중심으로 편성된다.</p>
<p>시 관계자는 "심야 이동 수요가 코로나19 이전 수준을 넘어섰다"며 "시민들이 늦은 시간에도 안전하고 저렴하게 귀가할 수 있도록 하겠다"고 말했다. 심야버스 요금은 현행 2천500원이 유지된다.</p></section></body></html>`;
    const article = extractArticle(html, {
      url: 'https://www.hanbit.example.co.kr/news/articleView.html?idxno=1',
    });
    expect(article.lead).toBe(deck);
    expect(article.contentText).not.toContain(deck);
  });

  it.each(['subtitle', 'subheading'])(
    'leaves a sub-heading called "%s" deep in the body where it is',
    (cls) => {
      const subheading = 'Những kết quả nổi bật của công tác cải cách hành chính trong năm qua';
      const body = `${PARAGRAPHS}<h2 class="${cls}">${subheading}</h2>${PARAGRAPHS}`;
      const article = extractArticle(buildPage({ head, body }));
      expect(article.lead).not.toBe(subheading);
      expect(article.contentText).toContain(subheading);
    },
  );

  it('takes no subtitle above the headline (a widget, a menu)', () => {
    const html = buildPage({ head }).replace(
      '<main>',
      `<main><div class="widget-subtitle">${standfirst}</div>`,
    );
    expect(extractArticle(html).lead).not.toBe(standfirst);
  });
});

describe('lead: the line right below the headline named a subtitle however its class name is built', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';

  it.each([
    'post-header__text__dek',
    'ContentHeaderDek-bIqFFZ',
    'strapline',
    'voc-subtitle',
    'doc_header__subheader',
    'sub-heading',
    'ArticlePage-subHeadline',
    'article__second-title',
    'story-subTitle',
    'sub_title',
  ])('takes <p class="%s"> right under the headline as the standfirst', (cls) => {
    const article = extractArticle(
      buildPage({ head, before: `<p class="${cls}">${standfirst}</p>` }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it("takes a subtitle box holding one heading alone (Drupal's field--name-field-subtitle) as the standfirst", () => {
    // A line, not a sentence: the heading under the headline is read as one only when it is.
    const subtitle = 'Funding will reach 45,000 farms in all 50 states';
    const box = `<div class="field--name-field-subtitle"><h2>${subtitle}</h2></div>`;
    const article = extractArticle(buildPage({ head, before: box }));
    expect(article.lead).toBe(subtitle);
    expect(article.contentText).not.toContain(subtitle);
  });

  it('reads a line break in the standfirst as a space between its lines', () => {
    const box =
      '<h2 class="subtitle">Ministry announces the 2025 youth housing support plan<br>Income criteria eased and the support period doubled</h2>';
    const article = extractArticle(buildPage({ head, before: box }));
    expect(article.lead).toBe(
      'Ministry announces the 2025 youth housing support plan Income criteria eased and the support period doubled',
    );
  });

  it('reads the items of a standfirst list apart', () => {
    const list =
      '<ul class="summary"><li>Refinancing rate kept at 4.5 percent this month</li><li>November exports up 14 percent year on year</li></ul>';
    const article = extractArticle(buildPage({ head, before: list }));
    expect(article.lead).toBe(
      'Refinancing rate kept at 4.5 percent this month November exports up 14 percent year on year',
    );
  });

  it("leaves out a standfirst list's item that is wholly a link to another page", () => {
    const list =
      '<div class="standfirst"><ul><li><p>Refinancing rate kept at 4.5 percent this month</p></li><li><p>November exports up 14 percent year on year</p></li><li><p><a href="/economy/rates-explainer">What we know so far</a></p></li></ul></div>';
    const article = extractArticle(buildPage({ head, before: list }));
    expect(article.lead).toBe(
      'Refinancing rate kept at 4.5 percent this month November exports up 14 percent year on year',
    );
  });

  it('takes no heading styled "subheading" in one word for the standfirst', () => {
    const heading = '<h2 class="_subheadingTheme_uevf3_1">Trump kan ha svängt i avtalet</h2>';
    const article = extractArticle(buildPage({ head, before: heading }));
    expect(article.lead).not.toBe('Trump kan ha svängt i avtalet');
  });

  it('leaves a "strapline" below the body where it is', () => {
    const body = `${PARAGRAPHS}<p class="strapline">${standfirst}</p>${PARAGRAPHS}`;
    const article = extractArticle(buildPage({ head, body }));
    expect(article.lead).not.toBe(standfirst);
  });
});

describe('lead: the line right below the headline named the standfirst in a part of its class name', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';

  it.each([
    'c-article-summary',
    'headline__lead',
    'js-lead t-article-lead',
    'hero__excerpt',
    'article__abstract',
    'kick__article__teaser',
    'leadIn',
    'ArticleItemTeaserText_text__H_kzM',
    'article__preamble',
    'go-article-header__intro',
    'preface',
  ])('takes <p class="%s"> right under the headline as the standfirst', (cls) => {
    const article = extractArticle(
      buildPage({ head, before: `<p class="${cls}">${standfirst}</p>` }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it('leaves a "teaser" box below the body where it is', () => {
    const body = `${PARAGRAPHS}<p class="c-article-teaser">${standfirst}</p>${PARAGRAPHS}`;
    expect(extractArticle(buildPage({ head, body })).lead).not.toBe(standfirst);
  });

  it("takes the header module's text, not the module with its title", () => {
    const before =
      '<section class="ArticleModuleTeaser_wrapper__qACfp">' +
      '<h2 class="ArticleModuleTeaser_title__A9KRZ">Cải cách hành chính: tỉnh cắt giảm thủ tục</h2>' +
      `<p class="ArticleModuleTeaser_teaserText__sB4sT">${standfirst}</p></section>`;
    expect(extractArticle(buildPage({ head, before })).lead).toBe(standfirst);
  });

  it("takes no lead from an author box's or a picture's description", () => {
    const author =
      '<div class="avatar-group__description"><a href="/tac-gia/nguyen-van-an">Nguyễn Văn An</a>, giảng viên Trường Đại học Luật, 31/03/2024</div>';
    const picture =
      '<div class="media-block__description">Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công của tỉnh.</div>';
    expect(extractArticle(buildPage({ head, before: author })).lead).toBeNull();
    expect(extractArticle(buildPage({ head, before: picture })).lead).toBeNull();
  });

  it("takes no lead from a lead picture's block, whatever it is called", () => {
    const before =
      '<div class="LeadFeature"><img src="https://tinh.example.gov.vn/anh.jpg" alt="">' +
      '<div class="image-caption">Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công của tỉnh, ngày 18/4/2023.</div></div>';
    expect(extractArticle(buildPage({ head, before })).lead).toBeNull();
  });
});

describe("lead: a box named an intro after the article's text is no standfirst", () => {
  const teasers = [1, 2, 3]
    .map(
      (i) =>
        `<article><div class="headline"><a href="/tin/${i}.html">Tin số ${i} về cải cách hành chính trong tỉnh</a></div>` +
        `<span>Tóm tắt ngắn của tin số ${i} nói về một sự việc khác.</span></article>`,
    )
    .join('');
  const below = (heading: string): string =>
    buildPage().replace(
      '</main>',
      `<section class="Intro"><div class="content"><div class="headline t1">${heading}</div></div></section>` +
        `<div class="elements">${teasers}</div></main>`,
    );

  it.each([
    'Das könnte Sie auch interessieren',
    'You might also be interested in',
    'Những tin bài khác bạn có thể quan tâm',
  ])('takes no lead from the heading of a teaser section below the body ("%s")', (heading) => {
    expect(extractArticle(below(heading)).lead).toBeNull();
  });

  it('still takes a box named an intro between the headline and the text', () => {
    const standfirst =
      'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
    const before = `<figure><img src="/anh.jpg" alt=""><figcaption><p>Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công của tỉnh trong sáng 14/12.</p></figcaption></figure><div class="intro">${standfirst}</div>`;
    expect(extractArticle(buildPage({ before })).lead).toBe(standfirst);
  });
});

describe('lead: lines of furniture between the headline and the standfirst do not hide it', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';
  const lead = `<p class="id-StoryElement-leadText">${standfirst}</p>`;

  it('takes the standfirst below a date line, a byline and share buttons', () => {
    const before =
      '<p class="id-Story-timestamp">Cập nhật: 14/12/2023, 20:44</p><p class="id-Story-authors">Theo: Nguyễn Văn An</p>' +
      `<ul>${['Facebook', 'Zalo', 'Sao chép liên kết', 'In bài'].map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul>${lead}`;
    const article = extractArticle(buildPage({ head, before }));
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it('takes the standfirst below the headline shown again in an <h2>', () => {
    const before = `<h2 class="outline-none">Tỉnh cắt giảm gần 200 thủ tục hành chính</h2>${lead}`;
    expect(extractArticle(buildPage({ head, before })).lead).toBe(standfirst);
  });

  it("takes it below a header's many elements", () => {
    const icons = Array.from({ length: 40 }, (_, i) => `<span class="icon-${i}"></span>`).join('');
    expect(extractArticle(buildPage({ head, before: `<div>${icons}</div>${lead}` })).lead).toBe(
      standfirst,
    );
  });

  it("leaves a summary box after the body's first paragraph where it is", () => {
    const body = `<p>${BODY_PARAGRAPHS[0]}</p><div class="c-article-summary">${standfirst}</div>${PARAGRAPHS}`;
    const article = extractArticle(buildPage({ head, body }));
    expect(article.lead).not.toBe(standfirst);
    expect(article.contentText).toContain(standfirst);
  });

  it("takes no lead from a series' or category's description in the entry (its box's line)", () => {
    for (const cls of ['categoryDescriptionModule', 'series-description', 'term-description']) {
      const before = `<div class="${cls}"><p><a href="/category/fixes/">Fixes</a> looks at solutions to social problems and why they work.</p></div>`;
      expect(extractArticle(buildPage({ head, before })).lead).toBeNull();
    }
  });

  it("takes no lead from a paywall's or a slide's description", () => {
    for (const cls of ['ia-paywall__description', 'CarouselSlide-infoDescription']) {
      const before = `<p class="${cls}">Với 20.000 đồng, bạn có thể đọc toàn bộ bài viết này ngay bây giờ.</p>`;
      expect(extractArticle(buildPage({ head, before })).lead).toBeNull();
    }
  });
});

describe("lead: in the article holding the headline, a sidebar layout's or footer's standfirst only right below it", () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';

  it('takes the standfirst under a headline set in a "sidebar" layout', () => {
    const html = buildPage({ head, before: `<p class="hero__excerpt">${standfirst}</p>` })
      .replace('<main>', '<main><div class="sidebar-grid__container">')
      .replace('</main>', '</div></main>');
    expect(extractArticle(html).lead).toBe(standfirst);
  });

  it("takes no standfirst from the author box in the article's footer", () => {
    const box =
      '<footer><div class="author-box"><div class="desc">Nguyễn Văn An là phóng viên ban Thời sự, phụ trách mảng cải cách hành chính.</div></div></footer>';
    const html = buildPage({ head }).replace('</main>', `${box}</main>`);
    expect(extractArticle(html).lead).toBeNull();
  });
});

describe('lead: a sentence-long sub-heading right below the headline is the standfirst', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, tỷ lệ người dân hài lòng tăng rõ rệt so với năm trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';

  it.each(['h2', 'h3', 'h4'])('takes an unmarked <%s> right below the headline', (tag) => {
    const article = extractArticle(
      buildPage({ head, before: `<div><${tag}>${standfirst}</${tag}></div>` }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it.each([
    [
      'a row of tools, an audio player',
      '<div><span>Nghe đọc bài</span><button>▶</button><span>00:00</span></div>',
    ],
    [
      'a row of tools, share and save buttons',
      '<div><a href="https://facebook.com/sharer">Chia sẻ</a> <button>Lưu</button></div>',
    ],
    [
      "a byline, a link to the author's page",
      '<div><a href="/tac-gia/ngoc-lan.htm">NGỌC LAN</a></div>',
    ],
    [
      "a byline, links to the authors' pages",
      '<div class="k5"><a href="/tac-gia/ngoc-lan.htm">Ngọc Lan</a> - <a href="/tac-gia/ha-anh.htm">Hà Anh</a></div>',
    ],
    ['a byline, a "by" line', '<p>By Jane Doe and John Roe</p>'],
    ['a date line, when the sub-heading ends as a sentence does', '<p>14/12/2023 20:44</p>'],
    [
      'a date line in a box of its own',
      '<div class="k3"><span class="k4">Thứ hai, 07:05 07/12/2026</span></div>',
    ],
  ])('takes one below %s, between it and the headline', (_, between) => {
    const article = extractArticle(
      buildPage({ head, before: `${between}<div><h2>${standfirst}</h2></div>` }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it.each([
    ['a kicker or section title', '<h2>Tin nổi bật trong ngày hôm nay</h2>'],
    [
      'one after a link to another page',
      `<div><a href="/tin/khac.html">Xem thêm tin khác</a></div><h2>${standfirst}</h2>`,
    ],
    [
      'one after a line of prose naming its author',
      `<p>Bài viết của <a href="/tac-gia/ngoc-lan.htm">Ngọc Lan</a> đã được đăng trên nhiều trang báo khác nhau trong tuần qua.</p><h2>${standfirst}</h2>`,
    ],
    [
      'one after a date line in a row of tools',
      `<div><p>14/12/2023 20:44</p><button>Lưu</button></div><h2>${standfirst}</h2>`,
    ],
    [
      'one after a date line that ends as no sentence does',
      '<p>14/12/2023 20:44</p><h2>Tỉnh cắt giảm gần 200 thủ tục hành chính và những kết quả nổi bật trong năm</h2>',
    ],
    [
      'the headline again in other words',
      '<h2>Tổng kết công tác cải cách hành chính của tỉnh trong năm 2023 và nhiệm vụ năm 2024</h2>',
    ],
    ['one named a title', `<h2 class="entry-title">${standfirst}</h2>`],
    ['a link', `<h2><a href="/tin/khac.html">${standfirst}</a></h2>`],
  ])('takes no sub-heading that is %s', (_, before) => {
    expect(extractArticle(buildPage({ head, before })).lead).toBeNull();
  });
});

describe('lead: a sentence below the headline that restates it and goes on is the standfirst, not the headline again', () => {
  const headline = 'संसद का शीतकालीन सत्र 8 दिसंबर से';
  const page = (under: string) =>
    `<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>${headline}</title></head><body><div class="k1"><h1>${headline}</h1>${under}</div><div class="k5">${PARAGRAPHS}</div></body></html>`;
  const lead = (under: string) =>
    extractArticle(page(under), { url: 'https://news.example.in/a-1.html' }).lead;

  it("takes a sentence that runs well past the headline's words", () => {
    const standfirst = 'संसद का शीतकालीन सत्र 8 दिसंबर से शुरू होकर 23 दिसंबर तक चलेगा।';
    expect(lead(`<h2 class="k2">${standfirst}</h2>`)).toBe(standfirst);
  });

  it('takes no reworded headline of about its length', () => {
    expect(lead('<h2 class="k2">संसद का शीतकालीन सत्र 8 दिसंबर से शुरू होगा।</h2>')).toBeNull();
  });

  it('compares whole words, vowel signs and all: a sentence sharing less than half of its own', () => {
    // Read as runs of letters without the signs, "सुप्रीम" is four words ("स", "प", "र", "म")
    // and most of them are the headline's too.
    const standfirst = 'सुप्रीम कोर्ट ने चुनाव सुधार से जुड़ी याचिकाओं पर सुनवाई 15 जनवरी तक के लिए टाल दी।';
    const other = 'चुनाव सुधार पर सुप्रीम कोर्ट में सुनवाई टली, अगली तारीख 15 जनवरी';
    const html = page(`<h2 class="k2">${standfirst}</h2>`).replaceAll(headline, other);
    expect(extractArticle(html, { url: 'https://news.example.in/a-1.html' }).lead).toBe(standfirst);
  });
});

describe('lead: one short sentence right below the headline is the standfirst', () => {
  const short = 'Das nächste Samsung Galaxy Unpacked-Event soll dieses Jahr früher stattfinden.';
  const page = (under: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Galaxy Unpacked</title></head><body><article class="k1"><div class="k2"><h1>Samsung verlegt sein Galaxy Unpacked in den Juli</h1>${under}</div><div class="k5">${PARAGRAPHS}</div></article></body></html>`;
  const lead = (under: string) =>
    extractArticle(page(under), { url: 'https://news.example.com/a.html' }).lead;

  const question = 'Can a small country build a space industry from scratch?';

  it.each([
    ['a paragraph', `<p class="k3">${short}</p>`, short],
    ['a sub-heading', `<h2 class="k3">${short}</h2>`, short],
    ['a question', `<p class="k3">${question}</p>`, question],
  ])('takes %s of a sentence of eight words or more', (_what, under, expected) => {
    expect(lead(under)).toBe(expected);
  });

  it("takes none from a modal <dialog>'s own header, hidden until a button opens it", () => {
    const dialog =
      '<dialog class="k8"><header><button title="Schließen"></button><h1>Artikel merken</h1><p>Diese Funktion steht nur unseren Abonnenten zur Verfügung.</p></header></dialog>';
    const html = page('')
      .replace('</body>', `${dialog}</body>`)
      .replace('<h1>', '<h2>')
      .replace('</h1>', '</h2>');
    expect(extractArticle(html, { url: 'https://news.example.com/a.html' }).lead).toBeNull();
  });

  it.each([
    [
      'a section title without an ending',
      '<h2 class="k3">Alle Nachrichten und Hintergründe zum Thema Samsung Galaxy</h2>',
    ],
    [
      'a short sentence after a date line',
      `<p class="k4">Stand: 28.04.2024</p><p class="k3">${short}</p>`,
    ],
  ])('takes no lead from %s', (_what, under) => {
    expect(lead(under)).toBeNull();
  });
});

describe('lead: last, a sentence-long paragraph set apart from the body right below the headline', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, tỷ lệ người dân hài lòng tăng rõ rệt so với năm trước.';
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';

  it('takes an unmarked paragraph between the headline and the body', () => {
    const article = extractArticle(buildPage({ head, before: `<div><p>${standfirst}</p></div>` }));
    expect(article.lead).toBe(standfirst);
  });

  it('takes an unmarked <div> holding its text itself between the headline and the body', () => {
    const before = `<div><div class="ka28ecb">${standfirst}<br></div></div><div><p>Cập nhật: 14/12/2023 20:44</p></div>`;
    const article = extractArticle(buildPage({ head, before }));
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).not.toContain(standfirst);
  });

  it("takes no lead from the body's own first paragraph", () => {
    expect(extractArticle(buildPage({ head })).lead).toBeNull();
  });

  it("takes no picture's caption below the headline", () => {
    const caption = `<div class="caption-text-block"><p>${standfirst}</p></div>`;
    const beside = `<div><img src="https://tinh.example.gov.vn/anh.jpg" alt=""><p>${standfirst}</p></div>`;
    expect(extractArticle(buildPage({ head, before: caption })).lead).toBeNull();
    expect(extractArticle(buildPage({ head, before: beside })).lead).toBeNull();
  });
});

describe("lead: the paragraph right below the headline in the headline's own box, the body's prose elsewhere", () => {
  const standfirst =
    'Independent socialist Catherine Connolly’s coolness to Brussels and hostility to Washington put her at odds with the government.';
  const page = (article: string, head = '') =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Presidency</title>${head}</head><body><div class="k1">${article}</div></body></html>`;
  const url = 'https://news.example.com/a.html';

  it.each([
    [
      'a <header>',
      `<header class="k2"><div class="k3"><h1>Socialist critic poised to win the presidency</h1><p class="k4">${standfirst}</p></div></header><div class="k5">${PARAGRAPHS}</div>`,
    ],
    [
      'an <article> whose body is a block of its own',
      `<article class="k2"><h1>Socialist critic poised to win the presidency</h1><p class="k4">${standfirst}</p><div class="k5">${PARAGRAPHS}</div></article>`,
    ],
  ])('takes it in %s, whatever its class, and leaves it out of the body', (_what, article) => {
    const extracted = extractArticle(page(article), { url });
    expect(extracted.lead).toBe(standfirst);
    expect(extracted.contentText).not.toContain('coolness to Brussels');
    expect(extracted.contentText).toContain(BODY_PARAGRAPHS[0]);
  });

  it("takes it in a layout table's row of its own, the headline the <title> names, the date and the body each in theirs", () => {
    const headline = 'Socialist critic poised to win the presidency';
    const table = `<table class="k2"><tr><td><span class="k3">${headline}</span></td></tr><tr><td><span class="k6">Updated 08:15, 02/09/2024</span></td></tr><tr><td><div class="k4"><b>${standfirst}</b></div></td></tr><tr><td><div class="k5">${PARAGRAPHS}</div></td></tr></table>`;
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>County portal &gt; News &gt; ${headline}</title></head><body><div class="k1">${table}</div></body></html>`;
    const extracted = extractArticle(html, { url });
    expect(extracted.lead).toBe(standfirst);
    expect(extracted.contentText).not.toContain('coolness to Brussels');
    expect(extracted.contentText).toContain(BODY_PARAGRAPHS[0]);
  });

  it.each([
    ['a date line', '<div class="k6"> Stand: 17.06.2025 18:24 Uhr </div>'],
    [
      'a byline and a date',
      '<div class="k6"><span>Jennifer Pahlke</span></div><span><time>30.01.2024</time></span>',
    ],
  ])('passes over %s between the headline and it', (_what, line) => {
    const article = `<header class="k2"><h1>Socialist critic poised to win the presidency</h1>${line}<p class="k4">${standfirst}</p></header>${PARAGRAPHS}`;
    expect(extractArticle(page(article), { url }).lead).toBe(standfirst);
  });

  it("passes over the byline's portrait between the headline and it, not the lead picture", () => {
    const byline =
      '<div class="k6"><div class="k7"><figure class="k8" title="Nicole Opitz"><img class="k9" src="/profile/52218.png" alt="Nicole Opitz"></figure><div class="k10"><span>Kommentar von </span><a href="/Nicole-Opitz/!a52218/"><span>Nicole Opitz</span></a></div></div></div>';
    const article = `<article class="k2"><h1>Socialist critic poised to win the presidency</h1>${byline}<p class="k4">${standfirst}</p><div class="k5">${PARAGRAPHS}</div></article>`;
    expect(extractArticle(page(article), { url }).lead).toBe(standfirst);
    // A picture of the person the headline names, captioned, is the lead picture: what follows
    // it is the body.
    const picture =
      '<figure class="k8"><img src="/photo.jpg" alt="Catherine Connolly"><figcaption>Catherine Connolly in Dublin.</figcaption></figure>';
    // (The paragraph is written as the body's are: one set apart by a class of its own is the
    // standfirst of the body's opening, another rule.)
    const lead = `<article class="k2"><h1>Socialist critic poised to win the presidency</h1><div class="k6">${picture}</div><p>${standfirst}</p><div class="k5">${PARAGRAPHS}</div></article>`;
    expect(extractArticle(page(lead), { url }).lead).toBeNull();
  });

  it('passes over a share bar of many icons and links without text between the headline and it', () => {
    const icon =
      '<li><a href="javascript:;" title="Share"><svg><use xlink:href="#fb"></use></svg></a></li>';
    const bar = `<div class="k6"><div class="k7"><a href="/"><svg><use xlink:href="#logo"></use></svg></a><h2><span>Socialist critic poised to win the presidency</span></h2></div><div class="k8"><ul>${icon.repeat(6)}</ul></div></div>`;
    const article = `<div class="k2"><h1>Socialist critic poised to win the presidency</h1>${bar}<p class="k4">${standfirst}</p><article class="k5">${PARAGRAPHS}</article></div>`;
    expect(extractArticle(page(article), { url }).lead).toBe(standfirst);
  });

  it("takes no notice set in an <aside> below the headline, under the notice's own heading", () => {
    const notice =
      'ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von der Deutschen Presse-Agentur (dpa) übernommen.';
    const article = `<header class="k2"><h1>Socialist critic poised to win the presidency</h1><div class="k6"><time>28. April 2023, 20:22 Uhr</time></div><aside class="k7"><h2><span>Hinweis</span></h2><p>${notice}</p></aside></header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article), { url }).lead).toBeNull();
  });

  it('takes it in a box of its own within the <header> that holds the headline', () => {
    const article = `<header class="k2"><div class="k3"><h1>Socialist critic poised to win the presidency</h1></div><div class="k6"><strong>Kolumne von <a rel="author" href="/author/carla/">Carla Siepmann</a></strong> - <time>28.04.2024</time></div><div class="k7"><p>${standfirst}</p></div></header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article), { url }).lead).toBe(standfirst);
  });

  it.each([
    [
      "a box of its own beside the headline's",
      `<div class="k2"><div class="k3"><h1>Socialist critic poised to win the presidency</h1></div><div class="k4"><p>${standfirst}</p></div></div><div class="k5">${PARAGRAPHS}</div>`,
    ],
    [
      'a <div> holding its text alone',
      `<div class="k2"><div class="k3"><h1>Socialist critic poised to win the presidency</h1></div><div class="k4"><div class="k6"> ${standfirst} </div><section><button>Anhören</button></section></div></div><div class="k5">${PARAGRAPHS}</div>`,
    ],
  ])('takes it in %s', (_what, article) => {
    const extracted = extractArticle(page(article), { url });
    expect(extracted.lead).toBe(standfirst);
    expect(extracted.contentText).not.toContain('coolness to Brussels');
  });

  it("takes it below the heading of the article's <hgroup> when the only <h1> is the navigation's", () => {
    const article = `<nav class="k9"><ul><li><h1>Archäologische Sensation: Uralte Maya-Städte entdeckt</h1></li></ul></nav><article class="k2"><div class="k3"><hgroup><div><span>Archäologische Sensation</span></div><h2>Unbekannte Maya-Städte werfen neues Licht auf die Frühzeit</h2></hgroup><div class="k4"><span>Essen.</span> <span>${standfirst}</span></div></div><div class="k5">${PARAGRAPHS}</div></article>`;
    expect(extractArticle(page(article), { url }).lead).toBe(`Essen. ${standfirst}`);
  });

  it('takes it when a few of its words link to topic pages', () => {
    const linked =
      '<a href="/thema/vw">VW</a> hat den Prototyp eines <a href="/thema/akkus">Akkus</a> für eine Ducati vorgestellt. Unklar ist, ob dafür genug Zellen geliefert wurden.';
    const article = `<header class="k2"><h1>Hat Quantumscape genug Akkus für ein Motorrad gebaut?</h1><div class="k4">${linked}</div></header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article), { url }).lead).toBe(
      'VW hat den Prototyp eines Akkus für eine Ducati vorgestellt. Unklar ist, ob dafür genug Zellen geliefert wurden.',
    );
  });

  it('takes no lead from a notice that ends in its link (an affiliate disclosure\'s "Here\'s how it works")', () => {
    const notice =
      'When you purchase through links on our site, we may earn an affiliate commission. <a href="/about">Here’s how it works</a>.';
    const article = `<header class="k2"><h1>This new search box does not mean AI results only</h1><div class="k4">${notice}</div></header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article), { url }).lead).toBeNull();
  });

  it('takes no lead from a line that is mostly links (related stories)', () => {
    const linked =
      'Mehr: <a href="/a">Wie Quantumscape seine Zellen baut und liefert</a>, <a href="/b">Was Ducati mit dem Prototyp plant</a>';
    const article = `<header class="k2"><h1>Hat Quantumscape genug Akkus für ein Motorrad gebaut?</h1><p class="k4">${linked}</p></header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article), { url }).lead).toBeNull();
  });

  it('takes it over a description that says something else', () => {
    const head = '<meta name="description" content="Ireland votes for a new president on Friday.">';
    const article = `<header class="k2"><h1>Socialist critic poised to win the presidency</h1><p class="k4">${standfirst}</p></header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article, head), { url }).lead).toBe(standfirst);
  });

  it.each([
    [
      'the notice a button opens',
      '<div class="k6"><button class="k7"></button><div class="k8"><p>記事をマイページに保存し、『あとで読む』ことができます。ご利用には会員登録が必要です。</p><div><a href="/guide">新規登録</a></div></div></div>',
    ],
    [
      'a byline and date line of a sentence’s length',
      '<div class="k6">Posted by Michael David Smith on November 19, 2019, 6:21 AM EST</div>',
    ],
    [
      'a date line set in spans, in a script without spaces',
      '<div class="k6"><span>2025年1月14日 01時28分</span> <span>(1月14日 01時40分更新)</span></div>',
    ],
    [
      'a paragraph past the lead picture',
      `<div class="k6"><img src="/a.jpg" alt=""></div><p>${standfirst}</p>`,
    ],
    [
      "a picture's caption shown as its alternative text",
      `<div class="k6"><span class="k9">${standfirst}</span></div><img src="/a.jpg" alt="${standfirst}">`,
    ],
  ])('takes no lead from %s', (_what, under) => {
    const article = `<header class="k2"><h1>Socialist critic poised to win the presidency</h1>${under}</header><div class="k5">${PARAGRAPHS}</div>`;
    expect(extractArticle(page(article), { url }).lead).toBeNull();
  });

  it("takes no lead from a post's first paragraph, which the others follow in the same box", () => {
    const article = `<div class="k2"><h1>Socialist critic poised to win the presidency</h1><p>${standfirst}</p>${PARAGRAPHS}</div>`;
    const extracted = extractArticle(page(article), { url });
    expect(extracted.lead).toBeNull();
    expect(extracted.contentText).toContain('coolness to Brussels');
  });
});

describe('lead: where no <h1> or <h2> is the headline, an <h3> the <title> names stands for it', () => {
  const standfirst =
    'Das einst beliebte DDR-Hotel Lunik ist seit 30 Jahren geschlossen. Eine Theatergruppe hat die Erinnerungen aufgearbeitet und schlüpft nun in die Rollen der Zeitzeugen.';
  const html = (headline: string) =>
    `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Premiere in Eisenhüttenstadt: DDR-Hotel Lunik öffnet als Theater noch einmal seine Pforten | rbb24</title></head><body><div class="k0"><h2>Wetter</h2><p>Berlin 10 °C</p></div><article class="k1">${headline}<div class="technicalline"><div class="lineinfo">Do 25.04.24 | 14:07 Uhr | Von <span class="authorname">Eva Kirchner-Rätsch</span></div></div><figure class="picture"><img src="/lunik.jpg" alt="Premiere"><figcaption>Audio: Antenne Brandenburg | 24.04.2024</figcaption></figure><div class="shorttext"><p>${standfirst}</p></div>${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

  it('takes the standfirst named so right below that <h3>', () => {
    const headline =
      '<h3><span class="roofline">Premiere in Eisenhüttenstadt</span> <span class="hideme"> - </span> <span class="titletext">DDR-Hotel Lunik öffnet als Theater noch einmal seine Pforten</span></h3>';
    expect(extractArticle(html(headline), { url: 'https://www.rbb24.de/a.html' }).lead).toBe(
      standfirst,
    );
  });

  it('takes none below an <h3> the <title> does not name', () => {
    const headline = '<h3>Mehr aus Brandenburg</h3>';
    expect(extractArticle(html(headline), { url: 'https://www.rbb24.de/a.html' }).lead).toBeNull();
  });
});

describe("lead: a header's line of byline and date named a subtitle is no standfirst", () => {
  it('takes no lead from a "subhead" holding the reporter and a <time>', () => {
    const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';
    const before =
      '<div class="articleHeader--subhead"><span class="articleHeader--subhead-name">JANIE HAR</span><div class="articleHeader--subhead-date"><time datetime="2019-11-20T06:35:00Z">Nov. 20, 2019</time> Updated: Nov. 20, 2019 1:35 a.m.</div></div>';
    expect(extractArticle(buildPage({ head, before })).lead).toBeNull();
  });
});

describe("lead: a standfirst element's scripts and style sheets are no text", () => {
  const SCRIPT =
    "<script>!function(n){if(!window.cnx){window.cnx={},window.cnx.cmd=[];}}(document); cnx.cmd.push(function() { cnx({ playerId: '25c98da8' }).render('d9b6'); });</script>";

  it('takes no lead from a lead element that holds only a video player script', () => {
    const html = buildPage({ before: `<div class="ArticlePage-lead">${SCRIPT}</div>` });
    expect(extractArticle(html).lead ?? '').not.toContain('function');
  });

  it("takes the lead element's text without its script and style", () => {
    const html = buildPage({
      before: `<div class="article-lead">${SCRIPT}<style>.x{color:red}</style>Tỉnh đã hoàn thành toàn bộ các chỉ tiêu cải cách hành chính đề ra cho năm 2023.</div>`,
    });
    expect(extractArticle(html).lead).toBe(
      'Tỉnh đã hoàn thành toàn bộ các chỉ tiêu cải cách hành chính đề ra cho năm 2023.',
    );
  });
});

describe("lead: a box's description under its own label is not the standfirst", () => {
  const page = (box: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm</title></head><body>
<main><h1>Storm hits the coast as thousands lose power overnight</h1>
<div class="article-body">${PARAGRAPHS}</div>${box}</main></body></html>`;

  it('takes no lead from a newsletter box\'s "description" under its "Subscribe" label', () => {
    const box =
      '<section class="block"><div class="black-box sub-box-general"><h4 class="title">Subscribe</h4><div class="description">Sign up to our newsletter for exclusive updates and enhanced content</div></div></section>';
    expect(extractArticle(page(box), { url: 'https://news.example.com/storm' }).lead).toBeNull();
  });

  it('keeps a standfirst below a sub-headline of a sentence', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm</title></head><body>
<main><h1>Storm hits the coast as thousands lose power overnight</h1><h2>Winds of 120 km/h tore through the towns along the shore</h2>
<p class="article-lead">Emergency services rescued dozens of people from flooded streets overnight.</p>
<div class="article-body">${PARAGRAPHS}</div></main></body></html>`;
    expect(extractArticle(html, { url: 'https://news.example.com/storm' }).lead).toBe(
      'Emergency services rescued dozens of people from flooded streets overnight.',
    );
  });
});

describe("lead: an element another of whose classes names a caption is the picture's text", () => {
  it.each([
    '<span class="description img-caption"><span class="source">Image Source: Neil Godwin / Future Publishing/Shutterstock</span></span>',
    '<p class="summary wp-caption-text">Ảnh: Lãnh đạo tỉnh dự hội nghị tổng kết công tác cải cách hành chính năm 2023.</p>',
  ])('takes no lead from %s', (element) => {
    const html = buildPage({ before: element });
    expect(extractArticle(html).lead).toBeNull();
  });

  it('takes no description field ending in a news agency\'s photo credit ("(AP Photo/…)")', () => {
    const field =
      '<div class="field-name-field-description"><div class="field-item">This image released by Paramount Pictures shows the cast in a scene from the film. (AP Photo/Paramount Pictures, Atsushi Nishijima)</div></div>';
    expect(extractArticle(buildPage({ before: field })).lead).toBeNull();
  });

  it('takes no standfirst box that holds the image description of the picture above it', () => {
    const box =
      '<div class="atc-Intro"><div class="atc-ImageDescription"><p><span>Lãnh đạo tỉnh dự hội nghị tổng kết công tác cải cách hành chính.</span> <span>Ảnh: Hoàng Anh</span></p></div><p>Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, tỷ lệ người dân hài lòng tăng rõ rệt.</p></div>';
    const lead = extractArticle(buildPage({ before: box })).lead;
    expect(lead ?? '').not.toContain('Lãnh đạo tỉnh dự hội nghị');
  });
});

describe('lead: the Dublin Core description, as government portals declare it', () => {
  it.each(['DC.description', 'dcterms.description'])('reads <meta name="%s">', (name) => {
    const description =
      'Năm 2023, tỉnh đã hoàn thành 100% nhiệm vụ cải cách hành chính đề ra, chỉ số hài lòng của người dân tăng so với năm trước.';
    const article = extractArticle(
      buildPage({
        head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta name="${name}" content="${description}">`,
      }),
    );
    expect(article.lead).toBe(description);
  });
});

describe('lead: a description cut short is the standfirst the page shows whole', () => {
  const standfirst =
    'Tỉnh cắt giảm gần 200 thủ tục hành chính trong năm 2023, người dân hài lòng hơn trước, và trung tâm hành chính công sẽ mở thêm quầy vào năm tới.';
  const cut = `${standfirst.slice(0, 90)}...`;
  const head = `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta property="og:description" content="${cut}">`;

  it.each([
    [
      'as the caption under the lead picture',
      `<figure><img src="/anh.jpg" alt=""><figcaption>${standfirst}</figcaption></figure>`,
    ],
    ['in a paragraph above the body', `<p class="k1">${standfirst}</p>`],
  ])('takes the whole text shown %s', (_, shown) => {
    expect(extractArticle(buildPage({ head, before: shown })).lead).toBe(standfirst);
  });

  it('is still no lead when the page shows it nowhere whole', () => {
    expect(extractArticle(buildPage({ head })).lead).toBeNull();
  });

  it("is still no lead when it cuts the body's first paragraph, its lines broken apart", () => {
    const [first = '', ...rest] = BODY_PARAGRAPHS;
    const broken = first.replace(', Ủy ban', ',<br>\nỦy ban');
    const html = buildPage({
      head: `<link rel="canonical" href="https://tinh.example.gov.vn/a.html"><meta property="og:description" content="${first.slice(0, 90)}...">`,
      body: [broken, ...rest].map((p) => `<p>${p}</p>`).join(''),
    });
    expect(extractArticle(html).lead).toBeNull();
  });
});

describe("lead: an old portal's bold line of its own between the headline and the body is the standfirst", () => {
  const opening =
    'Sáng 18/1, UBND huyện tổ chức lễ ra quân làm thủy lợi nội đồng năm 2024 tại xã Tân Hòa với sự tham gia của hơn 500 cán bộ.';
  const portal = (
    line: string,
  ) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Huyện tổ chức lễ ra quân làm thủy lợi nội đồng năm 2024</title></head><body>
<table><tr><td class="k1"><div class="news_detail">
<span class="news_title">Huyện tổ chức lễ ra quân làm thủy lợi nội đồng năm 2024</span><br />
<span class="news_date">Cập nhật: 18/01/2024 08:30</span><br />
${line}
<div class="news_content">${PARAGRAPHS}</div>
</div></td></tr></table></body></html>`;

  it.each([
    ['a bold <span>', `<span class="k2"><b>${opening}</b></span>`],
    ['a <strong>', `<strong>${opening}</strong>`],
  ])('takes %s as the lead', (_, line) => {
    const article = extractArticle(portal(line), { url: 'https://huyen.example.gov.vn/tin/1234' });
    expect(article.lead).toBe(opening);
    expect(article.title).toBe('Huyện tổ chức lễ ra quân làm thủy lợi nội đồng năm 2024');
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it('takes no line in plain type there', () => {
    const article = extractArticle(portal(`<span class="k2">${opening}</span>`), {
      url: 'https://huyen.example.gov.vn/tin/1234',
    });
    expect(article.lead ?? '').not.toBe(opening);
  });
});

describe("lead: a contributor's description is no standfirst", () => {
  it("takes no lead from BBC News's byline block ('TextContributorDescription': the reporter's role)", () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Train drivers to walk out over Christmas</title></head><body><article><h1>Train drivers to walk out over Christmas</h1><div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName">By Katy Austin</div><div class="ssrcss-84ltp5-Text-TextContributorDescription">Transport correspondent, BBC News</div></div>${PARAGRAPHS}</article></body></html>`;
    const article = extractArticle(html, { url: 'https://www.bbc.com/news/articles/c1' });
    expect(article.lead ?? '').not.toContain('Transport correspondent');
  });
});

describe('lead: a blog platform’s description that ends by listing the post’s tags', () => {
  it('leaves the appended "Tagged with …" out of the lead (Forem: dev.to)', () => {
    const page = buildPage({
      head: '<meta name="description" content="Infer your TypeScript types from Zod instead of maintaining both. Tagged with typescript, zod, webdev."><link rel="canonical" href="https://dev.example.com/anna/stop-writing-zod-schemas-twice-3kf1">',
    });
    expect(extractArticle(page).lead).toBe(
      'Infer your TypeScript types from Zod instead of maintaining both.',
    );
  });

  it('keeps a description whose sentence speaks of what was tagged', () => {
    const description = 'Police said the car was tagged with a tracker, a camera and a microphone.';
    const page = buildPage({
      head: `<meta name="description" content="${description}"><link rel="canonical" href="https://tinh.example.gov.vn/tin/a.html">`,
    });
    expect(extractArticle(page).lead).toBe(description);
  });
});

describe("lead: a consent dialog's heading and notice above the article are no headline and no standfirst", () => {
  const notice =
    '<div id="didomi-host"><div class="didomi-popup-notice-text"><span><h1>Vážíme si vašeho soukromí</h1></span>' +
    '<p>My a naši partneři ukládáme a/nebo přistupujeme k informacím v zařízení, jako jsou cookies.</p></div>' +
    '<button id="didomi-notice-agree-button">Souhlasím</button></div>';
  const standfirst =
    'Vláda schválila návrh státního rozpočtu na rok 2027 se schodkem 230 miliard korun. Dokument nyní míří do sněmovny.';
  const page = (opener: string, box = notice) =>
    '<!DOCTYPE html><html lang="cs"><head><meta charset="utf-8"><title>Vláda schválila rozpočet na příští rok</title></head>' +
    `<body>${box}<main><article><h1>Vláda schválila rozpočet na příští rok</h1>${opener}` +
    `<div class="text">${PARAGRAPHS}</div></article></main></body></html>`;

  it('reads the standfirst under the headline the title was read from', () => {
    const article = extractArticle(page(`<div class="opener">${standfirst}</div>`), {
      url: 'https://www.example.cz/zpravy/rozpocet',
    });
    expect(article.lead).toBe(standfirst);
    expect(article.contentText).toBe(BODY_PARAGRAPHS.join('\n\n'));
  });

  it.each([
    ['a consent box', notice],
    [
      'a dialog',
      notice.replace('<div id="didomi-host">', '<div role="dialog" aria-modal="true" class="x1">'),
    ],
  ])('takes no lead from %s on a page without a standfirst', (_, box) => {
    const article = extractArticle(page('', box), {
      url: 'https://www.example.cz/zpravy/rozpocet',
    });
    expect(article.lead).toBeNull();
  });

  it("reads the standfirst under a headline set in an <h2> below the dialog's <h1>", () => {
    const html = page(`<div class="opener">${standfirst}</div>`).replace(
      /<h1>Vláda(.*?)<\/h1>/,
      '<h2>Vláda$1</h2>',
    );
    const article = extractArticle(html, { url: 'https://www.example.cz/zpravy/rozpocet' });
    expect(article.lead).toBe(standfirst);
  });
});

describe('lead: a box of one paragraph between the headline and the body, saying about what the description says, is the standfirst', () => {
  // The box's class shares a word with the body's (CAND's): the body finder takes it in beside it.
  const standfirst =
    'Công an tỉnh vừa triệt phá đường dây đánh bạc qua mạng với số tiền giao dịch hơn 500 tỷ đồng, bắt giữ 12 đối tượng liên quan.';
  const page = (
    description: string,
    box = `<div class="box-des-detail"><p>${standfirst}</p></div>`,
  ) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Triệt phá đường dây đánh bạc qua mạng</title><meta name="description" content="${description}"></head><body><div class="k1"><div class="k2"><h1 class="k3">Triệt phá đường dây đánh bạc qua mạng</h1><div class="k6"><span>06/12/2026 09:15</span></div>${box}<div class="detail-content">${PARAGRAPHS}</div></div></div></body></html>`;
  const url = 'https://cand.example.vn/phap-luat/a-i123/';

  it.each([
    ['the same words', standfirst],
    ['fewer words', standfirst.replace(' liên quan.', '.')],
  ])('takes it when the description says %s, and leaves it out of the body', (_, description) => {
    const extracted = extractArticle(page(description), { url });
    expect(extracted.lead).toBe(standfirst);
    expect(extracted.contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
  });

  it('leaves a box the description does not describe in the body', () => {
    const description =
      'Chuyên mục pháp luật cập nhật tin tức an ninh trật tự nhanh nhất, chính xác nhất hằng ngày.';
    const extracted = extractArticle(page(description), { url });
    expect(extracted.contentText).toContain('triệt phá đường dây');
  });
});

describe('lead: a standfirst its class names, written as several paragraphs alike, is all of them', () => {
  const head = '<link rel="canonical" href="https://tinh.example.gov.vn/a.html">';
  const parts = [
    'Rekordmånga ryska ballistiska missiler avfyras mot Ukraina.',
    'Zelenskyj medger att Kiev inte kan försvara sig – och vädjar om hjälp.',
    '”Varje natt utan dem resulterar i fler offer”, skriver presidenten på X.',
  ];

  it('takes every paragraph of a class-named standfirst under the headline', () => {
    const cls = '_textTheme_16ipd_1 _lead_16k26_2 body-large bold';
    const before = parts.map((p) => `<p class="${cls}">${p}</p>`).join('');
    const article = extractArticle(buildPage({ head, before }));
    expect(article.lead).toBe(parts.join(' '));
    for (const part of parts) expect(article.contentText).not.toContain(part);
  });

  it("stops at a related story's link set in the standfirst's style", () => {
    const [first = ''] = parts;
    const related = 'Detenida una madre por dejar encerrada a su hija desde que nació en un cajón';
    const before = `<h2 class="voc-subtitle">${first}</h2><h2 class="voc-subtitle"><a href="/b.html">${related}</a></h2>`;
    expect(extractArticle(buildPage({ head, before })).lead).toBe(first);
  });

  it('takes one paragraph an id alone names, whose class the body paragraphs share', () => {
    const [first = '', ...rest] = parts;
    const body = `<p id="speakable-summary" class="wp-block-paragraph">${first}</p>${rest.map((p) => `<p class="wp-block-paragraph">${p}</p>`).join('')}${PARAGRAPHS}`;
    const article = extractArticle(buildPage({ head, body }));
    expect(article.lead).not.toContain(rest[0]);
    expect(article.contentText).toContain(rest[0]);
  });
});

describe('lead: a first paragraph set in the body paragraphs\' class besides its own ("story__intro story__paragraph" before "story__paragraph"s) is the body\'s opening, not a standfirst set apart', () => {
  const [first, second, third] = BODY_PARAGRAPHS as [string, string, string];

  it('keeps the paragraph as the opening of the body', () => {
    const body = `<p class="x__intro x__paragraph">${first}</p><p class="x__paragraph">${second}</p><p class="x__paragraph">${third}</p>`;
    const { contentText } = extractArticle(buildPage({ body }));
    expect(contentText.startsWith(first)).toBe(true);
  });
});

describe('lead: a place stamp opening the standfirst is set apart from its first word', () => {
  // VnExpress runs the place into the sapo; its style shows it apart, as a dateline.
  const page = (stamp: string) =>
    `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thứ trưởng bị bắt</title></head><body><div class="sidebar-1"><h1 class="title-detail">Thứ trưởng Y tế bị bắt vì cáo buộc gì?</h1><p class="description">${stamp}Ông Trương Quốc Cường, Thứ trưởng Bộ Y tế, bị xác định thiếu trách nhiệm trong xét duyệt thuốc.</p><article class="fck_detail">${PARAGRAPHS}</article></div></body></html>`;
  const lead = (html: string) =>
    extractArticle(html, { url: 'https://news.example.vn/thu-truong-4381438.html' }).lead;

  it('reads "Hà Nội - Ông …" where the stamp runs into the text', () => {
    expect(lead(page('<span class="location-stamp">Hà Nội</span>'))).toBe(
      'Hà Nội - Ông Trương Quốc Cường, Thứ trưởng Bộ Y tế, bị xác định thiếu trách nhiệm trong xét duyệt thuốc.',
    );
  });

  it('keeps the dash the editor typed in the stamp', () => {
    expect(lead(page('<span class="location-stamp"><span>HÀ NỘI</span> - </span>'))).toBe(
      'HÀ NỘI - Ông Trương Quốc Cường, Thứ trưởng Bộ Y tế, bị xác định thiếu trách nhiệm trong xét duyệt thuốc.',
    );
  });
});

describe('lead: an author element inside the standfirst is no part of it', () => {
  it('leaves the byline set in the standfirst out of the lead, and reads it as the author', () => {
    const standfirst =
      'Absolute Minderheit: Im Shiba-Park in Tokio treffen sich jetzt jeden Sonntag die Atomkraftgegner.';
    const article = extractArticle(
      buildPage({
        lang: 'de',
        before: `<p class="intro">${standfirst} <span class="author">VON GEORG BLUME</span></p>`,
      }),
    );
    expect(article.lead).toBe(standfirst);
    expect(article.authors).toEqual(['Georg Blume']);
  });
});

describe('lead: an intro box under the headline pitching a sign-up to the reader is no standfirst', () => {
  const page = (intro: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekly notes, issue 12: kernels and caches</title></head><body><div class="header"><h1>Weekly notes, issue 12: kernels and caches</h1><div class="page-intro"><p>${intro}</p></div></div><main><p>Hello everyone, and welcome to another issue. This week brought a new kernel release with a long list of driver updates and scheduler changes worth a look.</p><p>There were also several posts about cache invalidation in large deployments, which I found useful enough to summarise below with links to the originals.</p><p>Finally, a short note on tooling: the new release of the build system speeds up incremental builds considerably for larger projects.</p></main></body></html>`;
  const url = 'https://notes.example.org/weekly/issue-12/';

  it.each([
    'Weekly notes is a newsletter about Linux and open source. Want to get it in your inbox every Sunday? Subscribe below!',
    'Sign up for our newsletter to get every issue delivered to your inbox.',
  ])('drops %j', (intro) => {
    expect(extractArticle(page(intro), { url }).lead).toBeNull();
  });

  it('keeps an intro that tells what the article is about', () => {
    const intro =
      'A new kernel release, cache invalidation at scale and faster incremental builds: the week in open source.';
    expect(extractArticle(page(intro), { url }).lead).toBe(intro);
  });
});
