import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** R, Julia, MATLAB, Octave and Jupyter lines, from real pastes of corpus round 109. */
describe("detectErrors reads httpuv's 'createTcpServer:' as a bind", () => {
  it("reads libuv's bare 'permission denied' after it as the socket's EACCES (c109-011)", () => {
    const text =
      'createTcpServer: permission denied\nError in .subset2(public_bind_env, "initialize")(...) : \n  Failed to create server';
    expect(highIds(text)).toEqual(['10013']);
  });

  it('still reads a port in use after it (c109-010)', () => {
    const text =
      'Listening on http://127.0.0.1:1984\ncreateTcpServer: address already in use\nError in startServer(host, port, handlerManager$createHttpuvApp()) : \n  Failed to create server';
    expect(highIds(text)).toEqual(['10048']);
  });

  it("leaves httpuv's bare 'Failed to create server' alone (c109-042)", () => {
    expect(anyIds('Error in startServer(host, port, app) : Failed to create server')).toEqual([]);
  });

  it('does not read a permission denied on a file as a socket error', () => {
    expect(highIds('Error in file(con, "r") : cannot open file \'x.csv\': Permission denied')).toEqual([]);
  });
});

describe("detectErrors reads Node's zeromq binding's 'Address in use'", () => {
  it('reads it above the bindSync frame of a Jupyter kernel on Windows (c109-018)', () => {
    const text =
      'Error: Address in use\n    at exports.Socket.Socket.bindSync (c:\\opt\\nvm\\v11.6.0\\node_modules\\ijavascript\\node_modules\\zeromq\\lib\\index.js:451:13)\n    at Kernel._bindSockets (c:\\opt\\nvm\\v11.6.0\\node_modules\\ijavascript\\node_modules\\jp-kernel\\lib\\jp-kernel.js:262:19)';
    expect(highIds(text)).toEqual(['10048']);
  });

  it('leaves the words alone with no zeromq frame below them', () => {
    expect(highIds('Error: Address in use')).toEqual([]);
  });
});

describe("detectErrors reads RStudio's 'ERROR system error N (text)' by its code", () => {
  it('reads the refusal in the parentheses and not the label (c109-007)', () => {
    const text =
      '23 Sep 2017 12:46:48 [rdesktop] ERROR system error 111 (Connection refused); OCCURRED AT: void rstudio::core::http::LocalStreamAsyncClient::handleConnect(const rstudio_boost::system::error_code&) /home/ubuntu/rstudio/src/cpp/core/include/core/http/LocalStreamAsyncClient.hpp:119';
    expect(anyIds(text)).toEqual(['10061']);
  });

  it("leaves Win32's WAIT_TIMEOUT and EILSEQ in that form alone (c109-037, c109-038)", () => {
    expect(
      anyIds(
        '11 Sep 2020 17:18:13 [rsession-YULIU] ERROR system error 258 (????????); OCCURRED AT void __cdecl rstudio::session::HttpConnectionListenerImpl<class rstudio_boost::asio::ip::tcp>::handleAccept(const class rstudio_boost::system::error_code &) src/cpp/session/http/SessionWin32HttpConnectionListener.cpp:244',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Sep 04 10:56:13 dell-PowerEdge-R7525 rsession-bcbio[427485]: ERROR system error 84 (Invalid or incomplete multibyte or wide character) [reason: string length 999978 is not a multiple of 4]; OCCURRED AT rstudio::core::Error rstudio::core::base64::{anonymous}::Decoder::operator()(const Byte*, std::size_t, std::__cxx11::string*) src/cpp/core/Base64.cpp:236',
      ),
    ).toEqual([]);
  });

  it("still reads getaddrinfo's own 'System error' elsewhere", () => {
    expect(anyIds('getaddrinfo failed: System error')).toContain('EAI_SYSTEM');
  });
});

describe("detectErrors reads Julia's libuv errors", () => {
  it("reads Distributed's refused worker connect (c109-001)", () => {
    expect(highIds('    nested task error: IOError: connect: connection refused (ECONNREFUSED)')).toEqual([
      '10061',
    ]);
  });

  it("reads HTTP.jl's exception tuple with libuv's Windows code (c109-016)", () => {
    expect(highIds('(Base.IOError("read: connection reset by peer (ECONNRESET)", -4077), ')).toEqual([
      '10054',
    ]);
  });

  it('reads DNSError by its EAI code (c109-003, c109-005)', () => {
    expect(highIds('DNSError: http, unknown node or service (EAI_NONAME)')).toEqual(['11001']);
    expect(highIds('ERROR: getaddrinfo callback: no address (EAI_NODATA)')).toEqual(['11004']);
  });
});

describe('detectErrors leaves these tools’ own states and deadlines alone', () => {
  it.each([
    [
      'R socketConnection without an errno (c109-031)',
      "Error : Failed to launch and connect to R worker on local machine 'localhost' from local machine 'c0'.\n * The error produced by socketConnection() was: 'cannot open the connection'\n * In addition, socketConnection() produced 1 warning(s):\n   - Warning #1: 'port 11364 cannot be opened' (which suggests that this port is either already occupied by another process or blocked by the firewall on your local machine)",
    ],
    [
      "R's connection limit (c109-029)",
      'Error in socketConnection("localhost", port = port, server = TRUE, blocking = TRUE,  : \n  all connections are in use',
    ],
    [
      "sparklyr's gateway wait (c109-033)",
      'Error in force(code) : \n  Failed while connecting to sparklyr to port (8880) for sessionid (20721): Gateway in localhost:8880 did not respond.',
    ],
    [
      "libcurl's resolve deadline in R (c109-044)",
      '‘Error in curl::curl_fetch_memory(link) :  Timeout was reached: [www.cpc.ncep.noaa.gov] Resolving timed out after 10000 milliseconds’',
    ],
    [
      "Julia Distributed's own link state (c109-028)",
      '      From worker 6:    peer 6 has not connected to 7',
    ],
    [
      "MATLAB webread's HTTP 503 (c109-040)",
      'The server returned the status 503 with message "Service Unavailable" in response to the request to URL',
    ],
    [
      "JupyterHub's wait for its proxy (c109-048)",
      "    TimeoutError: Server at <hostname>:8000 didn't respond in 1 seconds",
    ],
  ])('%s', (_name, text) => {
    expect(highIds(text)).toEqual([]);
  });
});
