import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from high-availability cluster managers and failover tools, from real pastes of corpus
 * round 100. Most pin forms the detector already read (and the tools' own timers, quorum states and
 * HTTP statuses it already left alone), so that a later rule cannot lose them unseen; the last block
 * covers the round's one rule: Pacemaker's own ENOTCONN for a failed CIB sign-on (`notErrors` in
 * data/detection/runtime-phrases.json).
 */
describe('detectErrors reads the socket errors failover tools print', () => {
  it("reads Patroni's etcd request refused through urllib3 (patroni/patroni issue #3403)", () => {
    const text =
      "2025-07-11 14:00:35,885 ERROR: Request to server http://192.168.56.101:2379 failed: MaxRetryError(\"HTTPConnectionPool(host='192.168.56.101', port=2379): Max retries exceeded with url: /v3/kv/range (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7fdd72f7fbe0>: Failed to establish a new connection: [Errno 111] Connection refused'))\")";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads kazoo's refused ZooKeeper connect, not its 'socket connection broken' (patroni/patroni issue #2183)", () => {
    const text =
      '2022-01-25 12:46:20,362 WARNING: Connection dropped: socket connection broken\n2022-01-25 12:46:21,366 WARNING: Connection dropped: socket connection error: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the Consul agent's RPC dial timeout inside its HTTP 500 (patroni/patroni issue #853)", () => {
    const text =
      'patroni.dcs.consul.ConsulInternalError: 500 rpc error getting client: failed to get conn: dial tcp <nil>->192.168.241.12:8300: i/o timeout';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads Orchestrator's refused dial, not the driver's read deadline (openark/orchestrator issue #1452)", () => {
    const text =
      'orchestrator: [mysql] 2022/06/29 07:23:19 packets.go:37: read tcp 192.168.33.12:37450->192.168.33.11:3306: i/o timeout\norchestrator: 2022-06-29 07:23:24 ERROR dial tcp 192.168.33.11:3306: connect: connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads mongod's heartbeat host-not-found under MongoDB's HostUnreachable code (mongodb/mongodb-kubernetes-operator issue #1182)", () => {
    const text =
      '"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Error connecting to datalake-mongodb-1.datalake-mongodb-svc.datalake.svc.cluster.local:27017 :: caused by :: Could not find address for datalake-mongodb-1.datalake-mongodb-svc.datalake.svc.cluster.local:27017: SocketException: Host not found (authoritative)"}';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads mongod's refused heartbeat and its listener's ENOTCONN (bitnami/charts issue #34524)", () => {
    const text =
      '"errmsg":"Error connecting to 172.20.32.10:27017 :: caused by :: onInvoke :: caused by :: Connection refused"}}}\n"msg":"Error accepting new connection","attr":{"error":"Transport endpoint is not connected"}}';
    expect(highIds(text).sort()).toEqual(['10057', '10061']);
  });

  it("reads a Redis replica's refused SYNC after a Sentinel failover (bitnami/charts issue #8756)", () => {
    const text =
      '1:S 26 Jan 2022 12:52:55.222 * MASTER <-> REPLICA sync started\n1:S 26 Jan 2022 12:52:55.222 # Error condition on socket for SYNC: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads ProxySQL's monitor ping log with the errno in parentheses (sysown/proxysql issue #1262)", () => {
    const text =
      "| 172.18.208.233 | 3306 | 1511956545352831 | 0  | Can't connect to MySQL server on '172.18.208.233' (107) |";
    expect(highIds(text)).toEqual(['10057']);
  });

  it('reads garbd bound to a port a Galera node already holds (mariadb-corporation/galera issue #313)', () => {
    expect(highIds('Aug 16 19:05:59 tukan1 garbd[5732]: bind: Address already in use')).toEqual(['10048']);
  });

  it("reads pcsd's Ruby refusal on port 2224 (ClusterLabs/pcs issue #73)", () => {
    const text =
      '`No response from: ubuntu1 request: /auth, exception: Connection refused - connect(2) for "ubuntu1" port 2224`';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors leaves the failover tools' own words alone", () => {
  it("finds nothing in Sentinel's +sdown/+odown and quorum count (redis/redis issue #14422)", () => {
    const text =
      '18:X 30 Sep 2025 15:06:45.815 # +sdown master mscp_sentinel 172.28.203.166 8379\n18:X 30 Sep 2025 15:06:46.900 # +odown master mscp_sentinel 172.28.203.166 8379 #quorum 3/2';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Redis Cluster's own failure detection (redis/redis issue #2875)", () => {
    const text =
      'SLAVE2 - 2345:M 17 Nov 21:17:00.310 * Marking node 6589527d3a8a1499300030b46fb6546e982c7c83 as failing (quorum reached).\nSLAVE3 - 32297:M 17 Nov 21:17:00.319 # Cluster state changed: fail';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in HAProxy's layer-7 check status 404 (haproxy/haproxy issue #2330)", () => {
    expect(anyIds('  check_status: L7STS\n  check_code: 404\n  check_desc: Layer7 wrong status')).toEqual([]);
  });

  it("finds nothing in HAProxy's 'L4 unsuccessful connection' summary (haproxy/haproxy issue #1234)", () => {
    const text =
      'Health check for server Backend-Web/http1_6 failed, reason: Health analyze, info: "Detected 10 consecutive errors, last one was: L4 unsuccessful connection", status: 0/2 DOWN.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in keepalived's own checker and VRRP timers (acassen/keepalived issues #362 and #2202)", () => {
    expect(
      anyIds(
        'Timeout connect, timeout server [x.x.x.x]:80.\nRemoving service [x.x.x.x]:80 from VS [x.x.x.x]:80',
      ),
    ).toEqual([]);
    expect(anyIds('Keepalived_vrrp[3043]: (instance_10.19.220.103) Receive advertisement timeout')).toEqual(
      [],
    );
  });

  it("finds nothing in corosync's FAILED TO RECEIVE and lost quorum (corosync/corosync issue #6)", () => {
    const text =
      'corosync[10644]:   [TOTEM ] FAILED TO RECEIVE\ncrmd[10689]:   notice: pcmk_quorum_notification: Membership 1676: quorum lost (1)';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in mongod's election failure over its own 'Connection closed by peer' (bitnami/bitnami-docker-mongodb issue #193)", () => {
    const text =
      'I REPL     [replexec-5] not becoming primary, we received insufficient votes\nI REPL     [replication-0] Restarting oplog query due to error: HostUnreachable: error in fetcher batch callback :: caused by :: Connection closed by peer.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Galera's primary-view deadline reported as -110 (nixelsolutions/rancher-percona-xtradb-cluster issue #3)", () => {
    const text =
      "Failed to open channel 'pxc_rancher\n' at 'gcomm://10.42.140.167,10.42.46.168': -110 (Connection timed out)  \n2015-10-14 04:03:30 35 [ERROR] WSREP: gcs connect failed: Connection timed out  ";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in garbd's 'No address to connect' code 131 (mariadb-corporation/galera issue #665)", () => {
    expect(
      anyIds('ERROR: failed to open gcomm backend connection: 131: No address to connect (FATAL)'),
    ).toEqual([]);
  });

  it('finds nothing in urllib3 read timeouts and Patroni losing its leader lock (zalando/postgres-operator issue #1332)', () => {
    const text =
      'ERROR: Request to server https://10.240.16.1:443 failed: ReadTimeoutError("HTTPSConnectionPool(host=\'10.240.16.1\', port=443): Read timed out. (read timeout=9.99960580188781)",)\nERROR: failed to update leader lock';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in libpq's connect_timeout on a Unix socket under pg_autoctl (hapostgres/pg_auto_failover issue #914)", () => {
    const text =
      'ERROR Connection to database failed: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: timeout expired';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in ENOTCONN on a stolon keeper's FUSE data file (sorintlab/stolon issue #354)", () => {
    const text =
      'FATAL:  could not open relation mapping file "global/pg_filenode.map": Transport endpoint is not connected';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in MHA's MySQL 2013 without a system error (yoshinorim/mha4mysql-manager issue #73)", () => {
    const text =
      'Checking slave status failed. err=Got error when executing SHOW SLAVE STATUS. Lost connection to MySQL server during query';
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors leaves Pacemaker's own ENOTCONN for a failed CIB sign-on alone", () => {
  it("finds nothing in cibadmin's sign-on failure under crmsh (ClusterLabs/crmsh issue #438)", () => {
    const text =
      'crm(live)# configure\nERROR: running cibadmin -Ql: Signon to CIB failed: Transport endpoint is not connected\nInit failed, could not perform requested operations';
    expect(anyIds(text)).toEqual([]);
  });

  it('finds nothing in the Pacemaker 2.x wording of it (ClusterLabs/crmsh issue #1355)', () => {
    expect(
      anyIds(
        'ERROR: running cibadmin -Ql: Could not connect to the CIB: Transport endpoint is not connected',
      ),
    ).toEqual([]);
  });

  it("finds nothing in crm_mon's 'Connection to cluster failed' under crm status (ClusterLabs/crmsh issue #440)", () => {
    const text =
      ' crm status\nERROR: status: crm_mon (rc=134): Connection to cluster failed: Transport endpoint is not connected';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads no errno from cibadmin's exit status 107 beside it (whamcloud/integrated-manager-for-lustre issue #269)", () => {
    const text =
      'Signon to CIB failed: Transport endpoint is not connected\nInit failed, could not perform requested operations\n\ncibadmin --query --local: 107';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads the refused IPC connect to pacemakerd before it (ClusterLabs/crmsh issue #1042)', () => {
    const text =
      'error: Could not connect to launcher: Connection refused\ncrm_mon: Connection to cluster failed: Connection refused';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("still reads ENOTCONN after 'Connection to cluster failed' when no crm_mon is near", () => {
    expect(highIds('Connection to cluster failed: Transport endpoint is not connected')).toEqual(['10057']);
  });
});
