/**
 * The site profiles of template learning against DynamoDB Local: bounded, and safe when pages of
 * one site are recorded at the same time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DynamoSiteProfiles } from '../../shared/adapters/dynamo/site-profiles.ts';
import { PROFILE_PAGES } from '../../shared/extract/template/index.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
let profiles: DynamoSiteProfiles;

beforeAll(async () => {
  const { DynamoSiteProfiles } = await import('../../shared/adapters/dynamo/site-profiles.ts');
  profiles = new DynamoSiteProfiles(aws().tableName, aws().documentClient);
});

const page = (site: string, n: number) => ({
  url: `https://${site}/tin/${n}.html`,
  fingerprints: [`own${n}`, 'menu', 'footer'],
  source: `demo/${site}/${n}.html`,
});

describe('DynamoSiteProfiles', () => {
  it('stores the pages of a site with their fingerprints and inbox keys, and reads them back', async () => {
    await profiles.record(page('a.example.vn', 1));
    const written = await profiles.record(page('www.a.example.vn', 2));
    const read = await profiles.get('a.example.vn');
    expect(read).toEqual(written);
    expect(read?.pages.map((p) => p.source)).toEqual([
      'demo/a.example.vn/1.html',
      'demo/www.a.example.vn/2.html',
    ]);
    expect(read?.pages[0]?.fingerprints).toEqual(['own1', 'menu', 'footer']);
    expect(await profiles.get('unknown.example.vn')).toBeNull();
  });

  it('keeps every page when many pages of one site are recorded at once', async () => {
    const n = 12;
    await Promise.all(
      Array.from({ length: n }, (_, i) => profiles.record(page('b.example.vn', i))),
    );
    const stored = await profiles.get('b.example.vn');
    expect(stored?.pages.map((p) => p.url).sort()).toEqual(
      Array.from({ length: n }, (_, i) => page('b.example.vn', i).url).sort(),
    );
  });

  it('keeps the last pages only', async () => {
    for (let i = 0; i < PROFILE_PAGES + 3; i++) await profiles.record(page('c.example.vn', i));
    const stored = await profiles.get('c.example.vn');
    expect(stored?.pages).toHaveLength(PROFILE_PAGES);
    expect(stored?.pages[0]?.url).toBe(page('c.example.vn', 3).url);
  });
});
