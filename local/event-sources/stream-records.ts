/**
 * Converts stream records as `@aws-sdk/client-dynamodb-streams` returns them into the JSON shape
 * Lambda hands a function subscribed to the stream (binary as base64, creation time in epoch
 * seconds, the stream's ARN and region on every record).
 */
import type {
  _Record,
  AttributeValue as SdkAttributeValue,
} from '@aws-sdk/client-dynamodb-streams';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

/**
 * Converts one SDK stream record into a Lambda stream record.
 *
 * @param record - a record from GetRecords
 * @param streamArn - the stream's ARN (`eventSourceARN`)
 * @param region - the region (`awsRegion`)
 * @returns the record as Lambda would deliver it
 */
export function toLambdaStreamRecord(
  record: _Record,
  streamArn: string,
  region: string,
): DynamoDBRecord {
  const data = record.dynamodb ?? {};
  const created = data.ApproximateCreationDateTime;
  return {
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: region,
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created === undefined
        ? {}
        : { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) }),
      ...(data.Keys === undefined ? {} : { Keys: convertImage(data.Keys) }),
      ...(data.NewImage === undefined ? {} : { NewImage: convertImage(data.NewImage) }),
      ...(data.OldImage === undefined ? {} : { OldImage: convertImage(data.OldImage) }),
      SequenceNumber: data.SequenceNumber,
      SizeBytes: data.SizeBytes,
      StreamViewType: data.StreamViewType,
    },
  };
}

function convertImage(image: Record<string, SdkAttributeValue>): Record<string, AttributeValue> {
  return Object.fromEntries(
    Object.entries(image).map(([name, value]) => [name, convertValue(value)]),
  );
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function convertValue(value: SdkAttributeValue): AttributeValue {
  if (value.S !== undefined) return { S: value.S };
  if (value.N !== undefined) return { N: value.N };
  if (value.BOOL !== undefined) return { BOOL: value.BOOL };
  if (value.NULL !== undefined) return { NULL: value.NULL };
  if (value.B !== undefined) return { B: base64(value.B) };
  if (value.SS !== undefined) return { SS: value.SS };
  if (value.NS !== undefined) return { NS: value.NS };
  if (value.BS !== undefined) return { BS: value.BS.map(base64) };
  if (value.L !== undefined) return { L: value.L.map(convertValue) };
  if (value.M !== undefined) return { M: convertImage(value.M) };
  throw new TypeError(`Unknown DynamoDB attribute value type: ${Object.keys(value).join(', ')}`);
}
