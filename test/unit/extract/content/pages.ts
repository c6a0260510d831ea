/**
 * Small HTML pages for the content tests: an article body long enough to win the scoring,
 * surrounded by the page furniture the extractor must leave out.
 */
import { type CheerioAPI, load } from 'cheerio/slim';
import {
  findMainContent,
  type RenderedContent,
  renderContent,
} from '../../../../shared/extract/content/index.ts';

/** Article paragraphs (Vietnamese, with commas, as the scorer likes real prose). */
export const PARAGRAPHS = [
  'Ngày 14/12, được sự cho phép của lãnh đạo Công an tỉnh, phòng Công tác đảng và công tác chính trị tổ chức Tọa đàm về bình đẳng giới, thu hút đông đảo hội viên tham dự.',
  'Buổi tọa đàm được tổ chức nhân Tháng hành động vì bình đẳng giới, đề cao vai trò, trách nhiệm và tính chủ động của cá nhân, gia đình, cộng đồng và cơ quan.',
  'Các cấp hội phụ nữ đã phối hợp chặt chẽ với các ban, ngành, đoàn thể triển khai các hoạt động truyền thông, tập huấn, nâng cao nhận thức của hội viên và nhân dân.',
  'Thông qua buổi tọa đàm, các đại biểu mong muốn tiếp tục được sự quan tâm, phối hợp của cấp ủy, chính quyền các cấp, để phụ nữ, trẻ em được sống an toàn.',
];

/** The article paragraphs as `<p>` elements. */
export const BODY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

/** Navigation, sidebar and footer that surround the article on every test page. */
export function page(article: string, head = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title>${head}</head>
<body>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<div class="sidebar"><h3>Đọc nhiều</h3><ul><li><a href="/a">Một tin khác rất dài để đọc, với nhiều chữ</a></li><li><a href="/b">Tin thứ hai cũng dài, có dấu phẩy</a></li></ul></div>
${article}
<footer><p>Bản quyền thuộc về Công an tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body></html>`;
}

/** Parses `html`, finds and renders the body; throws when nothing is found. */
export function extract(
  html: string,
  baseUrl = 'https://congan.example.vn/tin-tuc/toa-dam.html',
  options: Parameters<typeof findMainContent>[1] = {},
): RenderedContent & { $: CheerioAPI } {
  const $ = load(html);
  const container = findMainContent($, options);
  if (container === null) throw new Error('no content found');
  return { ...renderContent(container, baseUrl), $ };
}
