import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 84 (`test/fixtures/corpus/round84.jsonl`, ids c84-…). */
describe('detectErrors reads what clients print through a forward proxy', () => {
  it("ignores the ECONNRESET code tunnel-agent gives a proxy's non-200 answer", () => {
    // npm/npm issue #14664: npm 3 through request's tunnel-agent, the proxy answered 400.
    const npm =
      'npm ERR! npm  v3.10.8\nnpm ERR! code ECONNRESET\n\nnpm ERR! network tunneling socket could not be established, statusCode=400\nnpm ERR! network This is most likely not a problem with npm itself';
    expect(anyIds(npm)).toEqual([]);
    // nodejs/node issue #8681: the same error retold with its code.
    expect(
      anyIds('Error: Tunneling Socket could not be established, status code=407, code= ECONNRESET. '),
    ).toEqual([]);
  });

  it('ignores the ECONNRESET code tunnel-agent gives a TLS record error', () => {
    // linnovate/mean issue #1372: an https:// proxy URL aimed at a plain HTTP proxy port.
    const mean =
      "{ [Error: tunneling socket could not be established, cause=write EPROTO 140330931652416:error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol:../deps/openssl/openssl/ssl/s23_clnt.c:782:\n] code: 'ECONNRESET' }";
    expect(anyIds(mean)).toEqual([]);
  });

  it('still reads the socket error tunnel-agent quotes as the cause', () => {
    // npm/npm issue #17618, brunch/brunch issue #564, npm/npm issue #14595.
    expect(highIds('Error: tunneling socket could not be established, cause=read ECONNRESET')).toEqual([
      '10054',
    ]);
    expect(
      highIds('31 error Error: tunneling socket could not be established, cause=socket hang up'),
    ).toEqual(['10054']);
    expect(
      highIds(
        '223 info retry will retry, error on last attempt: Error: tunneling socket could not be established, cause=connect ECONNREFUSED 127.0.0.1:8080',
      ),
    ).toEqual(['10061']);
  });

  it('reads the connect errno Squid logs after ERR_CONNECT_FAIL at high confidence', () => {
    // squid-cache/squid pull request #1354: %err_code/%err_detail of a CONNECT whose connect() was refused.
    expect(highIds('    ERR_CONNECT_FAIL/errno=111 NONE_NONE/503 CONNECT')).toEqual(['10061']);
  });
});
