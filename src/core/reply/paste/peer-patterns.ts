// Where logs name the peer of a failing call: the patterns readSpots (peers.ts) tries on each record.
import { BROWSER_PAGE_PATTERNS } from './browser-page-patterns.js';
import { CLIENT_MESSAGE_PATTERNS } from './client-message-patterns.js';
import { LOOKUP_PATTERNS } from './lookup-patterns.js';
import { ADDRESS, HOST, IPV6, NAMED_HOST, type PeerPattern } from './peer-pattern-parts.js';

/** Every pattern, look-ups first, then browsers' error pages and clients' own forms (see `PeerPattern`). */
export const PEER_PATTERNS: readonly PeerPattern[] = [
  ...LOOKUP_PATTERNS,
  ...BROWSER_PAGE_PATTERNS,
  ...CLIENT_MESSAGE_PATTERNS,
  // `Failed to connect to db port 5432`, `ssh: connect to host db port 22`, Nagios' `to address`
  {
    re: new RegExp(String.raw`\bto (?:host |address )?(${NAMED_HOST}) port (\d{1,5})\b`, 'g'),
    host: 1,
    port: 2,
    gate: / port /,
    named: true,
  },
  // libpq 14+: `connection to server at "db.internal" (10.0.0.5), port 5432 failed: …`
  {
    re: new RegExp(
      String.raw`connection to server at "(${NAMED_HOST})"(?: \((?:${ADDRESS})\))?, port (\d{1,5}) failed`,
      'g',
    ),
    host: 1,
    port: 2,
    gate: /to server at "/,
    named: true,
  },
  {
    re: new RegExp(String.raw`(?<=connection to server at "[^"]{1,253}" )\((${ADDRESS})\), port \d`, 'g'),
    host: 1,
    gate: /to server at "/,
  },
  // rsync: `failed to connect to mirrors.example.org (192.0.2.10): Connection refused (111)`, the name
  // and then the address it tried.
  {
    re: new RegExp(String.raw`\bconnect to (${NAMED_HOST}) \((?:${ADDRESS})\): `, 'g'),
    host: 1,
    gate: /connect to /,
    named: true,
  },
  {
    re: new RegExp(String.raw`(?<=\bconnect to [A-Za-z0-9.-]{1,253} )\((${ADDRESS})\): `, 'g'),
    host: 1,
    gate: /connect to /,
  },
  // Postfix, Exim and sendmail: `connect to mx.example.com[192.0.2.25]:25: Connection timed out`,
  // the name, then the address it tried (and its port) in brackets right after it.
  {
    re: new RegExp(String.raw`(?<![\w.-])(${NAMED_HOST})\[(?:${ADDRESS})\]`, 'g'),
    host: 1,
    gate: /\]/,
    named: true,
  },
  {
    re: new RegExp(String.raw`(?<=[A-Za-z0-9-])\[(${ADDRESS})\](?::(\d{1,5})\b)?`, 'g'),
    host: 1,
    port: 2,
    gate: /\]/,
  },
  // BSD telnet: `telnet: connect to address 127.0.0.1: Connection refused`
  {
    re: new RegExp(String.raw`\bconnect to address (${ADDRESS})(?=: )`, 'g'),
    host: 1,
    gate: /to address /,
  },
  // `host='db', port=5432`, `host: db`, `host "db"`, `port 5432`
  // An IPv6 literal is read whole (urllib3: `host='fd00:ec2::254'`), not cut at its first colon.
  // Not nginx's `request: "GET / HTTP/1.1", host: "example.com"`: the site a client asked for, which
  // every line of a vhost ends with, is no peer (it linked unrelated upstream errors).
  {
    re: new RegExp(
      String.raw`(?<!", )\bhost(?:name)?(?: {0,2}[=:] {0,2}["']?| {1,2}["'])(${IPV6}|${NAMED_HOST}(?![\w.-]|:\/\/))`,
      'g',
    ),
    host: 1,
    gate: /host/,
  },
  // After a bare space, an address or a dotted name, or one label that ends the phrase (ssh's
  // `Could not resolve hostname db: …`, `unknown host db`): not a sentence's next word (Spanish
  // `nombre del host remoto (nombre de host no válido)`, c118-003, filled checks with `remoto`).
  {
    re: new RegExp(
      String.raw`\bhost(?:name)? {1,2}((?:${HOST})(?![\w-]|\.[\w-])|(?:${NAMED_HOST})(?=[:,;]|\r|\n|$))`,
      'g',
    ),
    host: 1,
    gate: /host(?:name)? /,
  },
  // Not Dart's `SocketException: Connection refused (OS Error: …, errno = 111), address = localhost,
  // port = 50730` (older Dart and pub: `OS Error: …, errno = 104, address = …, port = …`): once a
  // connect is under way it prints this side's ephemeral port there, not the peer's (dart-lang/sdk
  // #12693, still so in Dart 3.8, #60777). A connect() that failed at once (`Connection failed (OS
  // Error: Network is unreachable …), …, port = 443`, c42-032), a server socket it could not create and
  // a server's own socket (`address = 0.0.0.0`) print the port asked for, so they keep it. Nor
  // Android's `from /10.0.2.16 (port 43240)`, this side's own (client-message-patterns.ts).
  {
    re: /(?<!(?:SocketException: (?!Connection failed|Failed to create)[\s\S]{0,300}|OS Error: [^(]{0,300}, errno = -?\d{1,6}), address = (?!0\.0\.0\.0,|::,)[^\s,]{1,260}, )(?<!\bfrom \/ ?[0-9A-Fa-f:.]{0,45} \()\bport[=: ]{1,3}["']?(\d{1,5})\b/g,
    port: 1,
    gate: /port/,
  },
  // Dart names the peer the call was for (c231-016): `address = api.example.com, port = …`; for a
  // server socket it could not create, the address it was to listen on, no peer.
  {
    re: new RegExp(
      String.raw`(?<!server socket \([\s\S]{0,300})(?<=errno = -?\d{1,6}\)?), address = (${IPV6}|${NAMED_HOST})(?=, port = )`,
      'g',
    ),
    host: 1,
    gate: /, address = /,
    named: true,
  },
  // Java and Netty name the host before its address: `db.internal/10.0.0.5:5432`
  {
    re: new RegExp(String.raw`(?<![\w.:/-])(${NAMED_HOST})/(?=\d{1,3}(?:\.\d{1,3}){3}:\d)`, 'g'),
    host: 1,
    gate: /\/\d/,
  },
  // `10.0.0.5:5432`, `db.internal:443`, `[::1]:8080`; not the source of a flow a proxy or a relay
  // logs as `source -> destination` (Go's `read tcp 10.0.0.9:51432->10.0.0.5:5432`, Clash's
  // `223.252.60.83:52369 --> 85.202.165.138:8001`, and `-&gt;` where a page escaped it, c42-122):
  // that is this side's own address and port.
  // Nor nginx's own listening socket, which ngx_stream and ngx_mail log as `client: <client>, server:
  // 0.0.0.0:9976` before the upstream it failed to reach (c236-036: checks sent to nginx's port).
  {
    re: new RegExp(
      String.raw`(?<![\w.:-]|\bclient: [^\s,]{1,64}, server: )(${HOST}):(\d{1,5})(?!\d|:\d| ?-{1,2}(?:>|&gt;))`,
      'g',
    ),
    host: 1,
    port: 2,
    gate: /:\d/,
  },
  // apt names the address and port it tried after its error: `Connection timed out [IP: 91.189.88.149
  // 80]`, `… - connect (113: No route to host) [IP: 2001:67c:1360:8001::21 80]` (c21-004, c236-017).
  { re: new RegExp(String.raw`\[IP: (${ADDRESS}) (\d{1,5})\]`, 'g'), host: 1, port: 2, gate: /\[IP: / },
  // A URL names its host whatever it is: one label too (`tcp://redis:6379`, `http://elasticsearch:9200`),
  // which `name:port` alone does not take for one (`Main.java:42`).
  {
    re: new RegExp(
      String.raw`\b[a-z][a-z0-9+.-]{1,15}://(?:[^\s/@]{1,64}@)?(${NAMED_HOST}):(\d{1,5})\b`,
      'g',
    ),
    host: 1,
    port: 2,
    gate: /:\/\//,
    named: true,
  },
  // Python prints an address as a tuple: asyncio's `Connect call failed ('127.0.0.1', 6379)`, a bind's
  // `('0.0.0.0', 161)` (c90-058), IPv6's `('::1', 8000, 0, 0)` and `('::ffff:172.31.95.1', 1340, 0, 0)`
  // (c148-020); an empty host is any address (port only). Not a socket's own `laddr=(…)` (c202-023),
  // nor the client an access log line starts with (uvicorn's `('10.0.0.9', 53412) - "GET / …"`).
  {
    re: new RegExp(
      String.raw`(?<!laddr=)\(['"](::ffff:\d{1,3}(?:\.\d{1,3}){3}|${IPV6}|${HOST}|[A-Za-z0-9][A-Za-z0-9-]{0,62})['"], (\d{1,5})(?:, \d{1,10}){0,2}\)(?! - ")`,
      'g',
    ),
    host: 1,
    port: 2,
    gate: /['"], \d/,
  },
  { re: /\((?:''|""), (\d{1,5})\)/g, port: 1, gate: /(?:''|""), \d/ },
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
  // Node always prints the address there, so a word in its place is the writer's mask (`connect
  // ECONNREFUSED ip_address:5432`, `IP_ADDRESS:6543`, `<ip>:443`, c236-025): the port still is the peer's.
  {
    re: /(?<=\b(?:connect|read|write) E[A-Z]{3,20} [A-Za-z_<][\w<>-]{0,63}):(\d{1,5})(?![\w:.])/g,
    port: 1,
    gate: /(?:connect|read|write) E[A-Z]/,
  },
  // Go names the peer of a failing dial, read or write last, after this side's address and an arrow
  // where it has one: `read udp 10.0.0.5:41234->10.0.0.2:53`, `dial udp [::1]:53` (c147-004, c21-056);
  // never this side's address where the destination after the arrow is redacted (c204-005).
  {
    re: new RegExp(
      String.raw`\b(?:dial|read|write) (?:udp|tcp)[46]? (?:[^\s>;]{1,60}-(?:>|&gt;) ?)?(${HOST}):(\d{1,5})(?!\d| ?-{1,2}(?:>|&gt;))`,
      'g',
    ),
    host: 1,
    port: 2,
    gate: /(?:dial|read|write) (?:udp|tcp)/,
    own: true,
  },
  // Local ports a server could not bind: Go `listen tcp :8080`, Node `:::3000`, Cyclone DDS's
  // `failed to bind to ANY:7400` (c47-040)
  { re: /\blisten (?:tcp|udp)[46]? :(\d{1,5})\b/g, port: 1, gate: /listen / },
  { re: /(?<![\w:]):::(\d{1,5})\b/g, port: 1, gate: /:::/ },
  { re: /\bANY:(\d{1,5})\b/g, port: 1, gate: /ANY:/ },
];
