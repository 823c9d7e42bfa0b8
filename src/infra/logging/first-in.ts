/**
 * Whether a log line is the first of its kind (`key`) within `everyMs`: a failure that repeats (a
 * platform outage, a flood of forged requests) is a warning once, and its repeats go to debug. The
 * keys remembered are bounded (`maxKeys`; the least recently seen are forgotten first), so keys built
 * from outside (a channel id) cannot grow the map without end.
 */
export function createFirstIn(options: { now?: () => number; maxKeys?: number } = {}) {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 5000;
  const seen = new Map<string, number>();
  return (key: string, everyMs: number): boolean => {
    const at = now();
    const last = seen.get(key);
    if (last !== undefined && at - last < everyMs) return false;
    seen.delete(key);
    seen.set(key, at);
    if (seen.size > maxKeys) seen.delete(seen.keys().next().value as string);
    return true;
  };
}
