import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * CI/CD servers and their agents (corpus round 121). The round needed no rule change: these pin the
 * forms it found in both directions, so a later rule cannot start reading the servers' own words.
 */
describe("Jenkins remoting's own words are no socket error", () => {
  it('leaves ConnectionRefusalException alone: an end of stream before the ACK, not ECONNREFUSED (c121-027)', () => {
    const text = [
      'INFO: Protocol JNLP4-connect encountered an unexpected exception',
      'java.util.concurrent.ExecutionException: org.jenkinsci.remoting.protocol.impl.ConnectionRefusalException: Connection closed before acknowledgement sent',
      'Caused by: org.jenkinsci.remoting.protocol.impl.ConnectionRefusalException: Connection closed before acknowledgement sent',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves the ping thread's own timeout and the EOF of the channel it closed alone (c121-028, c121-050)", () => {
    const text = [
      'Ping failed. Terminating the channel vm-kcz08.',
      "java.util.concurrent.TimeoutException: Ping started at 1778843752744 hasn't completed by 1778844352744",
      '\tat hudson.remoting.PingThread.ping(PingThread.java:135)',
      'I/O error in channel vm-kcz08',
      'java.io.EOFException',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
    expect(
      anyIds(
        'INFO\thudson.slaves.ChannelPinger$1#onDead: Ping failed. Terminating the channel slave0.\njava.util.concurrent.TimeoutException: No ping',
      ),
    ).toEqual([]);
  });

  it('leaves a ChannelClosedException with no OS cause alone (c121-029)', () => {
    const text = [
      'java.nio.channels.ClosedChannelException',
      '\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:155)',
      'Caused: hudson.remoting.ChannelClosedException: Channel "hudson.remoting.Channel@6ae468e6:JNLP4-connect connection from 165.227.180.106/165.227.180.106:49598": Remote call on JNLP4-connect connection from 165.227.180.106/165.227.180.106:49598 failed. The channel is closing down or has closed down',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves the WebSocket agent's handshake error and the launchers' stream termination alone (c121-026, c121-033, c121-034)", () => {
    expect(anyIds('INFO: Failed to connect: Handshake error.')).toEqual([]);
    expect(
      anyIds('io.jenkins.remoting.shaded.jakarta.websocket.DeploymentException: Handshake error.'),
    ).toEqual([]);
    expect(
      anyIds(
        'java.io.EOFException: unexpected stream termination\n\tat hudson.remoting.ChannelBuilder.negotiate(ChannelBuilder.java:478)',
      ),
    ).toEqual([]);
  });
});

describe("the OS error under an agent's launcher or wrapper is read", () => {
  it("reads ssh's refusal and timeouts above remoting's stream termination (c121-003, c121-019, c121-020)", () => {
    const refused = [
      'ssh: connect to host port 22: Connection refused',
      'ERROR: Unable to launch the agent for aix71-p8-6',
      'java.io.EOFException: unexpected stream termination',
    ].join('\n');
    expect(highIds(refused)).toEqual(['10061']);
    expect(highIds('ssh: connect to host 169.55.170.76 port 22: Operation timed out')).toEqual(['10060']);
    expect(highIds('ssh: connect to host cent6-x64-1 port 22: Connection timed out')).toEqual(['10060']);
  });

  it("reads remoting's and TeamCity's wrappers over Java's errors (c121-002, c121-015, c121-016)", () => {
    const jnlp = [
      'Caused by: java.io.IOException: Failed to connect to …',
      '\tat org.jenkinsci.remoting.engine.JnlpAgentEndpoint.open(JnlpAgentEndpoint.java:280)',
      'Caused by: java.net.ConnectException: Connection refused',
    ].join('\n');
    expect(highIds(jnlp)).toEqual(['10061']);
    expect(
      highIds(
        'Error while asking server for the communication protocols via URL http://xxx.xxx.xx.x:8111/app/agents/protocols. Will try later: java.net.ConnectException: Connection timed out (Connection timed out) (enable debug to see stacktrace)',
      ),
    ).toEqual(['10060']);
    expect(
      highIds(
        '[Publishing artifacts] Recoverable problem publishing artifacts (will retry): Connection reset by peer: socket write error',
      ),
    ).toEqual(['10054']);
  });
});

describe("Go servers' dials are read and their own deadlines are not", () => {
  it("reads Concourse's, Flux's and Argo CD's dials (c121-004, c121-007, c121-009, c121-025)", () => {
    expect(
      highIds(
        '"message":"worker.beacon-runner.beacon.failed-to-connect-to-tsa","data":{"error":"dial tcp 172.21.0.3:2222: connect: connection refused","session":"4.1"}',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'Failed to resync revoked tokens. retrying again in 1 minute: dial tcp 10.43.231.95:6379: i/o timeout',
      ),
    ).toEqual(['10060']);
    expect(
      highIds(
        "unable to clone 'ssh://git@github.com/moikot/petite-cloud', error: dial tcp: lookup github.com on 10.96.0.10:53: read udp 10.244.1.5:50809->10.96.0.10:53: i/o timeout",
      ),
    ).toEqual(['11002']);
    expect(
      highIds(
        'Failed to resync revoked tokens. retrying again in 1 minute: dial tcp: lookup argocd-redis: i/o timeout',
      ),
    ).toEqual(['11002']);
  });

  it("leaves grpc-go's and the servers' own words alone (c121-004, c121-037, c121-039, c121-045)", () => {
    expect(
      anyIds(
        'grpc error: done(): code: Unavailable: rpc error: code = Unavailable desc = connection closed before server preface received',
      ),
    ).toEqual([]);
    expect(
      anyIds('rpc error: code = Unavailable desc = keepalive ping failed to receive ACK within timeout'),
    ).toEqual([]);
    expect(
      anyIds(
        '"message":"worker.beacon.beacon.beacon-client.failed-to-connect-to-tsa","data":{"error":"dial tcp: address : missing port in address"}',
      ),
    ).toEqual([]);
    expect(anyIds('"error":"all worker SSH gateways unreachable"')).toEqual([]);
  });
});
