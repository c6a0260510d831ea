/**
 * The publisher that `validate:feeds --pages` uploads a folder of pages as: one whose domains are
 * the hosts those pages name as their canonical URLs, so publisher isolation (`foreign-url`)
 * takes none of them out and every page that is an article reaches the feeds.
 */
import { ExtractionError, extractPage } from '../../shared/extract/index.ts';
import type { NewPublisher } from '../../shared/publishers/admin.ts';
import { checkDomainPattern, normalizeDomainPattern } from '../../shared/publishers/domains.ts';

/** The id of the publisher the pages are uploaded as. */
export const PAGES_PUBLISHER_ID = 'validation-pages';

/**
 * @param pages - the pages' bytes
 * @returns the publisher, or null when no page names a usable host
 */
export function publisherForPages(
  pages: readonly { readonly body: Buffer }[],
): NewPublisher | null {
  const domains = new Set<string>();
  for (const page of pages) {
    let url: string;
    try {
      url = extractPage(page.body).article.url;
    } catch (error) {
      if (error instanceof ExtractionError) continue; // rejected by the ingest as well
      throw error;
    }
    const host = normalizeDomainPattern(new URL(url).hostname);
    if (checkDomainPattern(host) === null) domains.add(host);
  }
  if (domains.size === 0) return null;
  return {
    id: PAGES_PUBLISHER_ID,
    name: 'Pages under validation',
    homePage: 'https://validation.example/',
    domains: [...domains].sort(),
  };
}
