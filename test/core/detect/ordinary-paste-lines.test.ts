import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 224: ordinary pastes of the commonest socket errors, and the ordinary texts beside them that
 * name a code without a socket failing: axios's and request's own timeout codes, a program's stdout
 * piped into `head`. And macOS's ETIMEDOUT text after a program's own parenthesis, which a rule for
 * reqwest's chains had set aside.
 */
describe('ordinary pastes: clients’ own timeout codes, pipes into head, macOS’s timeout text', () => {
  it('reads no error in axios’s own ECONNABORTED and ETIMEDOUT named in a text about axios (c224-033 to c224-035)', () => {
    expect(
      anyIds(
        'Uses ECONNABORTED for timeouts instead of ETIMEDOUT\n\n#### Summary\n\nAxios seems to set a code of ECONNABORTED when a request times out',
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "Timeout errors have ECONNABORTED as code. E.g.:\n\n```javascript\naxios.get('/foo', { timeout: 1000 }).then(function(response) {\n  // Good response\n}, function(error) {\n  if (error.code === 'ECONNABORTED') {\n    // Timeout error\n  }\n});\n```",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "timeout returns 'ECONNABORTED' instead of 'ETIMEDOUT'\n\nIn Axios, it is possible to use this configuration to get explicit timeout errors:\n```\ntransitional: {\n    clarifyTimeoutError: true,\n},\n```\n\nWhen doing that, I get the error code `ETIMEDOUT` instead of `ECONNABORTED` in Axios.",
      ),
    ).toEqual([]);
  });

  it('still reads the OS’s abort and connect timeout that axios wraps, by Node’s own message', () => {
    expect(
      levels(
        "AxiosError: read ECONNABORTED\n    at TCP.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -4079,\n  code: 'ECONNABORTED',\n  syscall: 'read'\n}",
      ),
    ).toEqual([['10053', 'high']]);
    expect(
      levels(
        "AxiosError: connect ETIMEDOUT 10.0.0.5:443\n    at AxiosError.from (/app/node_modules/axios/dist/node/axios.cjs:837:14) {\n  code: 'ETIMEDOUT',\n  errno: -110,\n  syscall: 'connect'",
      ),
    ).toEqual([['10060', 'high']]);
  });

  it('reads no error in the request library’s own ETIMEDOUT, which carries its connect flag (c224-013)', () => {
    expect(
      anyIds(
        "Lately I've been running into these errors :\n\n```\n{ code: 'ETIMEDOUT', connect: false }\n{ code: 'ETIMEDOUT', connect: true }\n```",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "> You can detect timeout errors by checking err.code for an 'ETIMEDOUT' value. Further, you can detect whether the timeout was a connection timeout by checking if the err.connect property is set to true.",
      ),
    ).toEqual([]);
    // Node's own connect timeout has no such flag and stays read.
    expect(
      levels(
        "Error: connect ETIMEDOUT 13.110.0.73:443\n    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1097:14)\n  errno: 'ETIMEDOUT',\n  code: 'ETIMEDOUT',\n  syscall: 'connect',",
      ),
    ).toEqual([['10060', 'high']]);
  });

  it('reads no error in a write EPIPE from a program piped into head, but reads one from a socket (c224-049)', () => {
    expect(
      anyIds(
        "`heroku releases --app some-app-name-here | head -n2`\noutputs:\n```\n=== some-app-name-here Releases - Current: v125\nv111  Deploy 1234567         seth@foo.com  2016/07/03 20:21:15 -0500\nevents.js:160\n      throw er; // Unhandled 'error' event\n      ^\n\nError: write EPIPE\n    at exports._errnoException (util.js:1007:11)\n    at WriteWrap.afterWrite (net.js:793:14)\n```",
      ),
    ).toEqual([]);
    expect(
      levels(
        'Error: write EPIPE\n    at exports._errnoException (util.js:1007:11)\n    at WriteWrap.afterWrite (net.js:793:14)',
      ),
    ).toEqual([['EPIPE', 'high']]);
  });

  it('reads macOS’s ETIMEDOUT text after a program’s own parenthesis at high (c224-031)', () => {
    expect(
      levels(
        'SOCKET-CONNECT-ERROR: error in connect() (target: 10.211.55.3:8011): Operation timed out, arg: 60',
      ),
    ).toEqual([['10060', 'high']]);
    // reqwest's own deadline in its chains is still set aside.
    expect(
      anyIds(
        '   0: error sending request for url (https://example.com/): error trying to connect: operation timed out\n   1: error trying to connect: operation timed out\n   2: operation timed out',
      ),
    ).toEqual([]);
    expect(
      anyIds('Caused by: error sending request for url (https://httpbin.org/): operation timed out'),
    ).toEqual([]);
  });
});
