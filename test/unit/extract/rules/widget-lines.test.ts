import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/uk/2026/nov/27/bridge-closed';

const PARAGRAPHS = [
  'The council voted on Monday to close the old bridge to all traffic after engineers found serious cracks in two of its supports.',
  'Repairs are expected to take at least eighteen months and will cost about four million pounds, officials said on Tuesday.',
  'Residents will have to use a detour of about six miles, which the council admits will add time to many journeys.',
];

function page(before: string, after: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge closed after cracks found</title></head>
<body><article><h1>Bridge closed after cracks found</h1>${before}${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${after}</article></body></html>`;
}

describe("rule: a widget's notice or counts are no text of the article", () => {
  it.each([
    'Please turn on JavaScript to use this feature',
    'You need to enable JavaScript to view this map.',
    'JavaScript is disabled in your browser.',
    'Bitte aktivieren Sie JavaScript, um diese Grafik zu sehen.',
    'Vui lòng bật JavaScript để xem nội dung này.',
  ])('leaves a notice asking to turn on JavaScript out of the body: %j', (notice) => {
    const filter = `<div class="filter"><label><input type=checkbox> Show key events only</label><p>${notice}</p></div>`;
    const article = extractArticle(page(filter, ''), { url: URL });
    expect(article.contentText).not.toContain(notice);
    expect(article.contentText).toContain(PARAGRAPHS[0]);
  });

  it("leaves a post's counts of likes and reposts, and their separator, out of the body", () => {
    const counts =
      '<div class="post-footer"><div class="label">214 Likes</div><div class="label">∙</div><div class="label">12 Restacks</div></div>';
    const article = extractArticle(page('', counts), { url: URL });
    expect(article.contentText.endsWith(PARAGRAPHS[2] as string)).toBe(true);
  });

  it.each([
    '<div class="k1"><div class="k2">214 Likes</div><div class="k2">∙</div><div class="k2">12 Restacks</div></div>',
    '<p>38 Comments · 1.2K Shares</p>',
    '<div><span>Gefällt mir 12</span> | <span>Kommentare: 5</span></div>',
    '<div><span>12 lượt thích</span><span>3 bình luận</span></div>',
  ])(
    "leaves a line of a post's reaction counts out of the body, whatever its class: %j",
    (counts) => {
      const article = extractArticle(page('', counts), { url: URL });
      expect(article.contentText.endsWith(PARAGRAPHS[2] as string)).toBe(true);
    },
  );

  it("takes the readers' comments out with the count of them that heads them", () => {
    const comments =
      '<section><div><p>3 Kommentare</p></div><ul><li><p>leser_42</p><p>Endlich eine Entscheidung, die Brücke war schon lange in einem schlechten Zustand und gefährlich für alle.</p></li></ul></section>';
    const article = extractArticle(page('', comments), { url: URL });
    expect(article.contentText.endsWith(PARAGRAPHS[2] as string)).toBe(true);
  });

  it.each([
    '<p>Always free at these links: <a href="https://podcasts.apple.com/us/podcast/x/id290783428">Apple Podcasts</a>, <a href="https://open.spotify.com/show/x">Spotify</a>, the <a href="https://www.npr.org/app">NPR app</a> or anywhere you get podcasts.</p>',
    '<p>Listen on <a href="https://podcasts.apple.com/x">Apple Podcasts</a> · <a href="https://open.spotify.com/x">Spotify</a> · <a href="https://overcast.fm/x">Overcast</a> · <a href="https://pocketcasts.com/x">Pocket Casts</a> · <a href="https://castbox.fm/x">Castbox</a></p>',
    '<div>Hören Sie den Podcast bei <a href="https://example.com/a">Spotify</a> oder <a href="https://example.com/b">Deezer</a>.</div>',
  ])("leaves a podcast's links to the apps it is heard in out of the body: %j", (line) => {
    const article = extractArticle(page(line, ''), { url: URL });
    expect(article.contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
  });

  it('keeps a sentence of the article that links to the apps', () => {
    const sentence =
      '<p>The show was the most downloaded on <a href="https://podcasts.apple.com/x">Apple Podcasts</a> and <a href="https://open.spotify.com/x">Spotify</a> in the country last year, according to figures the two companies published on Monday.</p>';
    const article = extractArticle(page('', sentence), { url: URL });
    expect(article.contentText).toContain('the most downloaded on Apple Podcasts and Spotify');
  });

  it.each([
    '<h3 class="k1">Pinned post</h3>',
    '<div class="k1"><span>Angeheftet</span></div>',
    '<p><strong>Épinglé</strong></p>',
    '<span class="k1">Ghim</span>',
  ])("leaves a live blog's label of its pinned entry out of the body: %j", (label) => {
    const article = extractArticle(page(`<div class="k2">${label}</div>`, ''), { url: URL });
    expect(article.contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
  });

  it.each([
    [
      'a seek bar beside its clocks (Plyr)',
      '<div class="k1"><div class="k2"><button type="button" aria-label="Play"><svg aria-hidden="true"><use href="#play"></use></svg><span class="k3">Play</span></button><div class="k4"><div class="k5"><input type="range" min="0" max="100" step="0.01" value="0" role="slider" aria-label="Seek" aria-valuetext="00:00 of 02:31"><progress min="0" max="100" value="0" role="progressbar" aria-hidden="true">% buffered</progress><span class="k6">00:00</span></div></div><div class="k7" aria-label="Current time">00:00</div><div class="k7" aria-label="Duration">02:31</div><button type="button" aria-label="Mute"><svg aria-hidden="true"><use href="#volume"></use></svg><span class="k3">Mute</span></button></div><div class="k8"><video src="https://cdn.example.com/v/bridge.mp4" playsinline></video></div></div>',
    ],
    [
      'a bar of spans naming its controls (JW Player)',
      '<div class="k1"><div class="k2"><video src="https://cdn.example.com/v/bridge.mp4"></video></div><div class="k3"><span class="k4">00:00</span><span class="k5">02:31</span><span class="k6" aria-label="Play">Play</span></div></div>',
    ],
    [
      "a bar's clock written with its duration",
      '<div class="k1"><video src="https://cdn.example.com/v/bridge.mp4"></video><div class="k3"><span class="k4">Pause</span> <span class="k5">0:12 / 2:31</span> <span class="k6">Fullscreen</span></div></div>',
    ],
    [
      "a player's loading notice (video.js)",
      '<div class="k1" role="region" aria-label="Video Player"><video class="k2" src="https://cdn.example.com/v/bridge.mp4"></video><div class="k3" dir="ltr"><span class="k4">Video Player is loading.</span></div></div>',
    ],
  ])(
    'leaves %s out of the body, as a page saved once its player was drawn shows it',
    (_, player) => {
      const article = extractArticle(page(player, ''), { url: URL });
      expect(article.contentText.startsWith(PARAGRAPHS[0] as string)).toBe(true);
    },
  );

  it("keeps a live blog entry's time standing alone", () => {
    const entry = `<div class="k1"><p class="k2">14:05</p><p>${PARAGRAPHS[0]}</p></div>`;
    const html = page('', '').replace(`<p>${PARAGRAPHS[0]}</p>`, entry);
    expect(extractArticle(html, { url: URL }).contentText).toContain(`14:05\n\n${PARAGRAPHS[0]}`);
  });

  it.each([
    [
      'a clap button and a responses button (Medium)',
      '<div class="ab q"><div class="k1"><div class="k2"><button aria-label="clap" data-testid="footerClapButton"><svg width="24" height="24"><path d="M11.37.83"></path></svg></button></div><div class="k3"><p class="k4"><span class="k5">1.2K</span></p></div></div><div class="k6"><button class="k7" aria-label="responses"><svg width="24" height="24"><path d="M18.006 16.803"></path></svg><p class="k4"><span class="k8">23</span></p></button></div></div>',
    ],
    [
      'icon buttons, the counts beside them in one line',
      '<div class="k1"><div class="k2"><button type="button" aria-label="Like"><svg><path d="M1"></path></svg></button> 214 <button type="button" aria-label="Comments"><svg><path d="M1"></path></svg></button> 12</div></div>',
    ],
  ])('leaves the counts beside %s out of the body', (_, bar) => {
    const article = extractArticle(page('', bar), { url: URL });
    expect(article.contentText.endsWith(PARAGRAPHS[2] as string)).toBe(true);
  });

  it('keeps a number that heads a part of a list article, whatever buttons the page has', () => {
    const body = PARAGRAPHS.map((p, i) => `<h2>${i + 1}</h2><p>${p}</p>`).join('');
    const html = page('', '<div class="k1"><button type="button">Share</button></div>').replace(
      PARAGRAPHS.map((p) => `<p>${p}</p>`).join(''),
      body,
    );
    expect(extractArticle(html, { url: URL }).contentText).toContain(`2\n\n${PARAGRAPHS[1]}`);
  });

  it('keeps a product card\'s text and leaves its affiliate buttons (rel="sponsored") out', () => {
    const buttons =
      '<div class="wp-block-buttons"><div class="wp-block-button"><a href="https://shop.example/x" rel="sponsored">Buy on Shop</a></div><div class="wp-block-button"><a href="https://store.example/x" rel="sponsored nofollow">$24 at Store</a></div></div>';
    const card = `<h3><a href="https://shop.example/s" rel="sponsored">Salad spinner</a></h3><div class="wp-block-columns"><div class="wp-block-column"><p>The pump spins greens dry in seconds.</p>${buttons}</div></div>`;
    const inline =
      '<p>The council bought its cones <a href="https://shop.example/c" rel="sponsored">from a local shop</a> last year.</p>';
    // A card of a price and a button alone still goes whole: its price is no text of the story.
    const priced =
      '<div class="card"><span>£205</span><div><a href="https://shop.example/p" rel="sponsored">Buy now</a></div></div>';
    const text = extractArticle(page(card, inline + priced), { url: URL }).contentText;
    expect(text).not.toContain('£205');
    expect(text).toContain('Salad spinner\n\nThe pump spins greens dry in seconds.');
    expect(text).not.toContain('Buy on Shop');
    expect(text).not.toContain('at Store');
    expect(text).toContain('from a local shop last year.');
  });

  it('keeps a sentence about JavaScript and one that counts likes', () => {
    const sentence =
      '<p>The council said residents could enable JavaScript on its website to follow the works on a live map.</p><p>The post had 214 likes by Tuesday evening, the council said.</p>';
    const article = extractArticle(page('', sentence), { url: URL });
    expect(article.contentText).toContain('enable JavaScript on its website');
    expect(article.contentText).toContain('The post had 214 likes by Tuesday evening');
  });
});

describe("rule: a list of a widget's tabs, its role a tablist or its class tabs, is no text of the article", () => {
  const TAB_LISTS = [
    '<ul class="tabs"><li class="active"><a title="story-detail" href="#">Article</a></li><li class="comment-tab"><a href="#comments">Comments</a></li></ul>',
    '<ul class="nav nav-tabs"><li><a href="#story">Story</a></li><li><a href="#photos">Photos</a></li></ul>',
    '<ul role="tablist"><li role="tab"><a href="#story">Story</a></li><li role="tab"><a href="#reactions">Reactions</a></li></ul>',
  ];
  it.each(TAB_LISTS)('leaves the tabs over the story out of the body: %j', (tabs) => {
    const { contentText } = extractArticle(page(tabs, ''), { url: URL });
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('keeps the story in a box marked as a tablist around the panels', () => {
    const html = page('', '')
      .replace(
        '<article>',
        '<article><div class="tab-content" role="tablist"><div role="tabpanel" class="tab-pane active">',
      )
      .replace('</article>', '</div></div></article>');
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain(PARAGRAPHS[2]);
  });

  it('keeps a list of the article whose class names no tabs', () => {
    const list = '<ul class="steps"><li>Close the old bridge</li><li>Open the detour</li></ul>';
    const article = extractArticle(page(list, ''), { url: URL });
    expect(article.contentText).toContain('Close the old bridge');
  });
});
