import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors, highIds } from '../../helpers/detect.js';

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
