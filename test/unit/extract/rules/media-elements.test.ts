import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS } from '../build-page.ts';

const URL = 'https://bao.example.vn/amp/tong-ket-cchc-2023.html';
const TITLE = 'Tổng kết cải cách hành chính năm 2023';

/** An AMP document (`<html ⚡>`) whose article holds `media` after its first paragraph. */
function ampPage(media: string): string {
  const [first, ...rest] = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html ⚡ lang="vi"><head><meta charset="utf-8"><title>${TITLE}</title>
<link rel="canonical" href="${URL}"><script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Trang chủ</a></li></ul></amp-sidebar>
<article><h1>${TITLE}</h1>${first}${media}${rest.join('')}</article></body></html>`;
}

const extract = (media: string) => extractArticle(ampPage(media), { url: URL });

describe('rule: an AMP page shows its media through AMP elements', () => {
  it('reads a picture set as <amp-img>, with its caption', () => {
    const article = extract(
      '<figure><amp-img src="/anh/hoi-nghi.jpg" width="1200" height="800" layout="responsive" alt="Hội nghị"><amp-img placeholder src="/anh/mo.jpg" layout="fill"></amp-img></amp-img><figcaption>Quang cảnh hội nghị.</figcaption></figure>',
    );
    expect(article.images).toEqual([
      expect.objectContaining({
        url: 'https://bao.example.vn/anh/hoi-nghi.jpg',
        caption: 'Quang cảnh hội nghị.',
      }),
    ]);
    expect(article.contentHtml).toContain('<img src="https://bao.example.vn/anh/hoi-nghi.jpg"');
    expect(article.contentHtml).not.toContain('mo.jpg');
  });

  it('plays <amp-video> and <amp-audio>, without the text shown where they cannot play', () => {
    const article = extract(
      '<amp-video controls width="640" height="360" layout="responsive" poster="/anh/p.jpg"><source src="/video/hoi-nghi.mp4" type="video/mp4"><div fallback><p>Trình duyệt không hỗ trợ video.</p></div></amp-video>' +
        '<amp-audio src="/audio/phong-van.mp3"><div fallback>Không hỗ trợ âm thanh.</div></amp-audio>',
    );
    expect(article.contentHtml).toContain(
      '<source src="https://bao.example.vn/video/hoi-nghi.mp4" type="video/mp4" />',
    );
    expect(article.contentHtml).toContain(
      '<audio src="https://bao.example.vn/audio/phong-van.mp3" controls></audio>',
    );
    expect(article.contentText).not.toMatch(/không hỗ trợ/i);
  });

  it.each([
    [
      '<amp-youtube data-videoid="dQw4w9WgXcQ" layout="responsive" width="480" height="270"></amp-youtube>',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"',
    ],
    [
      '<amp-vimeo data-videoid="76979871" layout="responsive" width="500" height="281"></amp-vimeo>',
      '<iframe src="https://player.vimeo.com/video/76979871"',
    ],
  ])('embeds %s by its id', (media, embed) => {
    expect(extract(media).contentHtml).toContain(embed);
  });

  it('leaves out AMP ads and their fallback text', () => {
    const article = extract(
      '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"><div fallback>Quảng cáo</div></amp-ad>',
    );
    expect(article.contentText).not.toContain('Quảng cáo');
    for (const p of BODY_PARAGRAPHS) expect(article.contentText).toContain(p);
  });
});

/** A plain page whose article holds `media` after its first paragraph. */
function page(media: string): string {
  const [first, ...rest] = BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${TITLE}</title>
<link rel="canonical" href="${URL}"></head><body><article><h1>${TITLE}</h1>${first}${media}${rest.join('')}</article></body></html>`;
}

describe('rule: a video embed loaded late is the video it will load', () => {
  it.each([
    '<iframe src="about:blank" data-src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315"></iframe>',
    '<iframe data-lazy-src="https://www.youtube.com/embed/dQw4w9WgXcQ" src="data:text/html;base64,PGJvZHk+"></iframe>',
    '<iframe data-src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
  ])('embeds the video of %s', (media) => {
    const article = extractArticle(page(media), { url: URL });
    expect(article.contentHtml).toContain(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"',
    );
  });

  it('embeds a <lite-youtube> by its videoid', () => {
    const article = extractArticle(
      page('<lite-youtube videoid="dQw4w9WgXcQ" playlabel="Phát: Hội nghị"></lite-youtube>'),
      { url: URL },
    );
    expect(article.contentHtml).toContain(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"',
    );
  });

  it('embeds a video of youtube.com written without www', () => {
    const article = extractArticle(
      page('<iframe src="https://youtube.com/embed/dQw4w9WgXcQ"></iframe>'),
      { url: URL },
    );
    expect(article.contentHtml).toContain('<iframe src="https://youtube.com/embed/dQw4w9WgXcQ"');
  });
});
