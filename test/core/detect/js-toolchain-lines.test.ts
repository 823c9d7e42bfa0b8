import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/** Lines of real pastes from corpus round 18 (`test/fixtures/corpus/round18.jsonl`, ids c18-…). */
describe("detectErrors leaves the JavaScript tool chain's own words alone", () => {
  it("ignores the EPIPE of esbuild's service pipe as Vite and Nuxt print it", () => {
    // epicweb-dev/epic-stack issue #982, nuxt/framework issue #8684.
    const vite =
      '[vite:esbuild-transpile] The service was stopped: write EPIPE\n    at epicweb/epic-stack/node_modules/esbuild/lib/main.js:738:38\n    at onwriteError (node:internal/streams/writable:605:3)';
    expect(anyIds(vite)).toEqual([]);
    expect(anyIds(' ERROR  The service is no longer running: write EPIPE')).toEqual([]);
  });

  it("still reads Node's write EPIPE on a socket", () => {
    expect(
      anyIds('Error: write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)'),
    ).toEqual(['EPIPE']);
  });

  it('ignores the ECONNABORTED axios gives its own timeouts and aborts', () => {
    // axios/axios issue #3155; C2DH/journal-of-digital-history issue #121 (axios's toJSON in a browser).
    expect(anyIds('It gives me the `Error: timeout of 1000ms exceeded` `ECONNABORTED` error.')).toEqual([]);
    const json =
      '{\n  "message": "timeout of 5000ms exceeded",\n  "name": "Error",\n  "config": {\n    "url": "/api/notebook",\n    "method": "get",\n    "timeout": "5000",\n    "xsrfCookieName": "XSRF-TOKEN",\n    "xsrfHeaderName": "X-XSRF-TOKEN",\n    "maxContentLength": -1,\n    "maxBodyLength": -1\n  },\n  "code": "ECONNABORTED"\n}';
    expect(anyIds(json)).toEqual([]);
    expect(
      anyIds(
        "AxiosError: Request aborted\n    at XMLHttpRequest.handleAbort (xhr.js:94:14) {\n  code: 'ECONNABORTED'",
      ),
    ).toEqual([]);
  });

  it("still reads the OS's ECONNABORTED that Node prints after a socket call", () => {
    expect(
      highIds('Error: read ECONNABORTED\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)'),
    ).toEqual(['10053']);
  });

  it("reads Android's connect deadline as Expo Go and React Native print it", () => {
    // expo/create-react-native-app issue #876: libcore's SocketTimeoutException without a cause.
    const expo =
      '**Uncaught Error: java.net.SocketTimeoutException: failed to connect to /192.168.0.102 (port 19000) from / 192.168.0.100 (port 42950) after 10000ms**';
    expect(highIds(expo)).toEqual(['10060']);
    // OkHttp's bare ConnectException says nothing of the cause (novasamatech/parity-signer issue #867).
    expect(anyIds('Caused by: java.net.ConnectException: Failed to connect to /10.0.2.2:8081')).toEqual([]);
  });

  it("reads c-ares's ECONNREFUSED after a DNS query as the resolver's failure, not a refused connect", () => {
    // Automattic/mongoose issue #12416: Node's dns.CONNREFUSED, 'Could not contact DNS servers'.
    const node =
      "Error: querySrv ECONNREFUSED _mongodb._tcp.cluster0.0ltupff.mongodb.net\n    at QueryReqWrap.onresolve [as oncomplete] (node:dns:303:19) {\n  errno: undefined,\n  code: 'ECONNREFUSED',\n  syscall: 'querySrv',\n  hostname: '_mongodb._tcp.cluster0.0ltupff.mongodb.net'\n}";
    expect(anyIds(node)).toEqual(['11002']);
    // oven-sh/bun issue #27180: Bun prints c-ares's own status number (ARES_ECONNREFUSED is 11).
    const bun =
      'MongoDB connection error: DNSException: querySrv ECONNREFUSED _mongodb._tcp.test.test.mongodb.net\n  syscall: "querySrv",\n hostname: "_mongodb._tcp.test.test.mongodb.net",\n    errno: 11,\n     code: "ECONNREFUSED"';
    expect(anyIds(bun)).toEqual(['11002']);
    expect(highIds('Error: connect ECONNREFUSED 127.0.0.1:27017')).toEqual(['10061']);
  });

  it("ignores the EPROTO Node's TLS layer gives OpenSSL's errors, and EPERM from spawning a process", () => {
    // request/request issue #3233; dingyi214/slash-admin issue #131.
    const tls =
      "Error: write EPROTO 4450674112:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:\n\n    at WriteWrap.onWriteComplete [as oncomplete] (internal/stream_base_commons.js:87:16) {\n  errno: 'EPROTO',\n  code: 'EPROTO',\n  syscall: 'write'\n}";
    expect(anyIds(tls)).toEqual([]);
    expect(
      anyIds('Error: spawn EPERM\n    at ChildProcess.spawn (node:internal/child_process:420:11)'),
    ).toEqual([]);
    expect(highIds('Error: listen EPERM: operation not permitted 0.0.0.0:3000')).toEqual(['EPERM']);
  });

  it("reads Firefox's 'Unable to connect' page, and not its console line for a WebSocket", () => {
    // microsoft/vscode issue #276238; unep-grid/mapx issue #364.
    const page =
      'Unable to connect\n\nFirefox can’t establish a connection to the server at 127.0.0.1:8000.\n\n    The site could be temporarily unavailable or too busy.';
    expect(highIds(page)).toEqual(['10061']);
    const socket =
      'Firefox can’t establish a connection to the server at ws://app.mapx.localhost:8880/__sockjs__/o=lOv9/889/ggepbrkn/websocket.';
    expect(anyIds(socket)).toEqual([]);
  });

  it("ignores the exit status npm prints as 'npm ERR! errno' after a failed script, and reads its libuv errno", () => {
    // react/react-native issue #21025 (Metro's own words, then the exit status 11, not EAGAIN);
    // react-navigation/react-navigation issue #6541 (Metro's EADDRINUSE, then the exit status 1, not EPERM).
    const metro =
      " ERROR  Metro Bundler can't listen on port 8081\nLoading dependency graph...npm ERR! code ELIFECYCLE\nnpm ERR! errno 11\nnpm ERR! testproject@0.0.1 start: `node node_modules/react-native/local-cli/cli.js start`\nnpm ERR! Exit status 11";
    expect(anyIds(metro)).toEqual([]);
    const inUse =
      'Error: listen EADDRINUSE: address already in use :::8081\n    at Server.setupListenHandle [as _listen2] (net.js:1298:14)\nnpm ERR! code ELIFECYCLE\nnpm ERR! errno 1\nnpm ERR! Foodies@0.0.1 start: `react-native start "--port=8081"`\nnpm ERR! Exit status 1';
    expect(anyIds(inUse)).toEqual(['10048']);
    // A system error's errno is libuv's negative number (Node 13+): still read (a constructed line).
    expect(
      anyIds('npm ERR! code ECONNRESET\nnpm ERR! errno -4077\nnpm ERR! network read ECONNRESET'),
    ).toEqual(['10054']);
  });
});
