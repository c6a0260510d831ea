import fc from 'fast-check';
import { francAll } from 'franc-min';
import { data } from 'franc-min/data.js';
import { describe, expect, it } from 'vitest';
import { rankLanguages } from '../../../shared/extract/language-rank.ts';

/** Pieces texts are made of: trigrams from every script's models, so that most of them hit. */
const modelTrigrams = Object.values(data).flatMap((models) =>
  Object.values(models).flatMap((model) => model.split('|').slice(0, 60)),
);

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...modelTrigrams) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', '1999', '—'),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('İ', 'ẞ', 'Σ', 'THE ', 'Đ', '中文', 'カタ', '한국', 'ไทย'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);

const texts = {
  en: 'The committee said on Tuesday that the new rules would apply to every company that sells goods in the region, and that the first inspections would take place early next year. ',
  es: 'El gobierno anunció el martes que las nuevas normas se aplicarán a todas las empresas que venden productos en la región, y que las primeras inspecciones serán el próximo año. ',
  pt: 'O governo anunciou na terça-feira que as novas regras serão aplicadas a todas as empresas que vendem produtos na região, e que as primeiras inspeções ocorrerão no próximo ano. ',
  ru: 'Правительство объявило во вторник, что новые правила будут применяться ко всем компаниям, которые продают товары в регионе, а первые проверки пройдут в следующем году. ',
  ja: '政府は火曜日、新しい規則が地域で商品を販売するすべての企業に適用されると発表した。',
};

describe('rankLanguages', () => {
  it.each(Object.entries(texts))('ranks a %s article exactly as francAll does', (_, text) => {
    for (const repeat of [2, 5, 20]) {
      const value = text.repeat(repeat);
      expect(rankLanguages(value, 200)).toEqual(francAll(value, { minLength: 200 }));
    }
  });

  it('answers und for text shorter than the minimum, or without letters of any script', () => {
    expect(rankLanguages('Short text.', 200)).toEqual([['und', 1]]);
    expect(rankLanguages('', 0)).toEqual([['und', 1]]);
    expect(rankLanguages('1234 5678 — 90 !!', 5)).toEqual(francAll('1234 5678 — 90 !!'));
  });

  it('gives francAll’s languages, order and scores for any text made of model trigrams', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 900 }),
        fc.constantFrom(0, 10, 200),
        (pieces, minLength) => {
          const value = pieces.join('');
          expect(rankLanguages(value, minLength)).toEqual(francAll(value, { minLength }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
