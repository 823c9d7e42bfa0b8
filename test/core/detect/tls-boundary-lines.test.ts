import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 91 (`test/fixtures/corpus/round91.jsonl`, ids c91-…). */
describe('detectErrors reads the socket errno under a TLS library error', () => {
  it('reads the errno printed after SSL_ERROR_SYSCALL at high confidence', () => {
    // openssl/openssl issue #17524: macOS errno 41 (EPROTOTYPE) from SSL_write, markdown italics dropped.
    expect(highIds('SSL_write failed with SSL_ERROR_SYSCALL, errno:41')).toEqual(['10041']);
    // weolar/miniblink49 issue #382: libcurl with BoringSSL on Windows.
    expect(highIds('> BoringSSL SSL_read: SSL_ERROR_SYSCALL, errno 10054')).toEqual(['10054']);
  });

  it("reads the errno older libcurl prints after OpenSSL's empty error string", () => {
    // curl/curl issue #1689: ERR_error_string(0) is what an SSL_ERROR_SYSCALL leaves.
    expect(highIds('**"SSL read: error:00000000:lib(0):func(0):reason(0), errno 104"**')).toEqual(['10054']);
  });

  it("reads the errno libwebsockets' TLS client prints after connect SYSCALL", () => {
    // warmcat/libwebsockets issue #2334.
    expect(highIds('ws connect return CLIENT_CONNECTION_ERROR: connect SYSCALL 104')).toEqual(['10054']);
  });

  it('finds nothing in an SSL_ERROR_SYSCALL that carries no errno', () => {
    // curl/curl issue #14154: the peer closed the handshake (an EOF).
    expect(
      anyIds('curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to dotnet.microsoft.com:443 '),
    ).toEqual([]);
    // EBWiki/EBWiki issue #407: Ruby's SYSCALL with errno=0.
    expect(
      anyIds(
        'OpenSSL::SSL::SSLError: SSL_connect SYSCALL returned=5 errno=0 state=SSLv3 read server session ticket A',
      ),
    ).toEqual([]);
    // openssl/openssl issue #18409: OpenSSL 3's unexpected EOF, errno 0.
    expect(
      anyIds('OpenSSL SSL_read: error:0A000126:SSL routines::unexpected eof while reading, errno 0'),
    ).toEqual([]);
  });

  it("ignores TLS libraries' own codes that look like errno numbers", () => {
    // msgpack/msgpack-c issue #628: -110 is GNUTLS_E_PREMATURE_TERMINATION, not ETIMEDOUT.
    expect(
      anyIds(
        'error: RPC failed; curl 56 GnuTLS recv error (-110): The TLS connection was non-properly terminated.',
      ),
    ).toEqual([]);
    // mitmproxy/mitmproxy issue #115: 8 is ssl.SSL_ERROR_EOF.
    expect(
      anyIds(
        'Error connecting to "forums.wildshadow.com": [Errno 8] _ssl.c:504: EOF occurred in violation of protocol',
      ),
    ).toEqual([]);
    // openssl/openssl issue #22526: mod_ssl's (70014) is APR_EOF.
    expect(
      anyIds(
        '[ssl:info] [pid 26271:tid 140171165009664] (70014)End of file found: [client IP6:5060] AH02008: SSL library error 1 in handshake (server a.lab.net:443)',
      ),
    ).toEqual([]);
  });
});
