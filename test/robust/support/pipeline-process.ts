/**
 * The local runtime in a process of its own, for tests that kill it: starts `startLocalRuntime`
 * on the given data folder and ports, prints one JSON line when ready, and stops cleanly on
 * SIGTERM. Usage: `pipeline-process.ts DATA_DIR HTTP_PORT S3_PORT DYNAMODB [HOLD_FROM]`, where
 * DYNAMODB is a port for a DynamoDB Local of the runtime's own, or `ENDPOINT#TABLE` for a table
 * on a server already running (the test run's shared one), which outlives the process.
 *
 * Requests, one per line on stdin, answered on stdout: `idle` is answered `idle` once
 * `runtime.idle()` resolves. With HOLD_FROM, the ingest invocations from that one on never end
 * (the first prints `held`), so a test can kill the process with a batch surely in flight.
 */
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  type LocalRuntimeOptions,
  startLocalRuntime,
} from '../../../local/runtime/start-runtime.ts';
import { REGENERATION_WINDOW_MS } from './pipeline-options.ts';

const [dataDir, httpPort, s3Port, dynamoDb, holdFrom] = process.argv.slice(2);
if (!dataDir || !httpPort || !s3Port || !dynamoDb) {
  process.stderr.write(
    'usage: pipeline-process.ts DATA_DIR HTTP_PORT S3_PORT DYNAMODB_PORT|ENDPOINT#TABLE [HOLD_FROM]\n',
  );
  process.exit(2);
}

/** A port of its own, or a table on a running server. */
function dynamoDbOptions(
  value: string,
): Pick<LocalRuntimeOptions, 'dynamoDbPort' | 'dynamoDbEndpoint' | 'tableName'> {
  const [endpoint, tableName] = value.split('#');
  if (tableName === undefined || endpoint === undefined) return { dynamoDbPort: Number(value) };
  return { dynamoDbEndpoint: endpoint, tableName };
}

/** Writes a line straight to fd 1, so that it is out before a SIGKILL. */
const say = (line: string) => writeSync(1, `${line}\n`);

/** With HOLD_FROM: ingest invocations from that one on never end. */
function holdingIngest(from: number): Pick<LocalRuntimeOptions, 'wrapHandlers'> {
  let invocations = 0;
  return {
    wrapHandlers: {
      ingest: (real) => async (event) => {
        invocations += 1;
        if (invocations < from) return real(event);
        if (invocations === from) say('held');
        return new Promise(() => {});
      },
    },
  };
}

const runtime = await startLocalRuntime({
  ...(holdFrom === undefined ? {} : holdingIngest(Number(holdFrom))),
  dataDir,
  httpPort: Number(httpPort),
  s3Port: Number(s3Port),
  ...dynamoDbOptions(dynamoDb),
  inboxDir: false,
  samples: false,
  feedItemLimit: 250,
  // Straight to fd 2: the runtime captures process.stderr for the handlers' logs and hands the
  // lines to this callback, so writing through process.stderr here would recurse.
  log: (line) => writeSync(2, `${line}\n`),
  stream: { pollIntervalMs: 100 },
  regenerationWindowMs: REGENERATION_WINDOW_MS,
  // The lease of a run cut short by the kill expires soon after the restart.
  feedLeaseMs: 3_000,
});

process.once('SIGTERM', () => {
  void runtime.stop().then(() => process.exit(0));
});

createInterface({ input: process.stdin }).on('line', (request) => {
  if (request === 'idle') void runtime.idle().then(() => say('idle'));
});

say(
  JSON.stringify({
    urls: runtime.urls,
    tableName: runtime.tableName,
    inboxBucket: runtime.inboxBucket,
    region: runtime.region,
  }),
);
