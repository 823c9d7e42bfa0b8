import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 92 (`test/fixtures/corpus/round92.jsonl`, ids c92-…). */
describe("detectErrors reads what people's own socket programs print", () => {
  it("reads the errno after '<socket call> failed with error' at high confidence", () => {
    // djoslin0/sm64ex-coop issue #100 (c92-030): socket.c's LOG_ERROR of SOCKET_LAST_ERROR, errno on Linux.
    expect(highIds('`[ERROR] socket.c: bind failed with error 98`')).toEqual(['10048']);
  });

  it("reads no number after 'failed with error' when the word before it is not a socket call", () => {
    // The same words after other calls, as public code prints them: Intel SCIF's sample (find_string index
    // id 646513251) and Wine in a quoted log (id 56833541047), a port number and a Win32 code, not errno values.
    expect(anyIds('scif_bind failed with error 98')).toEqual([]);
    expect(anyIds('err:ole:apartment_createwindowifneeded CreateWindow failed with error 1114')).toEqual([]);
  });

  it("still reads the errno after a call's '() failed.' and its Winsock sample form", () => {
    // codeplea/Hands-On-Network-Programming-with-C issue #14 (c92-029).
    expect(highIds('bind() failed. (98)\nbind() failed: Address already in use')).toEqual(['10048']);
    // paullouisageneau/libjuice through libdatachannel issue #163 (c92-001): [10136] is a thread id.
    expect(
      highIds(
        '2020-09-16 01:49:17.075 ERROR [10136] [rtc::IceTransport::LogCallback@267] juice: agent.c:434: recvfrom failed, errno=10054',
      ),
    ).toEqual(['10054']);
  });

  it('reads a port or a line number beside Winsock words as nothing', () => {
    // Zintinio/HappyHTTP issue #11 (c92-041): MSVC's C4996 and winsock2.h's line number.
    const msvc =
      "happyhttp.cpp(182): error C4996: 'inet_addr': Use inet_pton() or InetPton() instead or define _WINSOCK_DEPRECATED_NO_WARNINGS to disable deprecated API warnings\nc:\\program files (x86)\\windows kits\\8.1\\include\\um\\winsock2.h(1850) : see declaration of 'inet_addr'";
    expect(anyIds(msvc)).toEqual([]);
    // realpython/materials issue #227 (c92-058): port 10000 in a beginner's UDP client.
    expect(anyIds('server_address = ("localhost", 10000)')).toEqual([]);
    // lich0821/WeChatFerry issue #259 (c92-022): port 10086, then the refused connect.
    expect(
      highIds(
        'panic: dial tcp 127.0.0.1:10086: connectex: No connection could be made because the target machine actively refused it.',
      ),
    ).toEqual(['10061']);
  });

  it("ignores a program's own close of its socket and a peer's clean end of stream", () => {
    // statianzo/Fleck issue #36 (c92-037), golang/go issue #52480 (c92-045), chipsalliance/caliptra-mcu-sw
    // issue #1137 (c92-062).
    expect(
      anyIds(
        "[Error] Listener socket is closed System.AggregateException:\n One or more errors occurred. ---> System.ObjectDisposedException: Cannot access\n a disposed object.\nObject name: 'System.Net.Sockets.Socket'.",
      ),
    ).toEqual([]);
    expect(anyIds('panic: accept tcp [::]:64309: use of closed network connection')).toEqual([]);
    expect(anyIds('Error reading message from socket: failed to fill whole buffer')).toEqual([]);
  });
});
