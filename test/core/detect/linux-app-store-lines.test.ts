import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/**
 * Lines from Linux package and app systems outside apt/dnf, from real pastes of corpus round 145 (Nix and
 * its daemon, Cachix, Flatpak, snapd, Guix, AppImage updaters). libcurl 8 reworded its resolver text to
 * 'Could not resolve hostname'; Flatpak prints it after the curl code in brackets and Nix before it in
 * parentheses, and both are read like the older 'Couldn't resolve host name'. A refused Unix socket is
 * 10061; a missing socket file, curl's own deadline and its errno-less connect failure are not socket errors.
 */
describe("detectErrors reads libcurl 8's resolver text around the curl code", () => {
  it("reads Flatpak's '[6] Could not resolve hostname' as host not found (flatpak/flatpak issue #6218)", () => {
    const text =
      '> While fetching http://distribute.kde.org/flatpak-apps-testing/summary.idx: [6] Could not resolve hostname)';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('reads it under an update widget too (exequtic/apdatifier issue #96)', () => {
    const text =
      'error: Unable to load summary from remote kdeapps: While fetching http://distribute.kde.org/flatpak-apps-testing/summary.idx: [6] Could not resolve hostname';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Nix's 'Could not resolve hostname (6)' as its strongest match (NixOS/nix issue #15281)", () => {
    const text =
      "warning: error: unable to download 'https://cachix.nixos.org/nix-cache-info': Could not resolve hostname (6) Could not resolve host: cachix.nixos.org; retrying in 301 ms";
    const found = detectErrors(text);
    expect(found.map((f) => f.id)).toEqual(['11001']);
    expect(found[0]?.match).toBe('Could not resolve hostname (6)');
    expect(found[0]?.confidence).toBe('high');
  });

  it("still reads the older '[6] Couldn't resolve host name' (flatpak/flatpak issue #5943)", () => {
    const text =
      "F: Should retry request (remaining: 5 retries), due to transient error: While fetching https://dl.flathub.org/repo/summary.idx: [6] Couldn't resolve host name";
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe('detectErrors reads the package daemons’ Unix sockets by their errno', () => {
  it('reads a refused nix-daemon socket as 10061 (nix-darwin/nix-darwin issue #610)', () => {
    const text = "error: cannot connect to socket at '/nix/var/nix/daemon-socket/socket': Connection refused";
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads a refused snapd socket as 10061 (mattermost/mattermost issue #21000)', () => {
    const text =
      'error: cannot communicate with server: Post http://localhost/v2/snaps/mattermost-desktop: dial unix /run/snapd.socket: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads GHC's 'does not exist (Connection refused)' on the Cachix daemon socket (cachix/cachix-action issue #185)", () => {
    const text = 'cachix: Network.Socket.connect: <socket: 28>: does not exist (Connection refused)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('leaves a missing snapd socket file (snapcrafters/obs-studio issue #83)', () => {
    const text =
      'error: cannot communicate with server: Post http://localhost/v2/snaps/obs-studio: dial unix /run/snapd.socket: connect: no such file or directory';
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves a missing nix-daemon socket file (DavHau/nix-portable issue #45)', () => {
    const text =
      "error: cannot connect to socket at '/nix/var/nix/daemon-socket/socket': No such file or directory";
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors leaves libcurl's own codes without an OS error", () => {
  it("leaves 'Timeout was reached (28)' (NixOS/nixpkgs issue #41312)", () => {
    const text =
      "error: unable to download 'https://nixos.org/channels/nixos-unstable': Timeout was reached (28)";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves libcurl 8's 'Could not connect to server (7)' (NixOS/infra issue #1024)", () => {
    const text =
      "    warning: error: unable to download 'https://cache.nixos.org/sbv4n2c7f2rsmg8frg4jnaszzldl6db9.narinfo': Could not connect to server (7) Failed to connect to cache.nixos.org port 443 via localhost after 0 ms: Could not connect to server; retrying in 277 ms";
    expect(anyIds(text)).toEqual([]);
  });
});
