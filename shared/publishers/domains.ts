/**
 * A publisher's domains: the hosts its pages' canonical and source URLs may use. An entry is a
 * host (`news.example.com`, matched exactly) or `*.` and a host (`*.example.com`: any subdomain,
 * not the host itself). Hosts compare as URLs parse them: lowercase, IDNs in punycode.
 */

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function hostOf(text: string): string | null {
  try {
    const url = new URL(`http://${text}/`);
    // Anything beyond a bare host (a port, credentials, a path) makes it something else.
    if (url.port !== '' || url.username !== '' || url.pathname !== '/' || url.host !== url.hostname)
      return null;
    return url.hostname;
  } catch {
    return null;
  }
}

/**
 * Normalizes a domain entry as typed by a person: lowercase, no trailing dot, IDN to punycode.
 *
 * @param input - e.g. `Báo.Example.VN` or `*.example.com`
 * @returns the normalized entry, e.g. `xn--bo-mia.example.vn` (checked by {@link checkDomainPattern})
 */
export function normalizeDomainPattern(input: string): string {
  const trimmed = input.trim().replace(/\.$/, '');
  const wildcard = trimmed.startsWith('*.');
  const host = hostOf(wildcard ? trimmed.slice(2) : trimmed) ?? trimmed.toLowerCase();
  return wildcard ? `*.${host}` : host;
}

/**
 * Checks a domain entry.
 *
 * @param pattern - a normalized entry
 * @returns null when valid, else what is wrong with it
 */
export function checkDomainPattern(pattern: string): string | null {
  const host = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  const labels = host.split('.');
  const valid =
    hostOf(host) === host &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/.test(labels.at(-1) ?? '');
  return valid
    ? null
    : `domain ${JSON.stringify(pattern)} is not a host name like news.example.com or *.example.com`;
}

/**
 * Whether a host is one of a publisher's domains.
 *
 * @param host - a URL's `hostname` (lowercase, punycode)
 * @param domains - the publisher's entries
 * @returns true when an entry matches
 * @example
 * hostMatches('m.example.com', ['*.example.com']); // true
 * hostMatches('example.com', ['*.example.com']); // false
 */
export function hostMatches(host: string, domains: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return domains.some((domain) =>
    domain.startsWith('*.') ? name.endsWith(domain.slice(1)) : name === domain,
  );
}

/**
 * The host of a URL when it is not one of the domains.
 *
 * @param url - an absolute URL
 * @param domains - the publisher's entries
 * @returns null when the URL's host is one of the domains, else the host (or the URL itself
 *   when it cannot be parsed)
 */
export function foreignHost(url: string, domains: readonly string[]): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return url;
  }
  return hostMatches(host, domains) ? null : host;
}
