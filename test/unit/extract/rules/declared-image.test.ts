import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleImage } from '../../../../shared/article.ts';
import {
  extractArticle,
  extractPage,
  recordingTrace,
  recordPage,
  type SiteProfile,
  templateFor,
} from '../../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS, buildPage } from '../build-page.ts';

const CANONICAL = 'https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html';
const CANONICAL_LINK = `<link rel="canonical" href="${CANONICAL}">`;

/** The page with these tags in its head, and the body's paragraphs (no picture). */
function pageDeclaring(head: string): string {
  return buildPage({ head: `${CANONICAL_LINK}${head}` });
}

function imageOf(head: string): ArticleImage | null {
  return extractArticle(pageDeclaring(head)).image;
}

/** A JSON-LD article declaring `image` (`<` escaped, so no value closes the script). */
const jsonLd = (image: unknown) =>
  `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Tổng kết cải cách hành chính năm 2023',
    image,
  }).replaceAll('<', '\\u003c')}</script>`;

const picture = (url: string, more: Partial<ArticleImage> = {}): ArticleImage => ({
  url,
  caption: null,
  alt: null,
  width: null,
  height: null,
  ...more,
});

describe("rule: the picture a page declares for sharing is the article's image", () => {
  it('takes og:image with its declared size and alternative text', () => {
    expect(
      imageOf(
        '<meta property="og:image" content="https://cdn.example.gov.vn/2023/12/hoi-nghi.jpg">' +
          '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">' +
          '<meta property="og:image:alt" content="Toàn cảnh hội nghị">',
      ),
    ).toEqual(
      picture('https://cdn.example.gov.vn/2023/12/hoi-nghi.jpg', {
        alt: 'Toàn cảnh hội nghị',
        width: 1200,
        height: 630,
      }),
    );
  });

  it("resolves a relative address against the page's", () => {
    expect(imageOf('<meta property="og:image" content="/upload/2023/hoi-nghi.jpg">')?.url).toBe(
      'https://tinh.example.gov.vn/upload/2023/hoi-nghi.jpg',
    );
  });

  it("takes the Twitter card's picture when Open Graph declares none", () => {
    expect(
      imageOf(
        '<meta name="twitter:image" content="https://tinh.example.gov.vn/anh/hoi-nghi.png">' +
          '<meta name="twitter:image:alt" content="Hội nghị">',
      ),
    ).toEqual(picture('https://tinh.example.gov.vn/anh/hoi-nghi.png', { alt: 'Hội nghị' }));
  });

  it.each([
    ['a string', 'https://tinh.example.gov.vn/anh/a.jpg', {}],
    [
      'an ImageObject with its size and caption',
      {
        '@type': 'ImageObject',
        url: 'https://tinh.example.gov.vn/anh/a.jpg',
        width: '1280',
        height: { '@type': 'QuantitativeValue', value: 720 },
        caption: 'Quang cảnh hội nghị',
      },
      { width: 1280, height: 720, caption: 'Quang cảnh hội nghị' },
    ],
    [
      'a list of crops, the first',
      ['https://tinh.example.gov.vn/anh/a.jpg', 'https://tinh.example.gov.vn/anh/a-4x3.jpg'],
      {},
    ],
    [
      "an ImageObject's contentUrl",
      { '@type': 'ImageObject', contentUrl: 'https://tinh.example.gov.vn/anh/a.jpg' },
      {},
    ],
  ])("takes the JSON-LD article's image given as %s", (_, value, more) => {
    expect(imageOf(jsonLd(value))).toEqual(
      picture('https://tinh.example.gov.vn/anh/a.jpg', more as Partial<ArticleImage>),
    );
  });

  it('follows a JSON-LD reference to the image node of the graph', () => {
    const graph = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Tổng kết cải cách hành chính năm 2023',
          image: { '@id': `${CANONICAL}#primaryimage` },
        },
        {
          '@type': 'ImageObject',
          '@id': `${CANONICAL}#primaryimage`,
          url: 'https://tinh.example.gov.vn/anh/a.jpg',
          width: 1600,
          height: 900,
        },
      ],
    })}</script>`;
    expect(imageOf(graph)).toEqual(
      picture('https://tinh.example.gov.vn/anh/a.jpg', { width: 1600, height: 900 }),
    );
  });

  it("takes an old page's <link rel=image_src> last", () => {
    expect(imageOf('<link rel="image_src" href="/images/news/hoi-nghi.jpg">')?.url).toBe(
      'https://tinh.example.gov.vn/images/news/hoi-nghi.jpg',
    );
    expect(
      imageOf(
        '<link rel="image_src" href="/images/news/other.jpg">' +
          '<meta property="og:image" content="/images/news/hoi-nghi.jpg">',
      )?.url,
    ).toBe('https://tinh.example.gov.vn/images/news/hoi-nghi.jpg');
  });

  it('prefers og:image to the JSON-LD image, as sharing cards show it', () => {
    expect(
      imageOf(
        `<meta property="og:image" content="/anh/og.jpg">${jsonLd('https://tinh.example.gov.vn/anh/ld.jpg')}`,
      )?.url,
    ).toBe('https://tinh.example.gov.vn/anh/og.jpg');
  });

  it('passes over an unusable first value for the next one', () => {
    expect(
      imageOf(
        '<meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">' +
          '<meta name="twitter:image" content="https://tinh.example.gov.vn/anh/a.jpg">',
      )?.url,
    ).toBe('https://tinh.example.gov.vn/anh/a.jpg');
  });

  it.each([
    ['nothing', ''],
    ['a data: address', '<meta property="og:image" content="data:image/png;base64,iVBORw0KGgo=">'],
    ['a script address', '<meta property="og:image" content="javascript:void(0)">'],
    ["a template's unfilled placeholder", '<meta property="og:image" content="{{ post.image }}">'],
    ["the site's logo", '<meta property="og:image" content="/themes/portal/images/logo-tinh.png">'],
    ['a logo named for a network', '<meta property="og:image" content="/skins/gfx/fblogo.jpg">'],
    [
      'a logo in its sizes',
      '<meta property="og:image" content="/img/yonhapnews_logo_1200x800_en01.jpg">',
    ],
    ["the site's icon", '<meta property="og:image" content="/assets/images/icon.web.png">'],
    [
      "a portal's banner",
      '<meta property="og:image" content="/Portals/0/banner-cong-thong-tin.jpg">',
    ],
    [
      "a Joomla site's ad banners",
      '<meta property="og:image" content="/images/banners/quang-cao-1.jpg">',
    ],
    ['the site default picture', '<meta property="og:image" content="/upload/og-default.jpg">'],
    ['a favicon', '<meta property="og:image" content="/favicon.ico">'],
    ['a placeholder', '<meta property="og:image" content="/static/no-image.jpg">'],
    [
      "a blog's avatar",
      '<meta property="og:image" content="https://secure.gravatar.com/blavatar/55bf7238e39ec9fd?s=200">',
    ],
    [
      'an icon-sized picture',
      '<meta property="og:image" content="/anh/icon-64.png"><meta property="og:image:width" content="64"><meta property="og:image:height" content="64">',
    ],
  ])('gives none for %s', (_, head) => {
    expect(imageOf(head)).toBeNull();
  });

  it('gives none or an http(s) picture with whole sizes of 100 pixels or more, whatever the tags hold', () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom('/a.jpg', '//cdn.example.com/b.png', 'data:,x', ' ', '{{x}}', '100', '-5'),
    );
    const attribute = (s: string) => s.replaceAll('"', '&quot;');
    fc.assert(
      fc.property(value, value, value, fc.jsonValue({ maxDepth: 3 }), (url, width, alt, image) => {
        const head =
          `<meta property="og:image" content="${attribute(url)}">` +
          `<meta property="og:image:width" content="${attribute(width)}">` +
          `<meta property="og:image:alt" content="${attribute(alt)}">` +
          jsonLd(image);
        const found = imageOf(head);
        if (found === null) return;
        expect(new URL(found.url).protocol).toMatch(/^https?:$/);
        for (const side of [found.width, found.height]) {
          if (side !== null) expect(Number.isInteger(side) && side >= 100).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not add the declared picture to the body's images", () => {
    const article = extractArticle(
      pageDeclaring('<meta property="og:image" content="/anh/og.jpg">'),
    );
    expect(article.images).toEqual([]);
    expect(article.contentHtml).not.toContain('og.jpg');
  });

  it('says where the image came from in the explanation', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(pageDeclaring('<meta property="og:image" content="/anh/og.jpg">'), { trace });
    expect(explanation.fields).toContainEqual(
      expect.objectContaining({
        field: 'image',
        source: 'og:image',
        raw: 'https://tinh.example.gov.vn/anh/og.jpg',
      }),
    );
  });
});

describe('rule: the declared picture shown on the page takes the caption and alt text it shows there', () => {
  const url = 'https://tinh.example.gov.vn/upload/hoi-nghi.jpg';
  const figure =
    '<figure><img src="/upload/hoi-nghi.jpg" alt="Toàn cảnh hội nghị"><figcaption>Toàn cảnh hội nghị tổng kết. Ảnh: Minh Châu</figcaption></figure>';

  it.each([
    ['above the body', { before: figure }],
    ['in the body', { body: `${figure}${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}` }],
  ])('reads them from the <figure> %s', (_, parts) => {
    const html = buildPage({
      head: `${CANONICAL_LINK}<meta property="og:image" content="${url}">`,
      ...parts,
    });
    const { image } = extractArticle(html);
    expect(image?.url).toBe(url);
    expect(image?.caption).toBe('Toàn cảnh hội nghị tổng kết. Ảnh: Minh Châu');
    expect(image?.alt).toBe('Toàn cảnh hội nghị');
  });

  it('keeps the alt text the card declares', () => {
    const head = `<meta property="og:image" content="${url}"><meta property="og:image:alt" content="Hội nghị">`;
    const html = buildPage({ head: `${CANONICAL_LINK}${head}`, before: figure });
    expect(extractArticle(html).image?.alt).toBe('Hội nghị');
  });
});

describe("rule: a picture most of the site's other pages declare is its default, not the article's", () => {
  const pages = ['a', 'b', 'c'].map((slug, i) => ({
    url: `https://tinh.example.gov.vn/tin/${slug}.html`,
    own: `https://tinh.example.gov.vn/upload/2023/${slug}.jpg`,
    paragraphs: BODY_PARAGRAPHS.map((p) => `${p} (${i})`),
  }));
  const build = (page: (typeof pages)[number], image: string) =>
    buildPage({
      head: `<link rel="canonical" href="${page.url}"><meta property="og:image" content="${image}">`,
      body: page.paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    });
  const learn = (htmls: readonly { url: string; html: string }[]): SiteProfile | null => {
    let profile: SiteProfile | null = null;
    for (const { url, html } of htmls)
      profile = recordPage(profile, extractPage(html, { url }).profilePage);
    return profile;
  };

  it('gives none for a picture every page of the site declares, once learnt', () => {
    const shared = 'https://tinh.example.gov.vn/upload/anh-chia-se-cong-thong-tin.jpg';
    const htmls = pages.map((p) => ({ url: p.url, html: build(p, shared) }));
    for (const { url, html } of htmls)
      expect(extractArticle(html, { url }).image?.url).toBe(shared);
    const profile = learn(htmls);
    for (const { url, html } of htmls) {
      const { trace, explanation } = recordingTrace();
      expect(extractArticle(html, { url, template: templateFor(profile, url), trace }).image).toBe(
        null,
      );
      expect(explanation.removed).toContainEqual(
        expect.objectContaining({ rule: 'site template: image' }),
      );
    }
  });

  it("keeps each page's own picture", () => {
    const htmls = pages.map((p) => ({ url: p.url, html: build(p, p.own) }));
    const profile = learn(htmls);
    for (const [i, { url, html }] of htmls.entries()) {
      const article = extractArticle(html, { url, template: templateFor(profile, url) });
      expect(article.image?.url).toBe(pages[i]?.own);
    }
  });
});

describe("rule: the declared picture's file name written as the page writes it", () => {
  it('finds the <img> of a file whose name the declared address encodes', () => {
    const url = 'https://tinh.example.gov.vn/upload/h%E1%BB%99i-ngh%E1%BB%8B.jpg';
    const html = buildPage({
      head: `${CANONICAL_LINK}<meta property="og:image" content="${url}">`,
      before:
        '<figure><img src="/upload/hội-nghị.jpg" alt="Hội nghị"><figcaption>Toàn cảnh hội nghị.</figcaption></figure>',
    });
    expect(extractArticle(html).image?.caption).toBe('Toàn cảnh hội nghị.');
  });
});
