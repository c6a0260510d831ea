import { type Cheerio, load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { renderContent } from '../../../../shared/extract/content/index.ts';
import { BODY, extract, page } from './pages.ts';

const BASE = 'https://congan.example.vn/tin-tuc/toa-dam.html';
const PLACEHOLDER =
  'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

function render(fragment: string) {
  const $ = load(`<html><body><div id="c">${fragment}</div></body></html>`);
  return renderContent($('#c') as Cheerio<Element>, BASE);
}

describe('renderContent images: sources', () => {
  it.each(['data-src', 'data-original', 'data-lazy-src'])(
    'takes %s over a data: placeholder src',
    (attribute) => {
      const { images, contentHtml } = render(
        `<p><img src="${PLACEHOLDER}" ${attribute}="/uploads/anh-1.jpg"></p>`,
      );
      expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/uploads/anh-1.jpg']);
      expect(contentHtml).toBe('<p><img src="https://congan.example.vn/uploads/anh-1.jpg" /></p>');
    },
  );

  it.each([
    [
      'data-gl-src',
      '/gcdn/presto/2026/12/05/PCIN/flood2.jpg?width=660',
      '/gcdn/presto/2026/12/05/PCIN/flood2.jpg?width=660',
    ],
    ['data-lazyload', '/uploads/anh-1.webp', '/uploads/anh-1.webp'],
    ['data-echo', 'https://cdn.example.vn/anh-1.jpg', 'https://cdn.example.vn/anh-1.jpg'],
    ['data-gl-srcset', '/a-320.jpg 320w, /a-1280.jpg 1280w', '/a-1280.jpg'],
  ])(
    'takes an image file from another lazy attribute, %s, over a placeholder src',
    (attribute, value, url) => {
      const { images } = render(`<p><img src="${PLACEHOLDER}" ${attribute}="${value}"></p>`);
      expect(images.map((i) => i.url)).toEqual([new URL(url, BASE).href]);
    },
  );

  it('takes no source from a data- attribute that names no image file', () => {
    const { images } = render(`<p><img src="${PLACEHOLDER}" data-track="/stats/hit.php"></p>`);
    expect(images).toEqual([]);
  });

  it.each([
    './Giá xăng giảm - VnExpress_files/xang-1705305000.jpg',
    'Storm Isha_files/storm.jpg',
    './GDL-Streik - DER SPIEGEL-Dateien/bahn.jpg',
    './La sécheresse – Le Monde_fichiers/a.jpg',
  ])('leaves out a picture a browser\'s "Save page" copied into the page\'s folder: %s', (src) => {
    const { images, contentHtml } = render(
      `<figure><img src="${src}" alt="Khách hàng đổ xăng"><figcaption>Khách hàng đổ xăng. Ảnh: Q.T</figcaption></figure><p>${BODY}</p>`,
    );
    expect(images).toEqual([]);
    expect(contentHtml).not.toContain('_files');
    const saved = render(`<p><img src="${src}" data-src="/uploads/anh-3.jpg"></p>`);
    expect(saved.images.map((i) => i.url)).toEqual(['https://congan.example.vn/uploads/anh-3.jpg']);
  });

  it('keeps a picture in a folder of the site whose name merely ends in "files"', () => {
    const { images } = render(
      '<p><img src="/user_files/anh-4.jpg"></p><p><img src="media/anh-5.jpg"></p>',
    );
    expect(images).toHaveLength(2);
  });

  it('passes over a lazy-loading attribute that holds data (JSON) rather than a URL', () => {
    const data = JSON.stringify({
      default: { load: 'default', w: '80', src: '//cdn.example/a.img' },
    });
    const { images, contentHtml } = render(
      `<p><img data-src='${data}' src="/uploads/anh-2.jpg" width="800"></p>`,
    );
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/uploads/anh-2.jpg']);
    expect(contentHtml).not.toContain('%7B');
  });

  it("keeps a picture whose src holds spaces, as a browser reads it (a CMS's file name)", () => {
    const { images, contentHtml } = render(
      '<p><img src="/uploads/Seite 4_Selve Cavergno_Peter Steiger.JPG" alt="" width="400"></p><p>Chữ</p>',
    );
    expect(images.map((i) => i.url)).toEqual([
      'https://congan.example.vn/uploads/Seite%204_Selve%20Cavergno_Peter%20Steiger.JPG',
    ]);
    expect(contentHtml).toContain('Seite%204_Selve');
  });

  it('takes the largest srcset candidate over a placeholder', () => {
    const { images } = render(
      `<p><img src="${PLACEHOLDER}" srcset="/a-320.jpg 320w, /a-1280.jpg 1280w, /a-640.jpg 640w"></p>`,
    );
    expect(images[0]?.url).toBe('https://congan.example.vn/a-1280.jpg');
  });

  it('takes the image of a <noscript> fallback when the visible one is a placeholder', () => {
    const { images } = extract(
      page(
        `<div class="story">${BODY}<figure><img src="${PLACEHOLDER}"><noscript><img src="/that.jpg"></noscript></figure></div>`,
      ),
      BASE,
    );
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/that.jpg']);
  });

  it('takes the image of a <noscript> fallback when the only other image was in a block removed before it', () => {
    const { images } = extract(
      page(
        `<div class="story">${BODY}<div><div class="share"><img src="https://x.vn/b.jpg"></div><noscript><img src="/that.jpg"></noscript></div></div>`,
      ),
      BASE,
    );
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/that.jpg']);
  });

  it('reports images in reading order with alt, width and height', () => {
    const { images } = render(
      '<p><img src="/1.jpg" alt=" Ảnh một " width="800" height="600"></p><p>Chữ</p><p><img src="/2.jpg"></p>',
    );
    expect(images).toEqual([
      {
        url: 'https://congan.example.vn/1.jpg',
        caption: null,
        alt: 'Ảnh một',
        width: 800,
        height: 600,
      },
      {
        url: 'https://congan.example.vn/2.jpg',
        caption: null,
        alt: null,
        width: null,
        height: null,
      },
    ]);
  });

  it('keeps a photo whose file name merely holds the word button or icon', () => {
    const { images } = render(
      '<p><img src="/2023/12/button-factory-workers.jpg"></p><p><img src="/2023/12/icon-of-the-year-2023.jpg"></p>',
    );
    expect(images).toHaveLength(2);
  });

  it('keeps a photo whose path merely contains a tracking-like word', () => {
    const { images } = render(
      '<p><img src="/sports/track-and-field/pixel-art-show.jpg?utm_source=x"></p>',
    );
    expect(images).toHaveLength(1);
  });

  it('takes out a wrapper whose images are all left out, the first as well as the last', () => {
    const pixel = '<img src="https://stats.example.vn/p.gif" width="1" height="1">';
    const { images, contentHtml } = render(
      `<p>Chữ<picture> ${pixel}${pixel}</picture></p><p><a href="/x">${pixel} ${pixel}</a>Tin</p>`,
    );
    expect(images).toEqual([]);
    expect(contentHtml).toBe('<p>Chữ</p><p>Tin</p>');
  });

  it('lists an image used twice once', () => {
    expect(render('<p><img src="/1.jpg"></p><p><img src="/1.jpg"></p>').images).toHaveLength(1);
  });

  it.each([
    ['a 1×1 tracking pixel', '<img src="https://stats.example.vn/p.gif" width="1" height="1">'],
    [
      'a pixel sized by CSS',
      '<img src="https://stats.example.vn/p.gif" style="width:1px;height:1px">',
    ],
    [
      'an ad server image',
      '<img src="https://securepubads.g.doubleclick.net/x.jpg" width="300" height="250">',
    ],
    ['an analytics beacon', '<img src="https://www.facebook.com/tr?id=1&ev=PageView">'],
    ['an icon-sized image', '<img src="/icons/author.png" width="34" height="34">'],
    [
      'an image from an ad server path',
      '<img src="https://advintage.example.net/adserver/www/delivery/avw.php?zoneid=9">',
    ],
    ['a pixel script', '<img src="https://stats.example.vn/pixel.php?u=1">'],
    [
      'an image linked to an ad server',
      '<a href="https://ad.doubleclick.net/click"><img src="https://congan.example.vn/banner.jpg"></a>',
    ],
    ['an image marked as an ad', '<img class="ads-banner" src="/qc.jpg">'],
    ["a CMS's print button, unsized", '<img src="/images/M_images/printButton.png" alt="In">'],
    ["a CMS's e-mail button", '<img src="/images/M_images/emailButton.png" alt="E-mail">'],
    ['an icon named so', '<img src="/templates/x/images/icon_pdf.gif">'],
    ['a file-type icon of an attachment list', '<img src="/Themes/images/pdf.png">'],
    ['a spreadsheet icon', '<img src="/Portal/Themes/Default/images/xls.png">'],
    [
      "the site's logo linking to its home page",
      '<a href="/"><img src="/upload/brand.png" class="t228__imglogo" alt="Zavod"></a>',
    ],
    [
      "a call to action's picture: a marketing tool's wrapper and tracked redirect",
      '<span class="hs-cta-wrapper"><span class="hs-cta-node"><a href="https://cta-redirect.example.com/cta/redirect/7052064/4f1e"><img class="hs-cta-img" src="https://cdn.example.com/cta/default/4f1e.png" alt="Download the free checklist"></a></span></span>',
    ],
    [
      "a call to action's picture: a theme's call-to-action box",
      '<div class="post-cta"><a href="/free-trial"><img src="/upload/try-it-free.png" alt="Try it free"></a></div>',
    ],
    [
      "a call to action's picture: its link to a call-to-action redirect",
      '<a href="https://go.example.com/cta/redirect/123"><img src="/upload/ebook.png" alt="Get the e-book"></a>',
    ],
  ])('leaves out %s', (_, img) => {
    const { images, contentHtml } = render(`<p>Chữ</p><p>${img}</p>`);
    expect(images).toEqual([]);
    expect(contentHtml).toBe('<p>Chữ</p>');
  });
});

describe('renderContent images: links', () => {
  it('keeps a picture whose link leads to a place on the page itself', () => {
    const { images } = render('<p>Chữ</p><p><a href="#"><img src="/upload/anh-1.jpg"></a></p>');
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/upload/anh-1.jpg']);
  });

  it('keeps a picture whose link says more than the picture, in a call-to-action box', () => {
    const { images } = render(
      '<div class="cta"><a href="/bao-cao"><img src="/upload/anh-1.jpg"> Đọc báo cáo đầy đủ</a></div>',
    );
    expect(images.map((i) => i.url)).toEqual(['https://congan.example.vn/upload/anh-1.jpg']);
  });
});

describe('renderContent images: captions', () => {
  it('pairs the <figcaption>', () => {
    const { images, contentText, contentHtml } = render(
      '<figure><img src="/1.jpg"><figcaption>Buổi tọa đàm.</figcaption></figure><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Buổi tọa đàm.');
    expect(contentHtml).toContain('<figcaption>Buổi tọa đàm.</figcaption>');
    expect(contentText).toBe('Chữ');
  });

  it("pairs a caption paragraph whose credit follows an icon set in its line (WordPress's wp-caption)", () => {
    const { images, contentHtml } = render(
      '<div class="wp-caption alignnone"><a href="/1.jpg"><img src="/1-660x440.jpg" width="660" height="440"></a><p class="wp-caption-text">Toàn cảnh hội nghị. <img class="photo" src="/theme/camera.png"> Minh Châu</p></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị. Minh Châu');
    expect(contentHtml).not.toContain('camera.png');
  });

  it('keeps a picture standing in the body itself, not in a box, with the caption after it', () => {
    const { images, contentHtml } = render(
      '<p>Chữ</p><img src="/1.jpg"><p class="caption">Toàn cảnh hội nghị.</p><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị.');
    expect(contentHtml).toBe(
      '<p>Chữ</p><figure><img src="https://congan.example.vn/1.jpg" /><figcaption>Toàn cảnh hội nghị.</figcaption></figure><p>Chữ</p>',
    );
  });

  it('pairs the element after the picture that microdata marks as its caption (itemprop="caption")', () => {
    const { images, contentHtml } = render(
      '<div class="cmp-image" itemscope itemtype="http://schema.org/ImageObject"><img src="/1.jpg" class="cmp-image__image" itemprop="contentUrl" alt="Ảnh minh họa hội nghị"><span class="cmp-image__title" itemprop="caption">Toàn cảnh hội nghị sáng nay</span></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị sáng nay');
    expect(contentHtml).toContain('<figcaption>Toàn cảnh hội nghị sáng nay</figcaption>');
  });

  it('pairs no paragraph that opens with a picture of its own', () => {
    const { images } = render(
      '<div><img src="/1.jpg" width="660" height="440"></div><p class="wp-caption-text"><img src="/2.jpg" width="660" height="440"> Toàn cảnh hội nghị.</p><p>Chữ</p>',
    );
    expect(images[0]?.caption ?? null).toBeNull();
  });

  it('pairs the <figcaption> a template set right after the <figure> instead of inside it', () => {
    const { images, contentText, contentHtml } = render(
      '<figure class="image--embedded"><img src="/1.jpg" alt="Hội nghị"></figure>\n<figcaption class="image__caption--embedded"><span class="caption">Toàn cảnh hội nghị</span> <span class="credit">(Ảnh: Minh Châu)</span></figcaption><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị (Ảnh: Minh Châu)');
    expect(contentHtml).toBe(
      '<figure><img src="https://congan.example.vn/1.jpg" alt="Hội nghị" /><figcaption>Toàn cảnh hội nghị (Ảnh: Minh Châu)</figcaption></figure><p>Chữ</p>',
    );
    expect(contentText).toBe('Chữ');
  });

  it("takes the picture's credit in a box of its own beside the caption into the caption (Brightspot's Figure-credit)", () => {
    const { images, contentText } = render(
      '<figure class="Figure"><img src="/1.jpg"><div class="Figure-content"><div class="Figure-caption"><p>Toàn cảnh hội nghị.</p></div><div class="Figure-credit"><div class="Figure-credit-text">Minh Châu</div><div class="Figure-source">/ Báo Tin</div></div></div></figure><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị. Minh Châu / Báo Tin');
    expect(contentText).toBe('Chữ');
  });

  it('pairs a caption-classed element of a <figure> without <figcaption>', () => {
    const { images, contentText, contentHtml } = render(
      '<figure class="media"><img src="/1.jpg"><div class="media-caption">Toàn cảnh hội nghị</div></figure><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị');
    expect(contentHtml).toContain('<figcaption>Toàn cảnh hội nghị</figcaption>');
    expect(contentText).toBe('Chữ');
  });

  it('drops a caption whose image is gone (a figure of a script-loaded image)', () => {
    const { contentText, contentHtml } = render(
      '<figure><div class="js-image" data-src="/1.jpg"></div><figcaption>Ảnh minh họa</figcaption></figure><p>Chữ</p><span class="image-caption">Chú thích lạc</span>',
    );
    expect(contentText).toBe('Chữ');
    expect(contentHtml).toBe('<p>Chữ</p>');
  });

  it('pairs the caption row of a table-wrapped image (Vietnamese CMS style)', () => {
    const { images, contentHtml, contentText } = render(
      '<table class="image center"><tbody><tr><td><img src="/1.jpg"></td></tr><tr><td class="image_desc">Các đại biểu tham luận tại buổi tọa đàm.</td></tr></tbody></table><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Các đại biểu tham luận tại buổi tọa đàm.');
    expect(contentHtml).toBe(
      '<figure><img src="https://congan.example.vn/1.jpg" /><figcaption>Các đại biểu tham luận tại buổi tọa đàm.</figcaption></figure><p>Chữ</p>',
    );
    expect(contentText).toBe('Chữ');
  });

  it('pairs a short italic paragraph right after the image and does not repeat it as body text', () => {
    const { images, contentText } = render(
      '<p style="text-align:center"><img src="/1.jpg"></p><p style="text-align:center"><em>Buổi tọa đàm.</em></p><p>Buổi tọa đàm được tổ chức nhân Tháng hành động.</p>',
    );
    expect(images[0]?.caption).toBe('Buổi tọa đàm.');
    expect(contentText).toBe('Buổi tọa đàm được tổ chức nhân Tháng hành động.');
  });

  it('pairs a paragraph with a caption class right after the image', () => {
    const { images } = render(
      '<div><img src="/1.jpg"></div><p class="caption">Toàn cảnh hội nghị</p><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Toàn cảnh hội nghị');
  });

  it.each([
    ['dida', 'Italian'],
    ['didascalia', 'Italian'],
    ['pie-foto', 'Spanish'],
    ['bildunterschrift', 'German'],
    ['onderschrift', 'Dutch'],
    ['popisek', 'Czech'],
  ])(
    'pairs a block whose class names a caption in another language ("%s", %s) in a photo column',
    (cls) => {
      const { images, contentText } = render(
        '<div class="k1"><a href="/1.jpg"><img src="/1.jpg" alt=""></a>' +
          `<div class="${cls}">Grafico conta femmine con cuccioli 2019</div><div class="k2">&nbsp;</div>` +
          '<a href="/2.jpg"><img src="/2.jpg" alt=""></a></div><p>Chữ</p>',
      );
      expect(images[0]?.caption).toBe('Grafico conta femmine con cuccioli 2019');
      expect(contentText).toBe('Chữ');
    },
  );

  it('takes no caption hint from a word that only holds one ("candidates")', () => {
    const { images } = render(
      '<div class="k1"><img src="/1.jpg" alt=""><div class="candidates">Grafico conta femmine con cuccioli 2019</div><div class="k2">&nbsp;</div><img src="/2.jpg" alt=""></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBeNull();
  });

  it.each(['photo-cap', 'cap', 'img_cap'])(
    'pairs a block whose class names a caption by its short word "cap" ("%s") after a picture',
    (cls) => {
      const { images, contentText } = render(
        '<div class="box-l"><a href="/zoom/1.htm"><img src="/1.jpg" alt="" width="200"></a>' +
          `<div class="${cls}">咲き誇るチューリップ</div></div><p>Chữ</p>`,
      );
      expect(images[0]?.caption).toBe('咲き誇るチューリップ');
      expect(contentText).toBe('Chữ');
    },
  );

  it('reads no caption in a paragraph set with a drop cap ("has-drop-cap") after a picture', () => {
    const { images } = render(
      '<div class="k1"><img src="/1.jpg" alt=""><p class="has-drop-cap">Grafico conta.</p></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBeNull();
  });

  it.each([
    [
      'a text after the picture in its box',
      '<div class="k1"><p class="k2"><picture><img src="/1.jpg" alt="Hong Kong protester"></picture></p><span class="k3">China has warned they will cease control of Hong Kong <span class="k4">(Image: GETTY )</span></span></div><p>Chữ</p>',
      'China has warned they will cease control of Hong Kong (Image: GETTY)',
    ],
    [
      'a paragraph in a box after the picture in its box',
      '<div class="k1"><div class="k2"><picture><img src="/1.jpg" alt=""></picture></div><div class="k3"><p><span>Vicente Aguiar loads garage door trims into his pickup truck.</span><span> (AP Photo/Alan Diaz, File)</span></p></div></div><p>Chữ</p>',
      'Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)',
    ],
    [
      "a paragraph whose credit names a picture agency's images",
      '<div class="k1"><div class="k2"><picture><img src="/1.jpg" alt="Xi Jinping at a session."></picture></div><div class="k3"><div class="k4"><p><span>Chinese President Xi Jinping at a political gathering in Beijing.</span> <span>(Lintao Zhang/Getty Images)</span></p></div></div></div><p>Chữ</p>',
      'Chinese President Xi Jinping at a political gathering in Beijing. (Lintao Zhang/Getty Images)',
    ],
    [
      "a Japanese paper's paragraph naming the day, the place and the photographer",
      '<div><img src="/1.jpg" alt=""><p>仮設住宅の建設が始まった現場＝2024年1月12日午前10時52分、石川県輪島市、田中一郎撮影</p></div><p>Chữ</p>',
      '仮設住宅の建設が始まった現場＝2024年1月12日午前10時52分、石川県輪島市、田中一郎撮影',
    ],
  ])(
    'pairs %s that ends in a picture\'s credit, in brackets or after a Japanese "＝", whatever its class names',
    (_what, fragment, caption) => {
      const { images, contentText } = render(fragment);
      expect(images[0]?.caption).toBe(caption);
      expect(contentText).toBe('Chữ');
    },
  );

  it.each([
    [
      "its alternative text, as the picture's box shows it",
      '<div class="k1"><div class="k2"><div class="k3"><img src="/1.jpg" alt="Only nine of these pairs have been matched, leaving millions of rare bills out there"></div><noscript><img src="/1.jpg"></noscript></div><p class="k4">Only nine of these pairs have been matched, leaving millions of rare bills out there</p></div><p>Chữ</p>',
      'Only nine of these pairs have been matched, leaving millions of rare bills out there',
    ],
    [
      'its alternative text word for word, a name of two words under a portrait',
      '<div class="k1"><img src="/1.jpg" alt="Izaskun Lesaka."><p>Izaskun Lesaka.</p></div><p>Chữ</p>',
      'Izaskun Lesaka.',
    ],
    [
      'its title without the credit that follows it',
      '<div class="k1"><a class="k2" href="/1.jpg"><picture><img src="/1.jpg" alt="Dach einer Straßenbahn" title="Bei den älteren Modellen ist die Technik auf dem Dach verbaut. | MDR/Haupt"></picture><div class="k3"><span class="k4"></span></div></a><span class="k5">Bei den älteren Modellen ist die Technik auf dem Dach verbaut.</span></div><p>Chữ</p>',
      'Bei den älteren Modellen ist die Technik auf dem Dach verbaut.',
    ],
  ])(
    "pairs the only other element of a picture's box that repeats %s, whatever its class names",
    (_what, fragment, caption) => {
      const { images, contentText } = render(fragment);
      expect(images[0]?.caption).toBe(caption);
      expect(contentText).toBe('Chữ');
    },
  );

  it("pairs the only text between a picture and the picture's credit line in their box, whatever its class names", () => {
    const widget =
      '<div class="k1"><span class="k2"><span class="k3"><picture><img src="/1.jpg"></picture></span><span class="k4"></span></span>' +
      '<p><span>Pictured right, a reader speaks to a novelist at the festival on the waterfront.</span></p><p>Image: <!-- -->Fouzia Van Der Fort</p></div>';
    const { images, contentText } = extract(page(`<div class="story">${BODY}${widget}</div>`));
    expect(images[0]?.caption).toBe(
      'Pictured right, a reader speaks to a novelist at the festival on the waterfront.',
    );
    expect(contentText).not.toMatch(/Pictured right|Fouzia/);
  });

  it('takes the text a <figure> holds besides its picture as its caption, whatever its class names', () => {
    const { images, contentText } = render(
      '<figure class="k1"><picture><img src="/1.jpg" alt=""></picture><div class="k2"><div class="k3"><b>Sept. 6, 1946: </b>The Rams play a night game at the Coliseum.</div><div class="k4">(Los Angeles Times)</div></div></figure><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe(
      'Sept. 6, 1946: The Rams play a night game at the Coliseum. (Los Angeles Times)',
    );
    expect(contentText).toBe('Chữ');
  });

  it("leaves a <figure>'s text when it is longer than a caption", () => {
    const long = 'The council met on Tuesday to vote on the budget for the coming year. '.repeat(8);
    const { images, contentText } = render(
      `<figure class="k1"><img src="/1.jpg" alt=""><div class="k2">${long}</div></figure><p>Chữ</p>`,
    );
    expect(images[0]?.caption).toBeNull();
    expect(contentText).toContain('The council met on Tuesday');
  });

  it.each([
    [
      "a caption repeating the picture's alt",
      '<img src="/1.jpg" alt="A plume of water vapor rising from Europa."><div class="k2">A plume of water vapor rising from Europa.</div><div class="k3">(Image: © NASA/ESA/K. Retherford/SWRI)</div>',
      'A plume of water vapor rising from Europa. (Image: © NASA/ESA/K. Retherford/SWRI)',
    ],
    [
      'the only text after the picture',
      '<div class="k4"><img src="/1.jpg" alt=""></div><div class="k2">Firefighters at the warehouse on Tuesday morning.</div><div class="k3">(Photo: Lan Anh)</div>',
      'Firefighters at the warehouse on Tuesday morning. (Photo: Lan Anh)',
    ],
  ])(
    'pairs %s with the bracketed credit line after it, whatever their class names',
    (_what, box, caption) => {
      const { images, contentText } = render(`<div class="k1">${box}</div><p>Chữ</p>`);
      expect(images[0]?.caption).toBe(caption);
      expect(contentText).toBe('Chữ');
    },
  );

  it('reads a credit set in a block of its own inside the brackets without a space after the bracket', () => {
    const { images } = render(
      '<figure><img src="/1.jpg" alt=""><figcaption><span class="caption">English Ivy is easy to grow</span>' +
        '<span class="credit"> (<div class="camera"><span></span>Image: Getty Images/iStockphoto)</div></span></figcaption></figure><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe(
      'English Ivy is easy to grow (Image: Getty Images/iStockphoto)',
    );
  });

  it("pairs a legend of several sentences that says again what the picture's alt says, with its credit, however long", () => {
    const described =
      'Der Aktionsplan beinhaltet auch die lichten Wälder, welche durch eine spezifische Bewirtschaftung entstanden sind. ' +
      'Kastanienselven beispielsweise bildeten sich durch die Doppelnutzung als Fruchthain und Weide. ' +
      'Charakteristisch ist neben den oft knorrigen, grosskronigen Kastanien die durchgehende, teppichartige Krautschicht, welche sich durch Beweidung entwickelte.';
    const { images, contentText } = render(
      `<div class="k1"><div class="k2"><a href="/1.jpg"><img src="/1.jpg" alt="${described}"></a></div>` +
        `<div class="legend"><div class="content">${described}<br>Foto &copy; Peter Steiger</div></div></div><p>Chữ</p>`,
    );
    expect(images[0]?.caption).toBe(`${described} Foto © Peter Steiger`);
    expect(contentText).toBe('Chữ');
  });

  it("leaves a paragraph after a picture in its box as text when it only shares some of the picture's words", () => {
    const { images, contentText } = render(
      '<div class="k1"><div class="k2"><img src="/1.jpg" alt="The council met on Tuesday"></div><p>The council met on Tuesday to vote on the budget for the coming year.</p></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBeNull();
    expect(contentText).toContain('The council met on Tuesday to vote');
  });

  it('leaves a short paragraph after a picture in its box as text, when it credits no picture', () => {
    const { images, contentText } = render(
      '<div class="k1"><div class="k2"><img src="/1.jpg" alt=""></div><p>The council met on Tuesday (its third meeting).</p></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBeNull();
    expect(contentText).toContain('The council met on Tuesday');
  });

  it('pairs an italic caption sharing the image paragraph', () => {
    const { images, contentText } = render(
      '<p><img src="/1.jpg"><br><i>Ảnh: Đỗ Huy</i></p><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Ảnh: Đỗ Huy');
    expect(contentText).toBe('Chữ');
  });

  it('reads a VnExpress-style figure: lazy <picture> sources and a <figcaption> paragraph', () => {
    const { images, contentText } = render(
      `<figure class="tplCaption"><div class="fig-picture"><picture><source data-srcset="https://i1.vnecdn.net/a.jpg?w=680 1x, https://i1.vnecdn.net/a.jpg?w=1020 1.5x"><img src="${PLACEHOLDER}" alt="Hội nghị" data-src="https://i1.vnecdn.net/a.jpg?w=680"></picture></div><figcaption><p class="Image">Quang cảnh hội nghị. Ảnh: <em>Đỗ Huy</em></p></figcaption></figure><p class="Normal">Chữ</p>`,
    );
    expect(images).toEqual([
      {
        url: 'https://i1.vnecdn.net/a.jpg?w=680',
        caption: 'Quang cảnh hội nghị. Ảnh: Đỗ Huy',
        alt: 'Hội nghị',
        width: null,
        height: null,
      },
    ]);
    expect(contentText).toBe('Chữ');
  });

  it('reads a Tuổi Trẻ-style photo block with a PhotoCMS_Caption sibling', () => {
    const { images, contentText } = render(
      '<div type="Photo" class="VCSortableInPreviewMode"><div><a href="/a.jpg"><img src="/a.jpg" width="640"></a></div><div class="PhotoCMS_Caption"><p>Người dân làm thủ tục tại bộ phận một cửa</p></div></div><p>Chữ</p>',
    );
    expect(images[0]?.caption).toBe('Người dân làm thủ tục tại bộ phận một cửa');
    expect(contentText).toBe('Chữ');
  });

  it('does not take a normal body paragraph after an image as its caption', () => {
    const body = 'Buổi tọa đàm được tổ chức nhân Tháng hành động vì bình đẳng giới.';
    const { images, contentText } = render(`<p><img src="/1.jpg"></p><p>${body}</p>`);
    expect(images[0]?.caption).toBeNull();
    expect(contentText).toBe(body);
  });
});
