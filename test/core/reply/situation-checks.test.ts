import { describe, expect, it } from 'vitest';
import { checksIn } from '../../../src/core/reply/situation-checks.js';
import { scanInPieces, testCore } from '../../helpers/core.js';
import { channel, user } from '../create-core-inputs.js';

const { core } = testCore();

/** The checks of a paste's single explanation, as shown. */
const checksOf = (text: string, locale: 'en' | 'zh-TW' = 'en') => {
  const reply = core.scan(text, locale).reply;
  return reply?.sections.find((s) => s.heading === (locale === 'en' ? 'Check first' : '先檢查'))?.items ?? [];
};
/** The checks of a reply (Slack's command answers are brief: they show the first two). */
const briefChecks = (reply: { sections: { heading?: string; items?: string[] }[] }) =>
  reply.sections.find((s) => s.heading === 'Check first')?.items ?? [];
/** The lines of a triage reply (several errors), each error's first check under it. */
const triageOf = (text: string) => core.scan(text, 'en').reply?.sections[0]?.text ?? '';

// Go's resolver: the DNS server at 10.0.0.2 answered a UDP query with ICMP port unreachable.
const GO_DNS_UDP =
  '2026/12/07 10:00:00 dial tcp: lookup db.internal on 10.0.0.2:53: read udp 10.0.0.5:41234->10.0.0.2:53: read: connection refused';
// Node's dgram (a statsd client): the send to a closed UDP port came back refused.
const NODE_DGRAM =
  "Error: send ECONNREFUSED 127.0.0.1:8125\n    at doSend (node:dgram:721:16)\n    at defaultTriggerAsyncId (node:internal/async_hooks:465:18) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'send',\n  address: '127.0.0.1',\n  port: 8125\n}";

describe('checks for a UDP refusal', () => {
  it("checks UDP listeners, not TCP ones, when Go's resolver is refused over UDP", () => {
    const shown = checksOf(GO_DNS_UDP);
    const all = shown.join('\n');
    expect(all).toMatch(/`ss -lunp/);
    expect(all).toMatch(/`Get-NetUDPEndpoint/);
    expect(all).toMatch(/`nslookup db\.internal 10\.0\.0\.2`/);
    expect(all).not.toMatch(/ss -ltnp|Get-NetTCPConnection|-iTCP|nc -vz |Test-NetConnection/);
    // The name looked up is no peer of the datagram: the test datagram goes to the resolver that refused.
    expect(all).toMatch(/`nc -vzu 10\.0\.0\.2 53`/);
    expect(all).toMatch(/`ss -lunp 'sport = :53'`/);
  });

  it('says so in Traditional Chinese too', () => {
    const all = checksOf(GO_DNS_UDP, 'zh-TW').join('\n');
    expect(all).toMatch(/`ss -lunp/);
    expect(all).not.toMatch(/ss -ltnp|Get-NetTCPConnection/);
  });

  it("checks UDP listeners for a refusal Node's dgram reports", () => {
    const shown = checksOf(NODE_DGRAM);
    expect(shown[0]).toMatch(/`ss -lunp 'sport = :8125'`/);
    expect(shown.join('\n')).toMatch(/`nc -vzu 127\.0\.0\.1 8125`/);
  });

  it('keeps the TCP checks for a TCP refusal beside a UDP one in the same paste', () => {
    const paste = `${GO_DNS_UDP}\n2026/12/07 10:00:01 dial tcp 10.0.0.9:5432: connect: connection refused`;
    expect(checksOf(paste)[0]).toMatch(/^On the server: `ss -ltnp/);
  });

  it("checks UDP listeners for a syslog handler's sendto, nginx's resolver and C's perror (sendto: …)", () => {
    const python =
      'Traceback (most recent call last):\n  File "/usr/lib/python3.11/logging/handlers.py", line 1008, in emit\n    self.socket.sendto(msg, self.address)\nConnectionRefusedError: [Errno 111] Connection refused';
    const nginx =
      '2026/12/07 10:00:00 [error] 31#31: send() failed (111: Connection refused) while resolving, resolver: 127.0.0.11:53';
    for (const paste of [python, nginx, 'sendto: Connection refused']) {
      expect(checksOf(paste)[0], paste).toMatch(/`ss -lunp/);
    }
    // Android's libcore says `sendto failed` of TCP sockets too: no sign of UDP.
    expect(
      checksOf('java.net.ConnectException: sendto failed: ECONNREFUSED (Connection refused)')[0],
    ).toMatch(/`ss -ltnp/);
  });

  it("gives a refusal whose transport the paste does not show today's checks", () => {
    expect(checksOf('dial tcp 10.0.0.9:5432: connect: connection refused')[0]).toMatch(
      /^On the server: `ss -ltnp 'sport = :5432'`/,
    );
    expect(checksOf('ECONNREFUSED')[0]).toMatch(/^On the server: `ss -ltnp 'sport = :<port>'`/);
  });

  it("checks UDP listeners for Windows' reset on a UdpClient (ICMP port unreachable)", () => {
    const paste =
      'System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.\n   at System.Net.Sockets.Socket.ReceiveFrom(Byte[] buffer, Int32 offset, Int32 size, SocketFlags socketFlags, EndPoint& remoteEP)\n   at System.Net.Sockets.UdpClient.Receive(IPEndPoint& remoteEP)';
    const all = checksOf(paste).join('\n');
    expect(all).toMatch(/Get-NetUDPEndpoint/);
    expect(all).toMatch(/SIO_UDP_CONNRESET/);
  });

  it('chooses the same checks for a log read piece by piece (`sockerr scan FILE`)', () => {
    const paste = `${GO_DNS_UDP}\n2026/12/07 10:00:02 read tcp 10.0.0.5:5123->10.0.0.9:443: read: connection reset by peer`;
    for (const size of [7, 64, 4096]) {
      expect(scanInPieces(core, paste, size).reply?.sections[0]?.text).toBe(triageOf(paste));
    }
    expect(triageOf(paste)).toMatch(/check first: [^\n]*`ss -lunp/);
  });

  it("leads Windows' WSAENETRESET on a UdpClient with the expired TTL, not keep-alives", () => {
    const paste =
      'System.Net.Sockets.SocketException (10052): The connection has been broken due to keep-alive activity detecting a failure while the operation was in progress.\n   at System.Net.Sockets.UdpClient.Receive(IPEndPoint& remoteEP)';
    const shown = checksOf(paste);
    expect(shown[0]).toMatch(/TTL/);
    expect(shown[0]).toMatch(/`tracert -d <host>`/);
    expect(shown.join('\n')).not.toMatch(/rebooted/);
    expect(checksOf(paste, 'zh-TW')[0]).toMatch(/TTL/);
  });

  it('shows the UDP check first in a triage line', () => {
    const paste = `${GO_DNS_UDP}\n2026/12/07 10:00:02 read tcp 10.0.0.5:5123->10.0.0.9:443: read: connection reset by peer`;
    expect(triageOf(paste)).toMatch(/check first: [^\n]*`ss -lunp/);
  });

  it("leads Slack's brief answer to a pasted UDP refusal with UDP checks, and More keeps them", async () => {
    const { core } = testCore();
    const reply = await core.command({ text: GO_DNS_UDP, channel, user });
    const shown = briefChecks(reply);
    expect(shown).toHaveLength(2);
    expect(shown[0]).toMatch(/`ss -lunp/);
    expect(shown[1]).toMatch(/`nslookup db\.internal 10\.0\.0\.2`/);
    const more = reply.actions.find((a) => a.id === 'more');
    expect(more).toBeDefined();
    // The press finds the paste's situation kept with its hosts: the whole answer has the same checks first.
    const whole = await core.details(more?.value ?? '');
    expect(briefChecks(whole).slice(0, 2)).toEqual(shown);
  });
});

// Node: a socket that was up timed out while reading (its syscall is `read`, not `connect`).
const NODE_READ_TIMEOUT =
  "Error: read ETIMEDOUT\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -110,\n  code: 'ETIMEDOUT',\n  syscall: 'read'\n}";

/** What the checks say of a connect that got no answer: the OS's SYN retries, SYNs with no SYN-ACK. */
const CONNECT_ADVICE = /21 s|21 秒|SYN-ACK|SYN retries/;

describe('checks for a timeout on a connection that was up', () => {
  it("talks of retransmissions and idle timeouts, not SYN retries, for Node's `read ETIMEDOUT`", () => {
    const shown = checksOf(NODE_READ_TIMEOUT);
    expect(shown.join('\n')).not.toMatch(CONNECT_ADVICE);
    expect(shown[0]).toMatch(/tcp_retries2/);
    expect(shown[1]).toMatch(/idle timeout/);
  });

  it("does so for Go's read and Windows' `wsarecv`, in either language", () => {
    const go = 'read tcp 10.0.0.5:51234->10.0.0.9:5432: read: connection timed out';
    expect(checksOf(go).join('\n')).not.toMatch(CONNECT_ADVICE);
    expect(checksOf(go).join('\n')).toMatch(/`tcpdump -nni any host 10\.0\.0\.9 and port 5432`/);
    expect(checksOf(go, 'zh-TW').join('\n')).not.toMatch(CONNECT_ADVICE);
    const windows =
      'read tcp 192.168.1.5:50312->203.0.113.7:443: wsarecv: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.';
    expect(checksOf(windows).join('\n')).not.toMatch(CONNECT_ADVICE);
  });

  it("does so for nginx's and curl's reads from an upstream that went quiet", () => {
    for (const paste of [
      '2026/12/07 10:00:00 [error] 31#31: *1 recv() failed (110: Connection timed out) while reading response header from upstream, upstream: "http://10.0.0.9:8080/"',
      'curl: (56) Recv failure: Connection timed out',
    ]) {
      expect(checksOf(paste)[0], paste).toMatch(/tcp_retries2/);
    }
  });

  it("does so for Java's `(Read failed)` and a Python read on the socket (c21-018, c111-018)", () => {
    const java =
      'java.net.SocketException: Connection timed out (Read failed)\n\tat java.net.SocketInputStream.socketRead0(Native Method)';
    expect(checksOf(java).join('\n')).not.toMatch(CONNECT_ADVICE);
    const python =
      'Traceback (most recent call last):\n  File "selector_events.py", line 723, in _read_ready\n    data = self._sock.recv(self.max_size)\nTimeoutError: [Errno 110] Connection timed out';
    expect(checksOf(python).join('\n')).not.toMatch(CONNECT_ADVICE);
  });

  it('keeps the connect checks for a timeout while connecting', () => {
    for (const paste of [
      'Error: connect ETIMEDOUT 10.0.0.9:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      'dial tcp 10.0.0.9:5432: connect: connection timed out',
      'java.net.ConnectException: Connection timed out (Connection timed out)\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)',
      '  File "connection.py", line 73, in create_connection\n    sock.connect(sa)\nTimeoutError: [Errno 110] Connection timed out',
      'ETIMEDOUT',
    ]) {
      expect(checksOf(paste)[1]).toMatch(/SYN retries/);
    }
  });

  it("leads Slack's brief answer to a read timeout with what an established connection needs", async () => {
    const { core } = testCore();
    const shown = briefChecks(await core.command({ text: NODE_READ_TIMEOUT, channel, user }));
    expect(shown).toHaveLength(2);
    expect(shown.join('\n')).not.toMatch(CONNECT_ADVICE);
  });
});

describe('checks on macOS', () => {
  const MAC_NOT_FOUND =
    'Error: getaddrinfo ENOTFOUND db.internal\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n    at /Users/alice/app/server.js:10:5';

  it('resolves with dscacheutil, not getent, which macOS does not have, in either language', () => {
    const en = checksOf(MAC_NOT_FOUND).join('\n');
    expect(en).not.toMatch(/getent/);
    expect(en).toMatch(/`dscacheutil -q host -a name db\.internal`/);
    expect(en).toMatch(/`scutil --dns`/);
    const zh = checksOf(MAC_NOT_FOUND, 'zh-TW').join('\n');
    expect(zh).not.toMatch(/getent/);
    expect(zh).toMatch(/`dscacheutil -q host -a name db\.internal`/);
  });

  it("checks a Mac's own route and its Local Network permission for EHOSTUNREACH, not `ip route`", () => {
    const paste = 'Error: connect EHOSTUNREACH 192.168.1.20:22\n    at /Users/alice/app/ssh.js:10:5';
    const shown = checksOf(paste);
    expect(shown[0]).toMatch(/`route -n get 192\.168\.1\.20`/);
    expect(shown.join('\n')).toMatch(/Local Network/);
    expect(checksOf(paste, 'zh-TW').join('\n')).toMatch(/`route -n get 192\.168\.1\.20`/);
  });

  it("names macOS's resolver list (`scutil --dns`), not resolvectl, for a resolver's failure", () => {
    const paste = 'Error: getaddrinfo EAI_AGAIN db.internal\n    at /Users/alice/app/db.js:3:1';
    const all = checksOf(paste).join('\n');
    expect(all).toMatch(/`scutil --dns`/);
    expect(all).not.toMatch(/resolvectl/);
  });

  it("leaves getent to a paste that shows no OS or Linux's", () => {
    const plain = 'Error: getaddrinfo ENOTFOUND db.internal';
    expect(checksOf(plain)[0]).toMatch(/`getent hosts db\.internal`/);
    expect(checksOf(`${plain}\n    at /home/alice/app/server.js:10:5`)[0]).toMatch(
      /`getent hosts db\.internal`/,
    );
  });
});

describe('checks for a UDP port that cannot be bound', () => {
  it('looks for the UDP socket that holds the port (a TURN listener, a DDS participant)', () => {
    const turn = checksOf('listen udp4 0.0.0.0:3478: bind: address already in use').join('\n');
    expect(turn).toMatch(/`ss -lunp 'sport = :3478'`/);
    expect(turn).toMatch(/`Get-NetUDPEndpoint -LocalPort 3478`/);
    expect(turn).not.toMatch(/ss -ltnp|Get-NetTCPConnection|-iTCP/);
    const dds = checksOf('ddsi_udp_create_conn: failed to bind to ANY:7400: address in use').join('\n');
    // Its `ANY:7400` is the wildcard address and the port: the port fills the checks, no host does.
    expect(dds).toMatch(/`ss -lunp 'sport = :7400'`/);
    expect(dds).not.toMatch(/ss -ltnp|Get-NetTCPConnection|-iTCP/);
    expect(checksOf('listen udp 0.0.0.0:53: bind: address already in use', 'zh-TW').join('\n')).toMatch(
      /`ss -lunp 'sport = :53'`/,
    );
  });

  it("keeps TCP's checks for a TCP listener", () => {
    expect(checksOf('listen tcp 0.0.0.0:8080: bind: address already in use')[0]).toMatch(
      /`ss -ltnp 'sport = :8080'`/,
    );
  });

  it("lists Windows' reserved UDP ranges, not TCP's, for a UDP bind it forbids", () => {
    const paste =
      'listen udp 0.0.0.0:5353: bind: An attempt was made to access a socket in a way forbidden by its access permissions.';
    const shown = checksOf(paste);
    expect(shown[0]).toMatch(/`netsh int ipv4 show excludedportrange protocol=udp`/);
    expect(shown.join('\n')).not.toMatch(/protocol=tcp|ss -ltnp/);
  });
});

describe('checksIn', () => {
  const text = {
    checks: ['default'],
    checksWhen: { udp: ['udp'], established: ['established'], macos: ['macos'] },
  };

  it("gives the catalog's checks where the paste shows no situation, or the entry has no list for it", () => {
    expect(checksIn(text)).toEqual(['default']);
    expect(checksIn(text, { os: 'windows' })).toEqual(['default']);
    expect(checksIn({ checks: ['default'] }, { transport: 'udp', os: 'macos' })).toEqual(['default']);
  });

  it('prefers the transport, then the phase, then the OS', () => {
    expect(checksIn(text, { transport: 'udp', phase: 'established', os: 'macos' })).toEqual(['udp']);
    expect(checksIn(text, { phase: 'established', os: 'macos' })).toEqual(['established']);
    expect(checksIn(text, { os: 'macos' })).toEqual(['macos']);
  });
});
