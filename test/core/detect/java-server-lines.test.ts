import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Java servers and big-data clients that reword the JDK's socket errors (corpus round 22). */
describe("detectErrors reads the 'Server refused connection' wrappers of SolrJ and Trino", () => {
  it("reads SolrJ's 'Server refused connection at: <url>' as a refused connection (ukwa/webarchive-discovery #253, c22-102)", () => {
    const line =
      'org.apache.solr.client.solrj.SolrServerException: Server refused connection at: http://localhost:8983/solr/netarchivebuilder';
    expect(highIds(line)).toEqual(['10061']);
  });

  it("reads Trino's 'Server refused connection: <uri>' as a refused connection (trinodb/trino #21301, c22-085)", () => {
    expect(highIds('Server refused connection: http:node1:8084')).toEqual(['10061']);
    expect(
      highIds('Error running command: Server refused connection: http://localhost:8080/v1/statement'),
    ).toEqual(['10061']);
  });

  it('lets a connect timeout named in the same mention win over the wrapper', () => {
    // Spring Data Solr chains the causes on one line ('; nested exception is …', c22-103).
    const line =
      'DataAccessResourceFailureException: Server refused connection at: http://solr:8983/solr/core; nested exception is java.net.ConnectException: Connection timed out';
    expect(highIds(line)).toEqual(['10060']);
  });

  it('leaves other programs that refuse a session in their own words alone', () => {
    // An RFB (VNC) server's security failure and an FTP server's reply: the TCP connection worked.
    expect(
      detectErrors('java.io.IOException: Server refused connection: Too many authentication failures'),
    ).toEqual([]);
    expect(detectErrors('IOException: server refused connection: 421 Too many connections')).toEqual([]);
  });
});

describe("detectErrors reads Manticore's resolver failure in Logstash's Elasticsearch output", () => {
  it("reads 'Manticore::ResolutionFailure' as host not found (awslabs/logstash-output-amazon_es #160, c22-035)", () => {
    const line =
      'Elasticsearch Unreachable: [http://locahost:9200/][Manticore::ResolutionFailure] locahost"}';
    expect(highIds(line)).toEqual(['11001']);
  });

  it('lets the resolver text after it name a temporary failure (Websoft9/docker-library #1054, c22-039)', () => {
    const line =
      'Elasticsearch Unreachable: [http://elasticsearch:9200/][Manticore::ResolutionFailure] elasticsearch: Temporary failure in name resolution';
    expect(highIds(line)).toEqual(['11002']);
  });
});

describe("detectErrors reads Netty's annotated connect failure in glibc's Chinese words", () => {
  it("reads '拒绝连接: host/ip:port' after java.net.ConnectException (nathanmarz/storm-contrib #48, c22-106)", () => {
    const line =
      'connection attempt 2 to Netty-Client-storm3/192.168.172.133:6700 failed: java.net.ConnectException: 拒绝连接: storm3/192.168.172.133:6700';
    expect(highIds(line)).toEqual(['10061']);
    expect(
      highIds('io.netty.channel.AbstractChannel$AnnotatedConnectException: 拒绝连接: /10.0.0.5:7077'),
    ).toEqual(['10061']);
  });

  it('keeps the short text at medium where a colon introduces prose, not a peer address', () => {
    expect(highIds('java.net.ConnectException: 拒绝连接: 请检查防火墙')).toEqual([]);
  });
});
