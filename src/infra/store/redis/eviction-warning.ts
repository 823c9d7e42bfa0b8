/**
 * What to tell the operator about the Redis behind REDIS_URL, from its `INFO memory`: a Redis that
 * evicts keys when full (a cache's policy, the default of several managed services) drops sockerr's
 * state without a word. Nothing when it never evicts (`noeviction`, or no memory limit): full, it
 * refuses writes, and sockerr pauses auto-replies and says so.
 */
export function evictionWarning(info: string): string | undefined {
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  const limit = Number(/^maxmemory:(\d+)/m.exec(info)?.[1] ?? 0);
  if (!policy || policy === 'noeviction' || limit === 0) return undefined;
  const fix =
    'set maxmemory-policy to noeviction (full, Redis then refuses writes and sockerr pauses auto-replies, saying so), or give sockerr a Redis of its own';
  return policy.startsWith('allkeys-')
    ? `Redis evicts keys when it is full (maxmemory-policy ${policy}): sockerr's channel settings can be dropped (a channel that turned auto-replies off gets them again) and its claims too (an event answered twice): ${fix}`
    : `Redis evicts keys that expire when it is full (maxmemory-policy ${policy}): sockerr's claims and cooldowns can be dropped early (an event answered twice, an error explained again within its cooldown): ${fix}`;
}
