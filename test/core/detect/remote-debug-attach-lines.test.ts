import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Debugger attach and remote-development lines, from real pastes of corpus round 199. No rule was
 * added for the round: these pin what the detector already reads, so a later rule for one of the
 * neighbouring forms cannot turn a debugger's own summary into a socket error, or lose the OS's.
 */
describe('detectErrors reads the socket errors under debugger attaches', () => {
  it.each([
    [
      'Error running \'Embedded Device Debugger (1234)\': Unable to open debugger port (192.168.0.143:1234): java.net.ConnectException "Connection refused: connect"',
      '10061',
      'c199-005',
    ],
    [
      'Can not start launch configuration\nFailed to connect to remote VM. Connection refused. ',
      '10061',
      'c199-008',
    ],
    ['ERROR: transport error 202: bind failed: Address already in use', '10048', 'c199-017'],
    ['ERROR: transport error 202: connect failed: Connection refused', '10061', 'c199-018'],
    ['Starting inspector on 127.0.0.1:9229 failed: address already in use', '10048', 'c199-012'],
    ['could not launch process: dial tcp :50889: getsockopt: connection refused', '10061', 'c199-010'],
    [
      '#the specified GDB remote stub cannot be reached: Could not connect to 127.0.0.1: Connection refused',
      '10061',
      'c199-015',
    ],
  ])('reads %j as %s (%s)', (text, id) => {
    expect(highIds(text)).toEqual([id]);
  });

  it("reads Apache MINA SSHD's reset under JetBrains Gateway as a reset (c199-022)", () => {
    const text =
      'WARN org.apache.sshd.client.session.ClientSessionImpl - exceptionCaught(ClientSessionImpl[root@localhost/127.0.0.1:2222])[state=Opened] SocketException: Connection reset';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors reads debuggers' and remote tools' own summaries as no error", () => {
  it.each([
    [
      'Xdebug: [Step Debug] Could not connect to debugging client. Tried: host.docker.internal:9090 (through xdebug.client_host/xdebug.client_port).',
    ],
    ['I: Connecting to configured address/port: 10.0.2.2:9001.\nE: Time-out connecting to client. :-('],
    ['Debugger failed to attach: handshake failed - received >POST /wlcApp/l< - expected >JDWP-Handshake<'],
    ['could not attach to pid 48504: stub exited while waiting for connection'],
    ['error: Failed to connect port'],
    [
      'Error processing attach: Error: Could not connect to debug target at http://localhost:25575: Promise was canceled',
    ],
    ['Resolver error: Error: Connecting with SSH timed out'],
    ['net.schmizz.sshj.transport.TransportException: Timeout expired'],
    [
      "Connection to 'Codespaces' could not be established  Failed to connect to the codespace through the relay: invalid relay SAS.",
    ],
    ['rg.eclipse.core.runtime.CoreException: Cannot connect to VM'],
    [
      '             couldn\'t handle -2 request "launch" from Client[1]:\n             Timed out waiting for debuggee to spawn',
    ],
  ])('ignores %j', (text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
