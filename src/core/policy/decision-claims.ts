import type { Store } from '../ports/index.js';

/** The claims one auto-reply decision has won so far, so that a decision cut short can give them back. */
export interface DecisionClaims {
  /** `store.claimOnce`, remembering the key when it is won. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /** Releases every claim won so far, best effort: the store may be the reason the decision failed. */
  giveBack(): Promise<void>;
}

/**
 * Claims that can be given back. A decision claims the delivery, then each error's cooldown; if
 * the store fails between two of those claims, the ones already won would otherwise stay behind:
 * the event's redelivery would be dropped as a duplicate, and the error would get only a "seen"
 * reaction for the whole cooldown although it was never explained.
 */
export function createDecisionClaims(store: Store): DecisionClaims {
  const won: string[] = [];
  return {
    async claim(key, ttlMs) {
      const first = await store.claimOnce(key, ttlMs);
      if (first) won.push(key);
      return first;
    },
    async giveBack() {
      const keys = won.splice(0);
      await Promise.all(keys.map((key) => store.release(key).catch(() => undefined)));
    },
  };
}
