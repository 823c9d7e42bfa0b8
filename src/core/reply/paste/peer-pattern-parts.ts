// The pieces every peer pattern is made of: how logs print a host, an address, a name.

/** A host as logs print it: an IPv4 or bracketed IPv6 address, `localhost`, or a dotted name. */
export const HOST = String.raw`\[[0-9A-Fa-f:.]{2,45}\]|\d{1,3}(?:\.\d{1,3}){3}|localhost|[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}`;
/** An unbracketed IPv6 address: with `::`, or all eight groups (so a time like `10:02:07` is none). */
export const IPV6 = `(?=[0-9A-Fa-f:]{0,39}::)[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}`;
/** An IP address as it stands alone in text: IPv4, or IPv6 unbracketed. */
export const ADDRESS = String.raw`\d{1,3}(?:\.\d{1,3}){3}|${IPV6}`;
/**
 * A single-label host (a container or service name) where the text says it is a host. Docker names
 * may hold `_` (Compose v1's `app_db_1`, a service `my_backend`), and its DNS answers for them.
 */
export const NAMED_HOST = `[A-Za-z0-9][A-Za-z0-9._-]{0,252}`;

/**
 * Each pattern is anchored on fixed words or punctuation and bounded, so reading a record is linear.
 * `gate`: what any match contains, tested first: a plain search for it is cheaper than trying the
 * pattern (its `\b` or look-behind) at every position, and most records name no host or port.
 */
export interface PeerPattern {
  re: RegExp;
  host?: number;
  port?: number;
  dns?: number;
  gate?: RegExp;
  /** Its host is a name a resolver was asked for. */
  lookup?: true;
  /**
   * The words around it say it is a host, so a name that ends like a source file's is still one
   * (`geoportal2.pl` is Poland's, `example.sh` Saint Helena's). A `lookup` pattern is one too.
   */
  named?: true;
  /**
   * Its host is the failing call's own peer (Go's `read udp 10.0.0.5:41234->10.0.0.2:53`), kept even
   * where it is the resolver a look-up asked: a refused or unanswered query was sent to it.
   */
  own?: true;
}
