import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';
import { BODY_PARAGRAPHS } from '../build-page.ts';

const URL = 'https://www.diario.example.bo/actualidad/pais/20220503/juicio-caso-golpe-ii';

/** A page whose body opens with `opening`, its class names saying nothing. */
function page(opening: string): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Juicio por el caso golpe II entra en la recta final</title></head>
<body><div class="k1"><h1>Juicio por el caso golpe II entra en la recta final</h1><div class="k2">${opening}
${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</div></div></body></html>`;
}

describe("rule: the body's opening line naming a section of the page's address is a label", () => {
  it.each([
    ['a section of its own', '<div class="k3"> País </div>'],
    ['the section above it', '<p>Actualidad</p>'],
  ])('removes %s', (_, opening) => {
    const { contentText } = extractArticle(page(opening), { url: URL });
    expect(contentText.startsWith(BODY_PARAGRAPHS[0] as string)).toBe(true);
  });

  it("keeps an opening line the address does not name, or names only as the article's own slug", () => {
    const { contentText } = extractArticle(page('<p>Bolivia</p>'), { url: URL });
    expect(contentText.startsWith('Bolivia')).toBe(true);
    const slug = extractArticle(page('<p>Juicio caso golpe II</p>'), { url: URL });
    expect(slug.contentText.startsWith('Juicio caso golpe II')).toBe(true);
  });

  it.each([
    ['in its own paragraph', '<p>Actualidad.</p>'],
    [
      'set apart in the first sentence',
      '<p><span class="k4">Actualidad.</span> La audiencia se retoma este miércoles.</p>',
    ],
  ])('keeps a place ending in a full stop that opens the story, %s', (_, opening) => {
    const { contentText } = extractArticle(page(opening), { url: URL });
    expect(contentText.startsWith('Actualidad.')).toBe(true);
  });

  it("keeps an opening sentence that starts with the section's word", () => {
    const line = '<p>País en vilo: la audiencia se retoma este miércoles.</p>';
    const { contentText } = extractArticle(page(line), { url: URL });
    expect(contentText).toContain('País en vilo');
  });
});
