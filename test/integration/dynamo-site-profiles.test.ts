/**
 * The site profiles of template learning against DynamoDB Local: bounded, and safe when pages of
 * one site are recorded at the same time.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
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

  it('writes nothing when the same page is recorded again unchanged, and writes a changed one', async () => {
    const { DynamoSiteProfiles } = await import('../../shared/adapters/dynamo/site-profiles.ts');
    const real = aws().documentClient;
    let puts = 0;
    const counting = {
      send: (command: Parameters<typeof real.send>[0]) => {
        if (command instanceof PutCommand) puts++;
        return real.send(command);
      },
    } as unknown as typeof real;
    const counted = new DynamoSiteProfiles(aws().tableName, counting);
    await counted.record(page('d.example.vn', 1));
    await counted.record(page('d.example.vn', 2));
    expect(puts).toBe(2);
    const again = await counted.record(page('d.example.vn', 2));
    expect(puts).toBe(2);
    expect(again).toEqual(await counted.get('d.example.vn'));
    await counted.record({ ...page('d.example.vn', 2), fingerprints: ['own2', 'menu'] });
    expect(puts).toBe(3);
    expect((await counted.get('d.example.vn'))?.pages[1]?.fingerprints).toEqual(['own2', 'menu']);
  });

  it('keeps the last pages only', async () => {
    for (let i = 0; i < PROFILE_PAGES + 3; i++) await profiles.record(page('c.example.vn', i));
    const stored = await profiles.get('c.example.vn');
    expect(stored?.pages).toHaveLength(PROFILE_PAGES);
    expect(stored?.pages[0]?.url).toBe(page('c.example.vn', 3).url);
  });
});
