import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from developer-desktop virtual networking (WSL, Docker Desktop, Podman, OrbStack), from real pastes of corpus round 176. */
describe("detectErrors sets aside HttpOverStream's own named-pipe deadline", () => {
  it("finds nothing in Docker Desktop's lifecycle client waiting for its pipe (docker/for-win issue #7041)", () => {
    const text =
      '[17:38:27.581][LifecycleClient   ][Warning] HttpOS Client: connection timed out.\n[17:38:28.604][LoggingMessageHandler][Info   ] [8ea54a76] <LifecycleClient start> GET http://localhost/ping\n[17:38:29.612][LifecycleClient   ][Warning] HttpOS Client: connection timed out.';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a connect that timed out on a socket in the same kind of log', () => {
    expect(highIds('ssh: connect to host localhost port 50571: Connection timed out')).toEqual(['10060']);
  });

  it('still reads a Go dial to a Docker host that timed out (docker/welcome-to-docker issue #51)', () => {
    const text = 'ERROR: Get "http://192.168.76.3:2375/_ping": dial tcp 192.168.76.3:2375: i/o timeout';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors reads wsl.exe's download failures by their WinINet code", () => {
  it('reads WININET_E_NAME_NOT_RESOLVED with its English text as host not found (microsoft/WSL issue #10051)', () => {
    const text =
      'C:\\> wsl --install\nThe server name or address could not be resolved\nError code: Wsl/InstallDistro/WININET_E_NAME_NOT_RESOLVED';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads the lower-case 0x80072ee7 in a Chinese install log and leaves 0x80072eff alone (microsoft/WSL issue #8784)', () => {
    const text =
      "安装过程中遇到错误，但可以继续安装。组件： 'GUI 应用支持' 错误代码：  0x80072eff\n正在下载: Ubuntu 20.04 LTS\n安装过程中遇到错误，但可以继续安装。组件： 'Ubuntu 20.04 LTS' 错误代码：  0x80072ee7";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("finds nothing in WinINet's own timeout under Docker Desktop's WSL update (docker/for-win issue #14158)", () => {
    const text =
      'wsl update failed: update failed: updating wsl: exit code: 4294967295: running WSL command wsl.exe C:\\Windows\\System32\\wsl.exe --update --web-download: Downloading: Windows Subsystem for Linux\n\nError: 0x80072ee2\n\n: exit status 0xffffffff';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in WININET_E_CANNOT_CONNECT (microsoft/WSL issue #9450)', () => {
    const text =
      'A connection with the server could not be established\nError code: Wsl/InstallDistro/WININET_E_CANNOT_CONNECT';
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors finds nothing in WSL networking-setup codes that are no socket error', () => {
  it('finds nothing in mirrored mode falling back over ERROR_INTERNAL_ERROR (microsoft/WSL issue #13600)', () => {
    const text =
      'wsl: An internal error occurred.\nError code: CreateInstance/CreateVm/ConfigureNetworking/0x8007054f\nwsl: Failed to configure network (networkingMode Mirrored), falling back to networkingMode None.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in the Host Network Service's unhandled exception (microsoft/WSL issue #11552)", () => {
    const text =
      'Error code: Wsl/Service/CreateInstance/CreateVm/ConfigureNetworking/HNS/ERROR_UNHANDLED_EXCEPTION';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in vpnkit's file watchers (docker/for-win issue #6333)", () => {
    const text =
      '[09:53:12.311][VpnKit            ][Error  ] vpnkit.exe: Starting to watch : EINVAL\n[09:53:12.311][VpnKit            ][Error  ] vpnkit.exe: Failed to watch hosts file : invalid argument\n[09:53:12.311][VpnKit            ][Error  ] vpnkit.exe: While watching /etc/resolv.conf: ENOENT';
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors reads the guests’ and forwarders’ socket errors', () => {
  it("reads gvproxy's gVisor refusal as 10061 (podman-container-tools/podman issue #11532)", () => {
    const text =
      'tcpproxy: for incoming conn [::1]:49996, error dialing "192.168.127.2:22": connect tcp 192.168.127.2:22: connection was refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads early WSL 1's EINVAL from bind beside real Linux's EADDRINUSE (microsoft/WSL issue #395)", () => {
    const text =
      "Can't create listen socket: Invalid argument at /usr/share/perl5/Mojo/IOLoop.pm line 119.\n\ninstead of this more descriptive error (on Linux)\nCan't create listen socket: Address already in use at /home/vagrant/mojo/local/lib/perl5/Mojo/IOLoop.pm line 127.";
    expect(highIds(text)).toEqual(['10022', '10048']);
  });

  it("reads Docker Desktop's proxy connect refused inside the API's HTTP 500 (docker/for-win issue #14706)", () => {
    const text =
      '(HTTP code 500) server error - Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp 127.0.0.1:1080: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});
