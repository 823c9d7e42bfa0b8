import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Infrastructure-as-code tools' plan/apply failures, from real pastes of corpus round 112. */
describe("detectErrors leaves the Docker client's own 'protocol not available' alone", () => {
  it("leaves the Terraform Docker provider's 'Error initializing Docker client' alone (c112-035)", () => {
    const text =
      '│ Error: Error initializing Docker client: protocol not available\n│\n│   with provider["registry.terraform.io/kreuzwerker/docker"],\n│   on main.tf line 10, in provider "docker":';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a setsockopt that fails with ENOPROTOOPT as 10042 (c63-014)', () => {
    expect(
      highIds('ERROR: transport error 202: setsockopt TCPNODELAY failed: Protocol not available'),
    ).toEqual(['10042']);
  });
});

describe('detectErrors reads what providers, Packer and Vagrant print around a socket error', () => {
  it("reads a provider's Go dial to a local database refused as 10061 (c112-002)", () => {
    const text =
      'Unable to generate migration plan, got error: Error: postgres: scanning system variables: dial tcp 127.0.0.1:5433: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Packer's WinRM read reset on Windows as 10054 (c112-008)", () => {
    const text =
      '[ERROR] WinRM connection err: unknown error Post http://127.0.0.1:2747/wsman: read tcp 127.0.0.1:64810->127.0.0.1:2747: wsarecv: An existing connection was forcibly closed by the remote host.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Vagrant's WinRM keep-alive abort on a Windows host as 10053 (c112-037)", () => {
    const text =
      'Message: HTTPClient::KeepAliveDisconnected: An established connection was aborted by the software in your host machine. @ io_fillbuf - fd:7';
    expect(highIds(text)).toEqual(['10053']);
  });

  it("reads a provider's connect that returned EBADF as 10009 (c112-004)", () => {
    const text =
      'Error: Get "https://iam.myhuaweicloud.com:443/v3/projects?name=cn-north-1": connection error, retries exhausted. Aborting. Last error was: dial tcp 49.4.121.52:443: connect: bad file descriptor';
    expect(highIds(text)).toEqual(['10009']);
  });
});

describe("detectErrors leaves the tools' own states, deadlines and API answers alone", () => {
  it("leaves Go's 'missing address' and 'no suitable address found' alone (c112-001, c112-045)", () => {
    expect(anyIds('* provider.mysql: dial tcp: missing address')).toEqual([]);
    expect(
      anyIds('- Error setting up client: Post https://server/sdk: dial tcp: no suitable address found'),
    ).toEqual([]);
  });

  it("leaves pveproxy's 596 and a provider's context deadline alone (c112-031, c112-030)", () => {
    expect(
      anyIds('Error: error updating VM: 596 Connection timed out, error status:  (params: map[agent:1'),
    ).toEqual([]);
    expect(
      anyIds('Error: unable to retrieve the next available VM identifier: context deadline exceeded'),
    ).toEqual([]);
  });

  it('leaves a missing libvirt socket file and a state lock held alone (c112-026, c112-015)', () => {
    expect(
      anyIds(
        '│ Error: failed to connect: dial unix /var/run/libvirt/libvirt-sock: connect: no such file or directory',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Error: Error acquiring the state lock\n│ Error message: ConditionalCheckFailedException: The conditional request',
      ),
    ).toEqual([]);
  });
});
