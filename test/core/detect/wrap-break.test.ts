import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../src/core/detect/layout.js';
import { endsInWrap, hasWrapWithin, isMendedConsoleLine } from '../../../src/core/detect/wrap-break.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { anyIds, highIds, readInPieces } from '../../helpers/detect.js';
import { breakLines, wrapWords } from '../../helpers/texts.js';

/** `endsInWrap` at the first line break of `text`. */
const firstBreakWraps = (text: string) => endsInWrap(text, text.indexOf('\n'));

describe('endsInWrap', () => {
  it('takes a line of exactly a console width as broken by the console', () => {
    expect(firstBreakWraps(`${'x'.repeat(80)}\nyz`)).toBe(true);
    expect(firstBreakWraps(`ab\n${'x'.repeat(120)}\nyz`.slice(3))).toBe(true);
    expect(firstBreakWraps(`${'x'.repeat(80)}\r\nyz`)).toBe(true);
  });

  it('takes a line as wrapped between words when the next word would not have fit after it', () => {
    const line = `${'word '.repeat(14)}word`; // 74 columns
    expect(firstBreakWraps(`${line}\n"sis.rutgers.edu": no`)).toBe(true);
    expect(firstBreakWraps(`${line}\nNo address`)).toBe(false);
  });

  it("takes no line as wrapped above a log's next record, which starts with its time", () => {
    const line = `2025-03-17T10:51:40.174Z INFO [db] build 6151 finished in 14764 ms`; // 67 columns
    expect(firstBreakWraps(`${line}\n2025-03-17T10:51:41.002Z ERROR [api] connect failed`)).toBe(false);
    expect(firstBreakWraps(`${line}\n[2025/03/17 10:51:41] ERROR connect failed`)).toBe(false);
    expect(firstBreakWraps(`${line.padEnd(80, '.')}\n10:51:41 ERROR connect failed`)).toBe(false);
    expect(firstBreakWraps(`${line}\n10.192.64.1:53: no such host`)).toBe(true);
  });

  it("takes a mended console line's rest, and the line above holding its moved word, as two console lines", () => {
    // `…code = U` / `navailable desc = … dial ` at 80 columns, mended to `…code = Unavailable` / ` desc = … dial `.
    expect(isMendedConsoleLine(90, 70)).toBe(true);
    expect(isMendedConsoleLine(125, 115)).toBe(true);
    expect(isMendedConsoleLine(80, 80)).toBe(false);
    expect(isMendedConsoleLine(70, 90)).toBe(false);
    const mended = `${'a '.repeat(39)}aUnavailable\n desc = connection error: ${'d'.repeat(44)}\ntcp 10.0.0.1:80`;
    expect(endsInWrap(mended, mended.lastIndexOf('\n'))).toBe(true);
    expect(endsInWrap(mended.replace('\n desc', '\ndesc'), mended.lastIndexOf('\n') - 1)).toBe(false);
  });

  it('takes a line over one that starts with one space, a mended break, as wrapped', () => {
    expect(firstBreakWraps(`${'x'.repeat(95)}\n closed with status`)).toBe(true);
    expect(firstBreakWraps(`${'x'.repeat(95)}\n  File "x.py"`)).toBe(false);
  });

  it('keeps a line of any other width whole', () => {
    expect(firstBreakWraps(`${'x'.repeat(81)}\n${'y'.repeat(30)}`)).toBe(false);
    expect(firstBreakWraps(`${'x'.repeat(119)}\nyz`)).toBe(false);
    expect(firstBreakWraps(`${'x'.repeat(300)}\nyz`)).toBe(false);
    expect(firstBreakWraps('\nyz')).toBe(false);
  });
});

describe('hasWrapWithin', () => {
  it('finds a wrap whose break is in the range, and none outside it', () => {
    const text = `${'x'.repeat(200)}\nshort\nab ${'y'.repeat(77)}\nrest`;
    const broken = text.indexOf('\nab') + 81;
    expect(hasWrapWithin(text, 0, broken)).toBe(false);
    expect(hasWrapWithin(text, broken, broken + 1)).toBe(true);
    expect(hasWrapWithin(text, broken + 1, text.length)).toBe(false);
  });
});

describe('a condition on the line above a mended console line', () => {
  it("reads Go's dial before an i/o timeout two console lines below a mended word (c11-051)", () => {
    expect(highIds(corpusPaste('c11-051'))).toEqual(['10060']);
    expect(highIds(breakLines(corpusPaste('c11-051')))).toEqual(['10060']);
  });
});

describe('readLayout', () => {
  it('says a text is wrapped when a wrap broke one of its first lines', () => {
    expect(readLayout(wrapWords(corpusPaste('c13-103'))).wrapped).toBe(true);
    expect(readLayout(corpusPaste('c13-103')).wrapped).toBe(false);
  });
});

describe("an application's own words broken by a wrap", () => {
  it('still hide the error they print when a wrap broke their line', () => {
    // Sidekiq's `Error fetching message: Connection timed out` above redis-rb's `rescue in io'` frame,
    // and asyncio's bare ConnectionResetError under `in _create_connection_transport`: neither is the OS's.
    for (const id of ['c13-103', 'c156-048']) {
      expect(anyIds(corpusPaste(id))).toEqual([]);
      expect(anyIds(wrapWords(corpusPaste(id)))).toEqual([]);
    }
  });

  it('do not hide it when no wrap broke the lines where they are split', () => {
    const text = "Error fetching message: Connection timed out\nlib/redis/client.rb:222:in `rescue in\nio'";
    expect(readLayout(text).wrapped).toBe(false);
    expect(highIds(text)).toEqual(['10060']);
  });
});

describe('one mention across a wrapped line', () => {
  const android =
    'java.net.UnknownHostException: Unable to resolve host "sis.rutgers.edu": No address associated with hostname';
  const detect = createDetector(realData().catalog.entries, realData().rules);

  it('reads the specific error alone when a wrap between words broke the line', () => {
    const line = `java.lang.Exception: ${android}`;
    const wrapped = line.replace(' "sis', '\n"sis'); // 75 columns, and the host's 18 would not fit
    expect(highIds(line)).toEqual(['11004']);
    expect(highIds(wrapped)).toEqual(['11004']);
  });

  it('reads the specific error alone when a console broke the line at 80 columns', () => {
    // 80 columns end right before the host: a break between words, which no mending joins.
    const broken = `E/SyncAdapter(2461): Fail: ${android}`.replace(/^(.{80}) /, '$1\n');
    expect(broken.indexOf('\n')).toBe(80);
    expect(highIds(broken)).toEqual(['11004']);
    const streamed = readInPieces(detect, `${'I/Noise: line\n'.repeat(2000)}${broken}`, 4096);
    expect(streamed.filter((f) => f.confidence === 'high').map((f) => f.id)).toEqual(['11004']);
  });

  it('reads the specific error alone across lines of an Android log a console broke and sockerr mended (c167-049)', () => {
    expect(highIds(corpusPaste('c167-049'))).toEqual(['11004']);
    expect(highIds(breakLines(corpusPaste('c167-049')))).toEqual(['11004']);
  });

  it("keeps two lines apart when the second one's first word fitted on the first", () => {
    expect(
      highIds('java.net.UnknownHostException: db.internal\nNo address associated with hostname'),
    ).toEqual(['11001', '11004']);
  });
});
