import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 3 (`test/fixtures/corpus/round3.jsonl`, ids c3-…). */
describe("detectErrors reads BusyBox nslookup's lines", () => {
  it("ignores 'can't resolve '(null)'', the lookup of its own server, when the query succeeds", () => {
    // openwrt/luci issue #991 (c3-095), lede-project/source issue #123 (c3-096).
    const text =
      "root@lede:~# nslookup dev.openwrt.org\nnslookup: can't resolve '(null)': Name does not resolve\n\nName:      dev.openwrt.org\nAddress 1: 217.115.15.26 dev.openwrt.nanl.de";
    expect(anyIds(text)).toEqual([]);
  });

  it('still reads a name that does not resolve as host not found', () => {
    expect(highIds("nslookup: can't resolve 'db.internal': Name does not resolve")).toEqual(['11001']);
    // The same failure after the '(null)' line of the server.
    const both =
      "nslookup: can't resolve '(null)': Name does not resolve\n\nnslookup: can't resolve 'db.internal': Name does not resolve";
    expect(highIds(both)).toEqual(['11001']);
  });

  it('reads the short form without the resolver text (docker-library/busybox issue #27, c3-098)', () => {
    const text =
      "# nslookup nginx\nServer:    192.168.192.10\nAddress 1: 192.168.192.10 kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve 'nginx'";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("leaves 'can't resolve' alone when nslookup did not print it", () => {
    expect(anyIds("webpack: Module not found: Error: Can't resolve './App' in '/src'")).toEqual([]);
    expect(anyIds("I can't resolve 'this' merge conflict")).toEqual([]);
  });
});

describe("detectErrors reads PowerShell's Test-NetConnection", () => {
  it("reads 'WARNING: Name resolution of <host> failed' as host not found (public-code index id 67533490600)", () => {
    const text =
      'Test-NetConnection cluster0.ncgfx.mongodb.net -Port 27017\nWARNING: Name resolution of cluster0.ncgfx.mongodb.net failed\n\nComputerName   : cluster0.ncgfx.mongodb.net\nRemoteAddress  :\nPingSucceeded  : False';
    expect(highIds(text)).toEqual(['11001']);
  });

  it('leaves prose about name resolution alone', () => {
    expect(
      anyIds('The name resolution of the cluster is handled by CoreDNS; see the warning: above'),
    ).toEqual([]);
  });
});

describe("detectErrors reads WinINet's and WinHTTP's failed lookup", () => {
  it("reads 'The server name or address could not be resolved' and its HRESULT as host not found (public-code index id 43407764803)", () => {
    expect(highIds('ERROR CODE:    0x80072ee7 - The server name or address could not be resolved')).toEqual([
      '11001',
    ]);
    // wsl.exe (public-code index id 68304720369).
    expect(highIds('Error code: Wsl/InstallDistro/WININET_E_NAME_NOT_RESOLVED')).toEqual(['11001']);
  });

  it('leaves the neighbouring WinINet codes alone', () => {
    expect(anyIds('Windows Update error 0x80072EE2')).toEqual([]);
    expect(anyIds('0x80072EFE')).toEqual([]);
  });
});
