import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from DNS and time servers' logs as operators paste them, from real pastes of corpus round 151:
 * BIND's dig wording for a host-not-found (read only after dig's own words) and timedatectl's D-Bus
 * deadline (left alone only near systemd's commands), each way; and the forms the round found read.
 */
describe('detectErrors reads DNS and time servers the way operators paste them', () => {
  it("reads dig's couldn't get address ... not found as a host not found (webmin/webmin issue #1016)", () => {
    const text =
      "Testing transfer of slave zone from masterdns ..\n.. from masterdns : Failed : /bin/dig: couldn't get address for 'masterdns': not found ";
    expect(highIds(text)).toEqual(['11001']);
  });

  it("leaves dig's couldn't get address ... failure alone: it names no one error (PowerDNS/pdns issue #433)", () => {
    expect(anyIds("dig: couldn't get address for '111.222.333.444': failure")).toEqual([]);
  });

  it('leaves a bare not found alone without dig wording before it', () => {
    expect(anyIds("the zone file for 'masterdns' was not found")).toEqual([]);
  });

  it("leaves timedatectl's Failed to query server: Connection timed out alone (NixOS/nixpkgs issue #16894)", () => {
    expect(anyIds('timedatectl status \nFailed to query server: Connection timed out')).toEqual([]);
  });

  it('still reads Failed to query server: Connection timed out when no systemd command is near', () => {
    expect(highIds('serverquery: Failed to query server: Connection timed out')).toEqual(['10060']);
  });

  it("reads BIND named's network unreachable resolving (socallinuxexpo/scale-network issue #1063)", () => {
    const text =
      "Feb 02 00:33:25 core-master named[445979]: network unreachable resolving 'vscode-cdn.z01.azurefd.net/A/IN': 2620:1ec:8ec:10::23#53";
    expect(highIds(text)).toEqual(['10051']);
  });

  it("leaves BIND named's REFUSED unexpected RCODE resolving alone (pi-node/instructions issue #326)", () => {
    const text =
      "Aug 15 10:50:00 zulu named[1272]: REFUSED unexpected RCODE resolving 'testnet1.minepi.com/ANY/IN': 198.41.222.173#53";
    expect(anyIds(text)).toEqual([]);
  });

  it("reads the PowerDNS Recursor trace's possible error texts (julianxhokaxhiu/docker-powerdns issue #8)", () => {
    const text =
      'Oct 21 11:49:17 .: error resolving from 127.0.0.1, possible error: Connection refused,\nOct 21 11:49:17 .: error resolving from ::1, possible error: Address not available,';
    expect(highIds(text)).toEqual(['10049', '10061']);
  });

  it("reads dnsdist's backend connect failure (PowerDNS/pdns pull request #12726)", () => {
    const text =
      'Apr 30 06:06:15 las-sh01 dnsdist[547]: Error connecting to new server with address 45.90.28.62:53: connecting socket to 45.90.28.62:53: Network is unreachable';
    expect(highIds(text)).toEqual(['10051']);
  });

  it("leaves systemd-timesyncd's own reply deadline alone (NixOS/nixpkgs issue #23708)", () => {
    const text =
      'mars 10 13:12:16 dell-desktop-theo systemd-timesyncd[602]: Timed out waiting for reply from 103.20.91.62:123 (2.nixos.pool.ntp.org).';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves ptp4l's TX timestamp deadline alone (raspberrypi/linux issue #5947)", () => {
    const text =
      'ptp4l[932.128]: timed out while polling for tx timestamp\nptp4l[932.128]: port 1 (eth0): send sync failed';
    expect(anyIds(text)).toEqual([]);
  });
});
