/**
 * `syndicate publishers` run in-process against DynamoDB Local (through `--endpoint`, as against
 * the local pipeline), checked in the registry it writes.
 */
import { describe, expect, it } from 'vitest';
import { freePort } from '../../local/emulators/free-port.ts';
import { DynamoPublisherRegistry } from '../../shared/adapters/dynamo/publisher-registry.ts';
import { parseApiKey, secretMatches } from '../../shared/publishers/api-keys.ts';
import { runCli } from '../support/cli.ts';
import { useLocalAws } from '../support/local-aws.ts';

const aws = useLocalAws();
const publishers = (...args: string[]) =>
  runCli(['publishers', ...args, '--endpoint', aws().dynamo.endpoint, '--table', aws().tableName]);
const registry = () => new DynamoPublisherRegistry(aws().tableName, aws().documentClient);

const ADD = [
  'add',
  'bao-moi',
  '--name',
  'Báo Mới',
  '--home-page',
  'https://baomoi.example.vn/',
  '--domain',
  'BaoMoi.example.vn',
  '--domain',
  '*.baomoi.example.vn',
  '--language',
  'vi',
  '--timezone',
  'Asia/Ho_Chi_Minh',
];

describe('syndicate publishers', () => {
  it('adds a publisher and prints {publisher, keyId, apiKey} with --json, the key usable once stored', async () => {
    const { code, stdout, stderr } = await publishers(...ADD, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as { publisher: string; keyId: string; apiKey: string };
    expect(Object.keys(printed).sort()).toEqual(['apiKey', 'keyId', 'publisher']);
    expect(printed.publisher).toBe('bao-moi');
    expect(await registry().get('bao-moi')).toMatchObject({
      name: 'Báo Mới',
      status: 'active',
      domains: ['baomoi.example.vn', '*.baomoi.example.vn'],
      language: 'vi',
      timezone: 'Asia/Ho_Chi_Minh',
    });
    const parsed = parseApiKey(printed.apiKey);
    const stored = await registry().getKey('bao-moi', printed.keyId);
    expect(parsed !== null && stored !== null && secretMatches(parsed.secret, stored)).toBe(true);
  });

  it('refuses an id that is taken (exit 1) and a bad domain (exit 2), saying what to do', async () => {
    const taken = await publishers(...ADD);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already exists: change it with `syndicate publishers update');
    const bad = await publishers(
      'add',
      'other',
      '--name',
      'Other',
      '--home-page',
      'https://other.example.com/',
      '--domain',
      'not a host',
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('domain "not a host" is not a host name');
  });

  it('lists and shows publishers, in text and JSON', async () => {
    const list = await publishers('list');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^bao-moi +active +Báo Mới/m);
    expect(list.stdout).toMatch(/^demo +active/m);
    const shown = await publishers('show', 'bao-moi', '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({
      id: 'bao-moi',
      homePage: 'https://baomoi.example.vn/',
    });
    const missing = await publishers('show', 'nobody');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No publisher "nobody" in the registry');
  });

  it('updates fields and domains, keeping the rest', async () => {
    const { code } = await publishers(
      'update',
      'bao-moi',
      '--name',
      'Báo Mới Online',
      '--remove-domain',
      '*.baomoi.example.vn',
      '--add-domain',
      'm.baomoi.example.vn',
      '--rate',
      '5',
      '--burst',
      '10',
    );
    expect(code).toBe(0);
    expect(await registry().get('bao-moi')).toMatchObject({
      name: 'Báo Mới Online',
      domains: ['baomoi.example.vn', 'm.baomoi.example.vn'],
      rateLimit: { perSecond: 5, burst: 10 },
      timezone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('suspends and resumes a publisher', async () => {
    const suspended = await publishers('suspend', 'bao-moi', '--withdraw');
    expect(suspended.stderr).toBe('');
    expect(suspended.code).toBe(0);
    expect(suspended.stdout).toContain('Withdrew 0 live article(s)');
    expect((await registry().get('bao-moi'))?.status).toBe('suspended');
    expect((await publishers('resume', 'bao-moi')).code).toBe(0);
    expect((await registry().get('bao-moi'))?.status).toBe('active');
  });

  it('creates, lists and revokes keys, never printing a stored hash', async () => {
    const created = await publishers('keys', 'create', 'bao-moi', '--json');
    const key = JSON.parse(created.stdout) as { keyId: string; apiKey: string };
    const listed = await publishers('keys', 'list', 'bao-moi', '--json');
    const keys = JSON.parse(listed.stdout) as { keyId: string; revokedAt: string | null }[];
    expect(keys.map((k) => k.keyId)).toContain(key.keyId);
    expect(listed.stdout).not.toContain('secretHash');
    const revoked = await publishers('keys', 'revoke', 'bao-moi', key.keyId);
    expect(revoked.code).toBe(0);
    expect((await registry().getKey('bao-moi', key.keyId))?.revokedAt).not.toBeNull();
    const text = await publishers('keys', 'list', 'bao-moi');
    expect(text.stdout).toMatch(new RegExp(`^${key.keyId} .* revoked `, 'm'));
  });

  it('rejects bad usage with exit 2', async () => {
    expect((await runCli(['publishers'])).code).toBe(2);
    expect((await publishers('frobnicate')).stderr).toContain('unknown action "frobnicate"');
    expect((await publishers('resume', 'bao-moi', '--withdraw')).stderr).toContain(
      '--withdraw does not apply to resume',
    );
    expect((await publishers('keys', 'revoke', 'bao-moi')).code).toBe(2);
    expect((await runCli(['publishers', 'list', '--endpoint', 'aws'])).stderr).toContain(
      '--endpoint aws needs --table (the stack output TableName)',
    );
  });

  it('says to start the pipeline when no DynamoDB Local answers', async () => {
    const port = await freePort();
    const { code, stderr } = await runCli([
      'publishers',
      'list',
      '--endpoint',
      `http://127.0.0.1:${port}`,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain(`no DynamoDB Local at http://127.0.0.1:${port}: start the local`);
  });
});

describe('syndicate extract --publisher', () => {
  const page = 'test/fixtures/vi-dnn-district-portal-table-layout.html';
  const url = 'https://yenbinh.example.gov.vn/tin-tuc-su-kien/tabid/115/ItemID/2871/Default.aspx';
  const extract = (...args: string[]) =>
    runCli([
      'extract',
      page,
      '--url',
      url,
      ...args,
      '--endpoint',
      aws().dynamo.endpoint,
      '--table',
      aws().tableName,
    ]);

  it('applies the time zone of a publisher read from the registry', async () => {
    const added = await publishers(
      'add',
      'tokyo-times',
      '--name',
      'Tokyo Times',
      '--home-page',
      'https://tokyo.example.jp/',
      '--domain',
      'tokyo.example.jp',
      '--timezone',
      'Asia/Tokyo',
    );
    expect(added.code).toBe(0);
    const { code, stdout, stderr } = await extract('--publisher', 'tokyo-times');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ url, publishedAt: '2024-09-02T08:15:00+09:00' });
  });

  it('refuses a publisher the registry does not have (exit 2), or cannot reach (exit 1)', async () => {
    const unknown = await extract('--publisher', 'nobody');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown publisher "nobody": the registry (table');
    const port = await freePort();
    const unreachable = await runCli(['extract', page, '--publisher', 'nobody'], {
      ...process.env,
      SYNDICATE_DYNAMODB_PORT: String(port),
    });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toBe(
      `syndicate extract: cannot read publisher "nobody": no DynamoDB Local at http://127.0.0.1:${port}: start the local pipeline with \`npm start\`\n`,
    );
  });
});
