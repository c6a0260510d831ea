import { describe, expect, it } from 'vitest';
import { FEED_FORMATS, feedObjectKey, feedPath } from '../../../shared/feeds/feed-ref.ts';
import { MAX_ID_LENGTH } from '../../../shared/publishers/publisher.ts';
import { slugify } from '../../../shared/text/slug.ts';

/** S3's limit on an object key, in UTF-8 bytes. */
const S3_MAX_KEY_BYTES = 1024;

describe('feed keys', () => {
  it('fit S3 for the longest publisher id and a 1,119-character section name', () => {
    const ref = {
      kind: 'section' as const,
      publisherId: 'p'.repeat(MAX_ID_LENGTH),
      sectionSlug: slugify('Chuyên mục '.repeat(102).slice(0, 1119)),
    };
    for (const format of FEED_FORMATS) {
      expect(Buffer.byteLength(feedObjectKey(ref, format), 'utf8')).toBeLessThanOrEqual(
        S3_MAX_KEY_BYTES,
      );
    }
    // The feed's state item key (`FEED#<path>`) is far below DynamoDB's 2,048-byte limit too.
    expect(feedPath(ref).length).toBeLessThan(200);
  });
});
