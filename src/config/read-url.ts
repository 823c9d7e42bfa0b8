import type { ConfigKey } from './vars.js';

/** Reads an http(s) base URL variable (SLACK_API_URL, DISCORD_API_URL); each problem is added to `problems`. */
export function createUrlReader(
  get: (key: ConfigKey) => string | undefined,
  problems: string[],
  example: (key: ConfigKey) => string,
): (key: ConfigKey) => string | undefined {
  return (key) => {
    const value = get(key);
    if (value === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(value);
    } catch {}
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      problems.push(`${key} must be an http(s) URL, such as ${example(key)}`);
      return undefined;
    }
    // A user name or password in the URL cannot work (Node's fetch refuses such a URL, and the
    // platform's token already takes the Authorization header), and every request log line and
    // start-up message that names the URL would carry the password: refused, never repeated.
    if (parsed.username || parsed.password) {
      problems.push(
        `${key} must not contain a user name or password (user:password@): give the address only, such as ${example(key)}`,
      );
      return undefined;
    }
    return value;
  };
}
