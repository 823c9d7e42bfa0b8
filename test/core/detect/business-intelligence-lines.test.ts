import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Power BI, Tableau, Metabase, Superset, Grafana, SSRS and VDI client lines, from real pastes of corpus round 127. */
describe("detectErrors reads SqlClient's TCP Provider with ERROR_NETNAME_DELETED", () => {
  it('reads it as a reset during the pre-login handshake (c127-008)', () => {
    const text =
      'Microsoft SQL: A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 0 - The specified network name is no longer available.)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it('still reads the semaphore timeout after the same prefix (c127-009)', () => {
    const text =
      'Microsoft SQL: A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: TCP Provider, error: 0 - The semaphore timeout period has expired.)';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('does not read the words alone as a socket error', () => {
    expect(highIds('The specified network name is no longer available.')).toEqual([]);
  });

  it("leaves the SSL Provider's wait timeout and the Named Pipes Provider alone (c127-006, c127-005)", () => {
    expect(
      anyIds(
        '"Microsoft SQL: A connection was successfully established with the server, but then an error occurred during the pre-login handshake (provider: SSL provider, error:0 - The wait operation timed out)"',
      ),
    ).toEqual([]);
    expect(
      anyIds('(provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server)'),
    ).toEqual([]);
  });
});

describe("detectErrors leaves an application's 'Timed out after <duration>' alone", () => {
  it("does not read Metabase's 5 s connection test as the OS's timeout (c127-018)", () => {
    const text =
      'Failed to connect to database: Timed out after 5000 milliseconds. java.lang.AssertionError: Assert failed: Unable to connect to Metabase DB. On Windows Server 2012 R2';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads curl's Winsock 'Timed out' at the end of its connect line", () => {
    expect(highIds('Failed to connect to github.com port 443 after 21090 ms: Timed out')).toEqual(['10060']);
  });
});

describe('detectErrors reads the BI clients’ wrapped socket errors', () => {
  it("reads WSAECONNRESET's text inside a Power BI refresh error (c127-002)", () => {
    const text =
      'OLE DB or ODBC error: [DataSource.Error] OData: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Tableau's external-service resolve and refusal texts (c127-015, c127-035)", () => {
    expect(
      highIds(
        'RServe: IPC_Network::Resolve(hostname="http://localhost"): The requested name is valid, but no data of the requested type was found ExtSvc: 503:',
      ),
    ).toEqual(['11004']);
    expect(
      highIds(
        'RServe: An error has occurred during connection to localhost:9004: No connection could be made because the target machine actively refused it ExtSvc: Failure when receiving data from the peer',
      ),
    ).toEqual(['10061']);
  });

  it("leaves VBA-Web's own 11011 alone (c127-012)", () => {
    const text =
      'ERROR - WebClient.Execute: -2147210493 (11011 / 80042b03), An error occurred during execute\n-2147210492 (80042b04): An error occurred while preparing http request';
    expect(anyIds(text)).toEqual([]);
  });
});
