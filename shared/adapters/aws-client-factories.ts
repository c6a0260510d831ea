/**
 * Factories of the AWS SDK clients, from explicit settings or from the environment. The Lambdas
 * build theirs here when they load, the local runtime and the tests with explicit settings; the
 * process's lazily built defaults are in `aws-clients.ts`.
 *
 * Environment: `AWS_REGION`, the credentials' usual variables, and for local servers
 * `AWS_ENDPOINT_URL_S3`, `AWS_ENDPOINT_URL_DYNAMODB`, `AWS_ENDPOINT_URL_SQS` and
 * `S3_FORCE_PATH_STYLE=true`.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Settings shared by every client. Omitted fields fall back to the SDK's own defaults. */
export interface AwsClientSettings {
  /** AWS region, e.g. `eu-west-1`. */
  readonly region?: string;
  /** Endpoint override (a local server); the AWS endpoint when omitted. */
  readonly endpoint?: string;
  /** Static credentials; the SDK's default provider chain when omitted. */
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** Attempts per call, retries included. @default 3 (the SDK's) */
  readonly maxAttempts?: number;
}

/** Settings of an S3 client. */
export interface S3ClientSettings extends AwsClientSettings {
  /** Path-style URLs (`http://host/bucket/key`), which s3rver needs. @default false */
  readonly forcePathStyle?: boolean;
}

function common(settings: AwsClientSettings) {
  return {
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    ...(settings.maxAttempts === undefined ? {} : { maxAttempts: settings.maxAttempts }),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Reads the S3 client settings from environment variables.
 *
 * @param env - the environment, `process.env` by default
 * @returns region, endpoint override and path style
 */
export function s3SettingsFromEnv(env: NodeJS.ProcessEnv = process.env): S3ClientSettings {
  return {
    region: nonEmpty(env.AWS_REGION),
    endpoint: nonEmpty(env.AWS_ENDPOINT_URL_S3),
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  };
}

/**
 * Reads the DynamoDB client settings from environment variables.
 *
 * @param env - the environment, `process.env` by default
 * @returns region and endpoint override
 */
export function dynamoDbSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AwsClientSettings {
  return { region: nonEmpty(env.AWS_REGION), endpoint: nonEmpty(env.AWS_ENDPOINT_URL_DYNAMODB) };
}

/**
 * Builds an S3 client. With an endpoint override (a local S3-compatible server) checksums are
 * only computed and validated where S3 requires them, since s3rver does not support the newer
 * default checksums.
 *
 * @param settings - region, endpoint, credentials, path style
 * @returns a new client
 * @example
 * const s3 = createS3Client({ endpoint: 'http://127.0.0.1:4568', forcePathStyle: true, region: 'us-east-1' });
 */
export function createS3Client(settings: S3ClientSettings = s3SettingsFromEnv()): S3Client {
  const local = settings.endpoint !== undefined;
  return new S3Client({
    ...common(settings),
    forcePathStyle: settings.forcePathStyle ?? false,
    ...(local
      ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  });
}

/**
 * Builds a low-level DynamoDB client.
 *
 * @param settings - region, endpoint, credentials
 * @returns a new client
 */
export function createDynamoDbClient(
  settings: AwsClientSettings = dynamoDbSettingsFromEnv(),
): DynamoDBClient {
  return new DynamoDBClient(common(settings));
}

/**
 * Wraps a DynamoDB client in a document client (plain JavaScript values in and out; `undefined`
 * attributes are left out rather than rejected).
 *
 * @param client - the low-level client
 * @returns a document client sharing the low-level client's connection and middleware
 */
export function createDocumentClient(
  client: DynamoDBClient = createDynamoDbClient(),
): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

/**
 * Builds an SQS client.
 *
 * @param settings - region, endpoint, credentials
 * @returns a new client
 */
export function createSqsClient(
  settings: AwsClientSettings = {
    region: nonEmpty(process.env.AWS_REGION),
    endpoint: nonEmpty(process.env.AWS_ENDPOINT_URL_SQS),
  },
): SQSClient {
  return new SQSClient(common(settings));
}
