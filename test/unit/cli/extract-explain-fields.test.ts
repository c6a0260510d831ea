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
      'url',
      'title',
      'lead',
      'authors',
      'publishedAt',
      'modifiedAt',
      'language',
      'section',
      'tags',
    ]);
  });
});
