import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** SSH and terminal clients' lines from real pastes of corpus round 126 (`test/fixtures/corpus/round126.jsonl`, ids c126-…). */

describe("detectErrors reads WinSCP's own wording of PuTTY's refused connect", () => {
  it("reads 'network error: Connection to “<host>”refused' retyped with typographic quotes as a refusal (PowerShell/Win32-OpenSSH issue #864)", () => {
    const text =
      'It seems when i try to SSH to target server using cmd.exe, putty or winscp i keep getting error ' +
      '"Error : network error: Connection to “target server”refused"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the form WinSCP prints, with straight quotes, as a refusal', () => {
    expect(
      highIds('WinSCP.SessionRemoteException: Network error: Connection to "192.168.1.100" refused.'),
    ).toEqual(['10061']);
  });

  it("reads nothing in a bare 'refused' without WinSCP's prefix", () => {
    expect(anyIds('The upload to "192.168.1.100" was refused.')).toEqual([]);
  });
});

describe("detectErrors reads PuTTY's close and authentication messages as no socket error", () => {
  it("finds nothing in plink's 'Remote side unexpectedly closed network connection' (superflexible/TGPuttyLib issue #24)", () => {
    const text =
      'Connected to 2a02:4f9:b17:1000::67\n' +
      'Remote side unexpectedly closed network connection\n' +
      'FATAL ERROR: Remote side unexpectedly closed network connection';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in PuTTY's 'No supported authentication methods available' (humanmade/Salty-WordPress issue #77)", () => {
    expect(
      anyIds('Disconnected: No supported authentication methods available (server sent: publickey)'),
    ).toEqual([]);
  });
});

describe("detectErrors reads PuTTY's Winsock strings as retyped by users", () => {
  it("reads 'Network error: Software caused connection abort.' from PuTTY's fatal dialog (sheldonucr/ucr-eecs168-lab issue #109)", () => {
    expect(highIds('PuTTY Fatal Error\nX     Network error: Software caused connection abort.')).toEqual([
      '10053',
    ]);
  });

  it("reads plink's refusal retyped with full-width colons (FelisCatus/switchysharp issue #632)", () => {
    expect(
      highIds('myentunnel连接错误 显示plink.exe: FATAL ERROR： Network error： Connection refused'),
    ).toEqual(['10061']);
  });
});
