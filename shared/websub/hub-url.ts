/** The hub URL setting, read by the feeds (to advertise it) and by the hub (to name itself). */
import { InvalidConfigurationError } from '../env.ts';

/**
 * Checks a hub URL.
 *
 * @param value - e.g. `https://abc.execute-api.eu-west-1.amazonaws.com/hub`
 * @param name - the setting it came from, for the message
 * @returns the URL as given, trimmed
 * @throws InvalidConfigurationError when it is not an absolute http(s) URL
 */
export function hubUrlSetting(value: string, name = 'HUB_URL'): string {
  const trimmed = value.trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(trimmed);
  } catch {
    // reported below
  }
  if (parsed === null || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new InvalidConfigurationError(
      `${name} must be an absolute http(s) URL, got ${JSON.stringify(value)}`,
    );
  }
  return trimmed;
}
