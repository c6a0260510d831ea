import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { page } from '../content/pages.ts';

const URL = 'https://congan.example.vn/tin-tuc/toa-dam.html';
const CANONICAL = `<link rel="canonical" href="${URL}"><meta property="og:type" content="article">`;

function card(i: number): string {
  return `<a href="/tin-tuc/bai-${i}.html"><article class="article-card"><h2>Bài liên quan số ${i} về công tác bình đẳng giới</h2><p>Tóm tắt bài viết số ${i}, hơn hai mươi lăm ký tự.</p></article></a>`;
}

describe('rule: a block inside a link is never the body', () => {
  it('takes the article text over teaser cards whose <article> sits in a link', () => {
    // Short plain prose: the cards' class names alone would outscore it.
    const story = [
      'Sáng nay Công an tỉnh tổ chức tọa đàm về bình đẳng giới với sự tham dự của đông đảo hội viên phụ nữ.',
      'Các đại biểu đã chia sẻ nhiều kinh nghiệm hay trong công tác tuyên truyền và vận động hội viên.',
    ];
    const html = page(
      `<div id="c1">${story.map((p) => `<p>${p}</p>`).join('')}</div><div class="more">${[1, 2, 3].map(card).join('')}</div>`,
      CANONICAL,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.contentText.split('\n\n')).toEqual(story);
  });
});
