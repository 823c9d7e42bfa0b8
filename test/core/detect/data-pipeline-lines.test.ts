import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Data pipeline and ETL tools' lines, from real pastes of corpus round 49 (`test/fixtures/corpus/round49.jsonl`). */
describe("detectErrors reads data pipeline tools' lines", () => {
  it("reads libpq's 'SSL SYSCALL error: Operation timed out' (macOS ETIMEDOUT) as a timeout", () => {
    // psycopg/psycopg2 issue #356 (c49-079), the issue title.
    expect(highIds('psycopg2.DatabaseError: SSL SYSCALL error: Operation timed out')).toEqual(['10060']);
  });

  it("reads libpq's send and receive failures with macOS ETIMEDOUT as a timeout", () => {
    // The same SOCK_STRERROR after libpq's other two socket wordings (fe-secure.c).
    expect(highIds('could not receive data from server: Operation timed out')).toEqual(['10060']);
    expect(highIds('could not send data to server: Operation timed out')).toEqual(['10060']);
  });

  it("keeps libpq's errno-less EOF wordings without a finding", () => {
    // harrystech/arthur-redshift-etl pull request #117, airflow-helm/charts issue #840 (c49-081, c49-082).
    expect(anyIds('psycopg2.OperationalError: SSL SYSCALL error: EOF detected')).toEqual([]);
    expect(anyIds('psycopg2.OperationalError: SSL connection has been closed unexpectedly')).toEqual([]);
  });

  it('keeps an application deadline worded "Operation timed out" without a finding', () => {
    expect(anyIds('Operation timed out after 30000 milliseconds with 0 bytes received')).toEqual([]);
  });

  it("gives Logstash's and Fluentd's own connection-pool wordings no auto-reply", () => {
    // elastic/logstash issue #6664, fluent/fluentd issue #1596 (c49-003, c49-008).
    expect(
      anyIds(
        'UNEXPECTED POOL ERROR {:e=>#<LogStash::Outputs::ElasticSearch::HttpClient::Pool::NoConnectionAvailableError: No Available connections>}',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'failed to flush the buffer. retry_time=13 error_class=Fluent::Plugin::ForwardOutput::NoNodesAvailable error="no nodes are available"',
      ),
    ).toEqual([]);
  });
});
