import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://blog.example.com/posts/pendulum/';

const OPENING =
  '<p>The first paragraph of the post runs long enough to be taken for body text by any reasonable extractor on the page.</p><p>A second paragraph goes on with a few more details, quotes and numbers so that the block scores as prose.</p>';

/** A blog post whose third paragraph is `paragraph`. */
function post(paragraph: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pendulums, slowly</title>
<link rel="canonical" href="${URL}"></head><body><article><h1>Pendulums, slowly</h1>${OPENING}${paragraph}</article></body></html>`;
}

/** KaTeX's server-rendered markup of `T = 2\pi`: MathML with its TeX, and the glyphs shown. */
const KATEX = `<span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mi>T</mi><mo>=</mo><mn>2</mn><mi>π</mi></mrow><annotation encoding="application/x-tex">T = 2\\pi</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="base"><span class="mord mathnormal">T</span><span class="mrel">=</span><span class="mord">2</span><span class="mord mathnormal">π</span></span></span></span>`;

describe('rule: a formula reads once, as its TeX source where the page carries it', () => {
  it('reads a KaTeX formula once, as its TeX annotation', () => {
    const article = extractArticle(post(`<p>The period is ${KATEX} for small swings.</p>`));
    expect(article.contentText).toContain('The period is T = 2\\pi for small swings.');
    expect(article.contentHtml).toContain('<p>The period is T = 2\\pi for small swings.</p>');
  });

  it('reads MathML without a TeX annotation as its shown text, leaving other annotations out', () => {
    const math =
      '<math><semantics><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow><annotation encoding="text/x-asciimath">E=mc^2</annotation></semantics></math>';
    const article = extractArticle(post(`<p>Einstein wrote ${math} in 1905.</p>`));
    expect(article.contentText).toContain('Einstein wrote E=mc2 in 1905.');
  });

  it('keeps a MathJax 2 formula that a script holds, as its TeX source', () => {
    const article = extractArticle(
      post(
        '<p>We see heads in <script type="math/tex">k</script> of <script type="math/tex">n</script> flips, so the posterior is</p><script type="math/tex; mode=display">p(\\theta \\mid k) \\propto \\theta^k (1-\\theta)^{n-k}</script><p>which is a Beta distribution.</p>',
      ),
    );
    expect(article.contentText).toContain('We see heads in k of n flips, so the posterior is');
    expect(article.contentText).toContain(
      'p(\\theta \\mid k) \\propto \\theta^k (1-\\theta)^{n-k}',
    );
  });

  it('still leaves out scripts that are code, not formulas', () => {
    const article = extractArticle(
      post(
        '<p>The end of the post.</p><script type="text/javascript">window.analytics = { page: "pendulum" };</script>',
      ),
    );
    expect(article.contentText).not.toContain('analytics');
  });
});
