/**
 * The site profiles of template learning against DynamoDB Local: one item per page, bounded,
 * safe when pages of one site are recorded at the same time, and usable exactly once.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DynamoSiteProfiles } from '../../shared/adapters/dynamo/site-profiles.ts';
import { MIN_TEMPLATE_PAGES, PROFILE_PAGES } from '../../shared/extract/template/index.ts';
import { INGEST_MAX_CONCURRENCY } from '../../shared/ingest/config.ts';
import { KEY_PREFIX, keys, SITE_PAGE_PREFIX } from '../../shared/store/table.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
let profiles: DynamoSiteProfiles;

beforeAll(async () => {
  const { DynamoSiteProfiles } = await import('../../shared/adapters/dynamo/site-profiles.ts');
  profiles = new DynamoSiteProfiles(aws().tableName, aws().documentClient);
});

/** Every item of the site's partition, as the table holds them. */
async function storedItems(site: string): Promise<Record<string, unknown>[]> {
  const { Items } = await aws().documentClient.send(
    new QueryCommand({
      TableName: aws().tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `${KEY_PREFIX.site}${site}` },
    }),
  );
  return Items ?? [];
}

const pageItems = async (site: string) =>
  (await storedItems(site)).filter((item) => String(item.sk).startsWith(SITE_PAGE_PREFIX));

/** Writes a site's profile as an earlier version stored it: one item with every page. */
async function storeLegacyItem(site: string, pages: Record<string, unknown>): Promise<void> {
  await aws().documentClient.send(
    new PutCommand({
      TableName: aws().tableName,
      Item: { ...keys.site(site), type: 'site', site, version: 1, ...pages },
    }),
  );
}

/** A profile store whose client counts the commands it sends, by kind. */
async function countingProfiles() {
  const { DynamoSiteProfiles } = await import('../../shared/adapters/dynamo/site-profiles.ts');
  const real = aws().documentClient;
  const counts = new Map<unknown, number>();
  const counting = {
    send: (command: Parameters<typeof real.send>[0]) => {
      counts.set(command.constructor, (counts.get(command.constructor) ?? 0) + 1);
      return real.send(command);
    },
  } as unknown as typeof real;
  return {
    profiles: new DynamoSiteProfiles(aws().tableName, counting),
    sent: (kind: new (...args: never[]) => unknown) => counts.get(kind) ?? 0,
  };
}

const page = (site: string, n: number) => ({
  url: `https://${site}/tin/${n}.html`,
  fingerprints: [`own${n}`, 'menu', 'footer'],
  source: `demo/${site}/${n}.html`,
});

describe('DynamoSiteProfiles', () => {
  it('stores the pages of a site with their fingerprints and inbox keys, and reads them back in order', async () => {
    await profiles.record(page('a.example.vn', 1));
    const written = await profiles.record(page('www.a.example.vn', 2));
    const read = await profiles.get('a.example.vn');
    expect(read).toEqual(written.profile);
    expect(read?.pages.map((p) => p.source)).toEqual([
      'demo/a.example.vn/1.html',
      'demo/www.a.example.vn/2.html',
    ]);
    expect(read?.pages[0]?.fingerprints).toEqual(['own1', 'menu', 'footer']);
    expect(await profiles.get('unknown.example.vn')).toBeNull();
  });

  // A burst of one site's pages reaches every ingest instance at once: each writes its own item,
  // so none waits for or retries after another.
  it('keeps every page when pages of one site are recorded by every ingest instance at once', async () => {
    const n = INGEST_MAX_CONCURRENCY;
    await Promise.all(
      Array.from({ length: n }, (_, i) => profiles.record(page('b.example.vn', i))),
    );
    const stored = await profiles.get('b.example.vn');
    const urls = Array.from({ length: n }, (_, i) => page('b.example.vn', i).url).sort();
    expect(stored?.pages.map((p) => p.url).sort()).toEqual(urls);
    expect((await pageItems('b.example.vn')).map((item) => item.url).sort()).toEqual(urls);
  });

  it('says exactly once that a site became usable, however many of its pages are recorded at once', async () => {
    const site = 'u.example.vn';
    const first = [];
    for (let i = 0; i < MIN_TEMPLATE_PAGES; i++) first.push(await profiles.record(page(site, i)));
    expect(first.map((r) => r.becameUsable)).toEqual(first.map(() => false));
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => profiles.record(page(site, 100 + i))),
    );
    expect(burst.filter((r) => r.becameUsable)).toHaveLength(1);
    const later = await profiles.record(page(site, 200));
    expect(later.becameUsable).toBe(false);
  });

  it('says so at the third page when pages come one at a time, with the earlier pages in the profile', async () => {
    const site = 'v.example.vn';
    const recorded = [];
    for (let i = 0; i < 4; i++) recorded.push(await profiles.record(page(site, i)));
    expect(recorded.map((r) => r.becameUsable)).toEqual([false, false, true, false]);
    expect(recorded[2]?.profile.pages.map((p) => p.source)).toEqual(
      [0, 1, 2].map((n) => page(site, n).source),
    );
  });

  it('marks the site when a recording cut short before its marker is retried unchanged', async () => {
    const site = 'w.example.vn';
    await profiles.record(page(site, 1));
    await profiles.record(page(site, 2));
    // The third page's item was written, then its ingest stopped before the marker.
    const { DynamoSiteProfiles } = await import('../../shared/adapters/dynamo/site-profiles.ts');
    const real = aws().documentClient;
    const stopping = {
      send: (command: Parameters<typeof real.send>[0]) => {
        if (command instanceof PutCommand && command.input.Item?.sk === keys.siteUsable(site).sk) {
          return Promise.reject(new Error('the Lambda timed out'));
        }
        return real.send(command);
      },
    } as unknown as typeof real;
    const cut = new DynamoSiteProfiles(aws().tableName, stopping);
    await expect(cut.record(page(site, 3))).rejects.toThrow('the Lambda timed out');
    expect((await profiles.record(page(site, 3))).becameUsable).toBe(true);
  });

  it('writes nothing when the same page is recorded again unchanged, and writes a changed one', async () => {
    const { profiles: counted, sent } = await countingProfiles();
    await counted.record(page('d.example.vn', 1));
    await counted.record(page('d.example.vn', 2));
    expect(sent(PutCommand)).toBe(2);
    const again = await counted.record(page('d.example.vn', 2));
    expect(sent(PutCommand)).toBe(2);
    expect(again.profile).toEqual(await counted.get('d.example.vn'));
    await counted.record({ ...page('d.example.vn', 2), fingerprints: ['own2', 'menu'] });
    expect(sent(PutCommand)).toBe(3);
    const read = await counted.get('d.example.vn');
    // The changed page replaced its own item, and is now the newest.
    expect(read?.pages.map((p) => p.fingerprints)).toEqual([
      ['own1', 'menu', 'footer'],
      ['own2', 'menu'],
    ]);
    expect(await pageItems('d.example.vn')).toHaveLength(2);
  });

  it('writes a page as one small item, its fingerprints gzip-compressed to about half their size', async () => {
    // Fingerprints as the extractor writes them (12 hex digits); real pages have about 200, and
    // share their furniture with the site's other pages.
    const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    const fingerprints = Array.from({ length: 200 }, (_, i) => hex(`own ${i}`));
    await profiles.record({
      url: 'https://e.example.vn/tin/1.html',
      fingerprints,
      source: 'demo/e.example.vn/1.html',
    });
    const [item] = await pageItems('e.example.vn');
    const stored = item?.fingerprintsGz as Uint8Array;
    expect(stored).toBeInstanceOf(Uint8Array);
    expect(stored.byteLength).toBeLessThan(0.6 * fingerprints.join(' ').length);
    expect((await profiles.get('e.example.vn'))?.pages[0]?.fingerprints).toEqual(fingerprints);
  });

  it('keeps the last pages only, and no more items than that', async () => {
    for (let i = 0; i < PROFILE_PAGES + 3; i++) await profiles.record(page('c.example.vn', i));
    const stored = await profiles.get('c.example.vn');
    expect(stored?.pages).toHaveLength(PROFILE_PAGES);
    expect(stored?.pages[0]?.url).toBe(page('c.example.vn', 3).url);
    expect(await pageItems('c.example.vn')).toHaveLength(PROFILE_PAGES);
  });

  it('reads a profile of the earlier one-item layout as the oldest pages, and deletes it once they are all replaced', async () => {
    const site = 'f.example.vn';
    await storeLegacyItem(site, {
      pages: [{ url: 'https://f.example.vn/1.html', fingerprints: 'own1 menu', source: 'k/1' }],
    });
    expect(await profiles.get(site)).toEqual({
      site,
      pages: [
        { url: 'https://f.example.vn/1.html', fingerprints: ['own1', 'menu'], source: 'k/1' },
      ],
    });
    await profiles.record(page(site, 2));
    expect((await profiles.get(site))?.pages.map((p) => p.url)).toEqual([
      'https://f.example.vn/1.html',
      page(site, 2).url,
    ]);
    for (let i = 3; i < PROFILE_PAGES + 2; i++) await profiles.record(page(site, i));
    expect((await storedItems(site)).map((item) => item.sk)).not.toContain(keys.site(site).sk);
    expect((await profiles.get(site))?.pages).toHaveLength(PROFILE_PAGES);
  });

  it('does not call a site made usable by an earlier one-item profile newly usable', async () => {
    const site = 'h.example.vn';
    const legacy = [1, 2, 3].map((n) => ({
      url: `https://${site}/old-${n}.html`,
      fingerprints: 'menu',
      source: `k/${n}`,
    }));
    await storeLegacyItem(site, {
      pagesGz: new Uint8Array(gzipSync(Buffer.from(JSON.stringify(legacy)))),
    });
    expect((await profiles.record(page(site, 4))).becameUsable).toBe(false);
    expect((await profiles.get(site))?.pages).toHaveLength(4);
  });

  it('leaves out stored pages that do not decode, and deletes them at the next recording', async () => {
    const site = 'g.example.vn';
    await profiles.record(page(site, 1));
    await storeLegacyItem(site, { pagesGz: new Uint8Array([1, 2, 3]) });
    const broken = keys.sitePage(site, 'not-a-page');
    await aws().documentClient.send(
      new PutCommand({
        TableName: aws().tableName,
        Item: { ...broken, url: `https://${site}/2.html`, recordedAt: 1, fingerprintsGz: 'x' },
      }),
    );
    expect((await profiles.get(site))?.pages.map((p) => p.url)).toEqual([page(site, 1).url]);
    await profiles.record(page(site, 3));
    const left = (await storedItems(site)).map((item) => item.sk);
    expect(left).not.toContain(broken.sk);
    expect(left).not.toContain(keys.site(site).sk);
    expect((await profiles.get(site))?.pages.map((p) => p.url)).toEqual([
      page(site, 1).url,
      page(site, 3).url,
    ]);
  });

  describe('recording on the lookup the ingest made', () => {
    it("reads a usable site's partition once a page: the recording builds on the lookup", async () => {
      const site = 'r.example.vn';
      for (let i = 0; i < MIN_TEMPLATE_PAGES + 1; i++) await profiles.record(page(site, i));
      const { profiles: counted, sent } = await countingProfiles();
      const read = await counted.read(site);
      const recorded = await counted.record(page(site, 10), read);
      expect(sent(QueryCommand)).toBe(1);
      expect(recorded.becameUsable).toBe(false);
      expect((await profiles.get(site))?.pages.map((p) => p.url)).toContain(page(site, 10).url);
    });

    it('reads again before the site is usable: of two pages recorded on lookups made before either, the second says so', async () => {
      const site = 's.example.vn';
      for (let i = 0; i < MIN_TEMPLATE_PAGES - 1; i++) await profiles.record(page(site, i));
      const [early, late] = [await profiles.read(site), await profiles.read(site)];
      const first = await profiles.record(page(site, 10), early);
      const second = await profiles.record(page(site, 11), late);
      expect([first.becameUsable, second.becameUsable]).toEqual([false, true]);
    });

    it('deletes no page recorded after the lookup, and the next recording bounds the partition again', async () => {
      const site = 't.example.vn';
      for (let i = 0; i < PROFILE_PAGES; i++) await profiles.record(page(site, i));
      const burst = Array.from({ length: 12 }, (_, i) => page(site, 100 + i));
      await Promise.all(burst.map(async (p) => profiles.record(p, await profiles.read(site))));
      const urls = (await pageItems(site)).map((item) => item.url);
      expect(urls).toEqual(expect.arrayContaining(burst.map((p) => p.url)));
      await profiles.record(page(site, 200));
      const bounded = (await pageItems(site)).map((item) => item.url);
      expect(bounded).toHaveLength(PROFILE_PAGES);
      expect(bounded).toEqual(
        expect.arrayContaining([...burst, page(site, 200)].map((p) => p.url)),
      );
    });

    it('reads again when the lookup was of another site', async () => {
      const site = 'x.example.vn';
      for (let i = 0; i < MIN_TEMPLATE_PAGES + 1; i++) await profiles.record(page(site, i));
      const { profiles: counted, sent } = await countingProfiles();
      const read = await counted.read('other.example.vn');
      await counted.record(page(site, 10), read);
      expect(sent(QueryCommand)).toBe(2);
    });
  });
});
