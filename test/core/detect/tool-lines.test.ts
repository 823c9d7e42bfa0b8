import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

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

describe("detectErrors leaves applications' own timeouts alone", () => {
  it("ignores SqlClient's 'The wait operation timed out', its login deadline (c3-090)", () => {
    const text =
      'A network-related or instance-specific error occurred while establishing a connection to SQL Server. (provider: TCP Provider, error: 0 - The wait operation timed out.)';
    expect(anyIds(text)).toEqual([]);
  });

  it("ignores MapSCII's idle screen, and still reads telnet's refusal (rastapasta/mapscii issue #41)", () => {
    const text =
      'telnet: Unable to connect to remote host: Connection refused\n\n                      Your connection timed out.';
    expect(anyIds(text)).toEqual(['10061']);
  });

  it('still reads an OS timeout after a connect', () => {
    expect(highIds('ssh: connect to host github.com port 22: Operation timed out')).toEqual(['10060']);
  });
});

describe('detectErrors reads numbers where runtimes print them', () => {
  it("reads nginx's errno after 'upstream timed out' whatever text the libc gives it (c3-146)", () => {
    const text =
      '2024/04/12 11:17:30 [error] 455#455: *80806 upstream timed out (110: Unknown error) while reading response header from upstream, client: 192.100.4.59';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("does not read an HTTP 504 or nginx's wording without an errno", () => {
    expect(anyIds('<html><head><title>504 Gateway Time-out</title></head></html>')).toEqual([]);
    expect(
      anyIds('unexpected status 504 Gateway Timeout: upstream timed out in stream_open after 10s'),
    ).toEqual([]);
  });

  it("does not read .NET's HResult in 'SocketException (00000001, 11)' as errno 1 (bitwarden/server issue #7877)", () => {
    const text =
      ' ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily un\n   at System.Net.Dns.GetHostEntryOrAddressesCore(String';
    expect(anyIds(text)).not.toContain('EPERM');
    expect(highIds('System.Net.Sockets.SocketException (111): Connection refused')).toEqual(['10061']);
    expect(highIds('System.Net.Sockets.SocketException (99): Address not available')).toEqual(['10049']);
  });
});

describe('detectErrors reads Windows texts in German', () => {
  it('reads WSAENETDOWN as Npgsql printed it on German Windows (npgsql/npgsql issue #4376, c3-012)', () => {
    const text =
      'System.Net.Sockets.SocketException (0x80004005): Bei einem Socketvorgang war das Netzwerk inaktiv ::1\\.s.PGSQL.5432\n   bei System.Net.Sockets.Socket.DoConnect(EndPoint endPointSnapshot, SocketAddress socketAddress)';
    expect(highIds(text)).toEqual(['10050']);
  });
});

describe("detectErrors reads glibc's translated texts where old curl put them", () => {
  it("reads the Chinese refusal after curl 7.29's 'Failed connect to host:port;' (happyfish100/fastdfs issue #306, c3-104)", () => {
    const text = 'curl: (7) Failed connect to 140.143.134.159:8888; 拒绝连接';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('does not make the short Chinese text sure on its own in prose', () => {
    const prose = '显示拒绝连接\n\n这个问题是 Umami 自身导致的';
    expect(highIds(prose)).toEqual([]);
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

describe("detectErrors reads database clients' errno lines", () => {
  it("reads MySQL's 'system error: 104' as a reset, not glibc's EAI_SYSTEM text (public-code index id 13994943340)", () => {
    const text =
      "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading initial communication packet', system error: 104";
    expect(anyIds(text)).toEqual(['10054']);
    expect(highIds(text)).toEqual(['10054']);
  });

  it("finds nothing in MySQL's 'system error: 0', no errno at all", () => {
    expect(
      anyIds(
        "ERROR 2013 (HY000): Lost connection to MySQL server at 'reading authorization packet', system error: 0",
      ),
    ).toEqual([]);
  });

  it("reads FreeRDP's 'returned a system error N: <strerror>' by its strerror, not as glibc's EAI_SYSTEM text (public-code index id 1608275588)", () => {
    // Fmstrat/winapps issue #310 (c8-012), FreeRDP/FreeRDP issue #3139 (c8-013).
    const pipe =
      '[ERROR][com.freerdp.core.transport] - BIO_should_retry returned a system error 32: Broken pipe\n' +
      '[ERROR][com.freerdp.core] - transport_write:freerdp_set_last_error_ex ERRCONNECT_CONNECT_TRANSPORT_FAILED [0x0002000D]';
    expect(anyIds(pipe)).toEqual(['EPIPE']);
    const reset =
      '[ERROR][com.freerdp.core.transport] - BIO_read returned a system error 104: Connection reset by peer';
    expect(anyIds(reset)).toEqual(['10054']);
  });

  it("finds nothing in FreeRDP's 'returned a system error 0: No error' (FreeRDP/FreeRDP issue #7247, c8-015)", () => {
    expect(
      anyIds('[ERROR][com.freerdp.core.transport] - BIO_write returned a system error 0: No error'),
    ).toEqual([]);
  });

  it("reads Oracle Net's 'nt secondary err code: 110' as the OS timeout (public-code index id 52251825703)", () => {
    const text =
      'TNS-12535: TNS:operation timed out\n    ns secondary err code: 12560\n    nt main err code: 505\n\nTNS-00505: Operation timed out\n    nt secondary err code: 110\n    nt OS err code: 0';
    expect(highIds(text)).toEqual(['10060']);
  });

  it("reads hiredis's 'Protocol error, got … as reply type byte' as no EPROTO (public-code index id 3490869976)", () => {
    // redis/redis issue #457 (c6-007): redis-cli refused, then talking to an HTTP port.
    const text =
      'Could not connect to Redis at 127.0.0.1:6379: Connection refused\nnot connected> \nError: Protocol error, got "<" as reply type byte';
    expect(anyIds(text)).toEqual(['10061']);
    expect(anyIds('ReplyError: Protocol error, got "H" as reply type byte, from the socket')).toEqual([]);
  });

  it("still reads the OS's 'Protocol error' after a socket call", () => {
    expect(highIds('connect: Protocol error')).toEqual(['EPROTO']);
  });
});

describe("detectErrors reads Samba's NTSTATUS names and curl's failed send", () => {
  it("reads smbclient's NT_STATUS_CONNECTION_REFUSED as a refusal (public-code index id 54932273599)", () => {
    const text =
      'Reconnecting with SMB1 for workgroup listing.\ndo_connect: Connection to 192.168.100.169 failed (Error NT_STATUS_CONNECTION_REFUSED)\nUnable to connect with SMB1 -- no workgroup available';
    expect(highIds(text)).toEqual(['10061']);
  });

  it('keeps NT_STATUS_IO_TIMEOUT below an auto-reply and leaves other statuses alone', () => {
    expect(highIds('do_connect: Connection to 10.0.0.5 failed (Error NT_STATUS_IO_TIMEOUT)')).toEqual([]);
    expect(anyIds('tree connect failed: NT_STATUS_ACCESS_DENIED')).toEqual([]);
  });

  it("reads a broken pipe in curl's 'Send failure:' as a socket's EPIPE (public-code index id 8080625685)", () => {
    expect(
      highIds('#* Send failure: Broken pipe\n#* Closing connection 0\n#curl: (55) Send failure: Broken pipe'),
    ).toEqual(['EPIPE']);
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

describe("detectErrors reads Perl's IO::Socket connect timeout", () => {
  it("reads 'connect: timeout' from IO::Socket and LWP as a connect timeout (public-code index ids 677243137, 2539101563)", () => {
    // Juerd/eq3-max issue #3 (c6-051).
    expect(
      highIds('Connect: IO::Socket::INET: connect: timeout at /opt/eq3-max/lib/Max.pm line 54.'),
    ).toEqual(['10060']);
    expect(highIds("failed: Can't connect to twitter.com:80 (connect: timeout)")).toEqual(['10060']);
  });

  it("leaves 'connect: timeout' alone without IO::Socket or LWP before it", () => {
    expect(detectErrors('set the connect: timeout option to 5s')).toEqual([]);
  });
});

describe('detectErrors reads a Winsock code named after WSA', () => {
  it("reads 'WSA 10047' and an app's '（WSA 10054）' as the Winsock errors (public-code index id 68478219468)", () => {
    // grpc/grpc issue #32111 (c6-088).
    expect(highIds('gRPC C# crashes with WSA 10047 code on Wine(Ubuntu)')).toEqual(['10047']);
    expect(highIds('连接被对端重置：服务可能刚重启（WSA 10054）')).toEqual(['10054']);
  });

  it('leaves a number after WSA that is no Winsock code alone', () => {
    expect(detectErrors('WSA 2022 conference, room 101')).toEqual([]);
  });
});

describe("detectErrors reads MQTT.js's refused CONNACK as no socket error", () => {
  it("finds nothing in 'Connection refused: Not authorized', the broker's CONNACK return code (public-code index ids 22368277733, 48854581900)", () => {
    // Koenkk/zigbee2mqtt issue #11430 (c7-066): the TCP connection was made; the broker said no.
    expect(
      anyIds(
        'Zigbee2MQTT:error 2022-01-31 12:51:56: MQTT failed to connect: Connection refused: Not authorized',
      ),
    ).toEqual([]);
    expect(anyIds('Error: Connection refused: Bad username or password')).toEqual([]);
    expect(anyIds('Error: Connection refused: Identifier rejected')).toEqual([]);
  });

  it("still reads 'Connection refused: connect' and a refused dial next to a CONNACK refusal", () => {
    expect(highIds('java.net.ConnectException: Connection refused: connect')).toEqual(['10061']);
    expect(
      highIds('MQTT error: Connection refused: Not authorized\nError: connect ECONNREFUSED 127.0.0.1:1883'),
    ).toEqual(['10061']);
  });
});
