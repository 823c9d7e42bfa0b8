import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Distributed storage clients (Ceph, GlusterFS, MinIO, SeaweedFS, OpenEBS, HDFS over WebHDFS):
 * real pastes of corpus round 44. Ceph's librados returns its own monitor deadline as -ETIMEDOUT
 * and the ceph CLI prints a manager module's return code as `Error EINVAL:`; neither is a socket's.
 */
describe('detectErrors reads Ceph client deadlines and return codes as no socket error', () => {
  it.each([
    [
      '2018-07-05 22:00:56.669422 7f1443efe700  0 monclient(hunting): authenticate timed out after 300\n2018-07-05 22:00:56.669458 7f1443efe700  0 librados: client.admin authentication error (110) Connection timed out\n[errno 110] error connecting to the cluster',
    ],
    [
      '2023-07-03T21:07:34.731+0000 7fe36e1c9640  0 monclient(hunting): authenticate timed out after 300\n[errno 110] RADOS timed out (error connecting to the cluster)',
    ],
    [
      '2019-03-14 10:46:21.708 7f2bbff49700 -1 monclient: get_monmap_and_config cannot identify monitors to contact\n[errno 22] error connecting to the cluster',
    ],
    ['/usr/bin/ceph: Error EINVAL: Failed to connect to smithi053 (172.21.15.53).\nNon-zero exit code 22'],
    ["ls: cannot access  '/mnt': Transport endpoint is not connected"],
    [
      'ceph-fuse[32483]: ceph mount failed with (110) Connection timed out2018-04-22 13:42:11.164922 7f0916675780 -1 \nmonclient(hunting): authenticate NOTE: no keyring found; disabled cephx authentication\nceph-fuse[32479]: mount failed: (110) Connection timed out',
    ],
    ['rbd error output: rbd: sysfs write failed rbd: map failed: (110) Connection timed out'],
    [
      'rpc error: code = InvalidArgument desc = failed to get connection: connecting failed: rados: ret=-1, Operation not permitted',
    ],
  ])('ignores %j', (text) => {
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors still reads the sockets under storage clients at high confidence', () => {
  it.each([
    ['     ssh: connect to host mon1 port 22: Connection timed out', '10060'],
    [
      'Unable to create node: peer probe: failed: Probe returned with Transport endpoint is not connected',
      '10057',
    ],
    [
      'rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial tcp 192.168.10.10:19333: connect: connection refused"',
      '10061',
    ],
    [
      'Failed to list nodes. Error error in request: error trying to connect: tcp connect error: Connection refused (os error 111)',
      '10061',
    ],
  ])('reads %j', (text, id) => {
    expect(highIds(text)).toEqual([id]);
  });
});
