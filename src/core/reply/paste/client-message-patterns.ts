// Where database clients and mobile runtimes name their peer in their own message forms: patterns
// readSpots (peers.ts) tries with the others (see PEER_PATTERNS).
import { ADDRESS, IPV6, NAMED_HOST, type PeerPattern } from './peer-pattern-parts.js';

/**
 * Forms that name the peer without `host:port` or a URL, so the other patterns left the checks
 * `<host>` for some of the commonest pastes.
 */
export const CLIENT_MESSAGE_PATTERNS: readonly PeerPattern[] = [
  // MySQL's client (and PyMySQL, PDO, mysqlclient quoting it): `Can't connect to MySQL server on
  // 'db' (111)`; MariaDB's: `Can't connect to server on 'localhost' (10061)`. The port is printed only
  // when it is not the default (MySQL 8: `'db.internal:3307'`, which `host:port` reads).
  {
    re: new RegExp(String.raw`\bconnect to (?:MySQL )?server on '(${IPV6}|${NAMED_HOST})'`, 'g'),
    host: 1,
    gate: /server on '/,
    named: true,
  },
  // Android's libcore: `failed to connect to api.example.com/93.184.216.34 (port 443) from
  // /192.168.1.23 (port 51234) after 10000ms`, the name (none where it had only an address), the
  // address it tried and the port; what follows `from` is this side's own (peer-patterns.ts leaves
  // that port out).
  {
    re: new RegExp(String.raw`\bconnect to (${NAMED_HOST})/(?:${ADDRESS}) \(port (\d{1,5})\)`, 'g'),
    host: 1,
    port: 2,
    gate: / \(port /,
    named: true,
  },
  {
    re: new RegExp(String.raw`\bconnect to (?:[A-Za-z0-9._-]{1,253})?/(${ADDRESS}) \(port (\d{1,5})\)`, 'g'),
    host: 1,
    port: 2,
    gate: / \(port /,
  },
];
