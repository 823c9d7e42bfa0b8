import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines from Python packaging and environment tools (uv, poetry, conda, mamba, pyenv, devpi), from real pastes of corpus round 177. */
describe("detectErrors reads uv's and hatch's reqwest chains by the OS text at their end", () => {
  it("reads musl's `Name does not resolve` in uv's chain as host not found (astral-sh/uv issue #8450)", () => {
    const text =
      '#14 0.500   Caused by: client error (Connect)\n#14 0.500   Caused by: dns error: failed to lookup address information: Name does not resolve\n#14 0.500   Caused by: failed to lookup address information: Name does not resolve';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads musl's `Try again` after Rust's lookup wording as a temporary failure (astral-sh/uv issue #12016)", () => {
    const text =
      '  ├─▶ client error (Connect)\n  ├─▶ dns error: failed to lookup address information: Try again\n  ╰─▶ failed to lookup address information: Try again';
    expect(highIds(text)).toEqual(['11002']);
  });

  it("finds nothing in rustls' certificate verdict under hatch fmt (pypa/hatch issue #1608)", () => {
    const text =
      'error: Request failed after 3 retries\n  Caused by: error sending request for url (https://pypi.org/simple/ruff/)\n  Caused by: client error (Connect)\n  Caused by: invalid peer certificate: UnknownIssuer';
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors reads the errno inside an SSL_ERROR_SYSCALL from a Python download', () => {
  it("reads LibreSSL's errno 54 under pyenv's build as a reset (pyenv/pyenv issue #1103)", () => {
    expect(highIds('curl: (56) LibreSSL SSL_read: SSL_ERROR_SYSCALL, errno 54')).toEqual(['10054']);
  });

  it("reads OpenSSL's errno 104 in a manylinux build as a reset (pypa/manylinux pull #331)", () => {
    expect(highIds('curl: (56) OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 104')).toEqual(['10054']);
  });
});

describe("detectErrors finds nothing in conda's and mamba's own summaries and timers", () => {
  it("finds nothing in conda's HTTP 000 with no cause (conda/conda issue #9948)", () => {
    const text =
      'CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://repo.anaconda.com/pkgs/main/linux-64/current_repodata.json>\nElapsed: -\n\nAn HTTP error occurred when trying to retrieve this URL.';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in libmamba's curl 28, curl's own connect timer (dptech-corp/Uni-Dock2 issue #1)", () => {
    const text =
      'Download error (28) Timeout was reached [http://quetz.dp.tech:8088/get/baymax/noarch/repodata.json]\nFailed to connect to quetz.dp.tech port 8088 after 9000 ms: Timeout was reached';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in libmamba's curl 7 without an OS text (mamba-org/mamba issue #3978)", () => {
    const text =
      'warning  libmamba Download error (7) Could not connect to server [https://conda.anaconda.org/conda-forge/noarch/repodata.json.zst]\n    Failed to connect to conda.anaconda.org port 443 after 83 ms: Could not connect to server';
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in a proxy's 407 inside conda's ProxyError (conda/conda issue #4674)", () => {
    const text =
      "ProxyError(MaxRetryError(\"HTTPSConnectionPool(host='repo.continuum.io', port=443): Max retries exceeded with url: /pkgs/free/win-64/repodata.json.bz2 (Caused by ProxyError('Cannot connect to proxy.', error('Tunnel connection failed: 407 Proxy Authentication Required',)))\",),)";
    expect(anyIds(text)).toEqual([]);
  });
});

describe("detectErrors tells poetry's socket errors from its timers", () => {
  it("reads poetry's split gaierror layout as host not found (python-poetry/poetry issue #8264)", () => {
    expect(highIds('  gaierror\n\n  [Errno 11001] getaddrinfo failed')).toEqual(['11001']);
  });

  it("finds nothing in urllib3's read timer under poetry install (OpenHands/OpenHands issue #1277)", () => {
    const text =
      "  ReadTimeoutError\n\n  HTTPSConnectionPool(host='files.pythonhosted.org', port=443): Read timed out.";
    expect(anyIds(text)).toEqual([]);
  });

  it("finds nothing in Python's ssl read deadline under poetry install (fedora-infra/tahrir pull #675)", () => {
    expect(
      anyIds(
        '  TimeoutError\n\n  The read operation timed out\n\n  at /usr/lib64/python3.14/ssl.py:1138 in read',
      ),
    ).toEqual([]);
  });

  it('still reads a refused connect and a kernel connect timeout from curl (devpi/devpi issue #549)', () => {
    const text =
      '    curl: (7) Failed to connect to pypi.org port 443: Connection refused\n\n    curl: (7) Failed to connect to pypi.org port 443: Connection timed out';
    expect(highIds(text)).toEqual(['10060', '10061']);
  });
});
