/**
 * Reading a process's settings from its environment, with errors that name the variable. The
 * Lambdas read theirs once, when they load; everything else passes settings explicitly.
 */

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Base class: a setting the process cannot run with. */
export class ConfigurationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/** A required variable is unset or empty. */
export class MissingConfigurationError extends ConfigurationError {
  constructor(name: string) {
    super(`Environment variable ${name} is not set`);
    this.name = 'MissingConfigurationError';
  }
}

/** A variable is set to a value the process cannot use; the message names both. */
export class InvalidConfigurationError extends ConfigurationError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidConfigurationError';
  }
}

/**
 * Reads a required environment variable.
 *
 * @param name - the variable's name
 * @param env - the environment, `process.env` by default
 * @returns its non-empty value
 * @throws MissingConfigurationError when it is unset or empty
 */
export function requireEnv(name: string, env: Env = process.env): string {
  const value = env[name];
  if (value === undefined || value === '') throw new MissingConfigurationError(name);
  return value;
}

/**
 * Reads an optional whole-number variable.
 *
 * @param name - the variable's name
 * @param fallback - the value when it is unset or blank
 * @param env - the environment, `process.env` by default
 * @param max - the largest value allowed
 * @returns the number, from 1 to `max`
 * @throws InvalidConfigurationError naming the variable and its value when it is anything else
 * @example
 * positiveIntegerEnv('FEED_ITEM_LIMIT', 50, { FEED_ITEM_LIMIT: '20' }, 1000); // 20
 */
export function positiveIntegerEnv(
  name: string,
  fallback: number,
  env: Env = process.env,
  max: number = Number.MAX_SAFE_INTEGER,
): number {
  const raw = env[name]?.trim() ?? '';
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1 || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from 1 to ${max}`;
    throw new InvalidConfigurationError(`${name} must be ${range}, got ${JSON.stringify(raw)}`);
  }
  return value;
}
