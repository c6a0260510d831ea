/**
 * Synthetic articles and pages for the scale benchmarks: realistic sizes (a few paragraphs of
 * Vietnamese text, one image), distinct ids and URLs, publication times one minute apart.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../shared/article.ts';

const PARAGRAPHS = [
  'Sáng nay, tại trụ sở UBND tỉnh, đoàn công tác đã làm việc với lãnh đạo địa phương về kế hoạch phát triển vùng nguyên liệu lúa chất lượng cao trong giai đoạn tới.',
  'Theo báo cáo, năm nay toàn tỉnh gieo trồng hơn 85.000 ha lúa, năng suất bình quân đạt 6,2 tấn/ha, tăng 0,3 tấn so với cùng kỳ; nhiều hợp tác xã đã liên kết tiêu thụ với doanh nghiệp.',
  'Phát biểu tại buổi làm việc, Thứ trưởng đề nghị tỉnh tiếp tục rà soát quy hoạch, đầu tư hệ thống thủy lợi, ứng dụng khoa học kỹ thuật và chuyển đổi số trong sản xuất nông nghiệp.',
  'Lãnh đạo tỉnh cho biết sẽ tập trung tháo gỡ khó khăn về vốn, mặt bằng và thủ tục để các dự án chế biến nông sản sớm đi vào hoạt động, tạo việc làm ổn định cho người dân.',
];

/** Sections the synthetic articles rotate through. */
export const SECTIONS = ['Thời sự', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Thể thao'] as const;

const START = Date.parse('2024-01-01T00:00:00Z');

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * The i-th synthetic article.
 *
 * @param i - index; sets the id, URL, section and publication time (one minute apart)
 * @param run - distinguishes runs so ids never collide with an earlier run's
 * @returns an Article as the extractor would produce it
 */
export function syntheticArticle(i: number, run = 'bench'): Article {
  const url = `https://demo.example.vn/${run}/bai-${i}.html`;
  const section = SECTIONS[i % SECTIONS.length] ?? 'Thời sự';
  const text = PARAGRAPHS.map((p) => `${p} (${i})`);
  const contentHtml = `${text.map((p) => `<p>${p}</p>`).join('')}<figure><img src="https://demo.example.vn/img/${i}.jpg" alt=""><figcaption>Ảnh ${i}</figcaption></figure>`;
  return {
    id: hash(url),
    url,
    title: `Bài viết số ${i}: phát triển vùng lúa chất lượng cao`,
    lead: `Tóm tắt bài viết số ${i}.`,
    authors: ['Đỗ Huy'],
    publishedAt: new Date(START + i * 60_000).toISOString().replace('Z', '+00:00'),
    modifiedAt: null,
    language: 'vi',
    section,
    tags: ['nông nghiệp'],
    contentHtml,
    contentText: text.join('\n\n'),
    images: [
      {
        url: `https://demo.example.vn/img/${i}.jpg`,
        caption: `Ảnh ${i}`,
        alt: null,
        width: null,
        height: null,
      },
    ],
    image: null,
    wordCount: text.join(' ').split(/\s+/).length,
    contentHash: hash(contentHtml),
  };
}

/**
 * A publisher's HTML page for the i-th synthetic article (for uploads through the pipeline).
 *
 * @param i - index
 * @param run - distinguishes runs
 * @returns the page
 */
export function syntheticPage(i: number, run = 'bench'): string {
  const a = syntheticArticle(i, run);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${a.title} - Báo Demo</title>
<link rel="canonical" href="${a.url}"><meta property="article:published_time" content="${a.publishedAt}">
<meta property="article:section" content="${a.section}"><meta name="author" content="Đỗ Huy"></head>
<body><article><h1>${a.title}</h1><div class="sapo">${a.lead}</div><div class="content">${a.contentHtml}</div></article></body></html>`;
}
