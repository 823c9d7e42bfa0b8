import { randomUUID } from 'node:crypto';
import { ErrorReply } from 'redis';
import type { SeenCount, Store } from '../../../core/index.js';
import { StoreUnavailableError } from '../../../core/index.js';
import { createHeldClaims } from '../held-claims.js';
import {
  DEFAULT_KEPT_HOURS,
  HOUR_MS,
  type HourRange,
  hourOf,
  hoursIn,
  tallyRanges,
  toCounts,
} from '../hours.js';
import { parentOf } from '../scopes.js';
import { connectRedis, type RedisConnectionOptions } from './connect-redis.js';
import { createLateReleases, RELEASE_OWN } from './late-releases.js';
import { redisKeys } from './redis-keys.js';
import { readFeedback, readSettings } from './redis-values.js';

export interface RedisStoreOptions extends RedisConnectionOptions {
  now?: () => number;
  /** Hourly buckets of counts kept (SOCKERR_RETENTION_DAYS × 24); each bucket expires after that. */
  keptHours?: number;
  /** A call with no answer in this time fails as "unavailable" (a hung server must not stall replies). */
  commandTimeoutMs?: number;
  /** Prepended to every key, so sockerr can share a Redis database with other programs. */
  prefix?: string;
}

/** Feedback past retention is deleted this often (and at start) by every process. */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * The shared store for several hosts, or a platform whose disk is wiped on restart: claims are
 * `SET NX PX` (exactly one process wins an event, whatever the number of instances), settings
 * are hashes (each field written on its own, so nobody's change is lost), counts are one hash
 * per scope and hour that expires at the end of the retention period.
 */
export async function createRedisStore(options: RedisStoreOptions): Promise<Store> {
  const now = options.now ?? Date.now;
  const keptHours = options.keptHours ?? DEFAULT_KEPT_HOURS;
  const timeoutMs = options.commandTimeoutMs ?? 1500;
  const prefix = options.prefix ?? 'sockerr:';
  const key = redisKeys(prefix);
  const { client, availability, stall } = await connectRedis({ ...options, probeKey: key.ping });
  const keptMs = keptHours * HOUR_MS;
  const held = createHeldClaims();
  const late = createLateReleases(client);
  // Feedback past retention goes though no one presses a button again, as SQLite prunes it. Not a
  // write for `availability`: a full (OOM) Redis still deletes, and must not be logged as "back".
  const trimFeedback = () => client.zRemRangeByScore(key.feedback, '-inf', `(${now() - keptMs}`);
  const prune = () => void run(trimFeedback, false).catch(() => undefined);
  const pruning = setInterval(prune, PRUNE_EVERY_MS).unref();

  /**
   * Runs one round trip with a deadline; any failure means Redis cannot be used right now. Only a
   * write proves it works again: a full (OOM) or read-only Redis still answers reads, and
   * counting them would log "back" and "down" at every message.
   */
  const run = async <T>(work: () => Promise<T>, writes = true, ms = timeoutMs): Promise<T> => {
    const sentAt = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const noAnswer = new Error(`no answer from Redis within ${ms} ms`);
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(noAnswer), ms);
    });
    try {
      const value = await Promise.race([work(), deadline]);
      stall.answered();
      if (writes) availability.up();
      return value;
    } catch (error) {
      if (error === noAnswer) stall.unanswered(sentAt);
      else if (error instanceof ErrorReply) stall.answered();
      availability.down(error);
      const said = error instanceof Error ? error.message : String(error);
      throw new StoreUnavailableError(`Redis cannot be used right now: ${said}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  };
  const sum = async (bucket: (h: number) => string, range: HourRange): Promise<SeenCount[]> => {
    const hours = hoursIn(range);
    if (hours.length === 0) return [];
    const multi = client.multi();
    for (const h of hours) multi.hGetAll(bucket(h));
    const buckets = (await multi.execAsPipeline()) as unknown as Record<string, string>[];
    const totals = new Map<string, number>();
    for (const bucket of buckets) {
      for (const [id, n] of Object.entries(bucket ?? {}))
        totals.set(id, (totals.get(id) ?? 0) + (Number(n) || 0));
    }
    return toCounts(totals);
  };
  const tally = async (bucket: (h: number) => string, hours: number) => {
    const ranges = tallyRanges(now(), hours, keptHours);
    const [current, previous] = await Promise.all([
      sum(bucket, ranges.current),
      sum(bucket, ranges.previous),
    ]);
    return { current, previous, keptHours };
  };
  prune();

  return {
    getSettings: (k) =>
      run(async () => {
        const fields = await client.hGetAll(key.settings(k));
        return Object.keys(fields).length === 0 ? undefined : readSettings(fields);
      }, false),
    updateSettings: (k, patch) =>
      run(async () => {
        const fields: Record<string, string> = {};
        if (patch.autoReply !== undefined) fields.autoReply = patch.autoReply ? '1' : '0';
        if (patch.mentionOnly !== undefined) fields.mentionOnly = patch.mentionOnly ? '1' : '0';
        if (patch.lang !== undefined) fields.lang = patch.lang;
        const multi = client.multi();
        if (Object.keys(fields).length > 0) multi.hSet(key.settings(k), fields);
        multi.hGetAll(key.settings(k));
        const replies = (await multi.exec()) as unknown[];
        return readSettings(replies.at(-1) as Record<string, string>);
      }),
    claimOnce: (k, ttlMs) => {
      const expiration = { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) } as const;
      const token = randomUUID();
      return run(async () => {
        const won = (await client.set(key.claim(k), token, { condition: 'NX', expiration })) === 'OK';
        if (won) held.hold(k, token);
        return won;
      }).catch((error: unknown) => {
        // A SET past its deadline may still be carried out (`late-releases.ts`).
        late.release(key.claim(k), token, error);
        throw error;
      });
    },
    release: (k) =>
      run(async () => {
        const token = held.take(k);
        if (token) await client.eval(RELEASE_OWN, { keys: [key.claim(k)], arguments: [token] });
        else await client.del(key.claim(k));
      }),
    countSeen: (scope, ids) =>
      run(async () => {
        if (ids.length === 0) return;
        const t = now();
        const hour = hourOf(t);
        const multi = client.multi();
        for (const bucket of [key.seen(scope, hour), key.under(parentOf(scope), hour)]) {
          for (const id of ids) multi.hIncrBy(bucket, id, 1);
          // Kept while the hour is among the newest `keptHours`, as the SQLite store prunes it.
          multi.pExpire(bucket, (hour + keptHours) * HOUR_MS - t);
        }
        await multi.exec();
      }),
    tallySeen: (scope, hours) => run(() => tally((h) => key.seen(scope, h), hours), false),
    tallySeenUnder: (parent, hours) => run(() => tally((h) => key.under(parent, h), hours), false),
    remember: (k, value, ttlMs) =>
      run(async () => {
        await client.set(key.note(k), value, {
          expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) },
        });
      }),
    recall: (k) => run(async () => (await client.get(key.note(k))) ?? undefined, false),
    addFeedback: (entry) =>
      run(async () => {
        // A nonce keeps two identical presses in the same millisecond two members.
        const member = JSON.stringify({ ...entry, nonce: randomUUID() });
        await client
          .multi()
          .zAdd(key.feedback, { score: entry.at, value: member })
          .zRemRangeByScore(key.feedback, '-inf', `(${now() - keptMs}`)
          .exec();
      }),
    listFeedback: (sinceMs, limit = 1000) =>
      run(async () => {
        const from = Math.max(sinceMs, now() - keptMs);
        const members = await client.zRangeByScore(key.feedback, from, '+inf', {
          LIMIT: { offset: 0, count: limit },
        });
        return members.flatMap((m) => readFeedback(String(m)));
      }, false),
    // After a failure, a write: an OOM or read-only Redis answers PING but keeps no claim.
    ping: () =>
      availability.isUp
        ? run(async () => void (await client.ping()), false, 1000)
        : run(
            async () => void (await client.set(key.ping, '1', { expiration: { type: 'PX', value: 60_000 } })),
            true,
            1000,
          ),
    async close() {
      clearInterval(pruning);
      if (!client.isOpen) return;
      // A graceful QUIT while Redis is down would wait for a connection that never comes.
      if (client.isReady) await Promise.race([client.close(), new Promise((r) => setTimeout(r, 1000))]);
      if (client.isOpen) client.destroy();
    },
  };
}
