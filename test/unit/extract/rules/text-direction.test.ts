import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.eg/articles/2025/01/13/budget.html';

const PARAGRAPHS = [
  'أعلنت وزارة المالية اليوم عن ملامح الموازنة العامة للدولة للعام المالي الجديد، والتي تتضمن زيادة في الإنفاق على التعليم والصحة.',
  'وقال الوزير في مؤتمر صحفي إن الحكومة تستهدف خفض العجز الكلي إلى أقل من ستة في المئة من الناتج المحلي الإجمالي خلال العامين المقبلين.',
  'وأضاف أن الموازنة الجديدة تراعي البعد الاجتماعي وتدعم الفئات الأكثر احتياجا من خلال برامج الحماية الاجتماعية الموسعة.',
  'ومن المقرر أن يناقش مجلس النواب مشروع الموازنة خلال الأسابيع المقبلة قبل إقراره بشكل نهائي في نهاية الشهر المقبل.',
];

/** An Arabic news page; `htmlAttributes` go on its `<html>`. */
function arabicPage(htmlAttributes: string, extra = ''): string {
  return `<!doctype html><html ${htmlAttributes}><head><meta charset="utf-8">
<title>ملامح الموازنة الجديدة</title><link rel="canonical" href="${URL}"></head>
<body><main><h1>ملامح الموازنة الجديدة</h1>
<div class="article-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${extra}</div></main></body></html>`;
}

describe('rule: the body keeps the direction of its text', () => {
  it("wraps the body of a page declared right-to-left in the page's direction", () => {
    const { contentHtml } = extractArticle(arabicPage('lang="ar" dir="rtl"'));
    expect(contentHtml.startsWith('<div dir="rtl"><p>')).toBe(true);
    expect(contentHtml.endsWith('</p></div>')).toBe(true);
    expect(contentHtml).toContain(PARAGRAPHS[0]);
  });

  it('leaves the body of a page without a declared direction as it is', () => {
    const { contentHtml } = extractArticle(arabicPage('lang="ar"'));
    expect(contentHtml.startsWith('<p>')).toBe(true);
  });

  it('keeps the direction and language of a quotation in another script', () => {
    const quote = '<blockquote dir="ltr" lang="en">The budget is a turning point.</blockquote>';
    const { contentHtml } = extractArticle(arabicPage('lang="ar" dir="rtl"', quote));
    expect(contentHtml).toContain(quote);
  });
});
