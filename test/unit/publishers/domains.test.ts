import { describe, expect, it } from 'vitest';
import {
  checkDomainPattern,
  foreignHost,
  hostMatches,
  normalizeDomainPattern,
} from '../../../shared/publishers/domains.ts';

describe('hostMatches', () => {
  it('matches a host entry exactly, whatever the case or a trailing dot', () => {
    expect(hostMatches('news.example.com', ['news.example.com'])).toBe(true);
    expect(hostMatches('NEWS.example.com.', ['news.example.com'])).toBe(true);
    expect(hostMatches('www.news.example.com', ['news.example.com'])).toBe(false);
  });

  it('matches any subdomain of a "*." entry, but not the host itself', () => {
    expect(hostMatches('m.example.com', ['*.example.com'])).toBe(true);
    expect(hostMatches('a.b.example.com', ['*.example.com'])).toBe(true);
    expect(hostMatches('example.com', ['*.example.com'])).toBe(false);
  });

  it('does not take a host that merely ends with the same letters', () => {
    expect(hostMatches('evilexample.com', ['*.example.com'])).toBe(false);
    expect(hostMatches('evil-news.example.com', ['news.example.com'])).toBe(false);
  });
});

describe('foreignHost', () => {
  it('names the host of a URL outside the domains, and nothing for one inside', () => {
    expect(foreignHost('https://demo.example.vn/a.html', ['demo.example.vn'])).toBeNull();
    expect(foreignHost('https://other.example/a.html', ['demo.example.vn'])).toBe('other.example');
  });

  it('compares an internationalized host in punycode, as the domains are stored', () => {
    const domain = normalizeDomainPattern('Báo.Example.VN');
    expect(domain).toBe('xn--bo-mia.example.vn');
    expect(foreignHost('https://báo.example.vn/tin.html', [domain])).toBeNull();
  });
});

describe('checkDomainPattern', () => {
  it('accepts host names and "*." patterns', () => {
    expect(checkDomainPattern('news.example.com')).toBeNull();
    expect(checkDomainPattern('*.example.gov.vn')).toBeNull();
  });

  it('rejects URLs, ports, single labels, IP addresses and lone wildcards', () => {
    for (const bad of [
      'https://a.example',
      'a.example:8080',
      'localhost',
      '10.0.0.1',
      '*',
      '*.com.',
    ]) {
      expect(checkDomainPattern(bad), bad).toMatch(/is not a host name like news\.example\.com/);
    }
  });
});
