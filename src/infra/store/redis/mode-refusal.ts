import { clusterNodeMessage } from './start-refusal.js';

/**
 * What start-up says when REDIS_URL points at a Redis that sockerr cannot keep state in, else
 * `undefined`:
 * - a Redis Cluster node. The store is written for one Redis: a count is a transaction over two
 *   keys of different hash slots (a cluster refuses it, CROSSSLOT, even with one node), and a node
 *   answers only for its own slots (MOVED) while node-redis's single-node client follows no
 *   redirection. Claims and counts would fail at the first message, long after start-up said nothing.
 * - a Sentinel, which answers PING and INFO but knows no data command ("unknown command").
 * `info` is INFO's default sections (`server`: redis_mode; `cluster`: cluster_enabled), or '' where
 * INFO is refused (some managed services rename it): then nothing is said.
 */
export function modeRefusal(info: string, where: string): string | undefined {
  if (/^(cluster_enabled:1|redis_mode:cluster)\b/m.test(info)) return clusterNodeMessage(where);
  if (/^redis_mode:sentinel\b/m.test(info))
    return `Redis at ${where} is a Sentinel (redis_mode:sentinel): it watches Redis servers but keeps no data. Point REDIS_URL at the primary it monitors (SENTINEL GET-MASTER-ADDR-BY-NAME <name> tells its address), or at an address your platform moves to the new primary on a failover.`;
  return undefined;
}
