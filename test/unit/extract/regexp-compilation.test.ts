import { describe, expect, it } from 'vitest';
import {
  NATIVE_REGEXP_FLAG,
  regexpTierSetting,
} from '../../../shared/extract/regexp-compilation.js';

describe('how the processes that extract have V8 compile regular expressions', () => {
  it('compiles them straight to machine code when the command line says nothing', () => {
    expect(regexpTierSetting([])).toBe(NATIVE_REGEXP_FLAG);
    expect(regexpTierSetting(['--enable-source-maps', '--max-old-space-size=512'])).toBe(
      NATIVE_REGEXP_FLAG,
    );
  });

  it("leaves the command line's own choice of regular-expression tiering in force", () => {
    for (const chosen of [
      '--regexp-tier-up',
      '--no-regexp-tier-up',
      '--regexp_tier_up',
      '--regexp-tier-up-ticks=10',
      '--regexp-interpret-all',
    ]) {
      expect(regexpTierSetting(['--enable-source-maps', chosen]), chosen).toBeNull();
    }
  });
});
