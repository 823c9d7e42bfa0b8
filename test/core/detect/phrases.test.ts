import { describe, expect, it } from 'vitest';
import { detectErrors, highIds } from '../../helpers/detect.js';

/** Tools' own wording of a socket error (`data/detection/runtime-phrases.json`), each from a real paste. */
describe('detectErrors reads the wording of tools', () => {
  it("reads dig and nslookup's 'no servers could be reached' as a resolver failure, not a connect timeout", () => {
    // Kubernetes DNS debugging (public-code index id 38866634581), BIND 9.16 and older.
    const old =
      'nslookup kubernetes.default.svc.cluster.local\n\nconnection timed out; no servers could be reached';
    expect(highIds(old)).toEqual(['11002']);
    // BIND 9.18+ (public-code index id 30615556).
    const current =
      ';; communications error to 16.62.27.19#53: timed out\n;; communications error to 16.62.27.19#53: timed out\n;; no servers could be reached';
    expect(highIds(current)).toEqual(['11002']);
  });
});

describe('detectErrors reads the Win32 twin of a refused connection', () => {
  it('reads ERROR_CONNECTION_REFUSED (1225) as a refusal, as Python, Dart and SQL Server print it', () => {
    // Public-code index ids 25308477610, 59892372655, 13975481950.
    for (const text of [
      'ConnectionError: Failed to create WebSocket connection after 3 attempts: [WinError 1225] The remote computer refused the network connection',
      'fails with SocketException (OS Error: The remote computer refused the network connection, errno = 1225).',
      '(provider: TCP Provider, error: 0 - The remote computer refused the network connection.)',
    ])
      expect(highIds(text), text).toEqual(['10061']);
  });

  it('reads its Chinese Windows text (dev c2-284, Dart on Chinese Windows 11)', () => {
    const text =
      'Error: SocketException: 远程计算机拒绝网络连接。\n (OS Error: 远程计算机拒绝网络连接。\n, errno = 1225), address = 127.0.0.1, port = 4160';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors reads Windows ping's host-not-found message in the languages it was seen in", () => {
  it.each([
    ['Chinese', 'C:\\Users\\Administrator>ping YX42\nPing 请求找不到主机 YX42。请检查该名称，然后重试。'],
    [
      'German',
      'Ping-Anforderung konnte Host "server.local" nicht finden. Überprüfen Sie den Namen, und versuchen Sie es erneut.',
    ],
    [
      'French',
      'La requête Ping n’a pas pu trouver l’hôte www.bfmtv.com. Vérifiez le nom et essayez à nouveau.',
    ],
    [
      'French, ASCII apostrophes',
      "La requête Ping n'a pas pu trouver l'hôte pi.local. Veuillez vérifier le nom et réessayer.",
    ],
    [
      'Spanish',
      'La solicitud de ping no pudo encontrar el host cli2alu22.curso1718. Compruebe el\n nombre y',
    ],
  ])('reads the %s text as host not found', (_lang, text) => {
    expect(highIds(text)).toEqual(['11001']);
  });

  it('keeps the Russian text, known only from programs that imitate ping, below high', () => {
    const findings = detectErrors('При проверке связи не удалось обнаружить узел 255.255.255.255.');
    expect(findings.map((f) => [f.id, f.confidence])).toEqual([['11001', 'medium']]);
  });
});

describe(".NET Framework's name-resolution WebException in the languages it was seen in", () => {
  // WebExceptionStatus.NameResolutionFailure, printed in the language pack's words (sources in
  // data/detection/runtime-phrases.json; pastes in corpus round 4).
  it.each([
    ['Spanish', "System.Net.WebException: No se puede resolver el nombre remoto: 'images.gs-cdn.net'"],
    [
      'Russian',
      "System.Net.WebException: Невозможно разрешить удаленное имя: 'github-production-release-asset-2e65be.s3.amazonaws.com'",
    ],
    ['Chinese', "Exception message:\n <未能解析此远程名称: 'api.github.com'>"],
    ['French', "System.Net.WebException: Le nom distant n'a pas pu être résolu: 'vcenter'"],
    ['Japanese', "System.Net.WebException: リモート名を解決できませんでした: 'lcsapi.lcs.dynamics.com'"],
  ])('reads the %s text as host not found', (_lang, text) => {
    expect(highIds(text)).toEqual(['11001']);
  });

  it('keeps the Portuguese text, seen only in code that compares it, below high', () => {
    const findings = detectErrors(
      'if (ex.Message == "O nome remoto não pôde ser resolvido: \'m.correios.com.br\'")',
    );
    expect(findings.map((f) => [f.id, f.confidence])).toEqual([['11001', 'medium']]);
  });
});

describe('detectErrors reads a failed .NET name lookup on Linux, not its strerror text', () => {
  it('reads SocketException (00000001, 11) as a temporary resolver failure, not EAGAIN', () => {
    // HResult 1 is the System.Native PAL's EAI_AGAIN (corpus c5-065, c5-068).
    for (const text of [
      '---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable\n   at System.Net.Dns.GetHostEntryOrAddressesCore(St',
      'Unhandled exception. System.Net.Internals.SocketExceptionFactory+ExtendedSocketException (00000001, 11): Resource temporarily unavailable',
    ])
      expect(detectErrors(text).map((f) => [f.id, f.confidence])).toEqual([['11002', 'high']]);
  });

  it('reads the text without numbers as one when a Dns frame follows (corpus c5-070, c5-071)', () => {
    const lookup =
      'System.Net.Internals.SocketExceptionFactory+ExtendedSocketException: Resource temporarily unavailable\n at System.Net.Dns.InternalGetHostByName(String hostName)';
    expect(detectErrors(lookup).map((f) => [f.id, f.confidence])).toEqual([['11002', 'high']]);
    const receive =
      'System.Net.Sockets.SocketException: Resource temporarily unavailable\n at System.Net.Sockets.Socket.Receive(Byte[] buffer)';
    expect(detectErrors(receive).map((f) => f.id)).not.toContain('11002');
  });
});

describe('detectErrors reads the wording of HTTP clients', () => {
  it("reads VS Code REST Client's refusal text (dev c2-152)", () => {
    const text =
      'The connection was rejected. Either the requested service isn’t running on the requested server/port, the proxy settings in vscode are misconfigured, or a firewall is blocking requests. Details: RequestError.';
    expect(highIds(text)).toEqual(['10061']);
  });
});

describe("detectErrors takes nginx's log actions as socket context", () => {
  it('reads a broken pipe while nginx sends to a client or an upstream as EPIPE', () => {
    // Public-code index ids 14030381898, 59920452163, 41012017268.
    for (const text of [
      '*259 writev() failed (32: Broken pipe) while sending to client, client: 172.20.0.6, server: , request: "GET /en HTTP/1.1"',
      'SSL_write() failed (32: Broken pipe) while sending request to upstream,',
      '*1 sendfile() failed (32: Broken pipe) while sending response to client, client: 127.0.0.1, server: localhost',
    ])
      expect(highIds(text), text).toEqual(['EPIPE']);
  });

  it("still ignores a shell pipe's broken pipe", () => {
    expect(detectErrors('cat: write error: Broken pipe')).toEqual([]);
  });
});

describe('detectErrors reads resolver failures as libraries and tools word them', () => {
  it("reads libcurl's host-not-found text as programs print it", () => {
    // Public-code index ids 24143330391, 20244491331.
    expect(highIds("DownloadFile: file download failed: curl_res=6, Couldn't resolve host name")).toEqual([
      '11001',
    ]);
    expect(highIds("DETAIL:  (6) Couldn't resolve host name")).toEqual(['11001']);
  });

  it("reads c-ares' texts in gRPC's resolver errors: a missing name, and servers that do not answer", () => {
    // Public-code index ids 37761413577, 25155795016, 18032298441.
    const missing =
      'DNS resolution failed for domain.not.exist.com:443: C-ares status is not ARES_SUCCESS qtype=AAAA name=domain.not.exist.com is_balancer=0: Domain name not found';
    expect(highIds(missing)).toEqual(['11001']);
    const silent =
      '503 DNS resolution failed for us-central1-aiplatform.googleapis.com:443: C-ares status is not ARES_SUCCESS qtype=SRV name=_grpclb._tcp.us-central1-aiplatform.googleapis.com: Timeout while contacting DNS servers';
    expect(highIds(silent)).toEqual(['11002']);
    expect(highIds('name=_grpclb._tcp.x.vertexai.goog: Could not contact DNS servers')).toEqual(['11002']);
    // Without a resolver word on its line the words may be an API's own answer: not sure enough to reply.
    expect(highIds('{"success": false, "errors": [{"message": "Domain name not found"}]}')).toEqual([]);
  });

  it("reads nginx's resolver errors: SERVFAIL and no answer are temporary failures", () => {
    // Public-code index ids 18354591556, 54158834842.
    expect(
      highIds(
        "[error] 2439#2439: upstream-dynamic-servers: 'furry.top' could not be resolved (110: Operation timed out)",
      ),
    ).toEqual(['11002']);
    expect(
      highIds('2026/03/17 03:13:54 [error] 25#25: daodao-status could not be resolved (2: Server failure)'),
    ).toEqual(['11002']);
  });

  it("reads PowerShell 7's Test-Connection and Qt's HostNotFoundError as host not found", () => {
    // Public-code index ids 16988584602, 25242074998.
    expect(
      highIds(
        "Test-Connection: Testing connection to computer 'google.com' failed: Cannot resolve the target name.",
      ),
    ).toEqual(['11001']);
    expect(highIds('QAbstractSocket::HostNotFoundError')).toEqual(['11001']);
  });
});

describe('detectErrors reads the error codes of browsers', () => {
  it("reads Chromium's DNS probe code and its page text for a name that does not resolve", () => {
    // Public-code index ids 56784876348, 21237556933.
    expect(
      highIds('Check if there is a typo in mcp.partenon.medgaz.com.\nDNS_PROBE_FINISHED_NXDOMAIN'),
    ).toEqual(['11001']);
    expect(
      highIds('This site cannot be reached" nemesis.company.local’s server IP address could not be found.'),
    ).toEqual(['11001']);
  });

  it("reads Firefox's network error codes as Playwright prints them", () => {
    // Public-code index id 54049231124.
    expect(highIds('Error: page.goto: NS_ERROR_CONNECTION_REFUSED\nCall log:')).toEqual(['10061']);
    expect(highIds('Error: page.goto: NS_ERROR_UNKNOWN_HOST')).toEqual(['11001']);
  });

  it("reads NSPR's reset code on Firefox's 'Secure Connection Failed' page, not its end-of-file code", () => {
    // readthedocs/readthedocs.org issue #10698; webcompat/web-bugs issue #131507.
    const page = 'Secure Connection Failed\n\nAn error occurred during a connection to';
    expect(
      highIds(`${page} readthedocs.org. PR_CONNECT_RESET_ERROR\n\nError code: PR_CONNECT_RESET_ERROR`),
    ).toEqual(['10054']);
    expect(
      detectErrors(`${page} mullvad.net. PR_END_OF_FILE_ERROR\n\nError code: PR_END_OF_FILE_ERROR`),
    ).toEqual([]);
  });

  it("leaves a Content-Security-Policy 'Refused to connect' alone", () => {
    const csp =
      "Refused to connect to 'wss://x.com/' because it violates the following Content Security Policy directive: \"connect-src 'self'\".";
    expect(detectErrors(csp)).toEqual([]);
  });
});

describe("detectErrors reads the errc-style names OONI's probes print for a failure", () => {
  it('reads connection_refused and connection_reset as the refusal and the reset', () => {
    // measurement-kit's log (corpus c4-044); an OONI measurement's network event (public-code index id 24745489762).
    expect(highIds('W/ooni: reason why connect() has failed: connection_refused')).toEqual(['10061']);
    expect(highIds('"cipher_suite": "",\n"failure": "connection_reset",\n"negotiated_protocol": ""')).toEqual(
      ['10054'],
    );
  });
});

describe('detectErrors reads a macOS connect timeout after PHP mysqlnd [2002]', () => {
  it("reads it as a timeout, and still not curl's own deadline", () => {
    expect(highIds('SQLSTATE[HY000] [2002] Operation timed out')).toEqual(['10060']);
    expect(
      detectErrors('cURL error 28: Operation timed out after 10070 milliseconds with 0 bytes received'),
    ).toEqual([]);
  });
});

describe('detectErrors reads what Alpine containers print for a failed lookup', () => {
  it("reads musl's 'Try again' after getaddrinfo as a temporary resolver failure, and not in prose", () => {
    // Public-code index ids 49566256462, 13097059462.
    expect(highIds('错误 [php_network_getaddresses: getaddrinfo failed: Try again]')).toEqual(['11002']);
    expect(detectErrors("alert('Login failed: Try again!');")).toEqual([]);
  });

  it("reads BusyBox's bad address as host not found, and not glibc's EFAULT text", () => {
    // Public-code index ids 32183684614, 25858263303.
    expect(highIds("---> Running in eb616a255855\nwget: bad address 'github.com'")).toEqual(['11001']);
    expect(highIds("u@pod$ wget -qO- hostnames\nwget: bad address 'hostname'")).toEqual(['11001']);
    expect(detectErrors('write(): Bad address')).toEqual([]);
  });
});

describe("detectErrors reads Windows nslookup's failures", () => {
  it('reads a missing name as host not found, and a silent or failing server as a temporary failure', () => {
    // Public-code index ids 30355639549, 9037035892, 60324868657.
    expect(
      highIds(
        "$ nslookup scoulombel-nas.local\n*** UnKnown can't find scoulombel-nas.local: Non-existent domain",
      ),
    ).toEqual(['11001']);
    expect(highIds("*** UnKnown can't find pornhub.com: No response from server")).toEqual(['11002']);
    expect(highIds("*** UnKnown can't find dnssec-failed.org: Server failed")).toEqual(['11002']);
  });

  it("ignores the reverse lookup of nslookup's own server, printed even when the query succeeds", () => {
    const text =
      "*** Can't find server name for address 192.168.1.1: Non-existent domain\nServer:  UnKnown\nAddress:  192.168.1.1\n\nName:    example.com";
    expect(detectErrors(text)).toEqual([]);
  });
});

describe("detectErrors reads Spring Boot's port-in-use analysis", () => {
  it('reads it as address in use (public-code index id 59375047840)', () => {
    const text =
      'APPLICATION FAILED TO START\n***************************\n\nDescription:\n\nWeb server failed to start. Port 8080 was already in use.\n\nAction:';
    expect(highIds(text)).toEqual(['10048']);
  });
});

describe('detectErrors reads the strerror texts of AIX and IBM i', () => {
  it('reads a refusal, a reset and a timeout in their words (public-code index ids 32021145024, 13048340401)', () => {
    // sitemule/ILEvator issue #26 (c6-050): IBM i pads the message, so the space is doubled.
    expect(
      highIds('Connection failed: localhost A remote host refused an attempted connect  operation..'),
    ).toEqual(['10061']);
    expect(highIds('ntpq: read: A remote host refused an attempted connect operation.')).toEqual(['10061']);
    expect(highIds('recv: A connection with a remote socket was reset by that socket.')).toEqual(['10054']);
    expect(highIds('failed:  (A remote host did not respond within the timeout period')).toEqual(['10060']);
  });
});
