import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';

describe('syndicate extract --explain: metadata field sources', () => {
  it('says where each metadata field came from, with the value read and the time zone used', async () => {
    const { code, stdout } = await runCli([
      'extract',
      'test/fixtures/vi-police-portal-article.html',
      '--explain',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('  Fields:\n');
    expect(stdout).toMatch(/\n {4}title {8}h2 \(as meta og:title\)\n/);
    expect(stdout).toMatch(/\n {4}authors {6}closing byline of the body {2}"Đỗ Huy"\n/);
    expect(stdout).toMatch(
      /\n {4}publishedAt {2}date line {2}"Thứ năm, 14\/12\/2023 16:05"\n {17}\(times without an offset read in Asia\/Ho_Chi_Minh \(domain \.vn\)\)\n/,
    );
    expect(stdout).toMatch(/\n {4}language {5}declared by the page {2}"vi"\n/);
  });

  it('lists the field sources in the JSON explanation', async () => {
    const { stdout } = await runCli([
      'extract',
      'test/fixtures/vi-police-portal-article.html',
      '--explain',
      '--json',
    ]);
    const { explanation } = JSON.parse(stdout);
    expect(explanation.fields.map((f: { field: string }) => f.field)).toEqual([
      'charset',
      'url',
      'title',
      'lead',
      'authors',
      'publishedAt',
      'modifiedAt',
      'language',
      'section',
      'tags',
      'image',
    ]);
  });

  it('says which charset the page was read in and why, and which declaration it passed over', async () => {
    const explained = async (file: string, ...args: string[]) => {
      const { stdout } = await runCli(['extract', file, '--explain', '--json', ...args]);
      return JSON.parse(stdout).explanation.fields[0];
    };
    const legacy = 'test/fixtures/vi-legacy-asp-windows-1258.html';
    expect(await explained(legacy)).toEqual({
      field: 'charset',
      source: 'declared by the page',
      raw: 'windows-1258',
    });
    expect(await explained(legacy, '--charset', 'utf-8')).toEqual({
      field: 'charset',
      source: 'declared by the page',
      raw: 'windows-1258',
      note: 'served as "utf-8", which its bytes are not',
    });
    expect(await explained(legacy, '--charset', 'cp1258')).toEqual({
      field: 'charset',
      source: 'served with the page (Content-Type)',
      raw: 'windows-1258',
    });
    expect(
      await explained('test/fixtures/vi-police-portal-article.html', '--charset', 'latin1'),
    ).toEqual({
      field: 'charset',
      source: 'served with the page (Content-Type)',
      raw: 'utf-8',
      note: 'served as "latin1", but its bytes are UTF-8',
    });
  });

  it('prints the charset line first among the fields', async () => {
    const { stdout } = await runCli([
      'extract',
      'test/fixtures/vi-legacy-asp-windows-1258.html',
      '--url',
      'http://sogddt.example.edu.vn/tintuc.asp?id=1203',
      '--explain',
    ]);
    expect(stdout).toMatch(/ {2}Fields:\n {4}charset {6}declared by the page {2}"windows-1258"\n/);
  });
});
