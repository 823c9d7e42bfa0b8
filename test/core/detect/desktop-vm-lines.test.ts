import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from desktop virtualization and emulators (Vagrant's SSH wait, QEMU user networking, UTM,
 * Lima and Colima, Multipass, adb toward emulators, VirtualBox's VBoxManage), from real pastes of
 * corpus round 153. Two rules were added for that round: gVisor's 'no route' after 'connect tcp '
 * and the ENETRESET text a macOS host's virtio-9p share gives bash's exec; the rest pin forms the
 * round found already read or left alone.
 */
describe('detectErrors reads the socket errors desktop VM tools print', () => {
  it("reads gVisor's 'no route' in Lima's port proxy as EHOSTUNREACH (abiosoft/colima issue #527)", () => {
    const text =
      '> [hostagent] 2022/12/20 17:48:12 tcpproxy: for incoming conn 127.0.0.1:49891, error dialing "192.168.5.15:22": connect tcp 192.168.5.15:22: no route';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads gVisor's refused form in the same proxy (lima-vm/lima issue #1519)", () => {
    const text =
      'tcpproxy: for incoming conn 127.0.0.1:51972, error dialing \\"192.168.5.15:22\\": connect tcp 192.168.5.15:22: connection was refused"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Vagrant's reset and aborted retry warnings as two errors (googlecodelabs/feedback issue #418)", () => {
    const text =
      '    default: Warning: Connection reset. Retrying...\n    default: Warning: Connection aborted. Retrying...\n    default: Warning: Connection reset. Retrying...';
    expect(highIds(text)).toEqual(['10053', '10054']);
  });

  it("reads Vagrant's refused warning with the Parallels provider (Parallels/vagrant-parallels issue #342)", () => {
    const text =
      '    default: SSH auth method: private key\n    default: Warning: Connection refused. Retrying...';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Multipass's quoted libssh error (canonical/multipass issue #2070)", () => {
    const text = "multipass list error: list failed: ssh connection failed: 'No route to host'";
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads adb's Winsock text with its number toward Nox (mousedoc/nox-adb-connector issue #1)", () => {
    const text =
      'unable to connect to 127.0.0.1:62001: cannot connect to 127.0.0.1:62001: No connection could be made because the target machine actively refused it. (10061)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads OpenSSH's reset through QEMU's hostfwd (google/syzkaller issue #3935)", () => {
    const text =
      'kex_exchange_identification: read: Connection reset by peer\nConnection reset by 127.0.0.1 port 10021';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('still reads a socket ENETRESET that bash does not print', () => {
    expect(highIds('recv failed: Network dropped connection on reset')).toEqual(['10052']);
  });
});

describe('detectErrors leaves alone what desktop VM tools say that is no socket error', () => {
  it("leaves bash's exec ENETRESET from a macOS host's 9p share (utmapp/UTM issue #4819)", () => {
    expect(anyIds('-bash: ./hello: Network dropped connection on reset')).toEqual([]);
  });

  it("leaves 'no route' without gVisor's 'connect tcp ' before it", () => {
    expect(anyIds('router: no route for GET /api/v1/status')).toEqual([]);
  });

  it("leaves QEMU's hostfwd failure without an OS error (SerenityOS/serenity issue #15181)", () => {
    const text =
      "qemu-system-i386.exe: -netdev user,id=breh,hostfwd=tcp:127.0.0.1:2222-10.0.2.15:22: Could not set up host forwarding rule 'tcp:127.0.0.1:2222-10.0.2.15:22'";
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Multipass's launch deadline (canonical/multipass issue #2911)", () => {
    expect(
      anyIds('launch failed: The following errors occurred:\nprimary: timed out waiting for response'),
    ).toEqual([]);
  });

  it("leaves Vagrant's Net::SSH::Disconnect warning alone", () => {
    expect(anyIds('    default: Warning: Remote connection disconnect. Retrying...')).toEqual([]);
  });

  it("leaves Docker Desktop's absent named pipe (docker/for-win issue #4615)", () => {
    const text =
      'error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/containers/json: open //./pipe/docker_engine: The system cannot find the file specified.';
    expect(highIds(text)).toEqual([]);
  });

  it("leaves VirtualBox's NAT redirect failure logged without an OS error (ByteInternet/hypernode-vagrant issue #140)", () => {
    expect(
      anyIds('00:17:22.724931 NAT: Failed to redirect TCP 127.0.0.1:2222 -> 0.0.0.0:22 (Unknown error)'),
    ).toEqual([]);
  });

  it("leaves the emulator's adb server notice (ReactiveCircus/android-emulator-runner issue #45)", () => {
    expect(anyIds('AdbHostServer.cpp:102: Unable to connect to adb daemon on port: 5037')).toEqual([]);
  });
});
