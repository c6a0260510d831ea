import { describe, expect, it } from 'vitest';
import { hideClassNames } from '../../../bench/extraction/unknown-classes.ts';

const hide = (html: string) => hideClassNames(Buffer.from(html)).toString('utf8');

describe('hideClassNames', () => {
  it('replaces every class and id word of a tag, both attributes, any quoting', () => {
    const out = hide(
      `<div id="comments" class="comment-list post"><p class='lead'>x</p><b class=note>y</b>`,
    );
    expect(out).not.toMatch(/comments|comment-list|post|lead|note/);
    expect(out).toMatch(/^<div id="k[0-9a-f]{6}" class="k[0-9a-f]{6} k[0-9a-f]{6}">/);
    expect(out).toContain('>x</p>');
  });

  it('gives a word the same hash wherever it repeats, and other words other hashes', () => {
    const out = hide('<li class="item odd"></li><li class="item even"></li>');
    const [first, second] = [...out.matchAll(/class="([^"]*)"/g)].map((m) => m[1]?.split(' '));
    expect(first?.[0]).toBe(second?.[0]);
    expect(first?.[1]).not.toBe(second?.[1]);
  });

  it('leaves text, other attributes and non-ASCII content as they were', () => {
    const html = '<p data-class="sidebar" title="id=x">class="content" — Tin liên quan</p>';
    expect(hide(html)).toBe(html);
  });

  it('leaves markup written inside an attribute value or a script as it was', () => {
    // A CMS's escaped HTML in a data attribute (raw `<`, `&quot;` quotes) and a script's
    // template: rewriting their `class=` would end the attribute early and change the page's
    // tree, which no real page with other class names would show.
    const html =
      '<div data-html="<div class=\\&quot;promo\\&quot;>Ad</div>" class="box">x</div>' +
      '<script>const t = \'<div class="card">\';</script><p id=lead>y</p>';
    const out = hide(html);
    expect(out).toContain('data-html="<div class=\\&quot;promo\\&quot;>Ad</div>"');
    expect(out).toContain(`<script>const t = '<div class="card">';</script>`);
    expect(out).toMatch(/" class="k[0-9a-f]{6}">x<\/div>/);
    expect(out).toMatch(/<p id="k[0-9a-f]{6}">y<\/p>$/);
  });

  it('hashes the names of a tag whose other attribute value holds `>`', () => {
    const out = hide('<a title="a > b" class="more">z</a>');
    expect(out).toMatch(/^<a title="a > b" class="k[0-9a-f]{6}">z<\/a>$/);
  });
});
