import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Socket errors pasted by users writing in languages the corpus has few of (Hungarian, Vietnamese,
 * Indonesian), and the look-alikes around them (corpus round 207, each row line verbatim). One rule was
 * added: the Firebase Arduino clients' own 'connection refused' is set aside near their errorReason() call.
 */
const HU = 'Nem hozható létre kapcsolat, mert a célszámítógép már visszautasította a kapcsolatot';

describe("detectErrors reads Winsock's Hungarian texts as runtimes print them", () => {
  it("reads RustDesk's anyhow chain with the Hungarian 10061 text and '(os error 10061)' (c207-001)", () => {
    const text = `Caused by:\n    0: error trying to connect: tcp connect error: ${HU}. (os error 10061)\n    1: tcp connect error: ${HU}. (os error 10061)\n    2: ${HU}. (os error 10061), librustdesk::server::connection:src\\server\\connection.rs:1031:13`;
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads .NET Framework's SocketException with the Hungarian text, no number and the endpoint after it (c207-002)", () => {
    const text = `Occured when: connecting to server\nSystem.Net.Sockets.SocketException: ${HU} 127.0.0.1:25565\n   a következő helyen: System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)`;
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves the Firebase Arduino clients' own 'connection refused' alone", () => {
  it('finds nothing in the title and reply of an Indonesian user’s thread (c207-004)', () => {
    const text =
      '# firebaseData.errorReason() returns "Connection refused"\n\nit does not work, still displays the same error "data not sent , bcs connection refused"\n\n> Saya akan memeriksa bug yang saat ini saya temukan di versi terbaru yang mungkin terkait dengan masalah ini atau tidak.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in the examples' REASON line below the sketch that prints it", () => {
    const text = 'Serial.println("REASON: " + fbdo.errorReason());\n\nFAILED\nREASON: connection refused';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the ESP32 core's errno 111 line beside a Firebase sketch", () => {
    const text =
      'Serial.println("REASON: " + fbdo.errorReason());\n[E][WiFiClient.cpp:258] connect(): socket error on fd 54, errno: 111, "Connection refused"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("still reads 'reason: Connection refused' where no Firebase call is near (c108-002's MongoDB shell)", () => {
    const text =
      '2019-05-03T12:41:01.599-0500 W NETWORK  [main] Failed to connect to 127.0.0.1:27017, reason: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });
});
