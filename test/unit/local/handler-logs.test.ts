import { describe, expect, it } from 'vitest';
import { captureHandlerLogs, formatHandlerLine } from '../../../local/handler-logs.ts';

describe('formatHandlerLine', () => {
  it('turns a Powertools log record into one line led by the object key', () => {
    const line = JSON.stringify({
      level: 'INFO',
      message: 'Page ingested',
      timestamp: '2026-11-29T10:01:20.000Z',
      service: 'syndication',
      cold_start: true,
      messageId: 'abc',
      outcome: 'ingested',
      objectKey: 'demo/a b.html',
      articleId: '0b64ce0e',
      extractionMs: 103.111758,
    });
    expect(formatHandlerLine(line)).toBe(
      'INFO  Page ingested  demo/a b.html articleId=0b64ce0e extractionMs=103',
    );
  });

  it('quotes values with spaces and shows errors by name and message', () => {
    const line = JSON.stringify({
      level: 'ERROR',
      message: 'Ingest failed',
      objectKey: 'demo/a.html',
      error: { name: 'TimeoutError', message: 'socket hang up', stack: '…' },
      detail: 'two words',
    });
    expect(formatHandlerLine(line)).toBe(
      'ERROR Ingest failed  demo/a.html error="TimeoutError: socket hang up" detail="two words"',
    );
  });

  it('drops CloudWatch EMF metric documents and the empty-metrics notice', () => {
    expect(
      formatHandlerLine('{"_aws":{"Timestamp":1,"CloudWatchMetrics":[]},"PagesIngested":1}'),
    ).toBeNull();
    expect(
      formatHandlerLine('No application metrics to publish. The cold-start metric…'),
    ).toBeNull();
  });

  it('leaves other output alone', () => {
    expect(formatHandlerLine('plain text')).toBe('plain text');
    expect(formatHandlerLine('{not json')).toBe('{not json');
  });
});

describe('captureHandlerLogs', () => {
  it('routes JSON lines written to stdout into the sink until released, then restores stdout', () => {
    const original = process.stdout.write;
    const lines: string[] = [];
    const keys: unknown[] = [];
    const release = captureHandlerLogs((line, record) => {
      lines.push(line);
      keys.push(record?.key);
    });
    try {
      process.stdout.write('{"level":"INFO","message":"Feed written","key":"feeds/all.xml"}\n');
      process.stdout.write('{"_aws":{}}\n');
    } finally {
      release();
    }
    expect(lines).toEqual(['INFO  Feed written  feeds/all.xml']);
    expect(keys).toEqual(['feeds/all.xml']);
    expect(process.stdout.write).toBe(original);
  });
});
