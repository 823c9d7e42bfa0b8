import { describe, expect, it } from 'vitest';
import {
  countReplaced,
  explainNul,
  explainReplaced,
  newNulTally,
  tallyNul,
} from '../../../src/adapters/terminal/encoding-hint.js';

describe('the hint for a log in another encoding', () => {
  it('counts the characters that stood for undecodable bytes', () => {
    expect(countReplaced('a\uFFFDb\uFFFD\uFFFD')).toBe(3);
    expect(countReplaced('plain text')).toBe(0);
  });

  it('counts NUL characters alone, in pairs and in runs, at either end of a text', () => {
    const count = (text: string) => {
      const tally = newNulTally();
      tallyNul(text, 0, tally);
      return tally.total;
    };
    expect(count('a\0b\0\0c')).toBe(3);
    expect(count(`${'\0'.repeat(70_000)}log line\n${'\0'.repeat(3)}`)).toBe(70_003);
    expect(count('h\0e\0l\0l\0o\0')).toBe(5);
    expect(count('plain text')).toBe(0);
    expect(count('')).toBe(0);
  });

  it('tells which side of each pair the NULs stood on, counted across the pieces of a text', () => {
    const tally = newNulTally();
    // Big-endian "hi" split after an odd number of characters: offsets 0 and 2 hold the NULs.
    tallyNul('\0h\0', 0, tally);
    tallyNul('i', 3, tally);
    expect(tally).toMatchObject({ total: 2, even: 2, odd: 0 });
  });

  it('stops reading the sides at the first character past ASCII, after which a character is no longer a byte', () => {
    const tally = newNulTally();
    // Two CJK bytes may read as one UTF-8 character (DE 8F: U+07CF), and the sides after it swap.
    tallyNul('\0a\0b\u07cf\0c\0d\0e', 0, tally);
    expect(tally).toMatchObject({ total: 5, even: 2, odd: 0, aligned: false });
  });

  it('names the byte order the NULs say, and nothing for a few', () => {
    const tally = (total: number, even: number, odd: number) => ({ total, even, odd, aligned: true });
    expect(explainNul(tally(15, 15, 0), 'a.log')).toBeNull();
    expect(explainNul(tally(40, 0, 40), 'a.log')).toContain('--encoding utf-16le');
    expect(explainNul(tally(40, 38, 2), 'a.log')).toContain('--encoding utf-16be');
    // Nothing read of the sides (a log that starts past ASCII): little-endian, Windows' own.
    expect(explainNul(tally(40, 0, 0), 'a.log')).toContain('--encoding utf-16le');
  });

  it('says nothing for a stray byte or two', () => {
    expect(explainReplaced(15, 'app.log')).toBeNull();
    expect(explainReplaced(16, 'app.log')).toMatch(/16 characters of app.log are not UTF-8/);
  });

  it('names the option, the file quoted for the shell, and says which encoding failed', () => {
    expect(explainReplaced(99, "it's.log")).toContain(`sockerr scan 'it'\\''s.log' --encoding gbk`);
    expect(explainReplaced(99, '-')).toMatch(
      /standard input are not UTF-8 text[\s\S]*sockerr scan - --encoding gbk/,
    );
    expect(explainReplaced(99, 'a.log', 'big5')).toMatch(/are not big5 text/);
  });

  it('names big5 in the command for someone who asked for Traditional Chinese replies (c233: cp950 logs)', () => {
    // A Traditional Chinese Windows writes Big5 (code page 950); a log of one read as gbk found
    // nothing, so the command a zh-TW reader copies must name big5. The list still names both.
    const hint = explainReplaced(104, 'c233-001.log', undefined, 'zh-TW') ?? '';
    expect(hint).toContain("sockerr scan 'c233-001.log' --encoding big5`");
    expect(hint).toContain('gbk: Simplified Chinese');
    expect(explainReplaced(104, 'c233-001.log', undefined, 'en')).toContain('--encoding gbk`');
  });

  it('tells someone who named an encoding that did not fit to leave it out, not to type it again', () => {
    // A UTF-8 log read with --encoding gbk: the hint had said to run `sockerr scan 'zh.log' --encoding gbk`.
    const hint = explainReplaced(30, 'zh.log', 'gbk') ?? '';
    expect(hint).toMatch(/are not gbk text/);
    expect(hint).toContain("leave --encoding out: `sockerr scan 'zh.log'`");
    expect(hint).not.toContain('--encoding gbk');
    expect(hint).toContain('big5: Traditional Chinese');
  });
});
