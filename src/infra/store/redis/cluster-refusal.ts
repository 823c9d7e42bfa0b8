/**
 * What start-up says when REDIS_URL points at a Redis Cluster node, else `undefined`. sockerr's
 * store is written for one Redis: a count is a transaction over two keys of different hash slots
 * (a cluster refuses it, CROSSSLOT, even with one node), and a node answers only for its own
 * slots (MOVED) while node-redis's single-node client follows no redirection. Claims and counts
 * would fail at the first message, long after start-up said nothing.
 */
export async function clusterRefusal(
  client: { info(section: string): Promise<unknown> },
  where: string,
): Promise<string | undefined> {
  // INFO refused (some managed services rename it): nothing to tell, as for the eviction policy.
  const info = await client.info('cluster').then(String, () => '');
  if (!/^cluster_enabled:1\b/m.test(info)) return undefined;
  return `Redis at ${where} is a Redis Cluster node (cluster_enabled:1), and sockerr needs a single Redis: its counts touch keys of several hash slots in one transaction, and a cluster node answers only for its own slots. Point REDIS_URL at a Redis without cluster mode (one primary; replicas or Sentinel failover behind one address are fine; on a managed service, "cluster mode disabled"), or, on a single host, leave REDIS_URL empty to keep state in SQLite.`;
}
