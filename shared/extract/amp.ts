/**
 * AMP documents (`<html ⚡>`) show their media through custom elements: `<amp-img>` for a
 * picture, `<amp-video>` for a player, `<amp-youtube data-videoid>` for an embed. Right after
 * parsing, each is rewritten to the HTML element it stands for, so that every reader of the page
 * (the body finder, the image collector, the renderer) sees pictures, players and embeds as on
 * any other page; AMP's ads and trackers become elements that show nothing.
 */
import type { AnyNode, Element } from 'domhandler';

/** Pictures: the placeholder or fallback an `<amp-img>` holds is no picture of its own. */
const PICTURES: ReadonlySet<string> = new Set(['amp-img', 'amp-anim']);
/** Players; what they hold besides their sources goes with the players' rules (`media.ts`). */
const PLAYERS: ReadonlyMap<string, string> = new Map([
  ['amp-video', 'video'],
  ['amp-audio', 'audio'],
]);
/** Embeds of a video host, as the host's player address for the element's id. */
const EMBEDS: ReadonlyMap<string, (id: string) => string | null> = new Map([
  [
    'amp-youtube',
    (id) => (/^[\w-]{6,20}$/.test(id) ? `https://www.youtube.com/embed/${id}` : null),
  ],
  ['amp-vimeo', (id) => (/^\d{1,15}$/.test(id) ? `https://player.vimeo.com/video/${id}` : null)],
]);
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

/**
 * Rewrites the AMP elements among `elements`, in place: `<amp-img>`/`<amp-anim>` become `<img>`
 * (emptied of their placeholders), `<amp-video>`/`<amp-audio>` `<video>`/`<audio>`,
 * `<amp-iframe>` an `<iframe>`, `<amp-youtube>`/`<amp-vimeo>` an `<iframe>` of the host's player
 * for their `data-videoid`, and ads, trackers and share buttons a `<template>`.
 *
 * @param elements - the page's elements
 */
export function rewriteAmpElements(elements: readonly Element[]): void {
  for (const el of elements) {
    const { name } = el;
    if (!name.startsWith('amp-')) continue;
    if (PICTURES.has(name)) {
      el.name = 'img';
      empty(el);
      continue;
    }
    const player = PLAYERS.get(name);
    if (player !== undefined) {
      el.name = player;
      continue;
    }
    if (name === 'amp-iframe') {
      el.name = 'iframe';
      continue;
    }
    const embed = EMBEDS.get(name);
    if (embed !== undefined) {
      const src = embed(el.attribs['data-videoid']?.trim() ?? '');
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
