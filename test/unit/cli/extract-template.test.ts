import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { FURNITURE, portalPages } from '../extract/template/portal-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'syndicate-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = portalPages().map((page, i) => {
  const file = join(dir, `page-${i + 1}.html`);
  writeFileSync(file, page.html);
  return file;
});

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { contentText: string; authors: string[] });

describe('syndicate extract with several pages of one site', () => {
  it("learns the site's template from the other pages and leaves its furniture out", async () => {
    const { code, stdout } = await runCli(['extract', ...files]);
    expect(code).toBe(0);
    for (const article of lines(stdout)) {
      expect(article.contentText).not.toContain(FURNITURE[0]);
      expect(article.authors).toEqual(['Đỗ Huy']);
    }
  });

  it('keeps the furniture with --no-template', async () => {
    const { stdout } = await runCli(['extract', ...files, '--no-template']);
    for (const article of lines(stdout)) expect(article.contentText).toContain(FURNITURE[0]);
  });

  it('names the site template as the rule in --explain', async () => {
    const { stdout } = await runCli(['extract', ...files, '--explain']);
    expect(stdout).toMatch(
      / {4}site template \(seen on ≥ 2 of 2 other recent pages of congan\.langhoa\.example\.gov\.vn\)/,
    );
  });

  it('learns nothing from one page alone', async () => {
    const [one] = files;
    if (one === undefined) throw new Error('no file');
    const { stdout } = await runCli(['extract', one]);
    expect((JSON.parse(stdout) as { contentText: string }).contentText).toContain(FURNITURE[0]);
  });
});
