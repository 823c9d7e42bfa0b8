import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** File transfer clients' lines from real pastes of corpus round 62 (`test/fixtures/corpus/round62.jsonl`, ids c62-…). */
describe("detectErrors reads WinSCP's own wording of PuTTY's connect timeout", () => {
  it('reads \'Network error: Connection to "<host>" timed out.\' as a connect timeout (josephwalden13/tweak-installer issue #60)', () => {
    const text =
      'WinSCP.SessionRemoteException: Network error: Connection to "198.169.1.100" timed out.\n' +
      '   at WinSCP.SessionLogReader.Read(LogReadFlags flags)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads it under a Chinese .NET stack trace too (the same tool, issue #71)', () => {
    const text =
      'WinSCP.SessionRemoteException: Network error: Connection to "192.168.2.21" timed out.\n' +
      '   在 WinSCP.SessionLogReader.Read(LogReadFlags flags)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads nothing in a bare 'timed out' without WinSCP's prefix", () => {
    expect(anyIds('The upload to "198.169.1.100" timed out.')).toEqual([]);
  });
});

describe("detectErrors reads SSH.NET's own text for a connection the server closed as no socket error", () => {
  it("finds nothing in 'SshConnectionException: An established connection was aborted by the server.' (sshnet/SSH.NET issue #1056)", () => {
    const text =
      'Renci.SshNet.Common.SshConnectionException: An established connection was aborted by the server.';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in the issue title that quotes it without the class (sshnet/SSH.NET issue #1028)', () => {
    expect(anyIds('C# SSH.NET "ERROR: An established connection was aborted by the server"')).toEqual([]);
  });

  it("still reads Windows' own WSAECONNABORTED text, which SSH.NET passes on from a SocketException (issue #628)", () => {
    const text =
      'getting the following error message "An established connection was aborted by the software in your host machine."';
    expect(highIds(text)).toEqual(['10053']);
  });
});

describe("detectErrors reads ftpConnect's own 'Connection refused.' for an FTP reply as no socket error", () => {
  it("finds nothing in 'FTPException: Connection refused.  (Response: 521 PROT P required' (salim-lachdhaf/ftpConnect issue #71)", () => {
    expect(anyIds('FTPException: Connection refused.  (Response: 521 PROT P required\n      )')).toEqual([]);
  });

  it('finds nothing in the 2.x class with a 550 reply (salim-lachdhaf/dartFTP issue #22)', () => {
    const text =
      'I/flutter (16531): Error al subir el archivo al servidor FTP: FTPConnectException: Connection refused.  ' +
      '(Response: 150 Opening data channel for file upload to server of "/archivo.txt"\n' +
      'I/flutter (16531): 550 Could not open file for writing.)';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Dart's own SocketException for a refused data port from the same library (ftpConnect issue #61)", () => {
    const text =
      'SocketException: Connection refused (OS Error: Connection refused, errno = 111), address = 113.161.222.192, port = 59412';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads PuTTY's and plink's 'Host does not exist' as a host not found", () => {
  it("reads plink's 'Unable to open connection:' above it (gitextensions/gitextensions issue #11315)", () => {
    const text =
      'GitExtUtils.ExternalOperationException: Unable to open connection:\nHost does not exist\n' +
      ' ---> System.Exception: Unable to open connection:\nHost does not exist';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads PuTTY's dialog retyped on one line (ev3dev/ev3dev issue #869)", () => {
    expect(highIds('"unable to open connection to ev3dev. Host does not exist". Pinging it works')).toEqual([
      '11001',
    ]);
  });

  it("reads nothing in 'Host does not exist' without PuTTY's connection line", () => {
    expect(anyIds('Error: Host does not exist in the inventory.')).toEqual([]);
  });

  it("reads nothing in plink's connection line above another error's text", () => {
    expect(anyIds('Unable to open connection:\nGSSAPI authentication failed')).toEqual([]);
  });
});
