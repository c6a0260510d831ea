/**
 * The body's own video and audio players, as a feed reader can play them: each `<video>` and
 * `<audio>` keeps the sources it can play and gets controls; what it shows only where it cannot
 * play goes, and so does a player with nothing to play.
 */
import { type AnyNode, Element, Text } from 'domhandler';
import { descendants, detachAll, textExcept } from './dom.ts';
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

/** An embedded post whose text the network's script draws: Instagram's, TikTok's, Facebook's. */
const SCRIPTED_POST = /(?:^|\s)(?:instagram-media|tiktok-embed|fb-xfbml-parse-ignore)(?:\s|$)/;
/** A post's address on those networks. */
const SCRIPTED_POST_ADDRESS =
  /^https:\/\/(?:www\.|m\.)?(?:instagram\.com\/(?:p|reel|tv)\/|tiktok\.com\/@[\w.-]+\/video\/\d|facebook\.com\/\S+\/(?:posts|videos)\/)/i;
/** Characters of text outside links an embed without its post's text shows at most. */
const MAX_EMBED_LABEL = 40;

/**
 * The paragraph an embedded Instagram, TikTok or Facebook post becomes when it shows no text of
 * the post (its markup only a placeholder the network's script fills in: "View this post on
 * Instagram", "A post shared by …", links all): a link to the post, its address as the text, so
 * that the reader of the feed can open it. Null for an embed holding the post's words, or
 * without an address.
 *
 * @param el - a `<blockquote>` in the body
 * @returns the paragraph to put in its place, or null
 */
export function postLinkOf(el: Element): Element | null {
  if (el.name !== 'blockquote' || !SCRIPTED_POST.test(el.attribs.class ?? '')) return null;
  if (textExcept(el.children, (d) => d.name === 'a').trim().length > MAX_EMBED_LABEL) return null;
  const link = descendants(el).find((d) => d.name === 'a')?.attribs.href;
  const address = [el.attribs['data-instgrm-permalink'], el.attribs.cite, link]
    .map((a) => a?.trim() ?? '')
    .find((a) => SCRIPTED_POST_ADDRESS.test(a));
  if (address === undefined) return null;
  const url = address.replace(/[?#].*$/, '');
  return new Element('p', {}, [new Element('a', { href: url }, [new Text(url)])]);
}
