import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Stream-processing and data-integration lines (Kafka clients and Connect, Flink, Pulsar, Redpanda,
 * Logstash, Fluentd, Fluent Bit), from real pastes of corpus round 210. No rule was added for the
 * round: these pin the forms it found read, and the tools' own deadlines and notices it found unread.
 */
describe('detectErrors reads the OS errors stream-processing clients print', () => {
  it("reads librdkafka's older 'Failed to connect to broker at' refusal (c210-001)", () => {
    const text =
      '1433288004.747 RDKAFKA-3-FAIL: rdkafka#producer-0: localhost:9092/bootstrap: Failed to connect to broker at [localhost]:9092: Connection refused\n1433288004.747 RDKAFKA-3-ERROR: rdkafka#producer-0: 1/1 brokers are down';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads librdkafka's ENETUNREACH in the same form from confluent-kafka-go (c210-021)", () => {
    const text =
      'ssl://redpanda-0.redpanda.local:31092/bootstrap: Failed to connect to broker at [redpanda-0.redpanda.local]:31092: Network is unreachable (after 0ms in state CONNECT)';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads librdkafka's 'Connect to ipv4#' refusal through rust-rdkafka with a suppressed count (c210-002)", () => {
    const text =
      'ERROR librdkafka: librdkafka: FAIL [thrd:127.0.0.1:37655/0]: 127.0.0.1:37655/0: Connect to ipv4#127.0.0.1:37655 failed: Connection refused (after 0ms in state CONNECT, 3 identical error(s) suppressed)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads the Pulsar client's finishConnect refusal in glibc's zh_CN text (c210-010)", () => {
    const text =
      'Error connecting to broker: org.apache.pulsar.client.api.PulsarClientException: java.util.concurrent.CompletionException: org.apache.pulsar.shade.io.netty.channel.AbstractChannel$AnnotatedConnectException: finishConnect(..) failed: 拒绝连接: www.stu13.com/10.187.128.67:6650';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads rpk's Go dial refusal, also inside a Python repr with a literal \\n (c210-016, c210-019)", () => {
    expect(
      highIds(
        'Error - unable to request metadata: unable to dial: dial tcp 127.0.0.1:9093: connect: connection refused',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        "output: ', 'unable to create topics [fuzzy-operator-8422-azezax]: unable to dial: dial tcp 172.16.16.23:9092: connect: connection refused\\n')",
      ),
    ).toEqual(['10061']);
  });

  it("reads Flink's Pekko RPC association failing on an unknown host (c210-022)", () => {
    const text =
      'WARN  org.apache.pekko.remote.ReliableDeliverySupervisor           [] - Association with remote system [pekko.tcp://flink@flink-jobmanager:6123] has failed, address is now gated for [50] ms. Reason: [Association failed with [pekko.tcp://flink@flink-jobmanager:6123]] Caused by: [java.net.UnknownHostException: flink-jobmanager: Name or service not known]';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads Fluent Bit's flb_net refusal and Fluentd's ECONNRESET (c210-003, c210-011)", () => {
    expect(
      highIds(
        '[2021/11/26 07:02:44] [error] [net] TCP connection failed: logging-operator-logging-fluentd.logs.svc:24240 (Connection refused)',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        '[warn]: temporarily failed to flush the buffer. next_retry=2014-11-22 10:24:19 +0800 error_class="Errno::ECONNRESET" error="Connection reset by peer" instance=69907524880080',
      ),
    ).toEqual(['10054']);
  });

  it("reads Logstash's Manticore refusal and a beat's write reset toward Logstash (c210-006, c210-026)", () => {
    expect(
      highIds(
        'Elasticsearch Unreachable: [http://localhost:9200/][Manticore::SocketException] Connection refused (Connection refused)"}',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        'ERROR        logstash/async.go:256        Failed to publish events caused by: write tcp [::1]:32906->[::1]:5045: write: connection reset by peer',
      ),
    ).toEqual(['10054']);
  });
});

describe("detectErrors reads no error in the pipeline tools' own deadlines, notices and verdicts", () => {
  it("reads nothing in Fluent Bit's upstream connect_timeout (c210-030)", () => {
    expect(
      anyIds(
        '[2023/11/02 12:21:39] [error] [upstream] connection #103 to <fluentd_node>:24224 timed out after 10 seconds\n[2023/11/02 12:21:39] [error] [output:forward:forward.0] no upstream connections available',
      ),
    ).toEqual([]);
  });

  it("reads nothing in the Kafka clients' own deadlines and NetworkClient notices (c210-033, c210-036)", () => {
    const text =
      'org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: fetchMetadata\n[WARN] [org.apache.kafka.clients.NetworkClient] - [Producer clientId=producer-1] Connection to node 1 (localhost/127.0.0.1:32772) could not be established. Node may not be available.\n[INFO] [org.apache.kafka.clients.NetworkClient] - [AdminClient clientId=kafka-t-admin-0] Node -1 disconnected.';
    expect(anyIds(text)).toEqual([]);
  });

  it("reads nothing in librdkafka's transport error code or Manticore's read timeout (c210-042, c210-031)", () => {
    expect(
      anyIds('rd_kafka_metadata: "Local: Broker transport failure" error when used on top of Redpanda'),
    ).toEqual([]);
    expect(anyIds('Manticore::SocketTimeout: Read timed out')).toEqual([]);
  });

  it('reads nothing in SASL failures on Kafka connections (c210-044, c210-045)', () => {
    expect(
      anyIds(
        'ERROR [AdminClient clientId=connect-adminclient-producer] Connection to node -1 (broker/172.18.0.4:9092) failed authentication due to: {"status":"invalid_token"}',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Error: 58] SaslAuthenticationFailedError: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512',
      ),
    ).toEqual([]);
  });

  it("reads nothing in Akka's association deadline alone, nor in Fluent Bit's HTTP statuses (c210-028, c210-047)", () => {
    expect(
      anyIds(
        'Caused by: [No response from remote for outbound association. Associate timed out after [20000 ms].]',
      ),
    ).toEqual([]);
    expect(
      anyIds('[2020/04/24 18:25:11] [error] [out_http] hostname.domain.com:443, HTTP status=400'),
    ).toEqual([]);
  });
});
