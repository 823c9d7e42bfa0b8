import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

/** A placeholder of a template literal (`${channelId}`): any text at all. */
const ANY = '\u0001';

/** Every line of `src/`, string concatenations across lines joined and `${…}` made ANY. */
function sourceLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts'))
        lines.push(...placeholders(joinConcatenations(readFileSync(path, 'utf8'))).split('\n'));
    }
  };
  walk(join(ROOT, 'src'));
  return lines;
}

/** `'one ' +\n    'two'` → `'one two'`, as the message is printed. */
function joinConcatenations(text: string): string {
  return text.replace(/['"`]\s*\+\s*\n\s*['"`]/g, '');
}

/** Replaces each `${…}` (nested ones included) with ANY. */
function placeholders(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j += 1) {
        if (text[j] === '{') depth += 1;
        else if (text[j] === '}' && --depth === 0) break;
      }
      if (!out.endsWith(ANY)) out += ANY; // `${what}${where}` is one value: two would hold twice the words
      i = j;
    } else out += text[i];
  }
  return out;
}

/** The most blanks a placeholder's value takes in a quote (`authentication failed`, ` in channel C024BE91L`). */
const MAX_BLANKS = 3;
const LETTER = /\p{L}/u;

/**
 * How many of the quote's letters some text printed from `pattern` (a source line, ANY standing for
 * a value) matches word for word where it holds `quote`, the quote's `…` standing for any text; -1
 * when none holds it. The quote may start and end anywhere in the line; a value is short (a few
 * blanks, no dash), and a `…` inside the quote skips no word of the line. A table over the line's and the quote's prefixes and the blanks the value being
 * read has taken: the most letters matched so far, or -1.
 */
function lettersMatched(pattern: string, quote: string): number {
  const n = quote.length;
  const at = (j: number, b: number) => j * (MAX_BLANKS + 1) + b;
  const best = (row: Int32Array, j: number) => Math.max(...row.subarray(at(j, 0), at(j + 1, 0)));
  let previous = new Int32Array((n + 1) * (MAX_BLANKS + 1)).fill(-1);
  previous[at(0, 0)] = 0;
  for (let j = 1; j <= n && quote[j - 1] === '…'; j += 1) previous[at(j, 0)] = 0;
  let found = best(previous, n);
  for (let i = 1; i <= pattern.length; i += 1) {
    const row = new Int32Array((n + 1) * (MAX_BLANKS + 1)).fill(-1);
    const p = pattern[i - 1];
    row[at(0, 0)] = 0; // the quote may start after any part of the line
    for (let j = 1; j <= n; j += 1) {
      const c = quote[j - 1] ?? '';
      if (p === ANY) {
        row[at(j, 0)] = best(previous, j); // the value ends here
        const blank = c === ' ' ? 1 : 0;
        for (let b = 0; b + blank <= MAX_BLANKS && c !== '—'; b += 1) {
          const eaten = row[at(j - 1, b)] ?? -1;
          if (eaten > (row[at(j, b + blank)] ?? -1)) row[at(j, b + blank)] = eaten;
        }
      } else if (p === c) {
        const before = best(previous, j - 1);
        if (before >= 0) row[at(j, 0)] = before + (LETTER.test(c) ? 1 : 0);
      }
      // A quote's … stands for values and punctuation, not for the line's words: one that could skip
      // words would let the quote's next words land in a later value.
      if (c === '…') {
        const skips = p === ANY || !LETTER.test(p ?? '') ? best(previous, j) : -1;
        row[at(j, 0)] = Math.max(row[at(j, 0)] ?? -1, best(row, j - 1), skips);
      }
    }
    previous = row;
    found = Math.max(found, best(previous, n));
  }
  return found;
}

/** Whether src/ prints the quote: at least a quarter of its letters (outside `…`), word for word. */
function holds(pattern: string, quote: string): boolean {
  const letters = [...quote].filter((c) => LETTER.test(c)).length;
  return lettersMatched(pattern, quote) >= Math.max(1, letters / 4);
}

/** The lines the Slack and Discord guides quote as sockerr's own output, for a reader to search the log for. */
function quotedLines(): string[] {
  const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
  const quotes: string[] = [];
  for (const file of ['README.md', 'docs/slack.md', 'docs/discord.md']) {
    // `Discord …` and `Slack …` code spans of four words or more (a line break inside one is a blank).
    const text = read(file).replace(/\n\s*/g, ' ');
    for (const m of text.matchAll(/`((?:Discord|Slack) [^`]+)`/g)) {
      const quote = m[1] ?? '';
      if (quote.split(' ').length >= 4 && !/^Slack (API|Connect)\b/.test(quote)) quotes.push(quote);
    }
  }
  // The troubleshooting rows that name what the log says: quoted words, or a code span of words.
  for (const row of [...read('docs/slack.md').split('\n'), ...read('docs/discord.md').split('\n')]) {
    if (!row.startsWith('|') || !/\blog\b/.test(row)) continue;
    for (const m of row.matchAll(/"([^"]{8,})"|`([a-z][A-Za-z]* [A-Za-z ]{6,})`/g))
      quotes.push(m[1] ?? m[2] ?? '');
  }
  // The first column of Discord's troubleshooting table: log lines, whatever they start with.
  for (const row of read('docs/discord.md').split('\n')) {
    const first = row.startsWith('| ') ? row.split(' | ')[0] : undefined;
    for (const m of first?.matchAll(/`([^`/][^`]*)`/g) ?? []) {
      const quote = m[1] ?? '';
      if (quote.split(' ').length >= 3 && !quote.startsWith('Discord ')) quotes.push(quote);
    }
  }
  // The message Discord's refused intent gets, quoted whole.
  const block = read('docs/discord.md').match(/(?:^ *> .*\n)+/m)?.[0] ?? '';
  quotes.push(block.replace(/^ *> /gm, '').replace(/\n/g, ' ').trim());
  return quotes;
}

describe('log lines the guides quote', () => {
  const quotes = quotedLines();
  const lines = sourceLines();

  it('are found in the guides (so this test checks something)', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(12);
  });

  // A give-up line's hint after ` — ` comes from a table of its own: each side is checked where it is.
  const parts = quotes.flatMap((quote) => quote.split(' — '));

  it.each(parts)('“%s” is what src/ prints', (quote) => {
    const words = quote.match(/[A-Za-z]{4,}/g) ?? [];
    // Lines that share two of its words (a value may replace the others), for speed.
    const candidates = lines.filter(
      (line) => words.filter((w) => line.includes(w)).length >= Math.min(2, words.length),
    );
    expect(candidates.some((line) => holds(line, quote))).toBe(true);
  });

  it('does not take a changed line for the quoted one', () => {
    expect(
      holds(
        `Discord ${ANY} in channel ${ANY} failed after ${ANY}`,
        'Discord reply in channel … failed after 3',
      ),
    ).toBe(true);
    expect(
      holds(`Discord ${ANY} in channel ${ANY} failed after ${ANY}`, 'Discord reply to channel C1 failed'),
    ).toBe(false);
    expect(holds('readiness check fails', 'readiness check failed')).toBe(false);
    expect(holds(`${ANY} ${ANY} ${ANY}`, 'anything at all, a sentence of a few words')).toBe(false);
  });
});
