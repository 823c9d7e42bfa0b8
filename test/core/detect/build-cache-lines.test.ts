import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from build caches and remote build execution (Bazel's remote cache, executor and BES
 * upload, BuildBuddy, Buildbarn, sccache, Gradle's build cache, Nx Cloud, distcc), from real pastes
 * of corpus round 158. grpc-java's resolver failure 'UNAVAILABLE: Unable to resolve host <host>' is
 * read as host not found; nx-cloud's '(scope: api, code: ECONNABORTED)' is axios's own deadline and
 * is left alone. The rest pin forms the round found already read or left alone.
 */
describe("detectErrors reads grpc-java's resolver failure", () => {
  it("reads 'UNAVAILABLE: Unable to resolve host' from Bazel's capabilities check (bazelbuild/bazel issue #11989)", () => {
    const text =
      'ERROR: java.io.IOException: io.grpc.StatusRuntimeException: UNAVAILABLE: Unable to resolve host fakeurl.net\n\tat com.google.devtools.build.lib.remote.RemoteServerCapabilities.get(RemoteServerCapabilities.java:82)';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("keeps Android's own wording with its EAI_NODATA text as 11004", () => {
    const text =
      'java.net.UnknownHostException: Unable to resolve host "swad.ugr.es": No address associated with hostname';
    expect(highIds(text)).toEqual(['11004']);
  });

  it('leaves the gRPC status without the resolver words alone (buildbuddy-io/buildbuddy issue #7670)', () => {
    expect(anyIds('ERROR: Failed to query remote execution capabilities: UNAVAILABLE: io exception')).toEqual(
      [],
    );
  });
});

describe("detectErrors leaves alone nx-cloud's axios deadline code", () => {
  it('leaves (scope: api, code: ECONNABORTED) under Nx Cloud Problems (nrwl/nx issue #3676)', () => {
    const text =
      '>  NX   WARNING  Nx Cloud Problems\n\n  - Cannot connect to remote cache (scope: api, code: ECONNABORTED).';
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads EAI_AGAIN in the same form (nrwl/nx issue #9704)', () => {
    const text =
      ' >  NX   Nx Cloud Problems\n\n   - Cannot connect to Nx Cloud (scope: api, code: EAI_AGAIN).';
    expect(highIds(text)).toEqual(['11002']);
  });

  it('still reads a bare ECONNABORTED outside the form', () => {
    expect(
      highIds('Error: read ECONNABORTED\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)'),
    ).toEqual(['10053']);
  });
});

describe('detectErrors reads the socket errors build caches print', () => {
  it("reads a Go dial refusal inside Bazel's gRPC status (bazelbuild/bazel issue #11019)", () => {
    const text =
      'java.io.IOException: io.grpc.StatusRuntimeException: UNAVAILABLE: connection error: desc = "transport: Error while dialing dial tcp 10.101.131.72:9092: connect: connection refused"';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Netty's native recvAddress reset in a BES upload (cross-media-measurement issue #1899)", () => {
    const text =
      "ERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents, no more attempts left: status='Status{code=UNAVAILABLE, description=io exception, cause=io.netty.channel.unix.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer";
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Gradle's build cache refusal (corda/corda pull request #4095)", () => {
    const text =
      "Could not load entry e391e1797463ef7e1fece4fb05a7def3 for task ':core:compileKotlin' from remote build cache: Connect to localhost:5071 [localhost/127.0.0.1] failed: Connection refused (Connection refused)";
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads sccache's os errors (mozilla/sccache issues #824 and #1186)", () => {
    expect(highIds('sccache: error: Server startup failed: Address already in use (os error 98)')).toEqual([
      '10048',
    ]);
    const text =
      '  sccache: caused by: An existing connection was forcibly closed by the remote host. (os error 10054)';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads EAI_AGAIN's text under sccache's GHA backend (HeddleCo/heddle issue #445)", () => {
    const text =
      '  ... client error (Connect): dns error: failed to lookup address information: Try again\n  service: ghac   path: .sccache_check';
    expect(highIds(text)).toEqual(['11002']);
  });
});

describe('detectErrors leaves alone the build tools’ own words', () => {
  it("leaves sccache's own timeouts (mozilla/sccache issues #176 and #2023)", () => {
    expect(anyIds('> 0:13.44 DEBUG: | error: Connection to server timed out')).toEqual([]);
    const text =
      '  sccache: error: Timed out waiting for server startup. Maybe the remote service is unreachable?';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Gradle's read timeout and truncated bodies (gradle/gradle issues #31292 and #22708)", () => {
    expect(anyIds('org.gradle.caching.BuildCacheException: Read timed out')).toEqual([]);
    const text =
      '> Could not load entry f0bb04e3a6ae15e5437000d53cba8db9 from remote build cache: Premature end of chunk coded message body: closing chunk expected';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Buildbarn's missing runner socket file (buildbarn/bb-deployments issue #39)", () => {
    const text =
      'Runner is not ready yet: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /worker/runner: connect: no such file or directory"';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves distcc's EOF and icecream's own error number (distcc/distcc issue #405, icecc/icecream issue #565)", () => {
    expect(anyIds('distcc[3873] (dcc_readx) ERROR: unexpected eof on fd6')).toEqual([]);
    const text =
      'ICECC[307384] 2020-11-14 12:20:38: got exception Error 2 - no server found at 192.168.151.248 (192.168.151.248)';
    expect(anyIds(text)).toEqual([]);
  });
});
