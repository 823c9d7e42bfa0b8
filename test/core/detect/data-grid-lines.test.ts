import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from cache and in-memory data-grid clients and servers, from real pastes of corpus round 196. */
describe("detectErrors reads musl's EADDRINUSE text inside Rust's io::Error", () => {
  it('reads musl\'s "Address in use" before "(os error 98)" at high confidence (valkey-io/valkey-glide issue #2985)', () => {
    const text = 'listen_on_socket - Error failed to bind listening socket: Address in use (os error 98)';
    expect(highIds(text)).toEqual(['10048']);
  });

  it('leaves the same words without the os error number below high confidence', () => {
    expect(highIds('listen_on_socket - Error failed to bind listening socket: Address in use')).toEqual([]);
  });

  it('leaves the bare number after another text below high confidence', () => {
    expect(highIds('Error: something went wrong (os error 98)')).toEqual([]);
  });
});

describe('detectErrors reads the OS errors cache clients and servers wrap', () => {
  it("reads a KeyDB replica's SYNC connect that timed out, not its own MASTER timeout (Snapchat/KeyDB issue #57)", () => {
    const text =
      'Jul 14 12:19:55 keydb-server[2905]: 2905:S 14 Jul 2019 12:19:55.834 # MASTER timeout: no data nor PING received...\n' +
      'Jul 14 12:22:05 keydb-server[2905]: 2905:S 14 Jul 2019 12:22:05.349 # Error condition on socket for SYNC: Connection timed out';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads Hazelcast's 'Connection refused to address' under the client's connection manager (hazelcast/hazelcast issue #19499)", () => {
    const text =
      'WARNING: hz.client_1 [dev] [3.12.12] Exception during initial connection to [127.0.0.1]:7777: com.hazelcast.core.HazelcastException: java.net.SocketException: Connection refused to address /127.0.0.1:7777';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads libcouchbase's 'os errno=61' as macOS's ECONNREFUSED only at medium, the OS coming from a path hint (couchbaselabs/couchbase-shell issue #24)", () => {
    const text =
      ' ERROR couchbase::io::lcb::callbacks > <localhost:11210> (SOCK=1808f587c2061ced) Failed to establish connection: LCB_ERR_NETWORK (1048), os errno=61\n' +
      'thread ‘<unnamed>’ panicked at ‘called `Result::unwrap()` on an `Err` value: 1048’, /Users/arun.vijayraghavan/.cargo/git/checkouts/couchbase-rs-9bae2babc4d89f61/79730a4/couchbase/src/io/lcb/mod.rs:88:20';
    expect(anyIds(text)).toEqual(['10061']);
    expect(highIds(text)).toEqual([]);
  });
});

describe("detectErrors leaves cache clients' own codes and closes alone", () => {
  it("ignores pylibmc's 'error 11', libmemcached's return code rather than EAGAIN (pallets-eco/flask-caching issue #415)", () => {
    expect(
      anyIds('pylibmc.SocketCreateError: error 11 from memcached_get(flask_cache_santo_by_slug_pietro)'),
    ).toEqual([]);
  });

  it("ignores the Aerospike Node.js client's 'Socket read failed: -4095', libuv's EOF (aerospike-session-store-expressjs issue #11)", () => {
    const text =
      'ERROR(1696) [command.cc:84] [ErrorCallback] - Client error in Put command: Socket read failed: -4095 [-6]\n' +
      '0| 2018-08-16 15:13 +05:30: AerospikeError: Socket read failed: -4095';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores Kafka Connect's own ConnectException over a causeless Couchbase BootstrapException (couchbase/kafka-connect-couchbase issue #41)", () => {
    const text =
      'org.apache.kafka.connect.errors.ConnectException: com.couchbase.client.dcp.error.BootstrapException: Could not connect to Cluster/Bucket at com.couchbase.connect.kafka.CouchbaseSourceTask.checkErrorQueue(CouchbaseSourceTask.java:313)';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores a Valkey replica's SYNC error that carries no error text (valkey-io/valkey issue #1928)", () => {
    expect(
      anyIds('valkey-5  | 1:S 07 Apr 2025 23:26:24.955 # Error condition on socket for SYNC: (null)'),
    ).toEqual([]);
  });

  it("ignores pymemcache's ENOENT when a bare host string was taken as a Unix socket path (pinterest/pymemcache issue #416)", () => {
    const text =
      '    sock.connect(self.server)\n  File "/usr/lib/python2.7/socket.py", line 228, in meth\n    return getattr(self._sock,name)(*args)\nsocket.error: [Errno 2] No such file or directory';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores Hazelcast's 'Connection closed by the other side', a clean close (hazelcast/hazelcast-code-samples pull request #568)", () => {
    const text =
      'INFO: hz.client_1 [remote_dev] [5.3.0-SNAPSHOT] ClientConnection{alive=false, connectionId=2, channel=NioChannel{/192.168.0.108:52396->/192.168.0.108:5702}, remoteAddress=[192.168.0.108]:5702, lastReadTime=2023-04-19 19:15:08.702, lastWriteTime=2023-04-19 19:15:08.701, closedTime=2023-04-19 19:15:10.006} closed. Reason: Connection closed by the other side';
    expect(anyIds(text)).toEqual([]);
  });
});
