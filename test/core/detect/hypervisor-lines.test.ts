import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from hypervisors and their clients, from real pastes of corpus round 69. */
describe("detectErrors leaves EACCES on a hypervisor daemon's Unix socket file alone", () => {
  it("finds nothing in libvirt's EACCES on libvirtd's socket (Fmstrat/winapps issue #328)", () => {
    const text =
      "libvirt.libvirtError: Failed to connect socket to '/var/run/libvirt/libvirt-sock': Permission denied";
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in the same from virsh as an unprivileged user (autotest/tp-libvirt pull request #6864)', () => {
    const text =
      "error: failed to connect to the hypervisor\nerror: Failed to connect socket to '/var/run/libvirt/virtstoraged-sock': Permission denied";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Incus's client denied its socket file (ganto/copr-lxc4 issue #40)", () => {
    const text =
      'Error: Failed to connect to local daemon: Get "http://unix.socket/1.0": dial unix /var/lib/incus/unix.socket: connect: permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads EACCES on a TCP connect worded the same way with a host name (the format of wwwoffle)', () => {
    const text = "Failed to connect socket to 'proxy.example.org' port '8080' [Permission denied].";
    expect(highIds(text)).toEqual(['10013']);
  });

  it("still reads libvirt's refused connect on the same socket (virt-manager/virt-manager issue #298)", () => {
    const text =
      "libvirt.libvirtError: Failed to connect socket to '/var/run/libvirt/virtqemud-sock': Connection refused";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("still reads LXD's refused Unix socket (canonical/lxd issue #5145)", () => {
    const text =
      'Error: Get http://unix.socket/1.0: dial unix /var/snap/lxd/common/lxd/unix.socket: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads pveproxy's AnyEvent::HTTP statuses by what they carry", () => {
  it('finds nothing in status 596 after its own deadline (Telmate/terraform-provider-proxmox issue #648)', () => {
    const text = '2022/12/29 09:46:03 <<<<<<<<<< RESULT:\nHTTP/1.1 596 Connection timed out';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the connect's strerror in status 595 (takala-jp/zabbix-proxmox issue #20)", () => {
    const text =
      "proxmoxer.core.ResourceException: 595 Errors during connection establishment, proxy handshake: Connection refused - b''";
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads CloudStack's rewording of libvirt's refused migration connect", () => {
  it('reads it as a refused connect (apache/cloudstack issue #9965)', () => {
    const text =
      'com.cloud.utils.exception.CloudRuntimeException: Migration was refused connection to destination: qemu+tcp://192.168.101.100/system. Please check libvirt configuration compatibility and firewall rules on the source and destination hosts.';
    expect(highIds(text)).toEqual(['10061']);
  });
});
