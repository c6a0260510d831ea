import { describe, expect, it } from 'vitest';
import {
  type DirectoryDeps,
  FEED_DIRECTORY_CONTENT_TYPE,
  FEED_DIRECTORY_KEY,
  listedFeeds,
  publishFeedDirectory,
  renderFeedDirectory,
} from '../../../shared/feeds/directory.ts';
import { FeedContentionError } from '../../../shared/feeds/errors.ts';
import {
  ALL_FEED,
  FEED_FORMATS,
  type FeedRef,
  feedObjectKey,
} from '../../../shared/feeds/feed-ref.ts';
import type { FeedObject, FeedSectionNames } from '../../../shared/feeds/ports.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { assertWellFormedXml, type OpmlOutline, opmlOutlines } from '../../support/feed-parsers.ts';
import { item } from './fixtures.ts';
import { InMemoryItems, InMemoryObjects } from './in-memory-ports.ts';

const baseUrl = 'https://feeds.example.org';
const demo: FeedRef = { kind: 'publisher', publisherId: 'demo' };
const news: FeedRef = { kind: 'publisher', publisherId: 'example-news' };
const travel: FeedRef = { kind: 'section', publisherId: 'demo', sectionSlug: 'du-lich' };
const hashed: FeedRef = { kind: 'section', publisherId: 'demo', sectionSlug: '5e0c1f2a' };

/** Section names as the feeds' marks recorded them. */
class RecordedNames implements FeedSectionNames {
  readonly names = new Map<string, string>();
  async sectionNames(paths: readonly string[]): Promise<Map<string, string>> {
    return new Map(
      paths.flatMap((path) => {
        const name = this.names.get(path);
        return name === undefined ? [] : [[path, name] as const];
      }),
    );
  }
}

/** Puts the three files of each feed into the bucket, as a regeneration would. */
function publish(objects: InMemoryObjects, ...refs: FeedRef[]): void {
  for (const ref of refs) {
    for (const format of FEED_FORMATS) {
      const key = feedObjectKey(ref, format);
      objects.objects.set(key, {
        key,
        body: '',
        contentType: 'application/rss+xml',
        cacheControl: '',
        hash: key,
        generation: 1,
      });
    }
  }
}

function setup() {
  const objects = new InMemoryObjects();
  const names = new RecordedNames();
  const items = new InMemoryItems();
  const deps: DirectoryDeps = {
    objects,
    sectionNames: names,
    items,
    publishers: samplePublishersById,
    baseUrl,
  };
  return { objects, names, items, deps };
}

/** The feeds an OPML document lists, as a reader importing it sees them: folder › title → URL. */
function subscriptions(opml: string): string[] {
  const lines: string[] = [];
  const walk = (outlines: readonly OpmlOutline[] | undefined, folder: string) => {
    for (const outline of outlines ?? []) {
      if (outline.type === 'rss') lines.push(`${folder}${outline.title} → ${outline.xmlUrl}`);
      walk(outline.outlines, `${folder}${outline.text} › `);
    }
  };
  walk(opmlOutlines(opml), '');
  return lines;
}

describe('listedFeeds', () => {
  it('lists each feed once, whatever its formats, and leaves out archive pages and other files', () => {
    const keys = [
      'feeds/demo.xml',
      'feeds/demo.atom',
      'feeds/demo.json',
      'feeds/all.json',
      'feeds/demo/du-lich.xml',
      'feeds/demo/archive/3.xml',
      'feeds/all/archive/1.atom',
      FEED_DIRECTORY_KEY,
    ];
    expect(listedFeeds(keys, samplePublishersById)).toEqual([ALL_FEED, demo, travel]);
  });

  it('leaves out the feeds of publishers no longer configured', () => {
    expect(listedFeeds(['feeds/gone.xml', 'feeds/gone/x.xml'], samplePublishersById)).toEqual([]);
  });
});

describe('renderFeedDirectory', () => {
  const render = (feeds: FeedRef[], sectionNames = new Map<string, string>()) =>
    renderFeedDirectory({ feeds, publishers: samplePublishersById, sectionNames, baseUrl });

  it('lists the aggregate, then a folder per publisher with its feed and its sections by name', () => {
    const opml = render(
      [ALL_FEED, demo, hashed, travel, news],
      new Map([
        ['demo/du-lich', 'Du lịch'],
        ['demo/5e0c1f2a', 'Политика'],
      ]),
    );
    expect(subscriptions(opml)).toEqual([
      `All publishers → ${baseUrl}/feeds/all.xml`,
      `Demo — Tin tức › Demo — Tin tức → ${baseUrl}/feeds/demo.xml`,
      `Demo — Tin tức › Demo — Tin tức — Du lịch → ${baseUrl}/feeds/demo/du-lich.xml`,
      `Demo — Tin tức › Demo — Tin tức — Политика → ${baseUrl}/feeds/demo/5e0c1f2a.xml`,
      `Example News › Example News → ${baseUrl}/feeds/example-news.xml`,
    ]);
    const [, folder] = opmlOutlines(opml);
    expect(folder?.outlines?.[0]).toMatchObject({
      type: 'rss',
      htmlUrl: 'https://demo.example.vn/',
      description: 'The newest articles of Demo — Tin tức',
    });
  });

  it('names a section without a recorded name by its slug', () => {
    expect(subscriptions(render([travel]))).toEqual([
      `Demo — Tin tức › Demo — Tin tức — du-lich → ${baseUrl}/feeds/demo/du-lich.xml`,
    ]);
  });

  it('keeps markup characters and control characters of names from breaking the document', () => {
    const opml = render([travel], new Map([['demo/du-lich', 'Ăn & "uống" <ngon>\u0007']]));
    assertWellFormedXml(opml);
    expect(subscriptions(opml)).toEqual([
      `Demo — Tin tức › Demo — Tin tức — Ăn & "uống" <ngon> → ${baseUrl}/feeds/demo/du-lich.xml`,
    ]);
  });

  it('is a valid document with one outline when there is no feed yet', () => {
    const opml = render([]);
    expect(opmlOutlines(opml)).toEqual([{ text: 'No feed yet' }]);
  });

  it('gives the same bytes for the same feeds: it carries no date', () => {
    expect(render([ALL_FEED, demo, travel])).toBe(render([ALL_FEED, demo, travel]));
  });
});

describe('publishFeedDirectory', () => {
  it('writes the directory of the feeds in the bucket as OPML, then nothing while they stay', async () => {
    const { objects, names, deps } = setup();
    publish(objects, ALL_FEED, demo, travel);
    names.names.set('demo/du-lich', 'Du lịch');
    expect(await publishFeedDirectory(deps)).toEqual({ feeds: 3, written: true });
    const stored = objects.objects.get(FEED_DIRECTORY_KEY);
    expect(stored?.contentType).toBe(FEED_DIRECTORY_CONTENT_TYPE);
    expect(subscriptions(stored?.body ?? '')).toContain(
      `Demo — Tin tức › Demo — Tin tức — Du lịch → ${baseUrl}/feeds/demo/du-lich.xml`,
    );
    expect(await publishFeedDirectory(deps)).toEqual({ feeds: 3, written: false });
    expect(objects.puts).toHaveLength(1);
  });

  it("names a section its changes did not name after its newest item's section", async () => {
    const { objects, items, deps } = setup();
    publish(objects, hashed);
    items.feeds.set('demo/5e0c1f2a', [item({ section: 'Политика' })]);
    await publishFeedDirectory(deps);
    expect(subscriptions(objects.body(FEED_DIRECTORY_KEY) ?? '')).toEqual([
      `Demo — Tin tức › Demo — Tin tức — Политика → ${baseUrl}/feeds/demo/5e0c1f2a.xml`,
    ]);
  });

  it('lists again after writing and starts over when a feed appeared meanwhile', async () => {
    const { objects, deps } = setup();
    publish(objects, ALL_FEED);
    // A regeneration creates the demo feed while this one writes a directory without it.
    let once = true;
    objects.beforePut = async (object: FeedObject) => {
      if (object.key === FEED_DIRECTORY_KEY && once) {
        once = false;
        publish(objects, demo);
      }
    };
    expect(await publishFeedDirectory(deps)).toEqual({ feeds: 2, written: true });
    expect(objects.puts).toHaveLength(2);
    expect(subscriptions(objects.body(FEED_DIRECTORY_KEY) ?? '')).toEqual([
      `All publishers → ${baseUrl}/feeds/all.xml`,
      `Demo — Tin tức › Demo — Tin tức → ${baseUrl}/feeds/demo.xml`,
    ]);
  });

  it('gives up with a contention error when feeds keep appearing', async () => {
    const { objects, deps } = setup();
    let section = 0;
    objects.beforePut = async () => {
      section += 1;
      publish(objects, { kind: 'section', publisherId: 'demo', sectionSlug: `s${section}` });
    };
    await expect(publishFeedDirectory(deps)).rejects.toThrow(FeedContentionError);
  });
});
