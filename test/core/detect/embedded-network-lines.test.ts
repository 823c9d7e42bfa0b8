import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 55 (`test/fixtures/corpus/round55.jsonl`, ids c55-…). */
describe('detectErrors reads microcontroller network logs', () => {
  it("reads lwIP's getaddrinfo() 202 in esp-tls's log as EAI_FAIL (c55-003)", () => {
    const text =
      "E (2552) esp-tls: couldn't get hostname for :worldclockapi.com: getaddrinfo() returns 202, addrinfo=0x0\nE (2552) TRANSPORT_BASE: Failed to open a new connection: 32769\nE (2552) HTTP_CLIENT: Connection failed, sock < 0";
    expect(highIds(text)).toEqual(['11003']);
  });

  it("reads no socket error in Arduino HTTPClient's 'connection refused', its word for any failed connect (c55-029)", () => {
    expect(anyIds('HTTPCODE: -1\n[HTTP] GET... failed, error: connection refused')).toEqual([]);
  });

  it("reads no socket error in ESP8266HTTPClient's debug line for the same code (c55-030)", () => {
    const text =
      "[HTTP-Client][sendRequest] type: 'GET' redirCount: 0\n[HTTP-Client] failed connect to jigsaw.w3.org:80\n[HTTP-Client][returnError] error(-1): connection refused\n[HTTP] GET... failed, error: connection refused";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads the Arduino core's own socket errno next to HTTPClient's line", () => {
    const text =
      '[E][WiFiClient.cpp:258] connect(): socket error on fd 54, errno: 104, "Connection reset by peer"\n[HTTP] GET... failed, error: connection refused';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads no socket error in MicroPython's I2C timeout under a display driver (c55-021)", () => {
    const text =
      '  File "ssd1306.py", line 73, in init_display\n  File "ssd1306.py", line 122, in write_cmd\nOSError: [Errno 116] ETIMEDOUT\nMicroPython v1.18 on 2022-01-17; ESP32 module with ESP32';
    expect(anyIds(text)).toEqual([]);
  });

  it('reads no socket error in the Linux-numbered I2C timeout of the ESP8266 and rp2 ports (c55-058)', () => {
    const text =
      'Traceback (most recent call last):\n  File "<stdin>", line 293, in <module>\n  File "lib/SH1106.py", line 146, in show\n  File "lib/SH1106.py", line 177, in write_cmd\nOSError: [Errno 110] ETIMEDOUT';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a MicroPython socket timeout with no I2C word near (c55-020)', () => {
    const text =
      'Traceback (most recent call last):\n  File "microdot.py", line 491, in _safe_readline\nOSError: [Errno 110] ETIMEDOUT';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads no socket error in esp-mqtt's stale EINPROGRESS after a failed lookup (c55-005)", () => {
    const text =
      '[15:32:14][E][mqtt.idf:168]: Last error code reported from esp-tls: 0x8001\n[15:32:14]Last tls stack error number: 0x0\n[15:32:14]Last captured errno : 119 (Connection already in progress)';
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads a real errno in esp-mqtt's captured-errno line", () => {
    expect(highIds('Last captured errno : 104 (Connection reset by peer)')).toEqual(['10054']);
  });

  it("reads newlib's ECONNABORTED number by its name in MicroPython on ESP32 (c55-013)", () => {
    const text =
      'OSError: [Errno 113] ECONNABORTED\nMicroPython v1.23.0 on 2024-06-02; Generic ESP32 module with ESP32';
    expect(highIds(text)).toEqual(['10053']);
  });
});

/** Keywords of ESP32 code whose errno is newlib's: 113 is ECONNABORTED there, EHOSTUNREACH on Linux. */
describe('detectErrors reads an ESP32 errno in newlib numbering', () => {
  it("reads the Arduino core's lwip_connect_r: 113 as a connection aborted (c10-011)", () => {
    expect(
      highIds('`[E][WiFiClient.cpp:98] connect(): lwip_connect_r: 113`\n`MQTT Connection Failed  rc=-2`'),
    ).toEqual(['10053']);
  });

  it("reads WiFiClient::connected()'s ERR after recv's -1 (c55-011, c55-012)", () => {
    expect(highIds('[D][WiFiClient.cpp:509] connected(): Disconnected: RES: -1, ERR: 104')).toEqual([
      '10054',
    ]);
    expect(
      highIds('[3442621][D][NetworkClient.cpp:576] connected(): Disconnected: RES: -1, ERR: 104'),
    ).toEqual(['10054']);
  });

  it("reads ESP-IDF's http_request example's errno as newlib's, not as Linux's EHOSTUNREACH (c10-009)", () => {
    const text =
      'I (128474) example: ... allocated socket\nE (145984) example: ... socket connect failed errno=113';
    expect(anyIds(text)).toEqual(['10053']);
  });

  it("still reads Python's [Errno 113] on Linux as no route to host", () => {
    expect(highIds('OSError: [Errno 113] No route to host')).toEqual(['10065']);
  });
});
