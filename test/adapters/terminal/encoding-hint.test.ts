import { describe, expect, it } from 'vitest';
import { countNul, countReplaced, explainReplaced } from '../../../src/adapters/terminal/encoding-hint.js';

describe('the hint for a log in another encoding', () => {
  it('counts the characters that stood for undecodable bytes', () => {
    expect(countReplaced('a\uFFFDb\uFFFD\uFFFD')).toBe(3);
    expect(countReplaced('plain text')).toBe(0);
  });

  it('counts NUL characters alone, in pairs and in runs, at either end of a text', () => {
    expect(countNul('a\0b\0\0c')).toBe(3);
    expect(countNul(`${'\0'.repeat(70_000)}log line\n${'\0'.repeat(3)}`)).toBe(70_003);
    expect(countNul('h\0e\0l\0l\0o\0')).toBe(5);
    expect(countNul('plain text')).toBe(0);
    expect(countNul('')).toBe(0);
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
});
