/**
 * Drives the real ingest handler against local AWS: uploads pages to s3rver, delivers S3 event
 * notifications as SQS batches to a handler built by `createIngestHandler` with its own clients,
 * and collects what it reported: outcomes and failures (its observer), log lines and metrics.
 */
import { readFile } from 'node:fs/promises';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse } from 'aws-lambda';
import { afterAll } from 'vitest';
import {
  createDocumentClient,
  createDynamoDbClient,
  createS3Client,
} from '../../shared/adapters/aws-client-factories.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import {
  createIngestHandler,
  type IngestFailure,
  type IngestHandler,
} from '../../shared/handlers/ingest-handler.ts';
import { DEFAULT_MAX_PAGE_BYTES } from '../../shared/ingest/config.ts';
import type { IngestOutcome } from '../../shared/ingest/ingest-event.ts';
import { LOCAL_REGION, type LocalAws } from './local-aws.ts';
import { recordingLogger, recordingMetrics } from './recording-observability.ts';
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

/** An outcome the handler reported, with its message. */
export type ReportedOutcome = IngestOutcome & { readonly messageId: string };

/** What one delivery produced. */
export interface Delivery {
  readonly response: SQSBatchResponse;
  /** Message ids in the order of the batch. */
  readonly messageIds: readonly string[];
  /** What the handler reported to its observer, in order. */
  readonly outcomes: readonly ReportedOutcome[];
  readonly failures: readonly IngestFailure[];
  /** The handler's log lines: level, message and fields. */
  readonly logs: readonly Record<string, unknown>[];
  /** Metric values by name. */
  readonly metrics: ReadonlyMap<string, readonly number[]>;
}

/** The handler's own clients, apart from the suite's, so a test can inject faults into them. */
export interface HandlerClients {
  readonly s3: S3Client;
  readonly dynamoDb: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
}

/** An ingest test driver over local AWS; registers the clean-up of its clients. */
export class IngestHarness {
  #sequence = 0x5a00_0000_0000n;
  #clients: HandlerClients | undefined;
  #handler: IngestHandler | undefined;
  readonly #logs: Record<string, unknown>[] = [];
  readonly #metrics = new Map<string, number[]>();
  readonly #outcomes: ReportedOutcome[] = [];
  readonly #failures: IngestFailure[] = [];

  /**
   * @param aws - the suite's local servers
   * @param options - the handler's page size limit
   */
  constructor(
    private readonly aws: () => LocalAws,
    private readonly options: { readonly maxPageBytes?: number } = {},
  ) {
    afterAll(() => {
      this.#clients?.s3.destroy();
      this.#clients?.dynamoDb.destroy();
    });
  }

  /** The clients the handler uses (built on first use). */
  get clients(): HandlerClients {
    if (this.#clients === undefined) {
      const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
      const dynamoDb = createDynamoDbClient({
        region: LOCAL_REGION,
        endpoint: this.aws().dynamo.endpoint,
        credentials,
      });
      this.#clients = {
        s3: createS3Client({
          region: LOCAL_REGION,
          endpoint: this.aws().s3.endpoint,
          credentials,
          forcePathStyle: true,
        }),
        dynamoDb,
        documentClient: createDocumentClient(dynamoDb),
      };
    }
    return this.#clients;
  }

  /** The handler under test (built on first use). */
  handler(): IngestHandler {
    this.#handler ??= createIngestHandler({
      config: {
        tableName: this.aws().tableName,
        maxPageBytes: this.options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES,
      },
      clients: { s3: this.clients.s3, documentClient: this.clients.documentClient },
      logger: recordingLogger(this.#logs),
      metrics: recordingMetrics(this.#metrics),
      // The registry of the local table, which the set-up seeds with the sample publishers.
      publishers: new DynamoPublisherRegistry(this.aws().tableName, this.clients.documentClient),
      observer: {
        outcome: (outcome, messageId) => this.#outcomes.push({ ...outcome, messageId }),
        failed: (failure) => this.#failures.push(failure),
      },
    });
    return this.#handler;
  }

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
   * @returns the response with what the handler reported
   */
  async deliver(...messages: (S3EventSpec | string)[]): Promise<Delivery> {
    return this.deliverIn(lambdaContext(), ...messages);
  }

  /**
   * Delivers one SQS batch like {@link deliver}, in a given Lambda context (say, one whose time
   * runs out).
   *
   * @returns the response with what the handler reported
   */
  async deliverIn(context: Context, ...messages: (S3EventSpec | string)[]): Promise<Delivery> {
    const event = sqsEvent(
      ...messages.map((m) => (typeof m === 'string' ? m : s3NotificationBody(m))),
    );
    const handler = this.handler();
    for (const list of [this.#logs, this.#outcomes, this.#failures]) list.length = 0;
    this.#metrics.clear();
    const response = await handler(event, context);
    return {
      response,
      messageIds: event.Records.map((r) => r.messageId),
      outcomes: [...this.#outcomes],
      failures: [...this.#failures],
      logs: [...this.#logs],
      metrics: new Map(this.#metrics),
    };
  }
}

/** The sum of a metric's values in a delivery. */
export function metricSum(delivery: Delivery, name: string): number {
  return (delivery.metrics.get(name) ?? []).reduce((sum, value) => sum + value, 0);
}

/** The outcomes a delivery reported, in order. */
export function outcomes(delivery: Delivery): readonly ReportedOutcome[] {
  return delivery.outcomes;
}
