import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 164 (`test/fixtures/corpus/round164.jsonl`, ids c164-…). */
describe('detectErrors reads embedded and industrial-protocol pastes', () => {
  it("reads ESP-IDF's 'Socket unable to connect: errno 113' in newlib's numbering, ECONNABORTED (c164-020)", () => {
    expect(highIds('`router_example: Socket unable to connect: errno 113`')).toEqual(['10053']);
  });

  it('reads the same line from the iperf example as ECONNABORTED, not Linux EHOSTUNREACH (c164-025)', () => {
    const text = 'iperf_run_tcp_client(361): Socket unable to connect: errno 113 (IDFGH-11476)';
    expect(highIds(text)).toEqual(['10053']);
    expect(anyIds(text)).not.toContain('10065');
  });

  it("reads newlib's 118 after the same words as EHOSTUNREACH (c164-021)", () => {
    expect(highIds('`E (17449) example: Socket unable to connect: errno 118`')).toEqual(['10065']);
  });

  it("still reads Linux's 113 as EHOSTUNREACH where no ESP-IDF words stand", () => {
    expect(highIds('connect failed: [Errno 113] No route to host')).toEqual(['10065']);
  });

  it("reads no socket error in modbus-serial's PortNotOpenError and its fixed errno (c164-047)", () => {
    const text =
      "PortNotOpenError {\n  name: 'PortNotOpenError',\n  message: 'Port Not Open',\n  errno: 'ECONNREFUSED' }";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no socket error in modbus-serial's TransactionTimedOutError, its own response deadline", () => {
    // The shape modbus-serial's index.js gives the error (name, 'Timed out', errno 'ETIMEDOUT').
    const text =
      "TransactionTimedOutError {\n  name: 'TransactionTimedOutError',\n  message: 'Timed out',\n  errno: 'ETIMEDOUT' }";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Node's own refusal of a Modbus TCP connect, with no modbus-serial error words near", () => {
    const text =
      'Error: connect ECONNREFUSED 192.168.77.137:502\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads lwIP's ECONNABORTED text in the Arduino-ESP32 connect() log (c164-003)", () => {
    const text =
      '[E][WiFiClient.cpp:258] connect(): socket error on fd 54, errno: 113, "Software caused connection abort"';
    expect(highIds(text)).toEqual(['10053']);
  });

  it("reads MicroPython's named errnos by their names (c164-004, c164-014, c164-015)", () => {
    expect(highIds('  File "urequests.py", line 125, in request\nOSError: [Errno 104] ECONNRESET')).toEqual([
      '10054',
    ]);
    expect(
      highIds('  File "umqtt/simple.py", line 56, in connect\nOSError: [Errno 103] ECONNABORTED'),
    ).toEqual(['10053']);
    expect(
      highIds('  File "umqtt/simple.py", line 56, in connect\nOSError: [Errno 113] EHOSTUNREACH'),
    ).toEqual(['10065']);
  });

  it("reads snap7's TCP refusal text and not its own ISO receive deadline (c164-013, c164-045)", () => {
    expect(highIds('snap7.snap7exception.Snap7Exception: b’ TCP : Connection refused’')).toEqual(['10061']);
    expect(anyIds("b' ISO : An error occurred during recv TCP : Connection timed out'")).toEqual([]);
  });

  it('reads no socket error in Modbus exception responses, OPC UA statuses or Wi-Fi reason codes', () => {
    expect(
      anyIds(
        '2023-04-19 07:13:32.823 ERROR (SyncWorker_0) [homeassistant.components.modbus.modbus] Pymodbus: SMA Sunny Island: Exception Response(131, 3, IllegalAddress)',
      ),
    ).toEqual([]);
    expect(anyIds('UaException: status=Bad_Timeout, message=requestId=3 timed out after 60000ms')).toEqual(
      [],
    );
    expect(anyIds('[W][WiFiGeneric.cpp:357] _eventCallback(): Reason: 201 - NO_AP_FOUND')).toEqual([]);
    expect(anyIds('Attempting MQTT connection...failed, rc=-2 try again in 5 seconds')).toEqual([]);
  });
});
