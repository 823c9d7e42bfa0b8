import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Apple platforms' own network logs as pasted from Xcode's console or Console.app (corpus round 132):
 * Network.framework prints a socket's errno as `[<errno>: <strerror>]`, CFNetwork prints a failed
 * connection as `failed to connect <CFStream domain>:<code>`; only domain 1 (POSIX) is Darwin's errno.
 */
describe("Network.framework's bracketed socket errno is read", () => {
  it('reads SO_ERROR [60: Operation timed out] as a connect timeout (c42-118 form)', () => {
    expect(
      highIds(
        '2019-11-05 11:31:20.455146+0800 App[1234:5678] [] nw_socket_handle_socket_event [C25.1:1] Socket SO_ERROR [60: Operation timed out]',
      ),
    ).toEqual(['10060']);
  });

  it('reads the same errno on a recvmsg line', () => {
    expect(
      highIds('nw_socket_get_input_frames [C1.1:3] recvmsg(fd 12, 1024 bytes) [60: Operation timed out]'),
    ).toEqual(['10060']);
  });

  it('still reads the refusal and the reset it prints in the same form (c132-002, c132-009; the reset as Starscream #886 prints it)', () => {
    expect(
      highIds('[connection] nw_socket_handle_socket_event [C1:1] Socket SO_ERROR [61: Connection refused]'),
    ).toEqual(['10061']);
    expect(
      highIds(
        'nw_socket_get_input_frames [C1.1:3] recvmsg(fd 12, 1024 bytes) [54: Connection reset by peer]',
      ),
    ).toEqual(['10054']);
  });

  it('does not make a bare NSPOSIXErrorDomain timeout high: CoreSimulator prints it for a simulator that did not answer (c132-012)', () => {
    expect(highIds('Error Domain=NSPOSIXErrorDomain Code=60 "Operation timed out"')).toEqual([]);
  });
});

describe("CFNetwork's 'failed to connect <domain>:<code>' is read in the POSIX domain only", () => {
  it('reads domain 1 as a Darwin errno', () => {
    const text = [
      'Connection 2: received failure notification',
      'Connection 2: failed to connect 1:61, reason -1',
      'Connection 2: encountered error(1:61)',
    ].join('\n');
    expect(highIds(text)).toEqual(['10061']);
    expect(highIds('Connection 95: failed to connect 1:50, reason -1')).toEqual(['10050']);
  });

  it('does not read the NetDB domain (12) as an errno', () => {
    expect(
      anyIds('Connection 4: failed to connect 12:8, reason -1\nConnection 4: encountered error(12:8)'),
    ).toEqual([]);
  });

  it('does not read a count of things that failed to connect', () => {
    expect(anyIds('Failed to connect 1:2 of the peers, retrying')).toEqual([]);
  });
});

describe("URLSession's own outcomes and Xcode's noise are left alone", () => {
  it('leaves the request deadline and a cancelled task (c132-033)', () => {
    const text = [
      'Task <A>.<7> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={_kCFStreamErrorCodeKey=-2102, _kCFStreamErrorDomainKey=4}',
      'Task <B>.<6> can retry(N) with reason(2) for error [1:89]',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves the cannot-parse-response code whose stream error is in the HTTP domain (c132-032)', () => {
    expect(
      anyIds(
        'finished with error [-1017] Error Domain=NSURLErrorDomain Code=-1017 "cannot parse response" UserInfo={_kCFStreamErrorCodeKey=-1, NSLocalizedDescription=cannot parse response, _kCFStreamErrorDomainKey=4',
      ),
    ).toEqual([]);
  });

  it("leaves libquic's dlopen line and an unconnected connection's notice (c132-024, c132-026)", () => {
    expect(anyIds('nw_protocol_get_quic_image_block_invoke dlopen libquic failed')).toEqual([]);
    expect(anyIds('[] nw_connection_get_connected_socket 32 Connection has no connected handler')).toEqual(
      [],
    );
  });

  it('leaves TLS failures in the SSL stream domain (c132-035)', () => {
    const text = [
      'TIC TCP Conn Failed [4:0x1c0362f40]: 3:-9802 Err(-9802)',
      'NSURLSession/NSURLConnection HTTP load failed (kCFStreamErrorDomainSSL, -9802)',
      'Task <8EF885D2>.<1> HTTP load failed (error code: -1200 [3:-9802])',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });
});
