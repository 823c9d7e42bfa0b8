import type { Locale } from '../catalog/index.js';

/** Settings for a channel or a workspace; unset fields fall through to the next level. */
export interface Settings {
  autoReply?: boolean;
  /** With `autoReply` on: answer only when mentioned, or in a thread sockerr already answered in. */
  mentionOnly?: boolean;
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

/** What someone said about an auto-reply with its buttons. */
export type FeedbackVerdict = 'helpful' | 'wrong';

/**
 * One press of a feedback button. Never the message itself: a hash of its text, and an excerpt
 * of at most a few hundred characters around what was found, so a wrong finding can become a
 * corpus case.
 */
export interface FeedbackEntry {
  /** When it was pressed (ms since the epoch). */
  at: number;
  verdict: FeedbackVerdict;
  /** The channel of the reply, as core keys it (`slack:T1:C1`). */
  channel: string;
  /** The reply it is about (core's id for it). */
  replyId: string;
  /** Who pressed the button. */
  userId: string;
  /** SHA-256 (hex) of the message's text, or '' when it is no longer known. */
  textHash: string;
  excerpt: string;
  /** Catalog ids of the errors the reply explained. */
  findings: string[];
  /** "Not this error": whether the reply was removed. */
  removed: boolean;
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
  /**
   * Sightings in every scope whose parent (the scope up to its last `:`) is `parent`, like
   * {@link tallySeen}: `slack:T1` adds up `slack:T1:C1`, `slack:T1:C2`… (the workspace's week).
   */
  tallySeenUnder(parent: string, hours: number): Promise<SeenTally>;
  /** Keeps `value` under `key` for `ttlMs`, replacing what was there (shared by every process). */
  remember(key: string, value: string, ttlMs: number): Promise<void>;
  /** What {@link remember} kept under `key`, while it lasts. */
  recall(key: string): Promise<string | undefined>;
  /** Appends one feedback record; records past the retention period are deleted. */
  addFeedback(entry: FeedbackEntry): Promise<void>;
  /** Feedback recorded at or after `sinceMs`, oldest first, at most `limit` (default 1000). */
  listFeedback(sinceMs: number, limit?: number): Promise<FeedbackEntry[]>;
  /**
   * Resolves once the writes made so far are kept; rejects with {@link StoreUnavailableError} when
   * some may have been lost (SQLite commits a turn's writes together, and a full disk fails that
   * commit after the writes were answered). Absent where a write is kept when it resolves (Redis).
   */
  committed?(): Promise<void>;
  /** Resolves when the store can be used now (readiness checks); rejects, with the reason, when not. */
  ping(): Promise<void>;
  /** Flushes pending writes and releases resources. */
  close(): Promise<void>;
}
