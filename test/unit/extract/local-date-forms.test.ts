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
});
