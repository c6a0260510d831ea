import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJava } from '../../local/runtime/prerequisites.ts';
import { LocalStartError, startLocalRuntime } from '../../local/runtime/start-runtime.ts';
import { runCli } from '../support/cli.ts';

let busy: Server;
let busyPort: number;
let dataDir: string;
/** Folders to put on PATH: one with no java, others with a fake `java` printing a release. */
let noJava: string;
let java8: string;
let java11: string;
let javaUnknown: string;
/** A folder holding a `java` that never answers; it writes its process id to `hungJavaPid`. */
let javaHung: string;
let hungJavaPid: string;

/** A folder holding a `java` that prints what a real one of that release prints, and exits. */
async function fakeJava(name: string, versionLine: string): Promise<string> {
  const folder = join(dataDir, 'bin', name);
  await mkdir(folder, { recursive: true });
  const script = join(folder, 'java');
  await writeFile(script, `#!/bin/sh\necho '${versionLine}' >&2\n`);
  await chmod(script, 0o755);
  return folder;
}

const INSTALL = 'install a Java runtime 17 or newer';

beforeAll(async () => {
  busy = createServer().listen(0, '127.0.0.1');
  await once(busy, 'listening');
  busyPort = (busy.address() as { port: number }).port;
  dataDir = await mkdtemp(join(tmpdir(), 'start-errors-'));
  noJava = join(dataDir, 'bin', 'none');
  await mkdir(noJava, { recursive: true });
  java8 = await fakeJava('java8', 'java version "1.8.0_392"');
  java11 = await fakeJava('java11', 'openjdk version "11.0.21" 2023-10-17');
  javaUnknown = await fakeJava('unknown', 'Error: could not find libjava.so');
  javaHung = join(dataDir, 'bin', 'hung');
  hungJavaPid = join(dataDir, 'hung-java.pid');
  await mkdir(javaHung, { recursive: true });
  await writeFile(
    join(javaHung, 'java'),
    `#!/bin/sh\necho $$ > '${hungJavaPid}'\nexec /bin/sleep 600\n`,
  );
  await chmod(join(javaHung, 'java'), 0o755);
});

afterAll(async () => {
  busy?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Options of a runtime on free ports, without folder or samples, in its own data folder. */
function quietStart(name: string) {
  return {
    dataDir: join(dataDir, name),
    httpPort: 0,
    s3Port: 0,
    dynamoDbPort: 0,
    inboxDir: false as const,
    samples: false,
  };
}

describe('startLocalRuntime', () => {
  it.each([
    ['httpPort', 'feeds HTTP server', '--http-port'],
    ['s3Port', 'S3 server', '--s3-port'],
    ['dynamoDbPort', 'DynamoDB Local', '--dynamodb-port'],
  ] as const)(
    'refuses a taken %s with a sentence naming the flag, before starting anything',
    async (option, what, flag) => {
      const start = startLocalRuntime({ ...quietStart(option), [option]: busyPort });
      await expect(start).rejects.toThrow(LocalStartError);
      await expect(start).rejects.toThrow(
        `Port ${busyPort} (${what}) is already in use — is the pipeline already running? Choose another with ${flag}`,
      );
      // Nothing was created or started.
      expect(await readdir(dataDir)).not.toContain(option);
    },
  );

  it.each([
    ['no java on PATH', () => noJava, 'DynamoDB Local needs Java, and there is no java on PATH'],
    ['Java 8 on PATH', () => java8, 'DynamoDB Local needs Java 17 or newer, and java is Java 8'],
    ['Java 11 on PATH', () => java11, 'DynamoDB Local needs Java 17 or newer, and java is Java 11'],
    [
      'a java that does not say its release',
      () => javaUnknown,
      '`java -version` did not say which release it is ("Error: could not find libjava.so")',
    ],
  ])(
    'refuses %s with one line saying what to install, before starting anything',
    async (name, path, said) => {
      const start = startLocalRuntime({ ...quietStart(name), env: { PATH: path() } });
      const error = await start.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(LocalStartError);
      const message = (error as Error).message;
      expect(message).toContain(said);
      expect(message).toContain(INSTALL);
      expect(message).not.toContain('\n');
      expect(await readdir(dataDir)).not.toContain(name);
    },
  );

  it('names the JAVA_HOME it looked in when that holds no java', async () => {
    const start = startLocalRuntime({
      ...quietStart('java-home'),
      env: { PATH: java11, JAVA_HOME: noJava },
    });
    await expect(start).rejects.toThrow(
      `DynamoDB Local needs Java, and there is no ${join(noJava, 'bin', 'java')} (from JAVA_HOME): ${INSTALL}`,
    );
  });
});

describe('checkJava', () => {
  it('stops a java -version that does not answer in time and says what to install', async () => {
    const error = await checkJava({ PATH: javaHung }, 2_000).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(LocalStartError);
    const message = (error as Error).message;
    expect(message).toContain('`java -version` did not answer within 2 s');
    expect(message).toContain(INSTALL);
    expect(message).not.toContain('\n');
    // The hung process is gone once the check has failed.
    const pid = Number(await readFile(hungJavaPid, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(expect.objectContaining({ code: 'ESRCH' }));
  });
});

describe('syndicate start', () => {
  const args = (name: string) => [
    'start',
    '--data-dir',
    join(dataDir, `cli-${name}`),
    '--http-port',
    '0',
    '--s3-port',
    '0',
    '--dynamodb-port',
    '0',
    '--no-watch',
    '--no-samples',
  ];

  it.each([
    ['no Java', () => noJava, 'there is no java on PATH'],
    ['Java older than 17', () => java8, 'java is Java 8'],
  ])('with %s prints one line saying what to install and exits 1', async (name, path, said) => {
    const { code, stdout, stderr } = await runCli(args(name), { PATH: path() });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `^syndicate start: DynamoDB Local needs Java[^\\n]*${said}: ${INSTALL}[^\\n]*\\n$`,
      ),
    );
    expect(stdout).not.toContain('starting DynamoDB Local');
  });

  it('with a port taken prints one line naming the flag and exits 1', async () => {
    const { code, stdout, stderr } = await runCli([...args('port'), '--s3-port', String(busyPort)]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `syndicate start: Port ${busyPort} (S3 server) is already in use — is the pipeline already running? Choose another with --s3-port or SYNDICATE_S3_PORT.\n`,
    );
    expect(stdout).not.toContain('starting DynamoDB Local');
  });
});
