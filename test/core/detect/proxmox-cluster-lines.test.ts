import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from Proxmox VE and other home-lab virtualization clusters (corosync/knet, LXD and Incus,
 * Xen Orchestra, oVirt, Harvester), from real pastes of corpus round 147. One rule was added for
 * that round (pvedaemon's vncproxy task ending with PVE's own 'connection timed out'); the rest pin
 * the forms it found already read, and the tools' own words it found already left alone.
 */
const VNCPROXY_END =
  'May 11 16:48:44 pm03n01 pvedaemon[212086]: <xxx@pam!pegaprox_468581> end task UPID:pm03n01:0003FFCD:39BDF07A:6A01EC42:vncproxy:35004:xxx@pam!pegaprox_468581: connection timed out';

describe('detectErrors reads the socket errors Proxmox VE clusters and their tools print', () => {
  it("reads pveproxy's 595 status with the OS text of its proxy connect (agnon/proxmoxbmc PR #4)", () => {
    const text =
      "proxmoxer.core.ResourceException: 595 Errors during connection establishment, proxy handshake: No route to host - {'errors': b''}";
    expect(highIds(text)).toEqual(['10065']);
  });

  it('reads spice-server failing to listen in a qm start task log (bpg/terraform-provider-proxmox issue #502)', () => {
    const text =
      'kvm: warning: Spice: ../server/reds.cpp:2591:reds_init_socket: listen: Address already in use\nkvm: warning: Spice: ../server/reds.cpp:3442:do_spice_init: Failed to open SPICE sockets\nkvm: failed to initialize spice server\nTASK ERROR: start failed: QEMU exited with code 1';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("reads pyOpenSSL's errno pair in a vzdump hook's output (padelt/vzdump-plugin-b2 issue #2)", () => {
    expect(highIds("INFO: ERROR: Unknown error: SysCallError(104, 'ECONNRESET')")).toEqual(['10054']);
  });

  it('reads the PBS client\'s bare "connection reset" in a vzdump log (ayufan/pve-backup-server-dockerfiles issue #78)', () => {
    const text =
      'ERROR: backup write data failed: command error: write_data upload error: pipelined request failed: connection reset';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('reads the refused connect inside Incus\'s "Unable to connect to" wrapper (lxc/incus-os issue #269)', () => {
    const text =
      'Error: Get "https://192.168.1.146:8443": Unable to connect to: 192.168.1.146:8443 ([dial tcp 192.168.1.146:8443: connect: connection refused])';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads an LXD cluster join with no route to the member (canonical/lxd issue #10842)', () => {
    const text =
      'Error connecting to existing cluster member "100.64.1.102:8443": Get "https://100.64.1.102:8443": Unable to connect to: 100.64.1.102:8443 ([dial tcp 100.64.1.102:8443: connect: no route to host])';
    expect(highIds(text)).toEqual(['10065']);
  });

  it('reads an Incus cluster join that timed out connecting (lxc/incus issue #3075)', () => {
    const text =
      '> Error connecting to existing cluster member "20.0.0.11:8443": Get "https://20.0.0.11:8443": Unable to connect to: 20.0.0.11:8443 ([dial tcp 20.0.0.11:8443: i/o timeout])';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads Xen Orchestra's socket hang up with its code (vatesfr/xen-orchestra issue #1384)", () => {
    expect(highIds("When doing an export, got `{ [Error: socket hang up] code: 'ECONNRESET' }`.")).toEqual([
      '10054',
    ]);
  });
});

describe("detectErrors leaves the virtualization clusters' own words alone", () => {
  it("finds nothing in pvedaemon's vncproxy task ending with PVE's own accept alarm (PegaProx/project-pegaprox issue #395)", () => {
    expect(anyIds(VNCPROXY_END)).toEqual([]);
  });

  it('still reads "connection timed out" in a task end that is not a vncproxy task', () => {
    // The same line with another task type: the rule is tied to the vncproxy UPID, not to pvedaemon.
    expect(highIds(VNCPROXY_END.replaceAll(':vncproxy:', ':qmigrate:'))).toEqual(['10060']);
  });

  it("finds nothing in knet's link verdicts (corosync/corosync issue #527, kronosnet/kronosnet issue #434)", () => {
    const text =
      'Feb  7 16:31:34 mail3 corosync[758]:   [KNET  ] link: host: 4 link: 0 is down\nJan 07 03:14:33 [KNET] host: host: 2 has no active links\nJan 07 03:14:45 [TOTEM] Token has not been received in 15900 ms';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in pveproxy's vanished client and the PBS client's own timeout (dougiteixeira/proxmoxve issue #295)", () => {
    const text =
      'May 15 09:58:15 pve pveproxy[795007]: proxy detected vanished client connection\nMay 15 09:58:15 pve pvedaemon[798886]: proxmox-backup-client failed: Error: http request timed out';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in PVE's own 'got timeout' (nbuchwitz/check_pve issue #85)", () => {
    expect(
      anyIds("ERROR: Backup of VM 111 failed - VM 111 qmp command 'backup' failed - got timeout"),
    ).toEqual([]);
  });

  it("finds nothing in pveproxy's 596 for a certificate failure (rgl/terraform-proxmox-talos issue #2)", () => {
    const text =
      'Error: error listing files from datastore local: received an HTTP 596 response - Reason: error:0A000086:SSL routines::certificate verify failed';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in xo-server's own HTTP timeout (vatesfr/xen-orchestra issue #7149)", () => {
    const text =
      'Nov  1 15:18:15 orchestra xo-server[2995]: _watchEvents Error: HTTP connection has timed out\nNov  1 15:18:15 orchestra xo-server[2995]:     at TLSSocket.emitRequestTimeout (node:_http_client:840:9)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in libvirt's missing Unix socket under oVirt (oVirt/ovirt-hosted-engine-setup issue #85)", () => {
    const text =
      "ERROR    Failed to connect socket to '/var/run/libvirt/virtnetworkd-sock': No such file or directory";
    expect(anyIds(text)).toEqual([]);
  });
});
