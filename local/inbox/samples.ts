/**
 * The sample pages a first `npm start` ingests, so the feeds have content on a first look: the
 * article fixtures of the extractor's tests (the seed-like government portal page first), uploaded
 * as publisher `demo`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { S3Client } from '@aws-sdk/client-s3';
import { uploadPage } from './upload.ts';

/** A sample: a fixture file, and the page's URL when the page itself names none. */
interface SampleFixture {
  readonly file: string;
  readonly sourceUrl?: string;
}

/** Article pages of `test/fixtures/`, one per CMS style, the seed-like portal page first. */
export const SAMPLE_FIXTURES: readonly SampleFixture[] = [
  { file: 'vi-police-portal-article.html' },
  {
    file: 'vi-dnn-district-portal-table-layout.html',
    sourceUrl:
      'https://yenbinh.example.gov.vn/tin-tuc-su-kien/tabid/115/ArticleID/2031/Default.aspx',
  },
  { file: 'vi-liferay-ministry-portal.html' },
  { file: 'vi-newspaper-jsonld-graph.html' },
  { file: 'vi-wordpress-yoast-blog-post.html' },
  {
    file: 'vi-legacy-asp-windows-1258.html',
    sourceUrl: 'http://sgd.example.edu.vn/tin-tuc/chi-tiet.asp?id=1874',
  },
  { file: 'ingest/article.html' },
];

const FIXTURES = new URL('../../test/fixtures/', import.meta.url);

/** A sample page and the inbox key it is uploaded under. */
export interface SamplePage {
  readonly file: string;
  readonly key: string;
  readonly sourceUrl?: string;
}

/**
 * @returns the sample pages, as files and inbox keys (`demo/samples/<name>`)
 */
export function samplePages(): SamplePage[] {
  return SAMPLE_FIXTURES.map(({ file, sourceUrl }) => ({
    file: fileURLToPath(new URL(file, FIXTURES)),
    key: `demo/samples/${file.replaceAll('/', '-')}`,
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
  }));
}

/**
 * Uploads the sample pages to the inbox bucket.
 *
 * @param s3 - a client on the local S3 server
 * @param bucket - the inbox bucket
 * @returns how many pages were uploaded
 */
export async function ingestSamplePages(s3: S3Client, bucket: string): Promise<number> {
  let uploaded = 0;
  for (const page of samplePages()) {
    let body: Buffer;
    try {
      body = await readFile(page.file);
    } catch {
      // A sample missing from a trimmed checkout is no reason not to start.
      continue;
    }
    await uploadPage(s3, bucket, page.key, body, { sourceUrl: page.sourceUrl });
    uploaded += 1;
  }
  return uploaded;
}
