import { describe, expect, it } from 'vitest';
import { holdBackFrom } from '../../../src/core/detect/invisible.js';
import { readLayout } from '../../../src/core/detect/layout.js';
import { maskLinePrefixes } from '../../../src/core/detect/line-prefixes.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';
import { prefixLines } from '../../helpers/texts.js';

// dev c11-005: Terraform's gRPC error with Windows' 10060 text wrapped by the runtime onto three lines.
const WRAPPED = corpusPaste('c11-005');

describe('maskLinePrefixes', () => {
  it("replaces Compose's, kubectl's, a process manager's, GitHub Actions' and a chat quote's prefixes with as many spaces", () => {
    const text = [
      'api-1  | dial tcp: i/o timeout',
      '[pod/api-7d9f/api] read: connection reset by peer',
      '[web] Error: read ECONNRESET',
      '[1] Error: connect ETIMEDOUT',
      '2026-01-05T10:00:00.1234567Z connect ECONNREFUSED',
      '> Connection refused',
    ].join('\n');
    const masked = maskLinePrefixes(text, 0);
    expect(masked.split('\n').map((line) => line.trimStart())).toEqual([
      'dial tcp: i/o timeout',
      'read: connection reset by peer',
      'Error: read ECONNRESET',
      'Error: connect ETIMEDOUT',
      'connect ECONNREFUSED',
      'Connection refused',
    ]);
    expect(masked).toHaveLength(text.length);
  });

  it("replaces journalctl's and syslog's time, host and tag, colon and all, with blanks, and says a tag stood there", () => {
    const text = [
      'Feb 02 00:33:25 core-master named[445979]: network unreachable resolving',
      'Feb  2 00:33:26 node2 corosync[3656]: [TOTEM ] Failed to send',
      '2026-12-06T10:00:00+0100 web-1 app[123]: read ECONNRESET',
      '2015-05-05T17:04:23.371024+00:00 app[web.1]: DalliError: No server available',
    ].join('\n');
    const masked = maskLinePrefixes(text, 0);
    expect(masked.split('\n').map((line) => line.replace(/ +/, ' '))).toEqual([
      ' network unreachable resolving',
      ' [TOTEM ] Failed to send',
      ' read ECONNRESET',
      ' DalliError: No server available',
    ]);
    expect(masked).toHaveLength(text.length);
    expect(readLayout(text).tagged).toBe(true);
    expect(readLayout(prefixLines('read ECONNRESET', 'api-1  | ')).tagged).toBe(false);
  });

  it("reads a prefix after a paste's indentation, as Markdown's code block shows a journalctl paste", () => {
    const text =
      '    Dec 06 10:00:00 host app[123]: read ECONNRESET\n    Dec 06 10:00:01 host app[123]: retrying';
    const masked = maskLinePrefixes(text, 0);
    expect(masked.split('\n').map((line) => line.replace(/ +/, ' '))).toEqual([
      ' read ECONNRESET',
      ' retrying',
    ]);
    expect(readLayout(text)).toMatchObject({ prefixed: true, tagged: true });
    // c134-037 (negative): got's retry list one code a line under journald prefixes, indented.
    expect(detectErrors(prefixLines(corpusPaste('c134-037')))).toEqual([]);
  });

  it('leaves a syslog-like line whose tag has no process id as it is: the words may be the message', () => {
    expect(readLayout('Jun 29 07:23:19 ERROR Connection: refused').prefixed).toBe(false);
  });

  it('leaves a log level, a bracket with a space inside, an address, or a bracket inside a line as it is', () => {
    const text =
      "[ERROR] Connection in use: ('0.0.0.0', 80)\n[Errno 111] Connection refused\n[::1]:443 refused\nfailed: [api] down";
    expect(readLayout(text).prefixed).toBe(false);
    expect(maskLinePrefixes(text, 0)).toBe(text);
  });

  it("leaves a logger's own timestamp and a shell pipe inside a line as they are", () => {
    const text = '2025-03-17T10:51:40.174Z INFO ok\n2022-09-23T09:48:36.017626Z ERROR x\nrun: cat x | grep y';
    expect(readLayout(text).prefixed).toBe(false);
    expect(maskLinePrefixes(text, 0)).toBe(text);
  });

  it("is decided by a text's first lines: a sentence before a quoted paste still counts", () => {
    expect(readLayout('this is what I get:\n\n> Connection refused').prefixed).toBe(true);
    expect(readLayout(`${'line\n'.repeat(8)}> Connection refused`).prefixed).toBe(false);
  });
});

describe('detection in a paste copied with a log viewer prefix or quoted in a chat', () => {
  it('reads a message the runtime wrapped onto three lines, under each prefix, as in the plain paste', () => {
    expect(highIds(WRAPPED)).toEqual(['10060']);
    const prefixes = [
      'api-1  | ',
      '[pod/api-7d9f/api] ',
      '[tilemill] ',
      '2026-01-05T10:00:00.1234567Z ',
      '2026-01-05T10:00:00.123456789Z ',
      '2023-07-11T00:58:21.95404016+02:00 ',
      '2026-01-05T10:00:00.1234567Z api-1  | ',
      '> ',
      'Dec 06 10:00:00 host app[123]: ',
    ];
    for (const prefix of prefixes) expect(highIds(prefixLines(WRAPPED, prefix)), prefix).toEqual(['10060']);
  });

  it('points to the mention where it stands in the pasted text', () => {
    const text = prefixLines('Error: read ECONNRESET\n    at TCP.onStreamRead', 'web-1  | ');
    const [finding] = detectErrors(text);
    expect(finding?.index).toBe(text.indexOf('ECONNRESET'));
  });

  it('finds the same in a long prefixed log read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 20000; i++) lines.push(i % 500 === 7 ? WRAPPED : `GET /u/${i} 200`);
    const text = prefixLines(lines.join('\n'), 'api-1  | ');
    for (const size of [1 << 13, 4099]) {
      expect(readInPieces(detect, text, size)).toEqual(detect(text));
    }
    expect(detect(text).map((f) => f.id)).toContain('10060');
  });
});

/** Each line of a text as Docker's json-file log driver writes it: a JSON record a line. */
const dockerJsonFile = (text: string) =>
  text
    .split('\n')
    .map(
      (line) =>
        `{"log":${JSON.stringify(`${line}\n`)},"stream":"stderr","time":"2026-01-05T10:00:00.123456789Z"}`,
    )
    .join('\n');

describe("detection in Docker's json-file log", () => {
  it('reads the record around each line as blank: a message wrapped onto three lines is read whole', () => {
    const text = dockerJsonFile(WRAPPED);
    expect(readLayout(text).prefixed).toBe(true);
    expect(highIds(text)).toEqual(['10060']);
  });

  it("keeps what a rule reads near a mention within reach: .NET's cancellation stays no network error", () => {
    // dev c117-031 (negative): TaskCanceledException three lines above `SocketException (125)`;
    // with seventy characters of record around each line it fell outside the rule's 300.
    const paste = corpusPaste('c117-031');
    expect(detectErrors(paste)).toEqual([]);
    expect(detectErrors(dockerJsonFile(paste))).toEqual([]);
  });

  it('points to the mention where it stands in the record, read whole or seven characters at a time', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const text = dockerJsonFile('starting\nError: read ECONNRESET\n    at TCP.onStreamRead');
    const whole = detect(text);
    expect(whole).toMatchObject([{ id: '10054', index: text.indexOf('ECONNRESET') }]);
    expect(readInPieces(detect, text, 7)).toEqual(whole);
  });

  it('never cuts a record between two reads of a stream, wherever a piece ends', () => {
    const text = dockerJsonFile('a\r\nb "c" \\\nd');
    const parts = [...text.matchAll(/\{"log":"|(?:\\r)?\\n","stream":"stderr","time":"[^"]+"\}/g)];
    expect(parts).toHaveLength(6);
    for (let end = 1; end <= text.length; end++) {
      const cut = holdBackFrom(text.slice(0, end), 0);
      const split = parts.find((m) => m.index < cut && cut < m.index + m[0].length);
      expect(split, `a piece ending at ${end}`).toBeUndefined();
    }
  });

  it('reads a paste of records seven, three or one characters at a time as the whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const text = dockerJsonFile(corpusPaste('c117-031'));
    for (const size of [7, 3, 1]) {
      expect(readInPieces(detect, text, size), `pieces of ${size}`).toEqual([]);
    }
  });

  it('leaves a record in the middle of a line as it is', () => {
    const text = 'got {"log":"x","stream":"stdout","time":"2026-01-05T10:00:00Z"} here';
    expect(maskLinePrefixes(text, 0)).toBe(text);
  });

  it('finds the same in a long json-file log read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) lines.push(i % 500 === 7 ? WRAPPED : `GET /u/${i} 200`);
    const text = dockerJsonFile(lines.join('\n'));
    for (const size of [1 << 13, 4099]) {
      expect(readInPieces(detect, text, size)).toEqual(detect(text));
    }
    expect(detect(text)).toMatchObject([{ id: '10060', confidence: 'high' }]);
  });
});
