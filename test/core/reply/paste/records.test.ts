import { describe, expect, it } from 'vitest';
import { recordAt, splitRecords, timestampOf } from '../../../../src/core/reply/paste/records.js';
import { scanInPieces, testCore } from '../../../helpers/core.js';
import { corpusPaste } from '../../../helpers/corpus.js';

const count = (text: string) => splitRecords(text).length;

describe('splitRecords', () => {
  it.each([
    ['dev-035', 'a chained Python traceback whose second part has no header'],
    ['more-033', 'a chained Python traceback'],
    ['more-093', 'a Java exception with nested exceptions and causes'],
    ['more-131', 'a Python traceback behind a Docker Compose prefix'],
  ])('keeps %s (%s) as one record', (id) => {
    expect(count(corpusPaste(id))).toBe(1);
  });

  it('keeps a Node error with its stack and its fields as one record', () => {
    const node = [
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {',
      '  errno: -111,',
      "  code: 'ECONNREFUSED',",
      '}',
    ].join('\n');
    expect(count(node)).toBe(1);
  });

  it('starts a record at every line of two programs, and at every timestamp of a log', () => {
    expect(count(`${corpusPaste('more-003')}\n${corpusPaste('more-002')}`)).toBe(2);
    const log = [
      '2024-05-02 10:01:00 ERROR first',
      'Traceback (most recent call last):',
      'X: y',
      '2024-05-02 10:02:00 ERROR second',
    ];
    const text = log.join('\n');
    expect(splitRecords(text).map((r) => timestampOf(text, r)?.time)).toEqual(['10:01:00', '10:02:00']);
  });

  it("starts a record where Docker Compose's service column changes, in a log with timestamps", () => {
    // Postgres stamps its lines, the Node app does not: its lines are no part of the db's record.
    const log = [
      'db_1   | 2024-01-02 10:00:00.000 UTC [1] LOG:  database system is ready to accept connections',
      'app_1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
      'app_1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      'db_1   | 2024-01-02 10:00:09.000 UTC [1] LOG:  checkpoint starting',
      'app_1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
    ].join('\n');
    const records = splitRecords(log);
    expect(records.map((r) => log.slice(r.start, r.end).slice(0, 5))).toEqual([
      'db_1 ',
      'app_1',
      'db_1 ',
      'app_1',
    ]);
    expect(records.map((r) => timestampOf(log, r)?.time ?? null)).toEqual([
      '10:00:00',
      null,
      '10:00:09',
      null,
    ]);
  });

  it('reads the records of a Compose service that does not stamp its lines as a log without timestamps does', () => {
    const log = [
      'db_1   | 2024-01-02 10:00:00.000 UTC [1] LOG:  database system is ready to accept connections',
      'app_1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
      'app_1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      'app_1  | Error: connect ECONNREFUSED 172.18.0.2:5432',
      'app_1  |     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      // A stamped service's message with its exception and trace is still one record.
      'api_1  | 2024-01-02 10:00:01,000 ERROR request failed',
      'api_1  | java.net.ConnectException: Connection refused',
      'api_1  | \tat java.base/sun.nio.ch.Net.connect0(Native Method)',
      'api_1  | Caused by: java.net.ConnectException: Connection refused',
    ].join('\n');
    expect(splitRecords(log).map((r) => log.slice(r.start, r.end).split('\n').length)).toEqual([1, 2, 2, 4]);
  });

  it("keeps NLog's `6|2019-…|ERROR|…` line with its exception: a bar with no blank before it is no service column", () => {
    const log = [
      '6|2019-10-08T21:43:08.3616321+00:00|ERROR|2|App|Connect failed',
      'System.Net.Sockets.SocketException (10061): No connection could be made',
      '7|2019-10-08T21:43:09.3616321+00:00|INFO|2|App|retrying',
    ].join('\n');
    expect(count(log)).toBe(2);
  });

  it('finds the record an offset falls in', () => {
    const text = 'one\ntwo\nthree';
    const records = splitRecords(text);
    expect(recordAt(records, text.indexOf('two'))).toBe(1);
    expect(recordAt(records, text.length + 5)).toBe(-1);
  });

  it('reads a large log in linear time', () => {
    const line = '2024-05-02 10:01:00 ERROR connect ECONNREFUSED 10.0.0.7:5432\n';
    const started = Date.now();
    expect(count(line.repeat(50_000))).toBe(50_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe("a line's prefix, read past as a record's shape is", () => {
  const { core } = testCore();
  const counts = (text: string) =>
    Object.fromEntries(core.scan(text, 'en').findings.map((f) => [f.id, f.count]));
  const lines = (text: string) => (core.scan(text, 'en').reply?.sections[0]?.text ?? '').split('\n');

  it('counts the errors of a paste quoted in a chat (`> ` before every line) as it counts them unquoted', () => {
    // Discord and Slack quote a paste with `>` before every line: a Node error object's indented
    // lines (`  code: 'ECONNREFUSED'`) and a chained Python traceback are still one failure each.
    const node = [
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {',
      '  errno: -111,',
      "  code: 'ECONNREFUSED',",
      "  syscall: 'connect',",
      '  port: 5432',
      '}',
      'Error: getaddrinfo ENOTFOUND redis',
      '    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {',
      "  code: 'ENOTFOUND',",
      "  hostname: 'redis'",
      '}',
    ].join('\n');
    for (const paste of [node, corpusPaste('more-033')]) {
      const plain = counts(paste);
      for (const quote of ['> ', '>']) {
        const quoted = paste.replace(/^/gm, quote);
        expect(counts(quoted)).toEqual(plain);
        for (const size of [7, 1000])
          expect(scanInPieces(core, quoted, size)).toEqual(core.scan(quoted, 'en'));
      }
    }
    expect(lines(node.replace(/^/gm, '> ')).filter((l) => /^\d+\./.test(l))).toEqual([
      expect.stringMatching(/^1\. 10061 WSAECONNREFUSED ×1 /),
      expect.stringMatching(/^2\. 11001 WSAHOST_NOT_FOUND ×1 /),
    ]);
  });

  it.each([
    ['concurrently', '[0] '],
    ['concurrently with names', '[api] '],
    ['kubectl logs --prefix', '[pod/api-7d9c/api] '],
    ['pm2 logs', '0|server   | '],
  ])('counts a Node error under the line prefix of %s as it counts it bare', (_, prefix) => {
    const node = [
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
      '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {',
      '  errno: -111,',
      "  code: 'ECONNREFUSED',",
      '  port: 5432',
      '}',
      'Error: getaddrinfo ENOTFOUND redis',
    ].join('\n');
    const paste = node.replace(/^/gm, prefix);
    expect(counts(paste)).toEqual(counts(node));
    for (const size of [7, 1000]) expect(scanInPieces(core, paste, size)).toEqual(core.scan(paste, 'en'));
  });

  it("gives the words after a timestamped log's closing code fence no time of the log (c224-024)", () => {
    // A Redis client's stamped line inside a fence, then the writer's words after it: the refusal
    // they tell of was seen when Redis was restarted by hand, not at the reset's 15:28:56.
    const paste = corpusPaste('c224-024');
    // The title and the opening fence, the stamped line, then the closing fence and the words after it.
    expect(splitRecords(paste).map((r) => timestampOf(paste, r)?.time ?? null)).toEqual([
      null,
      null,
      '15:28:56',
      null,
    ]);
    expect(lines(paste).filter((l) => /^\d+\./.test(l))).toEqual([
      expect.stringMatching(/^1\. 15:28:56 10054 WSAECONNRESET ×2 /),
      expect.stringMatching(/^2\. 10061 WSAECONNREFUSED ×1 /),
    ]);
    for (const size of [7, 1000]) expect(scanInPieces(core, paste, size)).toEqual(core.scan(paste, 'en'));
    // Quoted in a chat, the fence is read as the same.
    const quoted = paste.replace(/^/gm, '> ');
    for (const size of [7, 1000]) expect(scanInPieces(core, quoted, size)).toEqual(core.scan(quoted, 'en'));
  });

  it("counts each of Vagrant's retried warnings under its machine column (c153-003, c153-005)", () => {
    // `    default: Warning: Connection reset. Retrying...` is a message of Vagrant's own, under the
    // `==> default:` line: a boot loop of seven warnings was one reset and one abort, as if once.
    const loop = corpusPaste('c153-003');
    expect(lines(loop).filter((l) => /^\d+\./.test(l))).toEqual([
      expect.stringMatching(/^1\. 10054 WSAECONNRESET ×4 /),
      expect.stringMatching(/^2\. 10053 WSAECONNABORTED ×3 /),
    ]);
    const refused = corpusPaste('c153-005');
    expect(counts(refused)).toEqual({ '10061': 3 });
    expect(core.scan(refused, 'en').reply?.footer).toContain('Seen 3 times in this paste');
    expect(core.scan(refused, 'zh-TW').reply?.footer).toContain('這個錯誤出現了 3 次');
    // A provisioner's stack under the column is still one failure, its message and its cause.
    const stack = [
      '==> default: Running provisioner: shell...',
      '    default: java.net.ConnectException: Connection refused',
      '    default:     at java.net.PlainSocketImpl.socketConnect(Native Method)',
      '    default: Caused by: java.net.ConnectException: Connection refused',
      '    default: Warning: Connection refused. Retrying...',
    ].join('\n');
    expect(counts(stack)).toEqual({ '10061': 2 });
    for (const paste of [loop, refused, stack, loop.replace(/^/gm, '> ')])
      for (const size of [7, 1000]) expect(scanInPieces(core, paste, size)).toEqual(core.scan(paste, 'en'));
  });

  it('keeps an error object whose fields are indented four spaces as one failure', () => {
    const node = [
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
      '    errno: -111,',
      "    code: 'ECONNREFUSED',",
      "    syscall: 'connect',",
      'Error: getaddrinfo ENOTFOUND redis',
    ].join('\n');
    expect(counts(node)).toEqual({ '10061': 1, '11001': 1 });
  });

  it("counts Node's unhandled error once, with the fields under its `Emitted 'error' event` line", () => {
    // What `node server.js` prints when the port is taken: one failure, not two.
    const crash = [
      'node:events:491',
      "      throw er; // Unhandled 'error' event",
      '      ^',
      '',
      'Error: listen EADDRINUSE: address already in use :::3000',
      '    at Server.setupListenHandle [as _listen2] (node:net:1740:16)',
      '    at Server.listen (node:net:1876:7)',
      "Emitted 'error' event on Server instance at:",
      '    at emitErrorNT (node:net:1767:8)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:82:21) {',
      "  code: 'EADDRINUSE',",
      '  errno: -98,',
      "  syscall: 'listen',",
      "  address: '::',",
      '  port: 3000',
      '}',
    ].join('\n');
    expect(counts(crash)).toEqual({ '10048': 1 });
    for (const size of [7, 1000]) expect(scanInPieces(core, crash, size)).toEqual(core.scan(crash, 'en'));
  });

  it('counts a Node error whose fields lost their indentation once (more-062, c33-049, c75-057)', () => {
    for (const id of ['more-062', 'c33-049', 'c75-057', 'c200-011']) {
      const paste = corpusPaste(id);
      expect(
        core.scan(paste, 'en').findings.map((f) => f.count),
        id,
      ).toEqual([1]);
      expect(core.scan(paste, 'en').reply?.footer ?? '', id).not.toMatch(/Seen \d+ times/);
      for (const size of [7, 1000]) expect(scanInPieces(core, paste, size)).toEqual(core.scan(paste, 'en'));
    }
    // Two failures are still two.
    const two = [
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
      'errno: -111,',
      'Error: connect ECONNREFUSED 127.0.0.1:5432',
    ];
    expect(counts(two.join('\n'))).toEqual({ '10061': 2 });
  });
});
