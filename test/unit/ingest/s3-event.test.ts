import { describe, expect, it } from 'vitest';
import { MalformedEventError, PageRejectedError } from '../../../shared/ingest/errors.ts';
import { decodeS3Key, parseS3Notification } from '../../../shared/ingest/s3-event.ts';

describe('decodeS3Key', () => {
  it('turns + into a space and %2B into a plus', () => {
    expect(decodeS3Key('demo/tin+t%E1%BB%A9c%2B1.html')).toBe('demo/tin tức+1.html');
  });

  it('rejects an invalid percent-encoding as a bad key', () => {
    expect(() => decodeS3Key('demo/%E1.html')).toThrow(PageRejectedError);
    try {
      decodeS3Key('demo/%E1.html');
    } catch (error) {
      expect((error as PageRejectedError).reason).toBe('bad-key');
    }
  });
});

describe('parseS3Notification', () => {
  const record = (eventName: string, object: Record<string, unknown>) =>
    JSON.stringify({
      Records: [
        {
          eventName,
          eventTime: '2026-11-29T10:00:00.000Z',
          s3: { bucket: { name: 'inbox' }, object },
        },
      ],
    });

  it('recognises the s3:TestEvent', () => {
    expect(parseS3Notification('{"Service":"Amazon S3","Event":"s3:TestEvent"}')).toEqual({
      type: 'test',
    });
  });

  it('reads a created event with a quoted ETag and normalized sequencer', () => {
    const parsed = parseS3Notification(
      record('ObjectCreated:Put', { key: 'demo/a.html', size: 12, eTag: '"abc"', sequencer: '0a' }),
    );
    expect(parsed).toEqual({
      type: 'events',
      events: [
        {
          kind: 'created',
          eventName: 'ObjectCreated:Put',
          bucket: 'inbox',
          rawKey: 'demo/a.html',
          sequencer: `${'0'.repeat(38)}0A`,
          eTag: 'abc',
          size: 12,
          versionId: null,
          eventTime: '2026-11-29T10:00:00.000Z',
        },
      ],
    });
  });

  it('reads a delete-marker event as a removal', () => {
    const parsed = parseS3Notification(
      record('ObjectRemoved:DeleteMarkerCreated', { key: 'demo/a.html', sequencer: '0B' }),
    );
    expect(parsed.type === 'events' && parsed.events[0]?.kind).toBe('removed');
  });

  it('skips event types that do not change a page', () => {
    const parsed = parseS3Notification(
      record('ObjectRestore:Completed', { key: 'demo/a.html', sequencer: '0B' }),
    );
    expect(parsed).toEqual({ type: 'events', events: [] });
  });

  it('names the missing field of a malformed record', () => {
    expect(() => parseS3Notification(record('ObjectCreated:Put', { key: 'demo/a.html' }))).toThrow(
      new MalformedEventError('S3 event record has no s3.object.sequencer (got undefined)'),
    );
  });

  it('rejects a body that is not JSON', () => {
    expect(() => parseS3Notification('not json')).toThrow(MalformedEventError);
  });
});
