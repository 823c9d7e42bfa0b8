import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Windows and macOS package managers and installers, from real pastes of corpus round 198. */
describe("detectErrors reads NSPR's reset text from curl built with NSS", () => {
  it("reads curl's 'TCP connection reset by peer' from CentOS 7 as a reset (c198-008)", () => {
    const text = '$ curl https://sh.rustup.rs -sSf | sh\ncurl: (35) TCP connection reset by peer';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads yum's quotation of the same curl error as a reset", () => {
    const text =
      'https://repo.mongodb.org/yum/redhat/7/mongodb-org/5.0/x86_64/RPMS/mongodb-mongosh-1.0.1.el7.x86_64.rpm: [Errno 14] curl#35 - "TCP connection reset by peer"\nTrying other mirror.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('still reads the glibc text after an OpenSSL-built curl as a reset (c198-009)', () => {
    expect(anyIds('curl: (35) Recv failure: Connection reset by peer')).toEqual(['10054']);
  });
});

describe("detectErrors reads reqwest's own deadline as no error in a Rust error report", () => {
  it("reads nothing in mise's numbered cause chain ending in 'operation timed out' (c198-026)", () => {
    const text =
      'Error: \n   0: error sending request for url (http://mise-versions.jdx.dev/python-precompiled): error trying to connect: operation timed out\n   1: error trying to connect: operation timed out\n   2: operation timed out\n\nLocation:\n   src/http.rs:56';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in anyhow's 'Caused by:' list over reqwest's timeout", () => {
    const text =
      'Error: error sending request for url (https://static.rust-lang.org/dist/channel-rust-stable.toml.sha256): operation timed out\n\nCaused by:\n    operation timed out';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads macOS's ETIMEDOUT under hyper's tcp connect error in the same chain form", () => {
    const text =
      '   0: error sending request for url (https://github.com/): error trying to connect: tcp connect error: Operation timed out (os error 60)\n   1: error trying to connect: tcp connect error: Operation timed out (os error 60)\n   2: tcp connect error: Operation timed out (os error 60)\n   3: Operation timed out (os error 60)';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors reads installers' socket errors and leaves their own failures alone", () => {
  it("reads Chocolatey's NameResolutionFailure text as host not found (c198-001)", () => {
    const text =
      "Boxstarter not installed. An error occurred during installation:\nThe remote name could not be resolved: 'packages.chocolatey.org'";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Homebrew's install script's curl refusal (c198-005)", () => {
    const text = 'curl: (7) Failed to connect to raw.githubusercontent.com port 443: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads fink's rsync refusal with macOS's errno 61 (c198-023)", () => {
    const text =
      'rsync: failed to connect to distfiles.master.finkmirrors.net: Connection refused (61)\nrsync error: error in socket IO (code 10) at /BuildRoot/Library/Caches/com.apple.xbs/Sources/rsync/rsync-51/rsync/clientserver.c(106) [receiver=2.6.9]';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads nothing in winget's WinINet 0x80072efd (c198-040)", () => {
    const text =
      'An unexpected error occurred while executing the command:\nInternetOpenUrl() failed.\n0x80072efd : unknown error';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in flatpak's GIO socket timeout (c198-027)", () => {
    expect(anyIds('error: Unable to load summary from remote flathub: Socket I/O timed out')).toEqual([]);
  });

  it("reads nothing in a MacPorts sync's file errors and rsync's close (c198-048)", () => {
    const text =
      'rsync: mkstemp "/opt/local/var/macports/sources/rsync.macports.org/macports/release/tarballs/.ports.tar.Q7sbfG" failed: Permission denied (13)\ninflate returned -3 (1 bytes)\nrsync: connection unexpectedly closed (65 bytes received so far) [generator]';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in Chocolatey's proxy 407 (c198-038)", () => {
    const text =
      '[ERROR] The remote server returned an error: (407) Proxy Authentication Required.\nAt C:\\Chocolatey\\chocolateyinstall\\helpers\\functions\\Write-ChocolateyFailure.ps1:30 char:13';
    expect(anyIds(text)).toEqual([]);
  });
});
