import { describe, expect, it } from 'vitest';
import {
  countReplaced,
  explainNul,
  explainReplaced,
  type NulTally,
  tallyNul,
} from '../../../src/adapters/terminal/encoding-hint.js';

describe('the hint for a log in another encoding', () => {
  it('counts the characters that stood for undecodable bytes', () => {
    expect(countReplaced('a\uFFFDb\uFFFD\uFFFD')).toBe(3);
    expect(countReplaced('plain text')).toBe(0);
  });

  it('counts NUL characters alone, in pairs and in runs, at either end of a text', () => {
    const count = (text: string) => {
      const tally = { total: 0, even: 0 };
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
    const tally: NulTally = { total: 0, even: 0 };
    // Big-endian "hi" split after an odd number of characters: offsets 0 and 2 hold the NULs.
    tallyNul('\0h\0', 0, tally);
    tallyNul('i', 3, tally);
    expect(tally).toEqual({ total: 2, even: 2 });
    // A run from offset 3 to 8 holds the even offsets 4 and 6.
    tallyNul('\0'.repeat(5), 3, tally);
    expect(tally).toEqual({ total: 7, even: 4 });
  });

  it('names the byte order the NULs say, and nothing for a few', () => {
    expect(explainNul({ total: 15, even: 15 }, 'a.log')).toBeNull();
    expect(explainNul({ total: 40, even: 0 }, 'a.log')).toContain('--encoding utf-16le');
    expect(explainNul({ total: 40, even: 38 }, 'a.log')).toContain('--encoding utf-16be');
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

  it('tells someone who named an encoding that did not fit to leave it out, not to type it again', () => {
    // A UTF-8 log read with --encoding gbk: the hint had said to run `sockerr scan 'zh.log' --encoding gbk`.
    const hint = explainReplaced(30, 'zh.log', 'gbk') ?? '';
    expect(hint).toMatch(/are not gbk text/);
    expect(hint).toContain("leave --encoding out: `sockerr scan 'zh.log'`");
    expect(hint).not.toContain('--encoding gbk');
    expect(hint).toContain('big5: Traditional Chinese');
  });
});
