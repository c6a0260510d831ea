import { type Publisher, validatePublishers } from './publisher.ts';

/**
 * The publishers this deployment accepts pages from. Adding one here (and deploying) is all it
 * takes to open an inbox prefix `<id>/` for them. Validated at module load.
 */
export const PUBLISHERS: readonly Publisher[] = [
  {
    id: 'demo',
    name: 'Demo — Tin tức',
    homePage: 'https://demo.example.vn/',
    language: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
  },
  {
    id: 'example-news',
    name: 'Example News',
    homePage: 'https://news.example.com/',
    language: 'en',
    timezone: 'UTC',
  },
];

/** The configured publishers by id. */
export const publishersById: ReadonlyMap<string, Publisher> = validatePublishers(PUBLISHERS);
