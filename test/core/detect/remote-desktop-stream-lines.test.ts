import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Remote-desktop, screen-sharing and game-streaming tools (FreeRDP and Remmina, xrdp, rdesktop, noVNC and
 * websockify, Guacamole, RustDesk, Moonlight and Sunshine, NoMachine, Parsec), from real pastes of corpus
 * round 174 (`test/fixtures/corpus/round174.jsonl`, ids c174-…). Three rules came from the round: FreeRDP's
 * transport log tag is socket context, a Winsock number after '<call>() failed' is read, and xrdp's
 * g_tcp_bind line names bind's errnos. The rest pins what the rules already read, in both directions.
 */
describe("detectErrors reads FreeRDP's transport errno lines", () => {
  it("reads EAGAIN in a 'BIO_read returned a system error' line under FreeRDP's transport tag (linoffice issue #129, c174-001)", () => {
    const text =
      '[09:57:33:703] [244774:0003bc27] [ERROR][com.freerdp.core.transport] - [transport_read_layer]: BIO_read returned a system error 11: Resource temporarily unavailable';
    expect(highIds(text)).toEqual(['EAGAIN']);
  });

  it("reads EPIPE in the same line from BIO_should_retry (winapps issue #310, c8-012's line alone)", () => {
    const text =
      '[01:26:42:263] [5589:5592] [ERROR][com.freerdp.core.transport] - BIO_should_retry returned a system error 32: Broken pipe';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it("reads the tag as Android's logcat prints it (aFreeRDP, FreeRDP issue #6451's form)", () => {
    const text =
      'E/com.freerdp.core.transport: [pid=4603:tid=8fdea920] - BIO_read returned a system error 11: Resource temporarily unavailable';
    expect(highIds(text)).toEqual(['EAGAIN']);
  });

  it('leaves the same strerror alone without the tag or another socket word', () => {
    expect(anyIds('BIO_read returned a system error 11: Resource temporarily unavailable')).toEqual([]);
  });
});

describe("detectErrors reads a Winsock number after '<call>() failed'", () => {
  it("reads WSAEACCES in Moonlight's streaming test (moonlight-android issue #1342, c174-003)", () => {
    expect(highIds('[Issue]: Testing TCP 48010...bind() failed: 10013')).toEqual(['10013']);
  });

  it("reads a connect's WSAECONNREFUSED as Winsock samples print it", () => {
    expect(highIds('connect() failed: 10061')).toEqual(['10061']);
  });

  it('reads nothing after a call that is not a socket call', () => {
    expect(anyIds('CreateWindow() failed: 10013')).toEqual([]);
  });

  it("still reads nginx's POSIX errno after the same words", () => {
    expect(highIds('nginx: [emerg] bind() failed (98: Address already in use)')).toEqual(['10048']);
  });
});

describe("detectErrors reads xrdp's g_tcp_bind line", () => {
  const line =
    '[20200914-14:29:05] [ERROR] g_tcp_bind(9, 6010) failed bind IPv6 (errno=98) and IPv4 (errno=22).';

  it('reads both errnos of the failed binds at high confidence (xrdp issue #1687, c174-017)', () => {
    expect(highIds(line)).toEqual(['10022', '10048']);
  });

  it('reads them as the two errnos the line prints, each where it stands', () => {
    const matches = detectErrors(line).map((f) => f.match);
    expect(matches.sort()).toEqual(['and IPv4 (errno=22)', 'failed bind IPv6 (errno=98)']);
  });

  it("keeps a bare '(errno=98)' below auto-reply when no words name the call", () => {
    expect(highIds('worker stopped (errno=98)')).toEqual([]);
  });
});

describe("detectErrors leaves the tools' own codes, deadlines and refusals alone", () => {
  it("finds nothing in FreeRDP's ERRCONNECT_CONNECT_CANCELLED (FreeRDP issue #8305, c174-050)", () => {
    expect(anyIds('Freerdp fails to connect with "ERRCONNECT_CONNECT_CANCELLED"')).toEqual([]);
  });

  it('finds nothing in an NLA logon failure (FreeRDP issue #4661, c174-041)', () => {
    const text =
      '[13:56:21:730] [19303:19304] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_LOGON_FAILURE [0x00020014]\n[13:56:21:731] [19303:19304] [ERROR][com.freerdp.core.rdp] - rdp_recv_callback: CONNECTION_STATE_NLA - nla_recv_pdu() fail';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in FreeRDP's security negotiation failure after a causeless 'failed to connect to' (Remmina issue #820, c174-048)", () => {
    const text =
      '[11:16:45:659] [29341:29354] [ERROR][com.freerdp.core] - failed to connect to 10.19.6.22\n[11:16:45:659] [29341:29354] [ERROR][com.freerdp.core.nego] - Protocol Security Negotiation Failure\n[11:16:45:660] [29341:29354] [ERROR][com.freerdp.core] - freerdp_set_last_error ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED [0x2000C]';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in guacd's RDP security-type refusal (guacamole-docker-compose issue #101, c174-046)", () => {
    const text =
      'guacd[1567]: INFO:\tRDP server closed/refused connection: Server refused connection (wrong security type?)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in hbbs' own self-test deadline (doc.rustdesk.com issue #555, c174-030)", () => {
    const text =
      '[2025-09-09 03:53:24.895925 +00:00] ERROR [src/rendezvous_server.rs:173] Failed to run hbbs test with 0.0.0.0:21116: Timeout of test_hbbs';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in NoMachine's connection-timeout dialog (Docker-Ubuntu-Desktop-NoMachine issue #18, c174-045)", () => {
    const text =
      "Error in Nomachine : \"A connection timeout has occurred while trying to connect to '4.tcp.ngrok.io' on port '16585'. The issue could either be caused by a networking problem, by a firewall or NAT blocking incoming traffic or by a wrong server address.";
    expect(anyIds(text)).toEqual([]);
  });
});
