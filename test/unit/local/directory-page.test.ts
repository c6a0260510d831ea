import { describe, expect, it } from 'vitest';
import { escapeHtml, renderDirectoryPage } from '../../../local/server/directory-page.ts';

const base = { baseUrl: 'http://localhost:3000', articles: [], rejections: [], deadLetters: [] };

describe('renderDirectoryPage', () => {
  it('lists the aggregate feed first, then each publisher before its sections, with every format', () => {
    const html = renderDirectoryPage({
      ...base,
      feeds: [
        { key: 'feeds/demo/thoi-su.xml' },
        { key: 'feeds/demo.json' },
        { key: 'feeds/all.xml' },
        { key: 'feeds/demo.xml' },
        { key: 'feeds/all.json' },
        { key: 'feeds/all.atom' },
        { key: 'feeds/demo/thoi-su.json' },
      ],
      publisherNames: new Map([['demo', 'Demo — Tin tức']]),
    });
    const labels = [...html.matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(labels).toEqual(['All publishers', 'Demo — Tin tức', 'Demo — Tin tức › thoi-su']);
    expect(html).toContain(
      '<a href="http://localhost:3000/feeds/all.xml">RSS</a> · <a href="http://localhost:3000/feeds/all.atom">Atom</a> · <a href="http://localhost:3000/feeds/all.json">JSON Feed</a>',
    );
  });

  it('names a section feed by its section, as the feed titles it, falling back to the slug', () => {
    const html = renderDirectoryPage({
      ...base,
      feeds: [{ key: 'feeds/demo/thoi-su.xml' }, { key: 'feeds/demo/kinh-te.xml' }],
      publisherNames: new Map([['demo', 'Demo — Tin tức']]),
      sectionNames: new Map([['demo/thoi-su', 'Thời sự']]),
    });
    const labels = [...html.matchAll(/<tr><td>([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(labels).toEqual(['Demo — Tin tức › kinh-te', 'Demo — Tin tức › Thời sự']);
  });

  it('shows a rejection key and reason as text, and a dead letter with its subjects', () => {
    const html = renderDirectoryPage({
      ...base,
      feeds: [],
      rejections: [
        { key: 'demo/"><img src=x onerror=alert(1)>.html', reason: 'no-content: <b>', at: 't' },
      ],
      deadLetters: [
        { source: 'ingest', at: 't', error: 'Error: <boom>', subjects: ['demo/a&b.html'] },
      ],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('demo/a&amp;b.html');
    expect(html).toContain('Error: &lt;boom&gt;');
  });

  it('says how to add content when there is none', () => {
    expect(renderDirectoryPage({ ...base, feeds: [] })).toContain(
      'No feed yet: drop a page into inbox/&lt;publisher&gt;/',
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
