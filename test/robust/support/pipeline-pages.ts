/**
 * The pages the load and fault tests upload: distinct articles (each its own canonical URL,
 * headline and publication time) and pages that must be rejected, one kind each.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { uploadPage } from '../../../local/inbox/upload.ts';
import { articlePage, VIETNAMESE_PARAGRAPHS } from './pages.ts';

/** A page to upload and what must become of it. */
export interface UploadPage {
  /** Key in the inbox bucket (`<publisher>/…`). */
  readonly key: string;
  readonly body: Buffer;
  /** The canonical URL of the article it holds, or null for a page that must be rejected. */
  readonly articleUrl: string | null;
}

/**
 * The i-th distinct article page.
 *
 * @param i - index: sets URL, headline and publication time (one minute apart)
 * @param run - a prefix keeping runs apart
 * @returns the page and its canonical URL
 */
export function articleUpload(i: number, run: string): UploadPage {
  const url = `https://baodientu.example.vn/${run}/bai-${i}.html`;
  const headline = `Bài ${i} của ${run}: phát triển vùng lúa chất lượng cao`;
  const published = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
  const html = articlePage({
    canonical: url,
    headline,
    title: `${headline} - Báo Điện Tử`,
    jsonLd: JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline,
      datePublished: published,
      author: { '@type': 'Person', name: 'Đỗ Huy' },
    }),
  });
  return { key: `demo/${run}/bai-${i}.html`, body: Buffer.from(html), articleUrl: url };
}

const LISTING = `<!DOCTYPE html><html><head><title>Tin tức</title></head><body><main>${Array.from(
  { length: 20 },
  (_, i) => `<h3><a href="/tin/${i}.html">Tiêu đề tin số ${i}</a></h3><p>Tóm tắt ${i}.</p>`,
).join('')}</main></body></html>`;

const REJECTS: readonly (readonly [string, Buffer])[] = [
  ['empty', Buffer.alloc(0)],
  [
    'binary',
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(512, 7),
    ]),
  ],
  ['plain-text', Buffer.from(VIETNAMESE_PARAGRAPHS.join('\n\n'))],
  [
    'too-short',
    Buffer.from(articlePage({ paragraphs: ['Ngắn.'], lead: 'Ngắn.', figure: '', byline: '' })),
  ],
  ['listing', Buffer.from(LISTING)],
];

/**
 * The i-th page that must be rejected (cycling through empty, binary, plain text, too short and
 * listing pages).
 *
 * @param i - index
 * @param run - a prefix keeping runs apart
 * @returns the page
 */
export function rejectedUpload(i: number, run: string): UploadPage {
  const [kind, body] = REJECTS[i % REJECTS.length] as readonly [string, Buffer];
  return { key: `demo/${run}/bad-${kind}-${i}.html`, body, articleUrl: null };
}

/**
 * Uploads one page to the inbox bucket, as `npm start` and `syndicate upload` do (`text/html` for
 * the `.html` keys of these pages).
 *
 * @param s3 - a client on the local S3 server
 * @param bucket - the inbox bucket
 * @param page - the page
 */
export async function putPage(s3: S3Client, bucket: string, page: UploadPage): Promise<void> {
  await uploadPage(s3, bucket, page.key, page.body);
}

/**
 * Uploads pages to the inbox bucket, all at once.
 *
 * @param s3 - a client on the local S3 server
 * @param bucket - the inbox bucket
 * @param pages - the pages
 */
export async function putPages(
  s3: S3Client,
  bucket: string,
  pages: readonly UploadPage[],
): Promise<void> {
  await Promise.all(pages.map((page) => putPage(s3, bucket, page)));
}
