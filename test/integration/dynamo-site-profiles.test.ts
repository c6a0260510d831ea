/**
 * The site profiles of template learning against DynamoDB Local: bounded, and safe when pages of
 * one site are recorded at the same time.
 */
import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DynamoSiteProfiles } from '../../shared/adapters/dynamo/site-profiles.ts';
import { PROFILE_PAGES } from '../../shared/extract/template/index.ts';
import { INGEST_MAX_CONCURRENCY } from '../../shared/ingest/config.ts';
import { keys } from '../../shared/store/table.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
let profiles: DynamoSiteProfiles;

beforeAll(async () => {
  const { DynamoSiteProfiles } = await import('../../shared/adapters/dynamo/site-profiles.ts');
  profiles = new DynamoSiteProfiles(aws().tableName, aws().documentClient);
});

/** The site's item as the table holds it. */
async function storedItem(site: string): Promise<Record<string, unknown> | undefined> {
  const { Item } = await aws().documentClient.send(
    new GetCommand({ TableName: aws().tableName, Key: keys.site(site) }),
  );
  return Item;
}

/** Writes a site's item directly, at version 1, with the given pages attribute. */
async function storeItem(site: string, pages: Record<string, unknown>): Promise<void> {
  await aws().documentClient.send(
    new PutCommand({
      TableName: aws().tableName,
      Item: { ...keys.site(site), type: 'site', site, version: 1, ...pages },
    }),
  );
}

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

  // A burst of one site's pages reaches every ingest instance at once, and each records its page
  // in the site's one item: the writers that lose a race read again and retry, and none may give
  // up (with a fixed 0–20 ms wait between attempts, 20 writers failed 3 runs of 3).
  it('keeps every page when pages of one site are recorded by every ingest instance at once', async () => {
    const n = INGEST_MAX_CONCURRENCY;
    await Promise.all(
      Array.from({ length: n }, (_, i) => profiles.record(page('b.example.vn', i))),
    );
    const stored = await profiles.get('b.example.vn');
    expect(stored?.pages.map((p) => p.url).sort()).toEqual(
      Array.from({ length: n }, (_, i) => page('b.example.vn', i).url).sort(),
    );
    // Every record is one conditional write of the next version: n writes, none lost or doubled.
    expect((await storedItem('b.example.vn'))?.version).toBe(n);
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

  it('stores the pages gzip-compressed in one binary attribute, well under half their size as a list', async () => {
    // Fingerprints as the extractor writes them (12 hex digits); real pages have about 200, and
    // share their furniture with the site's other pages.
    const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    const realistic = (n: number) => ({
      url: `https://e.example.vn/tin/${n}.html`,
      fingerprints: [
        ...Array.from({ length: 150 }, (_, i) => hex(`own ${n} ${i}`)),
        ...Array.from({ length: 50 }, (_, i) => hex(`furniture ${i}`)),
      ],
      source: `demo/e.example.vn/${n}.html`,
    });
    for (let n = 0; n < PROFILE_PAGES; n++) await profiles.record(realistic(n));
    const item = await storedItem('e.example.vn');
    expect(item?.pages).toBeUndefined();
    const stored = item?.pagesGz as Uint8Array;
    expect(stored).toBeInstanceOf(Uint8Array);
    const asList = (await profiles.get('e.example.vn'))?.pages.map((p) => ({
      ...p,
      fingerprints: p.fingerprints.join(' '),
    }));
    expect(asList).toHaveLength(PROFILE_PAGES);
    expect(stored.byteLength).toBeLessThan(0.5 * JSON.stringify(asList).length);
  });

  it('reads a profile stored as a plain list (before compression), and rewrites it compressed', async () => {
    await storeItem('f.example.vn', {
      pages: [{ url: 'https://f.example.vn/1.html', fingerprints: 'own1 menu', source: 'k/1' }],
    });
    expect(await profiles.get('f.example.vn')).toEqual({
      site: 'f.example.vn',
      pages: [
        { url: 'https://f.example.vn/1.html', fingerprints: ['own1', 'menu'], source: 'k/1' },
      ],
    });
    await profiles.record(page('f.example.vn', 2));
    const item = await storedItem('f.example.vn');
    expect(item?.pages).toBeUndefined();
    expect(item?.version).toBe(2);
    expect((await profiles.get('f.example.vn'))?.pages.map((p) => p.url)).toEqual([
      'https://f.example.vn/1.html',
      page('f.example.vn', 2).url,
    ]);
  });

  it('says which site it is when a stored profile does not decode', async () => {
    await storeItem('g.example.vn', { pagesGz: new Uint8Array([1, 2, 3]) });
    await expect(profiles.get('g.example.vn')).rejects.toThrow(
      'The site profile of g.example.vn does not decode (attribute "pagesGz")',
    );
  });

  it('keeps the last pages only', async () => {
    for (let i = 0; i < PROFILE_PAGES + 3; i++) await profiles.record(page('c.example.vn', i));
    const stored = await profiles.get('c.example.vn');
    expect(stored?.pages).toHaveLength(PROFILE_PAGES);
    expect(stored?.pages[0]?.url).toBe(page('c.example.vn', 3).url);
  });
});
