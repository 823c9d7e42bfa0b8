import { type Peers, peersFrom, type Spot } from './peers.js';
import type { Timestamp } from './timestamps.js';

/** An error's peers in one record, and the `host:port` pairs the record names as one (`10.0.0.5:5432`). */
export interface ErrorPeers extends Peers {
  endpoints: string[];
}

/** One record of an error: where it starts, its timestamp, and the peers it gives the error. */
export interface Sighting {
  record: number;
  timestamp: Timestamp | null;
  peers: ErrorPeers;
}

/** No peers: a record whose head was not read. */
export const NO_PEERS: ErrorPeers = { hosts: [], ports: [], dnsServers: [], endpoints: [], signs: [] };

function withEndpoints(spots: readonly Spot[]): ErrorPeers {
  const peers = peersFrom(spots);
  const named = spots.filter((s) => s.host && s.port && !peers.dnsServers.includes(s.host));
  return { ...peers, endpoints: [...new Set(named.map((s) => `${s.host}:${s.port}`))] };
}

/** A mention of an error in a log record: the error's id and its offset from the record's start. */
export interface RecordMention {
  id: string;
  at: number;
}

/**
 * The hosts and ports of a record that belong to the error `id`. A record may show several errors,
 * each with its own peer: urllib3's list of failed addresses (c148-004: unreachable on the IPv6
 * address, timed out on the IPv4 one), a gRPC error tree, one JSON line. Giving each error all of
 * them filled one error's check with another's host and let a link claim a peer the paste gave to a
 * different error. Which side of its mention a log puts the peer on varies (urllib3 before, Node
 * after), so only the text before the record's first error and after its last surely belongs to
 * one error; the text between two errors is read only when that names no host.
 */
export function peersOfError(
  spots: readonly Spot[],
  mentions: readonly RecordMention[],
  id: string,
): ErrorPeers {
  const sorted = [...mentions].sort((a, b) => a.at - b.at);
  const own = sorted.find((m) => m.id === id);
  if (!own) return withEndpoints(spots);
  let before = -1;
  let after = Number.POSITIVE_INFINITY;
  for (const m of sorted) {
    if (m.id === id) continue;
    if (m.at < own.at) before = m.at;
    else if (m.at > own.at) {
      after = m.at;
      break;
    }
  }
  if (before < 0 && after === Number.POSITIVE_INFINITY) return withEndpoints(spots);
  const region = spots.filter((s) => s.at > before && s.at < after);
  const sure = region.filter(
    (s) => (before < 0 && s.at < own.at) || (after === Number.POSITIVE_INFINITY && s.at >= own.at),
  );
  return withEndpoints(sure.some((s) => s.host) ? sure : region);
}
