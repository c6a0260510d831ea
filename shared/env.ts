/** Thrown when the process lacks configuration it cannot run without. */
export class MissingConfigurationError extends Error {
  constructor(name: string) {
    super(`Environment variable ${name} is not set`);
    this.name = 'MissingConfigurationError';
  }
}

/**
 * Reads a required environment variable.
 *
 * @param name - the variable's name
 * @returns its non-empty value
 * @throws MissingConfigurationError when it is unset or empty
 */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new MissingConfigurationError(name);
  return value;
}
