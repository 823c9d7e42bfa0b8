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

  it('quotes the file name for the shell, and pipes standard input', () => {
    expect(explainReplaced(99, "it's.log")).toContain(
      `iconv -f GBK -t UTF-8 'it'\\''s.log' | sockerr scan -`,
    );
    expect(explainReplaced(99, '-')).toContain('standard input');
  });
});
