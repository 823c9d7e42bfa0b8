import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Monitoring checks' and uptime probes' own lines, from real pastes of corpus round 46 (`test/fixtures/corpus/round46.jsonl`). */
describe("detectErrors reads monitoring checks' lines", () => {
  it("reads the monit CLI's 'cannot send command to the monit daemon -- <strerror>' as the socket's error", () => {
    // sonic-net/sonic-buildimage issue #21791 (c46-064): monit's client writes to its daemon's HTTP socket.
    expect(
      highIds(
        '2025 Feb 13 13:29:02.728038 sonic ERR monit[459341]: Monit: cannot send command to the monit daemon -- Broken pipe',
      ),
    ).toEqual(['EPIPE']);
  });

  it('keeps a Broken pipe without that wording to itself', () => {
    expect(anyIds('Monit: the monit daemon is not running -- Broken pipe')).toEqual([]);
  });

  it("reads monit's and the checks' socket errors after their own prefixes", () => {
    // OpenCCU/OpenCCU issues #3022 and #634, Zabbix server (c46-018, c46-021, c46-011).
    expect(
      highIds(
        "monit[1784]: 'HMIPServer' failed protocol test [DEFAULT] at [localhost]:32010 [TCP/IP] -- Connection refused",
      ),
    ).toEqual(['10061']);
    expect(highIds('Cannot create socket to [localhost]:2812 -- Connection refused')).toEqual(['10061']);
    expect(
      highIds(
        'Get value from agent failed: cannot connect to [[192.168.2.11]:10050]: [111] Connection refused',
      ),
    ).toEqual(['10061']);
  });

  it("gives the checks' own deadlines, HTTP answers and stale errnos no finding", () => {
    // c46-017, c46-004, c46-055, c46-066, c46-073, c46-035.
    expect(
      anyIds(
        "monit[1892]: 'lighttpd' failed protocol test [DEFAULT] at [localhost]:42000 [TCP/IP] -- No child processes",
      ),
    ).toEqual([]);
    expect(anyIds('CRITICAL - Socket timeout')).toEqual([]);
    expect(
      anyIds(
        'HTTP CRITICAL - Invalid HTTP response received from host on port 443: cURL returned 28 - Operation timed out after 10000 milliseconds with 0 bytes received',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "critical/ApiListener: Timeout while reconnecting to endpoint 'client1.tld' via host '1.2.3.4' and port '5665', cancelling attempt",
      ),
    ).toEqual([]);
    expect(
      anyIds('"recv error":"Connection error: websocket: close 1006 (abnormal closure): unexpected EOF"'),
    ).toEqual([]);
    expect(anyIds('Readiness probe failed: HTTP probe failed with statuscode: 503')).toEqual([]);
  });

  it("gives sd-bus's own method-call timeout under 'Failed to parse bus message' no finding", () => {
    // Checkmk/checkmk pull request #790 (c46-078): timedatectl waiting 25 s on systemd-timedated over D-Bus.
    expect(
      anyIds(
        '# time timedatectl show\nFailed to parse bus message: Connection timed out\n\nreal    0m25.020s',
      ),
    ).toEqual([]);
    // The same words elsewhere are still the socket's.
    expect(highIds('ssh: connect to host 10.0.0.5 port 22: Connection timed out')).toEqual(['10060']);
  });
});
