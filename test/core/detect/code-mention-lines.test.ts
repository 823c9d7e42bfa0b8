import { describe, expect, it } from 'vitest';
import { anyIds, detectErrors } from '../../helpers/detect.js';

/** Each finding as `[id, confidence]`, to pin how sure the detector is. */
const levels = (text: string) => detectErrors(text).map((f) => [f.id, f.confidence]);

/**
 * Round 234: code pasted into a chat names the errors it tests for, not one that happened. A symbol on
 * the right of `==` or `!=` was code already (c212-039); JavaScript compares a code as a string
 * (`=== 'ECONNRESET'`), and Python and Go read it from a module (`== errno.ECONNRESET`).
 */
describe('error codes on the right of a comparison in pasted code', () => {
  it('reads no error in a quoted code after === or !== (c234-045, c234-046)', () => {
    expect(
      anyIds(
        "Doesn't retry on timeout\n\nI think the title explains it. The code specifies\n\n```javascript\nerror.code !== 'ECONNABORTED'\n```\nand there is no way to override it.",
      ),
    ).toEqual([]);
    expect(
      anyIds(
        "           .catch(error => {\n                if (error.code === 'ECONNABORTED') {\n                    // Do something when there's a timeout\n                } else {",
      ),
    ).toEqual([]);
    expect(anyIds('if (err.code == "ECONNRESET") retry();')).toEqual([]);
  });

  it('reads no error in Chrome’s codes compared as messages (c234-062)', () => {
    expect(
      anyIds(
        '    return error.message.startsWith(\'getaddrinfo\') ||\n        error.message === "net::ERR_INTERNET_DISCONNECTED" ||\n        error.message === "net::ERR_CONNECTION_RESET" ||\n        error.message === "net::ERR_NAME_NOT_RESOLVED" ||\n        error.message === "net::ERR_CONNECTION_TIMED_OUT" ||\n        error.message === "net::ERR_ADDRESS_UNREACHABLE";',
      ),
    ).toEqual([]);
  });

  it('reads no error in a module’s constant after == or !=', () => {
    expect(anyIds('    if e.errno == errno.ECONNRESET:\n        return')).toEqual([]);
    expect(anyIds('\t\t\t\tif t == syscall.ECONNREFUSED {')).toEqual([]);
  });

  it('still reads the code as printed, and code that names it outside a comparison', () => {
    expect(
      levels("Error: read ECONNRESET\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'"),
    ).toEqual([['10054', 'high']]);
    expect(levels("{ code: 'ECONNABORTED', errno: 'ECONNABORTED', syscall: 'accept' }")).toEqual([
      ['10053', 'high'],
    ]);
    expect(levels('except ConnectionResetError:')).toEqual([['10054', 'high']]);
    expect(levels('Error: net::ERR_CONNECTION_RESET at https://example.com/')).toEqual([['10054', 'high']]);
  });
});

/**
 * Round 234: a retry list in code or configuration names the codes a program handles (c134-037, got's
 * errorCodes, was set aside for got alone): `NODEJS_TIMEOUT_ERROR_CODES = ["ECONNRESET", "EPIPE",
 * "ETIMEDOUT"]` read two sure errors (c234-064).
 */
describe('error codes listed in an array literal', () => {
  it('reads no error in a constant or a setting that lists codes (c234-064)', () => {
    expect(
      anyIds(
        '/**\n * Node.js system error codes that indicate timeout.\n */\nexport const NODEJS_TIMEOUT_ERROR_CODES = ["ECONNRESET", "EPIPE", "ETIMEDOUT"];',
      ).filter((id) => id !== 'EAI_SYSTEM'),
    ).toEqual([]);
    expect(anyIds("retryOn: ['ECONNRESET','ETIMEDOUT']")).toEqual([]);
    expect(anyIds("const RETRY_CODES = [\n  'ECONNRESET',\n  'ECONNREFUSED',\n];")).toEqual([]);
  });

  it('still reads a code printed as a property or in a tuple, and codes listed in prose', () => {
    expect(levels("{ code: 'ECONNRESET', errno: 'ECONNRESET', syscall: 'read' }")).toEqual([
      ['10054', 'high'],
    ]);
    expect(
      levels('{"errno":-3008,"code":"ENOTFOUND","syscall":"getaddrinfo","hostname":"test.com"}'),
    ).toEqual([['11001', 'high']]);
    expect(levels("error: unable to connect: (54, 'ECONNRESET')")).toEqual([['10054', 'high']]);
    expect(levels('Support multiple node.js error codes\n\nECONNRESET, ENOTFOUND, ETIMEDOUT')).toEqual([
      ['10054', 'high'],
      ['11001', 'high'],
      ['10060', 'high'],
    ]);
  });
});
