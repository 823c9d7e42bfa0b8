import { describe, expect, it } from 'vitest';
import { isCjkCode } from '../../../src/core/detect/keywords/match.js';
import { countCjk } from '../../../src/core/detect/text.js';

describe('countCjk', () => {
  it('counts the code units of Han, kana and Hangul, and nothing else', () => {
    expect(countCjk('')).toBe(0);
    expect(countCjk('Connection refused')).toBe(0);
    expect(countCjk('连接被拒绝。')).toBe(5);
    expect(countCjk('接続が拒否されました')).toBe(10);
    expect(countCjk('연결이 거부되었습니다')).toBe(10);
    // Full-width punctuation, the ideographic space and an emoji (a surrogate pair) are not CJK.
    expect(countCjk('（：　😀')).toBe(0);
  });

  it('agrees with isCjkCode on every code unit, at the edges of every range', () => {
    const codes: number[] = [];
    for (let c = 0; c < 65536; c++) codes.push(c);
    const text = String.fromCharCode(...codes.slice(0, 32768)) + String.fromCharCode(...codes.slice(32768));
    expect(countCjk(text)).toBe(codes.filter(isCjkCode).length);
    for (const edge of [0x3040, 0x30ff, 0x3400, 0x9fff, 0xac00, 0xd7af, 0xf900, 0xfaff]) {
      for (const c of [edge - 1, edge, edge + 1])
        expect(countCjk(`a${String.fromCharCode(c)}b`)).toBe(isCjkCode(c) ? 1 : 0);
    }
  });
});
