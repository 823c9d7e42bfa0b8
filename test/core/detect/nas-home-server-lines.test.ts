import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from NAS and home-server systems and their app layers (TrueNAS CORE and SCALE, Unraid,
 * Synology DSM, QNAP, OpenMediaVault, CasaOS, Umbrel, Portainer, Nginx Proxy Manager), from real pastes
 * of corpus round 171. One rule was added: rust-libp2p's multistream-select wrapper 'Protocol error:
 * I/O error: …' is set aside, since 'Protocol error' is also the OS's text for EPROTO; an OS error
 * inside the I/O error is still read. The rest pin forms already read, FreeBSD's errno numbers on TrueNAS CORE among them.
 */
const libp2pSubstream =
  'web_1  | 2022-06-02 12:44:42 DEBUG xtra_libp2p::endpoint: Failed to negotiate substream: Protocol error: I/O error: 0ebbebf5/82: connection is closed';

describe("detectErrors leaves rust-libp2p's multistream-select wrapper alone", () => {
  it("reads nothing in an Umbrel app's yamux substream failure (getumbrel/umbrel issue #1403)", () => {
    expect(anyIds(libp2pSubstream)).toEqual([]);
  });

  it('still reads an OS error carried inside the I/O error', () => {
    const text =
      'Failed to negotiate substream: Protocol error: I/O error: Connection reset by peer (os error 104)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("still reads the OS's EPROTO text after a socket call", () => {
    expect(highIds('connect: Protocol error')).toEqual(['EPROTO']);
  });
});

describe('detectErrors reads the sockets under NAS app layers', () => {
  it("reads Python's errno 61 on TrueNAS CORE's FreeBSD as a refusal (danb35/deploy-freenas issue #17)", () => {
    const text =
      '    sock.connect(sa)\nConnectionRefusedError: [Errno 61] Connection refused\n\nDuring handling of the above exception, another exception occurred:';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads FreeBSD libfetch's 'No address record' in a TrueNAS jail (danb35/freenas-iocage-plex issue #17)", () => {
    const text =
      'pkg: Error fetching http://pkg.FreeBSD.org/FreeBSD:12:amd64/latest/Latest/pkg.txz: No address record\nAddress resolution failed for http://pkg.FreeBSD.org/FreeBSD:12:amd64/latest.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads BusyBox nc's 'bad address' in Synology's Docker log (oznu/docker-unms issue #31)", () => {
    expect(highIds("nc: bad address 'unms-postgres' | stdout")).toEqual(['11001']);
  });

  it('reads a refusal on the Docker socket mounted into a container on DSM (nginx-proxy/nginx-proxy issue #166)', () => {
    const text =
      '2015/05/14 17:13:11 error listing containers: dial unix /tmp/docker.sock: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Umbrel's select() refusal with Linux's number (getumbrel/umbrel issue #425)", () => {
    expect(highIds('Connect() to 10.21.21.11:9050 failed after select(): Connection refused (111)')).toEqual([
      '10061',
    ]);
  });

  it("reads OpenMediaVault's docker plugin relaying curl's refusal (openmediavault-docker-gui issue #35)", () => {
    const text =
      "exception 'OMVModuleDockerException' with message 'Error: \"Failed to connect to localhost port 80: Connection refused\" - Code: 7' in /usr/share/omvdocker/Utils.php:73";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads nginx's host-not-found for a container name on Unraid (Flixorui/flixor issue #19)", () => {
    const text = 'nginx: [emerg] host not found in upstream "backend" in /etc/nginx/conf.d/default.conf:23';
    expect(anyIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors leaves the NAS tools' own words alone", () => {
  it("reads nothing in Unraid's plugin download failures (Squidly271/community.applications issue #3)", () => {
    const text =
      'plugin: wget: https://raw.github.com/Squidly271/community.applications/master/archive/community.applications-2019.02.18a-x86_64-1.txz download failure (Invalid URL / Server error response)';
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds('plugin: downloading: "https://x/unbalance-5.6.0.tgz" ... failed (Network failure)'),
    ).toEqual([]);
  });

  it("reads nothing in Portainer's edge endpoint message or a Go dial cancelled by its context", () => {
    expect(
      anyIds('> Endpoint is unreachable and there is no snapshot available for offline browsing.'),
    ).toEqual([]);
    expect(
      anyIds(
        '2022/08/21 11:19:02 client: Connection error: dial tcp 172.67.198.19:8000: operation was canceled',
      ),
    ).toEqual([]);
  });

  it('reads nothing in a btrfs ioctl failure or a ZFS dataset error', () => {
    expect(
      anyIds(
        'Launching containers could result in an error `Failed to create btrfs snapshot: inappropriate ioctl for device`',
      ),
    ).toEqual([]);
    expect(anyIds("cannot open 'Creating': dataset does not exist")).toEqual([]);
  });

  it("reads nothing in salt-minion's lookup-or-connection message on OpenMediaVault", () => {
    const text =
      "Apr 29 17:58:00 tbomediavault salt-minion[21166]: [ERROR   ] DNS lookup or connection check of 'salt' failed.";
    expect(anyIds(text)).toEqual([]);
  });
});
