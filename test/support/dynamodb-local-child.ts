/**
 * A parent process for the orphan test: starts DynamoDB Local, prints its process group id and
 * waits to be killed.
 */
import { startDynamoDbLocal } from '../../local/emulators/dynamodb-local.ts';

const dynamo = await startDynamoDbLocal();
process.stdout.write(`${JSON.stringify({ pid: dynamo.pid, endpoint: dynamo.endpoint })}\n`);
setInterval(() => {}, 60_000);
