import { redisUrlProblem } from './read-redis-url.js';
import type { ConfigKey } from './vars.js';

/** Where state is kept: the SQLite file, or Redis when `redisUrl` is set; and for how long counts are. */
export interface StoreConfig {
  /** SQLite file (SOCKERR_STORE_PATH), used when `redisUrl` is not set. */
  storePath: string;
  /** REDIS_URL: shared state in Redis instead of SQLite. */
  redisUrl?: string;
  /** With `rediss://`: verify the server certificate. */
  redisTlsVerify: boolean;
  /** Hourly error counts are kept this many days (SOCKERR_RETENTION_DAYS). */
  retentionDays: number;
}

interface Readers {
  get(key: ConfigKey): string | undefined;
  withDefault(key: ConfigKey): string;
  integer(key: ConfigKey, min: number, max: number): number;
  /** A value as a message repeats it (see `createShown`). */
  shown(value: string): string;
}

const TRUE = /^(true|yes|on|1)$/i;
const FALSE = /^(false|no|off|0)$/i;

/** Reads the store's variables; each problem found is added to `problems`. */
export function readStoreConfig(read: Readers, problems: string[]): StoreConfig {
  const retentionDays = read.integer('SOCKERR_RETENTION_DAYS', 1, 3650);
  const verify = read.withDefault('REDIS_TLS_VERIFY');
  if (!TRUE.test(verify) && !FALSE.test(verify)) {
    problems.push(`REDIS_TLS_VERIFY must be true or false (got ${read.shown(verify)})`);
  }
  const url = read.get('REDIS_URL');
  const redisProblem = url === undefined ? undefined : redisUrlProblem(url);
  if (redisProblem) problems.push(redisProblem);
  const storePath = read.withDefault('SOCKERR_STORE_PATH');
  // Only a shell expands ~: from a .env file or a platform's settings it would make a folder named
  // "~" in the working directory, and the state would not be where the operator looks for it.
  if (/^~([/\\]|$)/.test(storePath)) {
    problems.push(
      'SOCKERR_STORE_PATH starts with ~, which only a shell expands: write the full path, such as /home/sockerr/.sockerr/sockerr.db',
    );
  }
  return {
    storePath,
    ...(url ? { redisUrl: url } : {}),
    redisTlsVerify: !FALSE.test(verify),
    retentionDays,
  };
}
