import { describe, expect, it } from 'vitest';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * A Unix-domain socket named after "to socket" (D-Bus, Suricata, Thrift, the monitoring plugins'
 * check_tcp): its EACCES is the socket file's permission, no network error. Texts from the corpus and
 * from files found with find_string (ids in data/detection/context-rules.json).
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
