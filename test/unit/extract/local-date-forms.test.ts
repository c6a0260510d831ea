import { describe, expect, it } from 'vitest';
import { isDateline, parseDate } from '../../../shared/extract/dates.ts';

describe('dates in the forms of other scripts', () => {
  it.each([
    ['วันที่ 6 ธันวาคม พ.ศ. 2569 - 15:32 น.', '2026-12-06T15:32:00+07:00'],
    ['6 ธ.ค. พ.ศ.2569', '2026-12-06T00:00:00+07:00'],
    ['๖ ธันวาคม พ.ศ. ๒๕๖๙', '2026-12-06T00:00:00+07:00'],
    ['6 ธันวาคม ค.ศ. 2026 15:32', '2026-12-06T15:32:00+07:00'],
  ])('reads the Thai date %j, its year marked by its era', (text, iso) => {
    expect(parseDate(text, 'Asia/Bangkok')).toBe(iso);
    expect(isDateline(text, 'Asia/Bangkok')).toBe(true);
  });

  it.each([
    ['ថ្ងៃអាទិត្យ ទី៦ ខែធ្នូ ឆ្នាំ២០២៦ ម៉ោង ៣:៣២ រសៀល', 'Asia/Phnom_Penh', '2026-12-06T15:32:00+07:00'],
    ['ទី១៥ ខែកុម្ភៈ ឆ្នាំ២០២៦ ម៉ោង ៩:០៥ ព្រឹក', 'Asia/Phnom_Penh', '2026-02-15T09:05:00+07:00'],
    ['6 ທັນວາ 2026 15:32', 'Asia/Vientiane', '2026-12-06T15:32:00+07:00'],
    ['၂၀၂၆ ဒီဇင်ဘာ ၆', 'Asia/Yangon', '2026-12-06T00:00:00+06:30'],
    ['၂၀၂၆ ခုနှစ် ဇန်နဝါရီလ ၁၅ ရက်', 'Asia/Yangon', '2026-01-15T00:00:00+06:30'],
    ['ဒီဇင်ဘာ ၆၊ ၂၀၂၆', 'Asia/Yangon', '2026-12-06T00:00:00+06:30'],
    ['6 დეკემბერი, 2026 15:32', 'Asia/Tbilisi', '2026-12-06T15:32:00+04:00'],
    ['2026 թ. դեկտեմբերի 6, 15:32', 'Asia/Yerevan', '2026-12-06T15:32:00+04:00'],
    ['6 մարտ 2026', 'Asia/Yerevan', '2026-03-06T00:00:00+04:00'],
    ['டிசம்பர் 06, 2026 15:32', 'Asia/Colombo', '2026-12-06T15:32:00+05:30'],
    ['06 ஒக்டோபர் 2026', 'Asia/Colombo', '2026-10-06T00:00:00+05:30'],
  ])(
    'reads the month named in Khmer, Lao, Burmese, Georgian, Armenian or Tamil: %j',
    (text, zone, iso) => {
      expect(parseDate(text, zone)).toBe(iso);
      expect(isDateline(text, zone)).toBe(true);
    },
  );

  it.each([
    ['2026 оны 12 сарын 6, 15:32', '2026-12-06T15:32:00+08:00'],
    ['2026 оны 1-р сарын 15', '2026-01-15T00:00:00+08:00'],
    ['2026 оны 3 дугаар сарын 2 08:10', '2026-03-02T08:10:00+08:00'],
  ])('reads the Mongolian date %j, its month by number', (text, iso) => {
    expect(parseDate(text, 'Asia/Ulaanbaatar')).toBe(iso);
    expect(isDateline(text, 'Asia/Ulaanbaatar')).toBe(true);
  });

  it.each([
    ['115-12-06', 'Asia/Taipei', '2026-12-06T00:00:00+08:00'],
    ['115/12/06 15:32', 'Asia/Taipei', '2026-12-06T15:32:00+08:00'],
    ['115年12月6日', 'Asia/Taipei', '2026-12-06T00:00:00+08:00'],
    ['中華民國115年12月6日', 'Asia/Taipei', '2026-12-06T00:00:00+08:00'],
    ['民國99年1月5日', 'Asia/Shanghai', '2010-01-05T00:00:00+08:00'],
  ])('reads the Minguo year of %j in %s', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it('reads three figures before a month and a day as a Minguo year only in Taiwan', () => {
    expect(parseDate('115-12-06', 'Asia/Shanghai')).toBeNull();
  });

  it.each([
    ['ኅዳር 27/2019', '2026-12-06'],
    ['ህዳር 27 ቀን 2019 ዓ.ም', '2026-12-06'],
    ['27 ኅዳር 2019', '2026-12-06'],
    ['ጥር 1 ቀን 2018 ዓ.ም', '2026-01-09'],
    ['መስከረም 1/2019', '2026-09-11'],
    // The year after Pagume's sixth day opens on 12 September, before a Gregorian leap year.
    ['ጳጉሜ 6/2015', '2023-09-11'],
    ['መስከረም 1/2016', '2023-09-12'],
  ])('reads the Ethiopian date %j as the Gregorian day %s', (text, day) => {
    expect(parseDate(text, 'Africa/Addis_Ababa')).toBe(`${day}T00:00:00+03:00`);
    expect(isDateline(text, 'Africa/Addis_Ababa')).toBe(true);
  });

  it.each(['ጳጉሜ 7/2018', 'ጳጉሜ 6/2018', 'ኅዳር 31/2019'])(
    'reads no day that the Ethiopian calendar has not: %j',
    (text) => {
      expect(parseDate(text, 'Africa/Addis_Ababa')).toBeNull();
    },
  );
});
