/**
 * The article model: what the extractor produces, what the table stores and what the feeds
 * publish. Field names are a contract shared by the CLI output, the DynamoDB item and the feeds.
 */

/** An image of the article: one of its body's, or the picture its page declares for sharing. */
export interface ArticleImage {
  /** Absolute URL of the image (lazy-loading attributes resolved). */
  readonly url: string;
  /** Caption paired with the image (figcaption, caption row, caption paragraph), or null. */
  readonly caption: string | null;
  /** The `alt` text, or null. */
  readonly alt: string | null;
  /** Declared width in pixels, or null. */
  readonly width: number | null;
  /** Declared height in pixels, or null. */
  readonly height: number | null;
}

/** A structured article extracted from one HTML page. Every string is NFC-normalized. */
export interface Article {
  /** Stable id: a hash of the publisher and the canonical URL (`articleId`). */
  readonly id: string;
  /** Canonical absolute URL. */
  readonly url: string;
  /** The headline, without the site-name suffix. */
  readonly title: string;
  /**
   * The standfirst ("sapo") or the summary the publisher gives (a meta description), or null
   * when the page has none. Kept out of the body, except a description that is word for word
   * the body's first paragraph: that paragraph also opens `contentText`.
   */
  readonly lead: string | null;
  /** Person names, cleaned of roles and credits. */
  readonly authors: readonly string[];
  /** ISO 8601 with offset, or null. */
  readonly publishedAt: string | null;
  /** ISO 8601 with offset, or null. */
  readonly modifiedAt: string | null;
  /** BCP 47 language tag (`vi`, `en`, …). */
  readonly language: string;
  /** Category of the page, or null. */
  readonly section: string | null;
  /** Keywords of the page. */
  readonly tags: readonly string[];
  /** The body as sanitized HTML with absolute URLs. */
  readonly contentHtml: string;
  /** The body as plain text, paragraphs separated by blank lines. */
  readonly contentText: string;
  /** Images of the body in reading order. */
  readonly images: readonly ArticleImage[];
  /**
   * The picture the page declares for the article when it is shared (`og:image`, the Twitter
   * card's, JSON-LD `image`, `<link rel="image_src">`), or null: feeds show it for an article
   * whose body has no picture. Not part of the body; a site's default picture is none.
   */
  readonly image: ArticleImage | null;
  /** Number of words of `contentText`. */
  readonly wordCount: number;
  /** Hash of the normalized content, for idempotent writes. */
  readonly contentHash: string;
}
