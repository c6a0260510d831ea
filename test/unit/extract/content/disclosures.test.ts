import { describe, expect, it } from 'vitest';
import { extract, PARAGRAPHS, page } from './pages.ts';

const [first, second, third, fourth] = PARAGRAPHS as [string, string, string, string];

/** An article of two paragraphs, `inside`, and two more. */
const inArticle = (inside: string) =>
  page(
    `<article><p>${first}</p><p>${second}</p>${inside}<p>${third}</p><p>${fourth}</p></article>`,
  );

const QUESTION = 'Buổi tọa đàm kéo dài bao lâu?';
const ANSWER = 'Buổi tọa đàm kéo dài hai giờ, theo chương trình của ban tổ chức.';

describe("an accordion's answers, hidden until their question is pressed, are the article's", () => {
  it.each([
    [
      'the block after its button',
      `<div class="faq"><div class="faq-item"><button class="faq-q" aria-expanded="false">${QUESTION}</button><div class="faq-a" style="display:none"><p>${ANSWER}</p></div></div></div>`,
    ],
    [
      'the block aria-controls names, its button in a heading',
      `<div class="accordion"><h3><button aria-expanded="false" aria-controls="a1">${QUESTION}</button></h3><div id="a1" class="panel" hidden><p>${ANSWER}</p></div></div>`,
    ],
  ])('keeps the question as a heading and the answer as a paragraph: %s', (_, faq) => {
    const { contentHtml, contentText } = extract(inArticle(faq));
    expect(contentHtml).toMatch(new RegExp(`<h[2-6]>${QUESTION.replace('?', '\\?')}</h[2-6]>`));
    expect(contentText.split('\n\n')).toEqual([first, second, QUESTION, ANSWER, third, fourth]);
  });

  it("drops a button's label when the panel opens with a heading of its own", () => {
    const transcript = `<div class="accordion"><button aria-expanded="false">Xem bản ghi</button><div class="accordion__content" hidden><h2>Bản ghi</h2><p>${ANSWER}</p></div></div>`;
    const { contentText } = extract(inArticle(transcript));
    expect(contentText.split('\n\n')).toEqual([first, second, 'Bản ghi', ANSWER, third, fourth]);
  });

  it('leaves a hidden menu of links a button opens hidden', () => {
    const menu = `<div class="tools"><button aria-expanded="false">Chia sẻ bài viết</button><ul hidden><li><a href="https://facebook.com/sharer">Facebook chia sẻ</a></li><li><a href="https://twitter.com/intent">Twitter chia sẻ ngay</a></li></ul></div>`;
    expect(extract(inArticle(menu)).contentText.split('\n\n')).toEqual(PARAGRAPHS);
  });
});

describe("a <details> element's summary is a heading of what it discloses", () => {
  it('writes each summary as a heading below the heading before it, not as a bare line', () => {
    const faq = `<h2>Câu hỏi thường gặp</h2><details><summary>${QUESTION}</summary><p>${ANSWER}</p></details>`;
    const { contentHtml, contentText } = extract(inArticle(faq));
    expect(contentHtml).toContain(
      `<h2>Câu hỏi thường gặp</h2><h3>${QUESTION}</h3><p>${ANSWER}</p>`,
    );
    expect(contentText).toContain(`Câu hỏi thường gặp\n\n${QUESTION}\n\n${ANSWER}`);
  });

  it('keeps the heading a summary holds', () => {
    const faq = `<details><summary><h3>${QUESTION}</h3></summary><p>${ANSWER}</p></details>`;
    expect(extract(inArticle(faq)).contentHtml).toContain(`<h3>${QUESTION}</h3><p>${ANSWER}</p>`);
  });
});
