import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedPath } from '../../../shared/feeds/feed-ref.ts';
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

  it('folds the Latin letters that Unicode does not decompose', () => {
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('Økonomi')).toBe('okonomi');
    expect(slugify('Łódź')).toBe('lodz');
    expect(slugify('Ærø Œuvre')).toBe('aero-oeuvre');
  });

  it('gives a section in any script a slug of its own: a short hash of its name', () => {
    const politics = slugify('Политика');
    expect(politics).toMatch(/^[0-9a-f]{8}$/);
    expect(slugify('  политика ')).toBe(politics);
    expect(new Set(['Экономика', '政治', 'سياسة', 'ข่าว', politics].map(slugify)).size).toBe(5);
  });

  it('keeps apart names that differ only in letters it cannot fold', () => {
    expect(slugify('Sport')).toBe('sport');
    expect(slugify('Sport Новости')).toMatch(/^sport-[0-9a-f]{8}$/);
    expect(slugify('Sport Новости')).not.toBe(slugify('Sport Погода'));
  });

  it('makes of any label an empty slug or a feed path segment within MAX_SLUG_LENGTH', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (label) => {
        const slug = slugify(label);
        if (slug === '') return;
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
        expect(parseFeedPath(`demo/${slug}`)).toEqual({
          kind: 'section',
          publisherId: 'demo',
          sectionSlug: slug,
        });
      }),
      { numRuns: 2000 },
    );
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
