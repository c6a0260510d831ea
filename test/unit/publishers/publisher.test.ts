import { describe, expect, it } from 'vitest';
import {
  type Publisher,
  PublisherConfigError,
  validatePublishers,
} from '../../../shared/publishers/publisher.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';

const valid: Publisher = {
  id: 'site',
  name: 'Site',
  homePage: 'https://site.example/',
  language: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
};

describe('validatePublishers', () => {
  it('accepts the sample publishers, which include demo', () => {
    expect(samplePublishersById.get('demo')).toMatchObject({
      language: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('rejects an unknown time zone, naming the entry', () => {
    expect(() => validatePublishers([{ ...valid, timezone: 'Mars/Olympus' }])).toThrow(
      new PublisherConfigError('publishers[0] ("site"): unknown time zone "Mars/Olympus"'),
    );
  });

  it('rejects ids that cannot be an inbox prefix', () => {
    expect(() => validatePublishers([{ ...valid, id: 'Bad/Id' }])).toThrow(/id must match/);
  });

  it('reserves the id "all", whose feeds would overwrite the aggregate feed', () => {
    expect(() => validatePublishers([{ ...valid, id: 'all' }])).toThrow(
      new PublisherConfigError(
        'publishers[0] ("all"): id "all" is reserved for the aggregate feed',
      ),
    );
  });

  it('rejects duplicate ids', () => {
    expect(() => validatePublishers([valid, valid])).toThrow(/duplicate id/);
  });

  it('rejects a relative home page', () => {
    expect(() => validatePublishers([{ ...valid, homePage: '/home' }])).toThrow(/absolute http/);
  });
});
