import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Enterprise database clients' own codes around socket errors: Db2, Oracle Net, Teradata, SAP HANA (corpus round 68). */
const sql30081 = (call: string, codes: string, protocol = 'TCP/IP') =>
  `[IBM][CLI Driver] SQL30081N  A communication error has been detected. Communication protocol being used: "${protocol}".  ` +
  `Communication API being used: "SOCKETS".  Location where the error was detected: "158.175.131.250".  ` +
  `Communication function detecting the error: "${call}".  Protocol specific error code(s): ${codes}.  SQLSTATE=08001`;

describe("detectErrors reads Db2's SQL30081N 'Protocol specific error code(s)'", () => {
  it('reads a Linux errno of a failed recv() (ibmdb/go_ibm_db issue #172, c68-017)', () => {
    expect(highIds(sql30081('recv', '"104", "*", "0"'))).toEqual(['10054']);
  });

  it('reads a Winsock code of a failed connect() (ibmdb/python-ibmdb issue #729, c68-021)', () => {
    expect(highIds(sql30081('connect', '"10061", "*", "*"'))).toEqual(['10061']);
  });

  it('reads a broken pipe on send() (ibmdb/node-ibm_db issue #461, c68-015)', () => {
    expect(highIds(sql30081('send', '"32", "*", "0"'))).toEqual(['EPIPE']);
  });

  it('finds nothing when recv() returned 0 bytes and no errno is given (ibmdb/node-ibm_db issue #340, c68-016)', () => {
    expect(anyIds(sql30081('recv', '"*", "*", "0"'))).toEqual([]);
  });

  it("finds nothing in GSKit's codes of a failed TLS set-up (ibmdb/node-ibm_db issues #828 and #898, c68-018)", () => {
    expect(anyIds(sql30081('sqlccSSLSocketSetup', '"420", "*", "*"', 'SSL'))).toEqual([]);
    expect(anyIds(sql30081('sqlccSSLSocketSetup', '"414", "*", "*"', 'SSL'))).toEqual([]);
  });
});

describe('detectErrors reads host-not-found in enterprise clients’ own codes', () => {
  it("reads Db2's SQL1336N as a failed lookup (ibmdb/python-ibmdb issue #826, c68-047)", () => {
    const line =
      'Unable to connect: [IBM][CLI Driver] SQL1336N The remote host "db.example.databases.ap" was not found. SQLSTATE=08001 SQLCODE=-1336';
    expect(highIds(line)).toEqual(['11001']);
  });

  it("reads the SAP HANA client's RTE 89001 as a failed lookup (SAP-samples/hana-developer-cli-tool-example issue #59, c68-046)", () => {
    expect(highIds('Error: Connection failed (RTE:[89001] Cannot resolve host name')).toEqual(['11001']);
  });

  it('leaves the same words without their RTE code alone', () => {
    expect(anyIds('The wizard says: Cannot resolve host name, please check the form.')).toEqual([]);
  });
});

describe('detectErrors reads the OS number that Oracle Net and Teradata print beside their own', () => {
  it("reads Oracle Net trace's ntresnt[1] errno (laurenz/oracle_fdw issue #283, c68-028)", () => {
    const trace =
      '[25-APR-2019 09:53:39:025] ntt2err: soc 29 error - operation=5, ntresnt[0]=517, ntresnt[1]=104, ntresnt[2]=0';
    expect(highIds(trace)).toEqual(['10054']);
  });

  it("reads the Winsock code after Teradata's [WSock32 DLL] prefix (r-dbi/odbc issue #311, c68-025)", () => {
    const line =
      '# Error: nanodbc/nanodbc.cpp:950: HYT00: [WSock32 DLL] 10060 WSA E TimedOut: No response received when attempting to connect to the Teradata server';
    expect(highIds(line)).toEqual(['10060']);
  });
});

describe("detectErrors leaves Db2's SQL1042C text alone", () => {
  it('finds no resolver failure in "An unexpected system error occurred" (ibmdb/python-ibmdb issue #135, c68-024)', () => {
    const line =
      'Exception: [IBM][CLI Driver] SQL1042C  An unexpected system error occurred.  \nSQLSTATE=58004 SQLCODE=-1042';
    expect(anyIds(line)).toEqual([]);
  });
});
