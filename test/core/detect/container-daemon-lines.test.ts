import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Container engine daemons' own log forms, from real pastes of corpus round 105. */
describe("detectErrors leaves sd-journal's empty-cursor errno alone", () => {
  it("leaves Podman's 'failed to get cursor: cannot assign requested address' alone (c105-028, c105-029)", () => {
    const text =
      '{"cause":"failed to get cursor: cannot assign requested address","message":"failed to get journal cursor: failed to get cursor: cannot assign requested address","response":500}';
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds('"Error: initial journal cursor: failed to get cursor: cannot assign requested address"'),
    ).toEqual([]);
  });

  it('still reads a connect that cannot assign the address as 10049 (c105-019)', () => {
    const text =
      'level=error msg="redis: error connecting: dial tcp 172.26.0.7:6379: connect: cannot assign requested address" service=registry';
    expect(highIds(text)).toEqual(['10049']);
  });
});

describe('detectErrors reads what dockerd, containerd and swarm log', () => {
  it("reads dockerd's gRPC dial to containerd's socket refused as 10061 (c105-008)", () => {
    const text =
      'level=warning msg="grpc: addrConn.createTransport failed to connect to {unix:///run/containerd/containerd.sock  <nil> 0 <nil>}. Err :connection error: desc = \\"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\\". Reconnecting..." module=grpc';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("leaves ttrpc's own closed state and gRPC's bare Unavailable alone (c105-014, c105-012)", () => {
    expect(anyIds('level=error msg="collecting metrics for e537" error="ttrpc: closed: unknown"')).toEqual(
      [],
    );
    expect(
      anyIds('Error response from daemon: rpc error: code = 14 desc = grpc: the connection is unavailable'),
    ).toEqual([]);
  });
});
