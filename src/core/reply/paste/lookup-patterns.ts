// Where logs name the host a failed look-up asked for, and the DNS server a query went to: the first
// patterns readSpots (peers.ts) tries.
import { ADDRESS, HOST, NAMED_HOST, type PeerPattern } from './peer-pattern-parts.js';

/** Names a resolver was asked for; a failed look-up's checks resolve them (see `peersFrom`). */
export const LOOKUP_PATTERNS: readonly PeerPattern[] = [
  // Go: `lookup db.internal on 10.0.0.2:53: no such host`
  {
    re: new RegExp(String.raw`\blookup (${NAMED_HOST})(?: on (${HOST}):53)?:`, 'g'),
    host: 1,
    dns: 2,
    gate: /lookup /,
    lookup: true,
  },
  // dig: `;; communications error to 192.168.1.8#53: connection refused`, BIND's `address#port`: the
  // server it asked, which is also the peer of the query that failed (c151-011).
  {
    re: new RegExp(String.raw`\bcommunications error to (${ADDRESS})#(\d{1,5})\b`, 'g'),
    host: 1,
    port: 2,
    dns: 1,
    gate: /communications error to /,
    own: true,
  },
  // A resolver's query to another server: BIND's `network unreachable resolving 'x.example/A/IN':
  // 2620:1ec:8ec:10::23#53` (c151-001), unbound's `tcp connect: Connection refused for 199.7.91.13
  // port 53` (c20-092) and `error sending query to auth server ip6 2001:500:a8::e port 53` (c20-093).
  // The server is the failing call's peer; the name asked for is no host the checks should reach.
  {
    re: new RegExp(String.raw`\bresolving '[^'\s]{1,260}/IN': (${ADDRESS})#(\d{1,5})\b`, 'g'),
    host: 1,
    port: 2,
    gate: /\/IN': /,
  },
  {
    re: new RegExp(String.raw`\b(?:for|server ip[46]) (${ADDRESS}) port (\d{1,5})\b`, 'g'),
    host: 1,
    port: 2,
    gate: / port \d/,
  },
  // Node: `getaddrinfo ENOTFOUND db.internal`, `queryA EAI_AGAIN db`, `querySrv ECONNREFUSED
  // _mongodb._tcp.cluster0.example.net`; not the next word of a sentence that names the code
  // (`EAI_AGAIN treated as down`, `querySrv ECONNREFUSED indicates a DNS failure`, c225-025, c226-066),
  // though old Node's `getaddrinfo ENOTFOUND db db:5432` names it twice (c224-008).
  {
    re: /\b(?:getaddrinfo|query[A-Za-z]{0,8}) E[A-Z_]{2,20} ((?:_[A-Za-z0-9-]{1,63}\.){0,2}[A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{0,63}){1,8}|([A-Za-z0-9][\w-]{0,62})(?![\w.-]|[ ](?!at |\2[: ])[a-z]))/g,
    host: 1,
    gate: /getaddrinfo|query/,
    lookup: true,
  },
  // Java, curl, PostgreSQL, urllib3. The JDK's message is the name; Android's and some libraries'
  // are a sentence (`Unable to resolve host "api.example.com": …`, `DNS name not found`), whose
  // first word is no host: a capitalised word and another word after a space are words (c225-042).
  {
    re: new RegExp(`UnknownHostException: (?![A-Z][A-Za-z]* [A-Za-z])(${NAMED_HOST})`, 'g'),
    host: 1,
    gate: /UnknownHostException/,
    lookup: true,
  },
  // Android, gRPC, sudo, wget: `Unable to resolve host "api.example.com": No address associated with
  // hostname`, `unable to resolve host address ‘github.com’`; Slurm's `Unable to resolve "db01"`
  {
    re: new RegExp(
      String.raw`(?:[Uu]nable to|[Cc]annot) resolve (?:host (?:address:? )?(?!address\b)|(?=\\?["'‘“]))\\?["'‘“]?(${NAMED_HOST})`,
      'g',
    ),
    host: 1,
    gate: /(?:nable to|annot) resolve /,
    lookup: true,
  },
  // The JDK on Windows: `java.net.UnknownHostException: No such host is known (db.internal)`
  {
    re: new RegExp(String.raw`No such host is known \((${NAMED_HOST})\)`, 'g'),
    host: 1,
    gate: /host is known \(/,
    lookup: true,
  },
  {
    re: new RegExp(`[Cc]ould not resolve host: (${NAMED_HOST})`, 'g'),
    host: 1,
    gate: /ould not resolve/,
    lookup: true,
  },
  // apt's `Temporary failure resolving 'archive.ubuntu.com'`, GLib's `Error resolving 'sdk.gnome.org':
  // …`, `Could not resolve 'x'`, libgit2's `failed to resolve address for github.com: …`, the `host`
  // command's `Host db.internal not found: 3(NXDOMAIN)`, Twisted's `DNS lookup failed: address 'x'`
  {
    re: new RegExp(String.raw`\b(?:resolving|[Cc]ould not resolve) ['‘"](${NAMED_HOST})['’"]`, 'g'),
    host: 1,
    gate: /resolv/,
    lookup: true,
  },
  // BusyBox, the userland of Alpine and busybox pods: wget's, nc's and ping's `bad address 'db'`
  // (libbb's bb_lookup_host) and nslookup's `can't resolve 'kubernetes.default'` (c97-030, c3-098);
  // not its `can't resolve '(null)'`, a name that is no host (c3-095).
  {
    re: new RegExp(`(?:bad address|can't resolve) '(${NAMED_HOST})'`, 'g'),
    host: 1,
    gate: /(?:bad address|can't resolve) '/,
    lookup: true,
  },
  // iputils' ping prints the name and gai_strerror's text after it (`ping: repo.we.com: Name or
  // service not known`, c221-024, c237-039); only ping's, as other programs put a word there that is
  // no host (`irc: error: …`, Ruby's `SocketError: getaddrinfo: …`).
  {
    re: new RegExp(
      String.raw`(?<![\w.-])ping6?: (${NAMED_HOST}): (?:Temporary failure in name resolution|Name or service not known|No address associated with hostname)`,
      'g',
    ),
    host: 1,
    gate: /ping6?: /,
    lookup: true,
  },
  {
    re: new RegExp(`[Ff]ailed to resolve address for (${NAMED_HOST}):`, 'g'),
    host: 1,
    gate: /resolve address for /,
    lookup: true,
  },
  {
    re: new RegExp(String.raw`\bHost (${NAMED_HOST}) not found: \d`, 'g'),
    host: 1,
    gate: /not found: /,
    lookup: true,
  },
  {
    re: new RegExp(`DNS lookup failed: address '(${NAMED_HOST})'`, 'g'),
    host: 1,
    gate: /lookup failed: /,
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
  // nslookup: `** server can't find db.internal: NXDOMAIN`, Windows' `*** dns1 can't find db: Non-existent domain`
  {
    re: new RegExp(
      `[Cc]an't find (${NAMED_HOST}): (?:NXDOMAIN|SERVFAIL|REFUSED|No answer|Non-existent domain|Server failed)`,
      'g',
    ),
    host: 1,
    gate: /an't find /,
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
];
