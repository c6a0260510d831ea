/**
 * The Lambda `Context` the local runtime passes to the handlers: what Powertools reads from it
 * (function name, request id, memory, remaining time) with local values.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

/**
 * Builds the context of one local invocation.
 *
 * @param functionName - e.g. `ingest`
 * @param region - for the function ARN
 * @param timeoutMs - the invocation's time budget, reported by `getRemainingTimeInMillis`
 * @returns a fresh context with its own request id
 */
export function localLambdaContext(
  functionName: string,
  region: string,
  timeoutMs = 60_000,
): Context {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error('Lambda callback-style completion is not supported locally');
  };
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
