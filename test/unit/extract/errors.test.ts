import { describe, expect, it } from 'vitest';
import {
  ExtractionError,
  extractArticle,
  NotAnArticleError,
  UnreadablePageError,
} from '../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

function rejection(input: Buffer | string, options = {}): ExtractionError {
  try {
    extractArticle(input, options);
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected extractArticle to reject the page');
}

describe('extractArticle rejections', () => {
  it('rejects an empty or blank page as NotAnArticleError "empty"', () => {
    for (const input of [Buffer.alloc(0), Buffer.from(' \n\t '), '', '   ']) {
      const error = rejection(input);
      expect(error).toBeInstanceOf(NotAnArticleError);
      expect(error.reason).toBe('empty');
      expect(error.message).toMatch(/^Page is empty \(\d+ (bytes?|characters)\)$/);
    }
  });

  it.each([
    ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['image/gif', Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')],
    ['application/pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1')],
    ['application/zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['application/gzip', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0])],
  ])('rejects %s data as UnreadablePageError "binary", naming the type and size', (type, bytes) => {
    const error = rejection(bytes);
    expect(error).toBeInstanceOf(UnreadablePageError);
    expect(error.reason).toBe('binary');
    expect(error.message).toBe(`Page is not HTML (got ${type}, ${bytes.length} bytes)`);
  });

  it('rejects unknown binary data with NUL bytes', () => {
    const error = rejection(Buffer.from([0x01, 0x02, 0x00, 0x03, 0x41, 0x42]));
    expect(error).toMatchObject({ reason: 'binary', name: 'UnreadablePageError' });
    expect(error.message).toBe('Page is not HTML (got binary data with NUL bytes, 6 bytes)');
  });

  it('rejects plain text without any tag as "not-html"', () => {
    const error = rejection('Chỉ là một đoạn văn bản thuần, không có thẻ HTML nào cả.');
    expect(error).toBeInstanceOf(UnreadablePageError);
    expect(error.reason).toBe('not-html');
    expect(error.message).toMatch(
      /^Page is not HTML \(got plain text without tags, \d+ characters\)$/,
    );
  });

  it('rejects a page without any URL and says how to give one', () => {
    const error = rejection(buildPage({ head: '' }));
    expect(error).toBeInstanceOf(UnreadablePageError);
    expect(error.reason).toBe('no-url');
    expect(error.message).toBe(
      'Page has no canonical URL (no <link rel="canonical">, og:url, JSON-LD url or mainEntityOfPage, nor a "saved from url" comment) and no url option was given',
    );
  });

  it('rejects a page without any title', () => {
    const html = buildPage()
      .replace(/<title>.*<\/title>/, '')
      .replace(/<h1>.*<\/h1>/, '');
    const error = rejection(html);
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error.reason).toBe('no-title');
  });

  it.each([
    ['Page Not Found', 'Page Not Found'],
    ['404 - Seite nicht gefunden', '404 - Seite nicht gefunden'],
    ['Không tìm thấy trang', 'Không tìm thấy trang'],
    ['Error 404', 'Error 404 - Cổng thông tin tỉnh'],
  ])('rejects an error page titled %j, whatever its template shows', (title, shown) => {
    const html = buildPage({ title: `${title} - Cổng thông tin tỉnh` }).replace(
      /<h1>.*<\/h1>/,
      `<h1>${title}</h1>`,
    );
    const error = rejection(html);
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error.reason).toBe('error-page');
    expect(error.message).toBe(`Page is an error page ("${shown}"), not an article`);
  });

  it.each([
    ['403 Forbidden'],
    ['503 Service Temporarily Unavailable'],
    ['Error 500: Internal Server Error'],
    ['Fehler 404'],
    ['Lỗi 404'],
    ['Oops! That page can’t be found.'],
    ['Страница не найдена'],
    ['Halaman tidak ditemukan'],
    ['Trang bạn tìm kiếm không tồn tại'],
    ['Sorry, we can’t find the page you were looking for.'],
    ['We couldn’t find that page'],
    ['The page you are looking for does not exist.'],
  ])('rejects a server status or "not found" page titled %j as an error page', (title) => {
    const html = buildPage({ title: `${title} | Báo Điện tử Tỉnh` }).replace(
      /<h1>.*<\/h1>/,
      `<h1>${title}</h1>`,
    );
    expect(rejection(html)).toMatchObject({
      name: 'NotAnArticleError',
      reason: 'error-page',
      message: expect.stringMatching(/^Page is an error page \(".+"\), not an article$/),
    });
    expect(rejection(html).message).toContain(`("${title}`);
  });

  it('rejects a "not found" page whose <title> or og:title says so while its heading apologises, naming that title', () => {
    const heading = 'Rất tiếc, trang bạn tìm kiếm không tồn tại hoặc đã bị xóa!';
    for (const head of [
      '<link rel="canonical" href="https://tinh.example.gov.vn/404.html">',
      '<meta property="og:title" content="Page not found – Báo Điện tử Tỉnh">',
    ]) {
      const title = head.includes('og:title')
        ? heading
        : 'Lỗi 404 - Trang không tồn tại | Báo Tỉnh';
      const html = buildPage({ title, head }).replace(/<h1>.*<\/h1>/, `<h1>${heading}</h1>`);
      const said = head.includes('og:title') ? 'Page not found – Báo Điện tử Tỉnh' : title;
      expect(rejection(html, { url: 'https://tinh.example.gov.vn/404.html' })).toMatchObject({
        reason: 'error-page',
        message: `Page is an error page ("${said}"), not an article`,
      });
    }
  });

  it.each([
    ['Just a moment...', 'Checking if the site connection is secure'],
    ['Attention Required! | Cloudflare', 'Sorry, you have been blocked'],
    ['Access Denied', 'You don’t have permission to access this page on this server.'],
    [
      'Pardon Our Interruption',
      'As you were browsing something about your browser made us think you were a bot.',
    ],
  ])('rejects a CDN’s access check titled %j as an error page, not an article', (title, text) => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><div class="main-content"><h1>www.example-news.com</h1><h2>${text}</h2><p>Enable JavaScript and cookies to continue. Ray ID: 7d1e2f3a4b5c6d7e. Performance and security by the site’s content delivery network.</p></div></body></html>`;
    expect(rejection(html, { url: 'https://www.example-news.com/politics/a.html' })).toMatchObject({
      reason: 'error-page',
      message: `Page is an access check ("${title}"), not an article: the server or its CDN sent it instead of the page`,
    });
  });

  it('keeps an article headlined like an access check when it declares itself an article', () => {
    const title = 'Access Denied';
    const html = buildPage({
      title,
      head: '<meta property="og:type" content="article"><link rel="canonical" href="https://tinh.example.gov.vn/tin/a.html">',
    }).replace(/<h1>.*<\/h1>/, `<h1>${title}</h1>`);
    expect(extractArticle(html).title).toBe(title);
  });

  const consentWall = (title: string, notice: string, buttons: string) =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width"></head><body><div id="consent-page"><div class="consent-box"><div class="logo"><img src="/logo.svg" alt=""></div><h1>${title}</h1>${notice}<form method="post" action="/v2/collectConsent"><input type="hidden" name="sessionId" value="3_cc-session_5f1c"><div class="actions">${buttons}</div></form></div></div><footer><a href="/privacy">Privacy policy</a> · <a href="/cookies">Cookie policy</a></footer></body></html>`;

  it.each([
    [
      'Northwind is part of the Northwind family of brands',
      '<p>The sites and apps that we own and operate, including Northwind News and Northwind Mail, and our digital advertising service.</p><h2>When you use our sites and apps, we use cookies to:</h2><ul><li>provide our sites and apps to you</li><li>authenticate users, apply security measures, and prevent spam and abuse, and</li><li>measure your use of our sites and apps</li></ul><p>If you click ‘Accept all’, we and our partners (241) will also store and/or access information on a device (in other words, use cookies) and use precise geolocation data and other personal data such as IP address and browsing and search data, for personalised advertising and content, advertising and content measurement, audience research and services development.</p><p>If you do not want us and our partners to use cookies and personal data for these additional purposes, click ‘Reject all’. You can withdraw your consent or change your choices at any time.</p>',
      '<button type="submit" name="agree" value="agree" class="btn primary">Accept all</button><button type="submit" name="reject" value="reject" class="btn secondary">Reject all</button><a class="btn secondary" href="/v2/partners">Manage privacy settings</a>',
    ],
    [
      'Wir brauchen Ihre Zustimmung',
      '<p>Wir und unsere 182 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu, zum Beispiel Cookies, und verarbeiten personenbezogene Daten wie eindeutige Kennungen und Standardinformationen, die von einem Gerät gesendet werden, für personalisierte Anzeigen und Inhalte, Anzeigen- und Inhaltsmessung sowie Erkenntnisse über Zielgruppen.</p><p>Mit Ihrer Zustimmung können wir und unsere Partner genaue Standortdaten verwenden. Sie können Ihre Einwilligung jederzeit in der Datenschutzerklärung widerrufen.</p>',
      '<div role="button" tabindex="0" class="message-button">Einstellungen</div><div role="button" tabindex="0" class="message-button primary">Alle akzeptieren</div>',
    ],
    [
      'Before you continue to Northwind',
      '<p>We use cookies and data to deliver and maintain our services, track outages and protect against spam, fraud and abuse, and measure audience engagement and site statistics.</p><p>If you choose to ‘Accept all’, we will also use cookies and data to develop and improve new services and show personalised ads.</p>',
      '<button type="submit"><span>Reject all</span></button><button type="submit"><span>Accept all</span></button><input type="submit" value="More options">',
    ],
  ])(
    'rejects a consent wall titled %j, sent instead of the page, as an error page',
    (title, notice, buttons) => {
      expect(
        rejection(consentWall(title, notice, buttons), {
          url: 'https://news.example.com/world/a-story-123.html',
        }),
      ).toMatchObject({
        reason: 'error-page',
        message: `Page is a consent wall ("${title}"), not an article`,
      });
    },
  );

  it('keeps a short page that declares no article under a cookie banner with an accept button', () => {
    const banner =
      '<div class="cookie-banner"><p>We use cookies to improve your experience on our website and to measure its use.</p><button type="button">Accept all</button><button type="button">Reject all</button></div>';
    const html = buildPage({ tail: '' }).replace('<body>', `<body>${banner}`);
    expect(extractArticle(html).title).toBe('Tổng kết cải cách hành chính năm 2023');
  });

  it.each([
    '404 Not Found: the story of the web’s most famous error',
    'Not Found Yet: the search for the missing hikers goes on',
  ])('keeps an article whose headline only opens with such words: %j', (title) => {
    const html = buildPage({ title }).replace(/<h1>.*<\/h1>/, `<h1>${title}</h1>`);
    expect(extractArticle(html).title).toBe(title);
  });

  it('rejects a page under the minimum of body text, with the count in the message', () => {
    const error = rejection(buildPage({ body: '<p>Đang cập nhật nội dung.</p>' }));
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error.reason).toBe('too-short');
    expect(error.message).toMatch(
      /^Page body has [0-5] words?, under the minimum of 15 for an article$/,
    );
  });

  describe('a paywall’s teaser: an article its page declares not free, showing a few words', () => {
    const teaser =
      '<p>In 2019, the county broke ground on a bridge to a business park that was never built, and the county is still paying off its bonds today.</p>';
    const page = (free: unknown, body = teaser, extra = {}) =>
      buildPage({
        body,
        head: `<link rel="canonical" href="https://news.example.com/a.html"><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'The bridge to nowhere', isAccessibleForFree: free, ...extra })}</script>`,
      });

    it.each([[false], ['False'], ['http://schema.org/False']])(
      'rejects it as too short, saying why (isAccessibleForFree %j)',
      (free) => {
        expect(rejection(page(free))).toMatchObject({
          reason: 'too-short',
          message: expect.stringMatching(
            /^Page body is one paragraph of 2\d words on a page that declares its article not free to read: a paywall’s teaser$/,
          ),
        });
      },
    );

    it('keeps it when the page declares it free, shows more paragraphs, or gives articleBody', () => {
      expect(extractArticle(page(true)).contentText).toContain('paying off its bonds');
      const whole = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
      expect(extractArticle(page(false, whole)).contentText).toContain('Sáng 14/12');
      const short = `${teaser}<p>The county still pays for it.</p>`;
      expect(extractArticle(page(false, short)).contentText).toContain('still pays');
      const articleBody = BODY_PARAGRAPHS.join('\n\n');
      expect(extractArticle(page(false, teaser, { articleBody })).contentText).toContain(
        'Phát biểu kết luận',
      );
    });
  });

  it('rejects a main text made mostly of links as a listing', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<p><a href="/tin/${i}.html">Tin số ${i}: hội nghị tổng kết công tác năm của các sở, ban, ngành</a></p>`,
    ).join('\n');
    const error = rejection(buildPage({ body: items }));
    expect(error).toBeInstanceOf(NotAnArticleError);
    expect(error.reason).toBe('listing');
    expect(error.message).toMatch(/^Page looks like a listing, not an article: /);
  });

  it('names every error class, so logs and rejection records say what happened', () => {
    expect(new NotAnArticleError('too-short', 'x').name).toBe('NotAnArticleError');
    expect(new UnreadablePageError('binary', 'x').name).toBe('UnreadablePageError');
    const cause = new Error('root');
    expect(new ExtractionError('empty', 'x', { cause }).cause).toBe(cause);
  });
});

describe('extractArticle safety of contentHtml', () => {
  it('keeps no script, style, event handler, javascript: URL or foreign iframe', () => {
    const body = `<p onclick="steal()">Sáng 14/12, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023 với sự tham dự của lãnh đạo các sở, ban, ngành.<script>alert(1)</script></p>
<style>p{color:red}</style>
<p>Theo báo cáo, tỉnh đã cắt giảm gần 200 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%, <a href="javascript:alert(1)">xem chi tiết</a> và <a href="/bao-cao.pdf">tải báo cáo</a>.</p>
<iframe src="https://evil.example.net/frame"></iframe>
<p><img src="/anh.jpg" onerror="alert(1)" alt="Hội nghị"> Phát biểu kết luận, Chủ tịch tỉnh yêu cầu các đơn vị tiếp tục số hóa hồ sơ và công khai tiến độ giải quyết.</p>
<p><iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe></p>`;
    const { contentHtml } = extractArticle(buildPage({ body }));
    expect(contentHtml).not.toMatch(/<script|<style|onclick|onerror|javascript:|evil\.example/i);
    expect(contentHtml).toContain('href="https://tinh.example.gov.vn/bao-cao.pdf"');
    expect(contentHtml).toContain('src="https://tinh.example.gov.vn/anh.jpg"');
    expect(contentHtml).toContain('src="https://www.youtube.com/embed/abc123"');
  });

  it('never takes HTML comments or hidden elements as content', () => {
    const body = `<p>Sáng 14/12, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2023.</p>
<!-- <p>Bản nháp bí mật chưa duyệt</p> -->
<div style="display:none">từ khóa ẩn dành cho máy tìm kiếm</div>
<p hidden>Đoạn văn bị ẩn</p>
<p>Theo báo cáo, tỉnh đã cắt giảm gần 200 thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt hơn 60%.</p>`;
    const article = extractArticle(buildPage({ body }));
    expect(article.contentHtml).not.toMatch(/nháp|ẩn/);
    expect(article.contentText).not.toMatch(/nháp|ẩn/);
  });
});
