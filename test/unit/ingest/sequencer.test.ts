import { describe, expect, it } from 'vitest';
import { compareSequencers, normalizeSequencer } from '../../../shared/ingest/sequencer.ts';

describe('compareSequencers', () => {
  it('orders sequencers of different lengths after left-padding', () => {
    expect(compareSequencers('FF', '0100')).toBeLessThan(0);
    expect(compareSequencers('0055AED6DCD90281E5', '55AED6DCD90281E6')).toBeLessThan(0);
    expect(compareSequencers('0100', 'FF')).toBeGreaterThan(0);
  });

  it('treats the same sequencer in another case or padding as equal', () => {
    expect(compareSequencers('00ab', 'AB')).toBe(0);
  });
});

describe('normalizeSequencer', () => {
  it('pads to a fixed width so stored values compare as strings', () => {
    const older = normalizeSequencer('FF');
    const newer = normalizeSequencer('100');
    expect(older.length).toBe(newer.length);
    expect(older < newer).toBe(true);
  });

  it('rejects a sequencer that is not hexadecimal', () => {
    expect(() => normalizeSequencer('12G4')).toThrow(
      'S3 sequencer must be up to 40 hex digits, got "12G4"',
    );
  });
});
