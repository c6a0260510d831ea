/**
 * Drives the real ingest handler against local AWS: uploads pages to s3rver, delivers S3 event
 * notifications as SQS batches, and captures the handler's structured logs and EMF metrics.
 */
import { readFile } from 'node:fs/promises';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { Context, SQSBatchResponse } from 'aws-lambda';
import { vi } from 'vitest';
import type { LocalAws } from './local-aws.ts';
import {
  lambdaContext,
  type S3EventSpec,
  s3NotificationBody,
  sqsEvent,
} from './s3-notifications.ts';

/** Reads a page of `test/fixtures/ingest/`. */
export async function ingestFixture(name: string): Promise<Buffer> {
  return readFile(new URL(`../fixtures/ingest/${name}`, import.meta.url));
}

/** What one delivery produced. */
export interface Delivery {
  readonly response: SQSBatchResponse;
  /** Message ids in the order of the batch. */
  readonly messageIds: readonly string[];
  /** The handler's JSON log entries. */
  readonly logs: readonly Record<string, unknown>[];
  /** Metric values by name, from the EMF output. */
  readonly metrics: ReadonlyMap<string, readonly number[]>;
}

type Handler = (
  event: ReturnType<typeof sqsEvent>,
  context: ReturnType<typeof lambdaContext>,
) => Promise<SQSBatchResponse>;

function collectMetrics(entry: Record<string, unknown>, into: Map<string, number[]>): void {
  const aws = entry._aws as { CloudWatchMetrics?: { Metrics?: { Name: string }[] }[] } | undefined;
  for (const directive of aws?.CloudWatchMetrics ?? []) {
    for (const { Name } of directive.Metrics ?? []) {
      const value = entry[Name];
      const values = Array.isArray(value) ? value : [value];
      into.set(Name, [...(into.get(Name) ?? []), ...values.map(Number)]);
    }
  }
}

/** An ingest test driver over local AWS. */
export class IngestHarness {
  #sequence = 0x5a00_0000_0000n;

  constructor(
    private readonly aws: () => LocalAws,
    private readonly handler: () => Handler,
  ) {}

  /** A fresh sequencer, greater than every earlier one (18 hex digits, like S3's). */
  nextSequencer(): string {
    this.#sequence += 1n;
    return this.#sequence.toString(16).toUpperCase().padStart(18, '0');
  }

  /**
   * Uploads a page to the inbox.
   *
   * @returns the created event for this upload
   */
  async upload(
    key: string,
    body: Buffer | string,
    options: { contentType?: string; sourceUrl?: string } = {},
  ): Promise<S3EventSpec> {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    const { ETag } = await this.aws().s3Client.send(
      new PutObjectCommand({
        Bucket: this.aws().inboxBucket,
        Key: key,
        Body: bytes,
        ContentType: options.contentType ?? 'text/html; charset=utf-8',
        ...(options.sourceUrl === undefined
          ? {}
          : { Metadata: { 'source-url': options.sourceUrl } }),
      }),
    );
    return {
      kind: 'created',
      key,
      sequencer: this.nextSequencer(),
      eTag: (ETag ?? '').replaceAll('"', ''),
      size: bytes.length,
    };
  }

  /** A removal event of a key (the object itself is left as it is). */
  removed(key: string, details: Pick<S3EventSpec, 'eventName' | 'versionId'> = {}): S3EventSpec {
    return { kind: 'removed', key, sequencer: this.nextSequencer(), ...details };
  }

  /**
   * Deletes a page from the inbox, as a delete on the versioned inbox does (a delete marker).
   *
   * @returns the removal event of this deletion
   */
  async deleted(key: string): Promise<S3EventSpec> {
    await this.aws().s3Client.send(
      new DeleteObjectCommand({ Bucket: this.aws().inboxBucket, Key: key }),
    );
    return this.removed(key, { eventName: 'ObjectRemoved:DeleteMarkerCreated' });
  }

  /**
   * Delivers one SQS batch, one message per event (or raw body), to the real handler.
   *
   * @returns the response with the captured logs and metrics
   */
  async deliver(...messages: (S3EventSpec | string)[]): Promise<Delivery> {
    return this.deliverIn(lambdaContext(), ...messages);
  }

  /**
   * Delivers one SQS batch like {@link deliver}, in a given Lambda context (say, one whose time
   * runs out).
   *
   * @returns the response with the captured logs and metrics
   */
  async deliverIn(context: Context, ...messages: (S3EventSpec | string)[]): Promise<Delivery> {
    const event = sqsEvent(
      ...messages.map((m) => (typeof m === 'string' ? m : s3NotificationBody(m))),
    );
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    // Powertools writes logs (errors to stderr) and EMF metrics as JSON lines.
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(capture),
      vi.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
    let response: SQSBatchResponse;
    try {
      response = await this.handler()(event, context);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    const logs: Record<string, unknown>[] = [];
    const metrics = new Map<string, number[]>();
    for (const line of lines.join('').split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as Record<string, unknown>;
      if ('_aws' in entry) collectMetrics(entry, metrics);
      else logs.push(entry);
    }
    return { response, messageIds: event.Records.map((r) => r.messageId), logs, metrics };
  }
}

/** The sum of a metric's values in a delivery. */
export function metricSum(delivery: Delivery, name: string): number {
  return (delivery.metrics.get(name) ?? []).reduce((sum, value) => sum + value, 0);
}

/** The log entries of a delivery that report an outcome. */
export function outcomes(delivery: Delivery): Record<string, unknown>[] {
  return delivery.logs.filter((entry) => typeof entry.outcome === 'string');
}
