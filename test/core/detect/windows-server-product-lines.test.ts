import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from Windows server products and enterprise Windows software, from real pastes of corpus
 * round 95. No rule was added for that round: these pin the forms it found already read (and the
 * products' own words it found already left alone), so that a later rule cannot lose them unseen.
 */
describe('detectErrors reads the socket errors Windows server products print', () => {
  it("reads Exchange's queue LastError with its socket error code (supertekboy.com, 2020)", () => {
    const text =
      '{LED=451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketTimedout: Socket error code 10060};{MSG=};{FQDN=<external.companyname.com>};{IP=<external IP>};';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads Exchange Online's NDR with the socket error code (developerpublish.com)", () => {
    expect(highIds('4.4.316 – Connection refused [Message=Socket error code 10061]')).toEqual(['10061']);
  });

  it("reads the Exchange MTA's event 9221, not its event number (KB Q162674)", () => {
    const text =
      '7/31/97 4:15:31 PM MSExchangeMTA Warning Operating System 9221 N/A\nEXCHSRV1 A sockets error 10054 on a WSARecvEx() call was detected. The\nMTA will attempt to recover the sockets connection.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads the Azure DevOps agent's retry line and .NET on macOS (microsoft/azure-pipelines-agent issue #5588)", () => {
    const text =
      '[2026-06-02 12:29:21Z ERR  VisualStudioServices] Attempt 4 of GET request to https://devops.local/_apis/connectionData failed (Socket Error: HostUnreachable). The maximum number of attempts has been reached.\n ---> System.Net.Sockets.SocketException (65): No route to host';
    expect(highIds(text)).toEqual(['10065']);
  });

  it("reads WCF's TCP error code from the Azure Backup agent (MicrosoftDocs/azure-docs issue #36684)", () => {
    const text =
      'System.ServiceModel.EndpointNotFoundException: Could not connect to net.tcp://localhost:6049/CBEngine. The connection attempt lasted for a time span of 00:00:02.0468942. TCP error code 10061: No connection could be made because the target machine actively refused it 127.0.0.1:6049.';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads a Hyper-V Live Migration refused by the other host (kozyatagibilisim.com)', () => {
    const text =
      "Failed to establish a connection with host 'HyperVNode02':\nNo connection could be made because the target machine actively refused it.\n(0x8007274D)";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads SqlClient's TCP Provider with the Win32 refusal text (dataplat/dbatools issue #9480)", () => {
    const text = '(provider: TCP Provider, error: 0 - The remote computer refused the network connection.)';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves these products' own words alone", () => {
  it("finds nothing in Exchange's SmtpReceive log note 'Remote(SocketError)' (immense/Remotely issue #10)", () => {
    expect(
      anyIds(
        'My SMTP receive logs on Exchange server show 220 connection, 250 options, then "Remote(SocketError)"',
      ),
    ).toEqual([]);
  });

  it("finds nothing in Exchange's own timeout status (alessandromazzanti.com, 2015)", () => {
    const text =
      ' 451 4.4.0 Primary target IP address responded with "421 4.4.2 connection dropped due to timeout"';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in an RD Gateway answering HTTP 503 with RPC status 0x6ba (FreeRDP/FreeRDP issue #6103)', () => {
    expect(anyIds('You get a `HTTP 503` from the server (`RPC error code 6ba`)')).toEqual([]);
  });

  it("finds nothing in WMI's RPC_S_SERVER_UNAVAILABLE (My-Random-Thoughts/Server-QA-Checks issue #5)", () => {
    const text =
      'Could not get objects from namespace ROOT\\Cimv2. The RPC server is unavailable. (Exception from HRESULT: 0x800706BA)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Windows Admin Center's installer failing to reserve its port (MicrosoftDocs/windowsserverdocs issue #2154)", () => {
    const text =
      '"1: Unhandled Exception: Microsoft.Deployment.WindowsInstaller.InstallerException Failed to reserve port 6516".';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Apache HttpClient's 'failed to respond' under the EWS Java API (OfficeDev/ews-managed-api issue #64)", () => {
    expect(anyIds('    outlook.office365.com:443 failed to respond')).toEqual([]);
  });

  it("finds nothing in the Windows Update agent's HTTP 408 code (akunzai/windows-secure-auditor issue #29)", () => {
    expect(anyIds('Exception from HRESULT: 0x8024401C')).toEqual([]);
  });
});
