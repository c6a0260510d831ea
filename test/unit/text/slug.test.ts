import { describe, expect, it } from 'vitest';
import { slugify } from '../../../shared/text/slug.ts';

describe('slugify', () => {
  it('folds Vietnamese diacritics and đ into ASCII', () => {
    expect(slugify('Du lịch')).toBe('du-lich');
    expect(slugify('Đời sống')).toBe('doi-song');
    expect(slugify('Thời sự – Chính trị')).toBe('thoi-su-chinh-tri');
  });

  it('works on decomposed (NFD) input the same as composed', () => {
    expect(slugify('Kinh tế'.normalize('NFD'))).toBe('kinh-te');
  });

  it('returns an empty slug when nothing alphanumeric is left', () => {
    expect(slugify(' — ')).toBe('');
  });
});
