import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROPERTY_SEED, propertySeed } from '../support/property-seed.ts';

describe('the seed of the property tests', () => {
  it('is the one PROPERTY_SEED asks for, so a run of npm test checks the same inputs each time', () => {
    expect(fc.readConfigureGlobal().seed).toBe(propertySeed(process.env.PROPERTY_SEED));
  });

  it('is fixed when PROPERTY_SEED is not set, a number when it names one, fast-check’s for "random"', () => {
    expect(propertySeed(undefined)).toBe(DEFAULT_PROPERTY_SEED);
    expect(propertySeed('')).toBe(DEFAULT_PROPERTY_SEED);
    expect(propertySeed('42')).toBe(42);
    expect(propertySeed('random')).toBeUndefined();
  });

  it('refuses a PROPERTY_SEED that is neither, saying what it got', () => {
    expect(() => propertySeed('x')).toThrow(
      'PROPERTY_SEED must be an integer or "random" (got "x")',
    );
  });
});
