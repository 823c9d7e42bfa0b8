import { PATTERNS } from './patterns.js';

/**
 * Does one of `texts` follow `from` in the same record: before the next brace, within 1000
 * characters? An Apple NSError dictionary lists its keys in any order; a nested one is another record.
 */
export function followsInRecord(text: string, from: number, texts: readonly string[]): boolean {
  const window = text.slice(from, from + 1000);
  const brace = window.search(PATTERNS.brace);
  const record = (brace < 0 ? window : window.slice(0, brace + 1)).toLowerCase();
  return texts.some((t) => record.includes(t.toLowerCase()));
}

/** How far back on its line a `precededBy` text may start: the address a log prints between is short. */
const LINE_BEFORE = 120;

/**
 * Does one of `texts` come before `to` on the same line, within 120 characters? A log that prints
 * its call's name, then an address, then `errno=<n>` (coturn's `Trying to bind fd 12 to <…>: errno=98`)
 * names the call only there.
 */
export function precedesOnLine(text: string, to: number, texts: readonly string[]): boolean {
  const from = Math.max(text.lastIndexOf('\n', to - 1) + 1, to - LINE_BEFORE);
  const line = text.slice(from, to).toLowerCase();
  return texts.some((t) => line.includes(t.toLowerCase()));
}
