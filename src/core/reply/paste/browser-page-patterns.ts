// Where browsers' error pages, copied as text, name the site they could not reach: patterns
// readSpots (peers.ts) tries with the others (see PEER_PATTERNS).
import { HOST, type PeerPattern } from './peer-pattern-parts.js';

/**
 * A page's host comes before its own words (Chrome, Edge) or after them (Firefox), never as `host:port`
 * or in a URL when the site is the default port, so the other patterns leave the checks `<host>`.
 */
export const BROWSER_PAGE_PATTERNS: readonly PeerPattern[] = [
  // Chrome's and Edge's summary under the heading, which a copy runs into the host (so no host is read
  // from `reached` on): `This site can’t be reachedlocalhost refused to connect.`, `…reached192.168.151.126
  // took too long to respond.` (c231-044, c231-018); alone on its line too (`dashboard.pd.local refused
  // to connect.`).
  {
    re: new RegExp(
      String.raw`(?:(?<=reached)|(?<![\w.-])(?!reached))(${HOST}) (?:refused to connect|took too long to respond)\.`,
      'g',
    ),
    host: 1,
    gate: /(?:refused to connect|took too long to respond)\./,
    named: true,
  },
  // Chrome's failed look-up: `blog.local’s server IP address could not be found.` (c231-046), older
  // versions' `example.com’s DNS address could not be found.`: the name the resolver was asked for.
  {
    re: new RegExp(
      String.raw`(?:(?<=reached)|(?<![\w.-])(?!reached))(${HOST})[’']s (?:server IP|DNS) address could not be found`,
      'g',
    ),
    host: 1,
    gate: /address could not be found/,
    lookup: true,
  },
  // Firefox names the site after its words: `The server at google.com is taking too long to respond.`
  // (c231-028), `Firefox can’t establish a connection to the server at localhost.`, `We can’t connect
  // to the server at tools.usps.com.`; a port when the site had one.
  {
    re: new RegExp(String.raw`\bserver at (${HOST})(?::(\d{1,5}))?(?![\w-]|\.[\w-])`, 'g'),
    host: 1,
    port: 2,
    gate: /server at /,
    named: true,
  },
];
