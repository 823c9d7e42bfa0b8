import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 23 (`test/fixtures/corpus/round23.jsonl`, ids c23-…). */
describe("detectErrors reads dig's per-server results", () => {
  it("reads 'network unreachable' after dig's ';; Connection to … failed:' (c23-008)", () => {
    const text =
      ';; Connection to 2a00:edc0:6259:7:9::4#53(2a00:edc0:6259:7:9::4) for bbc.com failed: network unreachable.';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("reads 'host unreachable' and 'timed out' after 'communications error to' (c23-045)", () => {
    expect(highIds(';; communications error to 10.0.0.2#53: host unreachable')).toEqual(['10065']);
    expect(highIds('为什么一直显示;; communications error to 127.0.0.1#5301: timed out')).toEqual(['11002']);
  });

  it('keeps the refusal alone when the summary follows refused servers (c23-044)', () => {
    const text =
      ';; communications error to 192.168.115.210#5335: connection refused\n;; communications error to 192.168.115.210#5335: connection refused\n\n; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> @192.168.115.210 -p 5335 support.google.com\n; (1 server found)\n;; global options: +cmd\n;; no servers could be reached';
    expect(anyIds(text)).toEqual(['10061']);
  });

  it('still reads the summary after timed-out servers as a temporary resolver failure (c23-007)', () => {
    const text =
      ';; communications error to 80.80.80.80#53: timed out ;; communications error to 80.80.80.80#53: timed out ;; no servers could be reached';
    expect(highIds(text)).toEqual(['11002']);
    expect(highIds(';; connection timed out; no servers could be reached')).toEqual(['11002']);
  });

  it('leaves the two words alone in prose', () => {
    expect(anyIds('the network unreachable alarm fired twice')).toEqual([]);
    expect(anyIds('the job timed out after 20 minutes')).toEqual([]);
  });
});

describe("detectErrors reads wget's resolver lines", () => {
  it("lets the reason line decide, not wget's summary (c23-032, c23-033)", () => {
    const again =
      'Resolving www.baidu.com (www.baidu.com)... failed: Temporary failure in name resolution.\nwget: unable to resolve host address ‘www.baidu.com’';
    expect(anyIds(again)).toEqual(['11002']);
    const noData =
      "Resolving github.com... failed: No address associated with hostname.\nwget: unable to resolve host address 'github.com'";
    expect(anyIds(noData)).toEqual(['11004']);
  });

  it('reads the summary alone as host not found (c23-035)', () => {
    expect(highIds("wget: unable to resolve host address 'dl.google.com'")).toEqual(['11001']);
    const notKnown =
      'Resolving yt-dl.org (yt-dl.org)... failed: Name or service not known.\nwget: unable to resolve host address ‘yt-dl.org’';
    expect(highIds(notKnown)).toEqual(['11001']);
  });
});

describe("detectErrors reads OpenSSL 3's system errors on Windows", () => {
  it('reads the Winsock code packed into the error code (c23-047)', () => {
    const text =
      'A0340100:error:8000274C:system library:BIO_connect:Unknown error:crypto\\bio\\bio_sock2.c:178:calling connect()\nA0340100:error:10000067:BIO routines:BIO_connect:connect error:crypto\\bio\\bio_sock2.c:180:\nconnect:errno=0';
    expect(highIds(text)).toEqual(['10060']);
    expect(
      highIds(
        '50610000:error:8000274D:system library:BIO_connect:Unknown error:../openssl-3.2.3/crypto/bio/bio_sock2.c:178:calling connect()',
      ),
    ).toEqual(['10061']);
  });

  it('reads the errno text on Linux once, and no other 0x8000 code', () => {
    expect(
      highIds(
        '40E7F7B7:error:8000006F:system library:BIO_connect:Connection refused:../crypto/bio/bio_sock2.c:114:calling connect()',
      ),
    ).toEqual(['10061']);
    expect(anyIds('error:80000002:system library:file_open:No such file or directory')).toEqual([]);
    expect(anyIds('error:8000274C is a code')).toEqual([]);
  });
});

describe("detectErrors reads Windows nslookup's timeout", () => {
  it("reads '*** Request to … timed-out' as a temporary resolver failure (c23-096)", () => {
    const text =
      'nslookup google.com 94.140.14.14\nDNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\nAddress:  94.140.14.14\n\nDNS request timed out.\n    timeout was 2 seconds.\n*** Request to UnKnown timed-out';
    expect(highIds(text)).toEqual(['11002']);
  });

  it('leaves the retry lines alone when the query was answered (c23-094)', () => {
    const text =
      'C:\\Users\\huxim>nslookup www.twitter.com 127.0.0.1\nDNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\nAddress:  127.0.0.1\n\nName:    twitter.com\nAddresses:  199.16.158.179';
    expect(anyIds(text)).toEqual([]);
    expect(anyIds('the build timed-out twice today')).toEqual([]);
  });
});

describe("detectErrors reads netcat's connect timeout", () => {
  it("reads nc -w's 'timed out: Operation now in progress' as a connect timeout, not EINPROGRESS", () => {
    // Debian's netcat-openbsd prints the errno its non-blocking connect left (public-code index id 68948514126).
    const text = 'nc: connect to 10.0.2.10 port 22 (tcp) timed out: Operation now in progress';
    expect(anyIds(text)).toEqual(['10060']);
    const both =
      'nc: connect to google.com (142.250.185.78) port 443 (tcp) timed out: Operation now in progress\nnc: connect to google.com (2a00:1450:4001:810::200e) port 443 (tcp) failed: Network is unreachable';
    expect(highIds(both)).toEqual(['10051', '10060']);
  });

  it('still reads EINPROGRESS where a program reports it', () => {
    expect(highIds('connect() failed: Operation now in progress')).toEqual(['10036']);
  });
});

describe("detectErrors reads Ncat's connect timeout", () => {
  it("reads 'Ncat: TIMEOUT.' as a connect timeout (c23-021)", () => {
    const text =
      'libnsock nsock_trace_handler_callback(): Callback: CONNECT TIMEOUT for EID 8 [1X.X.X.X:4443]\nNcat: TIMEOUT.';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("leaves Ncat's idle timeout and an empty message alone (c23-022, c23-023)", () => {
    expect(anyIds('Ncat: Idle timeout expired (5000 ms).')).toEqual([]);
    expect(anyIds('C:\\Users\\stefano.borini>ncat 192.168.1.1 12345\nNcat: .')).toEqual([]);
  });
});

describe("detectErrors reads Chinese Windows nslookup's timeout", () => {
  it("reads '*** 请求 UnKnown 超时' as a temporary resolver failure (c23-095)", () => {
    const text =
      'DNS request timed out.\n    timeout was 10 seconds.\nDNS request timed out.\n    timeout was 10 seconds.\n*** 请求 UnKnown 超时';
    expect(highIds(text)).toEqual(['11002']);
  });

  it('leaves the word alone elsewhere', () => {
    expect(anyIds('请求超时，请稍后重试')).toEqual([]);
    expect(anyIds('任务执行超时了')).toEqual([]);
  });
});
