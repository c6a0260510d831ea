/**
 * Loading the Lambda handlers into this process. They read their configuration (endpoints,
 * table, buckets, base URL) from the environment once, when first imported, and an ES module
 * cannot be loaded again: the environment is set first, then the handlers are imported, and a
 * later pipeline in the same process must run with the same settings.
 */
import type { Context, DynamoDBStreamEvent, SQSEvent } from 'aws-lambda';
import { LocalPipelineError } from './errors.ts';
import { localLambdaContext } from './lambda-context.ts';
import type { SqsHandler } from './local-queue.ts';
import type { StreamHandler } from './stream-poller.ts';

/**
 * The Lambda entry points. The specifiers are constants so that importing this module never
 * loads them (nor the AWS clients they build) early.
 */
const HANDLER_MODULES = {
  ingest: '../functions/ingest.ts',
  feeds: '../functions/feeds.ts',
} as const;

/** What the runtime needs of a handler module: `handler(event, context)`. */
interface HandlerModule<TEvent> {
  handler(event: TEvent, context: Context): Promise<unknown>;
}

/** The ports and environment the handlers of this process were loaded with. */
export interface HandlerBinding {
  readonly httpPort: number;
  readonly s3Port: number;
  readonly dynamoDbPort: number;
  readonly env: Readonly<Record<string, string>>;
}

let loaded: HandlerBinding | undefined;

/** @returns what the handlers of this process are bound to, once loaded */
export function handlerBinding(): HandlerBinding | undefined {
  return loaded;
}

/**
 * The port a pipeline may use given what the handlers are bound to.
 *
 * @param requested - the port asked for (0: any)
 * @param pinned - the port the handlers are bound to, if loaded
 * @param what - the server, for the message
 * @returns the port to use
 * @throws LocalPipelineError when another fixed port is asked for
 */
export function pinnedPort(requested: number, pinned: number | undefined, what: string): number {
  if (pinned === undefined || requested === 0 || requested === pinned) return pinned ?? requested;
  throw new LocalPipelineError(
    `This process already ran the pipeline with ${what} on port ${pinned}, and its handlers stay bound to it: start again on port ${pinned} (or 0), or in a new process`,
  );
}

/**
 * Serializes the invocations of a handler. A Lambda instance runs one invocation at a time, and
 * the handlers rely on it: module-level state such as Powertools' \`BatchProcessor\` holds the
 * records and failures of the invocation in progress, so two overlapping invocations in one
 * process would report each other's failures (and lose messages).
 *
 * @param handler - the handler
 * @returns the same handler, whose calls wait for the previous one to settle
 */
export function oneAtATime<TEvent>(
  handler: (event: TEvent) => Promise<unknown>,
): (event: TEvent) => Promise<unknown> {
  let previous: Promise<unknown> = Promise.resolve();
  return (event) => {
    const run = previous.then(() => handler(event));
    previous = run.catch(() => undefined);
    return run;
  };
}

/** The handlers, ready to be called with an event. */
export interface LoadedHandlers {
  readonly ingest: SqsHandler;
  readonly feeds: StreamHandler;
  /** Puts the process environment back as it was before {@link loadHandlers}. */
  restoreEnvironment(): void;
}

/**
 * Sets the handlers' environment and imports them (once per process).
 *
 * @param binding - the servers' ports and the environment to set
 * @param region - for the Lambda context
 * @returns the handlers
 * @throws LocalPipelineError when handlers were loaded before with a different environment
 */
export async function loadHandlers(
  binding: HandlerBinding,
  region: string,
): Promise<LoadedHandlers> {
  const { env } = binding;
  const differing = Object.keys(env).find(
    (name) => loaded !== undefined && loaded.env[name] !== env[name],
  );
  if (differing !== undefined) {
    throw new LocalPipelineError(
      `This process already loaded the handlers with ${differing}=${loaded?.env[differing]}; a pipeline with ${differing}=${env[differing]} needs a new process`,
    );
  }
  const saved = new Map<string, string | undefined>();
  // Static keys only: a session token or profile from the shell must not mix in.
  for (const name of [...Object.keys(env), 'AWS_SESSION_TOKEN', 'AWS_PROFILE']) {
    saved.set(name, process.env[name]);
    if (name in env) process.env[name] = env[name];
    else delete process.env[name];
  }
  const ingestModule = (await import(HANDLER_MODULES.ingest)) as HandlerModule<SQSEvent>;
  const feedsModule = (await import(HANDLER_MODULES.feeds)) as HandlerModule<DynamoDBStreamEvent>;
  loaded ??= binding;
  return {
    ingest: oneAtATime((event) =>
      ingestModule.handler(event, localLambdaContext('ingest', region)),
    ),
    feeds: oneAtATime((event) => feedsModule.handler(event, localLambdaContext('feeds', region))),
    restoreEnvironment() {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}
