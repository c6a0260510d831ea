/**
 * Stands in for `@smithy/core/event-streams` in the Lambda bundles (the `alias` of
 * `lambdaBuildOptions`): the functions send no operation with an event stream.
 *
 * An event stream is the body of a few operations only (S3's `SelectObjectContent`, Lambda's
 * `InvokeWithResponseStream`, …); the functions send S3's `GetObject`, `PutObject`,
 * `HeadObject` and `DeleteObject` and DynamoDB's item and query operations. The S3 client still
 * builds an event-stream marshaller when it is constructed, and the SDK's protocols import the
 * codec on the first event stream they meet, through a dynamic `import()` that esbuild resolves
 * into the single-file bundle whole: the message codec, its header marshaller, the marshallers
 * and the serde were 15 KB of every bundle with an S3 client, and V8 compiled them at every cold
 * start. Here the client gets a marshaller that throws, naming this file, if it is ever asked to
 * read or write an event stream.
 *
 * Only esbuild runs this file. Outside the bundles (tests, the CLI, `npm start`) the clients use
 * the SDK's own module.
 */

/** Why an event stream failed in a Lambda bundle. */
const LEFT_OUT =
  'Event streams are left out of the Lambda bundles (infra/bundling/no-event-streams.ts): ' +
  'no operation the functions send has one';

/** What the SDK asks of an event-stream marshaller (`EventStreamMarshaller` of `@smithy/types`). */
interface EventStreamMarshaller {
  deserialize(body: unknown, deserializer: unknown): never;
  serialize(input: unknown, serializer: unknown): never;
}

/** The marshaller every client of a Lambda bundle holds: it throws on use. */
const leftOut: EventStreamMarshaller = {
  deserialize: () => {
    throw new Error(LEFT_OUT);
  },
  serialize: () => {
    throw new Error(LEFT_OUT);
  },
};

/**
 * The S3 client's default `eventStreamSerdeProvider` in the Lambda bundles.
 *
 * @returns a marshaller that throws on use
 */
export function eventStreamSerdeProvider(): EventStreamMarshaller {
  return leftOut;
}

/**
 * Resolves a client's `eventStreamMarshaller` from its `eventStreamSerdeProvider`, as the SDK's
 * own resolver does (a client given a provider of its own keeps it).
 *
 * @param input - the client's configuration
 * @returns the same object, with its marshaller
 */
export function resolveEventStreamSerdeConfig<
  T extends { eventStreamSerdeProvider: (input: T) => unknown },
>(input: T): T & { eventStreamMarshaller: unknown } {
  return Object.assign(input, { eventStreamMarshaller: input.eventStreamSerdeProvider(input) });
}

/** The SDK protocols' event-stream reader and writer: never built in a Lambda bundle. */
export class EventStreamSerde {
  constructor() {
    throw new Error(LEFT_OUT);
  }
}
