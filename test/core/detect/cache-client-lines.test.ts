import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from cache and in-memory data-grid clients, from real pastes of corpus round 77. */
describe("detectErrors reads libmemcached's errno messages", () => {
  it('reads the EPIPE that libmemcached quotes in its SYSTEM ERROR(…) message (Weasyl/weasyl issue #1569)', () => {
    const text =
      'pylibmc.SomeErrors: error 19 from memcached_mget: (…) SYSTEM ERROR(Broken pipe),  host: memcached:11211 -> /home/buildozer/aports/main/libmemcached/src/libmemcached-1.1.4/src/libmemcached/io.cc:346';
    expect(highIds(text)).toEqual(['EPIPE']);
  });

  it('ignores the CONNECTION FAILURE libmemcached reports when recv() returned zero, a clean close (same issue)', () => {
    const text =
      'pylibmc.ConnectionError: error 3 from memcached_set: (…) CONNECTION FAILURE, ::rec() returned zero, server has disconnected,  host: memcached:11211 -> /home/buildozer/aports/main/libmemcached/src/libmemcached-1.1.4/src/libmemcached/io.cc:43';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores php-memcached's result code 47, a server libmemcached disabled itself (nextcloud/server issue #6036)", () => {
    expect(
      anyIds('Error 47 interacting with memcached : SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY'),
    ).toEqual([]);
  });
});

describe("detectErrors reads cache clients' own result codes as no errno", () => {
  it("ignores the Aerospike client's status 9, its connect deadline (aerospike/aerospike-client-python issue #247)", () => {
    const text =
      "    client = aerospike.client(config).connect()\nexception.TimeoutError: (9, 'Failed to connect', 'src/main/aerospike/as_cluster.c', 254, False)";
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores the Couchbase SDK's ec=14, its unambiguous_timeout (mindsdb/mindshub issue #7391)", () => {
    const text =
      "Can't connect to db: <ec=14, category=couchbase.common, message=unambiguous_timeout, C Source=/home/ec2-user/workspace/python/sdk/python-manylinux-wheel-pipeline/couchbase-python-client/src/connection.cxx:149>";
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores redis-server's TLS accept failure with a descriptor number (redis/redis issue #11569)", () => {
    const text =
      'Error accepting a client connection: error:1408F10B:SSL routines:ssl3_get_record:wrong version number (conn: fd=9)';
    expect(anyIds(text)).toEqual([]);
  });
});
