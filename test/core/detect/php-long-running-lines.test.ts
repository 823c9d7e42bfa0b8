import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Long-running and asynchronous PHP (Swoole, Workerman, ReactPHP, Amp, RoadRunner, FrankenPHP, Octane,
 * Horizon, Hyperf, php-amqplib, phpredis, Predis, the MongoDB driver), from real pastes of corpus round 104.
 * No rule was added for the round; these pin the forms the rules already read, in both directions.
 */
describe('detectErrors reads the socket errors long-running PHP prints', () => {
  it("reads Swoole's client connect failure with strerror and errno in brackets (c104-001)", () => {
    const text =
      'PHP Warning:  Swoole\\Client::connect(): connect to server[10.211.55.2:13100] failed. Error: Connection refused[111].';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads a pooled connection's failed send with errno=104 and errno=32 (c104-003, c104-004)", () => {
    expect(
      highIds(
        'Pool error is Swoft\\Db\\Connection\\Connection::close(): Send of 5 bytes failed with errno=104 Connection reset by peer file=/home/www/openhome/vendor/swoft/db/src/Connection/Connection.php line=203',
      ),
    ).toEqual(['10054']);
    expect(
      highIds(
        'Pool error is Swoft\\\\Connection\\\\Pool\\\\AbstractPool::popByChannel(): Send of 5 bytes failed with errno=32 Broken pipe file=\\/home\\/connection-pool\\/src\\/AbstractPool.php line=289',
      ),
    ).toEqual(['EPIPE']);
  });

  it("reads musl's EADDRNOTAVAIL text from phpredis under Hyperf (c104-007)", () => {
    const text =
      'PHP Fatal error:  Uncaught RedisException: Address not available in /app/vendor/hyperf/redis/src/RedisConnection.php:303\nStack trace:\n#0 /app/vendor/hyperf/redis/src/RedisConnection.php(303): Redis->connect()';
    expect(highIds(text)).toEqual(['10049']);
  });

  it("reads php-amqplib's connect EACCES as a socket's permission error (c104-011)", () => {
    const text =
      "PHP Fatal error:  Uncaught exception 'PhpAmqpLib\\\\Exception\\\\AMQPRuntimeException' with message 'Error Connecting to server(13): Permission denied ' in /var/www/html/mydir/vendor/videlalvaro/php-amqplib/PhpAmqpLib/Wire/IO/StreamIO.php:27";
    expect(highIds(text)).toEqual(['10013']);
  });

  it("reads libmongoc's refusal inside server selection (c104-015)", () => {
    const text =
      "No suitable servers found (`serverSelectionTryOnce` set): [connection refused calling hello on '*****:32004']";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Workerman's and phpDaemon's listen EADDRINUSE (c104-020, c104-024)", () => {
    expect(
      highIds(
        '2019-07-03 12:47:42 pid:1538 Exception: Address already in use in /var/www/html/ws/Worker.php:2216\nStack trace:\n#0 /var/www/html/ws/server.php(40): Workerman\\Worker->listen()',
      ),
    ).toEqual(['10048']);
    expect(
      highIds("[PHPD] FastCGI: Couldn't bind TCP-socket '127.0.0.1:9001' (98 - Address already in use)."),
    ).toEqual(['10048']);
  });
});

describe("detectErrors leaves long-running PHP's own codes and deadlines alone", () => {
  it("leaves Swoole's session codes 1004 and 1005 alone (c104-026, c104-027)", () => {
    expect(
      anyIds(
        '[2021-04-20 15:32:37 *85182.3]\tNOTICE\tfinish (ERRNO 1004): send 1029 bytes failed, because session#32 is closed',
      ),
    ).toEqual([]);
    expect(
      anyIds('[2017-09-25 15:05:09 *4131.2]\tNOTICE\thttp_onReceive (ERROR 1005): connection[1] is closed.'),
    ).toEqual([]);
  });

  it("leaves phpredis' and Predis' read failures without a cause alone (c104-031, c104-033)", () => {
    expect(
      anyIds(
        '[WARNING] RedisException:read error on connection to 127.0.0.1:6379(0) in /hyperf-ws/vendor/hyperf/redis/src/RedisConnection.php:192',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Predis\\Connection\\ConnectionException: Error while reading line from the server. [tcp://127.0.0.1:6379]',
      ),
    ).toEqual([]);
  });

  it("leaves RoadRunner's relay check and goridge EOF alone (c104-041, c104-040)", () => {
    expect(
      anyIds(
        'Error: [http]: unable to connect to worker: invalid data found in the buffer (possible echo): exit status 1',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Error 'resetter_rpc_reset: WorkerAllocate:\n\thttp_plugin_reset:\n\tgoridge_frame_receive: EOF' on tcp://127.0.0.1:6001",
      ),
    ).toEqual([]);
  });

  it("leaves PHP's missing stream transport and unparsable address alone (c104-035, c104-036)", () => {
    expect(
      anyIds(
        'stream_socket_client(): unable to connect to amqps://XXXXX.mq.us-east-1.amazonaws.com:5671 (Unable to find the socket transport "amqps" - did you forget to enable it when you configured PHP?)',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'ErrorException: stream_socket_client(): unable to connect to tcp://: (Failed to parse address ":")',
      ),
    ).toEqual([]);
  });

  it("leaves libmongoc's 'Server closed connection.' alone (c104-039)", () => {
    const text =
      "MongoConnectionException:No suitable servers found (`serverselectiontryonce` set): [Server closed connection. calling ismaster on 'x.x.x.x:27017']'";
    expect(anyIds(text)).toEqual([]);
  });
});
