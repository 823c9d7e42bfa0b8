import { describe, expect, it } from 'vitest';
import { inSituation } from '../../../src/core/reply/situation-checks.js';
import { realCatalog, testCore } from '../../helpers/core.js';

const { core } = testCore();

/** The checks of a paste's single explanation, as shown. */
const checksOf = (text: string) =>
  core.scan(text, 'en').reply?.sections.find((s) => s.heading === 'Check first')?.items ?? [];

// Go's resolver: the DNS server at 10.0.0.2 answered a UDP query with ICMP port unreachable.
const GO_DNS_UDP =
  '2026/12/07 10:00:00 dial tcp: lookup db.internal on 10.0.0.2:53: read udp 10.0.0.5:41234->10.0.0.2:53: read: connection refused';
// Node's dgram (a statsd client): the send to a closed UDP port came back refused.
const NODE_DGRAM =
  "Error: send ECONNREFUSED 127.0.0.1:8125\n    at doSend (node:dgram:721:16)\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'send'";

/** The opening paragraph (the summary) and the causes of a paste's single explanation. */
const meaningOf = (text: string, locale: 'en' | 'zh-TW' = 'en') => {
  const reply = core.scan(text, locale).reply;
  return {
    summary: reply?.sections[0]?.text ?? '',
    causes:
      reply?.sections.find((s) => s.heading === (locale === 'en' ? 'Likely causes' : '可能原因'))?.items ??
      [],
  };
};

describe('what a situation changes in the meaning', () => {
  it('says a UDP refusal is an ICMP port unreachable for a datagram, not a reset of a connection', () => {
    for (const paste of [GO_DNS_UDP, NODE_DGRAM]) {
      const { summary, causes } = meaningOf(paste);
      expect(summary, paste).toMatch(/ICMP port unreachable/);
      expect(summary, paste).not.toMatch(/accepting connections|with a reset/);
      expect(causes.join('\n'), paste).not.toMatch(/TCP reset|listen backlog/);
    }
    const zh = meaningOf(GO_DNS_UDP, 'zh-TW');
    expect(zh.summary).toMatch(/ICMP/);
    expect(zh.summary).not.toMatch(/以重設拒絕/);
  });

  it("says Windows' 10054 on a UdpClient is an earlier datagram's port unreachable, not a TCP reset", () => {
    const paste =
      'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.\n   at System.Net.Sockets.Socket.ReceiveFrom(Byte[] buffer, Int32 offset, Int32 size, SocketFlags socketFlags, EndPoint& remoteEP)\n   at System.Net.Sockets.UdpClient.Receive(IPEndPoint& remoteEP)';
    const { summary, causes } = meaningOf(paste);
    expect(summary).toMatch(/ICMP port unreachable/);
    expect(summary).not.toMatch(/TCP reset/);
    expect(causes.join('\n')).not.toMatch(/TLS version|keep-alive connection/);
  });

  it('says a timeout on a connection that was up is unanswered data, not a connection attempt', () => {
    const paste = '2026/12/07 10:00:00 read tcp 10.0.0.5:41234->10.0.0.9:5432: read: connection timed out';
    const { summary, causes } = meaningOf(paste);
    expect(summary).not.toMatch(/connection attempt|SYN/);
    expect(causes.join('\n')).not.toMatch(/accept queue|drops new SYNs/);
    expect(meaningOf(paste, 'zh-TW').summary).not.toMatch(/SYN/);
  });

  it('says a UDP socket that timed out was waiting for a datagram, and checks no TCP connection', () => {
    const paste = 'read udp 10.0.0.5:41234->10.0.0.2:53: read: connection timed out';
    const { summary } = meaningOf(paste);
    expect(summary).toMatch(/datagram/);
    expect(summary).not.toMatch(/SYN|stopped getting acknowledgements/);
    expect(checksOf(paste).join('\n')).not.toMatch(/keep-alive|SYN|tcp_retries2|Test-NetConnection|nc -vz /);
  });

  it("gives a UDP port in use no TCP causes (TIME_WAIT, a client's connect), in either language", () => {
    const paste = 'listen udp4 0.0.0.0:3478: bind: address already in use';
    expect(meaningOf(paste).causes.join('\n')).not.toMatch(/TIME_WAIT|connect\(\)|listens on the port/);
    expect(meaningOf(paste).causes.join('\n')).toMatch(/SO_REUSEADDR/);
    expect(meaningOf(paste, 'zh-TW').causes.join('\n')).not.toMatch(/TIME_WAIT|connect\(\)/);
  });

  it('leads a UDP send that Windows forbids with the broadcast flag, not a blocked connect()', () => {
    const paste =
      'System.Net.Sockets.SocketException (10013): An attempt was made to access a socket in a way forbidden by its access permissions.\n   at System.Net.Sockets.Socket.SendTo(Byte[] buffer, SocketFlags socketFlags, EndPoint remoteEP)\n   at System.Net.Sockets.UdpClient.Send(Byte[] dgram, Int32 bytes, IPEndPoint endPoint)';
    const { causes } = meaningOf(paste);
    expect(causes[0]).toMatch(/SO_BROADCAST/);
    expect(causes.join('\n')).not.toMatch(/connect\(\)/);
  });

  it("gives a paste that shows no situation the catalog's own summary and causes, in either language", () => {
    for (const locale of ['en', 'zh-TW'] as const) {
      for (const [paste, id] of [
        ['dial tcp 10.0.0.9:5432: connect: connection refused', '10061'],
        ['ECONNRESET', '10054'],
        ['WSAETIMEDOUT', '10060'],
      ] as const) {
        const entry = realCatalog().byId.get(id);
        const { summary, causes } = meaningOf(paste, locale);
        expect(summary.endsWith(entry?.[locale].summary ?? '?'), `${id} ${locale}`).toBe(true);
        expect(causes, `${id} ${locale}`).toEqual(entry?.[locale].causes);
      }
    }
  });

  it('shows the fitting summary in a triage of several errors', () => {
    const paste = `${GO_DNS_UDP}\n2026/12/07 10:00:05 dial tcp 10.0.0.9:5432: connect: connection timed out`;
    const reply = core.scan(paste, 'en').reply;
    const refused = reply?.sections.find((s) => s.heading?.startsWith('10061'));
    expect(refused?.text).toMatch(/ICMP port unreachable/);
  });
});

describe('inSituation', () => {
  const when = { udp: 'udp', established: 'established', macos: 'macos' };

  it('gives nothing where the paste shows no situation, or the entry has no text for it', () => {
    expect(inSituation(when, {})).toBeUndefined();
    expect(inSituation(undefined, { transport: 'udp' })).toBeUndefined();
    expect(inSituation({ macos: 'macos' }, { transport: 'udp' })).toBeUndefined();
  });

  it('prefers the transport, then the phase, then the OS', () => {
    expect(inSituation(when, { transport: 'udp', phase: 'established', os: 'macos' })).toBe('udp');
    expect(inSituation(when, { phase: 'established', os: 'macos' })).toBe('established');
    expect(inSituation(when, { os: 'macos' })).toBe('macos');
  });
});
