import { PEER_PATTERNS } from './peer-patterns.js';
import { readSigns, type Sign } from './situation-signs.js';

/** The hosts, ports and DNS servers one log record names, in the order it names them. */
export interface Peers {
  /** Remote hosts: names and addresses the failing call looked up or talked to. */
  hosts: string[];
  /** Ports: the peer's, or the local one a server could not bind. */
  ports: string[];
  /** DNS servers a look-up asked (Go: `lookup db on 10.0.0.2:53`). */
  dnsServers: string[];
  /** What it shows of the failing call's transport and phase (see `situationOf`). */
  signs: Sign[];
}

/** Source files and binaries in stack traces (`RestTemplate.java:785`), which are no hosts. */
const FILE_NAME =
  /\.(?:java|kt|scala|groovy|py|pyx|js|mjs|cjs|ts|tsx|go|cs|vb|fs|rb|php|pl|rs|c|cc|cpp|cxx|h|hpp|m|swift|ex|exs|erl|lua|dart|zig|sh|dll|exe|so|jar|class|json|ya?ml|xml|log|txt|conf|cnf|cfg|ini|toml|properties)$/i;
/**
 * Words that follow "host" or a resolver call but name no host; the error words too, as in gRPC's
 * `Failed to connect to remote host: Connection refused` (c9-054); and the prepositions prose puts
 * there, as realmd's `Performing LDAP DSE lookup on: 10.111.112.100` (c183-021); and the words
 * prose and programs put where a name would be: ssh's empty `connect to host port 22` (c121-003),
 * `refused by the host computer` (c58-071), adb's `connect to TCP port 5554` (c7-041), `remote host:
 * Network is unreachable` (c13-057), OpenVPN's `resolve host address:` (c70-055), Rust's
 * `host: Some(Domain("localhost"))` (c195-006).
 */
const NOT_A_HOST =
  /^(?:is|not|name|names|and|or|the|a|an|to|from|for|was|has|found|failed|error|unknown|unreachable|down|lookup|port|none|null|undefined|connection|refused|reset|closed|timeout|timed|on|in|at|with|by|of|via|as|again|host|address|computer|machine|network|dial|tcp|udp|os|some)$/i;
/** A number, or a dotted name ending in one that is no IPv4 address (Apple's connection `[C2.1:1]`). */
const NUMERIC = /^\d+$|^(?!\d{1,3}(?:\.\d{1,3}){3}$)[^:\]]*\.\d+$/;
/** The prefix of an IPv4 address mapped into IPv6. */
const MAPPED_IPV4 = /^::ffff:(?=\d{1,3}(?:\.\d{1,3}){3}$)/i;
/** An IPv4 address in brackets, as SIP servers print one (`[10.0.0.5]:5060`): no command takes the brackets. */
const BRACKETED_IPV4 = /^\[(\d{1,3}(?:\.\d{1,3}){3})\]$/;
/** A placeholder a writer put for a name (`WRONG_URL`, `CONTAINER_ID`, `DRIVER_NODE_IP`): capitals joined by `_`. */
const isPlaceholder = (name: string) => name.includes('_') && name === name.toUpperCase();
/** Addresses that mean "any" or "this host": the local side, never the peer. */
const UNSPECIFIED = /^(?:0\.0\.0\.0|\[::\]|::)$/;

/** How much of a record is read: the failing line and its first causes, not a whole log file. */
export const MAX_RECORD = 4000;

/** A host, port or DNS server a record names, and where (its offset in the record). */
export interface Spot {
  at: number;
  host?: string;
  /** The host is a name a resolver was asked for (`lookup db`, `ENOTFOUND db`). */
  lookedUp?: true;
  /** The host is the failing call's own peer, even where it is a resolver (see `PeerPattern.own`). */
  own?: true;
  port?: string;
  dns?: string;
  /** A word of the failing call's transport or phase (`read udp`, `connect`). */
  sign?: Sign;
}

/** Reads the hosts, ports and DNS servers one log record names, and its signs, each with where it is. */
export function readSpots(record: string): Spot[] {
  const text = record.slice(0, MAX_RECORD);
  const found: Spot[] = [];
  for (const { re, host, port, dns, gate, lookup, named, own } of PEER_PATTERNS) {
    if (gate && !gate.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const hit: (typeof found)[number] = { at: m.index };
      // An IPv4 address mapped into IPv6 (`::ffff:10.0.0.7`) is the IPv4 peer.
      const h =
        host === undefined
          ? undefined
          : m[host]?.replace(/\.$/, '').replace(MAPPED_IPV4, '').replace(BRACKETED_IPV4, '$1');
      if (
        h &&
        (named || lookup || !FILE_NAME.test(h)) &&
        !NOT_A_HOST.test(h) &&
        !NUMERIC.test(h) &&
        !isPlaceholder(h)
      ) {
        if (!UNSPECIFIED.test(h)) hit.host = h;
        if (lookup) hit.lookedUp = true;
        if (own) hit.own = true;
      } else if (host !== undefined && !dns) continue;
      const p = port === undefined ? undefined : m[port];
      if (p && Number(p) > 0 && Number(p) < 65536) hit.port = p;
      if (dns !== undefined && m[dns]) hit.dns = m[dns];
      found.push(hit);
    }
  }
  found.push(...readSigns(text));
  return found.sort((a, b) => a.at - b.at);
}

/** The hosts, ports and DNS servers of some spots of a record, in the order the record names them. */
export function peersFrom(found: readonly Spot[]): Peers {
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const dnsServers = unique(found.map((f) => f.dns));
  // The resolver a look-up asked (`on 10.0.0.2:53`) is no peer of the failing call, unless the
  // record shows the call sent to it (`read udp …->10.0.0.2:53: read: connection refused`).
  const peers = found.filter((f) => !f.host || f.own || !dnsServers.includes(f.host));
  // A name a resolver was asked for comes first: a failed look-up's checks must resolve that name,
  // not the address of the URL the request was for (Go: `Get "https://10.96.0.1:443/api": dial tcp:
  // lookup kubernetes.default on 10.96.0.10:53: no such host`). Logs print such a name only for a
  // look-up that failed, so it belongs to the record's DNS error.
  const lookedUp = peers.filter((f) => f.lookedUp);
  return {
    hosts: unique([...lookedUp, ...peers].map((f) => f.host)),
    ports: unique(peers.map((f) => f.port)),
    dnsServers,
    signs: [...new Set(found.flatMap((f) => f.sign ?? []))],
  };
}

/** Reads the hosts, ports and DNS servers one log record names. */
export function readPeers(record: string): Peers {
  return peersFrom(readSpots(record));
}
