/**
 * The sample pages a first `npm start` ingests, so the feeds have content on a first look: the
 * article fixtures of the extractor's tests (the seed-like government portal page first), uploaded
 * as publisher `demo`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { S3Client } from '@aws-sdk/client-s3';
import { uploadPage } from './inbox-upload.ts';

/** Article pages of `test/fixtures/`, in upload order. */
export const SAMPLE_FIXTURES: readonly string[] = [
  'vi-police-portal-article.html',
  'vi-dnn-district-portal-table-layout.html',
  'vi-liferay-ministry-portal.html',
  'ingest/article.html',
];

const FIXTURES = new URL('../test/fixtures/', import.meta.url);

/** A sample page and the inbox key it is uploaded under. */
export interface SamplePage {
  readonly file: string;
  readonly key: string;
}

/**
 * @returns the sample pages, as files and inbox keys (`demo/samples/<name>`)
 */
export function samplePages(): SamplePage[] {
  return SAMPLE_FIXTURES.map((name) => ({
    file: fileURLToPath(new URL(name, FIXTURES)),
    key: `demo/samples/${name.replaceAll('/', '-')}`,
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
    await uploadPage(s3, bucket, page.key, body);
    uploaded += 1;
  }
  return uploaded;
}
