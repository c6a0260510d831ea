import { describe, expect, it } from 'vitest';
import { isCommentsHeading } from '../../../../shared/extract/content/patterns.ts';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { recordingTrace } from '../../../../shared/extract/trace.ts';

const URL = 'https://blog.example.org/2026/12/open-thread';

/** A short post: the page's own text, outweighed by what its readers wrote below it. */
const POST = [
  'Our December open thread is here for questions and comments about our research.',
  'We read every comment and try to answer within a few days of it being posted.',
  'You can also write to us directly if you would rather discuss something privately.',
];

/** Long reader comments, each with commas: together they outscore the post. */
const COMMENT = (i: number) =>
  `Thanks for the update, it is really helpful. I have a question about point ${i}, though: how do you weigh the new study, given its sample, its follow-up period, and the fact that, as far as I can tell, it was never replicated? Could you say more about that, and about how often you revisit such decisions, and who reviews them, and whether the reviews are published?`;

/** Every class name is one the extractor cannot read anything into. */
function threadPage(heading: string, item: (i: number) => string): string {
  const comments = [1, 2, 3, 4, 5].map(item).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>December open thread</title></head>
<body><div class="k1"><div class="k2"><h1>December open thread</h1>
<div class="k3">${POST.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="k4">${heading}<div class="k5">${comments}</div></div></div>
</body></html>`;
}

const commentItem = (i: number) =>
  `<div class="k6"><div class="k7"><b>Reader ${i}</b> on December ${i}, 2026 at 4:4${i} pm said:</div><div class="k8"><p>${COMMENT(i)}</p></div></div>`;

describe('rule: a block under a comments or related-links heading is not the article', () => {
  it.each([
    ['<h3>Comments</h3>'],
    ['<h2>Top Rated Comments</h2><a href="/forum/thread">(View all)</a>'],
    ['<h3>12 Comments</h3>'],
    ['<h2>Bình luận (5)</h2>'],
    ['<h2>Kommentare</h2>'],
  ])('keeps the post, not the comments after %s', (heading) => {
    const article = extractArticle(threadPage(heading, commentItem), { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(POST);
  });

  it('keeps an article that opens with a "See also" line naming its links (an encyclopedia\'s hatnote)', () => {
    const html = `<!doctype html><html lang="en"><head><title>Mozilla</title></head><body>
<div class="k1"><h1>Mozilla</h1><div class="k2"><div class="k3">
<div role="note" class="hatnote">See also: <a href="/wiki/Mozilla_Foundation">Mozilla Foundation</a> and <a href="/wiki/Mozilla_Corporation">Mozilla Corporation</a></div>
${[1, 2, 3].map((i) => `<p>${COMMENT(i)}</p>`).join('\n')}</div>
<div class="k5">Retrieved from "https://en.example.org/w/index.php?title=Mozilla"</div>
<div class="k6">Categories: <a href="/c/1">Mozilla</a> <a href="/c/2">Free software</a></div></div></div></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(COMMENT(1));
    expect(article.contentText).toContain(COMMENT(3));
  });

  it('keeps an article whose block opens with a share bar listing a "Comments" link', () => {
    const share = ['Facebook', 'Twitter', 'Google+']
      .map(
        (s) =>
          `<li><a href="https://share.example.com/?s=${s}"><img src="/i/${s}.png" alt="${s}"><span>&nbsp;</span></a></li>`,
      )
      .join('\n');
    const html = `<!doctype html><html lang="en"><head><title>The best film scenes of the year</title></head><body>
<div class="k1"><div class="k2"><div class="k3"><h1>The best film scenes of the year</h1>
<div class="k4">By Ann Writer and Bo Critic</div></div>
<div class="k5"><div class="k6"><ul>${share}
<li><a href="/article/best-scenes-1#comments">Comments</a></li></ul></div>
<section class="k7">${[1, 2, 3, 4].map((i) => `<p>${COMMENT(i)}</p>`).join('\n')}</section></div></div></div>
</body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(COMMENT(1));
    expect(article.contentText).toContain(COMMENT(4));
  });

  it('says in the trace which section was set aside, and under which heading', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(threadPage('<h3>Comments</h3>', commentItem), { url: URL, trace });
    const setAside = explanation.removed.find((r) => r.match === 'Comments');
    expect(setAside?.rule).toMatch(/under a comments or related-links heading/);
    expect(setAside?.element).toContain('div.k4');
  });

  it('keeps an article whose own section is headed by a category name, its headline inside', () => {
    const html = `<!doctype html><html lang="vi"><head><title>Tọa đàm</title></head><body>
<div class="k1"><h2>Tin mới</h2><div class="k2"><h1>Tọa đàm về bình đẳng giới</h1>
${[1, 2, 3].map((i) => `<p>${COMMENT(i)}</p>`).join('\n')}</div></div>
<div class="k7"><p>Cổng thông tin điện tử, cơ quan chủ quản: Công an tỉnh, địa chỉ: số 1, đường Trần Phú, thành phố, tỉnh; điện thoại: 0123 456 789.</p></div></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(COMMENT(1));
    expect(article.contentText).toContain(COMMENT(3));
  });

  it('keeps the comments when the page has nothing else to offer', () => {
    const html = `<!doctype html><html lang="en"><head><title>Thread</title></head><body>
<div class="k4"><h3>Comments</h3><div class="k5">${[1, 2, 3].map(commentItem).join('\n')}</div></div></body></html>`;
    expect(extractArticle(html, { url: URL }).contentText).toContain(COMMENT(2));
  });
});

describe('rule: a button that shows more of the article is no related-links heading', () => {
  /** Game notes folded under the button, long enough to outscore the newsletter box. */
  const NOTES = [
    'It was an underwhelming first quarter on both sides, as the home team and the visitors each struggled mightily to knock down shots, open or not.',
    'The home team went 0-for-9 from three-point range in the period, while the visitors, to their credit, went 2-for-10, and neither coach called a timeout.',
    'While the numbers look brutal, these were mostly open looks that they just could not get to go down, and the second quarter, as it turned out, was better.',
  ];

  it.each([
    ['<a href="#" id="show_more" type="button">Read More</a>'],
    ['<button type="button">Read more</button>'],
    ['<a href="javascript:void(0)" role="button">Read more</a>'],
  ])('keeps the article folded under %s', (button) => {
    const tags = [1, 2, 3, 4, 5, 6].map((i) => `<li><a href="/tags/t${i}/">Topic ${i}</a></li>`);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Game notes</title></head>
<body><div class="k1"><div class="k2"><h1>Game notes</h1><div class="k9"><ul>${tags.join('')}</ul></div>
<div class="k6"><div class="k7">${button}</div><div class="k3"><div class="k4">${NOTES.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div></div></div>
<div class="k5"><p>Our newsletter, sent every Friday, gathers the week's threads, answers and reading, and it is free.</p></div>
</body></html>`;
    expect(extractArticle(html, { url: URL }).contentText).toBe(NOTES.join('\n\n'));
  });
});

describe('isCommentsHeading', () => {
  it.each([
    'Comments',
    '12 Comments',
    'Top Rated Comments',
    'Reader comments (4)',
    'Kommentare',
    '23 Kommentare',
    'Commentaires',
    'Comentarios',
    'Bình luận (5)',
    'Ý kiến bạn đọc',
    'Комментарии',
    'コメント',
    'コメント（12）',
    '评论（3）',
    '댓글',
    'Guest Book',
    'Guestbook',
    'Gästebuch',
    'Condolences',
  ])('reads "%s" as a comments heading', (text) => {
    expect(isCommentsHeading(text)).toBe(true);
  });

  it.each([
    'Comments on the budget were due on Friday',
    'Readers comment on the new bridge',
    'Commentary',
    'No comment',
  ])('does not read "%s" as one', (text) => {
    expect(isCommentsHeading(text)).toBe(false);
  });
});

describe('rule: a section inside the body that opens with a comments heading is not the article', () => {
  /** A long article whose container also holds the readers' comments, after the article. */
  function articleWithComments(heading: string): string {
    const paragraphs = [1, 2, 3, 4, 5, 6].map((i) => `<div class="k3"><p>${COMMENT(i)}</p></div>`);
    return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Offener Brief</title></head>
<body><div class="k1"><h1>Offener Brief</h1>
<div class="k2">${paragraphs.join('\n')}
<div class="k9"><div class="k10"><div class="k11">${heading}
<div class="k5">${[7, 8].map((i) => `<div class="k6"><p><span>Leser${i}</span> <span>vor ${i} Stunden</span></p><p>Ganz meine Meinung, ${i} Mal gelesen.</p></div>`).join('\n')}</div>
</div></div></div></div></div></body></html>`;
  }

  it.each([['<h3>12 Kommentare</h3>'], ['<h2>Comments (2)</h2>'], ['<h4>Bình luận</h4>']])(
    'removes the section that opens with %s, with the comments under it',
    (heading) => {
      const { contentText } = extractArticle(articleWithComments(heading), { url: URL });
      expect(contentText).toContain(COMMENT(6));
      expect(contentText).not.toMatch(/Kommentare|Comments|Bình luận|Leser7|Ganz meine Meinung/);
    },
  );

  it('removes the section whose header row opens with a comment count in a paragraph, the comments in a box beside the row', () => {
    const header =
      '<div class="k13"><p class="k14">3 Kommentare</p><div class="k15"><button>Neueste</button>&nbsp;/&nbsp;<button>Älteste</button></div></div>';
    const html = articleWithComments(header).replace(
      '<div class="k5">',
      '</div><div class="k12"><div class="k5">',
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText).toContain(COMMENT(6));
    expect(contentText).not.toMatch(/Kommentare|Leser7|Ganz meine Meinung/);
    expect(contentText.endsWith(COMMENT(6))).toBe(true);
  });

  it('keeps a section that opens with a comment count in a link, not a heading', () => {
    const html = `<!doctype html><html lang="en"><head><title>Open letter</title></head><body>
<div class="k1"><h1>Open letter</h1><div class="k2"><div class="k3"><a href="#comments">12 Comments</a></div>
${[1, 2, 3].map((i) => `<p>${COMMENT(i)}</p>`).join('\n')}</div></div></body></html>`;
    expect(extractArticle(html, { url: URL }).contentText).toContain(COMMENT(2));
  });
});

describe("rule: an obituary's guest book is its readers' messages, its signers no authors", () => {
  const OBITUARY = [
    'Eleanor Mae Hastings, 95, of Harbor Point, died peacefully at home on Dec. 2, 2026, surrounded by her family.',
    'She taught third grade at Lincoln Elementary for 31 years, and generations of children learned their times tables from her.',
    'A memorial service will be held at 11 a.m. Saturday at First Lutheran Church, 210 Elm St.',
  ];
  const signed = [
    [
      'Mrs. Hastings was my favorite teacher, and I still think of her whenever I open a book.',
      'Tom Reilly, Harbor Point',
    ],
    [
      'Our deepest sympathy to the family. Eleanor was a wonderful neighbor and a dear friend.',
      'Margaret Olson',
    ],
  ];
  const entries = signed
    .map(
      ([text, name]) =>
        `<div class="entry"><p>${text}</p><span class="gb-author">${name}</span><span class="gb-date">Dec. 5, 2026</span></div>`,
    )
    .join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Eleanor M. Hastings, 1931-2026</title></head>
<body><main><div class="obit-wrap"><h1 class="obit-name">Eleanor M. Hastings, 1931-2026</h1>
<div class="obit-text">${OBITUARY.map((p) => `<p>${p}</p>`).join('')}</div>
<section id="guestbook" class="guestbook"><h2>Guest Book</h2>${entries}</section>
</div></main></body></html>`;

  it('leaves the guest book out of the body, and its signers out of the authors', () => {
    const article = extractArticle(html, { url: 'https://news.example.com/obituaries/hastings/' });
    expect(article.contentText.split('\n\n')).toEqual(OBITUARY);
    expect(article.authors).toEqual([]);
  });
});

describe("rule: a link to the readers' comments giving their count is not the article's", () => {
  const page = (
    line: string,
  ) => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Heizen mit Abfallholz</title>
<meta property="article:published_time" content="2022-12-11T05:00:00+01:00"></head>
<body><div class="k1"><article><h1>Heizen mit Abfallholz</h1>
${line}
${[1, 2, 3].map((i) => `<p>${COMMENT(i)}</p>`).join('\n')}</article></div></body></html>`;

  it.each([
    [
      'in brackets beside the date line',
      '<span><a href="/autoren/amelie-siekmann-1">Amelie Siekmann, </a></span> <span>am Sonntag, 11.12.2022 - 05:00</span> <a href="#kommentare">(1 Kommentar)</a>',
    ],
    ['in a box of its own', '<div class="k3"><a href="#comments">12 Comments</a></div>'],
    [
      'in square brackets',
      '<p><a href="https://blog.example.org/2026/12/open-thread#respond">[3 comments]</a></p>',
    ],
  ])('removes it %s', (_where, line) => {
    const { contentText } = extractArticle(page(line), { url: URL });
    expect(contentText).not.toMatch(/Kommentar|Comments|comments\]/);
    expect(contentText.startsWith(COMMENT(1))).toBe(true);
  });

  it('keeps such a link inside a sentence', () => {
    const line =
      '<p>Before you ask again, read the <a href="#comments">12 comments</a> under the last post.</p>';
    const { contentText } = extractArticle(page(line), { url: URL });
    expect(contentText).toContain('read the 12 comments under the last post');
  });
});

describe("rule: a block in the box the page names its author's biography is not the article", () => {
  const BIO = [
    'Jessie has written about interiors, fashion and travel for fifteen years, first for a glossy monthly in Hamburg, then, after a year in Copenhagen, for a design weekly, where she ran the homes section.',
    'She founded this blog in 2009, together with a friend from journalism school, and has since built it into a magazine with a team of six editors, two photographers and a stylist.',
    'In her spare time she restores furniture from the fifties, collects ceramics from small Danish workshops, and tries, with mixed success, to keep a garden in the city alive.',
  ];
  const page = (
    cls: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My cosy home gift guide</title></head>
<body><article><h1>My cosy home gift guide</h1>
<div class="vc_row"><div class="wpb_text_column wpb_content_element vc_custom_1671186689819"><p>${POST[0]}</p><p>${POST[1]}</p></div></div>
<div class="vc_row"><div class="wpb_text_column wpb_content_element vc_custom_1671186689820"><p>${POST[2]}</p></div></div>
<div class="section-inner"><div class="${cls}"><div class="author-description"><h3>Jessie</h3>${BIO.map((p) => `<p>${p}</p>`).join('')}</div></div></div>
</article></body></html>`;

  it.each(['author-bio', 'author-box', 'about-the-author'])(
    'reads the article around a longer biography in a box of class %j',
    (cls) => {
      const text = extractArticle(page(cls), { url: URL }).contentText;
      for (const p of POST) expect(text).toContain(p);
      expect(text).not.toContain('restores furniture');
    },
  );

  it("leaves the author's box after the story out of the body (AP's Page-authorInfo)", () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My cosy home gift guide</title></head>
<body><main><h1>My cosy home gift guide</h1><div class="RichTextStoryBody">${POST.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="Page-authorInfo"><div class="Page-authorInfo-author"><span>JESSIE HOLM</span><p>Holm covers interiors and design in Hamburg.</p><a href="https://twitter.com/jessieholm">twitter</a><a href="mailto:jholm@example.org">mailto</a></div></div>
</main></body></html>`;
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text.split('\n\n')).toEqual([...POST]);
  });

  it('reads a short post, its content classed "sharebuttons" too, that holds the author\'s box of links (id "authorbox")', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tick, tick, tick</title></head>
<body><div id="mainbar"><h1>Tick, tick, tick</h1><div id="posts-loop"><div class="post"><div class="post-content sharebuttons">
<p><img src="https://media.example.net/tick.gif"><br>No idea who made this, but it's wonderful. If you know, post in the comments, please.
<p><b>Update:</b> It's from <a href="https://bees.example.com/">Bees and Bombs</a>, to which I have just subscribed.
<div id="metadataBox"><div id="authorbox"><p><a href="https://author.example.com/buy"><img src="https://author.example.com/bio.jpg"></a>I write books. My latest is a novel called <a href="https://author.example.com/homeland">Homeland</a> (the sequel to <a href="https://author.example.com/little">Little Brother</a>). More books: <a href="https://author.example.com/rotn">Rapture of the Nerds</a>; <a href="https://author.example.com/walh">With a Little Help</a>; and <a href="https://author.example.com/gbbt">The Great Big Beautiful Tomorrow</a>. I <a href="https://author.example.com/speaking">speak all over the place</a> and I <a href="https://twitter.com/example">tweet</a>, too.</div></div>
</div></div></div></div></body></html>`;
    const text = extractArticle(html, { url: URL }).contentText;
    expect(text).toContain('No idea who made this');
    expect(text).toContain('to which I have just subscribed.');
    expect(text).not.toContain('I write books');
  });

  it("reads a page whose only text is in such a box (an author's profile page)", () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>About Jessie</title></head>
<body><h1>About Jessie</h1><div class="author-bio">${BIO.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractArticle(html, { url: URL }).contentText).toContain('restores furniture');
  });
});

describe('rule: blocks that each hold a "Reply" link are readers\' comments, whatever their markup', () => {
  /** A comment as class-less markup: its writer, date, text and a link to answer it. */
  const plain = (reply: string) => (i: number) =>
    `<div><div><strong>Reader ${i}</strong> <span>0${i}/12/2026 10:1${i}</span></div><p>${COMMENT(i)}</p><a href="#reply-${i}">${reply}</a></div>`;

  it.each([
    ['Reply', ''],
    ['Trả lời', ''],
    ['Antworten', ''],
    ['Reply', '<h3>Readers write</h3>'],
  ])(
    'keeps the post, not a thread whose comments each offer "%s" (heading %j)',
    (reply, heading) => {
      const article = extractArticle(threadPage(heading, plain(reply)), { url: URL });
      expect(article.contentText.split('\n\n')).toEqual(POST);
    },
  );

  it('leaves out a thread set after the paragraphs in the same block, nested replies too', () => {
    const nested = `<div><b>Reader 9</b><p>${COMMENT(9)}</p><button type="button">Reply</button><div>${plain('Reply')(8)}</div></div>`;
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>December open thread</title></head>
<body><div class="k1"><h1>December open thread</h1><div class="k3">${POST.map((p) => `<p>${p}</p>`).join('\n')}
<div>${nested}${plain('Reply')(1)}${plain('Reply')(2)}</div></div></div></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(POST);
  });

  it('keeps a short post whose block ends in a thread, with a lone comment elsewhere on the page', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>December open thread</title></head>
<body><h1>December open thread</h1><div class="k1"><div class="k3">${POST.map((p) => `<p>${p}</p>`).join('\n')}
<div>${plain('Reply')(1)}${plain('Reply')(2)}</div></div></div>
<div class="k9"><div><div><strong>Reader 3</strong></div><p>Agreed.</p><a href="#reply-3">Reply</a></div></div></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(POST);
  });

  it('keeps paragraphs that link a "Reply" each: a thread needs a box of its own for each comment', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>December open thread</title></head>
<body><div class="k1"><h1>December open thread</h1><div class="k3">${POST.map((p) => `<p>${p} <a href="/reply">Reply</a></p>`).join('\n')}
</div></div></body></html>`;
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(POST[0]);
    expect(article.contentText).toContain(POST[2]);
  });
});
