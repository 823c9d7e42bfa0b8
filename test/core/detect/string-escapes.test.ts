import { describe, expect, it } from 'vitest';
import { readStringEscapes } from '../../../src/core/detect/string-escapes.js';
import { createDetector } from '../../../src/core/index.js';
import { realData } from '../../helpers/core.js';
import { corpusPaste } from '../../helpers/corpus.js';
import { detectErrors, highIds, readInPieces } from '../../helpers/detect.js';

/** A paste as a structured log carries it: the whole text as one JSON string field. */
const asJsonLog = (text: string) => `{"level":"error","msg":${JSON.stringify(text)}}`;

describe('readStringEscapes', () => {
  it('reads line breaks, tabs and quotes escaped in a string as what they stand for, keeping the length', () => {
    const text = String.raw`failed\n\tat "x"\r\n said \"no\"`;
    const read = readStringEscapes(text);
    expect(read).toBe(`failed\r\n \tat "x"\r\r\r\n said  "no "`);
    expect(read).toHaveLength(text.length);
  });

  it('reads an escaped line break as a CRLF, so the line before it keeps its width as written', () => {
    const line = 'x'.repeat(80);
    const [first] = readStringEscapes(`${line}\\n${line}`).split('\n');
    expect(first?.replace(/\r$/, '')).toBe(line);
    // And an escaped CRLF as carriage returns only before the break.
    const [windows] = readStringEscapes(`${line}\\r\\n${line}`).split('\n');
    expect(windows?.replace(/\r+$/, '')).toBe(line);
  });

  it('reads an escaped backslash as one, so the letter after it is no escape', () => {
    expect(readStringEscapes(String.raw`C:\\nginx\\conf`)).toBe(String.raw`C:\ nginx\ conf`);
  });

  it('returns a text with no escape as it is, and changes nothing on a second reading of any part', () => {
    const plain = String.raw`C:\Program Files\app.exe Connection refused`;
    expect(readStringEscapes(plain)).toBe(plain);
    const read = readStringEscapes(String.raw`a\\\n b\\\\"c\"`);
    for (let i = 0; i < read.length; i++) expect(readStringEscapes(read.slice(i))).toBe(read.slice(i));
  });
});

describe('detection in a paste carried as an escaped string', () => {
  it('reads a text that starts right after an escaped line break', () => {
    expect(highIds(String.raw`{"msg":"upstream failed\nConnection reset by peer"}`)).toEqual(['10054']);
  });

  it('reads an errno right after an escaped line break as the number alone', () => {
    const [finding] = detectErrors(String.raw`{"msg":"request failed\nerrno 111"}`);
    expect(finding?.match).toBe('errno 111');
  });

  it('reads real pastes as a JSON log carries them as it reads them plain', () => {
    // dev c130-002 (Db2's SQL30081N, its errno on a later line), c155-008 (.NET's resolver text after a blank line).
    for (const id of ['c130-002', 'c155-008']) {
      const paste = corpusPaste(id);
      expect(highIds(asJsonLog(paste)), id).toEqual(highIds(paste));
      expect(highIds(paste), id).not.toEqual([]);
    }
  });

  it("mends a console's breaks in a paste a JSON log carries as it mends them plain", () => {
    // dev c59-059 (`socket a` / `ddress`), c214-016 (`could be m` / `ade`), c16-112 (`valid, bu` / `t no
    // data`), c65-012 (`is:Con` / `nection refused`), c139-001 (`Connection w` / `as reset`), c164-001
    // (`"S` / `oftware caused`): each line was read one column wider than the console's, the blank an
    // escaped line break was read with, so no break of it was a console's.
    for (const id of ['c59-059', 'c214-016', 'c16-112', 'c65-012', 'c139-001', 'c164-001']) {
      const paste = corpusPaste(id);
      expect(highIds(asJsonLog(paste)), id).toEqual(highIds(paste));
      expect(highIds(paste), id).not.toEqual([]);
    }
  });

  it("mends them as plain when the JSON log carries Windows' line ends, `\\r\\n`", () => {
    // A .NET service's JSON log writes an exception's Environment.NewLine as `\r\n`.
    for (const id of ['c59-059', 'c214-016', 'c16-112', 'c65-012', 'c139-001', 'c164-001']) {
      const paste = corpusPaste(id);
      expect(highIds(asJsonLog(paste.replace(/\n/g, '\r\n'))), id).toEqual(highIds(paste));
    }
    expect(detectErrors(asJsonLog(corpusPaste('c73-074').replace(/\n/g, '\r\n')))).toEqual([]);
  });

  it("reads a rule's line break in a JSON log as in the paste plain", () => {
    // dev c73-074: libmodbus's `ERROR Connection timed out` with its `: select` on the next line, no
    // network error plain; the escape's blank before the break kept the rule from matching.
    const paste = corpusPaste('c73-074');
    expect(detectErrors(paste)).toEqual([]);
    expect(detectErrors(asJsonLog(paste))).toEqual([]);
  });

  it('finds the same in a long JSON log read piece by piece as read whole', () => {
    const detect = createDetector(realData().catalog.entries, realData().rules);
    const lines: string[] = [];
    for (let i = 0; i < 20000; i++)
      lines.push(
        i % 613 === 0
          ? asJsonLog(`upstream C:\\\\srv\\\\${i} failed\nConnection reset by peer`)
          : asJsonLog(`GET /u/${i} "ok"`),
      );
    const text = lines.join('\n');
    for (const size of [1 << 13, 4099]) {
      expect(readInPieces(detect, text, size)).toEqual(detect(text));
    }
    expect(detect(text).map((f) => f.id)).toContain('10054');
  });
});
