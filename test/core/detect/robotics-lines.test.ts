import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Robotics middleware (ROS 1 and 2, DDS, Gazebo, MAVLink tools): real pastes of corpus round 47.
 * Cyclone DDS words a bind() that failed with EADDRINUSE in its own way, `address in use`
 * (ddsrt returns DDS_RETCODE_PRECONDITION_NOT_MET for it, and ddsi_udp.c prints that text).
 */
describe('detectErrors reads robotics middleware socket lines', () => {
  it.each([
    ['1624847925.259516 [0]          1: ddsi_udp_create_conn: failed to bind to ANY:7400: address in use'],
    [
      '1611048853.258930 [108] test_execu: ddsi_udp_create_conn: failed to bind to ANY:34401: address in use\n[ERROR] [1611048853.258965495] [rmw_cyclonedds_cpp]: rmw_create_node: failed to create domain, error Error',
    ],
  ])("reads Cyclone DDS's bind failure %j as WSAEADDRINUSE", (text) => {
    expect(highIds(text)).toEqual(['10048']);
  });

  it("does not read 'address in use' without Cyclone DDS's bind frame", () => {
    expect(anyIds('the address in use is 10.0.0.2')).toEqual([]);
  });

  it.each([
    ['1678064725.992839 [0] tev: ddsi_udp_conn_write to udp/239.255.0.1:7400 failed with retcode -1'],
    [
      'Unable to register with master node [http://localhost:11311]: master may not be running yet. Will keep trying.',
    ],
    [
      '[ERROR] [1371144822.249433366]: [registerPublisher] Failed to contact master at [localhost:11311].  Retrying...',
    ],
    ["TurtleBot3Burger' extern controller: refusing connection attempt from another extern controller"],
  ])('ignores %j', (text) => {
    expect(anyIds(text)).toEqual([]);
  });
});
