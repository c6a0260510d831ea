/**
 * The real ingest handler against DynamoDB Local and s3rver: uploads, redeliveries, updates and
 * removals end as the right articles and rejections in the table.
 */
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoIngestStore } from '../../shared/adapters/dynamo/ingest-store.ts';
import type { ArticleItem } from '../../shared/adapters/dynamo/items.ts';
import { IngestHarness, ingestFixture, metricSum, outcomes } from '../support/ingest-harness.ts';
import { useLocalAws } from '../support/local-aws.ts';
import { S3_TEST_EVENT_BODY } from '../support/s3-notifications.ts';

const aws = useLocalAws();
let store: DynamoIngestStore;
const ingest = new IngestHarness(aws);

const ARTICLE_URL = 'https://demo.example.vn/thoi-su/xe-buyt-dien-noi-bai.html';

beforeAll(() => {
  store = new DynamoIngestStore(aws().tableName, aws().documentClient);
});

/**
 * A fixture page with its canonical URL made unique, so that each test owns its article (keys
 * of other tests would otherwise hold the same article).
 */
async function page(slug: string, fixture = 'article.html'): Promise<string> {
  return (await ingestFixture(fixture))
    .toString('utf8')
    .replaceAll(ARTICLE_URL, `https://demo.example.vn/thoi-su/${slug}.html`);
}

async function articleOfKey(key: string): Promise<ArticleItem> {
  const source = await store.getSource(key);
  expect(source?.articleId, `source state of ${key}`).toBeTruthy();
  const article = await store.getArticle(source?.articleId ?? '');
  if (article === null) throw new Error(`No article for ${key}`);
  return article;
}

describe('ingest handler: uploads', () => {
  it('stores an uploaded page as a live article in every feed index, logging key and id', async () => {
    const key = 'demo/thoi-su/xe-buyt.html';
    const delivery = await ingest.deliver(
      await ingest.upload(key, await ingestFixture('article.html')),
    );

    expect(delivery.response.batchItemFailures).toEqual([]);
    const article = await articleOfKey(key);
    expect(article).toMatchObject({
      url: ARTICLE_URL,
      title: 'Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài',
      section: 'Thời sự',
      sectionSlug: 'thoi-su',
      publisherId: 'demo',
      status: 'live',
      sourceKeys: [key],
      feedPublisher: 'demo',
      feedSection: 'demo#thoi-su',
      feedSort: `2026-11-20T01:30:00.000Z#${article.id}`,
      image: expect.objectContaining({
        url: 'https://demo.example.vn/anh/2026/11/xe-buyt-dien.jpg',
      }),
    });
    expect(article.ingestedAt).toBe(article.updatedAt);
    expect(outcomes(delivery)).toEqual([
      expect.objectContaining({
        kind: 'ingested',
        change: 'created',
        objectKey: key,
        articleId: article.id,
      }),
    ]);
    expect(delivery.logs).toContainEqual(
      expect.objectContaining({ level: 'INFO', objectKey: key, articleId: article.id }),
    );
    expect(metricSum(delivery, 'PagesIngested')).toBe(1);
    expect(delivery.metrics.get('ExtractionTime')).toHaveLength(1);
  });

  it('takes the URL from the source-url metadata when the page has no canonical link', async () => {
    const key = 'demo/du-lich/lua-chin.html';
    await ingest.deliver(
      await ingest.upload(key, await ingestFixture('no-canonical.html'), {
        sourceUrl: 'https://demo.example.vn/du-lich/lua-chin.html',
      }),
    );
    const article = await articleOfKey(key);
    expect(article.url).toBe('https://demo.example.vn/du-lich/lua-chin.html');
    expect(article.feedSection).toBe('demo#du-lich');
  });

  it('reads a page that names no charset in the one its upload’s Content-Type gave', async () => {
    const key = 'demo/the-gioi/metro.html';
    const title = 'Москва открыла новую линию метро';
    const paragraph =
      'Новая линия соединила северные и южные районы города, сообщили в мэрии. Поезда будут ходить каждые три минуты.';
    const html = `<html><head><title>${title}</title><link rel="canonical" href="https://demo.example.vn/the-gioi/metro.html"></head><body><article><h1>${title}</h1>${`<p>${paragraph}</p>`.repeat(4)}</article></body></html>`;
    await ingest.deliver(
      await ingest.upload(key, iconv.encode(html, 'windows-1251'), {
        contentType: 'text/html; charset=windows-1251',
      }),
    );
    const article = await articleOfKey(key);
    expect(article.title).toBe(title);
    expect(article.contentText).toContain(paragraph);
  });

  it('decodes keys with spaces, + and Vietnamese characters from the URL-encoded event', async () => {
    const key = 'demo/tin tức/xe buýt+điện 2026.html';
    const delivery = await ingest.deliver(await ingest.upload(key, await page('encoded-key')));

    expect(delivery.response.batchItemFailures).toEqual([]);
    expect(outcomes(delivery)[0]).toMatchObject({ objectKey: key });
    expect((await articleOfKey(key)).sourceKeys).toContain(key);
    expect(await store.getSource('demo/tin tức/xe buýt điện 2026.html')).toBeNull();
  });

  it('ignores the s3:TestEvent S3 sends when notifications are set up', async () => {
    const delivery = await ingest.deliver(S3_TEST_EVENT_BODY);
    expect(delivery.response.batchItemFailures).toEqual([]);
    expect(delivery.logs.map((entry) => entry.message)).toContain('Ignored s3:TestEvent');
  });

  it('reports a message that is not an S3 notification as failed, so it ends in the DLQ', async () => {
    const delivery = await ingest.deliver('{"hello":"world"}');
    expect(delivery.response.batchItemFailures).toEqual([
      { itemIdentifier: delivery.messageIds[0] },
    ]);
    expect(delivery.logs).toContainEqual(
      expect.objectContaining({
        level: 'ERROR',
        message: 'Message is not an S3 event notification',
        error: expect.objectContaining({ name: 'MalformedEventError' }),
      }),
    );
  });
});

describe('ingest handler: at-least-once and out-of-order delivery', () => {
  it('applies a duplicate delivery once and leaves the article untouched the second time', async () => {
    const key = 'demo/dup/xe-buyt.html';
    const event = await ingest.upload(key, await page('dup'));
    await ingest.deliver(event);
    const first = await articleOfKey(key);

    const again = await ingest.deliver(event, event);

    expect(again.response.batchItemFailures).toEqual([]);
    expect(outcomes(again).map((o) => [o.kind, 'why' in o ? o.why : undefined])).toEqual([
      ['skipped', 'duplicate'],
      ['skipped', 'duplicate'],
    ]);
    expect(await articleOfKey(key)).toEqual(first);
  });

  it('keeps the newer version when its event arrives before the older one', async () => {
    const key = 'demo/order/xe-buyt.html';
    const older = await ingest.upload(key, await page('order'));
    const newer = await ingest.upload(key, await page('order', 'article-updated.html'));
    // Sequencers of different lengths compare after left-padding: "FF" is older than "0100".
    const first = await ingest.deliver({ ...newer, sequencer: '0100' });
    const late = await ingest.deliver({ ...older, sequencer: 'FF' });

    expect(first.response.batchItemFailures).toEqual([]);
    expect(outcomes(late)[0]).toMatchObject({ kind: 'skipped', why: 'stale' });
    const article = await articleOfKey(key);
    expect(article.contentText).toContain('50 phút');
    expect((await store.getSource(key))?.sequencer).toMatch(/0100$/);
  });

  it('leaves an event whose object was overwritten since to the newer upload’s event', async () => {
    const key = 'demo/overwritten/xe-buyt.html';
    const first = await ingest.upload(key, await page('overwritten'));
    const second = await ingest.upload(key, await page('overwritten', 'article-updated.html'));

    const early = await ingest.deliver(first);
    expect(outcomes(early)[0]).toMatchObject({ kind: 'skipped', why: 'superseded' });
    expect(await store.getSource(key)).toBeNull();

    await ingest.deliver(second);
    expect((await articleOfKey(key)).contentText).toContain('50 phút');
  });

  it('leaves an upload deleted before its event was processed to the removal event', async () => {
    const key = 'demo/gone/xe-buyt.html';
    const created = await ingest.upload(key, await page('gone'));
    await aws().s3Client.send(new DeleteObjectCommand({ Bucket: aws().inboxBucket, Key: key }));

    const late = await ingest.deliver(created);
    const removal = await ingest.deliver(ingest.removed(key));

    expect(outcomes(late)[0]).toMatchObject({ kind: 'skipped', why: 'gone' });
    expect(outcomes(removal)[0]).toMatchObject({ kind: 'deleted' });
    expect(await store.getSource(key)).toMatchObject({ status: 'deleted', articleId: null });
  });

  it('skips folder placeholders, which are not pages', async () => {
    const delivery = await ingest.deliver(await ingest.upload('demo/thu-muc/', ''));
    expect(delivery.response.batchItemFailures).toEqual([]);
    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'skipped', why: 'folder' });
    expect(await store.getSource('demo/thu-muc/')).toBeNull();
  });

  it('writes nothing to the article when the same content is uploaded again', async () => {
    const key = 'demo/same/xe-buyt.html';
    const html = await page('same');
    await ingest.deliver(await ingest.upload(key, html));
    const before = await articleOfKey(key);

    const delivery = await ingest.deliver(await ingest.upload(key, html));

    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'unchanged', articleId: before.id });
    expect(metricSum(delivery, 'PagesUnchanged')).toBe(1);
    expect(await articleOfKey(key)).toEqual(before);
  });

  it('updates the article and its modifiedAt when the content changes', async () => {
    const key = 'demo/update/xe-buyt.html';
    await ingest.deliver(await ingest.upload(key, await page('update')));
    const before = await articleOfKey(key);

    const withDate = await ingest.deliver(
      await ingest.upload(key, await page('update', 'article-updated.html')),
    );
    const dated = await articleOfKey(key);
    expect(outcomes(withDate)[0]).toMatchObject({ kind: 'ingested', change: 'updated' });
    expect(dated.contentHash).not.toBe(before.contentHash);
    expect(dated.modifiedAt).toBe('2026-11-21T09:00:00+07:00');
    expect(dated.revision).toBe(before.revision + 1);
    expect(dated.ingestedAt).toBe(before.ingestedAt);

    // A further change that does not move the page's own modified time is dated by the ingest.
    const edited = (await page('update', 'article-updated.html')).replace('20 chiếc', '24 chiếc');
    const started = new Date();
    await ingest.deliver(await ingest.upload(key, edited));
    const undated = await articleOfKey(key);
    expect(undated.contentText).toContain('24 chiếc');
    expect(Date.parse(undated.modifiedAt ?? '')).toBeGreaterThanOrEqual(started.getTime() - 1000);
  });
});

describe('ingest handler: removals', () => {
  it('withdraws the article on delete, keeping the record, and republishes it on re-upload', async () => {
    const key = 'demo/delete/xe-buyt.html';
    const html = await page('delete');
    await ingest.deliver(await ingest.upload(key, html));

    const removal = await ingest.deliver(await ingest.deleted(key));
    const withdrawn = await articleOfKey(key);
    expect(outcomes(removal)[0]).toMatchObject({ kind: 'withdrawn', articleId: withdrawn.id });
    expect(metricSum(removal, 'PagesWithdrawn')).toBe(1);
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.withdrawnAt).toBeDefined();
    expect(withdrawn.title).toBe('Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài');
    for (const name of ['feedPublisher', 'feedSection', 'feedSort']) {
      expect(withdrawn).not.toHaveProperty(name);
    }
    expect((await store.getSource(key))?.status).toBe('deleted');

    const reupload = await ingest.deliver(await ingest.upload(key, html));
    const live = await articleOfKey(key);
    expect(outcomes(reupload)[0]).toMatchObject({ kind: 'ingested', change: 'updated' });
    expect(live).toMatchObject({ status: 'live', feedPublisher: 'demo', sourceKeys: [key] });
    expect(live).not.toHaveProperty('withdrawnAt');
  });

  it('changes nothing when a non-current version is deleted and the page is still there', async () => {
    const key = 'demo/versions/xe-buyt.html';
    await ingest.deliver(await ingest.upload(key, await page('versions')));
    const before = await articleOfKey(key);

    const removal = await ingest.deliver(
      ingest.removed(key, { eventName: 'ObjectRemoved:Delete', versionId: 'old-version' }),
    );

    expect(outcomes(removal)[0]).toMatchObject({ kind: 'unchanged', articleId: before.id });
    expect(await articleOfKey(key)).toEqual(before);
  });

  it('republishes the page when its delete marker is removed (the page restored)', async () => {
    const key = 'demo/restored/xe-buyt.html';
    const html = await page('restored');
    await ingest.deliver(await ingest.upload(key, html));
    await ingest.deliver(await ingest.deleted(key));
    expect((await articleOfKey(key)).status).toBe('withdrawn');
    // Removing the delete marker makes the previous version current again; S3 reports only the
    // removal of the marker (s3rver has no versions: the object is put back without its event).
    await ingest.upload(key, html);

    const restore = await ingest.deliver(
      ingest.removed(key, { eventName: 'ObjectRemoved:Delete', versionId: 'delete-marker' }),
    );

    expect(outcomes(restore)[0]).toMatchObject({ kind: 'ingested', change: 'updated' });
    expect(await articleOfKey(key)).toMatchObject({ status: 'live', sourceKeys: [key] });
    expect((await store.getSource(key))?.status).toBe('ingested');
  });

  it('ignores a removal older than the upload it would undo', async () => {
    const key = 'demo/late-delete/xe-buyt.html';
    const removal = ingest.removed(key);
    await ingest.deliver(await ingest.upload(key, await page('late-delete')));

    const late = await ingest.deliver(removal);

    expect(outcomes(late)[0]).toMatchObject({ kind: 'skipped', why: 'stale' });
    expect((await articleOfKey(key)).status).toBe('live');
  });

  it('makes two keys with the same canonical URL one article, withdrawn only when both are gone', async () => {
    const first = 'demo/copies/one.html';
    const second = 'demo/copies/two.html';
    const html = await page('copies');
    await ingest.deliver(await ingest.upload(first, html), await ingest.upload(second, html));

    const article = await articleOfKey(first);
    expect((await articleOfKey(second)).id).toBe(article.id);
    expect([...article.sourceKeys].sort()).toEqual([first, second]);

    const one = await ingest.deliver(await ingest.deleted(first));
    expect(outcomes(one)[0]).toMatchObject({ kind: 'detached', articleId: article.id });
    expect((await store.getArticle(article.id))?.status).toBe('live');

    await ingest.deliver(await ingest.deleted(second));
    expect((await store.getArticle(article.id))?.status).toBe('withdrawn');
  });

  it('withdraws the old article when a key is re-uploaded with another canonical URL', async () => {
    const key = 'demo/moved/page.html';
    await ingest.deliver(await ingest.upload(key, await page('moved')));
    const old = await articleOfKey(key);

    await ingest.deliver(
      await ingest.upload(key, await ingestFixture('no-canonical.html'), {
        sourceUrl: 'https://demo.example.vn/du-lich/moved.html',
      }),
    );

    const current = await articleOfKey(key);
    expect(current.url).toBe('https://demo.example.vn/du-lich/moved.html');
    expect(current.id).not.toBe(old.id);
    expect(await store.getArticle(old.id)).toMatchObject({ status: 'withdrawn', sourceKeys: [] });
  });
});
