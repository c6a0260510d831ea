import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DEFAULT_MAX_PAGE_BYTES, INGEST_MAX_CONCURRENCY } from '../../shared/ingest/config.ts';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
import { createDeadLetterQueue } from './dead-letter-queue.ts';
import type { WatchedFunction } from './pipeline-alarms.ts';
import { ProjectFunction } from './project-function.ts';

/**
 * Ingest timeout. A batch holds up to 10 pages; a typical page extracts in tens of milliseconds,
 * the slowest the extractor accepts (just under its 50,000-element limit) in about 3 s on one
 * core. 60 s fits ten of those with their S3/DynamoDB calls, or three times a worst-case batch
 * of three, and the handler hands back the messages it has no time left to start (under 10 s
 * left) rather than letting the timeout fail the whole batch.
 */
export const INGEST_TIMEOUT = Duration.seconds(60);

/** Ingest memory: 1,769 MB buys one full vCPU (cheerio parsing is CPU-bound). */
export const INGEST_MEMORY_MB = 1769;

/** Receives before a message goes to the DLQ: enough for throttling bursts to pass. */
export const INGEST_MAX_RECEIVE_COUNT = 5;

/** Properties of {@link PageIngester}. */
export interface PageIngesterProps {
  /** The inbox bucket whose object events are ingested. */
  readonly inbox: Bucket;
  /** The article table. */
  readonly table: ArticleTable;
  /** The stage. */
  readonly stage: StageConfig;
  /** Powertools metrics namespace. */
  readonly metricsNamespace: string;
}

/**
 * Inbox events to articles: S3 `ObjectCreated:*` and `ObjectRemoved:*` notifications go to an
 * SQS queue (with a DLQ), which the ingest function consumes in batches, reporting partial batch
 * failures so one bad message never makes the others retry.
 */
export class PageIngester extends Construct {
  /** The queue S3 notifies. */
  public readonly queue: Queue;
  /** Where messages land after {@link INGEST_MAX_RECEIVE_COUNT} failed receives. */
  public readonly deadLetterQueue: Queue;
  /** The ingest function. */
  public readonly handler: ProjectFunction;
  /** What the alarms watch of it. */
  public readonly watched: WatchedFunction;

  constructor(scope: Construct, id: string, props: PageIngesterProps) {
    super(scope, id);
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', {
      removalPolicy: props.stage.removalPolicy,
      holds:
        'This queue is itself the dead-letter queue of the ingest queue; its messages are ' +
        'alarmed on and moved back with a redrive once the cause is fixed.',
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's rule for Lambda event sources: at least six times the function timeout, so a
      // message is not handed out again while a retried invocation may still be working on it.
      visibilityTimeout: Duration.seconds(6 * INGEST_TIMEOUT.toSeconds()),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: INGEST_MAX_RECEIVE_COUNT },
      removalPolicy: props.stage.removalPolicy,
    });

    this.handler = new ProjectFunction(this, 'Function', {
      entry: 'functions/ingest.ts',
      description: 'Ingest: inbox page to article in DynamoDB',
      serviceName: 'ingest',
      metricsNamespace: props.metricsNamespace,
      // One full vCPU; a 5 MiB page also fits in memory several times over (raw bytes, decoded
      // string, DOM: about 400 MB resident at most measured).
      memorySize: INGEST_MEMORY_MB,
      timeout: INGEST_TIMEOUT,
      logRetention: props.stage.logRetention,
      logRemovalPolicy: props.stage.removalPolicy,
      environment: { MAX_PAGE_BYTES: String(DEFAULT_MAX_PAGE_BYTES) },
    });
    this.watched = {
      name: 'Ingest',
      fn: this.handler,
      timeout: INGEST_TIMEOUT,
      serviceName: 'ingest',
    };
    this.handler.grantReadObjects(props.inbox, 'INBOX_BUCKET');
    this.handler.grantTableAccess(props.table, 'ingest');
    this.handler.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Caps the ingest's share of the account's concurrency during bulk uploads.
        maxConcurrency: INGEST_MAX_CONCURRENCY,
      }),
    );

    const destination = new SqsDestination(this.queue);
    props.inbox.addEventNotification(EventType.OBJECT_CREATED, destination);
    props.inbox.addEventNotification(EventType.OBJECT_REMOVED, destination);
  }
}
