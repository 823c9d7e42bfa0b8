import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Tool and library wordings, each from a real paste. */
const toolPhrases: [string, string, string][] = [
  [
    'kubectl (dev more-094)',
    'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
    '10061',
  ],
  [
    'PostgreSQL JDBC (dev own-a-110)',
    'org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
    '10061',
  ],
  [
    'PostgreSQL JDBC, older (id 11183613270)',
    'Cannot create PoolableConnectionFactory (Connection refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.)',
    '10061',
  ],
  [
    '.NET Framework WebException (dev own-a-046)',
    "Invoke-WebRequest : The remote name could not be resolved: 'localworker.blob.core.windows.net'",
    '11001',
  ],
  [
    'APT (dev more-149)',
    "E: Failed to fetch http://security.ubuntu.com/ubuntu/pool/main/p/perl/perl_5.22.1.deb  Temporary failure resolving 'asia-east1.gce.archive.ubuntu.com'",
    '11002',
  ],
  [
    'Boost.Asio resolver (id 38891074270)',
    'resolve: Host not found (authoritative) [asio.netdb:1 at',
    '11001',
  ],
  [
    'Node TLS socket (id 69381525030)',
    'Client network socket disconnected before secure TLS connection was established',
    '10054',
  ],
  [
    'Apple NSURLErrorCannotFindHost (id 70993522282)',
    'receive failed: A server with the specified hostname could not be found.',
    '11001',
  ],
  [
    'Windows ping (id 56870759797)',
    'Ping request could not find host www.lego.com. Please check the name and try again.',
    '11001',
  ],
  [
    'Resolve-DnsName (id 67265723880)',
    'Resolve-DnsName : global.metrics.nsatc.net : DNS name does not exist',
    '11001',
  ],
  [
    'Node DNS over c-ares (Node docs, dns error codes)',
    'Error: querySrv ESERVFAIL _mongodb._tcp.cluster0.example.net',
    '11002',
  ],
  [
    '.NET on Linux, a temporary resolver failure (id 40882098029)',
    'System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.nuget.org:443)\n ---> System.Net.Sockets.SocketException (11): Resource temporarily unavailable',
    '11002',
  ],
  [
    'MySQL client (id 7059322176)',
    "ERROR 2005 (HY000): Unknown MySQL server host 'no-such-host' (0)",
    '11001',
  ],
];

describe('tool and library wordings', () => {
  it.each(toolPhrases)('reads %s', (_label, text, id) => {
    expect(highIds(text), JSON.stringify(detectErrors(text))).toEqual([id]);
  });

  it('does not take an application deadline for the OS timeout', () => {
    // curl's own CURLE_OPERATION_TIMEDOUT (dev own-b-208) and reqwest's connect_timeout (reqwest #1438)
    expect(detectErrors('cURL error 28: Connection timed out after 3001 milliseconds')).toEqual([]);
    expect(detectErrors('error trying to connect: operation timed out')).toEqual([]);
    expect(highIds('connect to 10.0.0.1 port 443 failed: Connection timed out')).toEqual(['10060']);
  });

  it('lets a specific resolver error win over the default of MySQL or Dart wording', () => {
    expect(highIds("ERROR 2005 (HY000): Unknown MySQL server host 'db' (-3)")).toEqual(['11002']);
    expect(
      highIds(
        "SocketException: Failed host lookup: 'x.example' (OS Error: No address associated with hostname, errno = 7)",
      ),
    ).toEqual(['11004']);
  });
});
