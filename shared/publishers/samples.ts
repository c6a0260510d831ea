/**
 * The sample publishers: `npm start` seeds them into the local registry (when missing) so the
 * sample pages and the examples of the README work, and tests use them. A deployment's
 * publishers live in its registry (`syndicate publishers add`), not here.
 */
import { type PublisherRecord, validatePublishers } from './publisher.ts';

/** When the samples were defined; seeding stamps the time of the seed instead. */
const DEFINED_AT = '2026-01-01T00:00:00.000Z';

export const SAMPLE_PUBLISHERS: readonly PublisherRecord[] = [
  {
    id: 'demo',
    name: 'Demo — Tin tức',
    homePage: 'https://demo.example.vn/',
    language: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    // The sample pages come from several (fictional) Vietnamese portals and newspapers.
    domains: ['demo.example.vn', '*.example.vn', '*.example.gov.vn', '*.example.edu.vn'],
    status: 'active',
    createdAt: DEFINED_AT,
    updatedAt: DEFINED_AT,
  },
  {
    id: 'example-news',
    name: 'Example News',
    homePage: 'https://news.example.com/',
    language: 'en',
    timezone: 'UTC',
    domains: ['news.example.com'],
    status: 'active',
    createdAt: DEFINED_AT,
    updatedAt: DEFINED_AT,
  },
];

/** The sample publishers by id. */
export const samplePublishersById: ReadonlyMap<string, PublisherRecord> =
  validatePublishers(SAMPLE_PUBLISHERS);
