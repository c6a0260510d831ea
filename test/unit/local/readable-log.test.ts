import { describe, expect, it } from 'vitest';
import { formatLogLine, readableLogger } from '../../../local/runtime/readable-log.ts';

describe('formatLogLine', () => {
  it('puts the level and message first, then the object key, then the other fields', () => {
    expect(
      formatLogLine('INFO', 'Page ingested', {
        messageId: 'abc',
        outcome: 'ingested',
        objectKey: 'demo/a b.html',
        articleId: '0b64ce0e',
        extractionMs: 103.111758,
      }),
    ).toBe('INFO  Page ingested  demo/a b.html articleId=0b64ce0e extractionMs=103');
  });

  it('quotes values with spaces and shows errors by name and message', () => {
    const error = new Error('socket hang up');
    error.name = 'TimeoutError';
    expect(
      formatLogLine('ERROR', 'Ingest failed', {
        objectKey: 'demo/a.html',
        error,
        detail: 'two words',
      }),
    ).toBe(
      'ERROR Ingest failed  demo/a.html error="TimeoutError: socket hang up" detail="two words"',
    );
  });

  it('lists the keys of the feed files written in one invocation', () => {
    expect(
      formatLogLine('INFO', 'Feeds written', { keys: ['feeds/all.xml', 'feeds/all.json'] }),
    ).toBe('INFO  Feeds written keys=feeds/all.xml,feeds/all.json');
  });
});

describe('readableLogger', () => {
  it('hands one readable line per log call to its sink', () => {
    const lines: string[] = [];
    const logger = readableLogger((line) => lines.push(line));
    logger.warn('Page rejected', { objectKey: 'demo/x.html', reason: 'listing' });
    logger.info('Ignored s3:TestEvent');
    expect(lines).toEqual([
      'WARN  Page rejected  demo/x.html reason=listing',
      'INFO  Ignored s3:TestEvent',
    ]);
  });
});
