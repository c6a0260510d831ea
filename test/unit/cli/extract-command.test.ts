import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../shared/extract/index.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { type CliRun, runCli } from '../../support/cli.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (name: string) => `test/fixtures/${name}`;

/** Runs a process in the repository root and collects its output and exit code. */
function run(file: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(file, [...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The CLI in this process; only the launcher test below spawns it. */
const syndicate = (...args: string[]) => runCli(args);

describe.concurrent('syndicate extract', () => {
  it('prints the article of one file as one JSON object and exits 0', async () => {
    const result = await syndicate(
      'extract',
      fixture('vi-police-portal-article.html'),
      '--publisher',
      'demo',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const expected = extractArticle(
      readFileSync(`${ROOT}${fixture('vi-police-portal-article.html')}`),
      { publisher: samplePublishersById.get('demo') },
    );
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('says why on one stderr line, without a stack trace, and exits 2 for a rejected page', async () => {
    const result = await syndicate('extract', fixture('not-article-binary-image.html'));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `syndicate extract: ${fixture('not-article-binary-image.html')}: Page is not HTML (got image/png, 71 bytes)\n`,
    );
  });

  it('exits 2 with one line for a file that does not exist', async () => {
    const result = await syndicate('extract', 'no/such/page.html');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'syndicate extract: no/such/page.html: Cannot read the file: no such file or directory\n',
    );
  });

  it('prints JSON Lines in input order for several files, errors included, and exits 0', async () => {
    const files = [
      fixture('en-blog-jsonld-array.html'),
      fixture('not-article-empty.html'),
      fixture('vi-legacy-asp-windows-1258.html'),
    ];
    const result = await syndicate(
      'extract',
      ...files,
      '--url',
      'http://sogddt.example.edu.vn/tintuc.asp?id=1203',
    );
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual(files);
    expect(lines[0]).toMatchObject({
      title: 'How we cut our build times in half',
      authors: ['Sam Lee'],
    });
    expect(lines[1]).toEqual({ file: files[1], error: 'Page is empty (0 bytes)' });
    expect(lines[2]).toMatchObject({ url: 'http://sogddt.example.edu.vn/tintuc.asp?id=1203' });
  });

  it('applies --url, --timezone and --publisher', async () => {
    const page = fixture('vi-dnn-district-portal-table-layout.html');
    const url = 'https://yenbinh.example.gov.vn/tin-tuc-su-kien/tabid/115/ItemID/2871/Default.aspx';
    const inTokyo = JSON.parse(
      (await syndicate('extract', page, '--url', url, '--timezone', 'Asia/Tokyo')).stdout,
    );
    expect(inTokyo).toMatchObject({ url, publishedAt: '2024-09-02T08:15:00+09:00' });
    const demo = JSON.parse(
      (await syndicate('extract', page, '--url', url, '--publisher', 'demo')).stdout,
    );
    expect(demo.publishedAt).toBe('2024-09-02T08:15:00+07:00');
  });

  it('reads a file in the charset --charset names when the page declares none', async () => {
    const title = 'Москва открыла новую линию метро';
    const paragraph = `<p>${'Новая линия соединила северные и южные районы города. '.repeat(4)}</p>`;
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraph.repeat(3)}</article></body></html>`;
    const dir = mkdtempSync(join(tmpdir(), 'syndicate-charset-'));
    const file = join(dir, 'metro.html');
    writeFileSync(file, iconv.encode(html, 'windows-1251'));
    const url = 'https://news.example.com/metro.html';
    const read = async (...args: string[]) =>
      JSON.parse((await syndicate('extract', file, '--url', url, ...args)).stdout).title;
    try {
      expect(await read()).not.toBe(title);
      expect(await read('--charset', 'windows-1251')).toBe(title);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it.each([
    [['--table', 'prod'], '--endpoint and --table go with --publisher (where its registry is)'],
    [['--timezone', 'Mars/Olympus'], 'unknown time zone "Mars/Olympus" for --timezone'],
    [['--url', 'not-a-url'], '--url must be an absolute http(s) URL, got "not-a-url"'],
    [
      ['--charset', 'x-bogus'],
      'unknown charset "x-bogus" for --charset (e.g. windows-1251, shift_jis)',
    ],
    [['--colour'], 'unknown option --colour'],
  ])('rejects bad options %j with a usage error and exit 2', async (args, message) => {
    const result = await syndicate('extract', fixture('en-blog-jsonld-array.html'), ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `syndicate extract: ${message}\nRun \`syndicate extract --help\` for usage.\n`,
    );
  });

  it('asks for a file when given none', async () => {
    const result = await syndicate('extract');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('syndicate extract: no FILE given');
  });

  it('describes itself with --help', async () => {
    const result = await syndicate('extract', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: syndicate extract FILE \[FILE…\] \[--url URL\] \[--timezone TZ\] \[--publisher ID\]\n/,
    );
    expect(result.stdout).toContain('--publisher ID');
  });

  it('runs through npx from the project, with nothing to build by hand', async () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const result = await run(npx, [
      '--no-install',
      'syndicate',
      'extract',
      fixture('en-blog-jsonld-array.html'),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe('1477783905ae7049');
  });
});

describe.concurrent('syndicate', () => {
  it('prints the command list on stderr and exits 2 for an unknown command', async () => {
    const result = await syndicate('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^syndicate: unknown command "frobnicate"\n\nUsage: syndicate <command>/,
    );
    expect(result.stderr).toMatch(/^ {2}extract {2,}extract articles from HTML files/m);
  });

  it('prints the usage on stderr and exits 2 without a command', async () => {
    const result = await syndicate();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Usage: syndicate <command> \[options\]/);
  });

  it('prints the usage on stdout and exits 0 for --help, and a command\'s help for "help extract"', async () => {
    const top = await syndicate('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^Usage: syndicate <command> \[options\]/);
    const extract = await syndicate('help', 'extract');
    expect(extract.stdout).toMatch(/^Usage: syndicate extract FILE/);
  });
});
