import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 45 (`test/fixtures/corpus/round45.jsonl`, ids c45-…). */
describe("detectErrors reads Windows PowerShell's Test-Connection failures", () => {
  it('reads no socket error in an ICMP time-out worded with a QoS text (c45-057)', () => {
    const text =
      "Test-Connection : Testing connection to computer '192.168.0.1' failed: Error due to lack of resources\nAt line:1795 char:27\n+             $pingResult = Test-Connection $ipAddress -Count 1\n+                           ~~~~~~~\n    + CategoryInfo          : ResourceUnavailable: (192.168.0.1:String) [Test-Connection], PingException\n    + FullyQualifiedErrorId : TestConnectionException,Microsoft.PowerShell.Commands.TestConnectionCommand";
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no socket error in a TTL expired in transit worded with a QoS text (c45-058)', () => {
    const text =
      'Test-Connection : Testing connection to computer ‘www.google.ie‘ failed: Problem with some part of the filterspec or providerspecific buffer in general';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no socket error when the QoS text ends its sentence with a full stop', () => {
    const text =
      "Test-Connection : Testing connection to computer '192.168.0.1' failed: Error due to lack of resources.";
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the QoS texts where no Test-Connection wording is near', () => {
    expect(anyIds('WSA_QOS_ADMISSION_FAILURE (11010): Error due to lack of resources.')).toEqual(['11010']);
    expect(anyIds('Error due to lack of resources')).toEqual(['11010']);
  });

  it('still reads a name that does not resolve after the same wording', () => {
    const text =
      "Test-Connection : Testing connection to computer 'nosuchhost' failed: No such host is known";
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors reads the ODBC driver's TCP Provider codes", () => {
  it('reads the Linux errno the driver prints in hex (c45-059, c45-060)', () => {
    const text =
      'SQLSTATE[08S01]: [Microsoft][ODBC Driver 17 for SQL Server]TCP Provider: Error code 0x68 (SQL: select [NOME] from [PAISES])';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('still reads the Winsock code on Windows and no socket error in WAIT_TIMEOUT (c45-065)', () => {
    expect(
      highIds('Sqlcmd: Error: Microsoft ODBC Driver 17 for SQL Server : TCP Provider: Error code 0x2746.'),
    ).toEqual(['10054']);
    expect(
      anyIds('Sqlcmd: Error: Microsoft ODBC Driver 13 for SQL Server : TCP Provider: Error code 0x102.'),
    ).toEqual([]);
  });
});

describe('detectErrors reads Windows administration wrappers of a failed lookup', () => {
  it("reads WCF's 'No DNS entries exist for host' under the AD module (c45-077)", () => {
    const text =
      'Microsoft.ActiveDirectory.Management.ADServerDownException: Unable to contact the server. ---> System.ServiceModel.EndpointNotFoundException: No DNS entries exist for host north.sevenkingdoms.local.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('lets the inner resolver error win over the WCF wrapper', () => {
    const text =
      'System.ServiceModel.EndpointNotFoundException: No DNS entries exist for host foo. ---> System.Net.Sockets.SocketException: This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("reads WinRM's 'the server name cannot be resolved' (c45-003)", () => {
    const text =
      '[ASNode1] Connecting to remote server ASNode1 failed with the following error message : The WinRM client cannot process the request because the\nserver name cannot be resolved. For more information, see the about_Remote_Troubleshooting Help topic.';
    expect(highIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors leaves the Remote Desktop client's own wording alone", () => {
  it("reads no EPROTO in mstsc's protocol-error disconnect (c45-087)", () => {
    const text =
      'RDP disconnected!\n3334 Because of a protocol error, this session will be disconnected. Please try connecting to the remote computer again.';
    expect(anyIds(text)).toEqual([]);
  });
});
