import { describe, expect, it } from 'vitest';
import { countReplaced, explainReplaced } from '../../../src/adapters/terminal/encoding-hint.js';

describe('the hint for a log in another encoding', () => {
  it('counts the characters that stood for undecodable bytes', () => {
    expect(countReplaced('a\uFFFDb\uFFFD\uFFFD')).toBe(3);
    expect(countReplaced('plain text')).toBe(0);
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
