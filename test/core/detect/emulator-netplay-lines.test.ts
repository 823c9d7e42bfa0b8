import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from emulator netplay and ad hoc networking, from real pastes of corpus round 189. */
describe("detectErrors reads PPSSPP's ad hoc 'Socket Error (n)' in either number space", () => {
  it('reads the Linux errno after a sceNetAdhoc call (hrydgard/ppsspp issue #14641)', () => {
    // PPSSPP logs socket_errno: errno on Unix and Android, so 115 is Linux's EINPROGRESS.
    const text =
      '31:14:599 user_main    E[SCENET]: HLE/sceNetAdhoc.cpp:3671 sceNetAdhocPtpConnect[2]: Socket Error (115) to 127.0.0.2:66';
    expect(highIds(text)).toEqual(['10036']);
  });

  it("reads a refused connect's errno the same way", () => {
    expect(highIds('sceNetAdhocPtpConnect[2]: Socket Error (111) to 127.0.0.2:66')).toEqual(['10061']);
  });

  it('still reads the Winsock number PPSSPP prints on Windows (hrydgard/ppsspp issue #17969)', () => {
    const text =
      '12:00:652 user_main    E[SCENET]: HLE\\sceNetAdhoc.cpp:3812 sceNetAdhocPtpConnect[2]: Socket Error (10022) to 26.201.xx.252:20001';
    expect(highIds(text)).toEqual(['10022']);
  });

  it('reads no small number after a bare Socket Error with no sceNetAdhoc call before it', () => {
    // Indy's 'Socket Error # n' is Winsock only; a small number there is no errno.
    expect(anyIds('Socket Error (111)')).toEqual([]);
  });
});

describe("detectErrors leaves the emulators' own network messages alone", () => {
  it("reads nothing from PPSSPP's emulated 'Socket Closed' state (hrydgard/ppsspp issue #7444)", () => {
    const text =
      '06:32:927 task         E[NET]: HLE\\sceNetAdhoc.cpp:1882 sceNetAdhocPtpAccept[1]: Failed (Socket Closed)';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing from RetroArch's errno-less netplay socket failures (libretro/RetroArch issue #14156)", () => {
    const text =
      '[ERROR] [Netplay] Failed to bind port.\n[ERROR] [Netplay] Failed to set up netplay sockets.\n[ERROR] [Netplay] Failed to connect to relay server.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no errno from Ryujinx's socket service command id (Ryujinx/Ryujinx issue #2235)", () => {
    const text =
      'Unhandled exception. Ryujinx.HLE.Exceptions.ServiceNotImplementedException: Ryujinx.HLE.HOS.Services.Sockets.Bsd.IClient: 31';
    expect(anyIds(text)).toEqual([]);
  });
});
