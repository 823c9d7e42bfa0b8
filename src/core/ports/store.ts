import type { Locale } from '../catalog/index.js';

/** Settings for a channel or a workspace; unset fields fall through to the next level. */
export interface Settings {
  autoReply?: boolean;
  lang?: Locale;
}

/** How often an error was seen, for `/sockerr top`. */
export interface SeenCount {
  id: string;
  count: number;
}

/** Sightings in a scope over a period that ends now, and over the period of the same length before it. */
export interface SeenTally {
  /** The last `hours` hourly buckets, the current hour included; in no particular order. */
  current: SeenCount[];
  /** The `hours` buckets before those; in no particular order. */
  previous: SeenCount[];
  /** How many hourly buckets the store keeps (SOCKERR_RETENTION_DAYS): older sightings are gone. */
  keptHours: number;
}

/**
 * Why a store call failed when the store cannot be used right now (Redis unreachable, the
 * SQLite file locked past its busy timeout). Core turns it into "pause auto-replies, answer
 * commands with defaults and say so"; the store logs the outage itself, once.
 */
const STORE_UNAVAILABLE = 'SOCKERR_STORE_UNAVAILABLE';

export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = STORE_UNAVAILABLE;
}

/** Whether `error` says the store cannot be used right now (by its code, so it survives wrapping). */
export function isStoreUnavailable(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === STORE_UNAVAILABLE
  );
}

/**
 * Where sockerr keeps state. Keys are opaque strings built by core (`slack:T1:C1`).
 * Implementations live outside core (`src/infra/store/`), must be safe to call concurrently, and
 * (SQLite, Redis) safe to share between processes: a write through one is seen by all at once.
 * Every method may reject with {@link StoreUnavailableError} while the store cannot be reached.
 */
export interface Store {
  getSettings(key: string): Promise<Settings | undefined>;
  /** Merges `patch` into the stored settings atomically (no other writer's field is lost). */
  updateSettings(key: string, patch: Settings): Promise<Settings>;
  /** Records `key` for `ttlMs`; true the first time, false while it is still remembered (by any process). */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Forgets a claim, so the next `claimOnce` of `key` succeeds. */
  release(key: string): Promise<void>;
  /** Adds one sighting of each id under `scope`, in the current hour's bucket. */
  countSeen(scope: string, ids: readonly string[]): Promise<void>;
  /** Sightings under `scope` in the last `hours` hours and in the `hours` before them, within retention. */
  tallySeen(scope: string, hours: number): Promise<SeenTally>;
  /** Resolves when the store can be used now (readiness checks); rejects, with the reason, when not. */
  ping(): Promise<void>;
  /** Flushes pending writes and releases resources. */
  close(): Promise<void>;
}
