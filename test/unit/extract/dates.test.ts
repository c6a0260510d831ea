import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONTH_PATTERN, MONTHS } from '../../../shared/extract/date-words.ts';
import {
  isDateline,
  parseDate,
  parseDateLine,
  readDayWithMonthWord,
  zoneOffsetMinutes,
} from '../../../shared/extract/dates.ts';
import { extractArticle } from '../../../shared/extract/index.ts';
import { samplePublishersById } from '../../../shared/publishers/samples.ts';
import { BODY_PARAGRAPHS, buildPage } from './build-page.ts';

const VN = 'Asia/Ho_Chi_Minh';

describe('parseDate', () => {
  it.each([
    ['14/12/2023 16:05', '2023-12-14T16:05:00+07:00'],
    ['Thứ sáu, 8/3/2024, 07:30 (GMT+7)', '2024-03-08T07:30:00+07:00'],
    ['Cập nhật lúc 08:15, Thứ Hai, 02/09/2024', '2024-09-02T08:15:00+07:00'],
    ['16h05 ngày 14/12/2023', '2023-12-14T16:05:00+07:00'],
    ['16 giờ 05 phút, ngày 14/12/2023', '2023-12-14T16:05:00+07:00'],
    ['Thứ Hai, 14/12/2026, 08g30', '2026-12-14T08:30:00+07:00'],
    ['8g30 sáng 14/12/2026', '2026-12-14T08:30:00+07:00'],
    ['14/12/2023 9 giờ 30', '2023-12-14T09:30:00+07:00'],
    // Joomla's Vietnamese date: the month's number or name after "Tháng", the year without "năm".
    ['Thứ năm, 14 Tháng 12 2023 16:05', '2023-12-14T16:05:00+07:00'],
    ['Thứ hai, 02 Tháng 9 2013 08:15', '2013-09-02T08:15:00+07:00'],
    ['14 Tháng Mười Hai 2023', '2023-12-14T00:00:00+07:00'],
    ['1 tháng Năm năm 2024', '2024-05-01T00:00:00+07:00'],
    ['5 Tháng Giêng 2024', '2024-01-05T00:00:00+07:00'],
    // WordPress in Vietnamese: the month first ("F j, Y"), and its 12-hour clock ("SA", "CH").
    ['Tháng Mười Hai 14, 2023', '2023-12-14T00:00:00+07:00'],
    ['Tháng 12 14, 2023 lúc 4:05 chiều', '2023-12-14T16:05:00+07:00'],
    ['14/12/2023 04:05 CH', '2023-12-14T16:05:00+07:00'],
    ['9:30 sáng, 14/12/2023', '2023-12-14T09:30:00+07:00'],
    ['12:15 SA 14/12/2023', '2023-12-14T00:15:00+07:00'],
    ['14/12/2023, 8:20 tối', '2023-12-14T20:20:00+07:00'],
    ['Thứ Hai, 15/03/2010 - 09:45', '2010-03-15T09:45:00+07:00'],
    ['ngày 14 tháng 12 năm 2023', '2023-12-14T00:00:00+07:00'],
    ['14-12-2023', '2023-12-14T00:00:00+07:00'],
  ])('reads the Vietnamese form %j', (text, iso) => {
    expect(parseDate(text, VN)).toBe(iso);
  });

  it.each([
    ['۱۴ آذر ۱۴۰۵ - ۱۰:۳۰', '2026-12-05T10:30:00+03:30'],
    ['جمعه ۱۴ آذر ۱۴۰۵', '2026-12-05T00:00:00+03:30'],
    ['1405/09/14 10:30', '2026-12-05T10:30:00+03:30'],
    ['۱ فروردین ۱۴۰۵', '2026-03-21T00:00:00+03:30'],
    ['۲۹ اسفند ۱۴۰۴', '2026-03-20T00:00:00+03:30'],
    // Dari names the months after the zodiac: قوس is the ninth.
    ['۱۴ قوس ۱۴۰۵', '2026-12-05T00:00:00+03:30'],
  ])('reads the Solar Hijri date %j as the Gregorian day', (text, iso) => {
    expect(parseDate(text, 'Asia/Tehran')).toBe(iso);
  });

  it.each([
    ['প্রকাশ: ১২ সেপ্টেম্বর ২০২৪, ১৯:৩০', 'Asia/Dhaka', '2024-09-12T19:30:00+06:00'],
    ['১ জানুয়ারি ২০২৫', 'Asia/Dhaka', '2025-01-01T00:00:00+06:00'],
    ['ہفتہ 15 جون 2024', 'Asia/Karachi', '2024-06-15T00:00:00+05:00'],
    ['12 دسمبر 2024', 'Asia/Karachi', '2024-12-12T00:00:00+05:00'],
    // The Arabic comma after the month, spaced or not, as Jang writes it.
    ['۰۶ دسمبر ، ۲۰۲۶', 'Asia/Karachi', '2026-12-06T00:00:00+05:00'],
    ['06 دسمبر، 2026', 'Asia/Karachi', '2026-12-06T00:00:00+05:00'],
    ['دسمبر 06، 2026', 'Asia/Karachi', '2026-12-06T00:00:00+05:00'],
    ['Selasa, 27 Agu 2024 19:43 WIB', 'Asia/Jakarta', '2024-08-27T19:43:00+07:00'],
    ['27 Agt 2024', 'Asia/Jakarta', '2024-08-27T00:00:00+07:00'],
    ['Jumamosi, Desemba 05, 2026', 'Africa/Dar_es_Salaam', '2026-12-05T00:00:00+03:00'],
    ['5 Disemba 2026', 'Africa/Nairobi', '2026-12-05T00:00:00+03:00'],
    ['Jumatatu, Machi 16, 2026', 'Africa/Nairobi', '2026-03-16T00:00:00+03:00'],
    ['Asabar, 5 Disamba, 2026', 'Africa/Lagos', '2026-12-05T00:00:00+01:00'],
    ['Litinin, 12 Janairu, 2026', 'Africa/Lagos', '2026-01-12T00:00:00+01:00'],
    ['Disyembre 5, 2026 | 3:32pm', 'Asia/Manila', '2026-12-05T15:32:00+08:00'],
    ['Hunyo 12, 2026 - 8:05am', 'Asia/Manila', '2026-06-12T08:05:00+08:00'],
  ])(
    'reads the Bengali, Urdu, Indonesian, Swahili, Hausa or Filipino month of %j',
    (text, zone, iso) => {
      expect(parseDate(text, zone)).toBe(iso);
    },
  );

  it.each([
    ['06 декември 2026, 15:32', 'Europe/Sofia', '2026-12-06T15:32:00+02:00'],
    ['06 јуни 2026 15:32', 'Europe/Skopje', '2026-06-06T15:32:00+02:00'],
    ['06. децембар 2026. 15:32', 'Europe/Belgrade', '2026-12-06T15:32:00+01:00'],
    ['6. децембра 2026.', 'Europe/Belgrade', '2026-12-06T00:00:00+01:00'],
    ['06. decembar 2026. 15:32', 'Europe/Belgrade', '2026-12-06T15:32:00+01:00'],
    ['6. jula 2026.', 'Europe/Belgrade', '2026-07-06T00:00:00+02:00'],
    // Serbian's short forms in Cyrillic, as RTS dates its stories, and in Latin.
    ['субота, 06. дец 2026, 18:30', 'Europe/Belgrade', '2026-12-06T18:30:00+01:00'],
    ['06. авг 2026. 09:10', 'Europe/Belgrade', '2026-08-06T09:10:00+02:00'],
    ['петак, 13. феб 2026, 07:05', 'Europe/Belgrade', '2026-02-13T07:05:00+01:00'],
    ['06. avg 2026. 09:10', 'Europe/Belgrade', '2026-08-06T09:10:00+02:00'],
    ['6. prosinca 2026. u 15:32', 'Europe/Zagreb', '2026-12-06T15:32:00+01:00'],
    ['6. listopada 2026.', 'Europe/Zagreb', '2026-10-06T00:00:00+02:00'],
    ['6. listopada 2026', 'Europe/Warsaw', '2026-11-06T00:00:00+01:00'],
    ['2026 m. gruodžio 6 d. 15:32', 'Europe/Vilnius', '2026-12-06T15:32:00+02:00'],
    ['2026. gada 6. decembris 15:32', 'Europe/Riga', '2026-12-06T15:32:00+02:00'],
    ['6. decembrī, 2026', 'Europe/Riga', '2026-12-06T00:00:00+02:00'],
    ['6. detsember 2026, 15:32', 'Europe/Tallinn', '2026-12-06T15:32:00+02:00'],
    ['6 de desembre de 2026, 15:32', 'Europe/Madrid', '2026-12-06T15:32:00+01:00'],
    ["6 d'octubre del 2026 a les 15:32", 'Europe/Madrid', '2026-10-06T15:32:00+02:00'],
    ['2026ko abenduaren 6a, 15:32', 'Europe/Madrid', '2026-12-06T15:32:00+01:00'],
    ['6 de decembro de 2026 ás 15:32', 'Europe/Madrid', '2026-12-06T15:32:00+01:00'],
    ['6 Dhjetor 2026, 15:32', 'Europe/Tirane', '2026-12-06T15:32:00+01:00'],
    ['6 gru 2026, 15:32', 'Europe/Warsaw', '2026-12-06T15:32:00+01:00'],
    ['06 Δεκ 2026 - 15:32', 'Europe/Athens', '2026-12-06T15:32:00+02:00'],
    // Greek written in capitals drops its accents.
    ['6 ΔΕΚΕΜΒΡΙΟΥ 2026, 15:32', 'Europe/Athens', '2026-12-06T15:32:00+02:00'],
    ['14 ΜΑΪΟΥ 2026, 15:32', 'Europe/Athens', '2026-05-14T15:32:00+03:00'],
  ])('reads the month of a Balkan, Baltic, Iberian or Greek date %j', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it.each([
    ['12. Mär 2025 18:03', 'Europe/Berlin', '2025-03-12T18:03:00+01:00'],
    ['12. MÄR 2025 18:03', 'Europe/Berlin', '2025-03-12T18:03:00+01:00'],
    ['12. Mrz. 2025', 'Europe/Berlin', '2025-03-12T00:00:00+01:00'],
    ['20 Nis 2026 14:09', 'Europe/Istanbul', '2026-04-20T14:09:00+03:00'],
    ['3 Tem 2024 18:24', 'Europe/Istanbul', '2024-07-03T18:24:00+03:00'],
    ['10 Kas 2025, 17:59', 'Europe/Istanbul', '2025-11-10T17:59:00+03:00'],
    ['07 Ara 2026', 'Europe/Istanbul', '2026-12-07T00:00:00+03:00'],
    ['14 Şub 2026', 'Europe/Istanbul', '2026-02-14T00:00:00+03:00'],
    ['5 Oca 2026', 'Europe/Istanbul', '2026-01-05T00:00:00+03:00'],
    ['30 Haz 2026', 'Europe/Istanbul', '2026-06-30T00:00:00+03:00'],
    ['9 Ağu 2026', 'Europe/Istanbul', '2026-08-09T00:00:00+03:00'],
    ['1 Eyl 2026', 'Europe/Istanbul', '2026-09-01T00:00:00+03:00'],
    ['29 Eki 2026', 'Europe/Istanbul', '2026-10-29T00:00:00+03:00'],
  ])('reads the German or Turkish short month of %j', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it.each([
    ['יום ראשון, 6 בדצמבר 2026, 18:20', '2026-12-06T18:20:00+02:00'],
    ['14 במאי 2026', '2026-05-14T00:00:00+03:00'],
    ['1 ינואר 2027 10:05', '2027-01-01T10:05:00+02:00'],
  ])('reads the Hebrew month of %j, with or without its "in" prefix (ב)', (text, iso) => {
    expect(parseDate(text, 'Asia/Jerusalem')).toBe(iso);
  });

  it.each(['۳۱ اسفند ۱۴۰۴', '1405/13/01', '1405/09/32'])(
    'reads no day that the Solar Hijri calendar has not: %j',
    (text) => {
      expect(parseDate(text, 'Asia/Tehran')).toBeNull();
    },
  );

  it('reads a dotted two-digit-year date day first wherever it can: 05.04.24 is 5 April', () => {
    expect(parseDate('05.04.24', 'UTC')).toBe('2024-04-05T00:00:00+00:00');
    expect(parseDate('12.13.1', 'UTC')).toBeNull();
  });

  it('reads 02/09/2024 as 2 September, never as February 9', () => {
    expect(parseDate('02/09/2024', VN)).toBe('2024-09-02T00:00:00+07:00');
  });

  it.each([
    ['11/18/2019 11:04 PM', '2019-11-18T23:04:00+00:00'],
    ['11/18/19 11:04 PM', '2019-11-18T23:04:00+00:00'],
    ['11/18/19 11:04 PM EST', '2019-11-18T23:04:00-05:00'],
    ['12.22.14', '2014-12-22T00:00:00+00:00'],
  ])('reads %j month first, as no month is past 12', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it.each([
    ['Published April 26, 2023 2:20pm EDT', '2023-04-26T14:20:00-04:00'],
    ['April 26, 2023 2:20 p.m. EDT', '2023-04-26T14:20:00-04:00'],
  ])('reads the zone after a time whose am/pm meets its digits: %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it.each([
    ['06 Dec 2026 6 PM', '2026-12-06T18:00:00+05:30'],
    ['Dec 6, 2026 11am', '2026-12-06T11:00:00+05:30'],
    ['6 December 2026, 9 a.m.', '2026-12-06T09:00:00+05:30'],
    ['6 December 2026, 12 pm', '2026-12-06T12:00:00+05:30'],
  ])('reads an hour with its am/pm and no minutes: %j', (text, iso) => {
    expect(parseDate(text, 'Asia/Kolkata')).toBe(iso);
  });

  it.each([
    ['Veröffentlicht am 6. Dezember 2026', '2026-12-06T00:00:00+01:00'],
    ['Am 6. Dezember 2026', '2026-12-06T00:00:00+01:00'],
  ])('reads no hour from a German "am" (on, at the): %j', (text, iso) => {
    expect(parseDate(text, 'Europe/Berlin')).toBe(iso);
  });

  it.each([
    ['2016-12-16T14:05:00PST', '2016-12-16T14:05:00-08:00'],
    ['2016-12-13T15:45:00CST', '2016-12-13T15:45:00-06:00'],
    ['2016-12-13 15:45CEST', '2016-12-13T15:45:00+02:00'],
    ['8:18AM ET November 29, 2016', '2016-11-29T08:18:00-05:00'],
  ])('reads the zone written against the digits of a datetime: %j', (text, iso) => {
    expect(parseDate(text, 'America/New_York')).toBe(iso);
  });

  it.each([
    ['Friday, 22 Nov 2024 4:55 PM MYT', '2024-11-22T16:55:00+08:00'],
    ['November 22, 2024 4:55 PM PHT', '2024-11-22T16:55:00+08:00'],
    ['22 November 2024 16:55 WITA', '2024-11-22T16:55:00+08:00'],
    ['22 November 2024 4:55pm AWST', '2024-11-22T16:55:00+08:00'],
    ['22 November 2024 4:55pm ACST', '2024-11-22T16:55:00+09:30'],
    ['22 November 2024 4:55pm NZDT', '2024-11-22T16:55:00+13:00'],
    ['22 November 2024 16:55 EAT', '2024-11-22T16:55:00+03:00'],
    ['22 November 2024 16:55 WAT', '2024-11-22T16:55:00+01:00'],
    ['22 November 2024 16:55 PKT', '2024-11-22T16:55:00+05:00'],
    ['22 November 2024 16:55 NPT', '2024-11-22T16:55:00+05:45'],
    ['22 November 2024 16:55 TRT', '2024-11-22T16:55:00+03:00'],
    ['November 22, 2024 4:55 PM HST', '2024-11-22T16:55:00-10:00'],
  ])('reads the offset of an unambiguous zone abbreviation: %j', (text, iso) => {
    expect(parseDate(text, 'UTC')).toBe(iso);
  });

  it('reads no two-digit year written with slashes when the day could come first', () => {
    expect(parseDate('11/05/19', 'UTC')).toBeNull();
  });

  it.each([
    ['14-12-23, 16:05', 'Europe/Amsterdam', '2023-12-14T16:05:00+01:00'],
    ['14/12/23 à 16h05', 'Europe/Paris', '2023-12-14T16:05:00+01:00'],
    ['Publié le 11/05/19 à 16h05', 'Europe/Paris', '2019-05-11T16:05:00+02:00'],
    ['14/12/23 16:05', 'UTC', '2023-12-14T16:05:00+00:00'],
    ['12/05/23 3:48 PM', 'America/New_York', '2023-12-05T15:48:00-05:00'],
  ])(
    "reads a two-digit year after slashes or dashes in the zone's order: %j in %s",
    (text, zone, iso) => {
      expect(parseDate(text, zone)).toBe(iso);
    },
  );

  it.each([
    ['6. 12. 2026, 15.32', 'Europe/Ljubljana', '2026-12-06T15:32:00+01:00'],
    ['6. december 2026 ob 15.32', 'Europe/Ljubljana', '2026-12-06T15:32:00+01:00'],
    ['06.12.2026 ob 9.05', 'Europe/Ljubljana', '2026-12-06T09:05:00+01:00'],
  ])('reads a Slovenian dotted time after a spaced day or "ob": %j', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it.each([
    ['Publicerad 2023-12-14 16.05', 'Europe/Stockholm', '2023-12-14T16:05:00+01:00'],
    ['2023-12-14, 16.05', 'Europe/Oslo', '2023-12-14T16:05:00+01:00'],
  ])('reads a dotted time after a day written year first: %j', (text, zone, iso) => {
    expect(parseDate(text, zone)).toBe(iso);
  });

  it.each([
    ['2024-03-08T07:30:00+07:00', '2024-03-08T07:30:00+07:00'],
    ['2024-03-08T00:30:00Z', '2024-03-08T00:30:00+00:00'],
    ['2024-03-08T00:30:00.123-0500', '2024-03-08T00:30:00-05:00'],
    ['Fri, 08 Mar 2024 07:30:00 +0700', '2024-03-08T07:30:00+07:00'],
    ['March 8, 2024 10:30 PM', '2024-03-08T22:30:00+07:00'],
    ['8 March 2024', '2024-03-08T00:00:00+07:00'],
  ])('reads ISO 8601, RFC 2822 and English form %j', (text, iso) => {
    expect(parseDate(text, VN)).toBe(iso);
  });

  it('keeps the offset a date is written with, whatever the time zone given', () => {
    expect(parseDate('2024-03-08T09:15:00+01:00', VN)).toBe('2024-03-08T09:15:00+01:00');
    expect(parseDate('8/3/2024 07:30 GMT+7', 'UTC')).toBe('2024-03-08T07:30:00+07:00');
  });

  it('takes the given time zone for a time without an offset, with its daylight saving', () => {
    expect(parseDate('14/12/2023 16:05', 'UTC')).toBe('2023-12-14T16:05:00+00:00');
    expect(parseDate('2024-07-01 12:00', 'America/New_York')).toBe('2024-07-01T12:00:00-04:00');
    expect(parseDate('2024-01-15 12:00', 'America/New_York')).toBe('2024-01-15T12:00:00-05:00');
  });

  it.each(['31/02/2024', '2024-13-01', 'Không có ngày', '', '14/12'])(
    'returns null for %j, which is no full date',
    (text) => {
      expect(parseDate(text, VN)).toBeNull();
    },
  );
});

describe('zoneOffsetMinutes', () => {
  // Berlin moved from +01:00 to +02:00 at 2024-03-31T01:00:00Z.
  const transition = Date.UTC(2024, 2, 31, 1, 0, 0);

  it('gives the offset on each side of a daylight-saving change, asked in any order', () => {
    const instants = [transition - 1, transition, transition + 999, transition - 1000];
    const expected = [60, 120, 120, 60];
    for (const order of [instants, [...instants].reverse()]) {
      for (const instant of order) {
        expect(zoneOffsetMinutes('Europe/Berlin', instant)).toBe(
          expected[instants.indexOf(instant)],
        );
      }
    }
  });

  it('keeps zones apart at the same instant', () => {
    expect(zoneOffsetMinutes('Europe/Berlin', transition)).toBe(120);
    expect(zoneOffsetMinutes('Asia/Ho_Chi_Minh', transition)).toBe(420);
    expect(zoneOffsetMinutes('America/St_Johns', transition)).toBe(-150);
  });
});

describe('parseDateLine', () => {
  it('tells the published date from the updated one on one line, and the publication part', () => {
    expect(parseDateLine('Đăng lúc 07:30 08/03/2024 | Cập nhật lúc 08:15 09/03/2024', VN)).toEqual({
      published: '2024-03-08T07:30:00+07:00',
      modified: '2024-03-09T08:15:00+07:00',
      publishedText: 'Đăng lúc 07:30 08/03/2024',
    });
  });

  it.each([
    ['Actualizat: 14.03.2024, 18:02 · Publicat: 14.03.2024, 16:35', 'Europe/Bucharest'],
    ['Frissítve: 2024.03.14. 18:02 · Megjelent: 2024.03.14. 16:35', 'Europe/Budapest'],
    ['Ažurirano 14.03.2024. u 18:02 · Objavljeno 14.03.2024. u 16:35', 'Europe/Zagreb'],
    ['Ενημέρωση: 14.03.2024 18:02 · Δημοσίευση: 14.03.2024 16:35', 'Europe/Athens'],
    ['Оновлено: 14.03.2024 18:02 · Опубліковано: 14.03.2024 16:35', 'Europe/Kyiv'],
    ['Aktualizacja: 14.03.2024 18:02 · Publikacja: 14.03.2024 16:35', 'Europe/Warsaw'],
    ['Posodobljeno: 14.03.2024 18:02 · Objavljeno: 14.03.2024 16:35', 'Europe/Ljubljana'],
    ['Обновена: 14.03.2024 18:02 · Публикувана: 14.03.2024 16:35', 'Europe/Sofia'],
    ['Aktualizované: 14.03.2024 18:02 · Publikované: 14.03.2024 16:35', 'Europe/Bratislava'],
  ])('tells the update from the publication written first: %j', (line, zone) => {
    const { published, modified } = parseDateLine(line, zone);
    expect(published?.slice(0, 16)).toBe('2024-03-14T16:35');
    expect(modified?.slice(0, 16)).toBe('2024-03-14T18:02');
  });

  it.each([
    ['Publié le 14/12/2023 à 16h05 Modifié le 14/12/2023 à 17h40', 'Europe/Paris'],
    ['Publié le 14 décembre 2023 à 16h05, mis à jour le 14 décembre 2023 à 17h40', 'Europe/Paris'],
    ['Publicado el 14/12/2023 a las 16:05 | Modificado: 14/12/2023 17:40', 'Europe/Madrid'],
    ['Publicado: 14/12/2023 16:05 · Última actualización: 14/12/2023 17:40', 'America/Bogota'],
    ['Pubblicato il 14/12/2023 16:05 Ultima modifica 14/12/2023 17:40', 'Europe/Rome'],
    ['Gepubliceerd: 14 december 2023 16:05 Gewijzigd: 14 december 2023 17:40', 'Europe/Amsterdam'],
    [
      'Veröffentlicht am 14.12.2023 um 16:05 Uhr, geändert am 14.12.2023 um 17:40 Uhr',
      'Europe/Berlin',
    ],
    ['Опубликовано: 14.12.2023 16:05 Изменено: 14.12.2023 17:40', 'Europe/Moscow'],
    ['Опубліковано: 14.12.2023 16:05 · Змінено: 14.12.2023 17:40', 'Europe/Kyiv'],
    ['प्रकाशित: 14 दिसंबर 2023, 16:05 | अपडेटेड: 14 दिसंबर 2023, 17:40', 'Asia/Kolkata'],
    ['تاريخ النشر: 14 ديسمبر 2023 - 16:05 آخر تحديث: 14 ديسمبر 2023 - 17:40', 'Asia/Riyadh'],
    ['입력 2023.12.14 16:05 수정 2023.12.14 17:40', 'Asia/Seoul'],
    ['기사입력 2023-12-14 16:05 최종수정 2023-12-14 17:40', 'Asia/Seoul'],
    ['配信 2023/12/14 16:05 更新 2023/12/14 17:40', 'Asia/Tokyo'],
    ['发布时间：2023-12-14 16:05 更新时间：2023-12-14 17:40', 'Asia/Shanghai'],
    ['Yayınlanma: 14.12.2023 16:05 Güncellenme: 14.12.2023 17:40', 'Europe/Istanbul'],
    ['Dipublikasikan 14/12/2023 16:05 WIB Diperbarui 14/12/2023 17:40 WIB', 'Asia/Jakarta'],
    ['Diperbarui 14 Des 2023, 17:40 WIB · Terbit 14 Des 2023, 16:05 WIB', 'Asia/Jakarta'],
    ['Dikemaskini: 14 Dis 2023, 5:40 PM · Diterbitkan: 14 Dis 2023, 4:05 PM', 'Asia/Kuala_Lumpur'],
    [
      'Na-update: Disyembre 14, 2023 5:40 PM · Nailathala: Disyembre 14, 2023 4:05 PM',
      'Asia/Manila',
    ],
  ])("tells the publication from the update in the page's language: %j", (line, zone) => {
    const { published, modified } = parseDateLine(line, zone);
    expect(published?.slice(0, 16)).toBe('2023-12-14T16:05');
    expect(modified?.slice(0, 16)).toBe('2023-12-14T17:40');
  });

  it.each([
    ['Người hỏi: Nguyễn Văn Nam | Ngày hỏi: 10/12/2024 | Ngày trả lời: 14/12/2024', VN],
    ['Asked 10/12/2024 · Answered 14/12/2024', 'Europe/London'],
    ['Frage vom 10.12.2024 – beantwortet am 14.12.2024', 'Europe/Berlin'],
    ['Question posée le 10/12/2024, répondu le 14/12/2024', 'Europe/Paris'],
  ])("takes the answer's day on a question's line, %j: the publication", (line, zone) => {
    expect(parseDateLine(line, zone).published?.slice(0, 10)).toBe('2024-12-14');
  });

  it('files a lone "Cập nhật" date as modified', () => {
    expect(parseDateLine('Cập nhật: 06/03/2024 08:00', VN)).toMatchObject({
      published: null,
      modified: '2024-03-06T08:00:00+07:00',
    });
  });
});

describe('isDateline', () => {
  it.each([
    'Thứ năm, 14/12/2023 16:05',
    'January 15, 2024 · 6 min read',
    'Cập nhật lúc 08:15, Thứ Hai, 02/09/2024 | 1.204 lượt xem',
    'Hà Nội, 14/12/2023',
    'Đăng lúc 16h05 tối thứ tư, ngày 14/12/2023 giờ Hà Nội',
    '2024年3月15日（金）14時30分',
    '2024년 3월 15일 14:30',
    'Опубликовано: 15 марта 2024 в 14:30',
    // A publication or update label with a time of day only: the date is elsewhere.
    'Uppdaterad kl 12.17',
    'Aktualisiert um 08:15 Uhr',
    'Updated 3:05 pm',
    'Mis à jour à 14h30',
    // Both, set side by side: "updated at …, published at …" of a story of today.
    'Uppdaterad 15.59 | Publicerad 14.14',
    'Aktualisiert um 08:15 Uhr · Veröffentlicht um 07:40 Uhr',
    // Weekdays, months and the words between them in other languages.
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Montag, 22. Januar 2018, 10:13 Uhr',
    'lundi 22 janvier 2018 à 10h13',
    'martes, 23 de enero de 2018',
    // A byline run into the date ("By Name - date").
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    // Both dates with their labels, in the page's language.
    'postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50',
    'Veröffentlicht am 04.05.2022 | Aktualisiert am 05.05.2022',
    'Publicado el 4 de mayo de 2022, actualizado el 5 de mayo de 2022',
    'Pubblicato il 04/05/2022 - Aggiornato il 05/05/2022',
    'Erstellt am: 01.11.2023 | Aktualisiert am: 02.11.2023',
    // A date line closing on a date word, a place, a time.
    'Опубликовано 5 марта 2024 года.',
    'Publicado el 5 de marzo de 2024.',
    'Le 5 mars 2024 à Paris.',
  ])('takes %j as a date line', (text) => {
    expect(isDateline(text, VN)).toBe(true);
  });

  it.each([
    'Sáng 14/12/2023, UBND tỉnh họp báo công bố kết quả.',
    'Không có ngày tháng',
    'Updated 3:05 pm with new figures from the ministry',
    'Updated 3:05 pm | Sport',
    'Published',
    'Em 22 de janeiro de 2018 o governo anunciou um novo plano de obras para a cidade',
    // A sentence in a script without spaces is many words, not one.
    '2024年3月15日に首相が会見した。',
    // A sentence closing on a word of its own after its date.
    'Firefox 5 soll am 21. Juni 2011 erscheinen.',
    'Version 7 folgt am 5. Mai 2025 zeitgleich.',
  ])('takes %j as text', (text) => {
    expect(isDateline(text, VN)).toBe(false);
  });

  it('keeps a closing sentence on a word after its date in the body', () => {
    const line = 'Firefox 5 soll am 21. Juni 2011 erscheinen.';
    const page = buildPage({ lang: 'de', tail: `<p>${line}</p>` });
    expect(extractArticle(page).contentText).toContain(line);
  });
});

describe('extractArticle dates', () => {
  const page = buildPage({ before: '<div class="post-date">Thứ năm, 14/12/2023 16:05</div>' });

  it("reads a zone-less date in the zone of the page's country (a .vn site: +07:00)", () => {
    expect(extractArticle(page).publishedAt).toBe('2023-12-14T16:05:00+07:00');
  });

  it('defaults a zone-less date to UTC when the page says nothing about its zone', () => {
    // An English headline on a .com domain: no language tag, country or single-zone script.
    const anywhere = page
      .replace('tinh.example.gov.vn', 'example.com')
      .replaceAll('Tổng kết cải cách hành chính năm 2023', 'Annual review of the reform programme');
    expect(extractArticle(anywhere).publishedAt).toBe('2023-12-14T16:05:00+00:00');
  });

  it('reads the instant a microformat <abbr> gives in its title, over a date line of the day', () => {
    // Blogger: the day in the date header, the time shown in an <abbr> whose title is the
    // instant, in the post's permalink (rel="bookmark": this story's link, not another's).
    const blog = buildPage({
      before: '<h2 class="date-header"><span>Thứ Năm, 14 tháng 12, 2023</span></h2>',
      tail: '<div class="post-footer">Đăng bởi Trường THCS vào lúc <a class="timestamp-link" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html" rel="bookmark"><abbr class="published" itemprop="datePublished" title="2023-12-14T16:05:00+07:00">16:05</abbr></a></div>',
    });
    expect(extractArticle(blog).publishedAt).toBe('2023-12-14T16:05:00+07:00');
  });

  it.each(['relative-time', 'local-time', 'time-ago'])(
    'reads the instant a web component <%s datetime> shows, as a <time>’s',
    (name) => {
      const page = buildPage({
        before: `<div class="meta">Đăng <${name} datetime="2023-12-14T09:05:00Z" class="no-wrap">14 Dec</${name}></div>`,
      });
      expect(extractArticle(page).publishedAt).toBe('2023-12-14T16:05:00+07:00');
    },
  );

  it("takes no live blog entry's time linked as the entry's permalink for the article's date", () => {
    // Each entry links its time to its own fragment of the page: an entry's, not the page's.
    const entries = BODY_PARAGRAPHS.map(
      (text, i) =>
        `<div id="entry-${3 - i}"><p><a rel="bookmark" href="https://tinh.example.gov.vn/tin/tong-ket-cchc-2023.html#entry-${3 - i}"><time datetime="2023-12-14T1${6 - i}:05:00+07:00">1${6 - i}:05</time></a></p><p>${text}</p></div>`,
    ).join('');
    expect(extractArticle(buildPage({ body: entries })).publishedAt).toBeNull();
  });

  it("uses the publisher's time zone when no --timezone is given", () => {
    const publisher = samplePublishersById.get('demo');
    expect(extractArticle(page, { publisher }).publishedAt).toBe('2023-12-14T16:05:00+07:00');
  });

  it("lets the timezone option win over the publisher's", () => {
    const publisher = samplePublishersById.get('demo');
    expect(extractArticle(page, { publisher, timezone: 'Asia/Tokyo' }).publishedAt).toBe(
      '2023-12-14T16:05:00+09:00',
    );
  });

  it('prefers JSON-LD dates over meta tags over the page text', () => {
    const head = `<link rel="canonical" href="https://tinh.example.gov.vn/a.html">
<meta property="article:published_time" content="2023-12-14T10:00:00+07:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"T","datePublished":"2023-12-14T09:00:00+07:00"}</script>`;
    expect(
      extractArticle(buildPage({ head, before: '<div class="date">14/12/2023 16:05</div>' }))
        .publishedAt,
    ).toBe('2023-12-14T09:00:00+07:00');
    const metaOnly = head.replace(/<script[\s\S]*<\/script>/, '');
    expect(extractArticle(buildPage({ head: metaOnly })).publishedAt).toBe(
      '2023-12-14T10:00:00+07:00',
    );
  });

  it('does not take the dates of a sidebar list as the article date', () => {
    const before =
      '<ul class="list"><li><a href="/x">Tin khác</a> <span class="date">12/12/2023 08:00</span></li></ul>';
    expect(extractArticle(buildPage({ before })).publishedAt).toBeNull();
  });

  it('removes a date line heading the body but keeps a short opening sentence with a date', () => {
    const opening = 'Sáng 14/12/2023, UBND tỉnh họp báo công bố kết quả cải cách.';
    const body = `<p>Thứ năm, 14/12/2023 16:05</p><p>${opening}</p><p>${BODY_PARAGRAPHS.join('</p><p>')}</p>`;
    const text = extractArticle(buildPage({ body })).contentText;
    expect(text.startsWith(opening)).toBe(true);
  });

  it('rejects an unknown time zone with a message naming it', () => {
    expect(() => extractArticle(page, { timezone: 'Mars/Olympus' })).toThrow(
      'Unknown time zone "Mars/Olympus"',
    );
  });
});

describe('readDayWithMonthWord', () => {
  // The patterns as they were written before: an alternation of every month word, longest first.
  const months = MONTH_PATTERN;
  const reference = [
    {
      re: new RegExp(
        String.raw`(?<!\p{L})(${months})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})(?!\d)`,
        'iu',
      ),
      at: [3, 1, 2],
    },
    {
      re: new RegExp(
        String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s*(?:de\s+)?(${months})(?!\p{L})\.?,?\s*(?:de\s+)?(\d{4})(?!\d)`,
        'iu',
      ),
      at: [3, 2, 1],
    },
    {
      re: new RegExp(
        String.raw`(?<!\d)(\d{4})(?:\.\s*|\s+)(${months})(?!\p{L})\.?\s*(\d{1,2})\.?(?!\d)`,
        'iu',
      ),
      at: [1, 2, 3],
    },
  ];
  const byAlternation = (text: string) => {
    for (const { re, at } of reference) {
      const m = re.exec(text);
      if (m === null) continue;
      const [year, month, day] = at.map((i) => m[i] ?? '');
      return {
        year: Number(year),
        month: MONTHS.get((month ?? '').toLowerCase()),
        day: Number(day),
      };
    }
    return null;
  };

  it('reads the same day as an alternation of every month word', () => {
    const word = fc.oneof(
      fc.constantFrom(...MONTHS.keys()),
      fc.constantFrom('March', 'MÄRZ', 'Sept.', 'févr.', 'Μαρτίου', 'ม.ค.', 'de', 'the', 'Mar'),
      fc.string({ maxLength: 4 }),
    );
    const piece = fc.oneof(
      word,
      fc.constantFrom(' ', '  ', '.', ', ', '15', '3', '2024', '12', 'th', 'er', 'de ', '-', 'x'),
      fc.integer({ min: 0, max: 3000 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(readDayWithMonthWord(text)).toEqual(byAlternation(text));
      }),
      { numRuns: 3000 },
    );
  });
});
