/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (the `alias` of
 * `lambdaBuildOptions`): the SDK clients' default credentials come from the environment only.
 *
 * Lambda gives a function its execution role's credentials in `AWS_ACCESS_KEY_ID`,
 * `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`, for the life of its execution environment;
 * the default provider chain tries that source first and, there, never goes further. The rest of
 * the chain — shared config files, SSO, web identity, container and instance metadata, with the
 * SSO, STS and sign-in clients they build — was 95 KiB of each bundle that V8 parsed at every cold
 * start and no invocation ran.
 *
 * Only esbuild runs this file. Outside the bundles (tests, the CLI, `npm start`) the clients
 * use the full chain.
 */
import { type FromEnvInit, fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * The clients' default credential provider in the Lambda bundles.
 *
 * @param init - the client's configuration (its logger is used)
 * @returns a provider reading the credentials from the environment; it rejects, naming the
 *   variables, when they are not set
 */
export function defaultProvider(init: FromEnvInit = {}): ReturnType<typeof fromEnv> {
  return fromEnv(init);
}
