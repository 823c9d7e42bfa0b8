import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Python libraries' own forms of an OS error, from real pastes of corpus round 19. */
describe('detectErrors reads libzmq on Windows naming EADDRINUSE in its own words', () => {
  it("reads pyzmq's 'ZMQError: Address in use' as the address in use (c19-073)", () => {
    const text =
      '    "zmq.error.ZMQError: Address in use (addr=\'tcp://127.0.0.1:9005\')\\r\\n"\n}\n22:05:06.823 [error] Failed to connect raw kernel session: Error: The kernel died.';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("leaves the words 'address in use' alone without the ZMQError before them", () => {
    expect(highIds('The port shows as an address in use on the router page.')).toEqual([]);
    expect(highIds('Error: Address in use')).toEqual([]);
  });
});

describe("detectErrors reads Twisted's DNSLookupError for a name that gave no address", () => {
  it("reads 'DNS lookup failed: no results for hostname lookup' as host not found (c19-097, c19-099)", () => {
    expect(
      highIds('twisted.internet.error.DNSLookupError: DNS lookup failed: no results for hostname lookup:'),
    ).toEqual(['11001']);
    const text =
      '    raise error.DNSLookupError(\ntwisted.internet.error.DNSLookupError: DNS lookup failed: no results for hostname lookup: dump.royniang.com.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Scrapy's retry line, where the error follows the request (c19-098)", () => {
    const text =
      '[scrapy.downloadermiddlewares.retry] ERROR: Gave up retrying <GET https://parpro.ru/#features-2> (failed 3 times): DNS lookup failed: no results for hostname lookup: parpro.ru.';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('leaves the words alone in prose without the DNSLookupError text before them', () => {
    expect(anyIds('the search gave no results for hostname lookup queries today')).toEqual([]);
  });
});

describe("detectErrors reads PyTorch c10d's 'system error:' as the label of the Winsock number after it", () => {
  it("finds the address error and not glibc's EAI_SYSTEM text (c19-055)", () => {
    const text =
      '[W926 21:34:49.000000000 socket.cpp:697] [c10d] The client socket has failed to connect to [LAPTOP-TF2BILCG]:50656 (system error: 10049 - 在其上下文中，该请求的地址无效。).';
    expect(anyIds(text)).toEqual(['10049']);
  });
});

describe("detectErrors reads gunicorn's bind failure in its own words", () => {
  it("reads '[ERROR] Connection in use: <addr>' as the address in use (c19-125, c19-126)", () => {
    const text =
      "[2020-05-03 10:43:09 +0200] [7403] [INFO] Starting gunicorn 19.9.0\n[2020-05-03 10:43:09 +0200] [7403] [ERROR] Connection in use: ('0.0.0.0', 8080)\n[2020-05-03 10:43:09 +0200] [7403] [ERROR] Retrying in 1 second.";
    expect(highIds(text)).toEqual(['10048']);
  });

  it('leaves the words alone outside an error log line', () => {
    expect(anyIds('Connection in use: 3 of 10 in the pool')).toEqual([]);
  });
});

describe("detectErrors reads paho-mqtt's CONNACK return codes as no socket error", () => {
  it("ignores the documented 'Connection refused - <reason>' texts a broker's refusal is printed with (c19-132)", () => {
    const text =
      '> 0: Connection successful 1: Connection refused - incorrect protocol version 2: Connection refused - invalid client identifier 3: Connection refused - server unavailable 4: Connection refused - bad username or password 5: Connection refused - not authorised 6-255: Currently unused.';
    expect(anyIds(text)).toEqual([]);
    expect(anyIds('MQTT connection failed: Connection refused - not authorized')).toEqual([]);
  });

  it('still reads a refused TCP connect to the broker', () => {
    expect(highIds('ConnectionRefusedError: [Errno 111] Connection refused')).toEqual(['10061']);
  });
});

describe("detectErrors reads Ray's 'RaySystemError: System error:' as Ray's label", () => {
  it("finds no EAI_SYSTEM in Ray's wrapping of its own failures (c19-149 to c19-151)", () => {
    expect(
      anyIds(
        "[Bug] RaySystemError: System error: Ray has not been started yet. You can start Ray with 'ray.init()'.",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '[Core] ray.exceptions.windows RaySystemError: sufficient memory report System error: [WinError 1455] 页面文件太小，无法完成操作',
      ),
    ).toEqual([]);
  });

  it('still reads a socket error Ray wraps', () => {
    expect(highIds('ray.exceptions.RaySystemError: System error: [Errno 111] Connection refused')).toEqual([
      '10061',
    ]);
  });
});

describe("detectErrors reads asyncio's and aiohttp's own ConnectionResetError texts as no socket error", () => {
  it("ignores asyncio's 'ConnectionResetError: Connection lost' from StreamWriter.drain (c19-173)", () => {
    const text =
      "future: <Task finished name='wyoming event handler' coro=<AsyncEventHandler.run() done> exception=ConnectionResetError('Connection lost')>\n    raise ConnectionResetError('Connection lost')\nConnectionResetError: Connection lost";
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores aiohttp's 'Cannot write to closing transport' in both quotings (c19-174, c19-177)", () => {
    expect(anyIds('ConnectionResetError: Cannot write to closing transport')).toEqual([]);
    expect(
      anyIds(
        ' raise ConnectionResetError("Cannot write to closing transport")\nConnectionResetError: Cannot write to closing transport',
      ),
    ).toEqual([]);
  });

  it('still reads a ConnectionResetError that carries the errno', () => {
    expect(highIds('ConnectionResetError: [Errno 104] Connection reset by peer')).toEqual(['10054']);
    expect(
      highIds("ConnectionResetError(10054, 'An existing connection was forcibly closed by the remote host')"),
    ).toEqual(['10054']);
  });
});
