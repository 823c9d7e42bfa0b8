/**
 * What to tell the operator when REDIS_URL reaches a replica (`role:slave` in `INFO replication`):
 * sockerr writes a claim for every message, a read-only copy refuses each, and auto-replies stay
 * paused until it is promoted; a writable one keeps them apart from the primary's, where other
 * hosts claim. A reader endpoint set where the primary's belongs looks like this; so does a
 * failover still under way, which is why start-up goes on.
 */
export function replicaWarning(info: string): string | undefined {
  if (!/^role:slave\b/m.test(info)) return undefined;
  const primary = /^master_host:(\S+)/m.exec(info)?.[1];
  const port = /^master_port:(\d+)/m.exec(info)?.[1];
  const of = primary ? ` of ${primary}${port ? `:${port}` : ''}` : '';
  return `Redis is a replica${of} (role:slave): it refuses sockerr's writes or keeps them from the other hosts, so auto-replies pause until it is a primary. Point REDIS_URL at the primary (a managed service's primary endpoint, not its reader endpoint), unless a failover is under way.`;
}
