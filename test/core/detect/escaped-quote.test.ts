import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isConsoleLine } from '../../../src/core/detect/escaped-quote.js';
import { dropInvisible } from '../../../src/core/detect/invisible.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, readInPieces } from '../../helpers/detect.js';

describe("detection of a JSON log's escaped quotes", () => {
  it("reads an escaped quote as the quote, and an escaped backslash's quote as the string's end", () => {
    expect(dropInvisible('{"msg":"raise E(\\"x\\")"}').text).toBe('{"msg":"raise E("x")"}');
    expect(dropInvisible('{"path":"C:\\\\"}').text).toBe('{"path":"C:\\\\"}');
    expect(dropInvisible('{"q":"\\\\\\"x"}').text).toBe('{"q":"\\\\"x"}');
  });

  it('keeps every character of a line a console broke at its width, so the break is still seen', () => {
    const line = `${'x'.repeat(70)}\\"abcdefgh`;
    expect(line).toHaveLength(80);
    expect(dropInvisible(`${line}\nrest`).text).toBe(`${line}\nrest`);
    expect(dropInvisible(`${line}z\nrest`).text).toBe(`${'x'.repeat(70)}"abcdefghz\nrest`);
  });

  it('reads escaped quotes in the first 256 KiB only, and points past them to where a mention stands', () => {
    const filler = `GET "/u/1" 200\n`.repeat(20_000);
    const text = `{"msg":"\\"a\\""}\n${filler}x \\"y\\" Error: read ECONNRESET\n`;
    const { text: read, dropped } = dropInvisible(text);
    expect(dropped).toEqual([8, 11]);
    expect(read.slice(-40)).toBe(text.slice(-40));
    expect(detectErrors(text)).toMatchObject([{ id: '10054', index: text.indexOf('ECONNRESET') }]);
  });

  it("keeps Python's source line of a closed transport no network error in a JSON log (corpus c19-177)", () => {
    const paste = corpusPaste('c19-177');
    expect(detectErrors(paste)).toEqual([]);
    expect(detectErrors(JSON.stringify({ level: 'error', msg: paste }))).toEqual([]);
  });

  it('finds the same read piece by piece, quotes, backslashes and console lines cut between pieces, as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 300; i++)
      lines.push(
        i % 40 === 7 ? 'Error: connect ECONNREFUSED 10.0.0.5:5432' : `GET "/u/${i}${'\\'.repeat(i % 35)}"`,
      );
    const json = JSON.stringify({ msg: lines.join('\n') });
    // The same log as an 80-column terminal shows it, broken at its width.
    const wrapped = json.replace(/.{80}/g, '$&\n');
    for (const text of [json, wrapped]) {
      const whole = detect(text);
      expect(whole.map((f) => f.id)).toEqual(['10061']);
      for (const size of [4099, 7, 3, 1]) {
        expect(readInPieces(detect, text, size), `pieces of ${size}`).toEqual(whole);
      }
    }
  });
});

describe('isConsoleLine', () => {
  /** The line's ends searched to wherever they are, as it was before the search was bounded. */
  function anyLengthConsoleLine(s: string, at: number, start: boolean, end: boolean): boolean {
    const from = s.lastIndexOf('\n', at - 1) + 1;
    if (from === 0 && !start) return false;
    let to = s.indexOf('\n', at);
    if (to < 0) {
      if (!end) return false;
      to = s.length;
    }
    return [80, 120].includes(to - from - (s.charCodeAt(to - 1) === 13 ? 1 : 0));
  }
  /** Lines of a console's width, one longer or shorter, and far longer, with or without `\r`. */
  const lines = fc
    .array(
      fc.tuple(
        fc.constantFrom(0, 1, 79, 80, 81, 119, 120, 121, 127, 128, 129, 300),
        fc.constantFrom('\n', '\r\n'),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.map(([n, end]) => `${'\\"'.repeat(n >> 1)}${'x'.repeat(n & 1)}${end}`).join(''));

  it('says of every character of any text what reading its whole line says', () => {
    fc.assert(
      fc.property(lines, fc.boolean(), fc.boolean(), fc.nat(), fc.nat(), (text, start, end, cut, at) => {
        const s = text.slice(0, cut % (text.length + 1));
        const i = s.length === 0 ? 0 : at % s.length;
        expect(isConsoleLine(s, i, start, end)).toBe(anyLengthConsoleLine(s, i, start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a long line of escaped quotes as the quotes alone', () => {
    const text = '\\"'.repeat(1 << 16);
    expect(dropInvisible(text).text).toBe('"'.repeat(1 << 16));
  });
});
