import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS, buildPage } from '../build-page.ts';

const CANONICAL = 'https://tinh.example.gov.vn/tin/2023/tong-ket-cchc.html';

/** The page with a `<base>` element (or none), a relative image and a relative link. */
function pageWithBase(base: string, canonical = CANONICAL): string {
  const [first = '', ...rest] = BODY_PARAGRAPHS;
  return buildPage({
    head: `${base}<link rel="canonical" href="${canonical}">`,
    body: [
      `<p>${first}</p>`,
      '<p><img src="upload/hoi-nghi.jpg" alt="Toàn cảnh hội nghị" width="800" height="533"></p>',
      '<p>Theo <a href="van-ban/ke-hoach-15.pdf">kế hoạch số 15</a>, các sở, ngành sẽ hoàn thành việc số hóa hồ sơ trong quý II.</p>',
      ...rest.map((p) => `<p>${p}</p>`),
    ].join('\n'),
  });
}

function urls(html: string): { image: string | undefined; link: string | undefined } {
  const article = extractArticle(html);
  return {
    image: article.images[0]?.url,
    link: /<a href="([^"]+)"/.exec(article.contentHtml)?.[1],
  };
}

describe('rule: relative links and images resolve against <base href>, as browsers resolve them', () => {
  it('resolves them against a base on another host', () => {
    expect(urls(pageWithBase('<base href="https://cdn.example.gov.vn/portal/">'))).toEqual({
      image: 'https://cdn.example.gov.vn/portal/upload/hoi-nghi.jpg',
      link: 'https://cdn.example.gov.vn/portal/van-ban/ke-hoach-15.pdf',
    });
  });

  it('resolves a relative base against the page’s URL (an old portal’s site root)', () => {
    expect(urls(pageWithBase('<base href="/">'))).toEqual({
      image: 'https://tinh.example.gov.vn/upload/hoi-nghi.jpg',
      link: 'https://tinh.example.gov.vn/van-ban/ke-hoach-15.pdf',
    });
  });

  it('resolves them against the page’s URL without a base, or with a base that has no href', () => {
    const expected = {
      image: 'https://tinh.example.gov.vn/tin/2023/upload/hoi-nghi.jpg',
      link: 'https://tinh.example.gov.vn/tin/2023/van-ban/ke-hoach-15.pdf',
    };
    expect(urls(pageWithBase(''))).toEqual(expected);
    expect(urls(pageWithBase('<base target="_blank">'))).toEqual(expected);
  });

  it('resolves a relative canonical link against the base too', () => {
    const html = pageWithBase('<base href="https://tinh.example.gov.vn/">', 'tin/a.html');
    expect(extractArticle(html).url).toBe('https://tinh.example.gov.vn/tin/a.html');
  });
});
