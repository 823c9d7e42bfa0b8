import type { Reply } from './model.js';

/** Longest query whose answer is kept: codes, names and log lines, not whole pasted traces. */
const MAX_KEY_LENGTH = 256;

/**
 * Answers to recent look-ups, by locale, form and query. An answer depends on nothing else (the
 * catalog and the translations do not change while sockerr runs), and on call the same few
 * codes are asked again and again. Kept answers are frozen: whoever holds one cannot change it
 * for the next asker, and renderers may keep their rendering of it (a frozen reply never changes).
 */
export function createAnswerCache(limit: number): (key: string, build: () => Reply) => Reply {
  const kept = new Map<string, Reply>();
  return (key, build) => {
    if (key.length > MAX_KEY_LENGTH) return build();
    const found = kept.get(key);
    if (found) {
      // Most recently used last: the first key is the one to drop.
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const reply = deepFreeze(build());
    kept.set(key, reply);
    if (kept.size > limit) kept.delete(kept.keys().next().value as string);
    return reply;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
