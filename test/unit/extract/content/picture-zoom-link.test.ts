import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.vn/tin/mua-lua-chin.html';
const P1 =
  'Ruộng bậc thang ở Mù Cang Chải bước vào mùa lúa chín từ giữa tháng 9 với những thửa ruộng vàng óng trải dài theo sườn núi.';
const P2 =
  'Người Mông thu hoạch lúa bằng tay, đập lúa ngay tại ruộng rồi gùi về nhà, mỗi gia đình mất khoảng hai tuần.';
const page = (picture: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Mùa lúa chín</title></head><body><article><h1>Mùa lúa chín</h1><p>${P1}</p><p>${P2}</p>${picture}<p>${P1.replace('9', '10')}</p><p>${P2.replace('hai', 'ba')}</p></article></body></html>`;

describe("rule: a picture's block with a short zoom link is the picture, not a link-heavy block", () => {
  it.each([
    ['a link leading nowhere', '<a href="#" class="zoom">Phóng to</a>'],
    ['a link to the larger picture', '<a href="https://x.vn/1-large.jpg">Enlarge</a>'],
    ['a script link', '<a href="javascript:void(0)">Enlarge</a>'],
  ])('keeps the picture and its caption beside %s', (_what, link) => {
    const { contentHtml } = extractArticle(
      page(
        `<div class="pic"><div class="thumb"><img src="https://x.vn/1.jpg" alt="a">${link}</div><p class="cap">Đồi Mâm Xôi lúc bình minh.</p></div>`,
      ),
      { url: URL },
    );
    expect(contentHtml).toContain('https://x.vn/1.jpg');
    // Its class names it the picture's caption ("cap"): the figure's, in the HTML.
    expect(contentHtml).toContain('Đồi Mâm Xôi lúc bình minh.');
  });

  it('still drops a teaser: a picture whose link leads to another page', () => {
    const { contentHtml } = extractArticle(
      page(
        '<div class="pic"><img src="https://x.vn/2.jpg" alt="b"><a href="/tin/khac.html">Xem thêm ảnh</a> <span>Lễ hội</span></div>',
      ),
      { url: URL },
    );
    expect(contentHtml).not.toContain('Xem thêm ảnh');
  });
});

describe("rule: a picture's block whose line credits it with a link is the picture, not a link-heavy block", () => {
  it.each([
    [
      'keeps a picture whose credit line links its photographer',
      '<div><span><img src="https://x.vn/first.png" alt=""></span><div class="image-credit">First image by <a href="https://example.net/first">a photographer</a>.</div></div>',
      true,
    ],
    [
      "still drops a teaser: a picture beside another story's link and its writer",
      '<div><img src="https://x.vn/first.png" alt=""><a href="/tin/khac.html">Storms close the ferry</a> <span>By Jane Doe</span></div>',
      false,
    ],
  ])('%s', (_what, block, kept) => {
    const { contentHtml } = extractArticle(page(block), { url: URL });
    expect(contentHtml.includes('https://x.vn/first.png')).toBe(kept);
  });
});
