import { RELEASE_OWN } from './late-releases.js';

/** What Redis answers a user its ACL does not allow a key or a command (Redis 6 and newer). */
const NOT_PERMITTED = /^NOPERM\b/;

/**
 * What start-up says when the user in REDIS_URL may not do what sockerr needs, else `undefined`:
 * an ACL that allows other programs' keys only (`~app:*`), or no scripts, turns every claim or
 * release away with NOPERM, and auto-replies would pause for ever behind a log line that reads
 * like an outage. The check writes `key` (sockerr's own ping key, expiring in a minute) and runs
 * the release script on it; any other failure (a full or read-only Redis) is a state that passes,
 * left to the store to report.
 */
export async function permissionRefusal(
  client: {
    set(key: string, value: string, options: { expiration: { type: 'PX'; value: number } }): Promise<unknown>;
    eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  },
  where: string,
  key: string,
): Promise<string | undefined> {
  try {
    await client.set(key, '1', { expiration: { type: 'PX', value: 60_000 } });
    // A token no one holds: the script reads the key and deletes nothing.
    await client.eval(RELEASE_OWN, { keys: [key], arguments: ['permission-check'] });
    return undefined;
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    if (!NOT_PERMITTED.test(said)) return undefined;
    const prefix = key.slice(0, key.lastIndexOf(':') + 1);
    return `Redis at ${where} does not let the user in REDIS_URL do what sockerr needs (${said.trim()}): allow it sockerr's keys (~${prefix}*) and the commands it uses (+@read +@write +@transaction +@scripting +ping +info, or +@all), or give sockerr a user of its own.`;
  }
}
