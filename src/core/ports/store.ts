import type { Locale } from '../catalog/index.js';

/** Settings for a channel or a workspace; unset fields fall through to the next level. */
export interface Settings {
  autoReply?: boolean;
  lang?: Locale;
}

/** How often an error was seen, for `/sockerr top`. */
interface SeenCount {
  id: string;
  count: number;
}

/**
 * Where sockerr keeps state. Keys are opaque strings built by core (`slack:T1:C1`).
 * Implementations live outside core (`src/infra/store/`) and must be safe to call concurrently.
 */
export interface Store {
  getSettings(key: string): Promise<Settings | undefined>;
  updateSettings(key: string, patch: Settings): Promise<Settings>;
  /** Records `key` for `ttlMs`; true the first time, false while it is still remembered. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** Forgets a claim, so the next `claimOnce` of `key` succeeds. */
  release(key: string): Promise<void>;
  /** Adds one sighting of each id under `scope`. */
  countSeen(scope: string, ids: readonly string[]): Promise<void>;
  topSeen(scope: string, limit: number): Promise<SeenCount[]>;
  /** Resolves when the store can be used now (readiness checks); rejects, with the reason, when not. */
  ping(): Promise<void>;
  /** Flushes pending writes and releases resources. */
  close(): Promise<void>;
}
