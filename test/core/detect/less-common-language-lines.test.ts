import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from less common languages' socket stacks, from real pastes of corpus round 56. */
describe("detectErrors reads swift-nio's IOError by its errno, not by NIO's reason", () => {
  it("reads a refused connect under 'connection reset (error set)' (vapor/websocket-kit issue #39)", () => {
    const text = '        ▿ error : connection reset (error set): Connection refused (errno: 61)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('reads the Linux errno the same way (vapor-community/heroku-buildpack issue #57)', () => {
    const text =
      'Fatal error: Error raised at top level: connection reset (error set): Connection refused (errno: 111): file Swift/ErrorType.swift, line 200';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('still reads a real reset in an NIO IOError (vapor/vapor issue #1883)', () => {
    const text =
      'vapor: [ ERROR ] IOError.104: read(descriptor:pointer:size:) failed: Connection reset by peer (errno: 104) (NIOServer.swift:102)';
    expect(highIds(text)).toEqual(['10054']);
  });
});

describe("detectErrors reads Zig's error names", () => {
  it("reads error.ConnectionResetByPeer as printed by 'zig std' (ziglang/zig issue #24972)", () => {
    expect(highIds('error: unable to serve /sources.tar: ConnectionResetByPeer')).toEqual(['10054']);
  });
});

describe("detectErrors leaves these stacks' own deadlines alone", () => {
  it("finds nothing in AsyncKit's pool deadline (vapor/fluent issue #716)", () => {
    const text =
      '[ERROR] Connection request timed out. This might indicate a connection deadlock in your application.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Akka's TCP idle-timeout (akka/alpakka issue #1715)", () => {
    const text =
      'akka.stream.scaladsl.TcpIdleTimeoutException: TCP idle-timeout encountered on connection to [dynamodb.eu-west-1.amazonaws.com:443], no bytes passed in the last 1 minute';
    expect(anyIds(text)).toEqual([]);
  });
});
