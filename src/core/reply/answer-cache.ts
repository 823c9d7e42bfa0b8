import { deepFreeze } from '../deep-freeze.js';
import type { Reply } from './model.js';

/** Longest query whose answer is kept: codes, names and log lines, not whole pasted traces. */
const MAX_KEY_LENGTH = 256;

/** The answer kept under `key`, or `build()`'s, kept from now on. */
export type AnswerCache = (key: string, build: () => Reply) => Reply;

/**
 * Answers to recent look-ups and explanations, by a key that names everything they depend on
 * (the catalog and the translations do not change while sockerr runs); on call the same few
 * errors are asked about and pasted again and again. Kept answers are frozen: whoever holds one
 * cannot change it for the next asker, and renderers may keep their rendering of it.
 */
export function createAnswerCache(limit: number): AnswerCache {
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
