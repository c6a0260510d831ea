import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.com/uk/bridge-1.html';
const P = [
  'The council voted on Monday to close the old bridge to all traffic after engineers found serious cracks in two of its supports.',
  'Repairs are expected to take at least eighteen months and will cost about four million pounds, officials said on Tuesday.',
  'Residents will have to use a detour of about six miles, which the council admits will add time to many journeys.',
];
const page = (embed: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1><p>${P[0]}</p>${embed}<p>${P[1]}</p><p>${P[2]}</p></article></body></html>`;

describe('rule: an embedded post that shows none of its text becomes a link to the post', () => {
  it.each([
    [
      'Instagram',
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/DAbc123xyz/?utm_source=ig_embed"><div><a href="https://www.instagram.com/p/DAbc123xyz/?utm_source=ig_embed"><div>View this post on Instagram</div></a><p><a href="https://www.instagram.com/p/DAbc123xyz/">A post shared by Bridge Watch (@bridgewatch)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>',
      'https://www.instagram.com/p/DAbc123xyz/',
    ],
    [
      'TikTok',
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@bridgewatch/video/7312345678901234567" data-video-id="7312345678901234567"><section><a href="https://www.tiktok.com/@bridgewatch">@bridgewatch</a></section></blockquote>',
      'https://www.tiktok.com/@bridgewatch/video/7312345678901234567',
    ],
  ])('keeps a link to the %s post where it stood', (_network, embed, address) => {
    const { contentText, contentHtml } = extractArticle(page(embed), { url: URL });
    expect(contentText.split('\n\n')).toEqual([P[0], address, P[1], P[2]]);
    expect(contentHtml).toContain(`<a href="${address}">`);
  });

  it("keeps an Instagram post's caption when the embed holds it", () => {
    const caption =
      'Engineers abseiled down the north pier this morning to measure the crack, which has grown by two centimetres since Friday.';
    const { contentText } = extractArticle(
      page(
        `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/DAbc123xyz/"><div><p>${caption}</p><p><a href="https://www.instagram.com/p/DAbc123xyz/">A post shared by Bridge Watch (@bridgewatch)</a></p></div></blockquote>`,
      ),
      { url: URL },
    );
    expect(contentText).toContain(caption);
  });
});
