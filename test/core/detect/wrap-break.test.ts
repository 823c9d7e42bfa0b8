import { describe, expect, it } from 'vitest';
import { endsInWrap } from '../../../src/core/detect/wrap-break.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { highIds, readInPieces } from '../../helpers/detect.js';

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

  it('keeps a line of any other width whole', () => {
    expect(firstBreakWraps(`${'x'.repeat(81)}\n${'y'.repeat(30)}`)).toBe(false);
    expect(firstBreakWraps(`${'x'.repeat(119)}\nyz`)).toBe(false);
    expect(firstBreakWraps(`${'x'.repeat(300)}\nyz`)).toBe(false);
    expect(firstBreakWraps('\nyz')).toBe(false);
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

  it("keeps two lines apart when the second one's first word fitted on the first", () => {
    expect(
      highIds('java.net.UnknownHostException: db.internal\nNo address associated with hostname'),
    ).toEqual(['11001', '11004']);
  });
});
