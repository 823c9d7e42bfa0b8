import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines Windows Server admins paste (remoting, WMI, domain join, Exchange, mail tools), from corpus round 206. */
describe("detectErrors reads no error in mailsend's debug trace of a non-blocking connect", () => {
  const trace =
    'Connecting to smtp.gmail.com:465\nForcing to use IPv4 address of SMTP server\n> libmsock: using getaddrinfo\n> AF_INET IPv4\n IP address: 64.233.188.108:465\n> EINPROGRESS=10036,EWOULDBLOCK=10035\n> connect(): socket=144,rc=-1, errno=10035\n> Try socket 144\nCipher: ECDHE-RSA-AES128-GCM-SHA256';

  it("reads nothing in libmsock's constants line and its would-block connect on Windows (c206-035)", () => {
    expect(anyIds(trace)).toEqual([]);
  });

  it('reads nothing in the same two lines with Linux values', () => {
    expect(anyIds(' EINPROGRESS=115,EWOULDBLOCK=11\n connect(): socket=3,rc=-1, errno=115')).toEqual([]);
  });

  it('still reads a would-block errno printed without the constants line', () => {
    expect(anyIds('connect(): socket=144,rc=-1, errno=10035')).toEqual(['10035']);
  });

  it('still reads another errno on the connect line after the constants', () => {
    expect(
      anyIds('> EINPROGRESS=10036,EWOULDBLOCK=10035\n> connect(): socket=144,rc=-1, errno=10051'),
    ).toEqual(['10051']);
  });
});

describe('detectErrors reads the socket errors Windows Server admins paste', () => {
  it("reads Posh-SSH's refused SocketException with its endpoint (c206-001)", () => {
    const text =
      '> New-SshSession : No connection could be made because the target machine actively refused it X.X.X.X:22\n>   - CategoryInfo          : NotSpecified: (:) [New-SSHSession], SocketException';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Test-HybridConnectivity's name-resolution failure (c206-006)", () => {
    const text =
      "WARNING: Name resolution of watchdog.servicebus.windows.net failed\nPerforming GET on https://watchdog.servicebus.windows.net:443\nInvoke-WebRequest : The remote name could not be resolved: 'watchdog.servicebus.windows.net'";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Exchange Online's connector NDR with its socket error code (c206-010)", () => {
    expect(highIds('450 4.4.316 Connection refused\n[Message = Socket error code 10061]')).toEqual(['10061']);
  });

  it("reads the Exchange MTA's sockets error events (c206-011, c206-012)", () => {
    const tp4 =
      '   A sockets error 10022 on a connect() call was detected. The MTA will\n   attempt to recover the sockets connection. Control block index: 21.';
    expect(anyIds(tp4)).toEqual(['10022']);
    const reset =
      'A sockets error 10054 on a WSARecvEx() call was detected. The message\ntransfer agent (MTA) will attempt to recover the sockets connection.';
    expect(anyIds(reset)).toEqual(['10054']);
  });
});

describe('detectErrors reads no socket error in RPC, WinRM, domain-join and SMB verdicts', () => {
  it("reads nothing in WMI's RPC_S_SERVER_UNAVAILABLE (c206-018)", () => {
    expect(
      anyIds('Get-WmiObject : The RPC server is unavailable. (Exception from HRESULT: 0x800706BA)'),
    ).toEqual([]);
  });

  it("reads nothing in Add-Computer's domain verdicts (c206-024, c206-025)", () => {
    expect(
      anyIds(
        "failed to join domain: Computer 'braavos' failed to join domain 'essos.local' from its current workgroup 'WORKGROUP' with following error message: The specified domain either does not exist or could not be contacted.",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "failed to join domain: Computer 'castelblack' failed to join domain 'north.sevenkingdoms.local' from its current workgroup 'WORKGROUP' with following error message: The specified network name is no longer available.",
      ),
    ).toEqual([]);
  });

  it("reads nothing in Test-NetConnection's own warnings (c206-016)", () => {
    expect(
      anyIds(
        'WARNING: TCP connect to ntservicepack.microsoft.com:80 failed\nWARNING: Ping to ntservicepack.microsoft.com failed -- Status: TimedOut',
      ),
    ).toEqual([]);
  });

  it("reads nothing in German PowerShell's bare WebException (c206-015)", () => {
    expect(
      anyIds('Invoke-RestMethod : Die Verbindung mit dem Remoteserver kann nicht hergestellt werden.'),
    ).toEqual([]);
  });
});
