/**
 * S3 event sequencers. S3 gives every event of a key a hexadecimal `sequencer`; for one key a
 * later event has a greater value once both are left-padded with zeros to the same length.
 * Stored sequencers are padded to a fixed width so DynamoDB can compare them as strings in a
 * condition expression.
 */

/** Width of a stored sequencer, far beyond the ~18 hex digits S3 sends. */
export const SEQUENCER_WIDTH = 40;

const HEX = /^[0-9A-Fa-f]+$/;

/**
 * Checks and normalizes a sequencer for storage and comparison.
 *
 * @param sequencer - the `s3.object.sequencer` of an event
 * @returns the sequencer in upper case, left-padded with zeros to {@link SEQUENCER_WIDTH}
 * @throws Error when it is not a hexadecimal string of at most {@link SEQUENCER_WIDTH} digits
 * @example
 * normalizeSequencer('0055AED6DCD90281E5'); // '0000000000000000000000055AED6DCD90281E5'
 */
export function normalizeSequencer(sequencer: string): string {
  if (!HEX.test(sequencer) || sequencer.length > SEQUENCER_WIDTH) {
    throw new Error(
      `S3 sequencer must be up to ${SEQUENCER_WIDTH} hex digits, got ${JSON.stringify(sequencer)}`,
    );
  }
  return sequencer.toUpperCase().padStart(SEQUENCER_WIDTH, '0');
}

/**
 * Orders two sequencers of the same key.
 *
 * @param a - a sequencer (padded or not)
 * @param b - another sequencer (padded or not)
 * @returns a negative number when `a` is older, 0 when equal, positive when `a` is newer
 */
export function compareSequencers(a: string, b: string): number {
  const left = normalizeSequencer(a);
  const right = normalizeSequencer(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
