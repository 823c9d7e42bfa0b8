import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from mainframe, IBM and enterprise middleware clients, from real pastes of corpus round 197. */
describe("detectErrors keeps the Windows ODBC Driver Manager's load failures apart from EAI_SYSTEM", () => {
  it("reads no error in IM003 'could not be loaded due to system error 193' for Progress OpenEdge's driver (c197-026)", () => {
    const text =
      'ERROR [IM003] Specified driver could not be loaded due to system error  193:  (Progress OpenEdge 10.2A driver, C:\\Progress\\OpenEdge\\bin\\pgoe1023.dll).';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no error in the same text with the missing-module error 126', () => {
    const text =
      'ODBC: ERROR [IM003] Specified driver could not be loaded due to system error 126: The specified module could not be found. (FoundrySqlDriver, C:\\Program Files\\Palantir\\Foundry ODBC Driver\\bin64\\driver.dll)';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in ODBC Administrator's 'setup routines … could not be loaded due to system error code'", () => {
    const text =
      'The setup routines for the PostgreSQL Unicode(x64) ODBC driver could not be loaded due to system error code 193: .';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the resolver's own 'System error' from Python's gaierror", () => {
    expect(anyIds('socket.gaierror: [Errno -11] System error')).not.toEqual([]);
  });
});

describe('detectErrors reads the OS errors under TN3270 drivers, WebLogic, SAP and ERP clients', () => {
  it("reads tnz's asyncio ConnectionRefusedError with the Winsock number (c197-004)", () => {
    const text =
      "    raise OSError(err, f'Connect call failed {address}')\nConnectionRefusedError: [Errno 10061] Connect call failed ('192.168.1.71', 3270)\nSESLOST = '192";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads py3270's refused script port and the send on the unconnected socket as two errors (c197-001)", () => {
    const text =
      'Getting OSError : [WinError 10057] A request to send or receive data was disallowed because the socket is not connected and (when \nsending a datagram socket using a sendto call)no address supplied\n\n[WinError 10061] No connection could be made because the target machine actively refused it';
    expect(highIds(text)).toEqual(['10057', '10061']);
  });

  it("reads s3270's resolver failure for a service name as WSATYPE_NOT_FOUND (c197-005)", () => {
    expect(highIds('20190812.154242.460 B/166.37.160.2: Servname not supported for ai_socktype')).toEqual([
      '10109',
    ]);
  });

  it("reads the SAP NI block's ERRNO under 'partner … not reached' (c197-009)", () => {
    const text =
      "* ERROR partner '10.66.66.91:3299' not reached\n*\n* COMPONENT NI (network interface)\n* RC -92\n* DETAIL NiPConnect2: 10.66.66.91:3299\n* SYSTEM CALL connect\n* ERRNO 111\n* ERRNO TEXT Connection refused";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads WebLogic's IIOP COMM_FAILURE over the JDK's refused connect (c197-006)", () => {
    const text =
      'Caused by: org.omg.CORBA.COMM_FAILURE: Connection refused (Connection refused)  vmcid: 0x0  minor code: 0  completed: No\n\tat weblogic.iiop.Utils.mapToCORBAException(Utils.java:886)\nCaused by: java.net.ConnectException: Connection refused (Connection refused)\n\tat java.net.PlainSocketImpl.socketConnect(Native Method)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads ADempiere's JNP lookup with a name that does not resolve and a discovery that cannot bind (c197-007)", () => {
    const text =
      "javax.naming.CommunicationException: Could not obtain connection to any of these urls: MyAppsServer:1099 and discovery failed with error: javax.naming.CommunicationException: Can't assign requested address [Root exception is java.net.SocketException: Can't assign requested address] [Root exception is javax.naming.CommunicationException: Failed to connect to server MyAppsServer:1099 [Root exception is javax.naming.ServiceUnavailableException: Failed to connect to server MyAppsServer:1099 [Root exception is java.net.UnknownHostException: MyAppsServer: nodename nor servname provided, or not known]]]";
    expect(highIds(text)).toEqual(['10049', '11001']);
  });
});

describe("detectErrors keeps the middleware's own codes and deadlines apart from socket errors", () => {
  it('reads no error in Oracle Net codes without a secondary OS error (c197-016, c197-017)', () => {
    expect(anyIds('Error: ORA-12170: TNS:Connect timeout occurred\n  errorNum: 12170,')).toEqual([]);
    expect(anyIds('Env.OpenSrv Env.ociError ORA-12547: TNS:lost contact')).toEqual([]);
  });

  it("reads no error in python-oracledb's listener refusal, a TNS answer after TCP connected (c197-031)", () => {
    const text =
      'oracledb.exceptions.OperationalError: DPY-6000: cannot connect to database. Listener refused connection. (Similar to ORA-12660)';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in JTOpen's own 'Connection was dropped unexpectedly.' (c197-022)", () => {
    const text =
      'java.sql.SQLException: The application requester cannot establish the connection. (Connection was dropped unexpectedly.)';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in VTAM's REQSESS sense code or z/OSMF's TSO response timeout (c197-015, c197-032)", () => {
    expect(anyIds('REQSESS error RTNCD=20, FDBK2=75, SENSE=0821/0000 -  session not started')).toEqual([]);
    const text =
      'Rest API failure with HTTP(S) status 500\nmessage:  receiveResponseHeader: timeout receiving response (>30 secs): TsoServerConnection(USER=ASE915, ASID=0x00be, QID=0x00000012)';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no error in WebLogic t3's own connect deadline under WLST (c197-036)", () => {
    const text =
      'Timed out while attempting to establish connection to :t3://ad15c2a154c2:7001 [Root exception is java.io.IOException: Timed out while attempting to establish connection to :t3://ad15c2a154c2:7001]';
    expect(anyIds(text)).toEqual([]);
  });
});
