import { describe, expect, it } from 'vitest';
import { detectErrors } from '../../helpers/detect.js';

/** The high-confidence ids, sorted: what an auto-reply would explain. */
function highIds(text: string): string[] {
  return detectErrors(text)
    .filter((f) => f.confidence === 'high')
    .map((f) => f.id)
    .sort();
}

/** Every id found at any confidence, sorted. */
function anyIds(text: string): string[] {
  return detectErrors(text)
    .map((f) => f.id)
    .sort();
}

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
