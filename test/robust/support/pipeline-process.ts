/**
 * The local runtime in a process of its own, for tests that kill it: starts `startLocalRuntime`
 * on the given data folder and ports, prints one JSON line when ready, and stops cleanly on
 * SIGTERM. Usage: `pipeline-process.ts DATA_DIR HTTP_PORT S3_PORT DYNAMODB_PORT`.
 */
import { writeSync } from 'node:fs';
import { startLocalRuntime } from '../../../local/runtime/start-runtime.ts';

const [dataDir, httpPort, s3Port, dynamoDbPort] = process.argv.slice(2);
if (!dataDir || !httpPort || !s3Port || !dynamoDbPort) {
  process.stderr.write('usage: pipeline-process.ts DATA_DIR HTTP_PORT S3_PORT DYNAMODB_PORT\n');
  process.exit(2);
}

const runtime = await startLocalRuntime({
  dataDir,
  httpPort: Number(httpPort),
  s3Port: Number(s3Port),
  dynamoDbPort: Number(dynamoDbPort),
  inboxDir: false,
  samples: false,
  feedItemLimit: 250,
  // Straight to fd 2: the runtime captures process.stderr for the handlers' logs and hands the
  // lines to this callback, so writing through process.stderr here would recurse.
  log: (line) => writeSync(2, `${line}\n`),
  stream: { pollIntervalMs: 100 },
  // The lease of a run cut short by the kill expires soon after the restart.
  regenerationWindowMs: 200,
  feedLeaseMs: 3_000,
});

process.once('SIGTERM', () => {
  void runtime.stop().then(() => process.exit(0));
});

// fd 1 directly, for the same reason as the log: process.stdout is captured by the runtime.
writeSync(
  1,
  `${JSON.stringify({
    urls: runtime.urls,
    tableName: runtime.tableName,
    inboxBucket: runtime.inboxBucket,
    region: runtime.region,
  })}\n`,
);
