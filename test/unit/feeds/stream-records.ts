/**
 * Table stream records for tests, built from plain images as DynamoDB Streams delivers them
 * (marshalled, with the event name their images imply).
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';

type Image = Record<string, unknown>;

/**
 * @param keys - the item's key
 * @param oldImage - the item before the change, if any
 * @param newImage - the item after the change, if any
 * @returns the record (INSERT, MODIFY or REMOVE)
 */
export function streamRecord(keys: Image, oldImage?: Image, newImage?: Image): DynamoDBRecord {
  const convert = (value: Image) => marshall(value) as Record<string, AttributeValue>;
  return {
    eventID: '1',
    eventName: oldImage && newImage ? 'MODIFY' : newImage ? 'INSERT' : 'REMOVE',
    dynamodb: {
      Keys: convert(keys),
      ...(oldImage ? { OldImage: convert(oldImage) } : {}),
      ...(newImage ? { NewImage: convert(newImage) } : {}),
    },
  };
}
