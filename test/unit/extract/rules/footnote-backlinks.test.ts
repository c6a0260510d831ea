import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://blog.example.org/2026/12/harappan-lakes/';

const PARAGRAPHS = [
  'The lake beds of the Thar Desert hold a record of the monsoon that reaches back ten thousand years, and the shells buried in them tell us when the water began to fail.',
  'Our samples come from three cores drilled in 2024, each about four metres long, dated by radiocarbon at the top and the bottom and by pollen in between.',
  'The oxygen in the shells grows heavier as the lakes shrink, which is why we read it as a measure of drought rather than of temperature alone.',
];

/** A post whose notes close the text, each ending with its generator's link back to the citation. */
function notesPage(note: (n: number) => string, list: (items: string) => string): string {
  const text = PARAGRAPHS.map(
    (p, i) =>
      `<p>${p}<sup id="fnref:${i + 1}"><a href="#fn:${i + 1}" class="footnote-ref">${i + 1}</a></sup></p>`,
  ).join('');
  const items = [1, 2, 3]
    .map(
      (n) =>
        `<li id="fn:${n}"><p>Note number ${n}, on the sources of the cores.&nbsp;${note(n)}</p></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>What the lakes remember</title></head><body><main><article><h1>What the lakes remember</h1><div class="post-content">${text}${list(items)}</div></article></main></body></html>`;
}

describe('rule: a footnote’s link back to its citation is no text', () => {
  it.each([
    [
      'kramdown (Jekyll)',
      (n: number) =>
        `<a href="#fnref:${n}" class="reversefootnote" role="doc-backlink">&#8617;</a>`,
      (items: string) => `<div class="footnotes" role="doc-endnotes"><ol>${items}</ol></div>`,
    ],
    [
      'Goldmark (Hugo), with a text variation selector',
      (n: number) =>
        `<a href="#fnref:${n}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`,
      (items: string) => `<div class="footnotes" role="doc-endnotes"><hr><ol>${items}</ol></div>`,
    ],
    [
      'the WordPress footnotes block',
      (n: number) => `<a href="#fn-${n}-link" aria-label="Jump to footnote reference ${n}">↩︎</a>`,
      (items: string) => `<ol class="wp-block-footnotes">${items}</ol>`,
    ],
    [
      'GitHub’s Markdown',
      (n: number) =>
        `<a href="#user-content-fnref-${n}" data-footnote-backref="" aria-label="Back to reference ${n}" class="data-footnote-backref">↩</a>`,
      (items: string) =>
        `<section data-footnotes="" class="footnotes"><h2 id="footnote-label" class="sr-only">Footnotes</h2><ol>${items}</ol></section>`,
    ],
  ])('leaves out %s’s back-links and keeps the notes', (_, note, list) => {
    const article = extractArticle(notesPage(note, list), { url: URL });
    expect(article.contentText).toContain('Note number 3, on the sources of the cores.');
    expect(article.contentText).not.toMatch(/↩|\uFE0E/);
    expect(article.contentHtml).not.toMatch(/↩|\uFE0E/);
  });

  it('keeps an arrow that a sentence writes, and a link to a note', () => {
    const html = notesPage(
      () => 'Press <kbd>↩</kbd> to go on.',
      (items) => `<ol class="notes">${items}</ol>`,
    );
    const article = extractArticle(html, { url: URL });
    expect(article.contentText).toContain('Press ↩ to go on.');
    expect(article.contentText).toContain(`${PARAGRAPHS[0]}1`);
  });
});
