import { describe, expect, it } from 'vitest';
import { readPeers } from '../../../../src/core/reply/paste/peers.js';

/** Clients' own forms that name the peer without `host:port` or a URL (round 235). */
describe('readPeers on clients’ own message forms', () => {
  it.each([
    // MySQL's and MariaDB's clients name the server in quotes, without its port unless it is not the
    // default (c235-023; MySQL 8 prints `'db.internal:3307'`).
    ["ERROR 2003 (HY000): Can't connect to MySQL server on '127.0.0.1' (61)", ['127.0.0.1'], []],
    [
      `(2003, "Can't connect to MySQL server on 'localhost' ([WinError 10061] No connection could be made because the target machine actively refused it)")`,
      ['localhost'],
      [],
    ],
    ["SQLSTATE[HY000] [2002] Can't connect to MySQL server on 'mysql' (111)", ['mysql'], []],
    ["ERROR 2002 (HY000): Can't connect to server on 'localhost' (10061)", ['localhost'], []],
    [
      "ERROR 2003 (HY000): Can't connect to MySQL server on 'db.internal:3307' (111)",
      ['db.internal'],
      ['3307'],
    ],
    // Android's libcore names the peer as `<name>/<address> (port N)` and then this side's own
    // address and ephemeral port after `from`, which no check may take for the peer's.
    [
      'java.net.ConnectException: failed to connect to /10.0.2.2 (port 8080) from /10.0.2.16 (port 43240) after 10000ms: isConnected failed: ECONNREFUSED (Connection refused)',
      ['10.0.2.2'],
      ['8080'],
    ],
    [
      'java.net.SocketTimeoutException: failed to connect to api.example.com/93.184.216.34 (port 443) from /192.168.1.23 (port 51234) after 10000ms',
      ['api.example.com', '93.184.216.34'],
      ['443'],
    ],
  ])('reads %s', (record, hosts, ports) => {
    const peers = readPeers(record);
    expect(peers.hosts).toEqual(hosts);
    expect(peers.ports).toEqual(ports);
  });

  it('takes no host from MySQL’s local socket error, which names a file', () => {
    expect(
      readPeers("Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)").hosts,
    ).toEqual([]);
  });
});
