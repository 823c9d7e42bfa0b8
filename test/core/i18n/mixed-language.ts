/**
 * Finds sentences that mix English and Chinese. Code (`…`), links, placeholders (`<port>`) and
 * quoted text (what a log or the user wrote: “…”, 「…」, "…") are not the reply's own words and are
 * left out. In a Chinese sentence, product and API names (capitalised, or written like code) may
 * stay in English; plain lowercase English words may not.
 */

/** Lowercase technical words that are names, not English prose. */
const NAMES = new Set([
  // APIs, tools and protocols, written as their authors write them
  ...'errno getaddrinfo gethostbyname getnameinfo libuv glibc hints strerror socket accept bind connect'.split(
    ' ',
  ),
  ...'listen send recv sendto recvfrom select shutdown close ioctl keepalive ping nslookup dig curl'.split(
    ' ',
  ),
  ...'kubectl systemd supervisord launchd dnsmasq firewalld conntrack netfilter iptables nftables nginx'.split(
    ' ',
  ),
  ...'seccomp chroot cgo snap syslog statsd sockerr auto on off lang status top en zh'.split(' '),
  // jargon that Taiwanese engineers write in English
  ...'root shell pod loopback raw stub'.split(' '),
]);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function stripForeign(line: string): string {
  return (
    line
      .replace(/`[^`]*`/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/<[a-z-]+>/g, ' ')
      .replace(/“[^”]*”|「[^」]*」|"[^"]*"/g, ' ')
      // Calls and manual pages: `connect()`, `udp(7)`.
      .replace(/\b\w+\(\d?\)/g, ' ')
  );
}

/** Every line of `text` that mixes the languages, for a reply meant to be in `locale`. */
export function mixedLines(text: string, locale: 'en' | 'zh-TW'): string[] {
  return text.split('\n').filter((raw) => {
    const line = stripForeign(raw);
    if (locale === 'en') return CJK.test(line);
    if (!CJK.test(line)) return false;
    const words = line.match(/(?<![\w.-])[a-z][a-z']+(?![\w.-])/g) ?? [];
    return words.some((w) => !NAMES.has(w));
  });
}
