import type { Cluster, Os } from './paste/paste-os.js';

/** What a paste says about where an error happened; every field but `os` is taken verbatim from the paste. */
export interface PasteContext {
  /** The remote host (name or address) the failing call talked to or looked up. */
  host?: string;
  /** Its IP address, where the paste shows one: for commands that take no name (`ip route get`). */
  address?: string;
  /** The port: the peer's, or the local one a server could not bind. */
  port?: string;
  /** The DNS server a failed look-up asked, when the paste names it (Go: `lookup h on 10.0.0.2:53`). */
  dnsServer?: string;
  /** The OS the paste shows (see `osOfPaste`): its checks lead with that OS's commands. */
  os?: Os;
  /** The cluster the paste shows (Kubernetes): its own check comes early. */
  cluster?: Cluster;
  /** The failing call's transport, where its records show UDP (see `situationOf`): UDP's own checks. */
  transport?: 'udp';
  /**
   * Its phase, where its records show a connection that was up (that phase's own checks), a
   * server's bind or listen (a port in use there stays in use: no retry helps), or an outgoing
   * connect and nothing else (a permission error there is a firewall's or a sandbox's, not a port's).
   */
  phase?: 'established' | 'listening' | 'connecting';
}

/**
 * The slots a check may have, and what of a paste fills them (`pid` and `service` never come from one).
 * `name` is the host for commands that resolve a name (`getent`, `dig`, `Resolve-DnsName`): filled
 * only when the paste's host is a name, since asking DNS about an address answers nothing useful;
 * otherwise it shows as `<host>`.
 */
const SLOTS = {
  host: 'host',
  name: 'host',
  address: 'address',
  port: 'port',
  'dns-server': 'dnsServer',
  pid: null,
  service: null,
} as const satisfies Record<string, keyof PasteContext | null>;
const SLOT = /\{(host|name|address|port|dns-server|pid|service)\}/g;

/** An IPv6 literal, bare or in the brackets a log writes before a port (`[2001:db8::5]:443`). */
const IPV6 = /^\[?([0-9A-Fa-f]*:[0-9A-Fa-f:.]*)\]?$/;
/** An IPv4 address, or an IPv6 one (bracketed, as `[::1]:8080` prints it, or bare). */
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f.]{0,15}){2,7}\]?)$/;

/** Whether a paste's host is an IP address rather than a name. */
export const isIpAddress = (host: string): boolean => IP_ADDRESS.test(host);

/**
 * Fills the `{host}`, `{name}`, `{address}`, `{port}`, `{dns-server}`, `{pid}` and `{service}` slots of a check with what the paste
 * shows; a slot the paste does not fill is shown as a placeholder (`<port>`), never a sample value.
 * An IPv6 address is written as each command takes it: bare where it stands alone (`tcpdump host
 * 2001:db8::5`, `nc`, `ping`; brackets there are a syntax error), in brackets before `:{port}`
 * (`openssl s_client -connect [::1]:443`, `http://[::1]:3000/`), whichever way the paste wrote it.
 */
export function fillPlaceholders(text: string, context: PasteContext = {}): string {
  return text.replace(SLOT, (slot, name: keyof typeof SLOTS, at: number) => {
    const key = SLOTS[name];
    const value = key && context[key];
    // An unfilled {name} reads `<host>`, like every other host placeholder users know.
    if (!value || (name === 'name' && isIpAddress(value))) return `<${name === 'name' ? 'host' : name}>`;
    const ipv6 = IPV6.exec(value)?.[1];
    if (ipv6 === undefined) return value;
    return text.startsWith(':{port}', at + slot.length) ? `[${ipv6}]` : ipv6;
  });
}
