import { createHash } from 'node:crypto';
/**
 * The real ingest handler against DynamoDB Local and s3rver: pages that can never be articles
 * are recorded as rejections and not retried; transient failures are retried through SQS.
 */
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoIngestStore } from '../../shared/adapters/dynamo/ingest-store.ts';
import { listRecentRejections } from '../../shared/adapters/dynamo/rejections.ts';
import { ExtractionError, extractArticle } from '../../shared/extract/index.ts';
import { MAX_ELEMENTS } from '../../shared/extract/limits.ts';
import { MIN_REMAINING_MS } from '../../shared/handlers/ingest-handler.ts';
import { samplePublishersById } from '../../shared/publishers/samples.ts';
import { IngestHarness, ingestFixture, metricSum, outcomes } from '../support/ingest-harness.ts';
import { useLocalAws } from '../support/local-aws.ts';
import { lambdaContext } from '../support/s3-notifications.ts';

const aws = useLocalAws();
let store: DynamoIngestStore;
const ingest = new IngestHarness(aws);

beforeAll(() => {
  store = new DynamoIngestStore(aws().tableName, aws().documentClient);
});

async function rejectionOf(key: string) {
  const rejections = await listRecentRejections(aws().tableName, { client: aws().documentClient });
  return rejections.find((r) => r.objectKey === key);
}

/** 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('ingest handler: rejections', () => {
  it('rejects a page over 5 MiB from its size alone, without downloading it', async () => {
    const key = 'demo/big/huge.html';
    const gets: string[] = [];
    ingest.clients.s3.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'GetObjectCommand') {
          gets.push(String((args.input as { Key?: string }).Key));
        }
        return next(args);
      },
      { step: 'initialize', name: 'countGets' },
    );
    try {
      const size = 5 * 1024 * 1024 + 1;
      const body = Buffer.alloc(size, ' ');
      body.write('<!doctype html><html><body><p>huge</p>');
      const delivery = await ingest.deliver(await ingest.upload(key, body));

      expect(delivery.response.batchItemFailures).toEqual([]);
      expect(outcomes(delivery)[0]).toMatchObject({
        kind: 'rejected',
        reason: 'oversize',
        objectKey: key,
        message: `Page is larger than the limit (${size} bytes > 5242880 bytes)`,
      });
      expect(metricSum(delivery, 'PagesRejected')).toBe(1);
      expect(gets).not.toContain(key);
    } finally {
      ingest.clients.s3.middlewareStack.remove('countGets');
    }
    const rejection = await rejectionOf(key);
    expect(rejection).toMatchObject({ objectKey: key, reason: 'oversize', publisherId: 'demo' });
    expect(Date.parse(rejection?.rejectedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(await store.getSource(key)).toMatchObject({
      status: 'rejected',
      lastError: { reason: 'oversize' },
    });
  });

  it('rejects an image uploaded as image/png as not HTML', async () => {
    const key = 'demo/img/photo.html';
    const delivery = await ingest.deliver(
      await ingest.upload(key, PNG, { contentType: 'image/png' }),
    );
    expect(outcomes(delivery)[0]).toMatchObject({
      kind: 'rejected',
      reason: 'not-html',
      message: `Page is not HTML (got image/png, ${PNG.length} bytes)`,
    });
    expect(await rejectionOf(key)).toMatchObject({ reason: 'not-html' });
  });

  it('rejects binary bytes uploaded with a generic content type, as the extractor finds them', async () => {
    const key = 'demo/img/photo-octet.html';
    const delivery = await ingest.deliver(
      await ingest.upload(key, PNG, { contentType: 'application/octet-stream' }),
    );
    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'rejected', reason: 'binary' });
  });

  it('rejects a page under an unknown publisher prefix and does not retry it', async () => {
    const key = 'nobody/tin/a.html';
    const delivery = await ingest.deliver(
      await ingest.upload(key, await ingestFixture('article.html')),
    );
    expect(delivery.response.batchItemFailures).toEqual([]);
    expect(outcomes(delivery)[0]).toMatchObject({
      kind: 'rejected',
      reason: 'unknown-publisher',
      message:
        'Unknown publisher "nobody" in key "nobody/tin/a.html": the first segment of a key must be a registered publisher (syndicate publishers list)',
    });
    expect(await rejectionOf(key)).toMatchObject({
      reason: 'unknown-publisher',
      publisherId: 'nobody',
    });
  });

  it('rejects a page that is not an article with the extractor’s reason', async () => {
    const key = 'demo/thoi-su/index.html';
    const html = await ingestFixture('listing.html');
    const expected = (() => {
      try {
        extractArticle(html, { publisher: samplePublishersById.get('demo') });
      } catch (error) {
        if (error instanceof ExtractionError) return error;
      }
      throw new Error('listing.html should not extract as an article');
    })();
    const delivery = await ingest.deliver(await ingest.upload(key, html));
    expect(outcomes(delivery)[0]).toMatchObject({
      kind: 'rejected',
      reason: expected.reason,
      message: expected.message,
    });
  });

  it('records a page with more elements than the extractor allows as a too-complex rejection, not a retry', async () => {
    const key = 'demo/tin/qua-nhieu-the.html';
    const html = `<html><head><title>Tin</title></head><body><p>${'lúa<br>'.repeat(MAX_ELEMENTS)}</p></body></html>`;
    const delivery = await ingest.deliver(await ingest.upload(key, Buffer.from(html)));
    expect(delivery.response.batchItemFailures).toEqual([]);
    const detail = `Page has ${(MAX_ELEMENTS + 5).toLocaleString('en-US')} elements (limit ${MAX_ELEMENTS.toLocaleString('en-US')})`;
    expect(outcomes(delivery)[0]).toMatchObject({
      kind: 'rejected',
      reason: 'too-complex',
      message: detail,
    });
    expect(await rejectionOf(key)).toMatchObject({ reason: 'too-complex', message: detail });
  });

  it('stores a long article whose body fits one DynamoDB item once compressed', async () => {
    const key = 'demo/long/dai.html';
    const paragraph =
      '<p>Người dân ở các quận phía tây có thể đón xe tại mười điểm dừng dọc đường, thành phố cho biết sẽ đánh giá lượng khách sau ba tháng để điều chỉnh tần suất chạy.</p>';
    const html = longPage('https://demo.example.vn/dai.html', paragraph.repeat(1200));
    // Body HTML and text together are well over the 400 KB item limit before compression.
    expect(Buffer.byteLength(html)).toBeGreaterThan(250_000);
    const delivery = await ingest.deliver(await ingest.upload(key, html));
    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'ingested', change: 'created' });
  });

  it('rejects an article whose body does not fit in one DynamoDB item even compressed, instead of retrying it', async () => {
    const key = 'demo/long/ngau-nhien.html';
    const html = longPage(
      'https://demo.example.vn/ngau-nhien.html',
      incompressibleParagraphs(400_000),
    );
    const delivery = await ingest.deliver(await ingest.upload(key, html));
    expect(delivery.response.batchItemFailures).toEqual([]);
    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'rejected', reason: 'too-large' });
    expect(await store.getSource(key)).toMatchObject({ status: 'rejected', articleId: null });
  }, 90_000);

  it('rejects a key that is not valid URL encoding in the event', async () => {
    const delivery = await ingest.deliver(
      JSON.stringify({
        Records: [
          {
            eventName: 'ObjectCreated:Put',
            eventTime: new Date().toISOString(),
            s3: {
              bucket: { name: 'inbox' },
              object: { key: 'demo/bad%E1.html', size: 10, eTag: 'x', sequencer: '01' },
            },
          },
        ],
      }),
    );
    expect(delivery.response.batchItemFailures).toEqual([]);
    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'rejected', reason: 'bad-key' });
    expect(await rejectionOf('demo/bad%E1.html')).toMatchObject({ reason: 'bad-key' });
  });

  it('keeps the earlier article published when a later upload of the key is rejected', async () => {
    const key = 'demo/kept/page.html';
    await ingest.deliver(await ingest.upload(key, await ingestFixture('article.html')));
    const before = await store.getSource(key);

    const delivery = await ingest.deliver(
      await ingest.upload(key, PNG, { contentType: 'image/png' }),
    );

    expect(outcomes(delivery)[0]).toMatchObject({ kind: 'rejected' });
    const after = await store.getSource(key);
    expect(after).toMatchObject({ status: 'rejected', articleId: before?.articleId });
    expect((await store.getArticle(before?.articleId ?? ''))?.status).toBe('live');
  });

  it('records a redelivered rejection once', async () => {
    const key = 'demo/img/twice.html';
    const event = await ingest.upload(key, PNG, { contentType: 'image/png' });
    await ingest.deliver(event);
    const again = await ingest.deliver(event);
    expect(outcomes(again)[0]).toMatchObject({ kind: 'skipped', why: 'duplicate' });
    const rejections = await listRecentRejections(aws().tableName, {
      client: aws().documentClient,
    });
    expect(rejections.filter((r) => r.objectKey === key)).toHaveLength(1);
  });

  it('lists recent rejections newest first', async () => {
    const rejections = await listRecentRejections(aws().tableName, {
      client: aws().documentClient,
      limit: 3,
    });
    expect(rejections).toHaveLength(3);
    const times = rejections.map((r) => r.rejectedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });
});

describe('ingest handler: transient failures', () => {
  it('reports a message whose DynamoDB call is throttled as failed, and stores the others', async () => {
    const throttledKey = 'demo/busy/throttled.html';
    const events = [
      await ingest.upload('demo/busy/one.html', await ingestFixture('article.html')),
      await ingest.upload(throttledKey, await ingestFixture('no-canonical.html'), {
        sourceUrl: 'https://demo.example.vn/du-lich/busy.html',
      }),
      await ingest.upload('demo/busy/two.html', await ingestFixture('article-updated.html')),
    ];
    // DynamoDB throttling cannot be provoked on DynamoDB Local: inject it for one key's calls.
    ingest.clients.dynamoDb.middlewareStack.add(
      (next) => async (args) => {
        if (JSON.stringify(args.input).includes(throttledKey)) {
          throw new ProvisionedThroughputExceededException({
            message: 'The level of configured provisioned throughput for the table was exceeded.',
            $metadata: { httpStatusCode: 400 },
          });
        }
        return next(args);
      },
      { step: 'initialize', name: 'throttleOneKey' },
    );
    let delivery: Awaited<ReturnType<typeof ingest.deliver>>;
    try {
      delivery = await ingest.deliver(...events);
    } finally {
      ingest.clients.dynamoDb.middlewareStack.remove('throttleOneKey');
    }

    expect(delivery.response.batchItemFailures).toEqual([
      { itemIdentifier: delivery.messageIds[1] },
    ]);
    // The alarm on failed messages reads this metric: the invocation itself succeeded.
    expect(metricSum(delivery, 'FailedMessages')).toBe(1);
    expect(await store.getSource(throttledKey)).toBeNull();
    expect((await store.getSource('demo/busy/one.html'))?.status).toBe('ingested');
    expect((await store.getSource('demo/busy/two.html'))?.status).toBe('ingested');
    expect(delivery.logs).toContainEqual(
      expect.objectContaining({ level: 'ERROR', objectKey: 'demo/busy/throttled.html' }),
    );

    // SQS redelivers the failed message once DynamoDB has capacity again.
    const retry = await ingest.deliver(events[1] as (typeof events)[number]);
    expect(retry.response.batchItemFailures).toEqual([]);
    expect((await store.getSource(throttledKey))?.status).toBe('ingested');
  });

  it('hands back the messages it has no time left to start, keeping the ones it finished', async () => {
    const events = [
      await ingest.upload('demo/late/first.html', await ingestFixture('article.html')),
      await ingest.upload('demo/late/second.html', await ingestFixture('article-updated.html')),
      await ingest.upload('demo/late/third.html', await ingestFixture('article.html')),
    ];
    // The clock of an invocation that reaches its last seconds after the first message.
    const remaining = [MIN_REMAINING_MS + 60_000, MIN_REMAINING_MS - 1, MIN_REMAINING_MS - 2];
    const late: Context = {
      ...lambdaContext(),
      getRemainingTimeInMillis: () => remaining.shift() ?? 0,
    };
    const delivery = await ingest.deliverIn(late, ...events);

    expect(delivery.response.batchItemFailures).toEqual([
      { itemIdentifier: delivery.messageIds[1] },
      { itemIdentifier: delivery.messageIds[2] },
    ]);
    expect((await store.getSource('demo/late/first.html'))?.status).toBe('ingested');
    expect(await store.getSource('demo/late/second.html')).toBeNull();
    expect(await store.getSource('demo/late/third.html')).toBeNull();
    expect(delivery.logs).toContainEqual(
      expect.objectContaining({ level: 'WARN', messageId: delivery.messageIds[1] }),
    );

    // Received again by an invocation with time to spare, they are ingested.
    const retry = await ingest.deliver(...events.slice(1));
    expect(retry.response.batchItemFailures).toEqual([]);
    expect((await store.getSource('demo/late/second.html'))?.status).toBe('ingested');
    expect((await store.getSource('demo/late/third.html'))?.status).toBe('ingested');
  });
});

function longPage(canonical: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài rất dài</title><link rel="canonical" href="${canonical}"></head><body><article><h1>Bài rất dài</h1>${body}</article></body></html>`;
}

/** Paragraphs of pseudo-random words (hash-derived, so fixed): text gzip can barely shrink. */
function incompressibleParagraphs(characters: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  for (let n = 0; total < characters; n += 1) {
    const bytes = createHash('sha512').update(`paragraph ${n}`).digest();
    const words: string[] = [];
    for (let i = 0; i + 6 <= bytes.length; i += 6) {
      words.push(
        Array.from(bytes.subarray(i, i + 6), (byte) => String.fromCharCode(97 + (byte % 26))).join(
          '',
        ),
      );
    }
    const text = `${words.join(' ')}.`;
    total += text.length;
    paragraphs.push(`<p>${text}</p>`);
  }
  return paragraphs.join('');
}
