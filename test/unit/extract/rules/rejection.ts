import { type ExtractOptions, extractArticle } from '../../../../shared/extract/index.ts';

/**
 * The error extracting a page throws; fails the test when the page makes an article.
 *
 * @example expect(rejection(html, { url })).toMatchObject({ reason: 'too-short' });
 */
export function rejection(html: string, options: ExtractOptions): unknown {
  try {
    extractArticle(html, options);
  } catch (error) {
    return error;
  }
  throw new Error('the page was not rejected');
}
