/**
 * Media a page shows through other markup than HTML's own: AMP documents (`<html ⚡>`) through
 * custom elements (`<amp-img>` for a picture, `<amp-video>` for a player, `<amp-youtube
 * data-videoid>` for an embed), light embeds through theirs (`<lite-youtube videoid>`), and
 * lazy-loading scripts through an iframe whose address waits in `data-src` until it scrolls into
 * view. Right after parsing, each is rewritten to the HTML it stands for, so that every reader of
 * the page (the body finder, the image collector, the renderer) sees pictures, players and
 * embeds as on any other page; AMP's ads and trackers become elements that show nothing.
 */
import type { AnyNode, Element } from 'domhandler';

/** Pictures: the placeholder or fallback an `<amp-img>` holds is no picture of its own. */
const PICTURES: ReadonlySet<string> = new Set(['amp-img', 'amp-anim']);
/** Players; what they hold besides their sources goes with the players' rules (`media.ts`). */
const AMP_PLAYERS: ReadonlyMap<string, string> = new Map([
  ['amp-video', 'video'],
  ['amp-audio', 'audio'],
]);
const youtube = (id: string) =>
  /^[\w-]{6,20}$/.test(id) ? `https://www.youtube.com/embed/${id}` : null;
const vimeo = (id: string) =>
  /^\d{1,15}$/.test(id) ? `https://player.vimeo.com/video/${id}` : null;
/** Embeds of a video host: the attribute naming the video, and the host's player for its id. */
const EMBEDS: ReadonlyMap<string, readonly [string, (id: string) => string | null]> = new Map([
  ['amp-youtube', ['data-videoid', youtube]],
  ['amp-vimeo', ['data-videoid', vimeo]],
  ['lite-youtube', ['videoid', youtube]],
  ['lite-vimeo', ['videoid', vimeo]],
]);
/** Where lazy-loading scripts keep an iframe's address until it loads. */
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original'];
/** An iframe address that stands in for the real one: none, a blank page, inline data. */
const STAND_IN = /^\s*(?:$|about:blank|data:|javascript:)/i;
/** Ads, trackers, consent and share widgets: nothing of the article's. */
const NOT_CONTENT: ReadonlySet<string> = new Set([
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-auto-ads',
  'amp-analytics',
  'amp-pixel',
  'amp-consent',
  'amp-geo',
  'amp-user-notification',
  'amp-social-share',
  'amp-call-tracking',
]);
/** What an element that shows nothing becomes: every reader leaves a `<template>` out. */
const SHOWS_NOTHING = 'template';

function empty(el: Element): void {
  for (const child of el.children as AnyNode[]) {
    child.parent = null;
    child.prev = null;
    child.next = null;
  }
  el.children = [];
}

/** The first letters of the names of the elements {@link rewriteMediaElements} rewrites. */
const FIRST_LETTERS = new Set(['a', 'i', 'l'].map((letter) => letter.charCodeAt(0)));

/**
 * Whether an element of this name may need {@link rewriteMediaElements}: the parse notes it
 * as it goes, so that a page without any is not walked again.
 *
 * @param name - an element's name, lower case
 * @returns true for an AMP element, an iframe or a light embed
 */
export function mayStandForMedia(name: string): boolean {
  return (
    FIRST_LETTERS.has(name.charCodeAt(0)) &&
    (name === 'iframe' || name.startsWith('amp-') || name.startsWith('lite-'))
  );
}

/** An iframe whose address a lazy-loading script keeps aside gets it. */
function revealLazyFrame(el: Element): void {
  if (!STAND_IN.test(el.attribs.src ?? '')) return;
  const lazy = LAZY_SOURCES.map((name) => el.attribs[name]?.trim()).find((v) => v);
  if (lazy !== undefined) el.attribs.src = lazy;
}

/**
 * Rewrites, in place, the elements among `elements` that stand for media: `<amp-img>` and
 * `<amp-anim>` become `<img>` (emptied of their placeholders), `<amp-video>`/`<amp-audio>`
 * `<video>`/`<audio>`, `<amp-iframe>` an `<iframe>`, `<amp-youtube>`/`<amp-vimeo>` and
 * `<lite-youtube>`/`<lite-vimeo>` an `<iframe>` of the host's player for their video's id, AMP's
 * ads, trackers and share buttons a `<template>`; an `<iframe>` whose `src` is a stand-in gets
 * the address its `data-src` (or `data-lazy-src`, `data-original`) keeps.
 *
 * @param elements - the page's elements
 */
export function rewriteMediaElements(elements: readonly Element[]): void {
  for (const el of elements) {
    const { name } = el;
    if (name === 'iframe') {
      revealLazyFrame(el);
      continue;
    }
    if (!name.startsWith('amp-') && !name.startsWith('lite-')) continue;
    if (PICTURES.has(name)) {
      el.name = 'img';
      empty(el);
      continue;
    }
    const player = AMP_PLAYERS.get(name);
    if (player !== undefined) {
      el.name = player;
      continue;
    }
    if (name === 'amp-iframe') {
      el.name = 'iframe';
      revealLazyFrame(el);
      continue;
    }
    const embed = EMBEDS.get(name);
    if (embed !== undefined) {
      const [attribute, address] = embed;
      const src = address(el.attribs[attribute]?.trim() ?? '');
      el.name = src === null ? SHOWS_NOTHING : 'iframe';
      if (src !== null) {
        const { width, height } = el.attribs;
        el.attribs = { src, ...(width ? { width } : {}), ...(height ? { height } : {}) };
      }
      empty(el);
      continue;
    }
    if (NOT_CONTENT.has(name)) el.name = SHOWS_NOTHING;
  }
}
