/**
 * Hand-made article pages for the robustness tests, in the image of a Vietnamese newspaper page:
 * metadata in JSON-LD and Open Graph, a headline, a sapo, paragraphs, a captioned figure, a
 * trailing byline and the usual boilerplate around them. Every part can be replaced, so a test
 * can put hostile values in any field.
 */

/** Parts of a page; every string is inserted as given (raw HTML), so escape what must be text. */
export interface PageParts {
  readonly charsetMeta?: string;
  readonly title?: string;
  readonly headline?: string;
  readonly canonical?: string;
  readonly ogImage?: string;
  readonly author?: string;
  readonly lead?: string;
  readonly paragraphs?: readonly string[];
  readonly figure?: string;
  readonly byline?: string;
  readonly jsonLd?: string;
}

/** Paragraphs of Vietnamese body text, long enough to be an article. */
export const VIETNAMESE_PARAGRAPHS: readonly string[] = [
  'Sáng 14/12, tại trụ sở UBND tỉnh, đoàn công tác của Bộ Nông nghiệp đã làm việc với lãnh đạo địa phương về kế hoạch phát triển vùng nguyên liệu lúa chất lượng cao trong giai đoạn tới.',
  'Theo báo cáo, năm nay toàn tỉnh gieo trồng hơn 85.000 ha lúa, năng suất bình quân đạt 6,2 tấn/ha, tăng 0,3 tấn so với cùng kỳ; nhiều hợp tác xã đã liên kết tiêu thụ với doanh nghiệp.',
  'Phát biểu tại buổi làm việc, Thứ trưởng đề nghị tỉnh tiếp tục rà soát quy hoạch, đầu tư hệ thống thủy lợi, ứng dụng khoa học kỹ thuật và chuyển đổi số trong sản xuất nông nghiệp.',
  'Lãnh đạo tỉnh cho biết sẽ tập trung tháo gỡ khó khăn về vốn, mặt bằng và thủ tục để các dự án chế biến nông sản sớm đi vào hoạt động, tạo việc làm ổn định cho người dân.',
  'Dịp này, đoàn đã đi thăm một số mô hình sản xuất lúa hữu cơ, trao đổi với nông dân về kinh nghiệm canh tác, giảm phân bón hóa học và nâng cao giá trị hạt gạo xuất khẩu.',
];

/**
 * Escapes text for use inside HTML text or a quoted attribute.
 *
 * @param text - plain text
 * @returns the HTML-escaped text
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * Builds an article page.
 *
 * @param parts - the parts to replace (raw HTML)
 * @returns the page's HTML
 */
export function articlePage(parts: PageParts = {}): string {
  const headline = parts.headline ?? 'Phát triển vùng lúa chất lượng cao';
  const canonical =
    parts.canonical ?? 'https://baodientu.example.vn/kinh-te/phat-trien-vung-lua-123.html';
  const ogImage = parts.ogImage ?? 'https://baodientu.example.vn/images/lua.jpg';
  const jsonLd =
    parts.jsonLd ??
    JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Phát triển vùng lúa chất lượng cao',
      datePublished: '2023-12-14T16:05:00+07:00',
      author: { '@type': 'Person', name: 'Đỗ Huy' },
    });
  const paragraphs = (parts.paragraphs ?? VIETNAMESE_PARAGRAPHS).map((p) => `<p>${p}</p>`);
  const figure =
    parts.figure ??
    '<figure><img src="/images/lua.jpg" alt="Cánh đồng lúa" width="800" height="450"><figcaption>Cánh đồng lúa vụ đông xuân.</figcaption></figure>';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
${parts.charsetMeta ?? '<meta charset="utf-8">'}
<title>${parts.title ?? `${headline} - Báo Điện Tử`}</title>
<link rel="canonical" href="${canonical}">
<meta property="og:image" content="${ogImage}">
<meta name="author" content="${parts.author ?? 'Đỗ Huy'}">
<script type="application/ld+json">${jsonLd}</script>
<script>window.dataLayer = [];</script>
</head>
<body>
<header class="site-header"><nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main>
<article class="article-detail">
<h1 class="article-title">${headline}</h1>
<div class="sapo">${parts.lead ?? 'Tỉnh đặt mục tiêu mở rộng vùng lúa chất lượng cao, gắn với chế biến và tiêu thụ.'}</div>
<div class="article-content">
${paragraphs.slice(0, 2).join('\n')}
${figure}
${paragraphs.slice(2).join('\n')}
<p class="author">${parts.byline ?? 'Tin, ảnh: ĐỖ HUY.'}</p>
</div>
<div class="share-bar"><a href="https://facebook.com/sharer">Chia sẻ</a></div>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a.html">Giá lúa tăng</a></li><li><a href="/b.html">Mùa vụ mới</a></li></ul></div>
</article>
</main>
<footer>© Báo Điện Tử</footer>
</body>
</html>
`;
}
