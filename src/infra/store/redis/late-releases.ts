import { ClientClosedError, ClientOfflineError } from 'redis';

/** Deletes a claim only if it still holds this caller's token. */
export const RELEASE_OWN =
  "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";

/** The part of a node-redis client the releases use. */
interface EvalClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  on(event: 'ready', listener: () => void): unknown;
}

/** Claims waiting for a connection to be taken back on, at most: past it the oldest expire as they are. */
const MAX_WAITING = 1000;

/**
 * Takes back claims whose SET had no answer in time: the caller was told "unavailable", so the
 * claim must not outlive it, or the event's redelivery would be dropped as a duplicate. Sent on
 * the same connection, the release runs after the SET. When that connection is gone first (lost,
 * or given up as silent, `stall-watch.ts`), a SET that reached a slow Redis still runs there: the
 * release is sent again once a new connection is ready. The token spares another process's claim.
 */
export function createLateReleases(client: EvalClient): {
  /** `failure`: what the claim failed with; one refused before it was sent needs no release. */
  release(key: string, token: string, failure?: unknown): void;
} {
  const waiting = new Map<string, string>(); // key -> token, oldest first
  const release = (key: string, token: string, failure?: unknown) => {
    const cause = failure instanceof Error ? failure.cause : undefined;
    if (cause instanceof ClientOfflineError || cause instanceof ClientClosedError) return;
    client.eval(RELEASE_OWN, { keys: [key], arguments: [token] }).catch(() => {
      waiting.delete(key);
      waiting.set(key, token);
      for (const oldest of waiting.keys()) {
        if (waiting.size <= MAX_WAITING) break;
        waiting.delete(oldest);
      }
    });
  };
  client.on('ready', () => {
    const due = [...waiting];
    waiting.clear();
    for (const [key, token] of due) release(key, token);
  });
  return { release };
}
