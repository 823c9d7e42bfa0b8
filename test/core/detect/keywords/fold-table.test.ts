import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../../../src/core/detect/keywords/fold-table.js';

/** The fold of one code unit, asked of the engine for that character alone. */
function foldOf(c: number): number {
  if ([9, 10, 11, 12, 13, 32, 0xa0, 0x3000].includes(c)) return 32;
  if ([',', ';', ':', '，', '；', '：', '、'].some((ch) => ch.charCodeAt(0) === c)) return 32;
  const wide = '。（）！？［］’‘'.indexOf(String.fromCharCode(c));
  if (wide >= 0) return ".()!?[]''".charCodeAt(wide);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  // CJK, kana, Hangul, surrogates, private use: left as they are.
  if ((c >= 0x2e80 && c < 0xa640) || (c >= 0xac00 && c < 0xfb00)) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

describe('buildFoldTable', () => {
  it('folds every code unit as lower-casing that character alone does', () => {
    const table = buildFoldTable();
    const wrong: string[] = [];
    for (let c = 0; c < 65536; c++) {
      if (table[c] !== foldOf(c)) wrong.push(`U+${c.toString(16)}: ${table[c]} not ${foldOf(c)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lower-cases letters of every cased script and keeps the ones that would lengthen', () => {
    const table = buildFoldTable();
    const fold = (s: string) => String.fromCharCode(...[...s].map((ch) => table[ch.charCodeAt(0)] as number));
    expect(fold('ÀΣДԱႠḀΩＡⰀ')).toBe('àσдաⴀḁωａⰰ');
    // `İ` lower-cases to two code units: it stays itself, its neighbours are still folded.
    expect(fold('ÏİĲ')).toBe('ïİĳ');
  });
});
