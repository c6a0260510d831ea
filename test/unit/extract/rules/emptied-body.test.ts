import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { recordingTrace } from '../../../../shared/extract/trace.ts';
import { BODY, PARAGRAPHS, page } from '../content/pages.ts';

const URL = 'https://news.example.org/2026/12/storm-closes-harbour';

/**
 * Short paragraphs without commas, as a wire story is written: each scores little on its own,
 * so a single long paragraph of furniture with many commas can outscore the story.
 */
const STORY = [
  'The harbour was closed on Monday morning as the storm reached the coast.',
  'Ferries stayed in port and the coast guard moved two fishing boats to shelter.',
  'The port authority said the closure would last at least until Tuesday evening.',
  'Shops along the seafront put up boards over their windows before noon.',
  'Forecasters expect the wind to ease overnight once the storm moves north.',
  'Schools in the three nearest towns will stay open unless power fails.',
  'Residents were asked to keep off the sea wall until the warning is lifted.',
  'The last storm of this strength reached the harbour eleven years ago.',
];

/** A consent banner in the page's own class names, which say nothing to the extractor. */
const BANNER = `<div id="x7f2" class="k1 k2"><div class="k3">
<p>We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, analyze site traffic, and understand where our audiences come from. To learn more or opt out, read our Privacy Policy, our cookie notice, and our terms, which apply to this site, its apps, and its newsletters.</p>
<button>I Accept</button>
</div></div>`;

function storyPage(banner: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm closes harbour</title></head>
<body>${banner}
<div class="k9"><h1>Storm closes harbour</h1>
<div class="k8">${STORY.map((p) => `<div class="k7"><p>${p}</p></div>`).join('\n')}</div></div>
</body></html>`;
}

describe('rule: a chosen block that cleanup empties was furniture, and the page is read again without it', () => {
  it('finds the story under a consent banner that outscored it', () => {
    const article = extractArticle(storyPage(BANNER), { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(STORY);
  });

  it('says in the trace that the first choice was set aside', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(storyPage(BANNER), { url: URL, trace });
    const setAside = explanation.removed.find((r) => /cleaned to nothing/.test(r.rule));
    expect(setAside?.element).toContain('div#x7f2');
  });

  it('keeps a very short story rather than a stray block found after it', () => {
    const brief =
      'The port of Dover reopened at noon and the first ferry left at one, the port said.';
    const page = `<!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>
<div class="k9"><h1>Harbour reopens</h1><div class="k8">${BANNER}<p>${brief}</p></div></div>
<div class="k5"><p>Our offices are open on weekdays from nine to five, and on Saturdays until one.</p></div>
</body></html>`;
    const article = extractArticle(page, { url: URL });
    expect(article.contentText).toContain(brief);
    expect(article.contentText).not.toContain('Our offices');
  });

  it('still rejects a page whose only block is furniture', () => {
    const page = `<!doctype html><html lang="en"><head><title>Notice</title></head><body>${BANNER}<p>Short line.</p></body></html>`;
    expect(() => extractArticle(page, { url: URL })).toThrow(/words/);
  });
});

describe("rule: a consent manager's preference centre is never the body", () => {
  // OneTrust's preference centre: a policy text of many comma-rich paragraphs, hidden by a
  // class until a reader opens it, with no button left to tell it for a banner.
  const policy = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Chúng tôi và các đối tác sử dụng cookie, mã định danh thiết bị và dữ liệu khác, để lưu trữ, truy cập thông tin trên thiết bị của bạn, cá nhân hóa quảng cáo, nội dung, đo lường hiệu quả, mục ${i + 1}.</p>`,
  ).join('');
  const centre = `<div id="onetrust-consent-sdk"><div id="onetrust-pc-sdk" class="otPcCenter ot-hide"><div id="ot-content" class="ot-main-content"><div id="pc-policy-text">${policy}</div></div></div></div>`;

  it('reads the article, not the longer policy text of the preference centre after it', () => {
    const html = page(
      `<article><h1>Tọa đàm</h1><div class="article-body">${BODY}</div></article>${centre}`,
    );
    const { contentText } = extractArticle(html, { url: URL });
    expect(contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});
