/** The hosts, ports and DNS servers one log record names, in the order it names them. */
export interface Peers {
  /** Remote hosts: names and addresses the failing call looked up or talked to. */
  hosts: string[];
  /** Ports: the peer's, or the local one a server could not bind. */
  ports: string[];
  /** DNS servers a look-up asked (Go: `lookup db on 10.0.0.2:53`). */
  dnsServers: string[];
}

/** A host as logs print it: an IPv4 or bracketed IPv6 address, `localhost`, or a dotted name. */
const HOST = String.raw`\[[0-9A-Fa-f:.]{2,45}\]|\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}`;
/** An unbracketed IPv6 address: with `::`, or all eight groups (so a time like `10:02:07` is none). */
const IPV6 = `(?=[0-9A-Fa-f:]{0,39}::)[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}`;
/** A single-label host (a container or service name) where the text says it is a host. */
const NAMED_HOST = `[A-Za-z0-9][A-Za-z0-9.-]{0,252}`;

/**
 * Each pattern is anchored on fixed words or punctuation and bounded, so reading a record is linear.
 * `gate`: what any match contains, tested first: a plain search for it is cheaper than trying the
 * pattern (its `\b` or look-behind) at every position, and most records name no host or port.
 */
const PATTERNS: readonly {
  re: RegExp;
  host?: number;
  port?: number;
  dns?: number;
  gate?: RegExp;
  /** Its host is a name a resolver was asked for. */
  lookup?: true;
}[] = [
  // Go: `lookup db.internal on 10.0.0.2:53: no such host`
  {
    re: new RegExp(String.raw`\blookup (${NAMED_HOST})(?: on (${HOST}):53)?:`, 'g'),
    host: 1,
    dns: 2,
    gate: /lookup /,
    lookup: true,
  },
  // Node: `getaddrinfo ENOTFOUND db.internal`, `queryA EAI_AGAIN db`
  {
    re: new RegExp(String.raw`\b(?:getaddrinfo|query[A-Za-z]{0,8}) E[A-Z_]{2,20} (${NAMED_HOST})`, 'g'),
    host: 1,
    gate: /getaddrinfo|query/,
    lookup: true,
  },
  // Java, curl, PostgreSQL, urllib3
  {
    re: new RegExp(`UnknownHostException: (${NAMED_HOST})`, 'g'),
    host: 1,
    gate: /UnknownHostException/,
    lookup: true,
  },
  {
    re: new RegExp(`[Cc]ould not resolve host: (${NAMED_HOST})`, 'g'),
    host: 1,
    gate: /ould not resolve/,
    lookup: true,
  },
  // .NET: `WebException: The remote name could not be resolved: 'proxy'`
  {
    re: new RegExp(`remote name could not be resolved: '(${NAMED_HOST})'`, 'g'),
    host: 1,
    gate: /could not be resolved/,
    lookup: true,
  },
  {
    re: new RegExp(`translate host name "(${NAMED_HOST})"`, 'g'),
    host: 1,
    gate: /translate host/,
    lookup: true,
  },
  {
    re: new RegExp(`[Ff]ailed to resolve '(${NAMED_HOST})'`, 'g'),
    host: 1,
    gate: /ailed to resolve/,
    lookup: true,
  },
  // nginx: `host not found in upstream "backend:8080" in /etc/nginx/conf.d/default.conf:12`, and its
  // resolver's `api.internal could not be resolved (3: Host not found)`
  {
    re: new RegExp(String.raw`host not found in upstream "(${NAMED_HOST})(?::(\d{1,5}))?"`, 'g'),
    host: 1,
    port: 2,
    gate: /in upstream/,
    lookup: true,
  },
  {
    re: new RegExp(`(?<![\\w.-])(${NAMED_HOST}) could not be resolved \\(`, 'g'),
    host: 1,
    gate: /be resolved \(/,
    lookup: true,
  },
  // `Failed to connect to db port 5432`, `ssh: connect to host db port 22`, Nagios' `to address`
  {
    re: new RegExp(String.raw`\bto (?:host |address )?(${NAMED_HOST}) port (\d{1,5})\b`, 'g'),
    host: 1,
    port: 2,
    gate: / port /,
  },
  // `host='db', port=5432`, `host "db"`, `port 5432`
  // An IPv6 literal is read whole (urllib3: `host='fd00:ec2::254'`), not cut at its first colon.
  {
    re: new RegExp(String.raw`\bhost(?:name)?[=: ]{1,3}["']?(${IPV6}|${NAMED_HOST})`, 'g'),
    host: 1,
    gate: /host/,
  },
  { re: /\bport[=: ]{1,3}["']?(\d{1,5})\b/g, port: 1, gate: /port/ },
  // Java and Netty name the host before its address: `db.internal/10.0.0.5:5432`
  {
    re: new RegExp(String.raw`(?<![\w.:/-])(${NAMED_HOST})/(?=\d{1,3}(?:\.\d{1,3}){3}:\d)`, 'g'),
    host: 1,
    gate: /\/\d/,
  },
  // `10.0.0.5:5432`, `db.internal:443`, `[::1]:8080`
  {
    re: new RegExp(String.raw`(?<![\w.:-])(${HOST}):(\d{1,5})(?!\d|:\d|->)`, 'g'),
    host: 1,
    port: 2,
    gate: /:\d/,
  },
  // gRPC's `"target_address":"ipv4:127.0.0.1:32766"`, `ipv6:[::1]:32766` (the colon before it is no port).
  { re: new RegExp(String.raw`\bipv[46]:(${HOST}):(\d{1,5})\b`, 'g'), host: 1, port: 2, gate: /ipv[46]:/ },
  // Node prints an IPv6 peer unbracketed, its port after the last colon: `connect ECONNREFUSED
  // ::1:3000` (Node 17+ tries `localhost` as ::1 first), `read ECONNRESET ::ffff:10.0.0.7:5432`.
  {
    re: /\b(?:connect|read|write|send|recv)[a-z]{0,4} E[A-Z]{3,20} ((?=[0-9A-Fa-f:.]{0,45}::)[0-9A-Fa-f:.]{2,45}):(\d{1,5})(?![\w:.])/g,
    host: 1,
    port: 2,
    gate: /::/,
  },
  // Local ports a server could not bind: Go `listen tcp :8080`, Node `:::3000`
  { re: /\blisten (?:tcp|udp)[46]? :(\d{1,5})\b/g, port: 1, gate: /listen / },
  { re: /(?<![\w:]):::(\d{1,5})\b/g, port: 1, gate: /:::/ },
];

/** Source files and binaries in stack traces (`RestTemplate.java:785`), which are no hosts. */
const FILE_NAME =
  /\.(?:java|kt|scala|groovy|py|pyx|js|mjs|cjs|ts|tsx|go|cs|vb|fs|rb|php|pl|rs|c|cc|cpp|cxx|h|hpp|m|swift|ex|exs|erl|lua|dart|zig|sh|dll|exe|so|jar|class|json|ya?ml|xml|log|txt|conf|cnf|cfg|ini|toml|properties)$/i;
/**
 * Words that follow "host" or a resolver call but name no host; the error words too, as in gRPC's
 * `Failed to connect to remote host: Connection refused` (c9-054).
 */
const NOT_A_HOST =
  /^(?:is|not|name|names|and|or|the|a|an|to|from|for|was|has|found|failed|error|unknown|unreachable|down|lookup|port|none|null|undefined|connection|refused|reset|closed|timeout|timed)$/i;
/** A number, or a dotted name ending in one that is no IPv4 address (Apple's connection `[C2.1:1]`). */
const NUMERIC = /^\d+$|^(?!\d{1,3}(?:\.\d{1,3}){3}$)[^:\]]*\.\d+$/;
/** The prefix of an IPv4 address mapped into IPv6. */
const MAPPED_IPV4 = /^::ffff:(?=\d{1,3}(?:\.\d{1,3}){3}$)/i;
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
  port?: string;
  dns?: string;
}

/** Reads the hosts, ports and DNS servers one log record names, each with where it is. */
export function readSpots(record: string): Spot[] {
  const text = record.slice(0, MAX_RECORD);
  const found: Spot[] = [];
  for (const { re, host, port, dns, gate, lookup } of PATTERNS) {
    if (gate && !gate.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const hit: (typeof found)[number] = { at: m.index };
      // An IPv4 address mapped into IPv6 (`::ffff:10.0.0.7`) is the IPv4 peer.
      const h = host === undefined ? undefined : m[host]?.replace(/\.$/, '').replace(MAPPED_IPV4, '');
      if (h && !FILE_NAME.test(h) && !NOT_A_HOST.test(h) && !NUMERIC.test(h)) {
        if (!UNSPECIFIED.test(h)) hit.host = h;
        if (lookup) hit.lookedUp = true;
      } else if (host !== undefined && !dns) continue;
      const p = port === undefined ? undefined : m[port];
      if (p && Number(p) > 0 && Number(p) < 65536) hit.port = p;
      if (dns !== undefined && m[dns]) hit.dns = m[dns];
      found.push(hit);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The hosts, ports and DNS servers of some spots of a record, in the order the record names them. */
export function peersFrom(found: readonly Spot[]): Peers {
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
  const dnsServers = unique(found.map((f) => f.dns));
  // The resolver a look-up asked (`on 10.0.0.2:53`) is no peer of the failing call.
  const peers = found.filter((f) => !f.host || !dnsServers.includes(f.host));
  // A name a resolver was asked for comes first: a failed look-up's checks must resolve that name,
  // not the address of the URL the request was for (Go: `Get "https://10.96.0.1:443/api": dial tcp:
  // lookup kubernetes.default on 10.96.0.10:53: no such host`). Logs print such a name only for a
  // look-up that failed, so it belongs to the record's DNS error.
  const lookedUp = peers.filter((f) => f.lookedUp);
  return {
    hosts: unique([...lookedUp, ...peers].map((f) => f.host)),
    ports: unique(peers.map((f) => f.port)),
    dnsServers,
  };
}

/** Reads the hosts, ports and DNS servers one log record names. */
export function readPeers(record: string): Peers {
  return peersFrom(readSpots(record));
}
