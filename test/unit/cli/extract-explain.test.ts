import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';

const fixture = (name: string) => `test/fixtures/${name}`;
const extract = (...args: string[]) => runCli(['extract', ...args]);

describe('syndicate extract --explain', () => {
  it('says which block is the body, how it was chosen and how many words it has', async () => {
    const { code, stdout } = await extract(fixture('vi-newspaper-jsonld-graph.html'), '--explain');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^test\/fixtures\/vi-newspaper-jsonld-graph\.html\n {2}Body: .*div#main-detail\.detail-content\n {4}chosen by scored; score \d+, \d+ characters before cleaning; \d+ words\n/,
    );
  });

  it('lists each removed block with its rule, what matched, where it was and its text', async () => {
    const { stdout } = await extract(fixture('vi-newspaper-jsonld-graph.html'), '--explain');
    expect(stdout).toContain(
      '    unlikely class (related)  main.container > article.detail > div#main-detail.detail-content > div.box-related\n' +
        '      "Tin liên quan Xuất khẩu gạo tháng 2 đạt kỷ lục Nông dân lo thiếu nước cuối vụ"\n',
    );
    expect(stdout).toMatch(/ {4}related heading \(Xem thêm: [^)]*\) {2}.*> p\n/);
  });

  it('names the trailing byline it took as the author', async () => {
    const { stdout } = await extract(fixture('vi-police-portal-article.html'), '--explain');
    expect(stdout).toContain('    trailing byline\n      "Đỗ Huy"\n');
    expect(stdout).toMatch(/ {2}Result: article [0-9a-f]{16} "Tọa đàm .*", \d+ words, Đỗ Huy\n$/);
  });

  it('explains a rejected page, gives the reason, and exits 2 for one file', async () => {
    const { code, stdout } = await extract(
      fixture('not-article-category-listing.html'),
      '--explain',
    );
    expect(code).toBe(2);
    expect(stdout).toContain('  Body: main.category > div.list-news\n');
    expect(stdout).toContain('    link-heavy block  main.category > div.list-news > div.item\n');
    expect(stdout).toMatch(
      / {2}Result: rejected: Page looks like a listing, not an article: .*\n$/,
    );
  });

  it('prints one JSON object per file with --json', async () => {
    const files = [fixture('vi-police-portal-article.html'), fixture('not-article-empty.html')];
    const { code, stdout } = await extract(...files, '--explain', '--json');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0].explanation.body).toMatchObject({
      method: 'scored',
      words: expect.any(Number),
    });
    expect(lines[0].explanation.removed).toContainEqual({
      rule: 'trailing byline',
      text: 'Đỗ Huy',
    });
    expect(lines[0].article.authors).toEqual(['Đỗ Huy']);
    expect(lines[1]).toEqual({
      file: files[1],
      explanation: { fields: [], removed: [], body: null },
      error: 'Page is empty (0 bytes)',
    });
  });

  it('refuses --json without --explain', async () => {
    const { code, stderr } = await extract(fixture('vi-police-portal-article.html'), '--json');
    expect(code).toBe(2);
    expect(stderr).toContain(
      'syndicate extract: --json goes with --explain (the article is JSON already)\n',
    );
  });
});
