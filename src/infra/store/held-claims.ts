/**
 * The claims this process made and may still release, each with the token that proves it made
 * it: a release that comes after its claim expired (a reply that kept failing past a short
 * cooldown) must not free the claim another process has taken since, or a third process would
 * answer the same paste again. The store deletes a claim only where it still holds the token.
 * Bounded: claims are many (every answered message makes several) and releases rare (a reply that
 * could not be posted, within moments), so the oldest are let go first; a release whose claim was
 * let go deletes the claim as it is, as every release did before (the redelivery of an unposted
 * reply is answered, which matters more than the rare race above).
 */
export interface HeldClaims<Token = string> {
  /** Remembers the token of this process's latest claim of `key`. */
  hold(key: string, token: Token): void;
  /** The token of this process's claim of `key`, if it is remembered; forgotten either way. */
  take(key: string): Token | undefined;
}

/** The most claims remembered: the last seconds of the busiest load (a few hundred KB). */
const MAX_HELD = 2_000;

export function createHeldClaims<Token = string>(limit = MAX_HELD): HeldClaims<Token> {
  // Two generations, each of half the limit: when the newer fills it becomes the older, and the
  // older is let go whole. Constant work a claim, where evicting from one Map's front walked over
  // the holes its deletions left.
  let newer = new Map<string, Token>();
  let older = new Map<string, Token>();
  const half = Math.max(1, Math.floor(limit / 2));
  return {
    hold(key, token) {
      older.delete(key);
      newer.set(key, token);
      if (newer.size >= half) {
        older = newer;
        newer = new Map();
      }
    },
    take(key) {
      const token = newer.get(key) ?? older.get(key);
      newer.delete(key);
      older.delete(key);
      return token;
    },
  };
}
