import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Lines from CI runners, provisioning tools and cloud command lines, from real pastes of corpus round 35. */
describe("grpc-js's 'No connection established' with an HTTP/2 protocol error", () => {
  it('reads no EPROTO when the peer spoke no HTTP/2 (pulumi/pulumi issue #18911, corpus c35-053)', () => {
    const text =
      '    Error: 14 UNAVAILABLE: No connection established. Last error: Protocol error (2025-03-16T15:22:54.857Z)';
    expect(detectErrors(text)).toEqual([]);
  });

  it('still reads the socket error grpc-js names as its last error', () => {
    const text =
      '14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:50051';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('still reads a bare EPROTO message with connection words and no grpc-js wording', () => {
    expect(anyIds('connection failed: Protocol error')).toContain('EPROTO');
  });
});

describe("Java's 'Read timed out' read deadline", () => {
  it("reads no connect timeout in Jenkins remoting's 'Failed to connect to …: Read timed out' (jenkinsci/amazon-ecs-plugin issue #102, corpus c35-096)", () => {
    const text =
      'SEVERE: Failed to connect to https://10.0.3.51:50000/tcpSlaveAgentListener/: Read timed out';
    expect(detectErrors(text)).toEqual([]);
  });

  it("still reads Java's connect-phase 'Connect timed out' under the same wrapper", () => {
    const text =
      'java.io.IOException: Failed to connect to https://ci:50000/tcpSlaveAgentListener/: Connect timed out';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("Vagrant's SSH connection errors, raised for the connect's errno", () => {
  it('reads SSHConnectionReset as a reset (hashicorp/vagrant issue #12262, corpus c35-021)', () => {
    const text =
      ' INFO ssh: SSH not ready: #<Vagrant::Errors::SSHConnectionReset: SSH connection was reset! This usually happens when the machine is';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('reads SSHConnectionRefused as a refusal (hashicorp/vagrant issue #3329)', () => {
    const text =
      ' INFO ssh: SSH not ready: #<Vagrant::Errors::SSHConnectionRefused: SSH connection was refused! This usually happens if the VM failed to';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads EHOSTDOWN in Vagrant's 'Host appears down.' retry line (puphpet/puphpet issue #2155, corpus c35-123)", () => {
    expect(highIds('local: Warning: Host appears down. Retrying...')).toEqual(['10064']);
  });

  it("reads nothing in the same words without Vagrant's 'Warning: '", () => {
    expect(anyIds('Host appears down. Retrying...')).toEqual([]);
  });

  it("reads no error in net-ssh's 'Remote connection disconnect' retry line", () => {
    expect(anyIds('    default: Warning: Remote connection disconnect. Retrying...')).toEqual([]);
  });
});

describe("gVisor netstack's 'connection was refused'", () => {
  it("reads a refusal in flyctl's 'connect tcp …: connection was refused' (superfly/flyctl pull request #1320, corpus c35-128)", () => {
    const text =
      'DEBUG Remote builder unavailable, retrying in 50ms (err: error during connect: Get "http://[fdaa:0:2b6:a7b:1a:bd57:bf3:2]:2375/_ping": connect tcp [fdaa:0:2b6:a7b:1a:bd57:bf3:2]:2375: connection was refused)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads nothing in an application's own 'The connection was refused.'", () => {
    expect(anyIds('on_disconnect 5: The connection was refused.')).toEqual([]);
  });
});
