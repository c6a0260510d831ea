import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../shared/extract/index.ts';

const URL = 'https://news.example.kr/article/047/0003000003';

const LINES = [
  '서울시가 내년 대중교통 요금을 동결하기로 했다. 물가 부담이 커진 시민들의 생활비를 덜어주기 위한 조치라고 시는 설명했다.',
  '시는 6일 오전 시청에서 브리핑을 열고 지하철과 시내버스 기본요금을 현재 수준으로 유지한다고 밝혔다. 다만 광역버스 요금은 경기도와 협의해 별도로 정할 예정이다.',
  '서울 지하철의 누적 적자는 지난해 기준 17조원을 넘어섰다. 전문가들은 장기적으로 요금 체계 개편이 불가피하다고 지적한다.',
];

const RELATED =
  '▶ 관련기사 : <a href="/a/1">지하철 적자 17조… 요금 인상 불가피론</a><br>\n▶ 관련기사 : <a href="/a/2">경기도 "광역버스 요금 따로 정하겠다"</a>';
const CLOSING = '제보는 카카오톡 okjebo<br>\n[ⓒ 오마이뉴스 무단전재 및 재배포 금지]';

/** A body written as lines between `<br>`s (or as `<p>`s), the closing lines after it. */
function page(asParagraphs: boolean): string {
  const lines = [...LINES, RELATED, CLOSING];
  const body = asParagraphs ? lines.map((l) => `<p>${l}</p>`).join('\n') : lines.join('<br><br>\n');
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>서울시, 내년 대중교통 요금 동결</title></head>
<body><h2>서울시, 내년 대중교통 요금 동결</h2><article id="dic_area">\n${body}\n</article></body></html>`;
}

describe('rule: lines between <br>s are read as the paragraphs they become', () => {
  it.each([
    ['written as <p>s', true],
    ['written between <br>s', false],
  ])(
    'leaves related labels with their links and closing tip and rights lines out (%s)',
    (_, asParagraphs) => {
      const article = extractArticle(page(asParagraphs), { url: URL });
      expect(article.contentText).toContain(LINES[0]);
      expect(article.contentText).not.toContain('관련기사');
      expect(article.contentText).not.toContain('okjebo');
      expect(article.contentText).not.toContain('무단전재');
      expect(article.contentText.endsWith(LINES[2] as string)).toBe(true);
    },
  );

  it.each([
    [
      'lines that are no related labels, links among them',
      '참고: <a href="/a/1">시 교통정책 자료</a><br>시는 내년 3월 세부 계획을 발표할 예정이다.',
      '세부 계획을 발표할 예정이다',
    ],
    [
      "a line that is a link alone (the page's own button to what it writes about)",
      '<a class="button_box" href="https://deal.example.com/x">Zum Tarif bei Klarmobil.de 10 GB für 5,99 Euro</a>',
      'Zum Tarif bei Klarmobil.de',
    ],
  ])('keeps %s', (_, lines, kept) => {
    const article = extractArticle(page(false).replace(RELATED, lines), { url: URL });
    expect(article.contentText).toContain(kept);
  });
});
