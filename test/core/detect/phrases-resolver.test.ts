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
