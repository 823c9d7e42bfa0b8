import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * IRC and XMPP clients, bouncers and servers (corpus round 135). ZNC's socket library prints the
 * errno of a failed connect() as a bare number; IRC servers quote the errno of their read on a
 * client's socket in the quit reason ('Read error: <strerror>') but name their own timers in words
 * ('Ping timeout: N seconds'), which must stay unread.
 */
describe("ZNC's Csocket names the errno of its connect()", () => {
  it('reads "Connect Failed. ERRNO [65]" on Mac OS X as EHOSTUNREACH at high confidence (c135-009)', () => {
    const text = [
      'User [user] is connecting to [irc.freenode.net 6667] ...',
      'Csocket.cpp:886 Connect Failed. ERRNO [65] FD [5]',
    ].join('\n');
    expect(highIds(text)).toEqual(['10065']);
  });

  it('reads the same line with a Linux refusal and a Windows WSA code', () => {
    expect(highIds('Csocket.cpp:1281 Connect Failed. ERRNO [111] FD [7]')).toEqual(['10061']);
    expect(highIds('Csocket.cpp:1281 Connect Failed. ERRNO [10061] FD [7]')).toEqual(['10061']);
  });

  it('leaves an errno that is no socket error and the descriptor number after FD', () => {
    expect(anyIds('Csocket.cpp:886 Connect Failed. ERRNO [2] FD [5]')).toEqual([]);
  });
});

describe("IRC servers' quit reasons", () => {
  it('reads the errno text a server quotes after "Read error:" (c135-019)', () => {
    expect(
      highIds(
        'Whenever a server is connected to the global chat, it disconnects shortly with one of the following two messages: "read error: Connection reset by peer" or "Ping timeout"',
      ),
    ).toEqual(['10054']);
  });

  it("leaves the server's own ping timer and an orderly close (c135-045, c135-046, c135-047)", () => {
    expect(anyIds('[2012-07-13/14:17:54]  irc.freenode.net <- QUIT :Ping timeout: 252 seconds')).toEqual([]);
    expect(
      anyIds('VBAMGitter (~VBAMGitte@unaffiliated/caelum) has quit (Ping timeout: 260 seconds)'),
    ).toEqual([]);
    expect(anyIds('13:28:42 ⇐ Exibot quit (~Exibot@hostname) Remote host closed the connection')).toEqual([]);
  });

  it('leaves K-lines, bans and SASL failures (c135-027, c135-032)', () => {
    const text = [
      ':staberinde.local 465 * :You are banned from this server- Temporary K-line 4320 min. - abc123 (2019/12/31 01.07)',
      'ERROR :Closing Link: (*** Banned (cache))',
      '* SASL authentication failed',
      '* SASL authentication aborted',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });
});

describe("clients' own timers and XMPP stream errors", () => {
  it("leaves WeeChat's connection timeout, HexChat's TLS handshake timer and libstrophe's (c135-025, c135-038, c135-048)", () => {
    expect(anyIds('│11:56:35 freenode =!= | irc: timeout')).toEqual([]);
    expect(anyIds('Connection failed (SSL handshake timed out)')).toEqual([]);
    expect(anyIds('13/06/2014 14:38:00: xmpp: INF: Connection attempt timed out.')).toEqual([]);
  });

  it("leaves GLib's French 'Timeout was reached' in Dino and an XMPP stream error (c135-035, c135-036)", () => {
    expect(anyIds("[sbernard@jabber.fr] Error: Le délai d'attente est dépassé")).toEqual([]);
    expect(anyIds('Stream Error: mandatory-to-negotiate feature not negotiated')).toEqual([]);
  });

  it("still reads WeeChat's refusal and Conversations' unreachable host (c135-001, c135-013)", () => {
    expect(highIds('`irc: connection refused`')).toEqual(['10061']);
    expect(
      highIds(
        'me@mydomain.tld: failed to connect to xmpp.mydomain.tld/1111:2222:3333:4444:5555:6666:7777:8888 (port 5222) after 20000ms: isConnected failed: EHOSTUNREACH (No route to host)',
      ),
    ).toEqual(['10065']);
  });
});

describe("charybdis's registration timer (c135-026, c28-102)", () => {
  it("leaves the server's own 'Connection timed out' exit reason after Closing Link", () => {
    expect(anyIds('[17:45:26] -!- Closing Link: 1.2.3.4 (Connection timed out)')).toEqual([]);
    expect(
      anyIds('CVNBot.Program [CVNBot10] IRC: Closing Link: 185.15.56.20 (Connection timed out)'),
    ).toEqual([]);
  });

  it('still reads an errno the server quotes after Read error, and a timeout elsewhere in the paste', () => {
    expect(highIds('ERROR :Closing Link: 1.2.3.4 (Read error: Connection timed out)')).toEqual(['10060']);
    expect(
      highIds('Closing Link: 1.2.3.4 (Connection timed out)\nconnect() failed: Connection timed out'),
    ).toEqual(['10060']);
  });
});
