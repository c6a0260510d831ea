import { describe, expect, it } from 'vitest';
import { MAX_SLUG_LENGTH, slugify } from '../../../shared/text/slug.ts';

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

  it('cuts a long label at a word boundary within MAX_SLUG_LENGTH, so a feed path stays a usable file name', () => {
    // A breadcrumb taken as the section: 290 characters made a feed key too long for a file.
    const label = Array.from({ length: 30 }, (_, i) => `stock car ${i}`).join(' ');
    const slug = slugify(label);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^stock-car-0-stock-car-1-[a-z0-9-]*[a-z0-9]$/);
    expect(label.replace(/ /g, '-').startsWith(slug)).toBe(true);
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
});
