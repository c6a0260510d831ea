import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StageConfig } from '../stage.ts';
import type { ArticleTable } from './article-table.ts';
import { ProjectFunction } from './project-function.ts';

/** Largest page the ingest function reads, in bytes (5 MiB); larger ones are rejected. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/**
 * Ingest timeout. A batch holds up to 10 pages; extracting a typical page takes tens of
 * milliseconds and a 5 MiB worst case about a second on the CPU share of 1 GiB, so 30 s leaves
 * room for slow S3/DynamoDB retries without letting a stuck batch hold messages for long.
 */
export const INGEST_TIMEOUT = Duration.seconds(30);

/** Receives before a message goes to the DLQ: enough for throttling bursts to pass. */
export const INGEST_MAX_RECEIVE_COUNT = 5;

/** Properties of {@link IngestPipeline}. */
export interface IngestPipelineProps {
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
export class IngestPipeline extends Construct {
  /** The queue S3 notifies. */
  public readonly queue: Queue;
  /** Where messages land after {@link INGEST_MAX_RECEIVE_COUNT} failed receives. */
  public readonly deadLetterQueue: Queue;
  /** The ingest function. */
  public readonly handler: ProjectFunction;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.stage.removalPolicy,
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
      // 1 GiB buys ~0.6 vCPU: cheerio parsing is CPU-bound and a 5 MiB page must fit in memory
      // several times over (raw bytes, decoded string, DOM).
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      logRetention: props.stage.logRetention,
      logRemovalPolicy: props.stage.removalPolicy,
      environment: { MAX_PAGE_BYTES: String(MAX_PAGE_BYTES) },
    });
    this.handler.grantReadObjects(props.inbox, 'INBOX_BUCKET');
    this.handler.grantTableAccess(props.table, 'ingest');
    this.handler.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        // Caps the ingest's share of the account's concurrency during bulk uploads.
        maxConcurrency: 20,
      }),
    );

    const destination = new SqsDestination(this.queue);
    props.inbox.addEventNotification(EventType.OBJECT_CREATED, destination);
    props.inbox.addEventNotification(EventType.OBJECT_REMOVED, destination);
  }
}
