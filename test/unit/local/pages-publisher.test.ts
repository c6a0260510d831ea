import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publisherForPages } from '../../../local/tools/pages-publisher.ts';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));

describe('publisherForPages', () => {
  it("takes the hosts of the pages' canonical URLs as its domains, once each", () => {
    const publisher = publisherForPages([
      { body: fixture('vi-police-portal-article.html') },
      { body: fixture('en-news-opengraph-article.html') },
      { body: fixture('vi-police-portal-article.html') },
    ]);
    expect(publisher?.domains).toEqual([
      'congan.sonlam.example.gov.vn',
      'harbourtimes.example.com',
    ]);
  });

  it('has nothing to offer when no page is an article', () => {
    expect(publisherForPages([{ body: fixture('not-article-empty.html') }])).toBeNull();
  });
});
