/**
 * Freezes `value` and everything reachable from it, in place. Catalog entries and kept answers are
 * shared by every request: frozen, no holder can change one for the next, and a renderer may keep
 * its rendering of a frozen reply (it never changes).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
