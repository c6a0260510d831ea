/**
 * The body's own video and audio players, as a feed reader can play them: each `<video>` and
 * `<audio>` keeps the sources it can play and gets controls; what it shows only where it cannot
 * play goes, and so does a player with nothing to play.
 */
import type { AnyNode, Element } from 'domhandler';
import { descendants, detachAll } from './dom.ts';
import { absoluteUrl } from './url.ts';

/** The players a page writes in HTML. */
export const PLAYERS: ReadonlySet<string> = new Set(['video', 'audio']);

/** A URL a reader can fetch. */
const PLAYABLE = /^https?:\/\//i;

function playable(url: string | undefined, baseUrl: string): boolean {
  if (url === undefined) return false;
  const absolute = absoluteUrl(url, baseUrl);
  return absolute !== null && PLAYABLE.test(absolute);
}

/**
 * Readies the players below `root` for the feed, in place. A player keeps its own `src` if
 * playable and the `<source>` children that are; all else inside it is what browsers that cannot
 * play it show ("Your browser does not support the video tag", a download link), and goes. A player left with nothing playable (a source a script
 * sets, a `blob:` URL) goes whole. A kept player gets `controls`: a reader shows no player
 * without them, and autoplay is not the reader's to start. A `<source>` outside a player (a
 * `<picture>`'s) goes: its `<img>` is what shows.
 *
 * @param root - the article container
 * @param baseUrl - the page URL, base of relative sources ('' when unknown)
 */
export function readyPlayers(root: Element, baseUrl: string): void {
  const gone = new Set<AnyNode>();
  for (const el of descendants(root)) {
    if (el.name === 'source' && !PLAYERS.has((el.parent as Element | null)?.name ?? '')) {
      gone.add(el);
      continue;
    }
    if (!PLAYERS.has(el.name)) continue;
    let sources = 0;
    for (const child of el.children) {
      const source =
        child.type === 'tag' && child.name === 'source' && playable(child.attribs.src, baseUrl);
      if (source) sources++;
      else gone.add(child);
    }
    if (!playable(el.attribs.src, baseUrl)) delete el.attribs.src;
    if (el.attribs.src === undefined && sources === 0) gone.add(el);
    else el.attribs.controls = '';
  }
  detachAll(gone);
}
