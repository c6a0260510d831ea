import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeEventKey,
  SequencerClock,
  toS3EventRecord,
  toSqsRecord,
} from '../../../local/event-sources/s3-events.ts';

/** How a consumer decodes an S3 event key (form encoding). */
function decodeEventKey(key: string): string {
  return decodeURIComponent(key.replaceAll('+', ' '));
}

function compareSequencers(a: string, b: string): number {
  const width = Math.max(a.length, b.length);
  return a.padStart(width, '0').localeCompare(b.padStart(width, '0'));
}

describe('encodeEventKey', () => {
  it('encodes spaces as "+", "+" as "%2B" and keeps "/" as S3 does in event notifications', () => {
    expect(encodeEventKey('demo/tin mới+1.html')).toBe('demo/tin+m%E1%BB%9Bi%2B1.html');
  });

  it('percent-encodes Vietnamese characters as UTF-8', () => {
    expect(encodeEventKey('demo/Đời sống.html')).toBe('demo/%C4%90%E1%BB%9Di+s%E1%BB%91ng.html');
  });

  it('round-trips any key through form decoding', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (key) => {
        expect(decodeEventKey(encodeEventKey(key))).toBe(key);
      }),
    );
  });
});

describe('SequencerClock', () => {
  it('issues strictly increasing sequencers within one millisecond', () => {
    const clock = new SequencerClock(() => 1_700_000_000_000);
    const issued = Array.from({ length: 1000 }, () => clock.next());
    for (let i = 1; i < issued.length; i++) {
      expect(compareSequencers(issued[i - 1] ?? '', issued[i] ?? '')).toBeLessThan(0);
    }
  });

  it('keeps increasing when the clock goes backwards', () => {
    let now = 1_700_000_000_000;
    const clock = new SequencerClock(() => now);
    const before = clock.next();
    now -= 60_000;
    expect(compareSequencers(before, clock.next())).toBeLessThan(0);
  });

  it('issues sequencers above the highest one already applied, even with the clock set back', () => {
    const applied = new SequencerClock(() => 1_800_000_000_000).next();
    const clock = new SequencerClock(() => 1_700_000_000_000, applied);
    expect(compareSequencers(applied, clock.next())).toBeLessThan(0);
  });

  it('follows the clock, so a later run issues greater sequencers than an earlier one', () => {
    const earlier = new SequencerClock(() => 1_700_000_000_000).next();
    const later = new SequencerClock(() => 1_700_000_000_001).next();
    expect(compareSequencers(earlier, later)).toBeLessThan(0);
    expect(later).toMatch(/^[0-9A-F]+$/);
  });
});

describe('toSqsRecord', () => {
  it('wraps an S3 event with the encoded key into an SQS message body', () => {
    const record = toS3EventRecord(
      {
        bucket: 'inbox',
        key: 'demo/a b.html',
        eventName: 'ObjectCreated:Put',
        size: 12,
        eTag: 'abc',
      },
      '0000018B',
      'us-east-1',
    );
    const message = toSqsRecord(
      record,
      { region: 'us-east-1', queueArn: 'arn:aws:sqs:us-east-1:000000000000:ingest' },
      new Date(0),
    );
    const body = JSON.parse(message.body);
    expect(body.Records[0].s3.object).toEqual({
      key: 'demo/a+b.html',
      sequencer: '0000018B',
      size: 12,
      eTag: 'abc',
    });
    expect(body.Records[0].s3.bucket.name).toBe('inbox');
    expect(body.Records[0].eventName).toBe('ObjectCreated:Put');
    expect(message.eventSource).toBe('aws:sqs');
  });

  it('leaves size and ETag out of a removal, as AWS does', () => {
    const record = toS3EventRecord(
      { bucket: 'inbox', key: 'demo/a.html', eventName: 'ObjectRemoved:Delete' },
      '01',
      'us-east-1',
    );
    expect(Object.keys(record.s3.object).sort()).toEqual(['key', 'sequencer']);
  });
});
