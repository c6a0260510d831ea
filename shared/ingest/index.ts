/**
 * The ingest: S3 event notifications in, articles and rejections in the table out.
 *
 * @packageDocumentation
 */
export { DEFAULT_MAX_PAGE_BYTES, type IngestConfig, ingestConfigFromEnv } from './config.ts';
export {
  ConcurrentUpdateError,
  IngestError,
  MalformedEventError,
  OutOfTimeError,
  PageRejectedError,
  type RejectionReason,
} from './errors.ts';
export {
  type IngestDependencies,
  type IngestOutcome,
  ingestEvent,
  type SkipReason,
} from './ingest-event.ts';
export type * from './ports.ts';
export {
  decodeS3Key,
  type InboxEvent,
  parseS3Notification,
  type S3Notification,
} from './s3-event.ts';
export { compareSequencers, normalizeSequencer } from './sequencer.ts';
