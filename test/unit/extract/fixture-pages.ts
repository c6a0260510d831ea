/**
 * The fixture pages of `test/fixtures/` and the article each must give, field by field. The
 * expected body is the article as a reader sees it: no navigation, related links, bylines,
 * datelines, ads, comments or captions (captions belong to `images`).
 */
import type { Article } from '../../../shared/article.ts';
import type { ExtractOptions } from '../../../shared/extract/index.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';

const demo = samplePublishersById.get('demo');
if (demo === undefined) throw new Error('publisher "demo" is missing from the configuration');

/** One fixture page and its expected article (`contentText` as its paragraphs). */
export interface FixtureCase {
  readonly file: string;
  /** What the page is, for the test name. */
  readonly what: string;
  readonly options: ExtractOptions;
  /** Every field but the body, which is given as `paragraphs`, and the hash, which is derived. */
  readonly expected: Omit<Article, 'contentHtml' | 'contentText' | 'contentHash'> & {
    readonly paragraphs: readonly string[];
  };
}

export const FIXTURE_CASES: readonly FixtureCase[] = [
  {
    file: 'vi-police-portal-article.html',
    what: 'a provincial police portal article in the image of the first publisher (caption paragraphs, table-captioned photo, "Tin, ảnh: ĐỖ HUY." byline, "Bài viết mới nhất:" block)',
    options: { publisher: demo },
    expected: {
      id: 'd2cc883791151aea',
      url: 'https://congan.sonlam.example.gov.vn/tin-tuc/hoat-dong-cong-an-tinh/toa-dam-phong-chong-bao-luc-gia-dinh-trong-cong-an-tinh-1523.html',
      title: 'Tọa đàm phòng, chống bạo lực gia đình trong Công an tỉnh',
      lead: null,
      authors: ['Đỗ Huy'],
      publishedAt: '2023-12-14T16:05:00+07:00',
      modifiedAt: null,
      language: 'vi',
      section: 'Hoạt động Công an tỉnh',
      tags: [],
      images: [
        {
          url: 'https://congan.sonlam.example.gov.vn/uploads/news/2023_12/toa-dam-1.jpg',
          caption: 'Toàn cảnh buổi tọa đàm.',
          alt: 'Toàn cảnh buổi tọa đàm',
          width: 800,
          height: 533,
        },
        {
          url: 'https://congan.sonlam.example.gov.vn/uploads/news/2023_12/toa-dam-2.jpg',
          caption: 'Đồng chí Thượng tá Lê Thị Thanh Mai phát biểu tại buổi tọa đàm.',
          alt: 'Đồng chí Lê Thị Thanh Mai phát biểu',
          width: 600,
          height: 400,
        },
      ],
      paragraphs: [
        'Ngày 14/12, được sự cho phép của lãnh đạo Công an tỉnh, phòng Công tác đảng và công tác chính trị tổ chức Tọa đàm với chủ đề “Chung tay phòng, chống bạo lực gia đình, xây dựng gia đình no ấm, tiến bộ, hạnh phúc”.',
        'Buổi tọa đàm được tổ chức nhân Tháng hành động vì bình đẳng giới năm 2023, nhằm nâng cao nhận thức, trách nhiệm của cán bộ, chiến sĩ và gia đình trong việc phòng ngừa, ứng phó với bạo lực gia đình, bảo vệ quyền và lợi ích hợp pháp của phụ nữ và trẻ em.',
        'Phát biểu khai mạc, đồng chí Thượng tá Lê Thị Thanh Mai, Phó trưởng phòng Công tác đảng và công tác chính trị cho biết, trong những năm qua, Đảng ủy, Ban Giám đốc Công an tỉnh luôn quan tâm, quán triệt và triển khai đầy đủ chủ trương, chính sách của Đảng, Nhà nước về công tác gia đình, phối hợp chặt chẽ với các ban, ngành, đoàn thể tổ chức nhiều hoạt động truyền thông, tập huấn cho hội viên và nhân dân.',
        'Tại buổi tọa đàm, đại diện các cấp hội phụ nữ trong Công an tỉnh đã chia sẻ nhiều cách làm hay, sáng tạo trong công tác tuyên truyền, vận động hội viên và gia đình thực hiện tốt pháp luật về phòng, chống bạo lực gia đình; kịp thời phát hiện, hỗ trợ các nạn nhân, đặc biệt là phụ nữ và trẻ em.',
        'Thông qua buổi tọa đàm, các đại biểu mong muốn tiếp tục nhận được sự quan tâm của cấp ủy, chính quyền các cấp và sự phối hợp của các cơ quan, đơn vị, trường học để mỗi gia đình thực sự là tổ ấm, nơi phụ nữ và trẻ em được sống an toàn, đầy tình yêu thương.',
      ],
      wordCount: 312,
    },
  },
  {
    file: 'vi-dnn-district-portal-table-layout.html',
    what: 'a DNN district portal in a table layout (no canonical link, "Cập nhật lúc …" date, name-and-affiliation byline)',
    options: {
      publisher: demo,
      url: 'https://yenbinh.example.gov.vn/tin-tuc-su-kien/tabid/115/ItemID/2871/Default.aspx',
    },
    expected: {
      id: 'b1889994f22a96aa',
      url: 'https://yenbinh.example.gov.vn/tin-tuc-su-kien/tabid/115/ItemID/2871/Default.aspx',
      title: 'Yên Bình ra quân chuyển đổi số tại 100% thôn, tổ dân phố',
      lead: 'Sáng 31/8, Ban Chỉ đạo chuyển đổi số huyện Yên Bình tổ chức lễ ra quân triển khai mô hình tổ công nghệ số cộng đồng tại 100% thôn, tổ dân phố trên địa bàn huyện.',
      authors: ['Hoàng Anh'],
      publishedAt: '2024-09-02T08:15:00+07:00',
      modifiedAt: '2024-09-02T08:15:00+07:00',
      language: 'vi',
      section: 'Tin tức - Sự kiện',
      tags: [],
      images: [
        {
          url: 'https://yenbinh.example.gov.vn/Portals/0/News/2024/09/ra-quan-chuyen-doi-so.jpg',
          caption: 'Các đại biểu bấm nút ra quân chuyển đổi số năm 2024',
          alt: null,
          width: 500,
          height: 333,
        },
      ],
      paragraphs: [
        'Tham dự lễ ra quân có đồng chí Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chuyển đổi số huyện, cùng lãnh đạo các phòng, ban chuyên môn, đoàn viên thanh niên và thành viên tổ công nghệ số cộng đồng của các xã, thị trấn.',
        'Theo kế hoạch, các tổ công nghệ số cộng đồng sẽ hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, thanh toán không dùng tiền mặt, dịch vụ công trực tuyến và các nền tảng số phục vụ sản xuất, kinh doanh. Mỗi tổ phụ trách một thôn, tổ dân phố và báo cáo kết quả hằng tháng về Ban Chỉ đạo.',
        'Phát biểu tại buổi lễ, lãnh đạo UBND huyện đề nghị các xã, thị trấn phát huy vai trò của đoàn viên thanh niên, lựa chọn những cách làm phù hợp với điều kiện của từng địa bàn, ưu tiên hỗ trợ người cao tuổi và hộ gia đình ở vùng sâu, vùng xa tiếp cận các dịch vụ số một cách an toàn.',
        'Dịp này, Ban Chỉ đạo đã trao tặng 50 điện thoại thông minh cho các hộ nghèo, hộ cận nghèo và ra mắt chuyên mục hỏi đáp về chuyển đổi số trên Trang thông tin điện tử của huyện.',
      ],
      wordCount: 217,
    },
  },
  {
    file: 'vi-liferay-ministry-portal.html',
    what: 'a Liferay ministry portal declaring lang="en-US" (published and updated dates, "Nhóm PV", asset tags)',
    options: { publisher: demo },
    expected: {
      id: '72e79bba66301d5b',
      url: 'https://bvhttdl.example.gov.vn/web/guest/-/day-manh-ung-dung-cong-nghe-so-trong-bao-ton-di-san-van-hoa',
      title: 'Đẩy mạnh ứng dụng công nghệ số trong bảo tồn di sản văn hóa',
      lead: 'Hội thảo khoa học về ứng dụng công nghệ số trong bảo tồn và phát huy giá trị di sản văn hóa thu hút hơn 200 nhà khoa học, nhà quản lý trong cả nước.',
      authors: ['Nhóm PV'],
      publishedAt: '2024-03-05T10:20:00+07:00',
      modifiedAt: '2024-03-06T08:00:00+07:00',
      language: 'vi',
      section: 'Di sản văn hóa',
      tags: ['di sản', 'chuyển đổi số', 'bảo tàng'],
      images: [],
      paragraphs: [
        'Sáng 5/3, tại Hà Nội, Cục Di sản văn hóa phối hợp với Viện Bảo tồn di tích tổ chức Hội thảo khoa học “Ứng dụng công nghệ số trong bảo tồn và phát huy giá trị di sản văn hóa Việt Nam”. Hội thảo là diễn đàn để các nhà khoa học, nhà quản lý trao đổi kinh nghiệm, đề xuất giải pháp số hóa di sản trong giai đoạn mới.',
        'Theo báo cáo tại hội thảo, đến nay cả nước đã số hóa hồ sơ của hơn 3.500 di tích cấp quốc gia và hàng chục nghìn hiện vật tại các bảo tàng. Nhiều địa phương đã xây dựng bảo tàng ảo, tour tham quan thực tế ảo 360 độ, giúp công chúng tiếp cận di sản mọi lúc, mọi nơi.',
        'Tuy nhiên, các đại biểu cũng chỉ ra những hạn chế như dữ liệu còn phân tán, thiếu chuẩn chung, nguồn nhân lực am hiểu cả di sản và công nghệ còn mỏng. Việc khai thác dữ liệu số để phục vụ du lịch, giáo dục chưa tương xứng với tiềm năng.',
        'Phát biểu kết luận, lãnh đạo Cục Di sản văn hóa nhấn mạnh sẽ tiếp thu các ý kiến để hoàn thiện cơ sở dữ liệu quốc gia về di sản văn hóa, đồng thời đề xuất cơ chế huy động doanh nghiệp công nghệ cùng tham gia số hóa di sản.',
      ],
      wordCount: 239,
    },
  },
  {
    file: 'vi-wordpress-yoast-blog-post.html',
    what: 'a WordPress post with a Yoast JSON-LD @graph (author by @id, share bar, newsletter, related posts, comments)',
    options: { publisher: demo },
    expected: {
      id: '37c37220f64cc0ef',
      url: 'https://xedich.example.vn/kinh-nghiem-du-lich-moc-chau-mua-hoa-man/',
      title: 'Kinh nghiệm du lịch Mộc Châu mùa hoa mận tự túc',
      lead: 'Mùa hoa mận Mộc Châu đẹp nhất vào cuối tháng 1 đến giữa tháng 2. Bài viết tổng hợp lịch trình, chi phí và những lưu ý khi đi tự túc.',
      authors: ['Nguyễn Văn Long'],
      publishedAt: '2024-01-20T02:30:00+00:00',
      modifiedAt: '2024-01-22T09:12:45+00:00',
      language: 'vi',
      section: 'Du lịch miền Bắc',
      tags: ['Mộc Châu', 'hoa mận', 'du lịch tự túc'],
      images: [
        {
          url: 'https://xedich.example.vn/wp-content/uploads/2024/01/doi-man-na-ka-1024x683.jpg',
          caption: 'Đồi mận Nà Ka vào sáng sớm.',
          alt: 'Đồi mận Nà Ka',
          width: 1024,
          height: 683,
        },
      ],
      paragraphs: [
        'Mộc Châu vào mùa hoa mận như khoác lên mình tấm áo trắng tinh khôi. Từ cuối tháng 1 đến giữa tháng 2, những đồi mận ở Nà Ka, Mu Náu, Phiêng Cành nở rộ, thu hút hàng nghìn du khách từ Hà Nội và các tỉnh lân cận.',
        'Đi Mộc Châu bằng phương tiện gì?',
        'Từ Hà Nội, bạn có thể đi xe khách giường nằm từ bến xe Mỹ Đình, mất khoảng bốn tiếng, giá vé từ 200.000 đến 250.000 đồng. Nếu đi xe máy, hãy xuất phát sớm, đi theo quốc lộ 6 qua Hòa Bình và nghỉ chân ở đèo Thung Khe.',
        'Chi phí tham khảo',
        'Xe khách khứ hồi: khoảng 450.000 đồng.',
        'Homestay: từ 150.000 đồng mỗi người một đêm.',
        'Ăn uống: khoảng 300.000 đồng mỗi ngày.',
        'Lưu ý, các vườn mận thường thu phí vào cửa từ 20.000 đến 50.000 đồng. Hãy xin phép chủ vườn trước khi chụp ảnh và tuyệt đối không bẻ cành, hái hoa.',
      ],
      wordCount: 171,
    },
  },
  {
    file: 'vi-newspaper-jsonld-graph.html',
    what: 'a modern newspaper with JSON-LD @graph, relative canonical, lazy image, ads and related box',
    options: { publisher: demo },
    expected: {
      id: 'e2f9f144f84dcb76',
      url: 'https://dongbang.example.vn/kinh-te/gia-lua-gao-tang-manh-nong-dan-mien-tay-phan-khoi-20240308073000123.htm',
      title: 'Giá lúa gạo tăng mạnh, nông dân miền Tây phấn khởi',
      lead: 'Giá lúa tại nhiều tỉnh Đồng bằng sông Cửu Long tăng 300 - 500 đồng/kg so với tuần trước, thương lái tìm đến tận ruộng thu mua.',
      authors: ['Trần Thị Mỹ Duyên', 'Lê Hoàng Vũ'],
      publishedAt: '2024-03-08T07:30:00+07:00',
      modifiedAt: '2024-03-08T10:45:00+07:00',
      language: 'vi',
      section: 'Kinh tế',
      tags: ['giá lúa', 'gạo xuất khẩu', 'Đồng bằng sông Cửu Long', 'nông dân'],
      images: [
        {
          url: 'https://cdn.dongbang.example.vn/2024/03/08/thu-hoach-lua.jpg',
          caption: 'Nông dân huyện Thoại Sơn (An Giang) thu hoạch lúa Đông Xuân. Ảnh: Lê Hoàng Vũ',
          alt: 'Nông dân thu hoạch lúa',
          width: 1200,
          height: 800,
        },
      ],
      paragraphs: [
        'Những ngày đầu tháng 3, trên các cánh đồng ở An Giang, Đồng Tháp, Cần Thơ, không khí thu hoạch lúa Đông Xuân diễn ra tất bật. Giá lúa tươi loại thường được thương lái thu mua ở mức 7.800 - 8.200 đồng/kg, lúa thơm lên tới 9.000 đồng/kg.',
        'Ông Nguyễn Văn Sáu, nông dân xã Vĩnh Trạch, huyện Thoại Sơn, cho biết vụ này gia đình ông trồng 3 ha lúa, năng suất đạt hơn 7 tấn/ha. “Với giá hiện tại, trừ chi phí, mỗi công lúa tôi lời khoảng 3 triệu đồng, cao hơn vụ trước gần một triệu”, ông Sáu phấn khởi nói.',
        'Theo Sở Nông nghiệp và Phát triển nông thôn An Giang, giá lúa tăng do nhu cầu nhập khẩu gạo của Philippines, Indonesia tăng mạnh trong quý I. Nhiều doanh nghiệp xuất khẩu đã ký hợp đồng bao tiêu với hợp tác xã ngay từ đầu vụ.',
        'Tuy nhiên, ngành nông nghiệp khuyến cáo nông dân không nên chạy theo giá mà bỏ qua lịch thời vụ, cần xuống giống đồng loạt, né rầy và chuẩn bị phương án ứng phó hạn mặn trong mùa khô.',
      ],
      wordCount: 197,
    },
  },
  {
    file: 'vi-legacy-asp-windows-1258.html',
    what: 'an old ASP page in windows-1258 with <font> tags and <br><br> paragraphs',
    options: { publisher: demo, url: 'http://sogddt.example.edu.vn/tintuc.asp?id=1203' },
    expected: {
      id: '8cd64ff65cee41d9',
      url: 'http://sogddt.example.edu.vn/tintuc.asp?id=1203',
      title: 'Học sinh Trường THPT Lê Quý Đôn đạt giải Nhất cuộc thi khoa học kỹ thuật cấp tỉnh',
      lead: null,
      authors: ['Báo Giáo Dục Thời Đại'],
      publishedAt: '2010-03-15T09:45:00+07:00',
      modifiedAt: '2010-03-15T09:45:00+07:00',
      language: 'vi',
      section: null,
      tags: [],
      images: [
        {
          url: 'http://sogddt.example.edu.vn/upload/2010/03/giai-nhat-khkt.jpg',
          caption: 'Hai em Khôi và Ngọc nhận giải Nhất',
          alt: null,
          width: 400,
          height: 300,
        },
      ],
      paragraphs: [
        'Sáng ngày 13/3, Sở Giáo dục và Đào tạo tổ chức lễ tổng kết và trao giải Cuộc thi khoa học kỹ thuật dành cho học sinh trung học năm học 2009 - 2010. Cuộc thi thu hút 86 dự án của học sinh đến từ 32 trường trung học cơ sở và trung học phổ thông trong toàn tỉnh.',
        'Đề tài “Hệ thống tưới nước tự động cho vườn rau gia đình” của hai em Nguyễn Minh Khôi và Trần Bảo Ngọc, học sinh lớp 11 Trường THPT Lê Quý Đôn, đã xuất sắc giành giải Nhất. Sản phẩm sử dụng cảm biến độ ẩm đất và bộ điều khiển giá rẻ, giúp tiết kiệm nước và công chăm sóc.',
        'Phát biểu tại lễ tổng kết, lãnh đạo Sở đánh giá chất lượng các dự án năm nay được nâng lên rõ rệt, nhiều đề tài gắn với thực tiễn sản xuất và đời sống ở địa phương. Sở sẽ chọn các dự án xuất sắc nhất để tham dự cuộc thi cấp quốc gia vào tháng 4 tới.',
        'Ban tổ chức đã trao 1 giải Nhất, 3 giải Nhì, 5 giải Ba và 8 giải Khuyến khích cho các dự án đạt điểm cao.',
      ],
      wordCount: 206,
    },
  },
  {
    file: 'vi-magazine-lazy-images-captions.html',
    what: 'a magazine with lazy images (data-lazy-src, data-original, srcset), ads and tracking pixels',
    options: { publisher: demo },
    expected: {
      id: '1646b64179956197',
      url: 'https://dulichviet.example.vn/diem-den/ve-hoi-an-ngam-pho-co-len-den-dem-ram-a8812.html',
      title: 'Về Hội An ngắm phố cổ lên đèn đêm rằm',
      lead: null,
      authors: ['Thu Hà'],
      publishedAt: '2024-03-08T07:30:00+07:00',
      modifiedAt: null,
      language: 'vi',
      section: 'Điểm đến',
      tags: ['Hội An', 'phố cổ', 'đêm rằm'],
      images: [
        {
          url: 'https://dulichviet.example.vn/uploads/2024/03/hoi-an-den-long.jpg',
          caption: 'Những dãy đèn lồng trên phố Nguyễn Thái Học.',
          alt: 'Đèn lồng Hội An',
          width: 960,
          height: 640,
        },
        {
          url: 'https://cdn.dulichviet.example.vn/2024/03/hoa-dang-song-hoai-1200.jpg',
          caption: 'Du khách thả hoa đăng trên sông Hoài. Ảnh: Thu Hà',
          alt: 'Thả hoa đăng trên sông Hoài',
          width: 1200,
          height: 800,
        },
        {
          url: 'https://cdn.dulichviet.example.vn/2024/03/cao-lau-1200.jpg',
          caption: 'Cao lầu, món ăn nhất định phải thử khi đến Hội An.',
          alt: null,
          width: 600,
          height: 400,
        },
      ],
      paragraphs: [
        'Mỗi tháng một lần, vào đêm 14 âm lịch, phố cổ Hội An tắt hết đèn điện, chỉ còn ánh sáng lung linh của những chiếc đèn lồng và ngọn nến trôi trên sông Hoài. Du khách lẫn người dân cùng thả hoa đăng cầu bình an.',
        'Từ 18h, các con phố Trần Phú, Nguyễn Thái Học, Bạch Đằng cấm xe máy, chỉ dành cho người đi bộ. Những ngôi nhà gỗ hàng trăm năm tuổi treo đèn lồng đủ màu sắc, tạo nên khung cảnh như bước ra từ một bức tranh cổ.',
        'Một chiếc hoa đăng có giá từ 10.000 đến 20.000 đồng. Bạn có thể thuê thuyền với giá khoảng 150.000 đồng cho một nhóm bốn người để ngắm phố cổ từ dưới sông, trải nghiệm được nhiều du khách yêu thích nhất.',
        'Đừng quên thưởng thức cao lầu, mì Quảng, bánh mì Phượng và chè bắp Cẩm Nam. Nếu có thời gian, hãy dậy sớm đạp xe ra làng rau Trà Quế hoặc rừng dừa Bảy Mẫu để cảm nhận nhịp sống yên bình của vùng quê xứ Quảng.',
      ],
      wordCount: 186,
    },
  },
  {
    file: 'vi-malformed-html-hidden-and-scripts.html',
    what: 'malformed HTML with unclosed <p>, stray end tags, comments, hidden text, scripts and iframes',
    options: { publisher: demo },
    expected: {
      id: '9ee2f22a0581d437',
      url: 'https://mientrung24h.example.vn/xa-hoi/khanh-thanh-cau-dan-sinh-noi-hai-bo-song-lam-post20931.html',
      title: 'Khánh thành cầu dân sinh nối hai bờ sông Lam',
      lead: null,
      authors: ['TTXVN'],
      publishedAt: '2023-12-14T16:05:00+07:00',
      modifiedAt: null,
      language: 'vi',
      section: null,
      tags: ['cầu dân sinh', 'sông Lam', 'Nghệ An'],
      images: [],
      paragraphs: [
        'Sáng 14/12, UBND huyện Thanh Chương (Nghệ An) tổ chức lễ khánh thành cầu dân sinh bản Xiềng, nối hai bờ sông Lam, kết thúc cảnh đi đò đầy hiểm nguy của hơn 2.000 người dân trong mùa mưa lũ.',
        'Cây cầu dài 120 m, rộng 3,5 m, được xây dựng trong 10 tháng với tổng kinh phí gần 15 tỷ đồng từ nguồn xã hội hóa và ngân sách địa phương. Trước đây, học sinh hai xã phải đi đò qua sông để đến trường, nhiều hôm nước lớn phải nghỉ học.',
        'Bà Lô Thị Hoa, người dân bản Xiềng, xúc động nói: “Có cầu rồi, con cháu đi học không còn phải lo lắng mỗi khi mưa lũ, bà con mang nông sản ra chợ cũng thuận tiện hơn nhiều”.',
        'Phát biểu tại buổi lễ, lãnh đạo huyện Thanh Chương cho biết, thời gian tới huyện tiếp tục huy động nguồn lực để xây dựng thêm 3 cây cầu dân sinh ở các xã vùng cao, bảo đảm an toàn đi lại cho người dân. Xem ảnh',
      ],
      wordCount: 182,
    },
  },
  {
    file: 'en-news-opengraph-article.html',
    what: 'an English news story with Open Graph and article:* meta only',
    options: { timezone: 'Europe/London' },
    expected: {
      id: 'b874d9cba7dfddc8',
      url: 'https://harbourtimes.example.com/world/asia/2024/03/08/mekong-delta-salt-tolerant-rice',
      title: 'Mekong delta farmers turn to salt-tolerant rice as drought bites',
      lead: 'Growers in southern Vietnam are planting new rice varieties and digging storage ponds as saltwater pushes further inland each dry season.',
      authors: ['Jane Doe'],
      publishedAt: '2024-03-08T09:15:00+00:00',
      modifiedAt: '2024-03-08T14:02:00+00:00',
      language: 'en-GB',
      section: 'World',
      tags: ['Vietnam', 'Agriculture', 'Climate change'],
      images: [
        {
          url: 'https://images.harbourtimes.example.com/2024/03/08/mekong-farmer.jpg',
          caption:
            'Nguyen Van Hai checks salt-tolerant rice seedlings in Soc Trang province. Photo: John Roe',
          alt: 'A farmer checks young rice plants',
          width: 1280,
          height: 853,
        },
      ],
      paragraphs: [
        'SOC TRANG, Vietnam — When the saltwater came early this year, Nguyen Van Hai did not wait for his rice to wither. He drained his paddies, pumped fresh water from a pond he dug two years ago, and planted a variety bred to survive brackish soil.',
        '"Ten years ago we never saw salt this far up the river," the 54-year-old said, standing at the edge of a field that his family has farmed for three generations. "Now we plan every season around it."',
        "Saltwater intrusion has become a yearly threat in the Mekong delta, which grows more than half of Vietnam's rice. Upstream dams, sand mining and sinking land have all made the problem worse, researchers say, and the dry season of 2024 has been one of the harshest on record.",
        'Provincial officials have encouraged farmers to switch to hardier varieties, to rotate rice with shrimp, or to leave some fields fallow. Agricultural engineers estimate that salt-tolerant strains now cover about a third of the winter-spring crop in the coastal provinces.',
        'For Hai, the change has paid off. His harvest last month came in only slightly below a normal year, while neighbours who kept their old seed lost most of their crop.',
      ],
      wordCount: 201,
    },
  },
  {
    file: 'en-blog-jsonld-array.html',
    what: 'an English blog post with a top-level JSON-LD array and a zone-less date',
    options: { timezone: 'America/New_York' },
    expected: {
      id: '1477783905ae7049',
      url: 'https://fieldnotes.example.dev/posts/faster-builds/',
      title: 'How we cut our build times in half',
      lead: 'Caching dependencies and splitting the test suite took our CI pipeline from 24 minutes to 11.',
      authors: ['Sam Lee'],
      publishedAt: '2024-01-15T10:00:00-05:00',
      modifiedAt: null,
      language: 'en',
      section: 'Engineering',
      tags: ['builds', 'caching', 'ci'],
      images: [],
      paragraphs: [
        'Our continuous integration pipeline had crept up to 24 minutes per run. Nobody decided that it should be slow; it simply grew, one step at a time, until engineers started batching their changes to avoid waiting. That is when we decided to look at it properly.',
        'Measure first',
        'We exported a month of pipeline timings and sorted the steps by total time spent. Two things stood out: installing dependencies took six minutes on every run, and the integration tests ran on a single machine even though they were independent of each other.',
        'npm ci --prefer-offline --cache .npm',
        'Cache, then split',
        'Caching the package cache between runs brought installation down to under a minute. Splitting the integration tests across four runners, balanced by their recorded durations, took another nine minutes off. The whole change was about forty lines of configuration.',
        'The lesson is not that caching is clever. It is that slow pipelines are rarely slow for interesting reasons, and an afternoon with the numbers is usually enough to find them.',
      ],
      wordCount: 170,
    },
  },
];
