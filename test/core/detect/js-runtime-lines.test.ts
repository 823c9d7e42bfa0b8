import { describe, expect, it } from 'vitest';
import { anyIds, highIds } from '../../helpers/detect.js';

/**
 * Deno, Bun and the edge JavaScript runtimes (Cloudflare's workerd, wrangler and Miniflare, Deno Deploy,
 * Vercel, Netlify, Fastly's Viceroy), from real pastes of corpus round 106. No rule was added for the
 * round; these pin the forms the rules already read, in both directions.
 */
describe('detectErrors reads the socket errors Deno, Bun and the edge tools print', () => {
  it("reads Deno's error class over Windows' refusal text and number (c106-001)", () => {
    const text =
      'error: Uncaught (in promise) ConnectionRefused: No connection could be made because the target machine actively refused it. (os error 10061)';
    expect(highIds(text)).toEqual(['10061']);
  });

  it("reads Deno's refusal in its own platform's numbering, Darwin's 61 included (c106-003, c106-004)", () => {
    expect(highIds('error: (in promise) ConnectionRefused: Connection refused (os error 61)')).toEqual([
      '10061',
    ]);
    expect(
      highIds(
        'Error in test "Fragmented method": ConnectionRefused: Connection refused (os error 111)\n    at async Object.connect (ext:deno_net/01_net.js:701:11)\n  name: "ConnectionRefused",\n  code: "ECONNREFUSED"\n}',
      ),
    ).toEqual(['10061']);
  });

  it('reads Deno.listen and Bun.serve finding their port taken (c106-007, c106-008, c106-012)', () => {
    expect(
      highIds(
        'error: Uncaught AddrInUse: Only one usage of each socket address (protocol/network address/port) is normally permitted. (os error 10048)',
      ),
    ).toEqual(['10048']);
    expect(highIds('error: Uncaught AddrInUse: Address already in use (os error 98)')).toEqual(['10048']);
    expect(highIds('EADDRINUSE: Failed to start server. Is port 1337 in use?\n syscall: "listen"')).toEqual([
      '10048',
    ]);
  });

  it("reads the name lookups at the end of Deno fetch's cause chain (c106-014, c106-015)", () => {
    expect(
      highIds(
        'error: Uncaught (in promise) TypeError: error sending request for url (https://id.twitch.tv/oauth2/validate): client error (Connect): dns error: failed to lookup address information: Temporary failure in name resolution: failed to lookup address information: Temporary failure in name resolution',
      ),
    ).toEqual(['11002']);
    expect(
      highIds(
        'The deployment failed: error sending request for url (https://registry-staging.deno.com/@std/collections/meta.json): error trying to connect: dns error: failed to lookup address information: Name or service not known',
      ),
    ).toEqual(['11001']);
  });

  it("reads Deno fetch's tcp connect timeout and a connect EBADF (c106-023, c106-006)", () => {
    expect(
      highIds(
        'TypeError: error sending request for url (https://physics.bit.edu.cn/tzgg4/index.htm): error trying to connect: tcp connect error: Connection timed out (os error 110)',
      ),
    ).toEqual(['10060']);
    expect(
      highIds(
        'client error (Connect): tcp connect error: Bad file descriptor (os error 9): Bad file descriptor (os error 9)',
      ),
    ).toEqual(['10009']);
  });

  it("reads Bun's fetch closed early when Bun names it ECONNRESET (c106-018)", () => {
    const text =
      'error: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()\n  path: "https://api.anthropic.com/",\n errno: 0,\n  code: "ECONNRESET"';
    expect(highIds(text)).toEqual(['10054']);
  });

  it("reads Viceroy's hyper error and wrangler 1's Polish host-not-found (c106-021, c106-017)", () => {
    expect(
      highIds(
        'Error: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" }))',
      ),
    ).toEqual(['10061']);
    expect(
      highIds(
        `thread 'tokio-runtime-worker' panicked at 'Failed to connect to devtools instance: Io(Os { code: 11001, kind: Other, message: "Nieznany host." })'`,
      ),
    ).toEqual(['11001']);
  });
});

describe("detectErrors leaves the runtimes' own states, limits and permissions alone", () => {
  it("leaves workerd's 'Network connection lost.' and KJ's disconnected exception alone (c106-029)", () => {
    const text =
      '✘ [ERROR] Uncaught (in response) Error: Network connection lost.\nworkerd/server/server.c++:2533: error: Uncaught exception: kj/async.c++:212: disconnected: worker_do_not_log; Request failed due to internal error';
    expect(anyIds(text)).toEqual([]);
  });

  it("leaves Bun's own error names without an errno alone (c106-030, c106-032, c106-040)", () => {
    expect(
      anyIds(
        'warn: FailedToOpenSocket downloading package manifest puppeteer-core. Retry 4/5...\nerror: ConnectionRefused downloading package manifest puppeteer',
      ),
    ).toEqual([]);
    expect(anyIds('error: ConnectionRefused\n\n----- bun meta -----')).toEqual([]);
    expect(
      anyIds(
        'ConnectionClosed: The socket connection was closed unexpectedly. For more information, pass `verbose: true` in the second argument to fetch()',
      ),
    ).toEqual([]);
  });

  it("leaves Deno's permission sandbox and a causeless fetch error alone (c106-033, c106-034, c106-025)", () => {
    expect(
      anyIds(
        'error: Uncaught PermissionDenied: network access to "127.0.0.1:3000", run again with the --allow-net flag',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'error: PermissionDenied: Requires net access to "0.0.0.0:8000", run again with the --allow-net flag',
      ),
    ).toEqual([]);
    expect(
      anyIds('TypeError: client error (Connect)\n    at async mainFetch (ext:deno_fetch/26_fetch.js:170:12)'),
    ).toEqual([]);
  });

  it("leaves rustls' 'invalid dns name' and its certificate failures alone (c106-035, c106-044)", () => {
    expect(
      anyIds(
        'error: Uncaught (in promise) TypeError: error sending request for url (https://[2001:4860:4860::64]/): client error (Connect): invalid dns name',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        'Uncaught TypeError: error sending request for url (https://exampleservice.withno.certificate#undefined): error trying to connect: invalid peer certificate: NotValidForName',
      ),
    ).toEqual([]);
  });

  it("leaves Workers' connect() refusal, its platform limits and undici's deadline alone (c106-037, c106-042, c106-043, c106-036)", () => {
    expect(
      anyIds(
        'ERROR:proxy request failed, cannot connect to the specified address. It looks like you might be trying to connect to a HTTP-based service — consider using fetch instead',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        '[mf:err] Unhandled Promise Rejection: Error: Too many subrequests. Workers can make up to 50 subrequests per request.',
      ),
    ).toEqual([]);
    expect(anyIds('Error: Worker exceeded CPU time limit.')).toEqual([]);
    expect(
      anyIds(
        '    cause: ConnectTimeoutError: Connect Timeout Error\n        at onConnectTimeout\n  (D:\\my-app\\test\\node_modules\\wrangler\\wrangler-dist\\cli.js:7185:29)',
      ),
    ).toEqual([]);
  });

  it("leaves Deno Deploy's isolate state and an AbortSignal deadline alone (c106-047, c106-048)", () => {
    expect(anyIds('unable to connect to isolate, terminated\ncode: DEPLOYMENT_FAILED')).toEqual([]);
    expect(anyIds('TimeoutError: Signal timed out.\n    at ext:deno_web/03_abort_signal.js:129:11')).toEqual(
      [],
    );
  });
});
