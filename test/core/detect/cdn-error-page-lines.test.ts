import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 52 (`test/fixtures/corpus/round52.jsonl`, ids c52-…). */
describe("detectErrors reads a CDN's own error pages about the origin as no socket error", () => {
  it("reads no socket error in Cloudflare's Error 522 page (c52-030, c52-031)", () => {
    const lynx =
      "Error 522 Ray ID: 3044bd1a06490f87 • 2016-11-19 15:37:06 UTC\n\nConnection timed out\n\n   You\n\nBrowser\n\n   Working\n   Frankfurt\n\nCloudFlare\n\n   Working\n   dayzmod.com\n\nHost\n\n   Error\n\nWhat happened?\n\n   The initial connection between CloudFlare's network and the origin web\n   server timed out.";
    expect(anyIds(lynx)).toEqual([]);
    const html =
      'openai.error.APIError: HTTP code 522 from API (<!DOCTYPE html>\n<title>oai.hconeai.com | 522: Connection timed out</title>\n              <span class="inline-block">Connection timed out</span>\n              <span class="code-label">Error code 522</span>';
    expect(anyIds(html)).toEqual([]);
  });

  it("reads no socket error in Cloudflare's own words for 522 and 521 (c52-025, c52-032, c52-033)", () => {
    expect(
      anyIds(
        'Error 522: connection timed out\n\nError 522 occurs when Cloudflare times out contacting the origin web server.',
      ),
    ).toEqual([]);
    expect(anyIds('I receive the message error “522 connection timed out” and “Host Error”')).toEqual([]);
    expect(
      anyIds(
        'Specifically, Cloudflare tried to connect to your origin server on port 80 or 443, but received a connection refused error.',
      ),
    ).toEqual([]);
  });

  it('still reads the same words where no Cloudflare wording is near', () => {
    expect(highIds('curl: (28) Failed to connect to example.org port 443: Connection timed out')).toEqual([
      '10060',
    ]);
    expect(highIds('ssh: connect to host 10.0.0.5 port 22: Connection refused')).toEqual(['10061']);
  });

  it('reads a port ending in 522 as no Cloudflare 522 (snu-sf-class/swpp202401 issue #163, c220-021)', () => {
    expect(highIds('ssh: connect to host 147.46.215.239 port 11522: Connection timed out')).toEqual([
      '10060',
    ]);
    expect(highIds('Connection to db.example:1522: Connection timed out')).toEqual(['10060']);
    // Cloudflare's number, not followed by another digit, is still its own.
    expect(anyIds('<title>example.org | 522: Connection timed out</title>')).toEqual([]);
  });

  it('still reads the OS errors reverse proxies quote (c52-002, c52-003, c52-018)', () => {
    expect(
      highIds(
        '{"level":"error","logger":"http.log.error","msg":"dial tcp 0.0.0.0:8080: connect: connection refused"',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        '19/Dec/2018:09:11:08 +0000 [ERROR 502 /] dial tcp 127.0.0.1:8000: connect: connection refused',
      ),
    ).toEqual(['10061']);
    expect(
      anyIds(
        '[error] (146)Connection refused: proxy: HTTP: attempt to connect to (backend ip:port/hostname) failed',
      ),
    ).toEqual(['10061']);
  });
});
