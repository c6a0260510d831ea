/**
 * Pages of one made-up portal site: each article sits beside the same furniture (a hotline
 * notice and an "about us" box written as prose, so no rule but the template knows them).
 */

export const SITE = 'https://congan.langhoa.example.gov.vn';

/** The furniture every page of the site carries inside its content column. */
export const FURNITURE = [
  'Đường dây nóng của Công an tỉnh tiếp nhận tin báo tội phạm, tố giác vi phạm pháp luật suốt 24 giờ trong ngày, kể cả ngày nghỉ, ngày lễ, qua số điện thoại 069.2345.678.',
  'Công an tỉnh Lạng Hòa có trụ sở tại số 1 đường Trần Hưng Đạo, thành phố Lạng Hòa, tiếp công dân vào sáng thứ Ba, thứ Năm hằng tuần, theo quy định của pháp luật.',
];

const ARTICLES = [
  {
    slug: 'hoi-nghi-tong-ket-2024',
    title: 'Hội nghị tổng kết công tác Công an năm 2024',
    paragraphs: [
      'Sáng 20/12, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025, với sự tham dự của lãnh đạo tỉnh, các sở, ban, ngành liên quan.',
      'Năm qua, lực lượng Công an toàn tỉnh đã kéo giảm 12% số vụ phạm pháp hình sự, điều tra làm rõ 91% số vụ án, triệt phá nhiều đường dây ma túy, đánh bạc qua mạng.',
      'Phát biểu chỉ đạo, lãnh đạo tỉnh đề nghị lực lượng Công an tiếp tục đổi mới phương thức công tác, bám sát cơ sở, giữ vững an ninh chính trị, trật tự an toàn xã hội.',
    ],
  },
  {
    slug: 'tuyen-truyen-an-toan-giao-thong',
    title: 'Tuyên truyền an toàn giao thông cho học sinh',
    paragraphs: [
      'Trong tuần qua, phòng Cảnh sát giao thông phối hợp với các trường trung học phổ thông tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn 3.000 học sinh.',
      'Tại buổi tuyên truyền, cán bộ Cảnh sát giao thông đã phổ biến các quy định mới, hướng dẫn kỹ năng lái xe an toàn, đội mũ bảo hiểm đúng cách, không sử dụng rượu bia khi điều khiển phương tiện.',
      'Nhà trường cam kết phối hợp chặt chẽ với gia đình, nhắc nhở học sinh chấp hành nghiêm luật giao thông, không đi xe máy khi chưa đủ tuổi, không tụ tập đua xe trái phép.',
    ],
  },
  {
    slug: 'ra-quan-cao-diem-tet',
    title: 'Ra quân đợt cao điểm tấn công, trấn áp tội phạm dịp Tết',
    paragraphs: [
      'Chiều 5/1, Công an tỉnh tổ chức lễ ra quân đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp Tết Nguyên đán, với sự tham gia của hơn 500 cán bộ, chiến sĩ.',
      'Trong đợt cao điểm, các đơn vị tăng cường tuần tra, kiểm soát trên các tuyến giao thông trọng điểm, tại khu vực chợ, bến xe, nơi tập trung đông người, kiên quyết xử lý vi phạm.',
      'Lãnh đạo Công an tỉnh yêu cầu các đơn vị chủ động nắm tình hình, xây dựng phương án cụ thể, phối hợp chặt chẽ với chính quyền địa phương, không để bị động, bất ngờ.',
    ],
  },
] as const;

/** One page of the site. */
export interface SitePage {
  readonly url: string;
  readonly html: string;
  readonly paragraphs: readonly string[];
}

/**
 * The site's pages, the furniture right after the article inside its content column.
 *
 * @returns three articles of the same site
 */
export function portalPages(): SitePage[] {
  return ARTICLES.map((a, i) => {
    const url = `${SITE}/tin-tuc/${a.slug}-${100 + i}.html`;
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${a.title}</title>
<link rel="canonical" href="${url}"></head><body>
<div class="wrap"><div class="content">
<h1>${a.title}</h1>
${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<p>Tin, ảnh: ĐỖ HUY.</p>
${FURNITURE.map((f) => `<p>${f}</p>`).join('\n')}
</div></div></body></html>`;
    return { url, html, paragraphs: a.paragraphs };
  });
}
