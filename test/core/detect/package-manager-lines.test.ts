import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines of package managers and build tools fetching over the network, from real pastes of corpus
 * round 21 (`test/fixtures/corpus/round21.jsonl`, ids c21-…).
 */
describe("detectErrors leaves yum's own error codes alone", () => {
  it("ignores urlgrabber's '[Errno -1] Error importing repomd.xml', yum's own error code (conda/conda issue #5481)", () => {
    const text =
      'http://mirrors.aliyun.com/centos/6/os/x86_64/repodata/repomd.xml: [Errno -1] Error importing repomd.xml for base: Damaged repomd.xml file\nTrying other mirror.';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores '[Errno -1] Metadata file does not match checksum'", () => {
    const text =
      'http://mirror.steadfast.net/epel/6/x86_64/repodata/pkgtags.sqlite.gz: [Errno -1] Metadata file does not match checksum\nTrying other mirror.';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores '[Errno -1] repomd.xml signature could not be verified'", () => {
    const text =
      'https://packages.cloud.google.com/yum/repos/kubernetes-el7-x86_64/repodata/repomd.xml: [Errno -1] repomd.xml signature could not be verified for kubernetes';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores urlgrabber's '[Errno 14]', its class for HTTP errors (HariSekhon/Nagios-Plugins issue #223)", () => {
    const text = [
      'https://fedora.cu.be/epel/6/x86_64/repodata/d5d5ec1c6a9336b596f85b6543812df09ae88a9df9da251e28434a3438aa701d-updateinfo.xml.bz2: [Errno 14] PYCURL ERROR 22 - "The requested URL returned error: 404 Not Found"',
      'Trying other mirror.',
      'https://ftp.icm.edu.pl/pub/Linux/fedora/linux/epel/6/x86_64/repodata/d5d5ec1c6a9336b596f85b6543812df09ae88a9df9da251e28434a3438aa701d-updateinfo.xml.bz2: [Errno 14] problem making ssl connection',
      'Trying other mirror.',
    ].join('\n');
    expect(anyIds(text)).toEqual([]);
  });

  it("reads only the socket error inside '[Errno 14] curl#7' (contiv/install issue #11)", () => {
    const text =
      'http://sjc-linux.cisco.com/centos/7/os/x86_64/repodata/repomd.xml: [Errno 14] curl#7 - "Failed connect to sjc-linux.cisco.com:80; No route to host"\nTrying other mirror.';
    expect(anyIds(text)).toEqual(['10065']);
  });

  it('still reads the resolver failure yum reports next to it', () => {
    const text = [
      'Could not retrieve mirrorlist http://apt.sw.be/redhat/el6/en/mirrors-rpmforge error was',
      "14: PYCURL ERROR 6 - \"Couldn't resolve host 'apt.sw.be'\"",
      'http://mirrors.aliyun.com/centos/6/os/x86_64/repodata/repomd.xml: [Errno -1] Error importing repomd.xml for base: Damaged repomd.xml file',
    ].join('\n');
    expect(anyIds(text)).toEqual(['11001']);
  });
});

describe("detectErrors reads Gradle's status lines as HTTP answers", () => {
  it("ignores an HTTP 503 whose reason phrase is 'Connection timed out' (mschonaker/wagon-git issue #51)", () => {
    const text =
      "Could not GET 'https://raw.github.com/synergian/wagon-git/releases/com/google/android/gms/play-services-analytics-impl/'. Received status code 503 from server: Connection timed out";
    expect(anyIds(text)).toEqual([]);
  });

  it("still reads Gradle's failed connect (mojohaus/extra-enforcer-rules pull request #7)", () => {
    const text =
      'Caused by: org.apache.maven.wagon.providers.http.httpclient.conn.HttpHostConnectException: Connect to repo.maven.apache.org:80 [repo.maven.apache.org/151.101.12.215] failed: Connection timed out: connect';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("still reads libpq's timed-out read, which also says 'from server: Connection timed out'", () => {
    const text =
      'PG::ConnectionBad: PQconsumeInput() could not receive data from server: Connection timed out : BEGIN';
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe("detectErrors reads Ivy's wording for an unknown host", () => {
  it("reads 'Host <name> not found. url=' as host not found (sbt/sbt issue #2836)", () => {
    const text =
      '        Host repo1.maven.org not found. url=https://repo1.maven.org/maven2/org/scala-sbt/sbt/0.13.13/sbt-0.13.13.pom';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("ignores Ivy's 'not found' for a module, which is no network error", () => {
    const text = '                module not found: org.scala-sbt#sbt;0.13.1\n\n        ==== local: tried';
    expect(anyIds(text)).toEqual([]);
  });
});
