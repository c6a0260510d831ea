import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article.ts';
import { articleId } from '../../../shared/extract/hash.ts';
import {
  extractPage,
  recordPage,
  type SiteProfile,
  siteOf,
} from '../../../shared/extract/index.ts';
import { type IngestDependencies, ingestEvent } from '../../../shared/ingest/ingest-event.ts';
import type { IngestStore, PageHead, SiteProfileRead } from '../../../shared/ingest/ports.ts';
import type { InboxEvent } from '../../../shared/ingest/s3-event.ts';
import { normalizeSequencer } from '../../../shared/ingest/sequencer.ts';
import type { PublisherRecord } from '../../../shared/publishers/publisher.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { FURNITURE, portalPages } from '../extract/template/portal-site.ts';

const article = { id: 'x', url: 'https://demo.example.vn/a.html', contentHash: 'h' } as Article;

function dependencies(
  head: PageHead | null,
  options: { publishers?: ReadonlyMap<string, PublisherRecord>; article?: Article } = {},
) {
  const rejections: { objectKey: string; reason: string; message: string }[] = [];
  const extracted: { url?: string; timezone?: string; charset?: string | null }[] = [];
  const saved: Article[] = [];
  const page = options.article ?? article;
  const store: IngestStore = {
    getSource: async () => null,
    saveArticle: async (_event, stored) => {
      saved.push(stored);
      return { outcome: 'created', articleId: stored.id };
    },
    recordRejection: async (event, rejection) => {
      rejections.push({ objectKey: event.objectKey, ...rejection });
      return { outcome: 'recorded' };
    },
    removeSource: async () => ({ outcome: 'deleted' }),
  };
  const deps: IngestDependencies = {
    pages: { head: async () => head, body: async () => Buffer.from('<p>page</p>') },
    store,
    extract: (_html, extractOptions) => {
      extracted.push(extractOptions);
      return page;
    },
    publishers: options.publishers ?? samplePublishersById,
    maxPageBytes: 1000,
  };
  return { deps, rejections, extracted, saved };
}

function withPublisher(id: string, changes: Partial<PublisherRecord>) {
  const publisher = samplePublishersById.get(id);
  if (publisher === undefined) throw new Error(`no sample publisher ${id}`);
  return new Map([...samplePublishersById, [id, { ...publisher, ...changes }]]);
}

const created = (rawKey: string): InboxEvent => ({
  kind: 'created',
  eventName: 'ObjectCreated:Put',
  bucket: 'inbox',
  rawKey,
  sequencer: normalizeSequencer('01'),
  eTag: 'e',
  size: 10,
  versionId: null,
  eventTime: '',
});

const removed = (rawKey: string, eventName: string): InboxEvent => ({
  kind: 'removed',
  eventName,
  bucket: 'inbox',
  rawKey,
  sequencer: normalizeSequencer('02'),
  eTag: null,
  size: null,
  versionId: 'v1',
  eventTime: '',
});

const head = (contentType: string | null, size = 10): PageHead => ({
  size,
  contentType,
  sourceUrl: null,
  eTag: 'e',
});

describe('ingestEvent', () => {
  it('accepts HTML whatever the case and charset parameter of its content type', async () => {
    const { deps } = dependencies(head('TEXT/HTML; charset=windows-1258'));
    expect(await ingestEvent(created('demo/a.html'), deps)).toMatchObject({ kind: 'ingested' });
  });

  it('leaves a page without content type or with a generic one to the extractor', async () => {
    for (const type of [null, 'application/octet-stream', 'binary/octet-stream']) {
      const { deps } = dependencies(head(type));
      expect(await ingestEvent(created('demo/a.html'), deps)).toMatchObject({ kind: 'ingested' });
    }
  });

  it('rejects a PDF before reading it', async () => {
    const { deps, rejections } = dependencies(head('application/pdf', 500));
    deps.pages.body = async () => {
      throw new Error('the body must not be read');
    };
    expect(await ingestEvent(created('demo/a.html'), deps)).toMatchObject({ kind: 'rejected' });
    expect(rejections).toEqual([
      {
        objectKey: 'demo/a.html',
        reason: 'not-html',
        message: 'Page is not HTML (got application/pdf, 500 bytes)',
      },
    ]);
  });

  it('accepts a page of exactly the size limit and rejects one byte more', async () => {
    expect(
      await ingestEvent(created('demo/a.html'), dependencies(head('text/html', 1000)).deps),
    ).toMatchObject({ kind: 'ingested' });
    expect(
      await ingestEvent(created('demo/a.html'), dependencies(head('text/html', 1001)).deps),
    ).toMatchObject({ kind: 'rejected', reason: 'oversize' });
  });

  it('rejects a key at the bucket root, which names no publisher', async () => {
    const { deps } = dependencies(head('text/html'));
    expect(await ingestEvent(created('a.html'), deps)).toMatchObject({
      kind: 'rejected',
      reason: 'unknown-publisher',
      message: 'Key "a.html" has no publisher prefix (expected <publisherId>/<path>.html)',
    });
  });

  it('extracts with the publisher’s time zone and the source-url metadata', async () => {
    const { deps, extracted } = dependencies({
      ...head('text/html'),
      sourceUrl: 'https://demo.example.vn/a.html',
    });
    await ingestEvent(created('demo/a.html'), deps);
    expect(extracted).toMatchObject([
      { url: 'https://demo.example.vn/a.html', timezone: 'Asia/Ho_Chi_Minh' },
    ]);
  });

  it('extracts in the charset the content type names, and without one when it names none', async () => {
    const types = ['text/html; charset=windows-1251', 'text/html;Charset="KOI8-R"', 'text/html'];
    const charsets = [];
    for (const type of types) {
      const { deps, extracted } = dependencies(head(type));
      await ingestEvent(created('demo/a.html'), deps);
      charsets.push(extracted[0]?.charset);
    }
    expect(charsets).toEqual(['windows-1251', 'KOI8-R', undefined]);
  });

  it('throws a failure of a port, so SQS retries the message', async () => {
    const { deps } = dependencies(head('text/html'));
    deps.pages.head = async () => {
      throw Object.assign(new Error('Service Unavailable'), { name: 'ServiceUnavailable' });
    };
    await expect(ingestEvent(created('demo/a.html'), deps)).rejects.toThrow('Service Unavailable');
  });
});

describe('ingestEvent on removals from the versioned inbox', () => {
  it('withdraws the key when it has no current object (a delete marker was created)', async () => {
    const { deps } = dependencies(null);
    const outcome = await ingestEvent(
      removed('demo/a.html', 'ObjectRemoved:DeleteMarkerCreated'),
      deps,
    );
    expect(outcome).toMatchObject({ kind: 'deleted' });
  });

  it('ingests the current object again when the key still has one (a version was deleted)', async () => {
    const { deps, extracted } = dependencies(head('text/html'));
    let removals = 0;
    const store = {
      ...deps.store,
      removeSource: async () => ({ outcome: 'deleted' as const, ...{ n: removals++ } }),
    };
    const outcome = await ingestEvent(removed('demo/a.html', 'ObjectRemoved:Delete'), {
      ...deps,
      store,
    });
    expect(outcome).toMatchObject({
      kind: 'ingested',
      articleId: articleId('https://demo.example.vn/a.html', 'demo'),
    });
    expect(extracted).toHaveLength(1);
    expect(removals).toBe(0);
  });
});

describe('ingestEvent between publishers', () => {
  it('stores the article under an id of the publisher and the canonical URL', async () => {
    const { deps, saved } = dependencies(head('text/html'));
    await ingestEvent(created('demo/a.html'), deps);
    expect(saved.map((a) => a.id)).toEqual([articleId('https://demo.example.vn/a.html', 'demo')]);
    expect(articleId('https://demo.example.vn/a.html', 'demo')).not.toBe(
      articleId('https://demo.example.vn/a.html', 'example-news'),
    );
  });

  it('rejects a page whose canonical URL is on another host, without storing it', async () => {
    const foreign = { ...article, url: 'https://demo.example.vn/a.html' };
    const { deps, rejections, saved } = dependencies(head('text/html'), { article: foreign });
    expect(await ingestEvent(created('example-news/a.html'), deps)).toMatchObject({
      kind: 'rejected',
      reason: 'foreign-url',
    });
    expect(saved).toEqual([]);
    expect(rejections).toEqual([
      {
        objectKey: 'example-news/a.html',
        reason: 'foreign-url',
        message:
          'Page\'s canonical URL https://demo.example.vn/a.html is on demo.example.vn, which is not one of publisher "example-news"\'s domains (news.example.com)',
      },
    ]);
  });

  it('rejects a source-url on another host before reading the page', async () => {
    const { deps, rejections } = dependencies({
      ...head('text/html'),
      sourceUrl: 'https://elsewhere.example.org/a.html',
    });
    deps.pages.body = async () => {
      throw new Error('the body must not be read');
    };
    expect(await ingestEvent(created('demo/a.html'), deps)).toMatchObject({
      kind: 'rejected',
      reason: 'foreign-url',
    });
    expect(rejections[0]?.message).toMatch(/^Page's source-url https:\/\/elsewhere\.example\.org/);
  });

  it('rejects the uploads of a suspended publisher before reading them', async () => {
    const { deps, rejections } = dependencies(head('text/html'), {
      publishers: withPublisher('demo', { status: 'suspended' }),
    });
    deps.pages.head = async () => {
      throw new Error('the page must not be read');
    };
    expect(await ingestEvent(created('demo/a.html'), deps)).toMatchObject({
      kind: 'rejected',
      reason: 'suspended',
    });
    expect(rejections[0]?.message).toBe(
      'Publisher "demo" is suspended: its uploads are refused until it is resumed',
    );
  });

  it('still applies the removals of a suspended publisher', async () => {
    const { deps } = dependencies(null, {
      publishers: withPublisher('demo', { status: 'suspended' }),
    });
    const removal = removed('demo/a.html', 'ObjectRemoved:DeleteMarkerCreated');
    expect(await ingestEvent(removal, deps)).toMatchObject({ kind: 'deleted' });
  });

  it('rejects a key whose publisher is not in the registry, saying so', async () => {
    const { deps } = dependencies(head('text/html'));
    expect(await ingestEvent(created('nobody/a.html'), deps)).toMatchObject({
      kind: 'rejected',
      reason: 'unknown-publisher',
      message:
        'Unknown publisher "nobody" in key "nobody/a.html": the first segment of a key must be a registered publisher (syndicate publishers list)',
    });
  });
});

describe('ingestEvent with site templates', () => {
  /** Ingests the first portal page with the given profile; counts the extractions. */
  async function ingestWithProfile(profile: SiteProfile) {
    const [page] = portalPages();
    if (page === undefined) throw new Error('no portal page');
    const { deps, saved } = dependencies(head('text/html', page.html.length));
    deps.pages.body = async () => Buffer.from(page.html);
    let extractions = 0;
    const lookups: SiteProfileRead[] = [];
    const recordedWith: (SiteProfileRead | undefined)[] = [];
    const withTemplates: IngestDependencies = {
      ...deps,
      maxPageBytes: 1_000_000,
      templates: {
        profiles: {
          read: async (site) => {
            lookups.push({ site, profile });
            return lookups[lookups.length - 1] as SiteProfileRead;
          },
          record: async (_page, read) => {
            recordedWith.push(read);
            return { profile, becameUsable: false };
          },
        },
        extract: (html, options) => {
          extractions++;
          return extractPage(html, options);
        },
      },
    };
    const outcome = await ingestEvent(created('demo/a.html'), withTemplates);
    return { outcome, extractions, saved, page, lookups, recordedWith };
  }

  it("records the page with the lookup of its site's profile made to extract it", async () => {
    const site = siteOf(portalPages()[0]?.url ?? '');
    const { outcome, lookups, recordedWith } = await ingestWithProfile({ site, pages: [] });
    expect(outcome).toMatchObject({ kind: 'ingested' });
    expect(lookups).toHaveLength(1);
    expect(recordedWith).toHaveLength(1);
    expect(recordedWith[0]).toBe(lookups[0]);
  });

  it('extracts a page again with its site template when the template matches its blocks', async () => {
    const others = portalPages().slice(1);
    let profile: SiteProfile | null = null;
    for (const p of others) {
      profile = recordPage(profile, extractPage(p.html, { url: p.url }).profilePage);
    }
    if (profile === null) throw new Error('no profile');
    const { outcome, extractions, saved, page } = await ingestWithProfile(profile);
    expect(outcome).toMatchObject({ kind: 'ingested' });
    expect(extractions).toBe(2);
    expect(saved[0]?.contentText.split('\n\n')).toEqual(page.paragraphs);
  });

  it('extracts a page once when its site template matches none of its blocks', async () => {
    const [page] = portalPages();
    const site = siteOf(page?.url ?? '');
    const profile: SiteProfile = {
      site,
      pages: [1, 2, 3].map((n) => ({
        url: `https://${site}/khac-${n}.html`,
        fingerprints: [`x${n}`],
      })),
    };
    const { outcome, extractions, saved } = await ingestWithProfile(profile);
    expect(outcome).toMatchObject({ kind: 'ingested' });
    expect(extractions).toBe(1);
    expect(saved[0]?.contentText).toContain(FURNITURE[0]);
  });
});
