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
  // A Map keeps insertion order: its first entries are the oldest claims.
  const held = new Map<string, Token>();
  return {
    hold(key, token) {
      held.delete(key);
      held.set(key, token);
      for (const oldest of held.keys()) {
        if (held.size <= limit) break;
        held.delete(oldest);
      }
    },
    take(key) {
      const token = held.get(key);
      held.delete(key);
      return token;
    },
  };
}
