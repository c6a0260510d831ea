/**
 * Topics are the feeds' public URLs, one per format (`…/feeds/all.xml`, `…/feeds/all.atom`,
 * `…/feeds/all.json`): what each document calls itself (its `self` link) and what the `Link`
 * header names. The hub keeps them by object key in the feeds bucket.
 */
import { FEEDS_KEY_PREFIX, feedFormatOf } from '../feeds/feed-ref.ts';

/**
 * The object key of a topic, or null when the URL is not a current feed under the base URL.
 * Percent-encoded characters are decoded (WebSub asks hubs to decode them), the query and
 * fragment must be empty.
 *
 * @param baseUrl - public base URL of the feeds, without a trailing slash
 * @param topic - the topic URL a subscriber gave
 * @returns e.g. `feeds/demo/du-lich.atom`
 * @example
 * topicKey('https://feeds.example.com', 'https://feeds.example.com/feeds/all.xml'); // 'feeds/all.xml'
 */
export function topicKey(baseUrl: string, topic: string): string | null {
  let url: URL;
  let base: URL;
  try {
    url = new URL(topic);
    base = new URL(`${baseUrl.replace(/\/+$/, '')}/`);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.search !== '' || url.hash !== '') return null;
  if (!url.pathname.startsWith(base.pathname)) return null;
  let key: string;
  try {
    key = decodeURIComponent(url.pathname.slice(base.pathname.length));
  } catch {
    return null;
  }
  if (!key.startsWith(FEEDS_KEY_PREFIX) || key.includes('//') || key.split('/').includes('..')) {
    return null;
  }
  return feedFormatOf(key) === null ? null : key;
}

/**
 * The public URL of a topic.
 *
 * @param baseUrl - public base URL of the feeds
 * @param key - the feed's object key
 * @returns e.g. `https://feeds.example.com/feeds/all.xml`
 */
export function topicUrl(baseUrl: string, key: string): string {
  const path = key.split('/').map(encodeURIComponent).join('/');
  return `${baseUrl.replace(/\/+$/, '')}/${path}`;
}
