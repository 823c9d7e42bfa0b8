import { clusterNodeMessage } from './start-refusal.js';

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
  return clusterNodeMessage(where);
}
