/**
 * The seed of every property test in `npm test`: fixed, so a run checks the same inputs each
 * time and the suite stays deterministic. Set `PROPERTY_SEED` to another number to check other
 * inputs, or to `random` for a new seed each run (fast-check prints the seed and path of a
 * failure, to replay it); the extractor's long campaigns run with `npm run fuzz`.
 */
import fc from 'fast-check';

/** The suite's seed when `PROPERTY_SEED` is not set. */
export const DEFAULT_PROPERTY_SEED = 20261202;

/**
 * The seed a `PROPERTY_SEED` value asks for.
 *
 * @param value - the variable's value, if set
 * @returns the seed, or undefined for `random` (fast-check picks one per run)
 * @throws Error when the value is neither an integer nor `random`
 */
export function propertySeed(value: string | undefined): number | undefined {
  if (value === 'random') return undefined;
  if (value === undefined || value === '') return DEFAULT_PROPERTY_SEED;
  const seed = Number(value);
  if (!Number.isInteger(seed)) {
    throw new Error(`PROPERTY_SEED must be an integer or "random" (got ${JSON.stringify(value)})`);
  }
  return seed;
}

const seed = propertySeed(process.env.PROPERTY_SEED);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
