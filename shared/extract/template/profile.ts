/**
 * A site's profile: the block fingerprints of its last pages. Pure values; the ingest keeps one
 * per site in the table, the CLI builds one from the pages it is given.
 */

/** The pages a profile remembers; older pages drop out as new ones come. */
export const PROFILE_PAGES = 20;

/** Fingerprints kept per page: a page's first blocks in document order. */
export const MAX_PAGE_FINGERPRINTS = 600;

/** Other pages of the site a template needs before it is used. */
export const MIN_TEMPLATE_PAGES = 2;

/** One remembered page: its canonical URL and the distinct fingerprints of its blocks. */
export interface ProfilePage {
  readonly url: string;
  readonly fingerprints: readonly string[];
  /** Where the raw page is kept (the ingest's inbox key), to extract it again. */
  readonly source?: string;
}

/** The recent pages of one site (one canonical host), newest last. */
export interface SiteProfile {
  readonly site: string;
  readonly pages: readonly ProfilePage[];
}

/** What the extractor is given: on how many of the site's other recent pages each block was seen. */
export interface SiteTemplate {
  readonly site: string;
  /** The other recent pages counted. */
  readonly pages: number;
  /** Fingerprint → number of those pages holding it. */
  readonly counts: ReadonlyMap<string, number>;
}

/**
 * The site of a page: its canonical URL's host, lower-cased, without a leading `www.`.
 *
 * @param url - an absolute URL
 * @returns the host, e.g. `congan.example.gov.vn`
 * @example siteOf('https://www.Example.vn/a.html') // → 'example.vn'
 */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/**
 * Adds a page to a profile (replacing an earlier visit of the same URL), keeping the last
 * {@link PROFILE_PAGES} pages.
 *
 * @param profile - the site's profile, or null for a site not seen yet
 * @param page - the page's URL and fingerprints
 * @returns the new profile; the given one is not changed
 */
export function recordPage(profile: SiteProfile | null, page: ProfilePage): SiteProfile {
  const site = siteOf(page.url);
  const kept = (profile?.pages ?? []).filter((p) => p.url !== page.url);
  const fingerprints = [...new Set(page.fingerprints)].slice(0, MAX_PAGE_FINGERPRINTS);
  return {
    site,
    pages: [...kept, { ...page, fingerprints }].slice(-PROFILE_PAGES),
  };
}

/**
 * The template a page of the site is cleaned with: counts over the profile's other pages.
 *
 * @param profile - the site's profile
 * @param url - the page being extracted; its own earlier visit is not counted
 * @returns the template, or null while fewer than {@link MIN_TEMPLATE_PAGES} other pages are known
 */
export function templateFor(profile: SiteProfile | null, url: string): SiteTemplate | null {
  if (profile === null) return null;
  const others = profile.pages.filter((p) => p.url !== url);
  if (others.length < MIN_TEMPLATE_PAGES) return null;
  const counts = new Map<string, number>();
  for (const page of others) {
    for (const fp of page.fingerprints) counts.set(fp, (counts.get(fp) ?? 0) + 1);
  }
  return { site: profile.site, pages: others.length, counts };
}

/**
 * Whether a profile with this many pages gives each of its pages a usable template (from the
 * site's third page). The first time it does is the moment a site's earlier pages are worth
 * extracting again; the profile store says which recording that was (one, however many record
 * at once).
 *
 * @param pages - the pages the profile holds
 */
export function isUsable(pages: number): boolean {
  return pages >= MIN_TEMPLATE_PAGES + 1;
}
