import { type Cheerio, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { renderContent } from '../../../../shared/extract/content/index.ts';
import { htmlParseErrors } from '../../../support/html-parse-errors.ts';

const BASE = 'https://congan.example.vn/tin-tuc/2023/toa-dam.html';

/** Renders a fragment as if it were the chosen container. */
function render(fragment: string, baseUrl = BASE) {
  const $ = load(`<html><body><div id="c">${fragment}</div></body></html>`);
  return renderContent($('#c') as Cheerio<Element>, baseUrl);
}

describe('renderContent safety allowlist', () => {
  it('drops scripts and style sheets with their content', () => {
    const { contentHtml } = render('<p>Chữ<script>alert("x")</script><style>p{}</style></p>');
    expect(contentHtml).toBe('<p>Chữ</p>');
  });

  it('drops event-handler attributes', () => {
    const { contentHtml } = render(
      '<p onclick="steal()" onmouseover="x()">Chữ <img src="/a.jpg" onerror="x()"></p>',
    );
    expect(contentHtml).not.toMatch(/on(click|mouseover|error)/);
    expect(contentHtml).toContain('Chữ');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript with whitespace', ' JaVaScRiPt:alert(1)'],
    ['javascript with a control character', 'java\tscript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
  ])('removes %s link URLs but keeps the link text', (_, href) => {
    const { contentHtml, contentText } = render(`<p><a href="${href}">bấm vào đây</a> để xem.</p>`);
    expect(contentHtml).not.toMatch(/script:|data:/i);
    expect(contentText).toBe('bấm vào đây để xem.');
  });

  it('drops iframes that are not allowlisted video embeds', () => {
    const { contentHtml } = render('<p>Chữ</p><iframe src="https://evil.example.com/x"></iframe>');
    expect(contentHtml).toBe('<p>Chữ</p>');
  });

  it.each([
    ['YouTube', 'https://www.youtube.com/embed/dQw4w9WgXcQ'],
    ['Vimeo', 'https://player.vimeo.com/video/76979871'],
  ])('keeps a %s video embed', (_, src) => {
    const { contentHtml } = render(
      `<p>Chữ</p><iframe src="${src}" width="560" height="315" onload="x()"></iframe>`,
    );
    expect(contentHtml).toContain(`<iframe src="${src}" width="560" height="315"></iframe>`);
  });

  it('empties a video embed of the editor markup left inside it (TinyMCE bookmark spans)', () => {
    // Readers that drop the iframe would show its content, escaped markup, as text.
    const { contentHtml, contentText } = render(
      '<p>Xem video:</p><iframe src="https://www.youtube.com/embed/mR3SM29DzCc" width="640">' +
        '<span data-mce-type="bookmark" style="display: inline-block; width: 0px;" ' +
        'class="mce_SELRES_start">&#65279;</span></iframe><p>Hết.</p>',
    );
    expect(contentHtml).toBe(
      '<p>Xem video:</p><iframe src="https://www.youtube.com/embed/mR3SM29DzCc" width="640"></iframe><p>Hết.</p>',
    );
    expect(contentText).toBe('Xem video:\n\nHết.');
  });

  it('keeps only allowlisted attributes', () => {
    const { contentHtml } = render(
      '<p class="x" style="color:red" id="y" data-foo="1">Chữ <a href="/b" target="_blank" rel="x">liên kết</a></p>',
    );
    expect(contentHtml).toBe('<p>Chữ <a href="https://congan.example.vn/b">liên kết</a></p>');
  });

  it('keeps structure: headings, lists, quotes, emphasis, data tables', () => {
    const { contentHtml } = render(
      '<h2>Mục</h2><ul><li>Một</li><li>Hai</li></ul><blockquote><p>Trích</p></blockquote><p><em>nghiêng</em> <strong>đậm</strong></p><table><tr><th>Năm</th><th>Số</th></tr><tr><td>2023</td><td>5</td></tr></table>',
    );
    expect(contentHtml).toBe(
      '<h2>Mục</h2><ul><li>Một</li><li>Hai</li></ul><blockquote><p>Trích</p></blockquote><p><em>nghiêng</em> <strong>đậm</strong></p><table><tr><th>Năm</th><th>Số</th></tr><tr><td>2023</td><td>5</td></tr></table>',
    );
  });
});

describe('renderContent media the page plays', () => {
  it('keeps a <video> with its sources and poster made absolute and controls to play it, without the text shown where it cannot play', () => {
    const { contentHtml, contentText } = render(
      '<p>Chữ</p><video poster="/img/p.jpg" width="640" autoplay muted loop onplay="x()">' +
        '<source src="/media/clip.webm" type="video/webm"><source src="/media/clip.mp4" type="video/mp4">' +
        '<p>Trình duyệt của bạn không hỗ trợ video. <a href="/media/clip.mp4">Tải về</a></p></video>',
    );
    expect(contentHtml).toBe(
      '<p>Chữ</p><video poster="https://congan.example.vn/img/p.jpg" width="640" controls>' +
        '<source src="https://congan.example.vn/media/clip.webm" type="video/webm" />' +
        '<source src="https://congan.example.vn/media/clip.mp4" type="video/mp4" /></video>',
    );
    expect(contentText).toBe('Chữ');
  });

  it('keeps an <audio> playing its own source', () => {
    const { contentHtml } = render(
      '<p>Chữ</p><audio src="/media/phong-van.mp3" preload="none">Không hỗ trợ âm thanh.</audio>',
    );
    expect(contentHtml).toBe(
      '<p>Chữ</p><audio src="https://congan.example.vn/media/phong-van.mp3" controls></audio>',
    );
  });

  it.each([
    ['a source a script made (blob:)', '<video src="blob:https://congan.example.vn/1f2e"></video>'],
    ['no source at all', '<video poster="/img/p.jpg">Đang tải…</video>'],
    ['a source of another scheme', '<audio><source src="javascript:alert(1)"></audio>'],
  ])('drops a player with nothing it can play: %s', (_, player) => {
    expect(render(`<p>Chữ</p>${player}`).contentHtml).toBe('<p>Chữ</p>');
  });

  it("drops a picture's sources, which only its <img> shows", () => {
    const { contentHtml } = render(
      '<picture><source srcset="/a.webp" type="image/webp"><img src="/a.jpg" alt="Ảnh"></picture>',
    );
    expect(contentHtml).not.toContain('<source');
    expect(contentHtml).toContain('<img src="https://congan.example.vn/a.webp" alt="Ảnh" />');
  });
});

describe('renderContent ruby annotations', () => {
  it('keeps <ruby> readings in the HTML; as plain text, a reading is in its fallback brackets or left out', () => {
    const { contentHtml, contentText } = render(
      '<p><ruby>気象庁<rp>(</rp><rt>きしょうちょう</rt><rp>)</rp></ruby>によると、<ruby>西<rt>にし</rt></ruby><ruby>日本<rt>にほん</rt></ruby>では大雨です。</p>',
    );
    expect(contentHtml).toBe(
      '<p><ruby>気象庁<rp>(</rp><rt>きしょうちょう</rt><rp>)</rp></ruby>によると、<ruby>西<rt>にし</rt></ruby><ruby>日本<rt>にほん</rt></ruby>では大雨です。</p>',
    );
    expect(contentText).toBe('気象庁(きしょうちょう)によると、西日本では大雨です。');
  });
});

describe('renderContent URLs', () => {
  it('makes link, image and embed URLs absolute against the page URL', () => {
    const { contentHtml } = render(
      '<p><a href="../bai-khac.html">bài khác</a> <a href="//cdn.example.vn/x">cdn</a></p><p><img src="anh/1.jpg" alt="Ảnh"></p>',
    );
    expect(contentHtml).toContain('href="https://congan.example.vn/tin-tuc/bai-khac.html"');
    expect(contentHtml).toContain('href="https://cdn.example.vn/x"');
    expect(contentHtml).toContain('src="https://congan.example.vn/tin-tuc/2023/anh/1.jpg"');
  });

  it('keeps mailto links', () => {
    expect(render('<p><a href="mailto:toasoan@example.vn">thư</a></p>').contentHtml).toContain(
      'href="mailto:toasoan@example.vn"',
    );
  });
});

describe('renderContent layout', () => {
  it('turns <br><br> runs into paragraphs and keeps single <br> as a line break', () => {
    const { contentHtml, contentText } = render(
      'Dòng một<br>dòng hai<br><br>Đoạn hai<br /> <br/>\n<br>Đoạn ba',
    );
    expect(contentHtml).toBe('<p>Dòng một<br />dòng hai</p><p>Đoạn hai</p><p>Đoạn ba</p>');
    expect(contentText).toBe('Dòng một\ndòng hai\n\nĐoạn hai\n\nĐoạn ba');
  });

  it('unwraps <font>, <span> and <center> but keeps their text', () => {
    const { contentHtml } = render(
      '<p><font face="Arial" color="red"><span style="x">Chữ</span> <center>giữa</center></font></p>',
    );
    expect(contentHtml).not.toMatch(/font|span|center/);
    expect(contentHtml).toContain('Chữ');
  });

  it('unwraps layout tables into paragraphs', () => {
    const { contentHtml, contentText } = render(
      '<table width="100%" border="0"><tr><td><p>Đoạn một, dài.</p><p>Đoạn hai.</p></td></tr><tr><td>Đoạn ba trong ô.</td></tr></table>',
    );
    expect(contentHtml).not.toContain('<table');
    expect(contentText).toBe('Đoạn một, dài.\n\nĐoạn hai.\n\nĐoạn ba trong ô.');
  });

  it('keeps a table of figures whose cells each hold one short paragraph (a release’s financial table)', () => {
    const cell = (text: string) => `<td><p>${text}</p></td>`;
    const row = (...cells: string[]) => `<tr>${cells.map(cell).join('')}</tr>`;
    const { contentHtml } = render(
      `<p>Kết quả kinh doanh quý ba.</p><table>${row('Revenue', '$', '412,611', '$', '349,702')}${row('Net income', '', '38,104', '', '22,916')}</table>`,
    );
    expect(contentHtml).toContain('<table>');
    expect(contentHtml).toMatch(/<td><p>\$<\/p><\/td><td><p>412,611<\/p><\/td>/);
  });

  it('still unwraps a table whose cells hold several paragraphs or long text (a page column)', () => {
    const long =
      'Đoạn văn dài của bài viết, kể lại diễn biến cuộc họp và các ý kiến của đại biểu. '.repeat(3);
    for (const cells of [
      '<td><p>Một.</p><p>Hai.</p></td><td><p>Ba.</p></td>',
      `<td><p>${long}</p></td><td><p>Ba.</p></td>`,
    ]) {
      const { contentHtml } = render(
        `<table><tr>${cells}</tr><tr>${cells}</tr><tr>${cells}</tr></table>`,
      );
      expect(contentHtml).not.toContain('<table');
    }
  });

  it.each([
    [
      'a gutter cell of numbers beside the code (Chroma, Pygments, Rouge)',
      '<table class="lntable"><tr><td class="lntd"><pre><code><span class="lnt">1\n</span><span class="lnt">2\n</span><span class="lnt">3\n</span></code></pre></td><td class="lntd"><pre><code>func main() {\n\tfmt.Println("hi")\n}\n</code></pre></td></tr></table>',
      'func main() {\n\tfmt.Println("hi")\n}',
    ],
    [
      'numbers in spans at each line start inside the code',
      '<pre><code><span class="line"><span class="ln">1</span><span class="cl">def f():\n</span></span><span class="line"><span class="ln">2</span><span class="cl">    return 1\n</span></span></code></pre>',
      'def f():\n    return 1',
    ],
  ])('leaves a code block’s line numbers out: %s', (_, code, shown) => {
    const { contentText } = render(`<p>Mã nguồn:</p>${code}`);
    expect(contentText).toBe(`Mã nguồn:\n\n${shown}`);
  });

  it('keeps a table whose first column counts rows when no cell holds code', () => {
    const { contentText } = render(
      '<table><tr><td>1</td><td>Hà Nội</td><td>8,4</td></tr><tr><td>2</td><td>Huế</td><td>0,7</td></tr><tr><td>3</td><td>Cần Thơ</td><td>1,2</td></tr></table>',
    );
    expect(contentText).toContain('1');
    expect(contentText).toContain('Hà Nội');
  });

  it('separates paragraphs of contentText by one blank line and collapses whitespace', () => {
    const { contentText } = render(
      '<p>  Một   câu\n trên   hai dòng. </p>\n\n<div>Một khối div.</div><h3>Tiêu đề phụ</h3><ul><li>Ý một</li><li>Ý hai</li></ul>',
    );
    expect(contentText).toBe(
      'Một câu trên hai dòng.\n\nMột khối div.\n\nTiêu đề phụ\n\nÝ một\n\nÝ hai',
    );
  });

  it('writes the same HTML however the source is indented, wrapped, minified or line-ended', () => {
    const minified =
      '<h3>Tiêu đề phụ</h3><p>Dòng một <b>đậm</b> và <a href="/x">liên kết</a>.<br>Dòng hai</p><ul><li>Ý một</li><li>Ý hai</li></ul>';
    const indented =
      '\r\n  <h3>\r\n    Tiêu đề phụ\r\n  </h3>\n\t<p>\n\t\tDòng\tmột   <b>đậm</b>\n\t\tvà <a href="/x">liên kết</a>.\n\t\t<br>\n\t\tDòng hai\n\t</p>\n  <ul>\n    <li> Ý một </li>\n    <li>Ý hai</li>\n  </ul>\n';
    const expected =
      '<h3>Tiêu đề phụ</h3><p>Dòng một <b>đậm</b> và <a href="https://congan.example.vn/x">liên kết</a>.<br />Dòng hai</p><ul><li>Ý một</li><li>Ý hai</li></ul>';
    expect(render(minified).contentHtml).toBe(expected);
    expect(render(indented).contentHtml).toBe(expected);
  });

  it('keeps one space between words across inline tags, and preformatted text as written', () => {
    expect(render('<p><b> Một </b> hai<i> ba</i></p>').contentHtml).toBe(
      '<p><b>Một </b>hai<i> ba</i></p>',
    );
    // A no-break space is no whitespace to collapse: it shows, at a line's edge too.
    expect(render('<p>Một\u00a0<b>hai</b> ba\u00a0</p>').contentHtml).toBe(
      '<p>Một\u00a0<b>hai</b> ba\u00a0</p>',
    );
    expect(render('<p>Mã:</p><pre>  a\n\tb  </pre>').contentHtml).toBe(
      '<p>Mã:</p><pre>  a\n\tb  </pre>',
    );
  });

  it('keeps the indentation of preformatted text', () => {
    const { contentText } = render('<p>Mã:</p><pre>\nif (x) {\n    y();\n}\n</pre>');
    expect(contentText).toBe('Mã:\n\nif (x) {\n    y();\n}');
  });

  it('NFC-normalizes decomposed Vietnamese in text and HTML', () => {
    const decomposed = 'Tọa đàm bình đẳng giới'.normalize('NFD');
    const { contentText, contentHtml } = render(`<p>${decomposed}</p>`);
    expect(contentText).toBe('Tọa đàm bình đẳng giới'.normalize('NFC'));
    expect(contentHtml).toBe(`<p>${'Tọa đàm bình đẳng giới'.normalize('NFC')}</p>`);
  });

  it('writes non-ASCII characters as they are, not as entities', () => {
    expect(render('<p>Đắk Lắk &amp; “Huế”</p>').contentHtml).toBe('<p>Đắk Lắk &amp; “Huế”</p>');
  });

  it.each([
    ['an unknown element', '<p>Mở đầu.</p><img src="/a.jpg"><block><p>Một.</p><p>Hai.</p></block>'],
    ['emphasis', '<p><em><p>Một.</p><p>Hai.</p></em></p>'],
    ['a span unwrapped', '<p>Mở đầu <span><p>Một.</p></span> cuối.</p>'],
    ['a link', '<p>Xem <a href="/x"><div>Một.</div></a></p>'],
  ])('never nests a block inside a paragraph (%s around blocks)', (_, fragment) => {
    const { contentHtml } = render(fragment);
    expect(htmlParseErrors(contentHtml)).toEqual([]);
    expect(contentHtml).toContain('Một.');
  });

  it('drops empty paragraphs', () => {
    expect(render('<p>Chữ</p><p>&nbsp;</p><p> </p><div><span></span></div>').contentHtml).toBe(
      '<p>Chữ</p>',
    );
  });
});
