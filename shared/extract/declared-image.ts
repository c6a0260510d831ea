/**
 * The picture a page declares for its article when it is shared: what a feed reader shows beside
 * an item whose body has no picture of its own. Read in the order sharing cards read it:
 * Open Graph's `og:image`, the Twitter card's `twitter:image`, the JSON-LD article's `image` (a
 * URL, an `ImageObject`, a list of crops), its `thumbnailUrl`, a video page's `VideoObject`
 * thumbnail, and an old page's `<link rel="image_src">`.
 */
import type { ArticleImage } from '../article.ts';
import { closest, descendants, hasRel, linesExcept } from './content/dom.ts';
import { namesLogo } from './content/lead-picture.ts';
import { BLOCK } from './content/score.ts';
import { type JsonLdNode, resolveRef, stringOf, typesOf, valuesOf } from './json-ld.ts';
import { absoluteHttp, type PageContext } from './metadata.ts';
import { cleanOrNull, notLetterOrDigitRuns } from './text.ts';

/** The declared picture and where it was read. */
export interface DeclaredImage {
  readonly image: ArticleImage;
  /** `og:image`, `twitter:image`, `json-ld NewsArticle.image`, `link rel=image_src`. */
  readonly source: string;
}

/** Declared sides under this many pixels make an icon, not a picture (the lead picture's bound). */
const MIN_SIDE = 100;

/** The longest address taken: longer ones are data smuggled into a URL, not a picture's. */
const MAX_URL_CHARS = 2048;

/** A template's unfilled placeholder: `{{ post.image }}`, `<%= image %>`, `${image}`. */
const PLACEHOLDER = /\{\{|\{%|\$\{|<%|%%/;

/** Words of a file's name that make it the site's picture, not the article's. */
const SITE_PICTURE_WORDS = new Set([
  // A page's declared picture named a logo is the site's (`yonhapnews_logo_1200x800.jpg`), even
  // where a picture in the body so named may show one (`namesLogo` reads those).
  'logo',
  'icon',
  'icons',
  'banner',
  'favicon',
  'default',
  'placeholder',
  'blank',
  'spacer',
  'fallback',
]);

/** Folders whose every picture is the site's or a person's: logos, icons, avatars. */
const SITE_PICTURE_FOLDERS = new Set([
  'logo',
  'logos',
  'icons',
  // Joomla keeps its ads there.
  'banners',
  'favicon',
  'favicons',
  'avatar',
  'avatars',
  'blavatar',
]);

/** A picture `no-image.jpg`, `no_photo.png`, `noimage.jpg` names by its two words. */
const NO_PICTURE = /(?:^|[^a-z])no[-_ ]?(?:image|img|photo|picture|thumb(?:nail)?)(?:[^a-z]|$)/;

/**
 * Whether an address names the site's own picture rather than an article's: its logo, its
 * favicon, its default sharing picture, a placeholder, a blog's or a person's avatar. Drupal's `/sites/default/files/…` holds
 * articles' pictures: only the file's own name and the logo folders are read.
 */
function namesSitePicture(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).toLowerCase();
  } catch {
    path = url.pathname.toLowerCase();
  }
  const parts = path.split('/').filter((part) => part !== '');
  const file = parts.pop() ?? '';
  if (file.endsWith('.ico') || namesLogo(file) || NO_PICTURE.test(file)) return true;
  if (file.split(notLetterOrDigitRuns()).some((word) => SITE_PICTURE_WORDS.has(word))) return true;
  return parts.some((folder) => SITE_PICTURE_FOLDERS.has(folder));
}

/** A declared side in pixels: a number, a numeric string or a `QuantitativeValue`; else null. */
function pixels(value: unknown): number | null {
  const raw =
    typeof value === 'object' && value !== null && 'value' in value
      ? (value as { value: unknown }).value
      : value;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 100_000 ? n : null;
}

/** A declared picture's address as an absolute http(s) URL, or null when it is none. */
function pictureUrl(value: string | null | undefined, baseUrl: string): string | null {
  if (!value || value.length > MAX_URL_CHARS || PLACEHOLDER.test(value)) return null;
  const url = absoluteHttp(value, baseUrl);
  if (url === null) return null;
  return namesSitePicture(new URL(url)) ? null : url;
}

/** The picture, or null when its declared size makes it an icon. */
function picture(url: string, more: Partial<Omit<ArticleImage, 'url'>>): ArticleImage | null {
  const image: ArticleImage = {
    url,
    caption: more.caption ?? null,
    alt: more.alt ?? null,
    width: more.width ?? null,
    height: more.height ?? null,
  };
  const small = (side: number | null) => side !== null && side < MIN_SIDE;
  return small(image.width) || small(image.height) ? null : image;
}

/** The first usable picture of a card's tags (`og:image` with its size and alt text). */
function fromMetaTags(
  ctx: PageContext,
  baseUrl: string,
  prefix: 'og:image' | 'twitter:image',
): ArticleImage | null {
  const { meta } = ctx;
  const urls =
    prefix === 'og:image'
      ? [
          ...(meta.get('og:image') ?? []),
          ...(meta.get('og:image:url') ?? []),
          ...(meta.get('og:image:secure_url') ?? []),
        ]
      : [...(meta.get('twitter:image') ?? []), ...(meta.get('twitter:image:src') ?? [])];
  const widths = meta.get(`${prefix}:width`) ?? [];
  const heights = meta.get(`${prefix}:height`) ?? [];
  const alts = meta.get(`${prefix}:alt`) ?? [];
  for (const [i, value] of urls.entries()) {
    const url = pictureUrl(value, baseUrl);
    if (url === null) continue;
    const image = picture(url, {
      alt: cleanOrNull(alts[i] ?? alts[0]),
      width: pixels(widths[i]),
      height: pixels(heights[i]),
    });
    if (image !== null) return image;
  }
  return null;
}

/** The first usable picture of a JSON-LD value: a URL, an `ImageObject`, a list of them. */
function fromJsonLdValues(
  values: readonly unknown[],
  ctx: PageContext,
  baseUrl: string,
): ArticleImage | null {
  for (const value of values) {
    const node = resolveRef(value, ctx.jsonLd.byId);
    if (typeof node === 'string') {
      const url = pictureUrl(stringOf(node), baseUrl);
      const image = url === null ? null : picture(url, {});
      if (image !== null) return image;
      continue;
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) continue;
    const object = node as JsonLdNode;
    const url =
      [...valuesOf(object, 'url'), ...valuesOf(object, 'contentUrl')]
        .map((v) => (typeof v === 'string' ? pictureUrl(stringOf(v), baseUrl) : null))
        .find((v) => v !== null) ?? null;
    if (url === null) continue;
    const image = picture(url, {
      caption: cleanOrNull(stringOf(valuesOf(object, 'caption')[0])),
      width: pixels(object.width),
      height: pixels(object.height),
    });
    if (image !== null) return image;
  }
  return null;
}

/**
 * Reads the picture the page declares for its article.
 *
 * @param ctx - the page
 * @param baseUrl - the base of the page's relative addresses (`readBaseUrl`)
 * @returns the first usable declared picture and its source, or null
 * @example readDeclaredImage(ctx, 'https://tinh.example.vn/') // { image: { url: 'https://tinh.example.vn/upload/a.jpg', … }, source: 'og:image' }
 */
export function readDeclaredImage(ctx: PageContext, baseUrl: string): DeclaredImage | null {
  const declared = declaredImage(ctx, baseUrl);
  return declared === null ? null : { ...declared, image: asShown(declared.image, ctx, baseUrl) };
}

/** Elements a picture's caption is set in when its `<img>` is in a `<figure>`. */
const FIGURE: ReadonlySet<string> = new Set(['figure']);

/**
 * The declared picture with the caption and alternative text the page shows it with, where one
 * of its `<img>`s shows it (the lead picture, in the body or above it): a card declares neither,
 * and a feed reader shows the caption under the picture. What the card declares stays.
 */
function asShown(image: ArticleImage, ctx: PageContext, baseUrl: string): ArticleImage {
  if (image.caption !== null && image.alt !== null) return image;
  // The address's file name first (as written, or encoded as the URL has it): only an <img> of
  // that file is resolved against the page.
  const file = new URL(image.url).pathname.split('/').pop() ?? '';
  let written = file;
  try {
    written = decodeURIComponent(file);
  } catch {}
  const img = ctx.index.byTag('img').find((el) => {
    const src = el.attribs.src;
    return (
      src !== undefined &&
      (src.includes(file) || src.includes(written)) &&
      absoluteHttp(src, baseUrl) === image.url
    );
  });
  if (img === undefined) return image;
  const figure = closest(img, FIGURE, null);
  const caption =
    figure === null ? undefined : descendants(figure).find((d) => d.name === 'figcaption');
  return {
    ...image,
    caption:
      image.caption ??
      (caption === undefined
        ? null
        : cleanOrNull(linesExcept([caption], () => false, BLOCK, true).join(' '))),
    alt: image.alt ?? cleanOrNull(img.attribs.alt),
  };
}

/** {@link readDeclaredImage}, as the page declares it. */
function declaredImage(ctx: PageContext, baseUrl: string): DeclaredImage | null {
  const og = fromMetaTags(ctx, baseUrl, 'og:image');
  if (og !== null) return { image: og, source: 'og:image' };
  const twitter = fromMetaTags(ctx, baseUrl, 'twitter:image');
  if (twitter !== null) return { image: twitter, source: 'twitter:image' };
  const article = ctx.jsonLd.article;
  if (article !== null) {
    const type = typesOf(article)[0] ?? 'Article';
    for (const key of ['image', 'thumbnailUrl']) {
      const image = fromJsonLdValues(valuesOf(article, key), ctx, baseUrl);
      if (image !== null) return { image, source: `json-ld ${type}.${key}` };
    }
  }
  // A video page's (no article): its VideoObject's thumbnail.
  const video =
    article === null
      ? ctx.jsonLd.nodes.find((node) => typesOf(node).includes('videoobject'))
      : undefined;
  if (video !== undefined) {
    const image = fromJsonLdValues(valuesOf(video, 'thumbnailUrl'), ctx, baseUrl);
    if (image !== null) return { image, source: 'json-ld VideoObject.thumbnailUrl' };
  }
  for (const link of ctx.index.byTag('link')) {
    if (!hasRel(link, 'image_src')) continue;
    const url = pictureUrl(link.attribs.href, baseUrl);
    const image = url === null ? null : picture(url, {});
    if (image !== null) return { image, source: 'link rel=image_src' };
  }
  return null;
}
