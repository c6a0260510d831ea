/**
 * Reading S3 errors the same way in every S3 adapter.
 */
import { NoSuchKey, NotFound } from '@aws-sdk/client-s3';

/**
 * The HTTP status of a failed S3 call.
 *
 * @param error - what the SDK threw
 * @returns the status, or undefined when the error carries none
 */
export function httpStatusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

/**
 * Whether an S3 call failed because the object does not exist.
 *
 * @param error - what the SDK threw
 * @returns true for `NoSuchKey`, `NotFound` and any bare 404 (HEAD has no body, so some
 *   S3-compatible servers' 404s arrive as a status only)
 */
export function isMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || error instanceof NotFound || httpStatusOf(error) === 404;
}
