import { describe, expect, it } from 'vitest';
import { extractArticle, recordingTrace } from '../../../../shared/extract/index.ts';

const URL = 'https://www.hanbit.example.co.kr/news/articleView.html?idxno=123456';
const HEADLINE = '서울시, 내년부터 심야버스 노선 12개 늘린다';
const DECK = '올빼미버스 배차 간격도 평균 35분에서 25분으로 단축';
const PARAGRAPHS = [
  '서울시가 내년 1월부터 심야버스 노선을 현재 14개에서 26개로 늘린다고 4일 밝혔다. 새 노선은 심야 시간대 택시 승차난이 심한 강남, 홍대, 종로 일대를 중심으로 편성된다.',
  '시 관계자는 "심야 이동 수요가 코로나19 이전 수준을 넘어섰다"며 "시민들이 늦은 시간에도 안전하고 저렴하게 귀가할 수 있도록 하겠다"고 말했다.',
  '심야버스 요금은 현행 2천500원이 유지된다. 시는 노선별 승객 수를 분석해 내년 하반기에 배차 간격을 다시 조정할 계획이다.',
];

/**
 * A Korean CMS's article: its header (the headline in an `<h3>`, the deck, the reporter and the
 * dates in a list) is a block of its own right before the block of text.
 */
function page(header: string, before = ''): string {
  return `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${HEADLINE} - 한빛일보</title></head><body>
<header class="site"><a href="/">한빛일보</a></header>
<div class="float-left">${before}
<section class="article-view-header">${header}</section>
<section class="article-veiw-body"><article itemprop="articleBody">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article></section>
</div></body></html>`;
}

const HEADER = `<h3 class="heading">${HEADLINE}</h3><h4 class="subheading">${DECK}</h4>
<ul class="infomation"><li><i class="icon-user-o"></i> 김민준 기자</li><li><i class="icon-clock-o"></i> 입력 2026.12.04 14:20</li><li><i class="icon-clock-o"></i> 수정 2026.12.04 15:02</li><li><i class="icon-comment-o"></i> 댓글 0</li></ul>`;

describe("rule: the article's header, a block of its own before the text, is none of the body", () => {
  it('leaves the headline, the deck, the reporter and the dates out of the body', () => {
    const article = extractArticle(page(HEADER), { url: URL });
    expect(article.contentText).toBe(PARAGRAPHS.join('\n\n'));
    expect(article.lead).toBe(DECK);
    expect(article.publishedAt).toBe('2026-12-04T14:20:00+09:00');
  });

  it('says in the trace that the header was left out', () => {
    const { trace, explanation } = recordingTrace();
    extractArticle(page(HEADER), { url: URL, trace });
    expect(explanation.removed).toContainEqual(
      expect.objectContaining({
        rule: "article's header before the text",
        element: expect.stringContaining('section.article-view-header'),
      }),
    );
  });

  it('keeps the lead picture standing before the header', () => {
    const hero =
      '<header class="hero"><figure><img src="/news/photo/202612/123456_1.jpg" width="1200" height="800" alt="서울 시내를 운행하는 심야버스"></figure></header>';
    const article = extractArticle(page(HEADER, hero), { url: URL });
    expect(article.images.map((i) => i.url)).toEqual([
      'https://www.hanbit.example.co.kr/news/photo/202612/123456_1.jpg',
    ]);
    expect(article.contentText).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('keeps a block holding the headline that also holds the text’s opening paragraphs', () => {
    const opening = [
      '서울시는 이날 시청에서 브리핑을 열고 심야 이동 수요 조사 결과와 함께 새 노선도를 공개했다. 조사에 따르면 자정 이후 택시를 잡지 못해 귀가에 한 시간 이상 걸렸다는 응답이 응답자의 42%에 달했다.',
      '특히 강남역과 홍대입구역 주변에서는 새벽 1시부터 3시 사이 택시 호출 성공률이 30%를 밑돌았다. 시는 이 시간대 유동 인구가 많은 정류장을 중심으로 새 노선의 경로를 짰다고 설명했다.',
    ];
    const header = `<h3 class="heading">${HEADLINE}</h3>${opening.map((p) => `<p>${p}</p>`).join('')}`;
    const article = extractArticle(page(header), { url: URL });
    expect(article.contentText).toBe([...opening, ...PARAGRAPHS].join('\n\n'));
  });
});
