import type { Settings, Store } from '../../core/index.js';

/** State that a store holds; the file store persists `settings` and `seen`. */
export interface StoreState {
  settings: Record<string, Settings>;
  seen: Record<string, Record<string, number>>;
}

export interface MemoryStoreOptions {
  now?: () => number;
  /** Upper bound on remembered keys, so a flood of events cannot exhaust memory. */
  maxClaims?: number;
  initial?: StoreState;
  /** Called after every change of persistent state. */
  onChange?: (state: StoreState) => void;
}

/** An in-process store. Claims (dedupe, cooldowns) expire; settings and counts last for the process. */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store & { snapshot(): StoreState } {
  const now = options.now ?? Date.now;
  const maxClaims = options.maxClaims ?? 100_000;
  const state: StoreState = structuredClone(options.initial ?? { settings: {}, seen: {} });
  const claims = new Map<string, number>(); // key -> expiry, in insertion order
  const changed = () => options.onChange?.(state);

  const sweep = (t: number) => {
    for (const [key, expiry] of claims) {
      if (expiry > t && claims.size <= maxClaims) break;
      claims.delete(key);
    }
  };

  return {
    async getSettings(key) {
      const found = state.settings[key];
      return found ? { ...found } : undefined;
    },
    async updateSettings(key, patch) {
      const next = { ...state.settings[key], ...patch };
      state.settings[key] = next;
      changed();
      return { ...next };
    },
    async claimOnce(key, ttlMs) {
      const t = now();
      const expiry = claims.get(key);
      if (expiry !== undefined && expiry > t) return false;
      claims.delete(key);
      claims.set(key, t + ttlMs);
      sweep(t);
      return true;
    },
    async release(key) {
      claims.delete(key);
    },
    async countSeen(scope, ids) {
      const counts = state.seen[scope] ?? {};
      for (const id of ids) counts[id] = (Number.isFinite(counts[id]) ? (counts[id] as number) : 0) + 1;
      state.seen[scope] = counts;
      changed();
    },
    async topSeen(scope, limit) {
      return Object.entries(state.seen[scope] ?? {})
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, limit);
    },
    async ping() {},
    async close() {},
    snapshot: () => structuredClone(state),
  };
}
