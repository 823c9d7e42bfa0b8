/**
 * REDIS_URL as node-redis reads it, checked here so that a mistake is named at start-up (node-redis
 * would throw a bare "Invalid pathname" or "URI malformed", or retry a SELECT for ever). The URL
 * may hold a password: no message repeats any part of it.
 */
export function redisUrlProblem(url: string): string | undefined {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {}
  if (!parsed || !['redis:', 'rediss:'].includes(parsed.protocol) || !parsed.hostname) {
    const hint = url.includes('@')
      ? ' (a password with / ? # or % in it must be percent-encoded: / as %2F, ? as %3F, # as %23, % as %25)'
      : '';
    return `REDIS_URL must be a redis:// or rediss:// (TLS) URL with a host, such as redis://localhost:6379 or rediss://:password@host:6380${hint}`;
  }
  if (decoded(parsed.username) === undefined || decoded(parsed.password) === undefined) {
    return "REDIS_URL's user name or password has a % that does not start a percent-encoded character: write % as %25";
  }
  // node-redis SELECTs the number after the host: anything else fails at every connection.
  if (parsed.pathname !== '' && parsed.pathname !== '/' && !/^\/\d{1,5}$/.test(parsed.pathname)) {
    return "REDIS_URL's database, after the host, must be a whole number such as /0 (or nothing, for database 0)";
  }
  return undefined;
}

/**
 * The password in a valid REDIS_URL as written and as decoded, for log redaction: a library's
 * error or a log line may carry it alone, without the rest of the URL.
 */
export function redisPasswords(url: string): string[] {
  const { password } = new URL(url);
  if (!password) return [];
  return [...new Set([password, decoded(password) ?? password])];
}

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
