/** What a paste says about where an error happened; every field is taken verbatim from the paste. */
export interface PasteContext {
  /** The remote host (name or address) the failing call talked to or looked up. */
  host?: string;
  /** Its IP address, where the paste shows one: for commands that take no name (`ip route get`). */
  address?: string;
  /** The port: the peer's, or the local one a server could not bind. */
  port?: string;
  /** The DNS server a failed look-up asked, when the paste names it (Go: `lookup h on 10.0.0.2:53`). */
  dnsServer?: string;
}

/** The slots a check may have, and what of a paste fills them (`pid` and `service` never come from one). */
const SLOTS = {
  host: 'host',
  address: 'address',
  port: 'port',
  'dns-server': 'dnsServer',
  pid: null,
  service: null,
} as const satisfies Record<string, keyof PasteContext | null>;
const SLOT = /\{(host|address|port|dns-server|pid|service)\}/g;

/**
 * Fills the `{host}`, `{address}`, `{port}`, `{dns-server}`, `{pid}` and `{service}` slots of a check with what the paste
 * shows; a slot the paste does not fill is shown as a placeholder (`<port>`), never a sample value.
 */
export function fillPlaceholders(text: string, context: PasteContext = {}): string {
  return text.replace(SLOT, (_, name: keyof typeof SLOTS) => {
    const key = SLOTS[name];
    return (key && context[key]) || `<${name}>`;
  });
}
