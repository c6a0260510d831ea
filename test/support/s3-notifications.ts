/**
 * S3 event notifications as AWS delivers them through SQS, for driving the ingest handler in
 * tests: keys URL-encoded (space as `+`), hex sequencers, quoted-free ETags, one S3 event per
 * SQS message body.
 */
import { randomUUID } from 'node:crypto';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';

/** AWS's encoding of a key in event notifications: form encoding, `/` kept. */
export function awsEventKey(key: string): string {
  return encodeURIComponent(key).replaceAll('%20', '+').replaceAll('%2F', '/');
}

/** One object event to put in a notification. */
export interface S3EventSpec {
  readonly kind: 'created' | 'removed';
  readonly key: string;
  readonly sequencer: string;
  readonly bucket?: string;
  readonly eTag?: string;
  readonly size?: number;
  /** The S3 event name. @default `ObjectCreated:Put` or `ObjectRemoved:Delete` by kind */
  readonly eventName?: string;
  /** The version the event is about (a versioned bucket). @default none */
  readonly versionId?: string;
}

/**
 * The body S3 sends to SQS for one object event.
 *
 * @param spec - the event
 * @returns the JSON body
 */
export function s3NotificationBody(spec: S3EventSpec): string {
  const object =
    spec.kind === 'created'
      ? {
          key: awsEventKey(spec.key),
          size: spec.size ?? 0,
          eTag: spec.eTag ?? '',
          sequencer: spec.sequencer,
        }
      : { key: awsEventKey(spec.key), sequencer: spec.sequencer };
  const versioned =
    spec.versionId === undefined ? object : { ...object, versionId: spec.versionId };
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName:
          spec.eventName ??
          (spec.kind === 'created' ? 'ObjectCreated:Put' : 'ObjectRemoved:Delete'),
        userIdentity: { principalId: 'AWS:EXAMPLE' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'EXAMPLE', 'x-amz-id-2': 'EXAMPLE' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'inbox-notifications',
          bucket: {
            name: spec.bucket ?? 'inbox',
            ownerIdentity: { principalId: 'EXAMPLE' },
            arn: `arn:aws:s3:::${spec.bucket ?? 'inbox'}`,
          },
          object: versioned,
        },
      },
    ],
  });
}

/** The body S3 sends when a notification configuration is created. */
export const S3_TEST_EVENT_BODY = JSON.stringify({
  Service: 'Amazon S3',
  Event: 's3:TestEvent',
  Time: '2026-11-29T10:00:00.000Z',
  Bucket: 'inbox',
  RequestId: 'EXAMPLE',
  HostId: 'EXAMPLE',
});

/**
 * Wraps message bodies in an SQS batch event.
 *
 * @param bodies - one message body per record
 * @returns the event; message ids are fresh UUIDs
 */
export function sqsEvent(...bodies: string[]): SQSEvent {
  return {
    Records: bodies.map(
      (body): SQSRecord => ({
        messageId: randomUUID(),
        receiptHandle: 'receipt',
        body,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.now()),
          SenderId: 'AIDAEXAMPLE',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:inbox-events',
        awsRegion: 'us-east-1',
      }),
    ),
  };
}

/** A Lambda context for invoking a handler in-process. */
export function lambdaContext(functionName = 'ingest'): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'test',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
