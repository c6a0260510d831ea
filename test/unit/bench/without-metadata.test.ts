import { describe, expect, it } from 'vitest';
import { withoutMetadata } from '../../../bench/extraction/without-metadata.ts';

const strip = (html: string) => withoutMetadata(Buffer.from(html)).toString('utf8');

describe('withoutMetadata', () => {
  it('removes JSON-LD scripts and meta tags', () => {
    const html =
      '<head><script type="application/ld+json">{"@type":"NewsArticle","author":"A"}</script><meta property="og:title" content="T"><meta name="author" content="A"></head><body><p>x</p></body>';
    expect(strip(html)).toBe('<head></head><body><p>x</p></body>');
  });

  it('keeps the charset declaration, both ways of writing it, and other scripts', () => {
    const html =
      '<meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><script>var a = 1;</script>';
    expect(strip(html)).toBe(html);
  });
});
