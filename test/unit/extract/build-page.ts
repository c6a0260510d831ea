/** Builds small HTML pages for behaviour tests of the extractor. */

/** Three paragraphs of Vietnamese news text, long enough to be an article. */
export const BODY_PARAGRAPHS = [
  'Sáng 14/12, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của lãnh đạo các sở, ban, ngành.',
  'Theo báo cáo, trong năm qua tỉnh đã cắt giảm gần 200 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%, mức hài lòng của người dân tăng rõ rệt so với năm trước.',
  'Phát biểu kết luận, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các đơn vị tiếp tục số hóa hồ sơ, công khai tiến độ giải quyết và xử lý nghiêm cán bộ gây phiền hà cho doanh nghiệp.',
];

/** Parts of a test page. */
export interface PageParts {
  readonly head?: string;
  /** Markup inserted before the article body (header, date line…). */
  readonly before?: string;
  /** The article body's inner HTML; defaults to {@link BODY_PARAGRAPHS}. */
  readonly body?: string;
  /** Markup appended inside the article body, after the paragraphs (bylines…). */
  readonly tail?: string;
  readonly lang?: string;
  readonly title?: string;
}

/**
 * A complete page with a canonical URL, a title and an article body.
 *
 * @param parts - what to put in it
 * @returns the HTML
 */
export function buildPage(parts: PageParts = {}): string {
  const body = parts.body ?? BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html${parts.lang === undefined ? '' : ` lang="${parts.lang}"`}>
<head>
<meta charset="utf-8">
<title>${parts.title ?? 'Tổng kết cải cách hành chính năm 2023 - Cổng thông tin tỉnh'}</title>
${parts.head ?? '<link rel="canonical" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html">'}
</head>
<body>
<nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
<main>
<h1>Tổng kết cải cách hành chính năm 2023</h1>
${parts.before ?? ''}
<div class="article-body">
${body}
${parts.tail ?? ''}
</div>
</main>
<footer>Cổng thông tin điện tử tỉnh</footer>
</body>
</html>`;
}
