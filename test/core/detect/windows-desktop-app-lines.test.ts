import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Windows desktop programs, legacy runtimes and automation tools (Delphi with mORMot and Indy, VB6 and VBA over
 * WinHTTP, AutoIt, Power Automate Desktop, LabVIEW, Java Swing clients, 1C's COM components), from real pastes of
 * corpus round 168 (`test/fixtures/corpus/round168.jsonl`, ids c168-…). No rule was added for the round; these
 * pin the forms the rules already read, in both directions. WinINet/WinHTTP's 12xxx codes are not Winsock numbers:
 * 12029, 12030 and 12002 name no one socket error and stay unread.
 */
describe('detectErrors reads the Winsock errors Windows desktop programs show', () => {
  it("reads mORMot's ECrtSocket with WSAETIMEDOUT's Spanish text (exilon/QuickORM issue #4, c168-001)", () => {
    const text =
      "> First chance exception at $741218E2. Exception class ECrtSocket with message 'SockRecvLn [10060 WSAETIMEDOUT " +
      '"Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras ' +
      'un periodo de tiempo, o bien se produjo un error en la conexión establecida ya que el host conectado no ha ' +
      'podido responder"]\'. Process ORMRestServer.exe (7944)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads WSAETIMEDOUT's text cut off where a dialog box runs off screen (c168-003)", () => {
    const text =
      '"A connection attempt failed because the connected party did not properly respond after a period of time, ' +
      'or established connection failed because connected" and that is where the box goes off screen.';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads PHP 4's mysql_pconnect with the Winsock number on Windows 2000 (c168-004)", () => {
    const text =
      "Warning: mysql_pconnect(): Can't connect to MySQL \nserver on '127.0.0.1' (10061) in \n" +
      'd:\\cms\\booking\\mysql.inc on line 224';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the JDK's Windows write reset under a Swing worker (BullyWiiPlaza/tcpgecko issue #45, c168-006)", () => {
    const text =
      'java.net.SocketException: Connection reset by peer: socket write error\n' +
      '\tat java.net.SocketOutputStream.socketWrite0(Native Method)\n' +
      '\tat javax.swing.SwingWorker$1.call(Unknown Source)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads the JDK's Windows write abort (pcdv/jocket issue #6, c168-010)", () => {
    const text =
      'Exception in thread "main" java.net.SocketException: Software caused connection abort: socket write error\n' +
      '\tat java.net.SocketOutputStream.socketWrite0(Native Method)';
    expect(highIds(text)).toEqual(['10053']);
  });

  it("reads Indy's 'Socket Error # 11001' from a Delphi ping tool (c168-012)", () => {
    expect(
      highIds('Sometimes, randomly when you ping a domain/site. I get a "Socket Error # 11001"'),
    ).toEqual(['11001']);
  });

  it("reads Asio's system category on Windows and dart:io's WSANO_DATA (c168-014, c168-015)", () => {
    expect(highIds('Expected: false\nasio.system:11001')).toEqual(['11001']);
    const text =
      "SocketException (SocketException: Failed host lookup: 'beta.aegis.com.np' (OS Error: The requested name is " +
      'valid, but no data of the requested type was found.\n, errno = 11004))';
    expect(highIds(text)).toEqual(['11004']);
  });

  it("reads a VB6 client's socket module text in the case it prints it, not a title's retyping (c168-013)", () => {
    expect(highIds('Network Error: Software caused connection abort.')).toEqual(['10053']);
    expect(
      highIds('Implementar sistema que evite el "Network Error: Software Caused Connection Abort"'),
    ).toEqual([]);
  });

  it('reads WSAEWOULDBLOCK named beside its number from a non-blocking connect (LSTS/dune issue #15, c168-019)', () => {
    const text =
      'In Windows the connect socket function does not return successfully for nonblocking sockets. ' +
      'It returns the 10035 error code (WSAEWOULDBLOCK).';
    expect(highIds(text)).toEqual(['10035']);
  });
});

describe("detectErrors leaves WinINet/WinHTTP codes and the tools' own failures alone", () => {
  it("finds nothing in WinHTTP's 12029 from Delphi's THTTPClient or an installer (c168-028, c168-022)", () => {
    expect(anyIds('Error sending data: (12029) Is it related?')).toEqual([]);
    expect(anyIds('Добрый день в момент установки возникает ошибка -12029')).toEqual([]);
  });

  it('finds nothing in 12030 and 12152 as HRESULTs from WinHttpRequest and Windows Update (c168-026, c168-023)', () => {
    const vbaWeb =
      '"ERROR - WebClient.Execute: -2147210493 (11011 / 80042b03), An error occurred during execute\n' +
      '-2147012866 (80072efe): The connection with the server was terminated abnormally"';
    expect(anyIds(vbaWeb)).toEqual([]);
    const legacyUpdate =
      'it throws up 80072F78: The server response could not be parsed.\n\n' +
      'and when using Windows Update it throws up 80072EFE: The connection with the server has been terminated.';
    expect(anyIds(legacyUpdate)).toEqual([]);
  });

  it("finds nothing in WinHTTP's own timeout 0x2EE2 from a 1C COM component (c168-025)", () => {
    const text =
      ' An exception has occurred (DiadocCom.CreateConnectionByCertificate2): WIN32[0x00002EE2]WinHttpSendRequest';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Internet Explorer's WinINet 0x2ef3 and ERROR_CANCELLED (c168-024)", () => {
    const text =
      '"CRIPT7002: XMLHttpRequest: Network Error 0x2ef3, Could not complete the operation due to error 00002ef3. "\n' +
      'or sometimes "XMLHttpRequest: Network Error 0x4c7, The operation was canceled by the user."';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in VBA-Web's own 11011 and VBA's run-time error 5 (c168-021)", () => {
    const text =
      'ERROR - WebClient.Execute: -2147210493 (11011 / 80042b03), An error occurred during execute\n' +
      '5: Invalid procedure call or argument ';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in WebException's bare 'Unable to connect to the remote server' (c168-020)", () => {
    const text =
      'Message: Unable to connect to the remote server\nStackTrace:   at System.Net.HttpWebRequest.GetResponse()';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in AutoIt's @error 3 or Power Automate Desktop's extension failure (c168-027, c168-029)", () => {
    expect(
      anyIds(
        'Current detection appears incorrect. @error is 3 after call to _WinHttpSimpleSSLRequest, indicating `3 - could not receive response`',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Problem while executing action 'LaunchEdge': Failed to take control of Microsoft Edge due to a communication failure with the Power Automate web extension.",
      ),
    ).toEqual([]);
  });

  it("finds nothing in LabVIEW's own error 56 timeouts (c168-034, c168-036)", () => {
    expect(anyIds('it stays on code 56 and even if I try to read on 56 I read nothing.')).toEqual([]);
    expect(anyIds('Every time I attempt to read a holding register, it shows error 0x56 timeout.')).toEqual(
      [],
    );
  });

  it("finds nothing in NModbus's own read timeout and closed client, nor in a kernel NTSTATUS (c168-038, c168-040)", () => {
    expect(
      anyIds(
        'Expected: Exception - read timeout. \n\nReceived: Exception - Operation Invalid. Connection closed. ',
      ),
    ).toEqual([]);
    expect(anyIds('[WSK] [Client] Unable to establish connection... 0xC0000022.')).toEqual([]);
  });
});
