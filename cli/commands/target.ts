/**
 * Where a command that talks to the pipeline's storage goes, by one rule for every such command
 * (`upload`, `publishers`): no `--endpoint` or a loopback URL is the local pipeline of
 * `npm start`; `aws` is the real service with the standard credential chain; any other URL is a
 * compatible service. Off the local pipeline, the resource (bucket, table) must be named.
 */
import { UsageError } from '../command.ts';

/** Where a command goes. */
export interface Target {
  readonly kind: 'local' | 'aws' | 'custom';
  /** The endpoint's origin, or undefined for the real AWS service. */
  readonly endpoint: string | undefined;
  /** The bucket or table. */
  readonly name: string;
}

/** How one command names its resource, and where the local one is. */
export interface TargetRule {
  /** The local pipeline's endpoint, e.g. `http://127.0.0.1:4569`. */
  readonly localEndpoint: string;
  /** The local pipeline's resource name, e.g. `inbox`. */
  readonly localName: string;
  /** The flag that names the resource, e.g. `--bucket`. */
  readonly flag: string;
  /** The stack output that holds the name, e.g. `InboxBucketName`. */
  readonly output: string;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Works out the target from `--endpoint` and the resource flag.
 *
 * @param endpoint - the `--endpoint` value, if any
 * @param name - the resource flag's value, if any
 * @param rule - the command's local defaults and flag
 * @returns the target
 * @throws UsageError when the endpoint is not a URL, or a name is needed and missing
 * @example
 * resolveTarget('aws', 'prod-table', { localEndpoint: 'http://127.0.0.1:8000', localName: 'syndication', flag: '--table', output: 'TableName' });
 */
export function resolveTarget(
  endpoint: string | undefined,
  name: string | undefined,
  rule: TargetRule,
): Target {
  if (endpoint === undefined) {
    return { kind: 'local', endpoint: rule.localEndpoint, name: name ?? rule.localName };
  }
  if (endpoint === 'aws') {
    if (name === undefined) {
      throw new UsageError(`--endpoint aws needs ${rule.flag} (the stack output ${rule.output})`);
    }
    return { kind: 'aws', endpoint: undefined, name };
  }
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new UsageError(`--endpoint must be a URL or "aws", got ${JSON.stringify(endpoint)}`);
  }
  if (LOCAL_HOSTS.has(url.hostname)) {
    return { kind: 'local', endpoint: url.origin, name: name ?? rule.localName };
  }
  if (name === undefined) throw new UsageError(`--endpoint ${endpoint} needs ${rule.flag}`);
  return { kind: 'custom', endpoint: url.origin, name };
}

/**
 * What is missing from the AWS configuration when the SDK could not even send a request, for
 * one line saying what to set instead of the SDK's error.
 *
 * @param error - what the SDK threw
 * @param target - where the command went
 * @returns the line, or null when the error is something else
 */
export function missingAwsSetting(error: unknown, target: Target): string | null {
  if (!(error instanceof Error) || target.kind === 'local') return null;
  const flag = target.kind === 'aws' ? '--endpoint aws' : `--endpoint ${target.endpoint}`;
  if (/^Region is missing/.test(error.message)) {
    return `no AWS region for ${flag}: set AWS_REGION or choose a profile with a region (AWS_PROFILE)`;
  }
  if (error.name === 'CredentialsProviderError') {
    return `no AWS credentials for ${flag}: set AWS_PROFILE (aws sso login / aws configure) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`;
  }
  return null;
}

/**
 * Whether the error says that nothing listens at the endpoint.
 *
 * @param error - what a client threw
 * @returns true for a refused connection
 */
export function isConnectionRefused(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  const causeCode = (error.cause as NodeJS.ErrnoException | undefined)?.code;
  return (
    code === 'ECONNREFUSED' || causeCode === 'ECONNREFUSED' || /ECONNREFUSED/.test(error.message)
  );
}
