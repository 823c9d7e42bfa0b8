import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from developer environments (kubectl against local clusters, Lima), from real pastes of corpus round 38. */
describe("detectErrors reads kubectl's refused message as it is pasted", () => {
  it('reads it with the hyphen turned into an em dash (rancher/rancher issue #17418)', () => {
    const text =
      'The connection to the server localhost:8080 was refused — did you specify the right host or port?';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads it cut after "was refused" in an issue title (kubernetes/minikube issue #13348)', () => {
    expect(highIds('The connection to the server localhost:8443 was refused')).toEqual(['10061']);
  });

  it('does not read "was refused" without kubectl\'s start of the sentence', () => {
    expect(anyIds('The login to the server localhost:8443 was refused')).toEqual([]);
    expect(anyIds('on_disconnect 5: The connection was refused.')).toEqual([]);
  });
});

describe("detectErrors reads gVisor netstack's refused dial", () => {
  it("reads 'connect tcp <addr>: connection was refused' from Lima's port proxy (lima-vm/lima issue #1200)", () => {
    const text =
      '2022/11/24 20:05:38 tcpproxy: for incoming conn 127.0.0.1:50135, error dialing "192.168.5.15:22": connect tcp 192.168.5.15:22: connection was refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("does not read an application's own 'Connection was refused' without the dial before it", () => {
    expect(anyIds('Monitor check failed: Connection was refused')).toEqual([]);
  });
});

describe("detectErrors reads multipassd's failed image-index fetch", () => {
  it("reads Qt's 'Host <name> not found' before '- trying cache' (canonical/multipass issue #3485)", () => {
    const text =
      'Apr 13 23:12:42 nucnucwhosthere multipassd[1017]: Error getting https://cloud-images.ubuntu.com/releases/streams/v1/index.json: Host cloud-images.ubuntu.com not found - trying cache.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("does not read the same suffix after an HTTP answer or without Qt's 'Host '", () => {
    expect(
      anyIds(
        'multipassd[1017]: Error getting https://example.com/index.json: Error transferring https://example.com/index.json - server replied: Not Found - trying cache.',
      ),
    ).toEqual([]);
    expect(anyIds('Fleet UI not found - trying cache bypass methods...')).toEqual([]);
  });
});

describe("detectErrors reads Vagrant's SSH retry warnings", () => {
  it("reads 'Connection aborted.' as ECONNABORTED (hashicorp/vagrant issue #9497)", () => {
    const text = [
      '    homestead-7: Warning: Connection aborted. Retrying...',
      '    homestead-7: Warning: Connection reset. Retrying...',
    ].join('\n');
    expect(highIds(text)).toEqual(['10053', '10054']);
  });

  it("does not read Vagrant's own timeout or Net::SSH's disconnect", () => {
    expect(anyIds('    default: Warning: Connection timeout. Retrying...')).toEqual([]);
    expect(anyIds('    default: Warning: Remote connection disconnect. Retrying...')).toEqual([]);
  });

  it("does not read another program's 'Connection aborted. Retrying...' without Vagrant's 'Warning: '", () => {
    expect(anyIds('2024/05/01 10:00:00 Connection aborted. Retrying...')).toEqual([]);
  });
});
