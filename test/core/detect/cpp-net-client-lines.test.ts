import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Lines from C and C++ networking libraries as their users paste them (Boost.Asio, websocketpp,
 * libuv, cpprestsdk, gRPC core), from real pastes of corpus round 212.
 */
describe("detectErrors reads websocketpp's 'asio async_<op> error: system:N' lines", () => {
  it('reads the Broken pipe of an async_shutdown as EPIPE beside the read reset (zaphoyd/websocketpp #690)', () => {
    const text =
      'asio async_read_at_least error: system:104 (Connection reset by peer)\n[2017-12-06 09:07:34] [error] handle_read_frame error: websocketpp.transport:2 (Underlying Transport Error)\n[2017-12-06 09:07:34] [info] asio async_shutdown error: system:32 (Broken pipe)';
    expect(highIds(text)).toEqual(['10054', 'EPIPE']);
  });

  it('reads the async_shutdown line on its own', () => {
    expect(
      highIds('[2017-12-06 09:07:34] [info] asio async_shutdown error: system:32 (Broken pipe)'),
    ).toEqual(['EPIPE']);
  });

  it('still leaves a Broken pipe from a shell pipe alone', () => {
    expect(highIds('yes | head -1\nyes: standard output: Broken pipe')).toEqual([]);
  });

  it('does not read stream_truncated from the asio.ssl category as a socket error (rstudio/websocket #78)', () => {
    const text =
      '[error] handle_read_frame error: asio.ssl.stream:1(stream truncated)\n[info] asio async_shutdown error: asio.ssl.stream:1(stream truncated)';
    expect(anyIds(text)).toEqual([]);
  });
});

describe('detectErrors does not read a symbol compared in code as an error', () => {
  it("leaves libuv's failed test assertions alone (libuv/libuv #1339)", () => {
    const text =
      'not ok 66 - tcp_close_while_connecting\nexit code 6\nOutput from process `tcp_close_while_connecting`:\nAssertion failed in test/test-tcp-close-while-connecting.c on line 45: status == UV_ECANCELED || status == UV_ENETUNREACH';
    expect(anyIds(text)).toEqual([]);
  });

  it('leaves them alone where a console broke the line right after the operator', () => {
    const line =
      'Assertion failed in test/test-tcp-close-while-connecting.c on line 45: status == UV_ECANCELED || status == UV_ENETUNREACH';
    expect(anyIds(`${line.slice(0, 80)}\n${line.slice(80)}`)).toEqual([]);
  });

  it('leaves a condition with != alone', () => {
    expect(anyIds('if (errno != EAGAIN) return -1;')).toEqual([]);
  });

  it('still reads the same symbol when it is the error printed', () => {
    expect(highIds('connect_cb: status UV_ECONNREFUSED')).toEqual(['10061']);
    expect(highIds('Error: connect ECONNREFUSED 127.0.0.1:6379')).toEqual(['10061']);
  });
});

describe('detectErrors reads what the C and C++ clients of round 212 print', () => {
  it("reads Boost.Asio's HOST_NOT_FOUND text after resolve (osquery/osquery #5558)", () => {
    const text =
      'terminating with uncaught exception of type boost::exception_detail::clone_impl<boost::exception_detail::error_info_injector<boost::system::system_error> >: resolve: Host not found (authoritative)\nAborted (core dumped)';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("reads websocketpp's system:11 read as EAGAIN (zaphoyd/websocketpp #832)", () => {
    expect(
      highIds(
        '[2019-07-23 11:21:55] [info] asio async_read_at_least error: system:11 (Resource temporarily unavailable)',
      ),
    ).toEqual(['EAGAIN']);
  });

  it("leaves cpprestsdk's WinHTTP 12029 alone (microsoft/cpprestsdk #619)", () => {
    expect(
      anyIds('WinHttpSendRequest: 12029: A connection with the server could not be established'),
    ).toEqual([]);
  });

  it("leaves gRPC core's 'failed to connect to all addresses' alone (grpc/grpc #32670)", () => {
    expect(
      anyIds(
        '{#1410\n  +"metadata": []\n  +"code": 14\n  +"details": "failed to connect to all addresses"\n}',
      ),
    ).toEqual([]);
  });

  it("leaves asio's Operation canceled from fc's own cancel alone (bitshares/bitshares-fc #249)", () => {
    const text =
      '"thread_name":"fc::asio worker #1","timestamp":"x-x-xTx:x:x"},"format":"$' +
      '{message} ","data":{"message":"Operation canceled"}}]}';
    expect(anyIds(text)).toEqual([]);
  });
});
