import { describe, expect, it } from 'vitest';
import { lineBefore } from '../../../src/core/detect/line-before.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';
import { breakLines, prefixLines } from '../../helpers/texts.js';

/** `lineBefore` at the end of `text`. */
const readBefore = (text: string) => lineBefore(text, text.length);

describe('lineBefore', () => {
  it('reads on into the lines above while lines start with whitespace', () => {
    expect(readBefore('Error: connect failed\n\tat Socket.x\n\t\tcaused by: ')).toBe(
      'error: connect failed at socket.x caused by: ',
    );
    expect(readBefore('    Push/Pull failed: dial\n tcp 10.0.0.1:8301: ')).toBe(
      ' push/pull failed: dial tcp 10.0.0.1:8301: ',
    );
  });

  it('stops at a line above indented alike by two or more', () => {
    expect(readBefore('    Connecting to tcp\n    Error: ')).toBe(' error: ');
    expect(readBefore('  Connecting to tcp\n  Error: ')).toBe(' error: ');
  });

  it('passes over a line of blanks and compares the lines around it', () => {
    expect(readBefore(`    Waiting connect\n${' '.repeat(60)}\n    Error: `)).toBe(' error: ');
    expect(readBefore(`  Waiting connect\n${' '.repeat(60)}\n    Error: `)).toBe(' waiting connect error: ');
  });

  it('reads on past lines indented alike by one space, what a wrap leaves', () => {
    expect(readBefore('lookup\n consul on 10.43.0.10:53: no su\n ')).toBe(
      'lookup consul on 10.43.0.10:53: no su ',
    );
  });

  it('reads on into a line above indented alike when that one ends with a colon', () => {
    expect(readBefore('    dial tcp: lookup db on 127.0.0.1:53:\n    ')).toBe(
      ' dial tcp: lookup db on 127.0.0.1:53: ',
    );
  });

  it('reads on into a line above that ends with a colon, however both start', () => {
    expect(readBefore('Get "https://10.0.0.5:6443/version": dial tcp 10.0.0.5:6443:\n')).toBe(
      'get "https://10.0.0.5:6443/version": dial tcp 10.0.0.5:6443: ',
    );
    expect(readBefore('dial tcp 10.0.0.5:6443\n')).toBe('');
  });

  it("reads on into a line above of exactly a console's width, however the line starts", () => {
    const above = `${'x'.repeat(67)} lookup db on`;
    expect(above).toHaveLength(80);
    expect(readBefore(`${above}\n10.43.0.10:53: `)).toBe(`${above} 10.43.0.10:53: `.toLowerCase());
    expect(readBefore(`${above}x\n10.43.0.10:53: `)).toBe('10.43.0.10:53: ');
  });

  it('reads on into a line above that a wrap between words ended: the first word under it did not fit', () => {
    // 68 columns, and `10.192.64.1:53:` would have made it 84: wrapped at 80 (corpus c11-013).
    const above = 'Unable to connect to the server: dial tcp: lookup api.example.com on';
    expect(readBefore(`${above}\n10.192.64.1:53: `)).toBe(`${above} 10.192.64.1:53: `.toLowerCase());
    // A first word that would have fit on the line above: that line ended where its writer ended it.
    expect(readBefore(`${above}\nno: `)).toBe('no: ');
    expect(readBefore(`${'x'.repeat(81)}\n10.192.64.1:53: `)).toBe('10.192.64.1:53: ');
  });

  it('reads on into a line a wrap between words ended when the phrase is the first word under it', () => {
    // WinSCP's `Network error: Connection to "<host>" timed out.` wrapped before `timed` (c126-015).
    const text = 'WinSCP.SessionRemoteException: Network error: Connection to "192.168.1.100"\ntimed out.';
    expect(lineBefore(text, text.indexOf('timed'))).toBe(
      'winscp.sessionremoteexception: network error: connection to "192.168.1.100" ',
    );
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads on into a mended console line whose line above, longer by the word moved up, starts over 200 characters back', () => {
    // dev c16-083 and c176-021 at 80 columns: a URL's rest was moved up, the line under it holds Go's
    // `dial tcp: lookup`, and the phrase under that one (`…: i/o timeout`) is a resolver's timeout.
    for (const id of ['c16-083', 'c176-021']) {
      const paste = corpusPaste(id);
      expect(highIds(breakLines(paste)), id).toEqual(['11002']);
      expect(highIds(paste), id).toEqual(['11002']);
    }
  });

  it("reads on into the line above a log's next record only when its first word holds no time", () => {
    const above = `2025-03-17T10:51:40.174Z INFO [db] connect to 10.0.0.5:5432 started at`;
    expect(readBefore(`${above}\n2025-03-17T10:51:41.002Z ERROR: `)).toBe('2025-03-17t10:51:41.002z error: ');
  });

  it('takes a line above that starts more than 200 characters back as indented alike', () => {
    expect(readBefore(`    ${'x'.repeat(250)} connect\n    Error: `)).toBe(' error: ');
  });
});

describe('detection of a paste indented as a whole', () => {
  it("reads no timeout from a connect on the line above (Oracle's lsnrctl, dev c7-049)", () => {
    const text = corpusPaste('c7-049');
    expect(highIds(text)).toEqual([]);
    expect(highIds(prefixLines(text))).toEqual([]);
    expect(highIds(prefixLines(text, '> '))).toEqual([]);
  });

  it("reads no timeout from Ray's connect failure on the line above (dev c81-026)", () => {
    expect(highIds(prefixLines(corpusPaste('c81-026')))).toEqual([]);
  });

  it("keeps a not-error's line break when the line after it is indented (dev c73-074)", () => {
    expect(detectErrors(prefixLines('ERROR Connection timed out\n: select'))).toEqual([]);
  });

  it("still reads Terraform's chain of errors wrapped after its colons (dev c35-122)", () => {
    const text = corpusPaste('c35-122');
    const reading = (t: string) => detectErrors(t).map((f) => `${f.id}@${f.confidence}`);
    expect(reading(text)).toEqual(['11001@high']);
    expect(reading(prefixLines(text))).toEqual(['11001@high']);
  });

  it('reads a Go error wrapped between words after its colon', () => {
    // dev c11-024 as a mailer or an editor wraps it at 80 columns.
    const text =
      'Error: Kubernetes cluster unreachable: Get\n"https://192.168.0.224:6443/version?timeout=32s": dial tcp 192.168.0.224:6443:\ni/o timeout';
    expect(highIds(text)).toEqual(['10060']);
  });

  it('reads a Go error wrapped between words at 80 columns, where no colon ends the line', () => {
    // dev c11-013 as a mailer, an editor or `fold -s` wraps it.
    const text =
      'Unable to connect to the server: dial tcp: lookup api.example.com on\n10.192.64.1:53: no such host';
    expect(highIds(text)).toEqual(['11001']);
  });

  it("still reads mongodb-core's own timer as no network error, wrapped at 80 columns (dev c36-124)", () => {
    const text = corpusPaste('c36-124').replace(/(.{1,80})( |$)/gm, '$1\n');
    expect(text.split('\n').length).toBeGreaterThan(2);
    expect(detectErrors(text)).toEqual([]);
  });

  it('reads a Go error a console broke at 80 columns', () => {
    const go =
      'Error: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 10.43.0.10:53: no such host';
    const wrapped = (text: string) => text.replace(/(.{80})(?=.)/g, '$1\n');
    expect(highIds(wrapped(go))).toEqual(['11001']);
  });

  it('finds the same in a long indented log read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const block = [
      'Connecting to (ADDRESS=(PROTOCOL=tcp)(HOST=)(PORT=1521))',
      'TNS-12535: TNS:operation timed out',
      `${'y'.repeat(230)} dial tcp: lookup db on 127.0.0.1:53:`,
      '    no such host',
      'read tcp 10.0.0.1:5000->10.0.0.2:80: read: operation timed out',
      // 80 columns once indented: the line below continues it.
      `${'z'.repeat(32)} dial tcp: lookup db on 10.43.0.10:53: no su`,
      'ch host',
    ].join('\n');
    const text = prefixLines(Array.from({ length: 400 }, () => block).join('\n'));
    const whole = detect(text);
    expect(whole.map((f) => f.id).sort()).toEqual(['10060', '11001']);
    for (const size of [4093, 1009]) {
      expect(readInPieces(detect, text, size)).toEqual(whole);
    }
  });
});
