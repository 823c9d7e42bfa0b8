/** The names of sockerr's keys in Redis, each after `prefix` (so it can share a database). */
export function redisKeys(prefix: string) {
  return {
    claim: (k: string) => `${prefix}claim:${k}`,
    settings: (k: string) => `${prefix}settings:${k}`,
    seen: (scope: string, hour: number) => `${prefix}seen:${hour}:${scope}`,
    /** The same counts added up per parent scope (a workspace), so its week is one read per hour. */
    under: (parent: string, hour: number) => `${prefix}seen-under:${hour}:${parent}`,
    note: (k: string) => `${prefix}note:${k}`,
    /** One sorted set, scored by time; members are JSON records. */
    feedback: `${prefix}feedback`,
    /** Written by `ping` after a failure, to prove writes work again. */
    ping: `${prefix}ping`,
  };
}
