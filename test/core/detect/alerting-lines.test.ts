import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * A Unix-domain socket named after "to socket" (D-Bus, Suricata, Thrift, the monitoring plugins'
 * check_tcp): its EACCES is the socket file's permission, no network error. Texts from corpus round
 * 218, round 10 and files found with find_string (ids in data/detection/context-rules.json).
 */
describe('detectErrors reads EACCES after "connect to socket /path" as a file permission', () => {
  it("ignores D-Bus's refused system bus socket as python-dbus raises it (munin-node's ganesha plugin notes)", () => {
    const text =
      'dbus.exceptions.DBusException: org.freedesktop.DBus.Error.AccessDenied: Failed to connect to socket /var/run/dbus/system_bus_socket: Permission denied';
    expect(anyIds(text)).toEqual([]);
  });

  it('ignores it with a network word earlier on the line (software-center log)', () => {
    const text =
      "2019-01-04 15:04:04,140 - root - WARNING - failed to init network state watcher 'org.freedesktop.DBus.Error.AccessDenied: Failed to connect to socket /var/run/dbus/system_bus_socket: Permission denied'";
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores the Zabbix agent's systemd module denied the system bus (c218-057)", () => {
    expect(anyIds(corpusPaste('c218-057'))).toEqual([]);
  });

  it("ignores check_tcp's Unix socket line and still reads its TCP refusal (monitoring-plugins pull request #1277, c10-062)", () => {
    const text = corpusPaste('c10-062');
    expect(text).toContain('connect to socket /var/spool/nagios/cmd/nagios.cmd: Permission denied');
    expect(anyIds(text)).toEqual(['10061']);
  });

  it("ignores the monitoring plugins' later 'connect to file socket' wording", () => {
    expect(anyIds('connect to file socket /var/spool/icinga2/cmd/icinga2.cmd: Permission denied')).toEqual(
      [],
    );
  });

  it('still reads a refused D-Bus socket, where nobody listens on the file (AnarchyLinux/installer issue #273)', () => {
    const text =
      "** (nemo:10263): WARNING **: Couldn't connect to accessibility bus: Failed to connect to socket /tmp/dbus-O2nkjAnxmn: Connection refused";
    expect(highIds(text)).toEqual(['10061']);
  });

  it('still reads EACCES when "to socket" names a TCP address', () => {
    expect(highIds('Unable to connect to socket 10.0.0.7:8080: connect: permission denied')).toEqual([
      '10013',
    ]);
  });
});

/**
 * Alerting and monitoring texts from real pastes of corpus round 218, which the rules already read
 * or already left alone: pinned so that a later rule cannot lose them unseen.
 */
describe('detectErrors reads the socket errors alerting tools put in their notifications', () => {
  it("reads Zabbix's bracketed Linux errno in an agent check (c218-006)", () => {
    expect(highIds(corpusPaste('c218-006'))).toEqual(['10061']);
  });

  it("reads Uptime Kuma's Down notification with a resolver failure (c218-017)", () => {
    expect(highIds(corpusPaste('c218-017'))).toEqual(['11002']);
  });

  it("reads Grafana's Slack contact point test failing on the cluster DNS (c218-015)", () => {
    expect(highIds(corpusPaste('c218-015'))).toEqual(['11002']);
  });

  it("reads Nagios's check result with the plugins' connect line (c218-021)", () => {
    expect(highIds(corpusPaste('c218-021'))).toEqual(['10065']);
  });

  it("reads self-hosted Sentry's EAI_NODATA toward its beacon (c218-013)", () => {
    expect(highIds(corpusPaste('c218-013'))).toEqual(['11004']);
  });
});

describe("detectErrors leaves alone the alerting tools' own states and deadlines", () => {
  it.each([
    ['c218-038', "check_nrpe's own socket deadline"],
    ['c218-042', "Alertmanager's webhook EOF"],
    ['c218-046', "a Zabbix 'agent is not available' problem"],
    ['c218-050', "Icinga 2's 'is not connected' endpoint state"],
    ['c218-051', "Upptime's 'HTTP code: 0'"],
    ['c218-055', "Uptime Kuma's missing Docker socket file"],
  ])('finds nothing in %s (%s)', (id) => {
    expect(anyIds(corpusPaste(id))).toEqual([]);
  });
});
