import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

/** Lines from industrial automation and printing clients, from real pastes of corpus round 73. */
describe("detectErrors leaves snap7's own send and receive deadlines alone", () => {
  // snap7 sets WSAETIMEDOUT itself when its RecvTimeout or SendTimeout runs out and prints it from its
  // own text table: no OS error (snap_msgsock.cpp WaitForData, Receive, SendPacket).
  it.each([
    [
      'python-snap7 (gijzelaerr/python-snap7 issue #60)',
      "ERROR:snap7.common:b' ISO : An error occurred during recv TCP : Connection timed out'",
    ],
    [
      'python-snap7 in Docker (issue #475)',
      "RuntimeError: b' ISO : An error occurred during recv TCP : Connection timed out'",
    ],
    [
      'node-snap7 (mathiask88/node-snap7 issue #65)',
      'Connection failed. Code #665420 -  ISO : An error occurred during recv TCP : Connection timed out',
    ],
    [
      'its send deadline (python-snap7 issue #294)',
      'An error occurred during send TCP : Connection timed out',
    ],
  ])('finds nothing in %s', (_label, text) => {
    expect(anyIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it('still reads the OS timeout of a connect in the same words', () => {
    expect(highIds('connect() failed: Connection timed out')).toEqual(['10060']);
  });
});

describe("detectErrors reads snap7's errno outside its text table", () => {
  it("reads EPIPE from ' TCP : Other Socket error (32)' (python-snap7 issue #247)", () => {
    const text = "ERROR:root:Error b' ISO : An error occurred during send TCP : Other Socket error (32)'";
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual(['EPIPE']);
  });
});

describe("detectErrors leaves OPC UA's Bad_Timeout description alone", () => {
  it("finds nothing in Milo's ServiceFault from KEPServerEX (eclipse-milo/milo issue #1054)", () => {
    const text =
      'connect kepserver “java.util.concurrent.CompletionException: UaServiceFaultException: status=Bad_Timeout, message=The operation timed out”';
    expect(anyIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it("finds nothing in asyncua's BadTimeout beside a connect", () => {
    const text =
      'client.connect() failed: asyncua.ua.uaerrors._auto.BadTimeout: The operation timed out.(BadTimeout)';
    expect(anyIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it("still reads macOS's strerror(ETIMEDOUT) after a connect", () => {
    expect(highIds('connect to 10.0.0.5 port 4840: Operation timed out')).toEqual(['10060']);
  });
});

describe("detectErrors leaves libmodbus's own response deadline alone", () => {
  // _modbus_tcp_select and _modbus_rtu_select set errno = ETIMEDOUT when select() returns 0 (its
  // response timeout); with debug on, _error_print prints 'ERROR <modbus_strerror>: select'.
  it('finds nothing in its debug line over a serial line (stephane/libmodbus issue #279)', () => {
    const text =
      'Waiting for a confirmation...\nERROR Connection timed out: select\n[02][03][A0][48][00][05][27][EC]\nWaiting for a confirmation...\nERROR Connection timed out: select\nConnection timed out';
    expect(anyIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it('finds nothing in the line quoted in prose (stephane/libmodbus issue #283)', () => {
    const text = 'this API returns -1 and the error message is “ERROR Connection timed out: select”.';
    expect(anyIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it('finds nothing when the line breaks before its context (stephane/libmodbus issue #488)', () => {
    const text =
      'Waiting for a confirmation...\nERROR Connection timed out\n: select\nBytes flushed (0)\nreadCoils() 232 | ERROR: Unknown error -1\nProblem: Connection timed out';
    expect(anyIds(text), JSON.stringify(detectErrors(text))).toEqual([]);
  });

  it("still reads a real ETIMEDOUT that libmodbus's recv reports", () => {
    expect(highIds('ERROR Connection timed out: read')).toEqual(['10060']);
  });
});
