import { describe, expect, it } from 'vitest';
import { MissingConfigurationError } from '../../../shared/env.ts';
import { DEFAULT_MAX_PAGE_BYTES, ingestConfigFromEnv } from '../../../shared/ingest/config.ts';

describe('ingestConfigFromEnv', () => {
  it('reads the table and allows 5 MiB pages by default', () => {
    expect(ingestConfigFromEnv({ TABLE_NAME: 'syndication' })).toEqual({
      tableName: 'syndication',
      maxPageBytes: DEFAULT_MAX_PAGE_BYTES,
    });
    expect(DEFAULT_MAX_PAGE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('takes MAX_PAGE_BYTES when set', () => {
    expect(
      ingestConfigFromEnv({ TABLE_NAME: 'syndication', MAX_PAGE_BYTES: '1024' }).maxPageBytes,
    ).toBe(1024);
  });

  it('names the variable and the value when MAX_PAGE_BYTES is not a positive integer', () => {
    expect(() => ingestConfigFromEnv({ TABLE_NAME: 't', MAX_PAGE_BYTES: '-5' })).toThrow(
      'MAX_PAGE_BYTES must be a positive integer, got "-5"',
    );
  });

  it('says which variable is missing', () => {
    expect(() => ingestConfigFromEnv({})).toThrow(MissingConfigurationError);
    expect(() => ingestConfigFromEnv({})).toThrow('Environment variable TABLE_NAME is not set');
  });
});
