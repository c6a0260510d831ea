import { load } from 'cheerio/slim';
import type { ParentNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { remover } from '../../../../shared/extract/content/removal.ts';
import {
  extractArticle,
  extractPage,
  recordingTrace,
  recordPage,
  type SiteProfile,
  siteOf,
  templateFor,
} from '../../../../shared/extract/index.ts';
import {
  isUsable,
  MIN_TEMPLATE_PAGES,
  normalizeBlockText,
  PROFILE_PAGES,
  pageBlocks,
  removeTemplateBlocks,
} from '../../../../shared/extract/template/index.ts';
import { FURNITURE, portalPages, SITE } from './portal-site.ts';

const paragraphs = (text: string) => text.split('\n\n');

/** A profile of the site learnt from the given pages. */
function learn(pages: readonly { url: string; html: string }[]): SiteProfile | null {
  let profile: SiteProfile | null = null;
  for (const page of pages)
    profile = recordPage(profile, extractPage(page.html, { url: page.url }).profilePage);
  return profile;
}

describe('site template: fingerprints', () => {
  it('makes every number 0, so a counter or a date is the same line on every page', () => {
    expect(normalizeBlockText('Đang truy cập:  125\nHôm nay: 3.456')).toBe(
      normalizeBlockText('Đang  truy cập: 98 Hôm nay: 12.001'),
    );
  });

  it('tells the same text at two places of the page apart', () => {
    const $ = load('<body><div><p>Liên hệ</p></div><footer><p>Liên hệ</p></footer></body>');
    const [a, b] = pageBlocks($.root()[0] as ParentNode);
    expect(a?.fingerprint).not.toBe(b?.fingerprint);
  });

  it('lists the blocks that hold text and no other block, not scripts', () => {
    const $ = load(
      '<body><div><p>Một <b>câu</b></p><ul><li>Mục</li></ul></div><script>var x = 1;</script></body>',
    );
    const blocks = pageBlocks($.root()[0] as ParentNode);
    expect(blocks.map((b) => b.el.name)).toEqual(['p', 'li']);
  });
});

describe('site template: the profile', () => {
  const page = (n: number) => ({ url: `${SITE}/tin/${n}.html`, fingerprints: [`f${n}`, 'shared'] });

  it('keeps the last pages only, and one visit per URL', () => {
    let profile: SiteProfile | null = null;
    for (let n = 0; n < PROFILE_PAGES + 5; n++) profile = recordPage(profile, page(n));
    profile = recordPage(profile, page(PROFILE_PAGES + 4));
    expect(profile.pages).toHaveLength(PROFILE_PAGES);
    expect(profile.pages.at(-1)?.url).toBe(`${SITE}/tin/${PROFILE_PAGES + 4}.html`);
    expect(new Set(profile.pages.map((p) => p.url)).size).toBe(PROFILE_PAGES);
  });

  it('is usable only once the site has enough other pages, never counting the page itself', () => {
    let profile: SiteProfile | null = null;
    for (let n = 0; n < MIN_TEMPLATE_PAGES; n++) profile = recordPage(profile, page(n));
    expect(templateFor(profile, `${SITE}/tin/0.html`)).toBeNull();
    const template = templateFor(profile, `${SITE}/tin/99.html`);
    expect(template?.pages).toBe(MIN_TEMPLATE_PAGES);
    expect(template?.counts.get('shared')).toBe(MIN_TEMPLATE_PAGES);
    expect(template?.counts.get('f0')).toBe(1);
  });

  it('counts a profile usable from the page whose template has enough other pages: the third', () => {
    expect(isUsable(MIN_TEMPLATE_PAGES)).toBe(false);
    expect(isUsable(MIN_TEMPLATE_PAGES + 1)).toBe(true);
    expect(isUsable(PROFILE_PAGES)).toBe(true);
    // Agrees with templateFor: each page of such a profile gets a template from the others.
    let profile: SiteProfile | null = null;
    for (let n = 0; n <= MIN_TEMPLATE_PAGES; n++) profile = recordPage(profile, page(n));
    expect(profile?.pages.every((p) => templateFor(profile, p.url) !== null)).toBe(true);
  });

  it('keys a site by its canonical host, without www.', () => {
    expect(siteOf('https://www.Congan.Example.gov.vn/a.html')).toBe('congan.example.gov.vn');
  });
});

describe("rule: a block seen at the same place on most of the site's other recent pages is furniture", () => {
  it('cleans the furniture a first page leaks, on all three pages of a site, once learnt', () => {
    const pages = portalPages();
    for (const p of pages) {
      expect(extractArticle(p.html, { url: p.url }).contentText).toContain(FURNITURE[0]);
    }
    const profile = learn(pages);
    for (const p of pages) {
      const article = extractArticle(p.html, { url: p.url, template: templateFor(profile, p.url) });
      expect(paragraphs(article.contentText)).toEqual(p.paragraphs);
      // The reporter's byline recurs too, but among the article's own paragraphs: it stays, and
      // closes the body again once the furniture after it is gone.
      expect(article.authors).toEqual(['Đỗ Huy']);
    }
  });

  it('says in the trace that the site template removed the block', () => {
    const pages = portalPages();
    const profile = learn(pages);
    const [first] = pages;
    if (first === undefined) throw new Error('no page');
    const { trace, explanation } = recordingTrace();
    extractArticle(first.html, {
      url: first.url,
      template: templateFor(profile, first.url),
      trace,
    });
    const removed = explanation.removed.filter((r) => r.rule === 'site template');
    expect(removed.some((r) => r.text.startsWith('Đường dây nóng của Công an tỉnh'))).toBe(true);
    expect(removed[0]?.match).toMatch(
      /of 2 other recent pages of congan\.langhoa\.example\.gov\.vn/,
    );
  });

  it('keeps a block that only a minority of the other pages hold', () => {
    const topics = ['giao thông', 'y tế', 'giáo dục', 'nông nghiệp', 'du lịch'];
    const html = (n: number, extra: string) =>
      `<body><div><p>Bài về ${topics[n]} có nội dung riêng, khác hẳn các bài khác.</p>${extra}</div></body>`;
    const box = '<div><p>Thông báo tuyển sinh năm nay của trường.</p></div>';
    const sources = [html(0, box), html(1, ''), html(2, ''), html(3, '')];
    let profile: SiteProfile | null = null;
    sources.forEach((h, n) => {
      const $ = load(h);
      profile = recordPage(profile, {
        url: `${SITE}/${n}.html`,
        fingerprints: pageBlocks($.root()[0] as ParentNode).map((b) => b.fingerprint),
      });
    });
    const $ = load(html(4, box));
    const root = $.root()[0] as ParentNode;
    const template = templateFor(profile, `${SITE}/5.html`);
    if (template === null) throw new Error('no template');
    expect(removeTemplateBlocks(root, pageBlocks(root), template, remover(undefined))).toBe(0);
  });

  it('removes nothing from a page that is all furniture (the same page under another address)', () => {
    const [p] = portalPages();
    if (p === undefined) throw new Error('no page');
    const copies = [1, 2, 3].map((n) => ({
      url: `${SITE}/ban-sao-${n}.html`,
      html: p.html.replace(p.url, `${SITE}/ban-sao-${n}.html`),
    }));
    const profile = learn(copies);
    const article = extractArticle(p.html, { url: p.url, template: templateFor(profile, p.url) });
    for (const para of p.paragraphs) expect(article.contentText).toContain(para);
  });

  it('applies no template to a page whose text is mostly on other pages (a new version of an article)', () => {
    const [p] = portalPages();
    if (p === undefined) throw new Error('no page');
    const copies = [1, 2, 3].map((n) => ({
      url: `${SITE}/ban-cu-${n}.html`,
      html: p.html.replace(p.url, `${SITE}/ban-cu-${n}.html`),
    }));
    const profile = learn(copies);
    const edited = p.html.replace('kéo giảm 12%', 'kéo giảm hơn 12%');
    const article = extractArticle(edited, { url: p.url, template: templateFor(profile, p.url) });
    for (const para of p.paragraphs.slice(0, 1)) expect(article.contentText).toContain(para);
    expect(article.contentText).toContain('kéo giảm hơn 12%');
  });
});

describe("rule: a description most of the site's other pages carry is its slogan, not the article's lead", () => {
  const SLOGAN =
    'Cổng thông tin điện tử Công an tỉnh Lạng Hòa: thông tin chính thống, kịp thời về an ninh, trật tự.';
  const withDescription = (html: string, description: string) =>
    html.replace('</head>', `<meta name="description" content="${description}"></head>`);

  it('gives no lead from a description every page of the site carries, once learnt', () => {
    const pages = portalPages().map((p) => ({ ...p, html: withDescription(p.html, SLOGAN) }));
    for (const p of pages) expect(extractArticle(p.html, { url: p.url }).lead).toBe(SLOGAN);
    const profile = learn(pages);
    for (const p of pages) {
      const template = templateFor(profile, p.url);
      const { trace, explanation } = recordingTrace();
      expect(extractArticle(p.html, { url: p.url, template, trace }).lead).toBeNull();
      expect(explanation.removed).toContainEqual(
        expect.objectContaining({ rule: 'site template: description' }),
      );
    }
  });

  it("keeps each page's own description as its lead", () => {
    const summaries = [
      'Kết quả một năm: tội phạm giảm, nhiều chuyên án lớn được khám phá.',
      'Hơn ba nghìn học sinh được hướng dẫn kỹ năng đi đường an toàn.',
      'Năm trăm cán bộ, chiến sĩ ra quân giữ bình yên cho nhân dân đón Tết.',
    ];
    const pages = portalPages().map((p, i) => ({
      ...p,
      html: withDescription(p.html, summaries[i] ?? ''),
    }));
    const profile = learn(pages);
    for (const [i, p] of pages.entries()) {
      const article = extractArticle(p.html, { url: p.url, template: templateFor(profile, p.url) });
      expect(article.lead).toBe(summaries[i]);
    }
  });
});
